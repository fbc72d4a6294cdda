#include "reuse/index_align.h"

#include <algorithm>

namespace copydesk::reuse {
namespace {

// Anchors this close (UTF-16 units) on both sides belong to one passage:
// about two winnowing windows of text.
constexpr int32_t kQueryGap = 400;
constexpr int32_t kStoredGap = 600;

int32_t SentenceAt(const Document& d, int32_t pos) {
  const auto it = std::upper_bound(d.sentences.begin(), d.sentences.end(), pos,
                                   [](int32_t p, const Sentence& s) { return p < s.span.start; });
  return it == d.sentences.begin() ? 0 : static_cast<int32_t>(it - d.sentences.begin()) - 1;
}

}  // namespace

Alignment AlignWithIndex(const AlignDoc& article, const IndexHit& hit) {
  Alignment out;
  const Document& doc = *article.doc;
  std::vector<AnchorMatch> m = hit.matches;
  std::sort(m.begin(), m.end(), [](const AnchorMatch& x, const AnchorMatch& y) {
    return x.query.start != y.query.start ? x.query.start < y.query.start : x.stored.start < y.stored.start;
  });
  int32_t covered = 0, narrative = 0, close = 0;
  double weighted = 0;
  int32_t last_end = -1;
  for (size_t k = 0; k < m.size();) {
    size_t e = k + 1;
    while (e < m.size() && m[e].query.start - m[e - 1].query.end <= kQueryGap &&
           std::abs(m[e].stored.start - m[e - 1].stored.end) <= kStoredGap) {
      ++e;
    }
    AlignedPassage p;
    Span q{m[k].query.start, m[k].query.end}, s{m[k].stored.start, m[k].stored.end};
    size_t same_order = 0;
    for (size_t x = k; x < e; ++x) {
      q.end = std::max(q.end, m[x].query.end);
      s.start = std::min(s.start, m[x].stored.start);
      s.end = std::max(s.end, m[x].stored.end);
      if (m[x].query.order == m[x].stored.order) ++same_order;
    }
    // The article side widens to whole sentences (its text is here).
    if (!doc.sentences.empty()) {
      q.start = doc.sentences[SentenceAt(doc, q.start)].span.start;
      q.end = doc.sentences[SentenceAt(doc, q.end - 1)].span.end;
    }
    q.start = std::max(q.start, last_end);  // never overlap the previous passage
    const size_t n = e - k;
    k = e;
    if (q.empty()) continue;
    last_end = q.end;
    p.span = q;
    p.source = s;
    // Without the stored text, "verbatim" cannot be confirmed: anchors whose
    // terms also come in the same order are "near", the rest "paraphrase".
    p.kind = 2 * same_order >= n ? "near" : "paraphrase";
    p.score = static_cast<double>(same_order + 1) / static_cast<double>(n + 1);
    p.shared_terms = static_cast<int32_t>(kGramSize + n - 1);
    const int32_t quoted = InsideChars(q, article.quotes);
    p.quote_only = quoted > 0.6 * q.length();
    covered += q.length();
    weighted += q.length() * (p.quote_only ? 0.25 : 1.0);
    if (!p.quote_only && n >= 2) {  // one anchor never decides
      narrative += q.length() - quoted;
      close += q.length() - quoted;  // anchors are exact term runs: close text
    }
    out.passages.push_back(p);
  }
  const int32_t body_chars = doc.body_chars();
  if (body_chars > 0) {
    out.coverage = std::min(1.0, static_cast<double>(covered) / body_chars);
    out.similarity = std::min(1.0, weighted / body_chars);
    out.narrative_coverage =
        std::min(1.0, static_cast<double>(narrative) / std::max<int32_t>(body_chars - article.quote_chars, 1));
  }
  VerdictEvidence evidence;
  evidence.narrative_coverage = out.narrative_coverage;
  evidence.counted_chars = narrative;
  evidence.close_chars = close;
  out.verdict = Verdict(evidence);
  return out;
}

}  // namespace copydesk::reuse
