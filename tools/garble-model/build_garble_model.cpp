// Builds the garbled-sentence detector's model file from two Debian resources:
//
//   * pocketsphinx-en-us's trigram LM (en-us.lm.bin, CMU Sphinx "Trie Language
//     Model" binary: KenLM-style bit-packed trie, 16-bit quantised log-probs in
//     logmath base 1.0001), pruned to the most frequent words and the n-grams
//     that carry the most information, re-quantised to 8 bits;
//   * WordNet 3.0 (wordnet-base: index.{noun,verb,adj,adv} and *.exc), from
//     which every vocabulary word gets part-of-speech flags (verb forms with
//     their inflection, noun number, adjective, adverb).
//
// Output: the model file (format in shared/detectors/garble/model_format.h) and
// a C++ source that embeds it as a byte array, so native and WebAssembly builds
// carry the same bytes. Everything is deterministic: sorted containers only.
//
// usage: build_garble_model LM_BIN WORDNET_DIR OUT_MODEL OUT_CPP
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "../../shared/detectors/garble/model_format.h"

namespace {

namespace LexFlag = copydesk::garble::format::LexFlag;
namespace fmt = copydesk::garble::format;

// Pruning budget (see docs/garble.md for the size/quality trade-off).
constexpr size_t kMaxVocab = 40000;
constexpr size_t kMaxBigrams = 380000;
constexpr size_t kMaxTrigrams = 160000;

// logmath base 1.0001 -> log10.
constexpr double kLogmathToLog10 = 4.342727686266e-05;  // ln(1.0001) / ln(10)

struct Reader {
  std::vector<uint8_t> data;
  size_t pos = 0;
  bool ok = true;
  template <typename T>
  T Read() {
    T v{};
    if (pos + sizeof(T) > data.size()) {
      ok = false;
      return v;
    }
    std::memcpy(&v, data.data() + pos, sizeof(T));
    pos += sizeof(T);
    return v;
  }
};

uint8_t RequiredBits(uint32_t max_value) {
  if (!max_value) return 0;
  uint8_t res = 1;
  while (max_value >>= 1) res++;
  return res;
}

uint32_t ReadBits(const uint8_t* base, uint64_t bit_offset, uint32_t mask) {
  uint32_t v;
  std::memcpy(&v, base + (bit_offset >> 3), sizeof(v));
  return (v >> (bit_offset & 7)) & mask;
}

struct SphinxLm {
  std::vector<std::string> words;
  std::vector<float> uni_prob, uni_bo;  // log10
  std::vector<uint32_t> uni_next;       // counts[0] + 1
  // Bigrams (middle level) and trigrams (longest level), decoded.
  std::vector<uint32_t> bi_word, bi_next;
  std::vector<float> bi_prob, bi_bo;
  std::vector<uint32_t> tri_word;
  std::vector<float> tri_prob;
};

bool LoadSphinxLm(const std::string& path, SphinxLm& lm, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path;
    return false;
  }
  Reader r;
  r.data.assign(std::istreambuf_iterator<char>(in), {});
  const std::string header = "Trie Language Model";
  if (r.data.size() < header.size() || std::memcmp(r.data.data(), header.data(), header.size()) != 0) {
    error = path + " is not a Sphinx trie LM";
    return false;
  }
  r.pos = header.size();
  const uint8_t order = r.Read<uint8_t>();
  if (order != 3) {
    error = "expected a trigram LM";
    return false;
  }
  uint32_t counts[3];
  for (auto& c : counts) c = r.Read<uint32_t>();
  // Quantiser: a dummy int, then bins: (order-2) x {prob[65536], bo[65536]}, longest prob[65536].
  r.Read<int32_t>();
  std::vector<float> mid_prob_bins(65536), mid_bo_bins(65536), long_prob_bins(65536);
  for (auto& f : mid_prob_bins) f = r.Read<float>();
  for (auto& f : mid_bo_bins) f = r.Read<float>();
  for (auto& f : long_prob_bins) f = r.Read<float>();
  const uint32_t n1 = counts[0];
  lm.uni_prob.resize(n1 + 1);
  lm.uni_bo.resize(n1 + 1);
  lm.uni_next.resize(n1 + 1);
  for (uint32_t i = 0; i <= n1; ++i) {
    lm.uni_prob[i] = static_cast<float>(r.Read<float>() * kLogmathToLog10);
    lm.uni_bo[i] = static_cast<float>(r.Read<float>() * kLogmathToLog10);
    lm.uni_next[i] = r.Read<uint32_t>();
  }
  // ngram memory: middle (bigrams) then longest (trigrams).
  const uint8_t word_bits = RequiredBits(n1);
  const uint8_t next_bits = RequiredBits(counts[2]);
  const uint32_t mid_total = word_bits + 32 + next_bits;
  const uint32_t long_total = word_bits + 16;
  const size_t mid_size = ((1 + size_t(counts[1])) * mid_total + 7) / 8 + 8;
  const size_t long_size = ((1 + size_t(counts[2])) * long_total + 7) / 8 + 8;
  if (r.pos + mid_size + long_size > r.data.size()) {
    error = "truncated LM";
    return false;
  }
  const uint8_t* mid = r.data.data() + r.pos;
  const uint8_t* lng = mid + mid_size;
  r.pos += mid_size + long_size;
  const uint32_t word_mask = (1u << word_bits) - 1, next_mask = (1u << next_bits) - 1;
  lm.bi_word.resize(counts[1]);
  lm.bi_prob.resize(counts[1]);
  lm.bi_bo.resize(counts[1]);
  lm.bi_next.resize(counts[1] + 1);
  for (uint32_t i = 0; i <= counts[1]; ++i) {
    const uint64_t at = uint64_t(i) * mid_total;
    lm.bi_next[i] = ReadBits(mid, at + word_bits + 32, next_mask);
    if (i == counts[1]) break;
    lm.bi_word[i] = ReadBits(mid, at, word_mask);
    lm.bi_bo[i] = static_cast<float>(mid_bo_bins[ReadBits(mid, at + word_bits, 0xffff)] * kLogmathToLog10);
    lm.bi_prob[i] = static_cast<float>(mid_prob_bins[ReadBits(mid, at + word_bits + 16, 0xffff)] * kLogmathToLog10);
  }
  lm.tri_word.resize(counts[2]);
  lm.tri_prob.resize(counts[2]);
  for (uint32_t i = 0; i < counts[2]; ++i) {
    const uint64_t at = uint64_t(i) * long_total;
    lm.tri_word[i] = ReadBits(lng, at, word_mask);
    lm.tri_prob[i] = static_cast<float>(long_prob_bins[ReadBits(lng, at + word_bits, 0xffff)] * kLogmathToLog10);
  }
  const int32_t str_bytes = r.Read<int32_t>();
  if (!r.ok || str_bytes < 0 || r.pos + size_t(str_bytes) > r.data.size()) {
    error = "truncated word strings";
    return false;
  }
  const char* s = reinterpret_cast<const char*>(r.data.data() + r.pos);
  for (int32_t at = 0; at < str_bytes && lm.words.size() < n1;) {
    lm.words.emplace_back(s + at);
    at += int32_t(lm.words.back().size()) + 1;
  }
  if (lm.words.size() != n1) {
    error = "word string count mismatch";
    return false;
  }
  return true;
}

