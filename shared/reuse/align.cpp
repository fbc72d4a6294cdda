#include "reuse/align.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "reuse/hash.h"

namespace copydesk::reuse {
namespace {

constexpr int32_t kMinSharedTerms = 3;     // fewer shared content words is coincidence
constexpr double kMinSentenceScore = 0.5;  // share of the sentence's weighted terms found
constexpr int32_t kCountedTerms = 4;       // a passage this small never decides a verdict
constexpr double kQuoteOnlyShare = 0.6;    // matched words inside quotes beyond this share
constexpr size_t kMaxLcsCells = 4u << 20;  // word pairs compared exactly, at most
constexpr size_t kMaxCandidates = 24;      // source sentences scored per article sentence

struct Match {
  int32_t a_sentence = -1;
  int32_t b_first = 0, b_last = 0;  // source window
  double score = 0;
  double exactness = 0;  // of the sentence against its window
  std::vector<int32_t> a_tokens, b_tokens;  // matched tokens
};

int32_t TokenAt(const Document& d, int32_t pos) {
  const auto it = std::lower_bound(d.tokens.begin(), d.tokens.end(), pos,
                                   [](const Token& t, int32_t p) { return t.span.start < p; });
  return static_cast<int32_t>(it - d.tokens.begin());
}

std::vector<const std::string*> NormsIn(const Document& d, Span s) {
  std::vector<const std::string*> out;
  for (int32_t i = TokenAt(d, s.start); i < static_cast<int32_t>(d.tokens.size()) && d.tokens[i].span.end <= s.end; ++i) {
    out.push_back(&d.tokens[i].norm);
  }
  return out;
}

bool Inside(int32_t pos, const std::vector<Span>& spans) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& q) { return q.contains(pos); });
}

// The matched stretch of a run of sentences, widened to the sentence
// boundaries when the match reaches the first / last content word.
Span PassageSpan(const AlignDoc& d, int32_t first_sentence, int32_t last_sentence, const std::vector<int32_t>& tokens) {
  const Document& doc = *d.doc;
  const auto [lo, hi] = std::minmax_element(tokens.begin(), tokens.end());
  Span s{doc.tokens[*lo].span.start, doc.tokens[*hi].span.end};
  const auto& first_terms = d.sentence_terms[first_sentence];
  const auto& last_terms = d.sentence_terms[last_sentence];
  if (!first_terms.empty() && d.terms[first_terms.front()].token >= *lo) s.start = doc.sentences[first_sentence].span.start;
  if (!last_terms.empty() && d.terms[last_terms.back()].token <= *hi) s.end = doc.sentences[last_sentence].span.end;
  return s;
}

}  // namespace

int32_t InsideChars(Span s, const std::vector<Span>& spans) {
  int32_t n = 0;
  for (const Span& q : spans) {
    const int32_t lo = std::max(s.start, q.start), hi = std::min(s.end, q.end);
    if (hi > lo) n += hi - lo;
  }
  return n;
}

AlignDoc PrepareAlignDoc(const Document& doc, std::vector<Span> quotes) {
  AlignDoc d;
  d.doc = &doc;
  d.terms = ContentTerms(doc);
  d.sentence_terms.resize(doc.sentences.size());
  for (uint32_t i = 0; i < d.terms.size(); ++i) d.sentence_terms[d.terms[i].sentence].push_back(i);
  std::sort(quotes.begin(), quotes.end(), [](Span x, Span y) { return x.start < y.start; });
  d.quotes = std::move(quotes);
  for (const Paragraph& p : doc.paragraphs) {
    if (p.role == ParagraphRole::kBody) d.quote_chars += InsideChars(p.span, d.quotes);
  }
  return d;
}

void TermWeights::AddDocument(const AlignDoc& d) {
  std::set<uint64_t> seen;
  for (const TermToken& t : d.terms) {
    if (seen.insert(t.hash).second) ++df_[t.hash];
  }
  ++docs_;
}

double TermWeights::Weight(uint64_t term) const {
  if (docs_ < 3) return 1.0;  // too few articles to tell the story's names from the rest
  const auto it = df_.find(term);
  const double df = it == df_.end() ? 1.0 : it->second;
  return std::log(1.0 + docs_ / df) / std::log(1.0 + docs_);
}

