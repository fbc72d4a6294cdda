// reuse: which articles this one shares text with, passage by passage
// (`report.reuse`), whether it credits them, and the findings a reader
// needs: `syndicated-copy` (wholly derived), `uncredited-reuse` (reused
// passages, source never credited) and `altered-quote` (a quote whose words
// differ from the same quote in another version). Registered last: it reads
// the attribution detectors' `report.quotes` and `report.credits` when they
// are filled, and falls back to its own quote and outlet helpers otherwise.
#include "detectors/reuse.h"

#include <algorithm>
#include <set>

#include "corpus/corpus.h"
#include "reuse/align.h"
#include "reuse/fingerprint.h"
#include "reuse/altered_quotes.h"
#include "reuse/index.h"
#include "reuse/index_align.h"
#include "reuse/outlets.h"
#include "reuse/quotes.h"

namespace copydesk {
namespace {

using nlohmann::json;
constexpr size_t kEvidencePassages = 5;
constexpr int kNearDuplicateBits = 3;  // SimHash bits apart (Manku et al., 2007: k = 3 of 64)

struct Source {
  SourceRef ref;
  std::string outlet;                // its own outlet, if known
  std::vector<std::string> credits;  // outlets it names
  const reuse::AlignDoc* full = nullptr;  // its text, when we have it
};

std::string Label(const SourceRef& s) {
  std::string label = s.id;
  if (s.title) label = "“" + *s.title + "” (" + s.id + ")";
  if (s.site) label += " on " + *s.site;
  return label;
}

std::vector<std::string> ArticleCredits(const Document& doc, const Report& report) {
  std::set<std::string> out;
  if (!report.credits.empty()) {
    for (const CreditEntry& c : report.credits) {
      const std::string canonical = reuse::CanonicalOutlet(c.outlet);
      out.insert(canonical.empty() ? c.outlet : canonical);
    }
  } else {
    for (const reuse::OutletMention& m : reuse::FindOutletMentions(doc)) out.insert(m.outlet);
  }
  return {out.begin(), out.end()};
}

std::vector<Span> ArticleQuotes(const Document& doc, const Report& report) {
  if (report.quotes.empty()) return reuse::FindQuoteSpans(doc);
  std::vector<Span> out;
  for (const QuoteEntry& q : report.quotes) out.push_back(q.span);
  return out;
}

// Credited: the article names the source's outlet; when the source's outlet
// is unknown, naming the outlet the source itself credits (both then credit
// the material's origin, as 003 and 004 credit CNN).
bool Credited(const std::vector<std::string>& mine, const Source& src) {
  auto named = [&](const std::string& o) { return std::find(mine.begin(), mine.end(), o) != mine.end(); };
  if (!src.outlet.empty()) return named(src.outlet);
  return std::any_of(src.credits.begin(), src.credits.end(), named);
}

json PassageEvidence(const PassageEntry& p, const Document& doc, const Source& src) {
  json e = {{"start", p.span.start}, {"end", p.span.end}, {"source_start", p.source.start},
            {"source_end", p.source.end}, {"kind", p.kind}, {"text", doc.slice_utf8(p.span)}};
  // Source text only when we have it; an index holds fingerprints, not text.
  e["source_text"] = src.full != nullptr ? json(src.full->doc->slice_utf8(p.source)) : json(nullptr);
  return e;
}

void AddReuseFindings(const Document& doc, const ReuseEntry& entry, const Source& src, const reuse::Alignment& al,
                      Report& report) {
  if (entry.verdict == "none" || entry.passages.empty()) return;
  // The largest passage that counts (not mostly quotation) anchors the finding.
  size_t lead = 0;
  for (size_t i = 0; i < al.passages.size(); ++i) {
    const bool better = !al.passages[i].quote_only &&
                        (al.passages[lead].quote_only || al.passages[i].span.length() > al.passages[lead].span.length());
    if (better) lead = i;
  }
  json passages = json::array();
  passages.push_back(PassageEvidence(entry.passages[lead], doc, src));
  for (size_t i = 0; i < entry.passages.size() && passages.size() < kEvidencePassages; ++i) {
    if (i != lead) passages.push_back(PassageEvidence(entry.passages[i], doc, src));
  }
  const json source = {{"id", entry.source.id}, {"url", entry.source.url ? json(*entry.source.url) : json(nullptr)},
                       {"site", entry.source.site ? json(*entry.source.site) : json(nullptr)},
                       {"title", entry.source.title ? json(*entry.source.title) : json(nullptr)},
                       {"outlet", src.outlet.empty() ? json(nullptr) : json(src.outlet)}};
  const int pct = static_cast<int>(entry.coverage * 100 + 0.5);
  const std::string label = Label(entry.source);
  if (entry.verdict == "wholly") {
    Finding f;
    f.kind = "syndicated-copy";
    f.severity = entry.credited ? "info" : "warning";
    f.span = entry.passages[lead].span;
    f.message = "Wholly derived from " + label + ": " + std::to_string(pct) + "% of the article lies in passages aligned with it" +
                (entry.credited ? ", and the source is credited." : ", and the source is not credited.");
    f.evidence = {{"source", source}, {"coverage", RoundScore(entry.coverage)}, {"verdict", entry.verdict},
                  {"credited", entry.credited}, {"passages", passages}};
    report.findings.push_back(std::move(f));
  }
  if (!entry.credited) {
    Finding f;
    f.kind = "uncredited-reuse";
    f.severity = "warning";
    f.span = entry.passages[lead].span;
    f.message = "Reuses " + std::to_string(entry.passages.size()) + " passage" + (entry.passages.size() == 1 ? "" : "s") +
                " from " + label + " (" + std::to_string(pct) + "% of the article) without crediting " +
                (src.outlet.empty() ? std::string("its source") : src.outlet) + ".";
    f.evidence = {{"source", source}, {"coverage", RoundScore(entry.coverage)}, {"verdict", entry.verdict},
                  {"credited", false}, {"passages", passages}};
    report.findings.push_back(std::move(f));
  }
}

ReuseEntry MakeEntry(const SourceRef& ref, const reuse::Alignment& al, bool credited) {
  ReuseEntry entry;
  entry.source = ref;
  entry.coverage = al.coverage;
  entry.verdict = al.verdict;
  entry.credited = credited;
  for (const reuse::AlignedPassage& p : al.passages) entry.passages.push_back({p.span, p.source, p.kind});
  return entry;
}

void AddAlteredQuotes(const Document& doc, const reuse::AlignDoc& me, const std::vector<Source>& sources,
                      const std::vector<const reuse::AlignDoc*>& others, Report& report) {
  for (const reuse::QuoteComparison& cmp : reuse::CompareQuotes(me, others)) {
    if (!cmp.altered()) continue;
    json versions = json::array();
    std::vector<std::string> agree;
    const reuse::QuoteVersion* first = nullptr;
    for (const reuse::QuoteVersion& v : cmp.versions) {
      const Source& src = sources[v.other];
      if (v.identical) {
        agree.push_back(src.ref.id);
        continue;
      }
      if (first == nullptr) first = &v;
      json diff = json::array();
      for (const reuse::DiffOp& op : v.diff) {
        diff.push_back({{"op", op.op == '=' ? "same" : op.op == '-' ? "other" : "this"}, {"text", op.text}});
      }
      versions.push_back({{"source", {{"id", src.ref.id}, {"title", src.ref.title ? json(*src.ref.title) : json(nullptr)}}},
                          {"start", v.span.start}, {"end", v.span.end},
                          {"quote", others[v.other]->doc->slice_utf8(v.span)},
                          {"other_words", reuse::DiffSide(v.diff, '-')}, {"this_words", reuse::DiffSide(v.diff, '+')},
                          {"diff", diff}});
    }
    Finding f;
    f.kind = "altered-quote";
    // Other versions agreeing with each other against this one: likely altered here.
    f.severity = versions.size() > agree.size() ? "warning" : "info";
    f.span = cmp.quote;
    f.message = "Quote differs from the version in " + sources[first->other].ref.id + ": “" +
                reuse::DiffSide(first->diff, '-') + "” there, “" + reuse::DiffSide(first->diff, '+') + "” here" +
                (versions.size() > 1 ? " (" + std::to_string(versions.size()) + " versions differ)" : "") +
                (agree.empty() ? "." : "; " + std::to_string(agree.size()) + " other version" +
                                           (agree.size() == 1 ? " has" : "s have") + " these words.");
    f.evidence = {{"quote", doc.slice_utf8(cmp.quote)}, {"versions", versions}, {"same_in", agree}};
    report.findings.push_back(std::move(f));
  }
}

class ReuseDetector final : public Detector {
 public:
  std::string_view name() const override { return "reuse"; }
  std::string_view description() const override {
    return "Text shared with other articles, passage by passage: copies, uncredited reuse, altered quotes.";
  }
  // Fingerprints and alignment compare words of any language.
  bool reads_english() const override { return false; }

