// Small helpers for the attribution detectors' unit tests: segment a text
// (paragraphs separated by "\n"), run the named detectors in registry order,
// and read quotes, speakers, credits and findings back as UTF-8.
#pragma once
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/unicode.h"
#include "detectors/detector.h"
#include "segments/document.h"
#include "segments/icu_setup.h"
#include "support/fixtures.h"

namespace copydesk::testing {

// Runs the registered detectors named in `names` (in registry order).
inline Report RunDetectors(const Document& doc, const std::vector<std::string>& names) {
  Report report;
  for (const Sentence& s : doc.sentences) report.sentences.push_back({s.span, {}});
  AnalysisContext context;
  std::vector<const CorpusEntry*> none;
  context.corpus = &none;
  for (const auto& d : MakeDetectors({})) {
    for (const std::string& n : names) {
      if (d->name() == n) d->Run(doc, context, report);
    }
  }
  return report;
}

struct QuoteView {
  std::string text;
  std::optional<std::string> speaker;  // resolved name
  std::string mention;                 // the attributing words
};

inline std::vector<QuoteView> QuotesOf(const std::string& utf8) {
  const Document doc = SegmentText(utf8);
  const Report r = RunDetectors(doc, {"quotes"});
  std::vector<QuoteView> out;
  for (const QuoteEntry& q : r.quotes) {
    QuoteView v;
    v.text = doc.slice_utf8(q.span);
    if (q.speaker) {
      v.speaker = q.speaker->text;
      v.mention = doc.slice_utf8(q.speaker->span);
    }
    out.push_back(v);
  }
  return out;
}

struct CreditView {
  std::string outlet;
  std::string text;
  bool operator==(const CreditView& o) const { return outlet == o.outlet && text == o.text; }
};

inline std::vector<CreditView> CreditsOf(const std::string& utf8) {
  const Document doc = SegmentText(utf8);
  const Report r = RunDetectors(doc, {"credits"});
  std::vector<CreditView> out;
  for (const CreditEntry& c : r.credits) out.push_back({c.outlet, doc.slice_utf8(c.span)});
  return out;
}

struct FindingView {
  std::string kind, severity, text, message;
};

inline std::vector<FindingView> FindingsOf(const std::string& utf8, const std::vector<std::string>& detectors,
                                           const std::string& kind) {
  const Document doc = SegmentText(utf8);
  const Report r = RunDetectors(doc, detectors);
  std::vector<FindingView> out;
  for (const Finding& f : r.findings) {
    if (f.kind == kind) out.push_back({f.kind, f.severity, doc.slice_utf8(f.span), f.message});
  }
  return out;
}

}  // namespace copydesk::testing

namespace Catch {
template <>
struct StringMaker<copydesk::testing::CreditView> {
  static std::string convert(const copydesk::testing::CreditView& c) { return "{" + c.outlet + ": " + c.text + "}"; }
};
}  // namespace Catch
