// The compact trigram language model (and the word-class lexicon riding on
// it) that the garbled-sentence detector scores word sequences with. Built at
// build time from pocketsphinx-en-us and WordNet (tools/garble-model) and
// embedded in the core, so native and WebAssembly builds read the same bytes.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace copydesk::garble {

// FNV-1a, 32-bit: a fixed, platform-independent hash for lookup tables.
inline uint32_t Fnv1a(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ uint8_t(c)) * 16777619u;
  return h;
}

class LanguageModel {
 public:
  static constexpr int32_t kNone = -1;

  // Parses a model file image (format: model_format.h). The bytes must outlive the model.
  static Result<LanguageModel> Parse(const uint8_t* data, uint32_t size);
  // The model embedded at build time, parsed once.
  static const LanguageModel& Embedded();
  // The embedded model file's bytes (for benchmarks and size checks).
  static const uint8_t* EmbeddedData();
  static uint32_t EmbeddedSize();

  bool empty() const { return words_.empty(); }
  uint32_t vocabulary_size() const { return uint32_t(words_.size()); }
  // Id of a lowercase word, or kNone when out of vocabulary.
  int32_t Find(std::string_view word) const { return Find(word, Fnv1a(word)); }
  // The same, with the word's Fnv1a hash already computed.
  int32_t Find(std::string_view word, uint32_t hash) const;
  std::string_view word(int32_t id) const { return words_[size_t(id)]; }
  uint8_t flags(int32_t id) const { return id < 0 ? 0 : flags_[size_t(id)]; }
  int32_t sentence_start() const { return sentence_start_; }
  int32_t sentence_end() const { return sentence_end_; }

  // log10 P(w3 | w1 w2) with Katz backoff; w1 and/or w2 may be kNone (shorter
  // history). `seen_bigram`, if given, says whether (w2, w3) is in the model.
  float LogProb(int32_t w1, int32_t w2, int32_t w3, bool* seen_bigram = nullptr) const;
  // The same along a word sequence: `bigram` holds the index of (w1, w2) from
  // the previous step (kUnknownBigram at the start) and is left at (w2, w3)'s,
  // so each word costs one bigram lookup instead of two.
  static constexpr int64_t kUnknownBigram = -2;
  float LogProbNext(int32_t w1, int32_t w2, int32_t w3, bool* seen_bigram, int64_t* bigram) const;
  float UnigramLogProb(int32_t w) const;

 private:
  int64_t FindBigram(int32_t w1, int32_t w2) const;
  int64_t FindTrigram(int64_t bigram, int32_t w3) const;

  std::vector<std::string_view> words_;
  // Open-addressing table of word ids by FNV-1a hash of the spelling (our own
  // hash: the same in every build; only used for lookup, never iterated).
  std::vector<int32_t> slots_;
  std::vector<uint8_t> flags_;
  std::vector<float> uni_prob_, uni_bo_;
  std::vector<uint32_t> uni_bigram_begin_;  // vocab + 1
  std::vector<uint16_t> bi_word_;
  // Quantised bytes read in place from the model image (format.h dequantises
  // them on lookup): a quarter of the memory floats would take, which keeps
  // the lookups in cache.
  const uint8_t* bi_prob_ = nullptr;
  const uint8_t* bi_bo_ = nullptr;
  std::vector<uint32_t> bi_trigram_begin_;  // bigrams + 1
  std::vector<uint16_t> tri_word_;
  const uint8_t* tri_prob_ = nullptr;
  int32_t sentence_start_ = kNone, sentence_end_ = kNone;
};

}  // namespace copydesk::garble