double Exactness(const std::vector<const std::string*>& a, const std::vector<const std::string*>& b) {
  const size_t n = a.size(), m = b.size();
  if (n == 0 || m == 0) return 0;
  if (n * m > kMaxLcsCells) {
    // A "sentence" this long is hostile or broken input: the shared-word
    // count (an upper bound of the LCS) keeps the time linear.
    std::unordered_map<std::string_view, int32_t> bag;
    for (const std::string* w : b) ++bag[*w];
    size_t shared = 0;
    for (const std::string* w : a) {
      if (auto it = bag.find(*w); it != bag.end() && it->second > 0) --it->second, ++shared;
    }
    return static_cast<double>(shared) / static_cast<double>(std::max(n, m));
  }
  std::vector<uint32_t> prev(m + 1, 0), cur(m + 1, 0);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      cur[j] = *a[i - 1] == *b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    }
    std::swap(prev, cur);
  }
  return static_cast<double>(prev[m]) / static_cast<double>(std::max(n, m));
}

std::string PassageKind(double exactness, double score) {
  if (exactness >= 0.95) return "verbatim";
  if (exactness >= 0.5 || score >= 0.85) return "near";
  return "paraphrase";
}

std::string Verdict(const VerdictEvidence& e) {
  if (e.narrative_coverage >= kWhollyCoverage) return "wholly";
  const bool substantial = e.close_chars >= 80 || e.paraphrase_sentences >= 2;
  if (e.narrative_coverage >= kPartiallyCoverage && e.counted_chars >= 80 && substantial) return "partially";
  return "none";
}

