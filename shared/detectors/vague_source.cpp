// vague-source: sourcing that does not say who ("experts say", "a source
// said", "it is believed", "officials said", "reportedly"). Press codes (SPJ
// Code of Ethics: "identify sources clearly"; AP: anonymous sources only for
// information that is not opinion, is vital, and cannot be had on the record,
// and the story says why anonymity was granted) ask that sources be named; a
// reader should weigh unnamed claims accordingly. Each pattern carries the
// reason its kind of phrase falls short, for the panel's message.
//
// One finding per phrase: matches are collected per sentence, and a match
// inside a longer one (or inside a direct quotation: a speaker's own "some
// say" is not the article's sourcing) is dropped. A later definite reference
// to the same source ("The US official added") is not reported again.
#include "detectors/vague_source.h"

#include <algorithm>
#include <set>
#include <string>

#include "detectors/attribution/lexicon.h"
#include "text/patterns.h"

namespace copydesk {
namespace {

struct VagueSourcePattern {
  const char16_t* regex;
  const char* label;     // what the phrase is
  const char* reason;    // why press standards find it wanting
  const char* triggers;  // space-separated words, one of which the sentence must hold (a cheap gate)
};

constexpr const char* kWhyNamed =
    "Press standards (SPJ, AP) ask that sources be named, or that the story say why they cannot be.";
constexpr const char* kWhyImpersonal =
    "It gives no source at all, so the reader cannot tell whose view it is; press standards ask that "
    "claims be attributed to someone.";
constexpr const char* kWhyReportedly =
    "It passes on a claim without saying who reported it; press standards ask that the outlet or "
    "source be named.";
constexpr const char* kWhyExperts =
    "It claims the authority of unnamed experts or groups; naming them lets readers judge whether "
    "they speak for more than themselves.";

// Case-insensitive, matched inside body sentences. Reporting verbs after
// the source keep "officials had previously expected" (no claim sourced)
// out.
#define VERBS u"(?:said|say|says|told|tell|added|claimed|claim|confirmed|revealed|suggested|noted|" \
              u"warned|stated|insisted|acknowledged|indicated|believe|believed|estimated)"
constexpr VagueSourcePattern kVagueSources[] = {
    {u"(?i)\\b(a|one|another) (source|insider)s?\\b( (close to|familiar with|in|at|within) [\\w ]{1,40}?)?"
     u"(?= " VERBS u")",
     "an unnamed source", kWhyNamed, "source sources insider insiders"},
    {u"(?i)\\b(sources|insiders)( (close to|familiar with|in|at|within) [\\w ]{1,40}?)?(?= " VERBS u")",
     "unnamed sources", kWhyNamed, "sources insiders"},
    {u"(?i)\\baccording to (sources|a source|insiders|people familiar with [\\w ]{1,30}|(media )?reports|"
     u"some|officials|experts|analysts)\\b",
     "unnamed sources", kWhyNamed, "according"},
    // "according to the report" names nothing, unless the report's title or
    // author follows ("the report Hospitals On The Edge", "the report by the
    // Royal College").
    {u"(?i)\\baccording to (the|a|one) (media )?report\\b(?![ \\u00A0]+(?-i:[A-Z\\u201C\\u2018\"])|"
     u"[ \\u00A0]+(by|from|of|published) )",
     "unnamed sources", kWhyNamed, "according"},
    // A whole country or government as the source: "According to US, ...".
    {u"\\b(?i:according to) (the )?(US|U\\.S\\.|United States|Washington|Beijing|China|Moscow|Russia|"
     u"(?i:the government|the administration))\\b(?![ \\u00A0]+[A-Z])(?!['\\u2019]s)",
     "a whole government, no one named", kWhyNamed, "according"},
    {u"(?i)\\b(a |one |two |several )?(person|people|persons|individuals?|officials|sources) (familiar|acquainted) "
     u"with the (matter|situation|"
     u"discussions|talks|plans|thinking|negotiations)\\b",
     "people familiar with the matter", kWhyNamed, "familiar acquainted"},
    {u"(?i)\\b(some |many |most |other )?(experts|analysts|observers|critics|commentators|insiders|"
     u"scientists|economists|diplomats|officials) (say|said|believe|believed|argue|argued|warn|warned|"
     u"suggest|suggested|claim|claimed|think|fear|feared|note|noted)\\b",
     "unnamed experts or officials", kWhyExperts, "experts analysts observers critics commentators insiders scientists economists diplomats officials"},
    {u"(?i)\\bit (is|was|has been|had been) (widely )?(believed|understood|said|reported|thought|claimed|"
     u"alleged|rumou?red|learnt|learned|known|feared|expected)\\b",
     "an impersonal claim", kWhyImpersonal, "it"},
    {u"(?i)\\b(some|many|others) (say|said|believe|believed|argue|argued|claim|claimed|feel|felt)\\b",
     "unnamed people", kWhyExperts, "some many others"},
    {u"(?i)\\b(a|an|one|two|three|several|some) ((senior|top|US|U\\.S\\.|American|Chinese|"
     u"government|administration|western|European|Israeli|Russian|Ukrainian|Indian|military|"
     u"intelligence|diplomatic|foreign|former|local|police|White House|State Department|Pentagon) ){0,3}"
     u"(official|officials|diplomat|diplomats|source|sources|aide|aides|insider|insiders)\\b"
     u"(?! (named|identified as|called))(?!,? [A-Z][a-z]+ [A-Z][a-z]+,)",
     "an unnamed official", kWhyNamed, "official officials diplomat diplomats source sources aide aides insider insiders"},
    // Bare plural officials as the sayer: "U.S. officials said", "Officials told".
    {u"(?i)(?<!\\bthe )(?<!\\bthese )(?<!\\bthose )\\b((US|U\\.S\\.|American|Chinese|Russian|Western|"
     u"European|Israeli|Ukrainian|Indian|government|administration|military|intelligence|senior) ){0,2}"
     u"officials(?= (have |had |also |previously |later )?" VERBS u"\\b)",
     "unnamed officials", kWhyNamed, "officials"},
    {u"(?i)\\b(reportedly|allegedly|purportedly|rumou?redly|supposedly)\\b", "a claim with no source",
     kWhyReportedly, "reportedly allegedly purportedly rumouredly rumoredly supposedly"},
};
#undef VERBS

// A definite reference back to an unnamed source already flagged ("The US
// official added", "The officials, who briefed reporters ..."): still
// unnamed, reported at info level so the same source is not warned twice.
constexpr const char16_t* kBackReference =
    u"\\b(?i:the) (((?i:senior|top)|US|U\\.S\\.|American|Chinese|Western|European|Israeli|Russian) ){0,2}"
    u"(?i:official|officials|diplomat|diplomats|source|sources|aide|aides|insider|insiders)\\b"
    u"(?=,| who| (?i:(also |later |further |then |had |has )?(said|says|told|added|stated|noted|claimed|"
    u"confirmed|warned|insisted|explained|briefed|spoke|declined|argued)))";  // a person, not "the official position"

// Anonymity that the story explains is still unnamed, but disclosed as such.
const Pattern& ExplainedAnonymity() {
  static const Pattern p(
      u"(?i)(on (the )?condition of anonymity|not authori[sz]ed to (speak|comment|discuss)|"
      u"requested anonymity|asked not to be (named|identified)|spoke anonymously|declined to be named)");
  return p;
}

struct Match {
  Span span;
  const VagueSourcePattern* row;
};

class VagueSourceDetector final : public Detector {
 public:
  std::string_view name() const override { return "vague-source"; }
  std::string_view description() const override {
    return "Claims sourced to unnamed people (\"experts say\", \"a source said\", \"reportedly\").";
  }
  bool reads_english() const override { return true; }