  void Run(const Document& doc, const AnalysisContext& context, Report& report) const override {
    const reuse::AlignDoc me = reuse::PrepareAlignDoc(doc, ArticleQuotes(doc, report));
    const std::vector<std::string> mine = ArticleCredits(doc, report);

    std::vector<reuse::AlignDoc> prepared;
    const size_t corpus_size = context.corpus != nullptr ? context.corpus->size() : 0;
    prepared.reserve(corpus_size);
    reuse::TermWeights weights;
    weights.AddDocument(me);
    std::set<uint64_t> full_texts;
    std::set<std::string> full_ids;
    for (size_t i = 0; i < corpus_size; ++i) {
      const Document& other = (*context.corpus)[i]->doc;
      prepared.push_back(reuse::PrepareAlignDoc(other, reuse::FindQuoteSpans(other)));
      weights.AddDocument(prepared.back());
      full_texts.insert(reuse::TextHash(other));
      full_ids.insert(other.article.id);
    }

    std::vector<Source> sources;
    std::vector<const reuse::AlignDoc*> others;
    for (const reuse::AlignDoc& d : prepared) {
      const reuse::IndexEntry meta = MetaOf(*d.doc);
      Source src{{meta.id, meta.url, meta.site, meta.title}, meta.outlet, meta.credits, &d};
      const reuse::Alignment al = reuse::Align(me, d, weights);
      if (!al.passages.empty()) {
        ReuseEntry entry = MakeEntry(src.ref, al, Credited(mine, src));
        AddReuseFindings(doc, entry, src, al, report);
        report.reuse.push_back(std::move(entry));
      }
      sources.push_back(std::move(src));
      others.push_back(&d);
    }
    AddAlteredQuotes(doc, me, sources, others, report);

    // The index: articles seen before, known by fingerprint only. Those
    // given in full (or this very article) are compared above, not here.
    if (context.index != nullptr) {
      const uint64_t self = reuse::TextHash(doc);
      const uint64_t simhash = reuse::MakeFingerprint(doc, me.terms).simhash;
      for (const reuse::IndexHit& hit : context.index->Query(reuse::AllGrams(doc, me.terms))) {
        const reuse::IndexEntry& e = context.index->entry(hit.entry);
        if (e.text_hash == self || full_texts.count(e.text_hash) || full_ids.count(e.id)) continue;
        reuse::Alignment al = reuse::AlignWithIndex(me, hit);
        if (al.passages.empty()) continue;
        // Anchors are a sample; a near-identical SimHash on an article of
        // about the same length says the whole text is the same.
        const double size_ratio = static_cast<double>(e.body_chars) / std::max<int32_t>(1, doc.body_chars());
        if (reuse::SimHashDistance(simhash, e.fingerprint.simhash) <= kNearDuplicateBits && size_ratio > 0.8 &&
            size_ratio < 1.25) {
          al.verdict = "wholly";
        }
        Source src{{e.id, e.url, e.site, e.title}, e.outlet, e.credits, nullptr};
        ReuseEntry entry = MakeEntry(src.ref, al, Credited(mine, src));
        AddReuseFindings(doc, entry, src, al, report);
        report.reuse.push_back(std::move(entry));
      }
    }
  }

 private:
  // Metadata and outlets of a corpus article (what an index entry would hold).
  static reuse::IndexEntry MetaOf(const Document& d) {
    reuse::IndexEntry e;
    e.id = d.article.id;
    e.url = d.article.url;
    e.site = d.article.site;
    e.title = d.article.title;
    if (!e.title) {
      for (const Paragraph& p : d.paragraphs) {
        if (p.role == ParagraphRole::kHeadline) {
          e.title = d.slice_utf8(p.span);
          break;
        }
      }
    }
    e.outlet = reuse::ArticleOutlet(d);
    std::set<std::string> credits;
    for (const reuse::OutletMention& m : reuse::FindOutletMentions(d)) credits.insert(m.outlet);
    e.credits.assign(credits.begin(), credits.end());
    return e;
  }
};

}  // namespace

std::unique_ptr<Detector> MakeReuseDetector() { return std::make_unique<ReuseDetector>(); }

}  // namespace copydesk