// --- WordNet lexicon -------------------------------------------------------

struct WordNet {
  std::map<std::string, uint32_t> verb_tagged, noun_tagged, adj_tagged, adv_tagged;  // lemma -> tagsense_cnt+1
  std::map<std::string, std::vector<std::string>> verb_exc, noun_exc;                // form -> lemmas
};

bool LoadIndex(const std::string& path, std::map<std::string, uint32_t>& out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::istringstream ls(line);
    std::string lemma, pos;
    uint32_t synsets = 0, ptr_count = 0;
    ls >> lemma >> pos >> synsets >> ptr_count;
    for (uint32_t i = 0; i < ptr_count; ++i) {
      std::string p;
      ls >> p;
    }
    uint32_t sense_cnt = 0, tagsense_cnt = 0;
    ls >> sense_cnt >> tagsense_cnt;
    if (lemma.find('_') != std::string::npos) continue;  // multi-word entries
    out[lemma] = tagsense_cnt + 1;
  }
  return true;
}

bool LoadExceptions(const std::string& path, std::map<std::string, std::vector<std::string>>& out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string form, lemma;
    ls >> form;
    while (ls >> lemma) out[form].push_back(lemma);
  }
  return true;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular inflections of a verb lemma, over-generated on purpose (doubling and
// not): only forms that exist in the LM vocabulary survive.
void VerbForms(const std::string& v, std::vector<std::string>& third, std::vector<std::string>& past,
               std::vector<std::string>& ing) {
  const size_t n = v.size();
  const char last = v[n - 1];
  const auto ends = [&](const char* suf) {
    const size_t k = std::strlen(suf);
    return n >= k && v.compare(n - k, k, suf) == 0;
  };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || ends("o")) third.push_back(v + "es");
  if (n > 1 && last == 'y' && !IsVowel(v[n - 2])) {
    third.push_back(v.substr(0, n - 1) + "ies");
    past.push_back(v.substr(0, n - 1) + "ied");
  }
  third.push_back(v + "s");
  if (last == 'e') {
    past.push_back(v + "d");
    if (n > 2 && v[n - 2] != 'e') ing.push_back(v.substr(0, n - 1) + "ing");
    ing.push_back(v + "ing");
  } else {
    past.push_back(v + "ed");
    ing.push_back(v + "ing");
    if (n > 2 && !IsVowel(last) && IsVowel(v[n - 2]) && !IsVowel(v[n - 3]) && last != 'w' && last != 'x' &&
        last != 'y') {
      past.push_back(v + last + "ed");
      ing.push_back(v + last + "ing");
    }
  }
}

