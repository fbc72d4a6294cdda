#include "corpus/corpus.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace copydesk {
namespace fs = std::filesystem;

namespace {
bool IsArticleFile(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".json";
}
}  // namespace

Result<std::vector<std::string>> ListArticleFiles(const std::string& path) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Status::Error(path + ": no such file or folder");
  if (fs::is_regular_file(st)) return std::vector<std::string>{path};
  if (!fs::is_directory(st)) return Status::Error(path + ": not a file or folder");
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) return Status::Error(path + ": cannot read folder (" + ec.message() + ")");
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::Error(path + ": cannot read folder (" + ec.message() + ")");
    if (it->is_regular_file(ec) && IsArticleFile(it->path())) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Status Corpus::AddPath(const std::string& path) {
  Result<std::vector<std::string>> files = ListArticleFiles(path);
  if (!files.ok()) return files.status();
  for (const std::string& file : files.value()) {
    Result<Article> article = LoadArticle(file);
    if (!article.ok()) return article.status();
    Add(std::move(article.value()));
  }
  return Status::Ok();
}

void Corpus::Add(Article article) {
  auto entry = std::make_unique<CorpusEntry>();
  entry->doc = Segment(std::move(article));
  entries_.push_back(std::move(entry));
}

}  // namespace copydesk
