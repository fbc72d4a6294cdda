// The development set (scripts/reuse_devset.py → tests/data/reuse_devset.jsonl):
// fixture passages cut, reordered, synonym-replaced and round-tripped through
// apertium, against same-story windows that do not derive from each other.
// Prints the ROC AUC and the rank correlation with the derivation grade of
// the aligner's similarity and of a plain word-overlap baseline, and holds
// the aligner to the baseline and to the aims.
#include <catch2/catch.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "base/unicode.h"
#include "reuse/align.h"
#include "reuse/quotes.h"
#include "segments/icu_setup.h"
#include "support/fixtures.h"

using namespace copydesk;
using namespace copydesk::reuse;

namespace {

struct Scored {
  int grade = 0;
  std::string kind;
  double ours = 0, baseline = 0;
};

Document Doc(const std::string& id, const std::string& utf8) { return testing::SegmentText(utf8, id); }

// Share of the suspicious text's distinct words found in the source.
double WordOverlap(const Document& sus, const Document& src) {
  std::set<std::string> a, b;
  for (const Token& t : sus.tokens) a.insert(t.norm);
  for (const Token& t : src.tokens) b.insert(t.norm);
  if (a.empty()) return 0;
  size_t shared = 0;
  for (const std::string& w : a) shared += b.count(w);
  return static_cast<double>(shared) / a.size();
}

// ROC AUC as the probability a positive outscores a negative (ties half).
double Auc(const std::vector<Scored>& s, double Scored::*score) {
  double wins = 0, pairs = 0;
  for (const Scored& p : s) {
    if (p.grade == 0) continue;
    for (const Scored& n : s) {
      if (n.grade != 0) continue;
      wins += p.*score > n.*score ? 1.0 : p.*score == n.*score ? 0.5 : 0.0;
      pairs += 1;
    }
  }
  return pairs > 0 ? wins / pairs : 0;
}

std::vector<double> Ranks(std::vector<double> v) {
  std::vector<size_t> idx(v.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return v[a] < v[b]; });
  std::vector<double> r(v.size());
  for (size_t i = 0; i < idx.size();) {
    size_t j = i;
    while (j + 1 < idx.size() && v[idx[j + 1]] == v[idx[i]]) ++j;
    for (size_t k = i; k <= j; ++k) r[idx[k]] = (i + j) / 2.0;
    i = j + 1;
  }
  return r;
}

// Spearman's rank correlation of a score with the derivation grade.
double Spearman(const std::vector<Scored>& s, double Scored::*score) {
  std::vector<double> g, x;
  for (const Scored& p : s) g.push_back(p.grade), x.push_back(p.*score);
  const std::vector<double> rg = Ranks(g), rx = Ranks(x);
  const double n = static_cast<double>(s.size());
  double mg = 0, mx = 0;
  for (size_t i = 0; i < s.size(); ++i) mg += rg[i] / n, mx += rx[i] / n;
  double cov = 0, vg = 0, vx = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    cov += (rg[i] - mg) * (rx[i] - mx);
    vg += (rg[i] - mg) * (rg[i] - mg);
    vx += (rx[i] - mx) * (rx[i] - mx);
  }
  return cov / std::sqrt(vg * vx);
}

}  // namespace

TEST_CASE("the aligner separates derived from independent text better than word overlap") {
  REQUIRE(InitIcu().ok());
  std::ifstream in(testing::SourceDir() + "/tests/data/reuse_devset.jsonl");
  REQUIRE(in.good());
  std::vector<Scored> scored;
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json p = nlohmann::json::parse(line, nullptr, false);
    REQUIRE(p.is_object());
    const Document src = Doc("source", p["source"].get<std::string>());
    const Document sus = Doc("suspicious", p["suspicious"].get<std::string>());
    const AlignDoc a = PrepareAlignDoc(sus, FindQuoteSpans(sus));
    const AlignDoc b = PrepareAlignDoc(src, FindQuoteSpans(src));
    TermWeights w;
    w.AddDocument(a);
    w.AddDocument(b);
    Scored s;
    s.grade = p["grade"].get<int>();
    s.kind = p["kind"].get<std::string>();
    s.ours = Align(a, b, w).similarity;
    s.baseline = WordOverlap(sus, src);
    scored.push_back(s);
  }
  REQUIRE(scored.size() >= 100);
  const double auc = Auc(scored, &Scored::ours), auc_base = Auc(scored, &Scored::baseline);
  const double rho = Spearman(scored, &Scored::ours), rho_base = Spearman(scored, &Scored::baseline);
  std::printf("reuse dev set: %zu pairs\n", scored.size());
  std::printf("  ROC AUC      aligner %.4f   word overlap %.4f\n", auc, auc_base);
  std::printf("  Spearman rho aligner %.4f   word overlap %.4f\n", rho, rho_base);
  for (const char* kind : {"cut", "reorder", "synonym", "roundtrip", "heavy", "partial", "negative-same-article",
                           "negative-other-article", "negative-adjacent"}) {
    double sum = 0, base = 0;
    int n = 0;
    for (const Scored& s : scored) {
      if (s.kind == kind) sum += s.ours, base += s.baseline, ++n;
    }
    if (n > 0) std::printf("  %-24s n=%3d  mean aligner %.3f  mean overlap %.3f\n", kind, n, sum / n, base / n);
  }
  CHECK(auc >= auc_base);
  CHECK(auc >= 0.99);
  CHECK(rho >= 0.88);  // the aim on the held-out plagiarism corpus
}
