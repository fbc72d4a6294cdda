// article → segments → detectors → report.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "article/article.h"
#include "corpus/corpus.h"
#include "detectors/detector.h"
#include "report/report.h"

namespace copydesk {

struct AnalysisOptions {
  std::vector<std::string> disabled_detectors;
};

// Why a detector did not run (Report::not_run): code, then words.
inline constexpr const char* kTurnedOffCode = "turned-off";
inline constexpr const char* kTurnedOff = "turned off";
inline constexpr const char* kNotEnglishCode = "not-english";
inline constexpr const char* kNotEnglish = "the article is not in English, and the check reads English only";

class Analyzer {
 public:
  // Fails if ICU cannot start or an option names an unknown detector.
  static Result<std::unique_ptr<Analyzer>> Create(const AnalysisOptions& options);

  // The report for one article, compared with `corpus` (may be null). A corpus
  // entry with the very same text is the article itself and is skipped.
  // `index` (may be null) adds the articles a fingerprint index remembers;
  // an indexed article with the same text as this one is skipped.
  Report Analyze(const Article& article, const Corpus* corpus, const reuse::Index* index = nullptr) const;
  Report Analyze(const Document& doc, const Corpus* corpus, const reuse::Index* index = nullptr) const;

 private:
  std::vector<std::unique_ptr<Detector>> detectors_;
  std::vector<std::string> turned_off_;  // in run order
};

}  // namespace copydesk
