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

// A word's 64-bit hash: FNV-1a with MurmurHash3's finaliser, so that low bits
// index tables and high bits tell words apart. Fixed and platform-independent.
inline uint64_t WordHash(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : s) h = (h ^ uint8_t(c)) * 0x100000001b3ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
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
  int32_t Find(std::string_view word) const { return FindHash(WordHash(word)); }
  // The same by the word's WordHash. Like KenLM, the model tells words apart
  // by hash alone, never touching their spelling: a lookup is one cache line.
  // Parse checks that every word of the vocabulary is found as itself; an
  // unknown word is taken for a known one with a chance of about 2^-32.
  int32_t FindHash(uint64_t hash) const;
  std::string_view word(int32_t id) const { return words_[size_t(id)]; }
  uint8_t flags(int32_t id) const { return id < 0 ? 0 : unigrams_[size_t(id)].flags; }
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

  // The layout is for a cold cache: the detector runs between other
  // detectors (and once per page), so its lookups mostly miss. What one step
  // of a lookup reads together sits together: a word's slot holds its id and
  // hash check; its unigram record its probabilities, flags and where its
  // successors begin (the next record says where they end); a bigram's record
  // its probabilities and trigram range; a trigram its word and probability.
  struct Slot {
    uint32_t check = 0;  // the hash's high half
    int32_t id = kNone;
  };
  struct Unigram {
    float prob = 0, backoff = 0;
    uint32_t bigram_begin = 0;  // successors in bi_word_ from here to the next record's
    uint8_t flags = 0;
  };
  struct Bigram {
    uint32_t trigram_begin = 0;  // in trigrams_, to the next record's
    uint8_t prob = 0, backoff = 0;  // quantised (format.h)
  };
  struct Trigram {
    uint16_t word = 0;
    uint8_t prob = 0;
  };

  std::vector<std::string_view> words_;  // spelling, only to show words to a reader
  std::vector<Slot> slots_;  // open addressing by WordHash; lookup only, never iterated
  std::vector<Unigram> unigrams_;  // vocab + 1
  std::vector<uint16_t> bi_word_;  // successor ids alone, dense for the binary search
  std::vector<Bigram> bigrams_;    // bigrams + 1
  std::vector<Trigram> trigrams_;
  int32_t sentence_start_ = kNone, sentence_end_ = kNone;
};

}  // namespace copydesk::garble
