// vague-source: sourcing that does not say who ("experts say", "a source
// said", "it is believed", "reportedly"). Press codes (SPJ Code of Ethics,
// AP's rules on anonymous sources) ask that sources be identified, or that
// the story say why anonymity was granted; a reader should weigh such claims.
#include "detectors/vague_source.h"

#include "text/patterns.h"

namespace copydesk {
namespace {

struct VagueSourcePattern {
  const char16_t* regex;
  const char* label;  // what the phrase is, for the message
};

// Case-insensitive, matched inside body sentences.
constexpr VagueSourcePattern kVagueSources[] = {
    {u"(?i)\\b(a|one|another) (source|insider)s?\\b( (close to|familiar with|in|at|within) [\\w ]{1,40}?)?"
     u"(?= (said|says|told|added|claimed|confirmed|revealed|suggested))",
     "an unnamed source"},
    {u"(?i)\\b(sources|insiders)( (close to|familiar with|in|at|within) [\\w ]{1,40}?)?"
     u"(?= (said|say|says|told|added|claimed|confirmed|revealed|suggested))",
     "unnamed sources"},
    {u"(?i)\\baccording to (sources|a source|insiders|people familiar with [\\w ]{1,30}|reports)\\b",
     "unnamed sources"},
    {u"(?i)\\b(people|persons|officials|sources) (familiar|acquainted) with the (matter|situation|"
     u"discussions|talks|plans|thinking)\\b",
     "people familiar with the matter"},
    {u"(?i)\\b(some |many |most )?(experts|analysts|observers|critics|commentators|insiders|"
     u"scientists|economists) (say|said|believe|believed|argue|argued|warn|warned|suggest|"
     u"suggested|claim|claimed|think|fear)\\b",
     "unnamed experts"},
    {u"(?i)\\bit (is|was|has been) (believed|understood|said|reported|thought|claimed|"
     u"alleged|rumou?red|learnt|learned)\\b",
     "an impersonal claim"},
    {u"(?i)\\b(some|many|others) (say|said|believe|believed|argue|argued|claim|claimed|feel)\\b",
     "unnamed people"},
    {u"(?i)\\b(a|an|one|two|three|several|some) ((senior|top|US|U\\.S\\.|American|Chinese|"
     u"government|administration|western|European|Israeli|Russian|military|intelligence|"
     u"diplomatic|foreign|former|local|police) ){0,3}(official|officials|diplomat|diplomats|"
     u"source|sources|aide|aides)\\b(?! (named|identified as))",
     "an unnamed official"},
    {u"(?i)\\b(reportedly|allegedly|purportedly|rumou?redly)\\b", "a claim with no source"},
};

// Anonymity that the story explains is still unnamed, but disclosed as such.
const Pattern& ExplainedAnonymity() {
  static const Pattern p(
      u"(?i)(on (the )?condition of anonymity|not authori[sz]ed to (speak|comment|discuss)|"
      u"requested anonymity|asked not to be (named|identified)|spoke anonymously)");
  return p;
}

class VagueSourceDetector final : public Detector {
 public:
  std::string_view name() const override { return "vague-source"; }
  std::string_view description() const override {
    return "Claims sourced to unnamed people (\"experts say\", \"a source said\", \"reportedly\").";
  }

  void Run(const Document& doc, const AnalysisContext&, Report& report) const override {
    static const std::vector<std::pair<Pattern, const char*>> patterns = [] {
      std::vector<std::pair<Pattern, const char*>> out;
      for (const VagueSourcePattern& p : kVagueSources) out.emplace_back(Pattern(p.regex), p.label);
      return out;
    }();
    for (const Sentence& sentence : doc.sentences) {
      const bool explained = !ExplainedAnonymity().FindAll(doc.text(), sentence.span).empty();
      Span last{-1, -1};
      for (const auto& [pattern, label] : patterns) {
        for (const Span& m : pattern.FindAll(doc.text(), sentence.span)) {
          if (m.overlaps(last)) continue;  // one finding per phrase
          last = m;
          Finding f;
          f.kind = "vague-source";
          f.severity = explained ? "info" : "warning";
          f.span = m;
          const std::string phrase = doc.slice_utf8(m);
          f.message = explained
                          ? "Unnamed source (“" + phrase + "”); the story says why anonymity was granted."
                          : "Vague sourcing: “" + phrase + "” is " + label +
                                ". Press standards ask that sources be named, or that the story say why "
                                "they cannot be.";
          f.evidence = {{"phrase", phrase}, {"label", label}, {"anonymity_explained", explained}};
          report.findings.push_back(std::move(f));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Detector> MakeVagueSourceDetector() { return std::make_unique<VagueSourceDetector>(); }

}  // namespace copydesk
