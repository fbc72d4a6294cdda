// The articles a report compares against: files and folders given with
// --against, or the history the extension passes in.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "segments/document.h"

namespace copydesk {

struct CorpusEntry {
  Document doc;
};

class Corpus {
 public:
  // A file is read as an article; a folder contributes every .txt and .json
  // file below it, in name order. Any unreadable article is an error naming it.
  Status AddPath(const std::string& path);
  void Add(Article article);
  const std::vector<std::unique_ptr<CorpusEntry>>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }

 private:
  std::vector<std::unique_ptr<CorpusEntry>> entries_;
};

// The article files under `path` (itself, if it is a file), sorted.
Result<std::vector<std::string>> ListArticleFiles(const std::string& path);

}  // namespace copydesk
