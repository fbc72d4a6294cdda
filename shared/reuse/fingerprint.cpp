#include "reuse/fingerprint.h"

#include <algorithm>
#include <array>
#include <bit>

#include "reuse/hash.h"

namespace copydesk::reuse {

std::vector<Gram> AllGrams(const Document& doc, const std::vector<TermToken>& terms) {
  std::vector<Gram> out;
  if (terms.size() < static_cast<size_t>(kGramSize)) return out;
  out.reserve(terms.size() - kGramSize + 1);
  for (size_t i = 0; i + kGramSize <= terms.size(); ++i) {
    std::array<uint64_t, kGramSize> h{};
    uint64_t ordered = 0x9e3779b97f4a7c15ULL;
    for (int k = 0; k < kGramSize; ++k) {
      h[k] = terms[i + k].hash;
      ordered = Mix64(ordered ^ h[k]);
    }
    std::sort(h.begin(), h.end());
    uint64_t unordered = 0x2545f4914f6cdd1dULL;
    for (uint64_t x : h) unordered = Mix64(unordered ^ x);
    Gram g;
    g.hash = static_cast<uint32_t>(unordered >> 32);
    g.order = static_cast<uint8_t>(ordered >> 56);
    g.start = doc.tokens[terms[i].token].span.start;
    g.end = doc.tokens[terms[i + kGramSize - 1].token].span.end;
    out.push_back(g);
  }
  return out;
}

std::vector<Gram> AllGrams(const Document& doc) { return AllGrams(doc, ContentTerms(doc)); }

Fingerprint MakeFingerprint(const Document& doc) { return MakeFingerprint(doc, ContentTerms(doc)); }

Fingerprint MakeFingerprint(const Document& doc, const std::vector<TermToken>& terms) {
  Fingerprint fp;
  // SimHash: each bit is the majority vote of the terms' hashes.
  std::array<int32_t, 64> votes{};
  for (const TermToken& t : terms) {
    const uint64_t h = Mix64(t.hash);
    for (int b = 0; b < 64; ++b) votes[b] += ((h >> b) & 1) ? 1 : -1;
  }
  for (int b = 0; b < 64; ++b) {
    if (votes[b] > 0) fp.simhash |= uint64_t{1} << b;
  }

  const std::vector<Gram> grams = AllGrams(doc, terms);
  std::vector<size_t> picked;
  if (!grams.empty()) {
    // Winnowing; a document shorter than one window keeps its minimum.
    const size_t w = std::min<size_t>(kWinnowWindow, grams.size());
    size_t last = grams.size();
    for (size_t s = 0; s + w <= grams.size(); ++s) {
      size_t best = s;
      for (size_t k = s + 1; k < s + w; ++k) {
        if (grams[k].hash <= grams[best].hash) best = k;  // rightmost minimum
      }
      if (best != last) {
        picked.push_back(best);
        last = best;
      }
    }
  }
  std::sort(picked.begin(), picked.end());
  picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
  if (picked.size() > kMaxAnchors) {
    // Very long articles: keep the smallest hashes, a consistent sample.
    std::stable_sort(picked.begin(), picked.end(), [&](size_t a, size_t b) { return grams[a].hash < grams[b].hash; });
    picked.resize(kMaxAnchors);
    std::sort(picked.begin(), picked.end());
  }
  for (size_t i : picked) fp.anchors.push_back(grams[i]);
  return fp;
}

int SimHashDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace copydesk::reuse
