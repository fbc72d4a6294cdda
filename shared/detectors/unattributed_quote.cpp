// unattributed-quote: a direct quotation whose speaker the text never gives.
// Reads report.quotes (the quotes detector runs first). Quoting words while
// hiding who said them leaves the reader unable to weigh them; press codes
// (AP Stylebook on quotations, SPJ "identify sources clearly") ask that every
// quotation be attributed.
//
// Not flagged: quotes of one or two words inside a sentence. Those are scare
// quotes or quoted terms ("so-called “experts”", calling it “normal trade”),
// where the marks distance the writer from a word rather than report speech;
// a partial quote of three words or more is speech and is flagged. Nor are
// titles of works in title case ("Ring of Fire").
#include "detectors/unattributed_quote.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "detectors/attribution/quote_marks.h"
#include "text/title_case.h"

namespace copydesk {
namespace {

constexpr int kMinWordsMidSentence = 3;  // shorter mid-sentence quotes are terms
constexpr size_t kExcerptChars = 60;     // of the quote, in the message

int Words(const std::u16string& t, Span s) {
  int n = 0;
  bool in = false;
  for (int32_t i = s.start; i < s.end; ++i) {
    const bool w = u_isalnum(t[i]) != 0;
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

// Whether the quote stands as its own sentence (nothing but punctuation
// between the sentence start and the quote).
bool StartsSentence(const Document& doc, Span q) {
  const auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), q.start,
                                   [](int32_t p, const Sentence& s) { return p < s.span.start; });
  if (it == doc.sentences.begin()) return true;
  const Sentence& s = *(it - 1);
  if (q.start >= s.span.end) return true;
  for (int32_t i = s.span.start; i < q.start; ++i) {
    if (u_isalnum(doc.text()[i])) return false;
  }
  return true;
}

class UnattributedQuoteDetector final : public Detector {
 public:
  std::string_view name() const override { return "unattributed-quote"; }
  std::string_view description() const override {
    return "Direct quotations whose speaker the article never names.";
  }
  bool reads_english() const override { return true; }

  void Run(const Document& doc, const AnalysisContext&, Report& report) const override {
    const std::u16string& t = doc.text();
    for (const QuoteEntry& q : report.quotes) {
      if (q.speaker) continue;
      const Span inner = QuoteInterior(t, q.span);
      const int words = Words(t, inner);
      if (words < kMinWordsMidSentence && !StartsSentence(doc, q.span)) continue;
      // A song, book or report title ("Ring of Fire", "I Don’t Live Here
      // Anymore"): the name of a work, not speech.
      if (ReadsAsTitleCase(std::u16string_view(t).substr(size_t(inner.start), size_t(inner.length())), 2)) continue;
      std::string excerpt = doc.slice_utf8(inner);
      if (excerpt.size() > kExcerptChars) {
        size_t cut = kExcerptChars;
        while (cut > 0 && (static_cast<unsigned char>(excerpt[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
        excerpt = excerpt.substr(0, cut) + "…";
      }
      Finding f;
      f.kind = "unattributed-quote";
      f.severity = "warning";
      f.span = q.span;
      f.message = "Quotation with no speaker: the article never says who said “" + excerpt +
                  "”. Press standards ask that every quotation be attributed, so readers can judge "
                  "who is speaking.";
      f.evidence = {{"words", words}};
      report.findings.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Detector> MakeUnattributedQuoteDetector() {
  return std::make_unique<UnattributedQuoteDetector>();
}

}  // namespace copydesk
