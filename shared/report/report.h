// The report (contract copydesk.report/1): one type, produced by the core and
// serialised the same way for the CLI, the WebAssembly module and the panel.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace copydesk {

inline constexpr const char* kReportSchema = "copydesk.report/1";

struct ArticleInfo {
  std::string id;
  std::optional<std::string> title, url, site, byline, published;
  int32_t chars = 0;       // UTF-16 code units of the whole text
  int32_t body_chars = 0;  // UTF-16 code units of body paragraphs
  int32_t words = 0;       // word tokens in body sentences (characters of Chinese, Japanese, Thai, ...)
  bool english = true;     // the body reads as English (text/language.h)
};

struct GarbleAssessment {
  double score = 0;  // 0 fluent .. 1 certainly garbled
  std::vector<std::string> reasons;
};

struct SentenceEntry {
  Span span;
  GarbleAssessment garble;
};

struct SpeakerRef {
  std::string text;  // resolved name
  Span span;         // the mention that attributes the quote
};

struct QuoteEntry {
  Span span;  // includes the quotation marks
  std::optional<SpeakerRef> speaker;
};

struct CreditEntry {
  std::string outlet;
  Span span;
};

struct SourceRef {
  std::string id;
  std::optional<std::string> url, site, title;
};

struct PassageEntry {
  Span span;
  Span source;
  std::string kind;  // verbatim | near | paraphrase
};

struct ReuseEntry {
  SourceRef source;
  double coverage = 0;
  std::string verdict;  // wholly | partially | none
  bool credited = false;
  std::vector<PassageEntry> passages;
};

struct Finding {
  std::string kind;
  std::string severity;  // info | warning | alert
  Span span;
  std::string message;
  nlohmann::json evidence;  // kind-specific details for the panel; null if none
};

struct FurnitureEntry {
  Span span;
  std::string kind;
};

// A detector that did not run on this article, and why: `code` for programs
// ("turned-off", "not-english"), `reason` in words.
struct NotRun {
  std::string detector;
  std::string code;
  std::string reason;
};

struct Report {
  ArticleInfo article;
  std::vector<NotRun> not_run;
  std::vector<SentenceEntry> sentences;
  std::vector<QuoteEntry> quotes;
  std::vector<CreditEntry> credits;
  std::vector<ReuseEntry> reuse;
  std::vector<Finding> findings;
  std::vector<FurnitureEntry> furniture;

  // Why `detector` did not run on this article, or null when it ran.
  const NotRun* WhyNotRun(std::string_view detector) const;
};

// Scores are rounded to 4 decimals so that native and WebAssembly builds,
// whose maths libraries may differ in the last bit, print identical reports.
double RoundScore(double x);

nlohmann::json ToJson(const Report& report);
// One line of JSON (no trailing newline).
std::string ToJsonLine(const Report& report);
// A readable report for a person at a terminal; `text` is the article text.
std::string ToText(const Report& report, const std::u16string& text);

}  // namespace copydesk
