#include "support/fixtures.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <catch2/catch.hpp>

#include "base/unicode.h"
#include "segments/icu_setup.h"
#include "cli/cli.h"

namespace copydesk::testing {
namespace fs = std::filesystem;

namespace {
nlohmann::json ReadJson(const fs::path& p) {
  std::ifstream in(p);
  return nlohmann::json::parse(in, nullptr, false);
}

std::vector<size_t> FindAll(const std::u16string& hay, const std::u16string& needle) {
  std::vector<size_t> out;
  if (needle.empty()) return out;
  for (size_t pos = hay.find(needle); pos != std::u16string::npos; pos = hay.find(needle, pos + 1)) {
    out.push_back(pos);
  }
  return out;
}
}  // namespace

Article ArticleOf(const std::string& id, const std::string& utf8) {
  Article a;
  a.id = id;
  Result<std::u16string> text = DecodeUtf8(utf8);
  REQUIRE(text.ok());
  a.text = CanonicalText(text.value());
  return a;
}

Document SegmentText(const std::string& utf8, const std::string& id) {
  REQUIRE(InitIcu().ok());
  return Segment(ArticleOf(id, utf8));
}

std::string SourceDir() { return COPYDESK_SOURCE_DIR; }

const Corpus& SeedFamily() {
  static const Corpus corpus = [] {
    Corpus c;
    const Status loaded = c.AddPath(SourceDir() + "/fixtures/blinken-china-2024/articles");
    if (!loaded.ok()) throw std::runtime_error(loaded.message());  // tests only: fail loudly
    return c;
  }();
  return corpus;
}

Result<Span> FixtureArticle::Locate(const std::string& utf8, int occurrence) const {
  Result<std::u16string> needle = DecodeUtf8(utf8);
  if (!needle.ok()) return needle.status();
  const std::vector<size_t> hits = FindAll(article.text, needle.value());
  if (hits.empty()) return Status::Error(name + ": annotated text not found: " + utf8);
  if (occurrence == 0 && hits.size() > 1) {
    return Status::Error(name + ": annotated text occurs " + std::to_string(hits.size()) +
                         " times; give \"occurrence\": " + utf8);
  }
  const size_t index = occurrence == 0 ? 0 : static_cast<size_t>(occurrence - 1);
  if (index >= hits.size()) return Status::Error(name + ": occurrence out of range: " + utf8);
  const int32_t start = static_cast<int32_t>(hits[index]);
  return Span{start, start + static_cast<int32_t>(needle.value().size())};
}

Result<Span> FixtureArticle::LocateItem(const nlohmann::json& item) const {
  return Locate(item.at("text").get<std::string>(), item.value("occurrence", 0));
}

Result<Span> FixtureArticle::LocateNearest(const std::string& utf8, Span anchor) const {
  Result<std::u16string> needle = DecodeUtf8(utf8);
  if (!needle.ok()) return needle.status();
  const std::vector<size_t> hits = FindAll(article.text, needle.value());
  if (hits.empty()) return Status::Error(name + ": mention not found: " + utf8);
  const int32_t len = static_cast<int32_t>(needle.value().size());
  auto distance = [&](size_t h) {
    const int32_t s = static_cast<int32_t>(h), e = s + len;
    if (e <= anchor.start) return anchor.start - e;
    if (s >= anchor.end) return s - anchor.end;
    return 0;
  };
  const size_t best = *std::min_element(hits.begin(), hits.end(),
                                        [&](size_t a, size_t b) { return distance(a) < distance(b); });
  return Span{static_cast<int32_t>(best), static_cast<int32_t>(best) + len};
}

const FixtureArticle* FixtureFamily::Find(const std::string& article_name) const {
  for (const FixtureArticle& a : articles) {
    if (a.name == article_name) return &a;
  }
  return nullptr;
}

std::vector<FixtureFamily> LoadFixtureFamilies() {
  std::vector<FixtureFamily> families;
  const fs::path root = fs::path(SourceDir()) / "fixtures";
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(root)) {
    if (e.is_directory() && fs::exists(e.path() / "articles")) dirs.push_back(e.path());
  }
  std::sort(dirs.begin(), dirs.end());
  for (const fs::path& dir : dirs) {
    FixtureFamily fam;
    fam.name = dir.filename().string();
    fam.dir = dir.string();
    fam.family = ReadJson(dir / "family.json");
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir / "articles")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      FixtureArticle a;
      a.family = fam.name;
      a.name = f.filename().string();
      a.path = f.string();
      Result<Article> article = LoadArticle(a.path);
      if (article.ok()) a.article = std::move(article.value());
      a.annotation = ReadJson(dir / "annotations" / (f.stem().string() + ".json"));
      fam.articles.push_back(std::move(a));
    }
    families.push_back(std::move(fam));
  }
  return families;
}

CliRun RunCliInProcess(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  CliRun run;
  run.code = RunCli(args, out, err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

}  // namespace copydesk::testing