  void Run(const Document& doc, const AnalysisContext&, Report& report) const override {
    using WordSet = std::set<std::string, std::less<>>;
    struct Compiled {
      Pattern pattern;
      const VagueSourcePattern* row;
      WordSet triggers;
    };
    static const std::vector<Compiled> patterns = [] {
      std::vector<Compiled> out;
      for (const VagueSourcePattern& p : kVagueSources) {
        WordSet words;
        std::string w;
        for (const char* c = p.triggers;; ++c) {
          if (*c == ' ' || *c == 0) {
            if (!w.empty()) words.insert(w);
            w.clear();
            if (*c == 0) break;
          } else {
            w.push_back(*c);
          }
        }
        out.push_back({Pattern(p.regex), &p, std::move(words)});
      }
      return out;
    }();
    static const WordSet kBackTriggers = {"official", "officials", "diplomat", "diplomats", "source",
                                          "sources", "aide", "aides", "insider", "insiders"};
    static const WordSet kAnonymityTriggers = {"anonymity", "authorized", "authorised", "anonymously",
                                               "named", "identified"};
    auto in_quote = [&](Span m) {  // quotes are in text order and do not overlap
      const auto it = std::upper_bound(report.quotes.begin(), report.quotes.end(), m.start,
                                       [](int32_t p, const QuoteEntry& q) { return p < q.span.start; });
      return it != report.quotes.begin() && (it - 1)->span.start <= m.start && m.end <= (it - 1)->span.end;
    };
    static const Pattern back_reference(kBackReference);
    bool unnamed_seen = false;  // an unnamed source has been introduced
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
      const Sentence& sentence = doc.sentences[si];
      // Anonymity explained in this sentence or the next one ("The officials,
      // who briefed reporters on the condition of anonymity, ...").
      std::vector<Match> matches;
      for (const Compiled& c : patterns) {
        if (!SentenceHasAny(doc, si, c.triggers)) continue;
        for (const Span& m : c.pattern.FindAll(doc.text(), sentence.span)) {
          if (!in_quote(m)) matches.push_back({m, c.row});
        }
      }
      const bool maybe_back = unnamed_seen && SentenceHasAny(doc, si, kBackTriggers);
      if (matches.empty() && !maybe_back) continue;
      auto explains = [&](size_t i) {
        return SentenceHasAny(doc, i, kAnonymityTriggers) &&
               !ExplainedAnonymity().FindAll(doc.text(), doc.sentences[i].span).empty();
      };
      const bool explained = explains(si) || (si + 1 < doc.sentences.size() &&
                                              doc.sentences[si + 1].paragraph == sentence.paragraph && explains(si + 1));
      // Longest first at each start; then drop anything inside a kept match.
      std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.length() > b.span.length();
      });
      std::vector<Match> kept;
      for (const Match& m : matches) {
        const bool covered = std::any_of(kept.begin(), kept.end(), [&](const Match& k) { return k.span.overlaps(m.span); });
        if (!covered) kept.push_back(m);
      }
      std::vector<Span> backs;
      if (maybe_back) {
        for (const Span& m : back_reference.FindAll(doc.text(), sentence.span)) {
          const bool covered = std::any_of(kept.begin(), kept.end(), [&](const Match& k) { return k.span.overlaps(m); });
          if (!covered && !in_quote(m)) backs.push_back(m);
        }
      }
      for (const Span& m : backs) {
        Finding f;
        f.kind = "vague-source";
        f.severity = "info";
        f.span = m;
        const std::string phrase = doc.slice_utf8(m);
        f.message = "Still unnamed: “" + phrase + "” is the unnamed source introduced earlier" +
                    (explained ? "; the story says why anonymity was granted." : ". " + std::string(kWhyNamed));
        f.evidence = {{"phrase", phrase}, {"label", "unnamed source, again"}, {"anonymity_explained", explained}};
        report.findings.push_back(std::move(f));
      }
      for (const Match& m : kept) {
        const bool anonymous = m.row->reason == kWhyNamed;
        unnamed_seen = unnamed_seen || anonymous;
        const bool disclosed = explained && anonymous;
        Finding f;
        f.kind = "vague-source";
        f.severity = disclosed ? "info" : "warning";
        f.span = m.span;
        const std::string phrase = doc.slice_utf8(m.span);
        f.message = disclosed ? "Unnamed source (“" + phrase +
                                    "”); the story says why anonymity was granted, as press standards ask."
                              : "Vague sourcing: “" + phrase + "” (" + m.row->label + "). " + m.row->reason;
        f.evidence = {{"phrase", phrase}, {"label", m.row->label}, {"anonymity_explained", disclosed}};
        report.findings.push_back(std::move(f));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Detector> MakeVagueSourceDetector() { return std::make_unique<VagueSourceDetector>(); }

}  // namespace copydesk
