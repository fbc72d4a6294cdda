// quotes: every direct quotation in the body and who said it (report.quotes).
// The marks are found by attribution/quote_marks (curly, straight, low-9,
// guillemets, single marks around two words or more; multi-paragraph and
// broken quotations), speakers by attribution/speakers (reporting clauses,
// "according to", colon lead-ins, dash credits, neighbouring sentences,
// pronouns resolved to the person the paragraph is about). This detector only
// joins the two: it writes no findings (unattributed-quote reads its output).
#include "detectors/quotes.h"

#include "detectors/attribution/quote_marks.h"
#include "detectors/attribution/speakers.h"

namespace copydesk {

std::vector<QuoteEntry> FindQuotes(const Document& doc) {
  const std::vector<QuoteMarkSpan> marks = FindQuoteMarks(doc);
  std::vector<Span> spans;
  spans.reserve(marks.size());
  for (const QuoteMarkSpan& m : marks) spans.push_back(m.span);
  const std::vector<std::optional<Attribution>> speakers = FindSpeakers(doc, spans);
  std::vector<QuoteEntry> out;
  out.reserve(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    QuoteEntry q;
    q.span = spans[i];
    if (speakers[i]) q.speaker = speakers[i]->speaker;
    out.push_back(std::move(q));
  }
  // Pieces of one quotation (paragraphs of a long quote, parts split by a
  // stray mark) have one speaker: a piece without one takes the nearest later
  // piece's (attribution usually follows the last piece), else an earlier one's.
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].speaker) continue;
    for (size_t j = i + 1; j < out.size() && !out[i].speaker; ++j) {
      if (marks[j].group == marks[i].group && out[j].speaker) out[i].speaker = out[j].speaker;
    }
    for (size_t j = i; j-- > 0 && !out[i].speaker;) {
      if (marks[j].group == marks[i].group && out[j].speaker) out[i].speaker = out[j].speaker;
    }
  }
  return out;
}

namespace {

class QuotesDetector final : public Detector {
 public:
  std::string_view name() const override { return "quotes"; }
  std::string_view description() const override {
    return "Direct quotations and their speakers (fills the report's quotes).";
  }
  void Run(const Document& doc, const AnalysisContext&, Report& report) const override {
    report.quotes = FindQuotes(doc);
  }
};

}  // namespace

std::unique_ptr<Detector> MakeQuotesDetector() { return std::make_unique<QuotesDetector>(); }

}  // namespace copydesk
