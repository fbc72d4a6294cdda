#include "reuse/families.h"

#include <algorithm>
#include <numeric>
#include <sstream>

#include "reuse/align.h"
#include "reuse/altered_quotes.h"
#include "reuse/outlets.h"
#include "reuse/quotes.h"
#include "report/report.h"

namespace copydesk::reuse {
namespace {

constexpr double kVerbatimCopyShare = 0.7;   // of aligned characters, for "copy"
constexpr double kParaphraseShare = 0.5;     // of aligned characters, for "paraphrase"
constexpr double kCloserRelative = 0.1;      // coverage margin to prefer a relative over the original

struct Pair {
  Alignment al;
  int32_t verbatim = 0, paraphrase = 0, total = 0;  // aligned characters by kind
};

size_t Find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

std::string Pct(double x) { return std::to_string(static_cast<int>(x * 100 + 0.5)) + "%"; }

// Quotes of `m` reworded where no other version has its words: the mark of a
// translation round trip (a human rewrite keeps quotes word for word).
struct QuoteSignal {
  size_t compared = 0, lonely = 0;
};

}  // namespace

FamilyResult FindFamilies(const std::vector<const Document*>& docs) {
  const size_t n = docs.size();
  std::vector<AlignDoc> prepared;
  prepared.reserve(n);
  TermWeights weights;
  for (const Document* d : docs) {
    prepared.push_back(PrepareAlignDoc(*d, FindQuoteSpans(*d)));
    weights.AddDocument(prepared.back());
  }
  // pair[a][b]: a aligned against b (a's coverage by b).
  std::vector<std::vector<Pair>> pair(n, std::vector<Pair>(n));
  std::vector<size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      if (a == b) continue;
      Pair& p = pair[a][b];
      p.al = Align(prepared[a], prepared[b], weights);
      for (const AlignedPassage& x : p.al.passages) {
        p.total += x.span.length();
        if (x.kind == "verbatim") p.verbatim += x.span.length();
        if (x.kind == "paraphrase") p.paraphrase += x.span.length();
      }
      if (p.al.verdict != "none") parent[Find(parent, a)] = Find(parent, b);
    }
  }
  // Quote signal per article, against all the others.
  std::vector<QuoteSignal> quotes(n);
  for (size_t m = 0; m < n; ++m) {
    std::vector<const AlignDoc*> others;
    for (size_t o = 0; o < n; ++o) {
      if (o != m) others.push_back(&prepared[o]);
    }
    for (const QuoteComparison& c : CompareQuotes(prepared[m], others)) {
      ++quotes[m].compared;
      size_t differ = 0, agree = 0;
      for (const QuoteVersion& v : c.versions) (v.identical ? agree : differ)++;
      if (differ >= 2 && agree == 0) ++quotes[m].lonely;
    }
  }

  std::vector<std::string> outlet(n);
  std::vector<std::vector<std::string>> named(n);
  for (size_t i = 0; i < n; ++i) {
    outlet[i] = ArticleOutlet(*docs[i]);
    for (const OutletMention& m : FindOutletMentions(*docs[i])) named[i].push_back(m.outlet);
  }

  FamilyResult result;
  std::vector<std::vector<size_t>> groups(n);
  for (size_t i = 0; i < n; ++i) groups[Find(parent, i)].push_back(i);
  for (const std::vector<size_t>& g : groups) {
    if (g.empty()) continue;
    if (g.size() == 1) {
      result.unrelated.push_back(g[0]);
      continue;
    }
    StoryFamily fam;
    fam.members = g;
    // 1. earliest published date (ISO 8601 strings compare in time order).
    std::vector<size_t> dated;
    for (size_t i : g) {
      if (docs[i]->article.published && !docs[i]->article.published->empty()) dated.push_back(i);
    }
    std::sort(dated.begin(), dated.end(), [&](size_t x, size_t y) { return *docs[x]->article.published < *docs[y]->article.published; });
    bool chosen = false;
    if (dated.size() >= 2 && *docs[dated[0]]->article.published < *docs[dated[1]]->article.published) {
      fam.original = dated[0];
      fam.original_reason = "published first (" + *docs[dated[0]]->article.published + ")";
      chosen = true;
    }
    // 2. the member whose outlet the others credit.
    if (!chosen) {
      size_t best = 0, best_count = 0;
      for (size_t i : g) {
        if (outlet[i].empty()) continue;
        size_t count = 0;
        for (size_t j : g) {
          if (j != i && std::find(named[j].begin(), named[j].end(), outlet[i]) != named[j].end()) ++count;
        }
        if (count > best_count) best = i, best_count = count;
      }
      if (best_count > 0) {
        fam.original = best;
        fam.original_reason = "its outlet (" + outlet[best] + ") is credited by " + std::to_string(best_count) + " of the " +
                              std::to_string(g.size() - 1) + " others";
        chosen = true;
      }
    }
    // 3. the most complete: the others' text is most covered by it.
    if (!chosen) {
      double best_score = -1;
      for (size_t i : g) {
        double s = 0;
        for (size_t j : g) {
          if (j != i) s += pair[j][i].al.coverage;
        }
        if (s > best_score + 1e-9) best_score = s, fam.original = i;
      }
      fam.original_reason = "the most complete: the others' text is most covered by it";
    }

    for (size_t m : g) {
      MemberDerivation d;
      d.article = m;
      const QuoteSignal& q = quotes[m];
      const bool translated = q.lonely >= 2 && 3 * q.lonely >= q.compared;
      const std::string quote_note = std::to_string(q.lonely) + " of its " + std::to_string(q.compared) +
                                     " shared quotes are worded as in no other version";
      if (m == fam.original) {
        d.derivation = translated ? "translated copy" : "original";
        d.evidence = fam.original_reason + (translated ? "; but " + quote_note +
                                                             ", as a translation round trip leaves them: a translated copy "
                                                             "of an original not in this folder"
                                                       : "");
        fam.derivations.push_back(std::move(d));
        continue;
      }
      // The source: the original unless a relative covers clearly more.
      size_t src = fam.original;
      for (size_t r : g) {
        if (r != m && pair[m][r].al.coverage > pair[m][src].al.coverage + kCloserRelative) src = r;
      }
      const Pair& p = pair[m][src];
      d.of = static_cast<int64_t>(src);
      d.coverage = p.al.coverage;
      d.verdict = p.al.verdict;
      const double verbatim = p.total > 0 ? static_cast<double>(p.verbatim) / p.total : 0;
      const double paraphrase = p.total > 0 ? static_cast<double>(p.paraphrase) / p.total : 0;
      if (p.al.verdict == "none") {
        d.derivation = "related";
      } else if (translated) {
        d.derivation = "translated copy";
      } else if (p.al.verdict == "wholly" && verbatim >= kVerbatimCopyShare) {
        d.derivation = "copy";
      } else if (p.al.verdict == "wholly") {
        d.derivation = paraphrase >= kParaphraseShare ? "paraphrase" : "rewrite";
      } else {
        d.derivation = "partial rewrite";
      }
      std::ostringstream ev;
      ev << Pct(p.al.coverage) << " of it aligns with " << docs[src]->article.id << " (" << p.al.verdict << "; "
         << Pct(verbatim) << " verbatim, " << Pct(paraphrase) << " paraphrase)";
      if (translated) ev << "; " << quote_note;
      d.evidence = ev.str();
      fam.derivations.push_back(std::move(d));
    }
    result.families.push_back(std::move(fam));
  }
  return result;
}

