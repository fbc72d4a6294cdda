// The command line and the JSON API with fingerprint indexes, and
// `copydesk families`.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "api/request.h"
#include "reuse/base64.h"
#include "reuse/index.h"
#include "support/fixtures.h"

using namespace copydesk;
using namespace copydesk::testing;
namespace fs = std::filesystem;

namespace {

fs::path TempDir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("copydesk-reuse-cli-" + std::to_string(std::random_device{}()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

std::string Seed(const std::string& name) {
  return SourceDir() + "/fixtures/blinken-china-2024/articles/" + name;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> SourceIds(const std::string& json_line) {
  const nlohmann::json r = nlohmann::json::parse(json_line);
  std::vector<std::string> out;
  for (const auto& e : r["reuse"]) out.push_back(e["source"]["id"]);
  return out;
}

}  // namespace

TEST_CASE("--index starts an index, remembers analysed articles, and reports them later") {
  const std::string index = (TempDir() / "history.cdxi").string();
  const CliRun first = RunCliInProcess({"analyze", Seed("003_ff8c6b864563d053.txt"), Seed("004_708bc86c8f4b88ce.txt"),
                                        "--index", index});
  REQUIRE(first.code == 0);
  CHECK(first.err.empty());
  // Compared with the index as it was (empty): no reuse yet.
  const auto lines = [&] {
    std::vector<std::string> l;
    std::istringstream in(first.out);
    for (std::string s; std::getline(in, s);) l.push_back(s);
    return l;
  }();
  REQUIRE(lines.size() == 2);
  CHECK(SourceIds(lines[0]).empty());
  REQUIRE(fs::exists(index));
  const std::string after_first = ReadFile(index);

  const CliRun second = RunCliInProcess({"analyze", Seed("000_cdea3cf90be440ea.txt"), "--index", index});
  REQUIRE(second.code == 0);
  const auto ids = SourceIds(second.out);
  CHECK(std::find(ids.begin(), ids.end(), "003_ff8c6b864563d053.txt") != ids.end());
  // The index now holds three articles.
  const auto loaded = reuse::LoadIndexFile(index);
  REQUIRE(loaded.ok());
  CHECK(loaded->index.size() == 3);

  // Analysing a stored article again does not report it against itself or store it twice.
  const CliRun again = RunCliInProcess({"analyze", Seed("003_ff8c6b864563d053.txt"), "--index", index});
  REQUIRE(again.code == 0);
  const auto again_ids = SourceIds(again.out);
  CHECK(std::find(again_ids.begin(), again_ids.end(), "003_ff8c6b864563d053.txt") == again_ids.end());
  CHECK(reuse::LoadIndexFile(index)->index.size() == 3);
  CHECK(after_first != ReadFile(index));
}

TEST_CASE("--index with a damaged file: exit 2, one line naming it, no report, file untouched") {
  const fs::path bad = TempDir() / "damaged.cdxi";
  {
    std::ofstream out(bad, std::ios::binary);
    out << "CDXI\x01\x00\x00\x00garbage";
  }
  const std::string before = ReadFile(bad);
  const CliRun run = RunCliInProcess({"analyze", Seed("000_cdea3cf90be440ea.txt"), "--index", bad.string()});
  CHECK(run.code == 2);
  CHECK(run.out.empty());
  CHECK(run.err.find(bad.string()) != std::string::npos);
  CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
  CHECK(ReadFile(bad) == before);

  const fs::path foreign = TempDir() / "notes.txt";
  std::ofstream(foreign) << "my notes, not an index\n";
  const CliRun run2 = RunCliInProcess({"analyze", Seed("000_cdea3cf90be440ea.txt"), "--index", foreign.string()});
  CHECK(run2.code == 2);
  CHECK(run2.err.find("not a copydesk fingerprint index") != std::string::npos);
  CHECK(ReadFile(foreign) == "my notes, not an index\n");
}

TEST_CASE("copydesk families: the seed folder is one family, 000 a translated copy") {
  const std::string dir = SourceDir() + "/fixtures/blinken-china-2024/articles";
  const CliRun run = RunCliInProcess({"families", dir, "--format", "json"});
  REQUIRE(run.code == 0);
  const nlohmann::json j = nlohmann::json::parse(run.out);
  REQUIRE(j["families"].size() == 1);
  const auto& fam = j["families"][0];
  CHECK(fam["members"].size() == 5);
  CHECK(j["unrelated"].empty());
  for (const auto& m : fam["members"]) {
    if (m["id"] == "000_cdea3cf90be440ea.txt") CHECK(m["derivation"] == "translated copy");
    if (m["id"] == "002_e11772075506a765.txt") CHECK(m["of"] == "000_cdea3cf90be440ea.txt");
    if (m["id"] != fam["original"]["id"]) CHECK(m["verdict"] != "none");
  }
  const CliRun text = RunCliInProcess({"families", dir});
  REQUIRE(text.code == 0);
  CHECK(text.out.find("probable original:") != std::string::npos);

  CHECK(RunCliInProcess({"families"}).code == 2);
  const CliRun missing = RunCliInProcess({"families", dir + "/nope"});
  CHECK(missing.code == 2);
  CHECK(missing.err.find("nope") != std::string::npos);
}

TEST_CASE("API: an index passed as base64 is used and returned with the article added") {
  auto file = [](const std::string& name) {
    return nlohmann::json{{"name", name}, {"content", ReadFile(Seed(name))}};
  };
  nlohmann::json req = {{"article", file("003_ff8c6b864563d053.txt")}, {"index", ""}};
  AnalyzeResponse r1 = HandleAnalyzeRequest(req.dump());
  REQUIRE(r1.ok);
  REQUIRE(r1.has_index);
  req = {{"article", file("000_cdea3cf90be440ea.txt")}, {"index", r1.index_base64}};
  AnalyzeResponse r2 = HandleAnalyzeRequest(req.dump());
  REQUIRE(r2.ok);
  const auto ids = SourceIds(r2.report_json);
  CHECK(std::find(ids.begin(), ids.end(), "003_ff8c6b864563d053.txt") != ids.end());
  const auto bytes = reuse::Base64Decode(r2.index_base64);
  REQUIRE(bytes.ok());
  CHECK(reuse::Index::FromBytes(bytes->data(), bytes->size())->size() == 2);

  // The same report as the CLI with the same index.
  const std::string path = (TempDir() / "api.cdxi").string();
  const auto first_bytes = reuse::Base64Decode(r1.index_base64);
  REQUIRE(first_bytes.ok());
  const auto first_index = reuse::Index::FromBytes(first_bytes->data(), first_bytes->size());
  REQUIRE(first_index.ok());
  REQUIRE(reuse::SaveIndexFile(first_index.value(), path).ok());
  const CliRun cli = RunCliInProcess({"analyze", Seed("000_cdea3cf90be440ea.txt"), "--index", path});
  REQUIRE(cli.code == 0);
  CHECK(cli.out == r2.report_json + "\n");

  req["index"] = "bm90IGFuIGluZGV4";  // "not an index"
  AnalyzeResponse bad = HandleAnalyzeRequest(req.dump());
  CHECK_FALSE(bad.ok);
  CHECK(bad.error.find("index") != std::string::npos);
  req["index"] = 42;
  CHECK_FALSE(HandleAnalyzeRequest(req.dump()).ok);
}

TEST_CASE("--index: a copy of a stored article under another name is wholly derived from it, and says so") {
  const fs::path dir = TempDir() / "dup";
  fs::create_directories(dir);
  const std::string index = (dir / "h.cdxi").string();
  REQUIRE(RunCliInProcess({"analyze", Seed("000_cdea3cf90be440ea.txt"), "--index", index}).code == 0);
  const fs::path copy = dir / "mirror.txt";
  std::ofstream(copy, std::ios::binary) << ReadFile(Seed("000_cdea3cf90be440ea.txt")) << "Republished with permission.\n";
  const CliRun run = RunCliInProcess({"analyze", copy.string(), "--index", index});
  REQUIRE(run.code == 0);
  const nlohmann::json r = nlohmann::json::parse(run.out);
  REQUIRE(r["reuse"].size() == 1);
  CHECK(r["reuse"][0]["source"]["id"] == "000_cdea3cf90be440ea.txt");
  CHECK(r["reuse"][0]["verdict"] == "wholly");
  bool copy_finding = false;
  for (const auto& f : r["findings"]) copy_finding = copy_finding || f["kind"] == "syndicated-copy";
  CHECK(copy_finding);
}
