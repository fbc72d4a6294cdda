// Fingerprints: what the index keeps of an article instead of its text.
//
// A gram is three consecutive content terms (reuse/terms.h), hashed as an
// unordered set so that local reordering ("we have seen, generally speaking"
// / "generally speaking, we have seen") still matches, with an 8-bit check of
// the ordered sequence to tell near-verbatim matches from reshuffled ones.
// Winnowing (Schleimer et al. 2003) keeps the minimum hash of every window of
// kWinnowWindow grams, so any run of shared material at least that long keeps
// an anchor in both articles; a 64-bit SimHash of the content terms answers
// near-duplicate questions for the whole document.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "reuse/terms.h"
#include "segments/document.h"

namespace copydesk::reuse {

inline constexpr int kGramSize = 3;
inline constexpr int kWinnowWindow = 20;
inline constexpr size_t kMaxAnchors = 60;  // ~8 bytes each: a 512-byte budget

struct Gram {
  uint32_t hash = 0;   // order-insensitive hash of the gram's terms
  uint8_t order = 0;   // 8-bit hash of the terms in order
  int32_t start = 0;   // UTF-16 offsets of the gram's first and last token
  int32_t end = 0;
};

struct Fingerprint {
  uint64_t simhash = 0;
  std::vector<Gram> anchors;  // winnowed grams, sorted by start
};

// Every gram of a document's body, in text order.
std::vector<Gram> AllGrams(const Document& doc, const std::vector<TermToken>& terms);
std::vector<Gram> AllGrams(const Document& doc);

Fingerprint MakeFingerprint(const Document& doc);
Fingerprint MakeFingerprint(const Document& doc, const std::vector<TermToken>& terms);

// Hamming distance of two SimHashes.
int SimHashDistance(uint64_t a, uint64_t b);

}  // namespace copydesk::reuse