nlohmann::json FamiliesToJson(const FamilyResult& r, const std::vector<const Document*>& docs) {
  nlohmann::json out = {{"families", nlohmann::json::array()}, {"unrelated", nlohmann::json::array()}};
  for (const StoryFamily& f : r.families) {
    nlohmann::json members = nlohmann::json::array();
    for (const MemberDerivation& d : f.derivations) {
      members.push_back({{"id", docs[d.article]->article.id},
                         {"derivation", d.derivation},
                         {"of", d.of >= 0 ? nlohmann::json(docs[d.of]->article.id) : nlohmann::json(nullptr)},
                         {"coverage", RoundScore(d.coverage)},
                         {"verdict", d.verdict.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.verdict)},
                         {"evidence", d.evidence}});
    }
    out["families"].push_back({{"original", {{"id", docs[f.original]->article.id}, {"reason", f.original_reason}}},
                               {"members", members}});
  }
  for (size_t i : r.unrelated) out["unrelated"].push_back(docs[i]->article.id);
  return out;
}

std::string FamiliesToText(const FamilyResult& r, const std::vector<const Document*>& docs) {
  std::ostringstream out;
  for (size_t k = 0; k < r.families.size(); ++k) {
    const StoryFamily& f = r.families[k];
    out << "family " << k + 1 << ": " << f.members.size() << " articles\n";
    out << "  probable original: " << docs[f.original]->article.id << " (" << f.original_reason << ")\n";
    for (const MemberDerivation& d : f.derivations) {
      out << "  " << docs[d.article]->article.id << "  " << d.derivation;
      if (d.of >= 0) out << " of " << docs[d.of]->article.id;
      out << "\n      " << d.evidence << "\n";
    }
  }
  if (!r.unrelated.empty()) {
    out << "unrelated (no family):";
    for (size_t i : r.unrelated) out << " " << docs[i]->article.id;
    out << "\n";
  }
  return out.str();
}

}  // namespace copydesk::reuse
