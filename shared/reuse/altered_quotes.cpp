#include "reuse/altered_quotes.h"

#include <algorithm>
#include <set>

#include "reuse/terms.h"

namespace copydesk::reuse {
namespace {

constexpr size_t kMinSharedWords = 2;        // "influence and …" around the change
constexpr size_t kStrongContentTerms = 3;    // enough on its own, without sentence context
constexpr double kMinSentenceOverlap = 0.35;  // the quotes' sentences say the same thing
constexpr size_t kMaxQuoteWords = 400;        // longer "quotes" are broken marks, not quotes
constexpr size_t kMaxQuoteUnits = 200;        // per article; real ones have far fewer

struct QuoteWords {
  Span span;
  std::vector<std::string> words, norms;
  int32_t sentence = -1;
};

QuoteWords WordsOf(const AlignDoc& d, Span q) {
  QuoteWords out;
  out.span = q;
  const Document& doc = *d.doc;
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), q.start,
                             [](const Token& t, int32_t p) { return t.span.start < p; });
  for (; it != doc.tokens.end() && it->span.end <= q.end; ++it) {
    out.words.push_back(doc.slice_utf8(it->span));
    out.norms.push_back(it->norm);
    if (out.sentence < 0) out.sentence = it->sentence;
  }
  return out;
}

std::set<uint64_t> SentenceTerms(const AlignDoc& d, int32_t sentence) {
  std::set<uint64_t> out;
  if (sentence < 0 || sentence >= static_cast<int32_t>(d.sentence_terms.size())) return out;
  for (uint32_t k : d.sentence_terms[sentence]) out.insert(d.terms[k].hash);
  return out;
}

size_t CountWords(const std::string& s) { return s.empty() ? 0 : std::count(s.begin(), s.end(), ' ') + 1; }

std::string FirstWords(const std::string& s, size_t n) {
  size_t pos = 0;
  for (size_t k = 0; k < n && pos != std::string::npos; ++k) pos = s.find(' ', pos + (k ? 1 : 0));
  return pos == std::string::npos ? s : s.substr(0, pos);
}

std::string LastWords(const std::string& s, size_t n) {
  const size_t total = CountWords(s);
  if (total <= n) return s;
  size_t pos = 0;
  for (size_t k = 0; k < total - n; ++k) pos = s.find(' ', pos) + 1;
  return s.substr(pos);
}

size_t CountWordsOp(const DiffOp& o) { return CountWords(o.text); }

// The densest stretch of shared words: runs of changes with at least
// kGapWords words on both sides split a diff (two quotes that share an
// opening sentence and then go their own ways compare on that sentence).
constexpr size_t kGapWords = 3;
std::vector<DiffOp> DensestSegment(const std::vector<DiffOp>& ops) {
  std::vector<std::vector<DiffOp>> segments(1);
  size_t k = 0;
  while (k < ops.size()) {
    if (ops[k].op == '=') {
      segments.back().push_back(ops[k++]);
      continue;
    }
    size_t minus = 0, plus = 0, e = k;
    for (; e < ops.size() && ops[e].op != '='; ++e) (ops[e].op == '-' ? minus : plus) += CountWordsOp(ops[e]);
    if (minus >= kGapWords && plus >= kGapWords) {
      segments.emplace_back();
    } else {
      segments.back().insert(segments.back().end(), ops.begin() + k, ops.begin() + e);
    }
    k = e;
  }
  size_t best = 0, best_shared = 0;
  for (size_t i = 0; i < segments.size(); ++i) {
    size_t shared = 0;
    for (const DiffOp& o : segments[i]) {
      if (o.op == '=') shared += CountWordsOp(o);
    }
    if (shared > best_shared) best = i, best_shared = shared;
  }
  return segments[best];
}

// Keeps the stretch both quotes cover. A quote cut shorter in one version is
// not altered: one-sided ends are dropped. Where both sides have words
// before the first (or after the last) shared word, that is a substitution
// at the edge; the longer side keeps as many words as the shorter has.
std::vector<DiffOp> TrimToSharedExtent(std::vector<DiffOp> ops) {
  ops = DensestSegment(ops);
  auto first_same = std::find_if(ops.begin(), ops.end(), [](const DiffOp& o) { return o.op == '='; });
  if (first_same == ops.end()) return {};
  std::vector<DiffOp> head(ops.begin(), first_same);
  auto last_same = std::find_if(ops.rbegin(), ops.rend(), [](const DiffOp& o) { return o.op == '='; }).base();
  std::vector<DiffOp> tail(last_same, ops.end());
  std::vector<DiffOp> middle(first_same, last_same);

  auto words = [](const std::vector<DiffOp>& v, char side) {
    std::string s;
    for (const DiffOp& o : v) {
      if (o.op == side) s += (s.empty() ? "" : " ") + o.text;
    }
    return s;
  };
  std::vector<DiffOp> out;
  const std::string hm = words(head, '-'), hp = words(head, '+');
  if (!hm.empty() && !hp.empty()) {
    const size_t n = std::min(CountWords(hm), CountWords(hp));
    out.push_back({'-', LastWords(hm, n)});
    out.push_back({'+', LastWords(hp, n)});
  }
  out.insert(out.end(), middle.begin(), middle.end());
  const std::string tm = words(tail, '-'), tp = words(tail, '+');
  if (!tm.empty() && !tp.empty()) {
    const size_t n = std::min(CountWords(tm), CountWords(tp));
    out.push_back({'-', FirstWords(tm, n)});
    out.push_back({'+', FirstWords(tp, n)});
  }
  return out;
}

