#include "detectors/garble/language_model.h"

#include <algorithm>
#include <cstring>

#include "base/byte_reader.h"
#include "detectors/garble/model_format.h"

namespace copydesk::garble {

// Generated at build time (see detectors/garble/model.cmake).
extern const uint8_t kEmbeddedModel[];
extern const uint32_t kEmbeddedModelSize;

namespace {

// Reads the varint-delta successor ids of each group [begin(g), begin(g + 1))
// (reset to 0 per group), handing each to `put(index, id)`.
template <typename Begin, typename Put>
bool ReadSuccessors(ByteReader& r, size_t groups, Begin begin, uint32_t vocab, Put put) {
  for (size_t g = 0; g < groups; ++g) {
    uint32_t prev = 0;
    for (uint32_t k = begin(g); k < begin(g + 1); ++k) {
      prev += r.Varint();
      if (prev >= vocab) return false;
      put(k, uint16_t(prev));
    }
  }
  return r.ok();
}

// Index of `word` among the items [begin, end), sorted by word id, or -1. A
// branch-free binary search: the comparisons' outcomes are unpredictable, so
// conditional moves beat branches.
template <typename T, typename WordOf>
int64_t FindSuccessor(const T* items, uint32_t begin, uint32_t end, uint16_t word, WordOf word_of) {
  const T* base = items + begin;
  uint32_t n = end - begin;
  if (n == 0) return -1;
  while (n > 1) {
    const uint32_t half = n / 2;
    base = word_of(base[half]) <= word ? base + half : base;
    n -= half;
  }
  return word_of(*base) == word ? int64_t(base - items) : -1;
}

}  // namespace

Result<LanguageModel> LanguageModel::Parse(const uint8_t* data, uint32_t size) {
  namespace fmt = format;
  ByteReader r(data, size);
  if (r.U32() != fmt::kMagic || r.U32() != fmt::kVersion) return Status::Error("garble model: bad header");
  const uint32_t vocab = r.U32(), bigrams = r.U32(), trigrams = r.U32();
  if (!r.ok() || vocab == 0 || vocab > 65536) return Status::Error("garble model: bad vocabulary size");
  LanguageModel lm;
  const uint32_t string_bytes = r.U32();
  const uint8_t* strings = r.Take(string_bytes);
  if (!strings) return Status::Error("garble model: truncated word list");
  lm.words_.reserve(vocab);
  for (uint32_t at = 0; at < string_bytes && lm.words_.size() < vocab;) {
    const void* nul = std::memchr(strings + at, 0, string_bytes - at);
    if (!nul) return Status::Error("garble model: unterminated word");
    const uint32_t len = uint32_t(static_cast<const uint8_t*>(nul) - (strings + at));
    lm.words_.emplace_back(reinterpret_cast<const char*>(strings + at), len);
    at += len + 1;
  }
  if (lm.words_.size() != vocab) return Status::Error("garble model: word count mismatch");
  const uint8_t* uni_prob = r.Take(vocab);
  const uint8_t* uni_bo = r.Take(vocab);
  const uint8_t* flags = r.Take(vocab);
  if (!flags) return Status::Error("garble model: truncated unigrams");
  lm.unigrams_.resize(size_t(vocab) + 1);
  for (uint32_t i = 0; i < vocab; ++i) {
    lm.unigrams_[i].prob = fmt::DequantiseLogProb(uni_prob[i]);
    lm.unigrams_[i].backoff = fmt::DequantiseBackoff(uni_bo[i]);
    lm.unigrams_[i].flags = flags[i];
  }
  for (uint32_t i = 0; i < vocab; ++i)
    lm.unigrams_[i + 1].bigram_begin = lm.unigrams_[i].bigram_begin + r.Varint();
  if (!r.ok() || lm.unigrams_[vocab].bigram_begin != bigrams) return Status::Error("garble model: bad bigram counts");
  lm.bi_word_.resize(bigrams);
  if (!ReadSuccessors(
          r, vocab, [&](size_t g) { return lm.unigrams_[g].bigram_begin; }, vocab,
          [&](uint32_t k, uint16_t id) { lm.bi_word_[k] = id; }))
    return Status::Error("garble model: bad bigrams");
  const uint8_t* bi_prob = r.Take(bigrams);
  const uint8_t* bi_bo = r.Take(bigrams);
  if (!bi_bo) return Status::Error("garble model: truncated bigrams");
  lm.bigrams_.resize(size_t(bigrams) + 1);
  for (uint32_t i = 0; i < bigrams; ++i) {
    lm.bigrams_[i].prob = bi_prob[i];
    lm.bigrams_[i].backoff = bi_bo[i];
    lm.bigrams_[i + 1].trigram_begin = lm.bigrams_[i].trigram_begin + r.Varint();
  }
  if (!r.ok() || lm.bigrams_[bigrams].trigram_begin != trigrams) return Status::Error("garble model: bad trigram counts");
  lm.trigrams_.resize(trigrams);
  if (!ReadSuccessors(
          r, bigrams, [&](size_t g) { return lm.bigrams_[g].trigram_begin; }, vocab,
          [&](uint32_t k, uint16_t id) { lm.trigrams_[k].word = id; }))
    return Status::Error("garble model: bad trigrams");
  const uint8_t* tri_prob = r.Take(trigrams);
  if (!tri_prob) return Status::Error("garble model: truncated trigrams");
  for (uint32_t i = 0; i < trigrams; ++i) lm.trigrams_[i].prob = tri_prob[i];
  if (r.pos() != size) return Status::Error("garble model: trailing bytes");
  size_t slots = 1;
  while (slots < 2 * size_t(vocab)) slots <<= 1;
  lm.slots_.assign(slots, Slot{});
  for (uint32_t id = 0; id < vocab; ++id) {
    const uint64_t hash = WordHash(lm.words_[id]);
    const uint32_t check = uint32_t(hash >> 32);
    size_t at = hash & (slots - 1);
    for (; lm.slots_[at].id != kNone; at = (at + 1) & (slots - 1)) {
      // Words are told apart by hash alone: a word whose check matches an
      // earlier one on its probe path would be found as that word.
      if (lm.slots_[at].check == check)
        return Status::Error("garble model: words \"" + std::string(lm.words_[size_t(lm.slots_[at].id)]) +
                             "\" and \"" + std::string(lm.words_[id]) + "\" share a hash");
    }
    lm.slots_[at] = {check, int32_t(id)};
  }
  lm.sentence_start_ = lm.Find("<s>");
  lm.sentence_end_ = lm.Find("</s>");
  return lm;
}

const LanguageModel& LanguageModel::Embedded() {
  // A model that fails to parse is a build error caught by the tests; the
  // detector then runs on structural evidence alone rather than crash.
  static const LanguageModel model = [] {
    Result<LanguageModel> parsed = Parse(kEmbeddedModel, kEmbeddedModelSize);
    return parsed.ok() ? std::move(parsed.value()) : LanguageModel();
  }();
  return model;
}

const uint8_t* LanguageModel::EmbeddedData() { return kEmbeddedModel; }
uint32_t LanguageModel::EmbeddedSize() { return kEmbeddedModelSize; }

int32_t LanguageModel::FindHash(uint64_t hash) const {
  if (slots_.empty()) return kNone;
  const size_t mask = slots_.size() - 1;
  const uint32_t check = uint32_t(hash >> 32);
  for (size_t at = hash & mask;; at = (at + 1) & mask) {
    const Slot slot = slots_[at];
    if (slot.id == kNone || slot.check == check) return slot.id;
  }
}

int64_t LanguageModel::FindBigram(int32_t w1, int32_t w2) const {
  if (w1 < 0 || w2 < 0) return -1;
  return FindSuccessor(bi_word_.data(), unigrams_[size_t(w1)].bigram_begin, unigrams_[size_t(w1) + 1].bigram_begin,
                       uint16_t(w2), [](uint16_t id) { return id; });
}

int64_t LanguageModel::FindTrigram(int64_t bigram, int32_t w3) const {
  if (bigram < 0 || w3 < 0) return -1;
  return FindSuccessor(trigrams_.data(), bigrams_[size_t(bigram)].trigram_begin,
                       bigrams_[size_t(bigram) + 1].trigram_begin, uint16_t(w3),
                       [](const Trigram& t) { return t.word; });
}

float LanguageModel::UnigramLogProb(int32_t w) const { return w < 0 ? -7.0f : unigrams_[size_t(w)].prob; }

float LanguageModel::LogProb(int32_t w1, int32_t w2, int32_t w3, bool* seen_bigram) const {
  int64_t bigram = kUnknownBigram;
  bool seen = false;
  const float lp = LogProbNext(w1, w2, w3, &seen, &bigram);
  if (seen_bigram) *seen_bigram = seen;
  return lp;
}

float LanguageModel::LogProbNext(int32_t w1, int32_t w2, int32_t w3, bool* seen_bigram, int64_t* bigram) const {
  const int64_t b12 = *bigram == kUnknownBigram ? FindBigram(w1, w2) : *bigram;
  const int64_t b23 = FindBigram(w2, w3);
  *bigram = b23;
  *seen_bigram = b23 >= 0;  // pruning may have kept the trigram and not this bigram
  if (w3 < 0) return UnigramLogProb(w3);
  if (b12 >= 0) {
    const int64_t t = FindTrigram(b12, w3);
    if (t >= 0) return format::DequantiseLogProb(trigrams_[size_t(t)].prob);
  }
  const float trigram_backoff = b12 >= 0 ? format::DequantiseBackoff(bigrams_[size_t(b12)].backoff) : 0.0f;
  if (b23 >= 0) return trigram_backoff + format::DequantiseLogProb(bigrams_[size_t(b23)].prob);
  const float bigram_backoff = w2 >= 0 ? unigrams_[size_t(w2)].backoff : 0.0f;
  return trigram_backoff + bigram_backoff + unigrams_[size_t(w3)].prob;
}

}  // namespace copydesk::garble
