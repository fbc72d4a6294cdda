// Loads fixtures/<family>/ folders (see fixtures/README.md) for every test
// that holds a detector to the hand-made annotations.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "article/article.h"
#include "base/span.h"
#include "base/status.h"
#include "corpus/corpus.h"
#include "segments/document.h"

namespace copydesk::testing {

struct FixtureArticle {
  std::string family;
  std::string name;  // file name, e.g. 000_cdea3cf90be440ea.txt
  std::string path;
  Article article;
  nlohmann::json annotation;  // annotations/<stem>.json

  // Finds an annotated text in the article: the only occurrence, or the
  // `occurrence`-th (1-based) when given.
  Result<Span> Locate(const std::string& utf8, int occurrence = 0) const;
  // Locates item["text"] honouring item["occurrence"].
  Result<Span> LocateItem(const nlohmann::json& item) const;
  // The occurrence of `utf8` nearest to `anchor` (for speaker mentions).
  Result<Span> LocateNearest(const std::string& utf8, Span anchor) const;
};

struct FixtureFamily {
  std::string name;
  std::string dir;
  nlohmann::json family;  // family.json
  std::vector<FixtureArticle> articles;
  const FixtureArticle* Find(const std::string& name) const;
};

std::string SourceDir();

// An article of `utf8` text (canonical: BOM dropped, CRLF turned to LF), and
// the same segmented (ICU started first).
Article ArticleOf(const std::string& id, const std::string& utf8);
Document SegmentText(const std::string& utf8, const std::string& id = "t");

// The seed family (fixtures/blinken-china-2024/articles) as a segmented corpus,
// loaded once per test program.
const Corpus& SeedFamily();
std::vector<FixtureFamily> LoadFixtureFamilies();

struct CliRun {
  int code = 0;
  std::string out, err;
};
// Runs the CLI in-process.
CliRun RunCliInProcess(const std::vector<std::string>& args);

}  // namespace copydesk::testing