// Quotes split at sentence boundaries: a two-sentence quote in one version
// may keep only its first sentence in another, and each sentence is compared
// on its own.
std::vector<Span> QuoteUnits(const AlignDoc& d) {
  std::vector<Span> out;
  for (const Span& q : d.quotes) {
    if (out.size() >= kMaxQuoteUnits) break;
    bool split = false;
    for (const Sentence& s : d.doc->sentences) {
      if (!s.span.overlaps(q)) continue;
      out.push_back({std::max(q.start, s.span.start), std::min(q.end, s.span.end)});
      split = true;
    }
    if (!split) out.push_back(q);
  }
  return out;
}

}  // namespace

bool QuoteComparison::altered() const {
  return std::any_of(versions.begin(), versions.end(), [](const QuoteVersion& v) { return !v.identical; });
}

std::string DiffSide(const std::vector<DiffOp>& diff, char side) {
  std::string s;
  for (const DiffOp& o : diff) {
    if (o.op == '=' || o.op == side) s += (s.empty() ? "" : " ") + o.text;
  }
  return s;
}

std::vector<QuoteComparison> CompareQuotes(const AlignDoc& me, const std::vector<const AlignDoc*>& others) {
  std::vector<QuoteComparison> out;
  std::vector<std::vector<QuoteWords>> their(others.size());
  for (size_t o = 0; o < others.size(); ++o) {
    for (const Span& q : QuoteUnits(*others[o])) {
      QuoteWords w = WordsOf(*others[o], q);
      if (w.norms.size() <= kMaxQuoteWords) their[o].push_back(std::move(w));
    }
  }
  for (const Span& q : QuoteUnits(me)) {
    const QuoteWords mine = WordsOf(me, q);
    if (mine.norms.size() < kMinSharedWords || mine.norms.size() > kMaxQuoteWords) continue;
    const std::set<uint64_t> my_sentence = SentenceTerms(me, mine.sentence);
    QuoteComparison cmp;
    cmp.quote = q;
    for (size_t o = 0; o < others.size(); ++o) {
      const QuoteVersion* best = nullptr;
      QuoteVersion candidate;
      size_t best_shared = 0, best_changed = 0;
      for (const QuoteWords& theirs : their[o]) {
        std::vector<DiffOp> diff = TrimToSharedExtent(WordDiff(theirs.words, theirs.norms, mine.words, mine.norms));
        size_t shared = 0, content = 0;
        for (const DiffOp& d : diff) {
          if (d.op != '=') continue;
          shared += CountWords(d.text);
        }
        if (shared < kMinSharedWords) continue;
        // Content words among the shared ones decide how strong the match is.
        std::string same = DiffSide(diff, '=');
        for (const DiffOp& d : diff) {
          if (d.op != '=') continue;
          size_t start = 0;
          while (start <= d.text.size()) {
            size_t end = d.text.find(' ', start);
            if (end == std::string::npos) end = d.text.size();
            std::string w = d.text.substr(start, end - start);
            std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
            if (!CanonicalTerm(w).empty()) ++content;
            start = end + 1;
          }
        }
        size_t minus = 0, plus = 0;
        for (const DiffOp& d : diff) {
          if (d.op == '-') minus += CountWords(d.text);
          if (d.op == '+') plus += CountWords(d.text);
        }
        const size_t changed = std::max(minus, plus);
        const size_t extent = shared + changed;
        if (2 * shared < extent) continue;  // more changed than kept: a different quote
        bool related = content >= kStrongContentTerms;
        if (!related && content >= 1) {
          const std::set<uint64_t> other_sentence = SentenceTerms(*others[o], theirs.sentence);
          size_t common = 0;
          for (uint64_t t : my_sentence) common += other_sentence.count(t);
          const size_t smaller = std::min(my_sentence.size(), other_sentence.size());
          related = smaller > 0 && common >= 3 && common >= kMinSentenceOverlap * smaller;
        }
        // The version sharing most words wins; on a tie, the one changed least.
        if (!related || shared < best_shared || (shared == best_shared && best != nullptr && !candidate.identical &&
                                                 changed >= best_changed) ||
            (shared == best_shared && best != nullptr && candidate.identical)) {
          continue;
        }
        best_changed = changed;
        best_shared = shared;
        candidate.other = o;
        candidate.span = theirs.span;
        candidate.identical = changed == 0;
        candidate.diff = std::move(diff);
        best = &candidate;
      }
      if (best != nullptr) cmp.versions.push_back(*best);
    }
    if (!cmp.versions.empty()) out.push_back(std::move(cmp));
  }
  return out;
}

}  // namespace copydesk::reuse