Alignment Align(const AlignDoc& a, const AlignDoc& b, const TermWeights& weights) {
  Alignment out;
  const Document& adoc = *a.doc;
  const Document& bdoc = *b.doc;
  // Source: term → sentences using it.
  std::unordered_map<uint64_t, std::vector<int32_t>> where;
  std::vector<std::map<uint64_t, std::vector<int32_t>>> b_sentence(bdoc.sentences.size());  // term → tokens
  for (const TermToken& t : b.terms) {
    auto& tokens = b_sentence[t.sentence][t.hash];
    if (tokens.empty()) where[t.hash].push_back(t.sentence);
    tokens.push_back(t.token);
  }

  std::vector<Match> matches;
  for (int32_t i = 0; i < static_cast<int32_t>(adoc.sentences.size()); ++i) {
    std::map<uint64_t, std::vector<int32_t>> mine;  // term → tokens
    for (uint32_t k : a.sentence_terms[i]) mine[a.terms[k].hash].push_back(a.terms[k].token);
    if (static_cast<int32_t>(mine.size()) < kMinSharedTerms) continue;
    double wa = 0;
    std::map<int32_t, int32_t> shared_count;
    for (const auto& [term, tokens] : mine) {
      wa += weights.Weight(term);
      if (const auto it = where.find(term); it != where.end()) {
        for (int32_t j : it->second) ++shared_count[j];
      }
    }
    // The source sentences sharing the most terms, at most kMaxCandidates of
    // them: a text repeating itself must not make the search quadratic.
    std::vector<std::pair<int32_t, int32_t>> candidates;  // (-count, sentence)
    for (const auto& [j, count] : shared_count) {
      if (count >= 2) candidates.push_back({-count, j});
    }
    if (candidates.size() > kMaxCandidates) {
      std::partial_sort(candidates.begin(), candidates.begin() + kMaxCandidates, candidates.end());
      candidates.resize(kMaxCandidates);
      std::sort(candidates.begin(), candidates.end(), [](auto x, auto y) { return x.second < y.second; });
    }
    Match best;
    for (const auto& [neg_count, j] : candidates) {
      const int32_t last = static_cast<int32_t>(bdoc.sentences.size()) - 1;
      const std::pair<int32_t, int32_t> windows[] = {{j, j}, {j - 1, j}, {j, j + 1}};
      for (const auto& [lo, hi] : windows) {
        {
          if (lo < 0 || hi > last) continue;
          std::map<uint64_t, const std::vector<int32_t>*> window;
          double wb = 0;
          for (int32_t s = lo; s <= hi; ++s) {
            for (const auto& [term, tokens] : b_sentence[s]) {
              if (window.emplace(term, &tokens).second) wb += weights.Weight(term);
            }
          }
          double shared = 0;
          int32_t shared_terms = 0;
          for (const auto& [term, tokens] : mine) {
            if (window.count(term)) {
              shared += weights.Weight(term);
              ++shared_terms;
            }
          }
          if (shared_terms < kMinSharedTerms) continue;
          const double score = std::min(1.0, shared / std::max(wa, 0.5 * wb));
          // Better score wins; at an equal score the smaller window does.
          const bool better = score > best.score + 1e-9 ||
                              (score > best.score - 1e-9 && best.a_sentence >= 0 && hi - lo < best.b_last - best.b_first);
          if (score < kMinSentenceScore || !better) continue;
          best = Match{i, lo, hi, score, 0, {}, {}};
          for (const auto& [term, tokens] : mine) {
            const auto it = window.find(term);
            if (it == window.end()) continue;
            best.a_tokens.insert(best.a_tokens.end(), tokens.begin(), tokens.end());
            best.b_tokens.insert(best.b_tokens.end(), it->second->begin(), it->second->end());
          }
        }
      }
    }
    if (best.a_sentence >= 0) {
      const Span window{bdoc.sentences[best.b_first].span.start, bdoc.sentences[best.b_last].span.end};
      best.exactness = Exactness(NormsIn(adoc, adoc.sentences[i].span), NormsIn(bdoc, window));
      matches.push_back(std::move(best));
    }
  }

  // Merge runs of consecutive sentences aligned to neighbouring source windows.
  int32_t body_chars = adoc.body_chars();
  double weighted = 0;
  int32_t covered = 0, narrative = 0;
  VerdictEvidence evidence;
  for (size_t k = 0; k < matches.size();) {
    size_t e = k + 1;
    while (e < matches.size() && matches[e].a_sentence == matches[e - 1].a_sentence + 1 &&
           matches[e].b_first >= matches[e - 1].b_first - 1 && matches[e].b_first <= matches[e - 1].b_last + 2) {
      ++e;
    }
    std::vector<int32_t> at, bt;
    double score = 0, exact = 0, exact_weight = 0;
    int32_t b_first = matches[k].b_first, b_last = matches[k].b_last;
    for (size_t x = k; x < e; ++x) {
      const double len = adoc.sentences[matches[x].a_sentence].span.length();
      exact += matches[x].exactness * len;
      exact_weight += len;
      at.insert(at.end(), matches[x].a_tokens.begin(), matches[x].a_tokens.end());
      bt.insert(bt.end(), matches[x].b_tokens.begin(), matches[x].b_tokens.end());
      score += matches[x].score;
      b_first = std::min(b_first, matches[x].b_first);
      b_last = std::max(b_last, matches[x].b_last);
    }
    AlignedPassage p;
    p.span = PassageSpan(a, matches[k].a_sentence, matches[e - 1].a_sentence, at);
    // Source tokens: the window's sentences that hold matched tokens.
    const auto [blo, bhi] = std::minmax_element(bt.begin(), bt.end());
    p.source = PassageSpan(b, bdoc.tokens[*blo].sentence, bdoc.tokens[*bhi].sentence, bt);
    p.score = score / static_cast<double>(e - k);
    std::set<uint64_t> shared;
    int32_t quoted = 0;
    for (int32_t t : at) {
      shared.insert(Fnv1a64(adoc.tokens[t].norm));
      if (Inside(adoc.tokens[t].span.start, a.quotes)) ++quoted;
    }
    p.shared_terms = static_cast<int32_t>(shared.size());
    p.quote_only = quoted > kQuoteOnlyShare * static_cast<double>(at.size());
    p.exactness = exact_weight > 0 ? exact / exact_weight : 0;
    p.kind = PassageKind(p.exactness, p.score);
    covered += p.span.length();
    // A text similarity: quotes count here; the verdict is what discounts them.
    weighted += p.span.length() * (0.25 * p.score + 0.75 * p.exactness);
    if (!p.quote_only && p.shared_terms >= kCountedTerms) {
      const int32_t chars = p.span.length() - InsideChars(p.span, a.quotes);
      narrative += chars;
      if (p.kind == "paraphrase") {
        evidence.paraphrase_sentences += static_cast<int32_t>(e - k);
      } else {
        evidence.close_chars += chars;
      }
    }
    out.passages.push_back(std::move(p));
    k = e;
  }
  if (body_chars > 0) {
    out.coverage = std::min(1.0, static_cast<double>(covered) / body_chars);
    out.similarity = std::min(1.0, weighted / body_chars);
    const int32_t narrative_body = std::max<int32_t>(body_chars - a.quote_chars, 1);
    out.narrative_coverage = std::min(1.0, static_cast<double>(narrative) / narrative_body);
  }
  evidence.narrative_coverage = out.narrative_coverage;
  evidence.counted_chars = narrative;
  out.verdict = Verdict(evidence);
  return out;
}

}  // namespace copydesk::reuse
