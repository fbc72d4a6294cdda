// Alignment: from shared content terms to passages, between an article and
// one source whose full text is available.
//
//   seed    sentence pairs sharing content terms (inverted term → sentence map)
//   extend  each article sentence to its best source window of one or two
//           sentences (a rewrite merges and splits sentences)
//   merge   consecutive article sentences aligned to neighbouring source
//           sentences become one passage; order elsewhere is free, so
//           reordered paragraphs still align
//   filter  weak pairs are dropped; passages that are mostly quotation are
//           kept but do not count towards the verdict, because independent
//           reports of one event share the same quotes
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/span.h"
#include "reuse/terms.h"
#include "segments/document.h"

namespace copydesk::reuse {

// A document prepared for alignment (computed once, used against many).
struct AlignDoc {
  const Document* doc = nullptr;
  std::vector<TermToken> terms;
  std::vector<std::vector<uint32_t>> sentence_terms;  // indexes into `terms`, per sentence
  std::vector<Span> quotes;                           // quotation spans
  int32_t quote_chars = 0;                            // body characters inside quotes
};
AlignDoc PrepareAlignDoc(const Document& doc, std::vector<Span> quotes);

// Term weights from document frequencies: a term every article of the
// collection uses (the story's names) weighs less than a rare one.
class TermWeights {
 public:
  void AddDocument(const AlignDoc& d);
  double Weight(uint64_t term) const;

 private:
  std::unordered_map<uint64_t, uint32_t> df_;
  uint32_t docs_ = 0;
};

struct AlignedPassage {
  Span span;       // in the article
  Span source;     // in the source
  std::string kind;  // verbatim | near | paraphrase
  double score = 0;  // mean sentence similarity, 0..1
  double exactness = 0;  // longest common word sequence / longer side, 0..1
  int32_t shared_terms = 0;
  bool quote_only = false;  // mostly inside quotation marks in the article
};

struct Alignment {
  std::vector<AlignedPassage> passages;  // by article position
  double coverage = 0;            // share of body characters inside passages
  double narrative_coverage = 0;  // same, outside quotes and quote-only passages
  double similarity = 0;          // coverage weighted by passage similarity and exactness
  std::string verdict = "none";   // wholly | partially | none (METER)
};

inline constexpr double kWhollyCoverage = 0.5;
inline constexpr double kPartiallyCoverage = 0.05;

Alignment Align(const AlignDoc& article, const AlignDoc& source, const TermWeights& weights);

// What the passages that count (not quote-only) amount to.
struct VerdictEvidence {
  double narrative_coverage = 0;
  int32_t counted_chars = 0;      // narrative characters in counted passages
  int32_t close_chars = 0;        // of which in verbatim / near passages
  int32_t paraphrase_sentences = 0;  // article sentences in counted paraphrase passages
};
// wholly: narrative coverage >= kWhollyCoverage. partially: >= kPartiallyCoverage
// and either close (verbatim/near) text or two paraphrased sentences: one
// sentence restating the same facts is what independent reports share.
std::string Verdict(const VerdictEvidence& e);

// Longest common subsequence of two word sequences over the longer length.
double Exactness(const std::vector<const std::string*>& a, const std::vector<const std::string*>& b);
// Passage kind from its exactness and sentence similarity.
std::string PassageKind(double exactness, double score);

// How many characters of `s` lie inside `spans` (non-overlapping spans).
int32_t InsideChars(Span s, const std::vector<Span>& spans);

}  // namespace copydesk::reuse
