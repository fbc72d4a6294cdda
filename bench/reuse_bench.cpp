// Fingerprint index benchmark: N synthetic articles (a Zipf-distributed
// vocabulary, news-length articles, some of which reuse passages of others).
// Prints fingerprint bytes per article, the index build rate, the file size,
// and the time to query one 1,500-word article against 1k, 10k, 100k
// articles (as many checkpoints as N reaches), median of repeated queries.
//
//   reuse_bench [--articles N] [--queries Q] [--seed S]
//
// N defaults to 100000; use --articles 10000 for a quick run.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "reuse/index.h"
#include "segments/document.h"
#include "segments/icu_setup.h"

using namespace copydesk;
using Clock = std::chrono::steady_clock;

namespace {

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

class Generator {
 public:
  explicit Generator(uint32_t seed) : rng_(seed) {
    // Pronounceable pseudo-words; the first ones are the frequent words.
    static const char* kSyl[] = {"ba", "ko", "ri", "tu", "me", "sa", "lo", "ni", "da", "fe", "gu", "pi",
                                 "ra", "ve", "zo", "chi", "mon", "tar", "lin", "gor"};
    for (int i = 0; i < 30000; ++i) {
      std::string w;
      int x = i + 7;
      do {
        w += kSyl[x % 20];
        x /= 20;
      } while (x > 0);
      vocab_.push_back(w);
    }
    for (const char* f : {"the", "of", "and", "to", "a", "in", "that", "said", "is", "for", "on", "with"}) {
      vocab_.insert(vocab_.begin(), f);
    }
    double total = 0;
    for (size_t i = 0; i < vocab_.size(); ++i) total += 1.0 / std::pow(i + 1.0, 1.05);
    double acc = 0;
    for (size_t i = 0; i < vocab_.size(); ++i) {
      acc += 1.0 / std::pow(i + 1.0, 1.05) / total;
      cdf_.push_back(acc);
    }
  }

  std::string Sentence() {
    const int n = 12 + static_cast<int>(rng_() % 14);
    std::string s;
    for (int k = 0; k < n; ++k) {
      const double u = std::uniform_real_distribution<double>(0, 1)(rng_);
      const size_t i = std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin();
      std::string w = vocab_[std::min(i, vocab_.size() - 1)];
      if (k == 0) w[0] = static_cast<char>(w[0] - 32);
      s += (k ? " " : "") + w;
    }
    return s + ".";
  }

  // An article of about `words` words; `borrow` (if any) is pasted in.
  std::string Article(int words, const std::string& borrow) {
    std::string text;
    int count = 0;
    bool pasted = borrow.empty();
    while (count < words) {
      std::string para;
      for (int s = 0; s < 3 && count < words; ++s) {
        const std::string sent = Sentence();
        count += static_cast<int>(std::count(sent.begin(), sent.end(), ' ')) + 1;
        para += (s ? " " : "") + sent;
      }
      text += para + "\n";
      if (!pasted && count > words / 2) {
        text += borrow + "\n";
        pasted = true;
      }
    }
    return text;
  }

  std::mt19937& rng() { return rng_; }

 private:
  std::mt19937 rng_;
  std::vector<std::string> vocab_;
  std::vector<double> cdf_;
};

Document MakeDoc(const std::string& id, const std::string& utf8) {
  Article a;
  a.id = id;
  a.text.assign(utf8.begin(), utf8.end());  // ASCII
  return Segment(std::move(a));
}

}  // namespace