std::map<std::string, uint8_t> BuildLexicon(const WordNet& wn) {
  std::map<std::string, uint8_t> flags;
  std::vector<std::string> verb_lemmas;
  for (const auto& [lemma, tagged] : wn.verb_tagged) {
    verb_lemmas.push_back(lemma);
    // British spelling of -ize verbs ("organise"), which WordNet lists only as -ize.
    if (lemma.size() > 4 && lemma.compare(lemma.size() - 3, 3, "ize") == 0)
      verb_lemmas.push_back(lemma.substr(0, lemma.size() - 3) + "ise");
  }
  for (const std::string& lemma : verb_lemmas) {
    flags[lemma] |= LexFlag::kVerb | LexFlag::kVerbFinite;
    std::vector<std::string> third, past, ing;
    VerbForms(lemma, third, past, ing);
    for (const auto& f : third) flags[f] |= LexFlag::kVerb | LexFlag::kVerbFinite;
    for (const auto& f : past) flags[f] |= LexFlag::kVerb | LexFlag::kVerbFinite | LexFlag::kVerbPastOrParticiple;
    for (const auto& f : ing) flags[f] |= LexFlag::kVerb;
  }
  for (const auto& exc : wn.verb_exc) {
    // Not a structured binding: clang 14 (the fuzz build's compiler, which also
    // builds this tool there) cannot capture one in a lambda.
    const std::string& form = exc.first;
    // Irregular forms: "took" can be finite, "taken" cannot.
    const auto ends = [&](const char* suffix) {
      const size_t k = std::strlen(suffix);
      return form.size() > k && form.compare(form.size() - k, k, suffix) == 0;
    };
    const bool participle_only = ends("en") || ends("wn") || form == "gone" || form == "done";
    flags[form] |= LexFlag::kVerb | LexFlag::kVerbPastOrParticiple | (participle_only ? 0 : LexFlag::kVerbFinite);
  }
  for (const auto& [lemma, tagged] : wn.noun_tagged) {
    flags[lemma] |= LexFlag::kNoun;
    std::vector<std::string> third, past, ing;
    VerbForms(lemma, third, past, ing);  // plural = same rules as 3rd person
    for (const auto& f : third) {
      flags[f] |= LexFlag::kNoun;
      // Plural only when the form is not a noun lemma itself ("means", "news").
      if (!wn.noun_tagged.count(f)) flags[f] |= LexFlag::kPluralNoun;
    }
  }
  for (const auto& [form, lemmas] : wn.noun_exc) {
    flags[form] |= LexFlag::kNoun;
    if (!wn.noun_tagged.count(form)) flags[form] |= LexFlag::kPluralNoun;
  }
  for (const auto& [lemma, tagged] : wn.adj_tagged) flags[lemma] |= LexFlag::kAdjective;
  for (const auto& [lemma, tagged] : wn.adv_tagged) flags[lemma] |= LexFlag::kAdverb;
  // Mostly-verb lemmas: WordNet's tagged-sense counts (SemCor frequency) say the
  // verb reading dominates ("say", "go"), which makes a verb-start a fragment cue.
  for (const auto& [lemma, vt] : wn.verb_tagged) {
    const auto nt = wn.noun_tagged.find(lemma);
    const auto at = wn.adj_tagged.find(lemma);
    const uint32_t other = (nt == wn.noun_tagged.end() ? 0 : nt->second) + (at == wn.adj_tagged.end() ? 0 : at->second);
    if (vt > 2 * other) flags[lemma] |= LexFlag::kMostlyVerb;
  }
  return flags;
}

