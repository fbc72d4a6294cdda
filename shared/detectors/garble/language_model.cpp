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

// Reads `count` varint deltas grouped by `group_sizes` (reset to 0 per group).
bool ReadSuccessors(ByteReader& r, const std::vector<uint32_t>& begin, uint32_t vocab, std::vector<uint16_t>& out) {
  for (size_t g = 0; g + 1 < begin.size(); ++g) {
    uint32_t prev = 0;
    for (uint32_t k = begin[g]; k < begin[g + 1]; ++k) {
      prev += r.Varint();
      if (prev >= vocab) return false;
      out[k] = uint16_t(prev);
    }
  }
  return r.ok();
}

// Index of `word` among the sorted successors ids[begin, end), or -1. A
// branch-free binary search: the comparisons' outcomes are unpredictable, so
// conditional moves beat branches.
int64_t FindSuccessor(const uint16_t* ids, uint32_t begin, uint32_t end, uint16_t word) {
  const uint16_t* base = ids + begin;
  uint32_t n = end - begin;
  if (n == 0) return -1;
  while (n > 1) {
    const uint32_t half = n / 2;
    base = base[half] <= word ? base + half : base;
    n -= half;
  }
  return *base == word ? int64_t(base - ids) : -1;
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
  lm.uni_prob_.resize(vocab);
  lm.uni_bo_.resize(vocab);
  lm.flags_.assign(flags, flags + vocab);
  for (uint32_t i = 0; i < vocab; ++i) {
    lm.uni_prob_[i] = fmt::DequantiseLogProb(uni_prob[i]);
    lm.uni_bo_[i] = fmt::DequantiseBackoff(uni_bo[i]);
  }
  lm.uni_bigram_begin_.assign(vocab + 1, 0);
  for (uint32_t i = 0; i < vocab; ++i) lm.uni_bigram_begin_[i + 1] = lm.uni_bigram_begin_[i] + r.Varint();
  if (!r.ok() || lm.uni_bigram_begin_[vocab] != bigrams) return Status::Error("garble model: bad bigram counts");
  lm.bi_word_.resize(bigrams);
  if (!ReadSuccessors(r, lm.uni_bigram_begin_, vocab, lm.bi_word_)) return Status::Error("garble model: bad bigrams");
  const uint8_t* bi_prob = r.Take(bigrams);
  const uint8_t* bi_bo = r.Take(bigrams);
  if (!bi_bo) return Status::Error("garble model: truncated bigrams");
  lm.bi_prob_ = bi_prob;
  lm.bi_bo_ = bi_bo;
  lm.bi_trigram_begin_.assign(size_t(bigrams) + 1, 0);
  for (uint32_t i = 0; i < bigrams; ++i) lm.bi_trigram_begin_[i + 1] = lm.bi_trigram_begin_[i] + r.Varint();
  if (!r.ok() || lm.bi_trigram_begin_[bigrams] != trigrams) return Status::Error("garble model: bad trigram counts");
  lm.tri_word_.resize(trigrams);
  if (!ReadSuccessors(r, lm.bi_trigram_begin_, vocab, lm.tri_word_)) return Status::Error("garble model: bad trigrams");
  const uint8_t* tri_prob = r.Take(trigrams);
  if (!tri_prob) return Status::Error("garble model: truncated trigrams");
  lm.tri_prob_ = tri_prob;
  if (r.pos() != size) return Status::Error("garble model: trailing bytes");
  size_t slots = 1;
  while (slots < 2 * size_t(vocab)) slots <<= 1;
  lm.slots_.assign(slots, kNone);
  for (uint32_t id = 0; id < vocab; ++id) {
    size_t at = Fnv1a(lm.words_[id]) & (slots - 1);
    while (lm.slots_[at] != kNone) at = (at + 1) & (slots - 1);
    lm.slots_[at] = int32_t(id);
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

int32_t LanguageModel::Find(std::string_view word, uint32_t hash) const {
  if (slots_.empty()) return kNone;
  const size_t mask = slots_.size() - 1;
  for (size_t at = hash & mask;; at = (at + 1) & mask) {
    const int32_t id = slots_[at];
    if (id == kNone) return kNone;
    if (words_[size_t(id)] == word) return id;
  }
}

int64_t LanguageModel::FindBigram(int32_t w1, int32_t w2) const {
  if (w1 < 0 || w2 < 0) return -1;
  return FindSuccessor(bi_word_.data(), uni_bigram_begin_[size_t(w1)], uni_bigram_begin_[size_t(w1) + 1], uint16_t(w2));
}

int64_t LanguageModel::FindTrigram(int64_t bigram, int32_t w3) const {
  if (bigram < 0 || w3 < 0) return -1;
  return FindSuccessor(tri_word_.data(), bi_trigram_begin_[size_t(bigram)], bi_trigram_begin_[size_t(bigram) + 1],
                       uint16_t(w3));
}

float LanguageModel::UnigramLogProb(int32_t w) const { return w < 0 ? -7.0f : uni_prob_[size_t(w)]; }

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
    if (t >= 0) return format::DequantiseLogProb(tri_prob_[size_t(t)]);
  }
  const float trigram_backoff = b12 >= 0 ? format::DequantiseBackoff(bi_bo_[size_t(b12)]) : 0.0f;
  if (b23 >= 0) return trigram_backoff + format::DequantiseLogProb(bi_prob_[size_t(b23)]);
  const float bigram_backoff = w2 >= 0 ? uni_bo_[size_t(w2)] : 0.0f;
  return trigram_backoff + bigram_backoff + uni_prob_[size_t(w3)];
}

}  // namespace copydesk::garble