int main(int argc, char** argv) {
  size_t articles = 100000, queries = 15;
  uint32_t seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--articles") articles = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--queries") queries = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--seed") seed = static_cast<uint32_t>(std::strtoul(argv[i + 1], nullptr, 10));
    else {
      std::fprintf(stderr, "usage: reuse_bench [--articles N] [--queries Q] [--seed S]\n");
      return 2;
    }
  }
  if (!InitIcu().ok()) return 1;
  Generator gen(seed);

  // The query: 1,500 words, reusing a passage (five sentences, ~90 words)
  // that 1 in 500 stored articles also carry.
  std::string shared_passage = gen.Sentence();
  for (int s = 0; s < 4; ++s) shared_passage += " " + gen.Sentence();
  const Document query = MakeDoc("query", gen.Article(1500, shared_passage));
  const std::vector<reuse::Gram> query_grams = reuse::AllGrams(query);
  std::printf("reuse bench: %zu synthetic articles (450-750 words), query %zu words, %zu grams\n", articles,
              query.tokens.size(), query_grams.size());

  reuse::Index index;
  size_t fp_bytes = 0, anchors = 0;
  double build_seconds = 0, fingerprint_seconds = 0;
  std::vector<size_t> checkpoints;
  for (size_t c : {size_t{1000}, size_t{10000}, size_t{100000}}) {
    if (c <= articles) checkpoints.push_back(c);
  }
  if (checkpoints.empty() || checkpoints.back() != articles) checkpoints.push_back(articles);
  std::vector<std::pair<size_t, double>> query_ms;
  size_t next = 0;
  for (size_t i = 0; i < articles; ++i) {
    const int words = 450 + static_cast<int>(gen.rng()() % 300);
    const std::string text = gen.Article(words, i % 500 == 0 ? shared_passage : std::string());
    const Document doc = MakeDoc("a" + std::to_string(i), text);
    const auto t0 = Clock::now();
    reuse::IndexEntry e = reuse::MakeIndexEntry(doc);
    const auto t1 = Clock::now();
    fp_bytes += reuse::Index::FingerprintBytes(e.fingerprint);
    anchors += e.fingerprint.anchors.size();
    index.Add(std::move(e));
    const auto t2 = Clock::now();
    fingerprint_seconds += Seconds(t0, t1);
    build_seconds += Seconds(t0, t2);
    if (next < checkpoints.size() && i + 1 == checkpoints[next]) {
      index.Query(query_grams);  // merges the postings once; not timed
      std::vector<double> times;
      size_t hits = 0;
      for (size_t q = 0; q < queries; ++q) {
        const auto a = Clock::now();
        hits = index.Query(reuse::AllGrams(query)).size();
        times.push_back(Seconds(a, Clock::now()) * 1000);
      }
      std::sort(times.begin(), times.end());
      query_ms.push_back({i + 1, times[times.size() / 2]});
      std::printf("  %7zu articles: query %.3f ms (median of %zu); found %zu of the %zu carrying the passage\n", i + 1,
                  times[times.size() / 2], queries, hits, i / 500 + 1);
      ++next;
    }
  }
  const auto s0 = Clock::now();
  const std::vector<uint8_t> bytes = index.ToBytes();
  const double save = Seconds(s0, Clock::now());
  const auto l0 = Clock::now();
  const bool reloaded = reuse::Index::FromBytes(bytes.data(), bytes.size()).ok();
  const double load = Seconds(l0, Clock::now());

  std::printf("fingerprint: %.1f bytes/article (%.1f anchors), aim <= 512; the 1,500-word query's: %zu bytes\n",
              double(fp_bytes) / articles, double(anchors) / articles,
              reuse::Index::FingerprintBytes(reuse::MakeFingerprint(query)));
  std::printf("index file: %.2f MB for %zu articles (%.1f bytes/article with metadata); serialise %.0f ms, parse %.0f ms%s\n",
              bytes.size() / 1e6, articles, double(bytes.size()) / articles, save * 1000, load * 1000,
              reloaded ? "" : " (PARSE FAILED)");
  std::printf("build: %.0f articles/s including fingerprinting (%.0f/s fingerprinting alone; ICU segmentation excluded)\n",
              articles / build_seconds, articles / fingerprint_seconds);
  if (query_ms.size() >= 2) {
    std::printf("query time ratio %zu / %zu articles: %.2fx (aim <= 2x)\n", query_ms.back().first, query_ms.front().first,
                query_ms.back().second / query_ms.front().second);
  }
  return reloaded ? 0 : 1;
}