// --- compact model ---------------------------------------------------------

uint8_t QuantLogProb(float log10p) { return fmt::QuantiseLogProb(log10p); }
uint8_t QuantBackoff(float log10bo) { return fmt::QuantiseBackoff(log10bo); }

void PutVarint(std::vector<uint8_t>& out, uint32_t v) {
  while (v >= 0x80) {
    out.push_back(uint8_t(v) | 0x80);
    v >>= 7;
  }
  out.push_back(uint8_t(v));
}
void PutU32(std::vector<uint8_t>& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(uint8_t(v >> (8 * i)));
}

bool IsPlainWord(const std::string& w) {
  if (w.empty() || w.size() > 40) return false;
  for (unsigned char c : w)
    if (!((c >= 'a' && c <= 'z') || c == '\'' || c == '-' || c == '.' || c == '<' || c == '>' || c == '/')) return false;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: build_garble_model LM_BIN WORDNET_DIR OUT_MODEL OUT_CPP\n";
    return 2;
  }
  SphinxLm lm;
  std::string error;
  if (!LoadSphinxLm(argv[1], lm, error)) {
    std::cerr << "build_garble_model: " << error << "\n";
    return 1;
  }
  const std::string wn_dir = argv[2];
  WordNet wn;
  if (!LoadIndex(wn_dir + "/index.verb", wn.verb_tagged) || !LoadIndex(wn_dir + "/index.noun", wn.noun_tagged) ||
      !LoadIndex(wn_dir + "/index.adj", wn.adj_tagged) || !LoadIndex(wn_dir + "/index.adv", wn.adv_tagged) ||
      !LoadExceptions(wn_dir + "/verb.exc", wn.verb_exc) || !LoadExceptions(wn_dir + "/noun.exc", wn.noun_exc)) {
    std::cerr << "build_garble_model: cannot read WordNet from " << wn_dir << "\n";
    return 1;
  }
  const std::map<std::string, uint8_t> lexicon = BuildLexicon(wn);

  const uint32_t n1 = uint32_t(lm.words.size());
  // 1. Vocabulary: the most probable plain words (ties by spelling), <s> and </s>.
  std::vector<uint32_t> order(n1);
  for (uint32_t i = 0; i < n1; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (lm.uni_prob[a] != lm.uni_prob[b]) return lm.uni_prob[a] > lm.uni_prob[b];
    return lm.words[a] < lm.words[b];
  });
  std::set<std::string> kept_words;
  for (uint32_t i : order) {
    const std::string& w = lm.words[i];
    if (w == "<s>" || w == "</s>" || (IsPlainWord(w) && kept_words.size() < kMaxVocab)) kept_words.insert(w);
  }
  std::map<std::string, uint32_t> new_id;  // sorted spelling -> id
  for (const auto& w : kept_words) new_id.emplace(w, uint32_t(new_id.size()));
  std::vector<int32_t> old_to_new(n1, -1);
  for (uint32_t i = 0; i < n1; ++i) {
    const auto it = new_id.find(lm.words[i]);
    if (it != new_id.end()) old_to_new[i] = int32_t(it->second);
  }
  const uint32_t vocab = uint32_t(new_id.size());

  // 2. Bigrams: keep those the backoff estimate gets most wrong, weighted by how
  //    often the history occurs (relative-entropy pruning, Stolcke 1998, simplified).
  struct Gram {
    uint32_t a, b, c;  // new ids (c unused for bigrams)
    float prob, bo;
    double weight;
    uint32_t old_index;
  };
  // The Sphinx trie is keyed backwards (as KenLM's): a unigram's children are
  // the words before it, and their children the words before those. So under
  // unigram x, middle entry k is the bigram (bi_word[k], x) and longest entry t
  // the trigram (tri_word[t], bi_word[k], x).
  std::vector<Gram> bigrams;
  for (uint32_t x = 0; x < n1; ++x) {
    if (old_to_new[x] < 0) continue;
    for (uint32_t k = lm.uni_next[x]; k < lm.uni_next[x + 1]; ++k) {
      const uint32_t w1 = lm.bi_word[k];
      if (w1 >= n1 || old_to_new[w1] < 0) continue;
      const double backoff_estimate = lm.uni_bo[w1] + lm.uni_prob[x];
      const double gain = std::fabs(lm.bi_prob[k] - backoff_estimate);
      const double weight = std::pow(10.0, lm.uni_prob[w1] + lm.bi_prob[k]) * gain;
      bigrams.push_back({uint32_t(old_to_new[w1]), uint32_t(old_to_new[x]), 0, lm.bi_prob[k], lm.bi_bo[k], weight, k});
    }
  }
  const auto by_weight = [](const Gram& x, const Gram& y) {
    if (x.weight != y.weight) return x.weight > y.weight;
    if (x.a != y.a) return x.a < y.a;
    if (x.b != y.b) return x.b < y.b;
    return x.c < y.c;
  };
  std::sort(bigrams.begin(), bigrams.end(), by_weight);
  if (bigrams.size() > kMaxBigrams) bigrams.resize(kMaxBigrams);
  std::map<std::pair<uint32_t, uint32_t>, const Gram*> kept_bigram;
  for (const Gram& g : bigrams) kept_bigram.emplace(std::make_pair(g.a, g.b), &g);

  // 3. Trigrams whose history bigram was kept, same criterion; the backoff
  //    estimate is bo(w1 w2) + P(w3 | w2), the full model's bigram.
  std::vector<Gram> trigrams;
  for (uint32_t x = 0; x < n1; ++x) {
    if (old_to_new[x] < 0) continue;
    for (uint32_t k = lm.uni_next[x]; k < lm.uni_next[x + 1]; ++k) {
      const uint32_t w2 = lm.bi_word[k];
      if (w2 >= n1 || old_to_new[w2] < 0) continue;
      for (uint32_t t = lm.bi_next[k]; t < lm.bi_next[k + 1]; ++t) {
        const uint32_t w1 = lm.tri_word[t];
        if (w1 >= n1 || old_to_new[w1] < 0) continue;
        const auto history = kept_bigram.find({uint32_t(old_to_new[w1]), uint32_t(old_to_new[w2])});
        if (history == kept_bigram.end()) continue;
        const double estimate = history->second->bo + lm.bi_prob[k];
        const double gain = std::fabs(lm.tri_prob[t] - estimate);
        const double weight = std::pow(10.0, history->second->prob + lm.uni_prob[w1] + lm.tri_prob[t]) * gain;
        trigrams.push_back({uint32_t(old_to_new[w1]), uint32_t(old_to_new[w2]), uint32_t(old_to_new[x]),
                            lm.tri_prob[t], 0, weight, t});
      }
    }
  }
  std::sort(trigrams.begin(), trigrams.end(), by_weight);
  if (trigrams.size() > kMaxTrigrams) trigrams.resize(kMaxTrigrams);
  const auto by_key = [](const Gram& x, const Gram& y) {
    if (x.a != y.a) return x.a < y.a;
    if (x.b != y.b) return x.b < y.b;
    return x.c < y.c;
  };
  std::sort(bigrams.begin(), bigrams.end(), by_key);
  std::sort(trigrams.begin(), trigrams.end(), by_key);

  // 4. Serialise (format: model_format.h).
  std::vector<uint8_t> out;
  PutU32(out, fmt::kMagic);
  PutU32(out, fmt::kVersion);
  PutU32(out, vocab);
  PutU32(out, uint32_t(bigrams.size()));
  PutU32(out, uint32_t(trigrams.size()));
  std::vector<uint8_t> strings;
  for (const auto& [w, id] : new_id) {
    strings.insert(strings.end(), w.begin(), w.end());
    strings.push_back(0);
  }
  PutU32(out, uint32_t(strings.size()));
  out.insert(out.end(), strings.begin(), strings.end());
  std::vector<uint32_t> new_to_old(vocab);
  for (uint32_t i = 0; i < n1; ++i)
    if (old_to_new[i] >= 0) new_to_old[uint32_t(old_to_new[i])] = i;
  for (uint32_t id = 0; id < vocab; ++id) out.push_back(QuantLogProb(lm.uni_prob[new_to_old[id]]));
  for (uint32_t id = 0; id < vocab; ++id) out.push_back(QuantBackoff(lm.uni_bo[new_to_old[id]]));
  for (const auto& [w, id] : new_id) {
    const auto it = lexicon.find(w);
    out.push_back(it == lexicon.end() ? 0 : it->second);
  }
  // Bigram counts per history word, then successors as deltas.
  {
    std::vector<uint32_t> count(vocab, 0);
    for (const Gram& g : bigrams) count[g.a]++;
    for (uint32_t c : count) PutVarint(out, c);
    uint32_t prev_a = UINT32_MAX, prev_b = 0;
    for (const Gram& g : bigrams) {
      if (g.a != prev_a) prev_b = 0;
      PutVarint(out, g.b - prev_b);
      prev_a = g.a;
      prev_b = g.b;
    }
    for (const Gram& g : bigrams) out.push_back(QuantLogProb(g.prob));
    for (const Gram& g : bigrams) out.push_back(QuantBackoff(g.bo));
  }
  // Trigram counts per kept bigram (in bigram order), then successors as deltas.
  {
    std::vector<uint32_t> count(bigrams.size(), 0);
    size_t bi = 0;
    for (const Gram& g : trigrams) {
      while (bi < bigrams.size() && (bigrams[bi].a < g.a || (bigrams[bi].a == g.a && bigrams[bi].b < g.b))) ++bi;
      count[bi]++;
    }
    for (uint32_t c : count) PutVarint(out, c);
    uint32_t prev_a = UINT32_MAX, prev_b = UINT32_MAX, prev_c = 0;
    for (const Gram& g : trigrams) {
      if (g.a != prev_a || g.b != prev_b) prev_c = 0;
      PutVarint(out, g.c - prev_c);
      prev_a = g.a;
      prev_b = g.b;
      prev_c = g.c;
    }
    for (const Gram& g : trigrams) out.push_back(QuantLogProb(g.prob));
  }

  std::ofstream model(argv[3], std::ios::binary);
  model.write(reinterpret_cast<const char*>(out.data()), std::streamsize(out.size()));
  if (!model) {
    std::cerr << "build_garble_model: cannot write " << argv[3] << "\n";
    return 1;
  }
  std::ofstream cpp(argv[4]);
  cpp << "// Generated by tools/garble-model/build_garble_model.cpp; do not edit.\n"
         "#include <cstdint>\n#include <cstddef>\n"
         "namespace copydesk::garble {\n"
         "extern const uint8_t kEmbeddedModel[];\nextern const uint32_t kEmbeddedModelSize;\n"
         "alignas(8) const uint8_t kEmbeddedModel[] = {\n";
  for (size_t i = 0; i < out.size(); ++i) {
    cpp << unsigned(out[i]) << ',';
    if (i % 40 == 39) cpp << '\n';
  }
  cpp << "};\nconst uint32_t kEmbeddedModelSize = " << out.size() << "u;\n}  // namespace copydesk::garble\n";
  if (!cpp) {
    std::cerr << "build_garble_model: cannot write " << argv[4] << "\n";
    return 1;
  }
  std::cout << "garble model: vocab " << vocab << " (of " << n1 << "), bigrams " << bigrams.size() << " (of "
            << lm.bi_word.size() << "), trigrams " << trigrams.size() << " (of " << lm.tri_word.size() << "), "
            << out.size() << " bytes\n";
  return 0;
}
