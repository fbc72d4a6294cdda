// The garbled-sentence model file: a pruned, 8-bit quantised trigram LM with a
// part-of-speech flag byte per word. Written by tools/garble-model (at build
// time, from pocketsphinx-en-us and WordNet), read by garble/language_model.cpp.
//
// Layout (little-endian; varint = LEB128 unsigned):
//   u32 magic, u32 version, u32 vocab, u32 bigrams, u32 trigrams
//   u32 string_bytes, then `vocab` NUL-terminated words in byte order (id = rank)
//   u8  unigram log-prob[vocab], u8 unigram backoff[vocab], u8 lexicon flags[vocab]
//   varint bigram count per history word [vocab]; varint successor-id deltas [bigrams]
//   u8  bigram log-prob[bigrams], u8 bigram backoff[bigrams]
//   varint trigram count per bigram [bigrams]; varint successor-id deltas [trigrams]
//   u8  trigram log-prob[trigrams]
#pragma once
#include <cmath>
#include <cstdint>

namespace copydesk::garble::format {

inline constexpr uint32_t kMagic = 0x4d474443;  // "CDGM"
inline constexpr uint32_t kVersion = 1;

// Lexicon flags (one byte per vocabulary word), derived from WordNet 3.0.
namespace LexFlag {
inline constexpr uint8_t kVerb = 1;                   // any form of a verb lemma
inline constexpr uint8_t kVerbFinite = 2;             // can head a clause: base, -s, past
inline constexpr uint8_t kVerbPastOrParticiple = 4;   // -ed / irregular past or participle
inline constexpr uint8_t kNoun = 8;
inline constexpr uint8_t kPluralNoun = 16;
inline constexpr uint8_t kAdjective = 32;
inline constexpr uint8_t kAdverb = 64;
inline constexpr uint8_t kMostlyVerb = 128;  // the verb reading dominates in SemCor counts
}  // namespace LexFlag

// log10 probabilities in [-10.2, 0] on 256 steps; backoffs in [-4, 3].
inline constexpr float kLogProbStep = 0.04f;
inline constexpr float kBackoffMin = -4.0f, kBackoffStep = 7.0f / 255.0f;

inline uint8_t QuantiseLogProb(float log10p) {
  const float q = std::round(-log10p / kLogProbStep);
  return q < 0 ? 0 : q > 255 ? 255 : static_cast<uint8_t>(q);
}
inline float DequantiseLogProb(uint8_t q) { return -static_cast<float>(q) * kLogProbStep; }
inline uint8_t QuantiseBackoff(float log10bo) {
  const float q = std::round((log10bo - kBackoffMin) / kBackoffStep);
  return q < 0 ? 0 : q > 255 ? 255 : static_cast<uint8_t>(q);
}
inline float DequantiseBackoff(uint8_t q) { return kBackoffMin + static_cast<float>(q) * kBackoffStep; }

}  // namespace copydesk::garble::format
