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

std::vector<QuoteEntry> FindQuotes(const Document& doc) { return FindQuotes(doc, FindQuoteMarks(doc)); }

std::vector<QuoteEntry> FindQuotes(const Document& doc, const std::vector<QuoteMarkSpan>& marks) {
  const std::vector<std::optional<Attribution>> speakers = FindSpeakers(doc, marks);
  std::vector<QuoteEntry> out;
  out.reserve(marks.size());
  for (size_t i = 0; i < marks.size(); ++i) {
    QuoteEntry q;
    q.span = marks[i].span;
    if (speakers[i]) q.speaker = speakers[i]->speaker;
    out.push_back(std::move(q));
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
  bool reads_english() const override { return true; }
  void Run(const Document& doc, const AnalysisContext& context, Report& report) const override {
    report.quotes = FindQuotes(doc, context.QuoteMarks(doc));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeQuotesDetector() { return std::make_unique<QuotesDetector>(); }

}  // namespace copydesk
