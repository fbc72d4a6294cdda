// credits: every place the text names an outlet or agency as the source of
// what it reports (report.credits) — "told CNN", "CNN reported", "reported
// CNN", "as per CNN", "according to Bloomberg", "(With inputs from ANI)",
// "CNN's Jennifer Hansler contributed reporting", "Source: CNN". The reuse
// detector reads these to tell credited from uncredited copying, so a credit
// must name the outlet as a source, not merely mention it ("the CNN building").
// Names come from the outlet lexicon (attribution/outlets); in contexts that
// only ever name outlets ("with inputs from", "Source:", "contributed
// reporting") any capitalised name counts, elsewhere an unknown name must
// look like an outlet ("the Kathmandu Post").
#include "detectors/credits.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/unicode.h"
#include "detectors/attribution/lexicon.h"
#include "detectors/attribution/outlets.h"
#include "segments/normalize.h"
#include "text/patterns.h"

namespace copydesk {
namespace {

// One outlet name: capitalised words, "of"/"de" inside ("Press Trust of India").
#define NAME u"((?:[Tt]he )?[A-Z][\\w.&\\-]*(?:[ \\u00A0](?:of |de |for )?[A-Z][\\w.&\\-]*){0,4})"
// Several: "PTI and ANI", "Reuters, AFP".
#define NAMES u"([A-Z][^()\\n]{0,80}?)"

enum class Trust {
  kOutletOnly,  // the name must be in the lexicon or look like an outlet
  kAnyName,     // the context names only outlets: any capitalised name
};

struct CreditPattern {
  const char16_t* regex;
  int name_group;
  Trust trust;
  bool list;  // the group may hold several names
  const char* why;
};

constexpr CreditPattern kCreditPatterns[] = {
    {u"\\b(?i:told|tells|telling|said to|speaking to|spoke to|confirmed to|(?:in|during) (?:an |a |the )?(?:exclusive )?"
     u"(?:interview|statement|comments?|remarks) (?:with|to)|interviewed by)[ \\u00A0]+" NAME,
     1, Trust::kOutletOnly, false, "the source spoke to the outlet"},
    {u"\\b(?i:according to|as per|per|citing|cited by|quoted by|reported by|first reported by|obtained by|"
     u"seen by|published by|via)[ \\u00A0]+" NAME,
     1, Trust::kOutletOnly, false, "the text cites the outlet"},
    {u"\\b(?i:reported|reports|writes|wrote|said)[ \\u00A0]*,?[ \\u00A0]+" NAME u"(?=\\s*[.,;]|\\s*$)",
     1, Trust::kOutletOnly, false, "inverted credit: reported CNN"},
    {NAME u"(?:['\\u2019]s)?[ \\u00A0]+(?i:(?:has |had |first |also |earlier )?(?:reported|reports|report|"
          u"learned|learnt|revealed|quoted|cited|understands|said|says|wrote|writes|noted|added|stated|"
          u"interview))\\b",
     1, Trust::kOutletOnly, false, "the outlet reported it"},
    {u"\\((?i:with (?:agency )?inputs? from)[ \\u00A0]+" NAMES u"[ \\u00A0]*\\)", 1, Trust::kAnyName, true,
     "agency inputs"},
    {u"^(?i:with (?:agency )?inputs? from)[ \\u00A0]+" NAMES u"[ \\u00A0]*[.]?$", 1, Trust::kAnyName, true,
     "agency inputs"},
    {u"\\((?i:(?:additional )?reporting by)[ \\u00A0]+" NAMES u"[ \\u00A0]*\\)", 1, Trust::kOutletOnly, true,
     "agency reporting"},
    {u"^(?i:source|sources|courtesy|credit)[ \\u00A0]*:[ \\u00A0]*" NAMES u"[ \\u00A0]*[.]?$", 1, Trust::kAnyName,
     true, "source line"},
    {NAME u"['\\u2019]s(?:[ \\u00A0][A-Z][\\w.\\-]*){1,3}[ \\u00A0]+(?i:contributed|contributes)(?: to)?"
          u"(?: this)?[ \\u00A0]+(?i:reporting|report|story|article)",
     1, Trust::kAnyName, false, "the outlet's reporter contributed"},
    {NAME u"[ \\u00A0]+(?i:contributed)(?: to)?(?: this)?[ \\u00A0]+(?i:reporting|report|story|article)", 1,
     Trust::kOutletOnly, false, "the outlet contributed"},
    {u"\\b(?i:to|with|told)[ \\u00A0]+" NAME u"['\\u2019]s(?:[ \\u00A0][A-Z][\\w\\-]*){1,3}", 1, Trust::kOutletOnly, false,
     "the source spoke to the outlet's reporter"},
    {u"\\(" NAME u"\\)", 1, Trust::kOutletOnly, false, "parenthesised credit: (AP)"},
};

// Headline credits ("CNN: Blinken urges ...") and dateline credits ("CNN",
// "BEIJING (Reuters) —") are read from those paragraphs only.
constexpr const char16_t* kHeadlineCredit = u"^" NAME u"[ \\u00A0]*:";
constexpr const char16_t* kDatelineCredit = u"^\\(?" NAME u"\\)?[ \\u00A0]*[\\-\\u2013\\u2014]?$";

struct Compiled {
  Pattern pattern;
  const CreditPattern* row;
};

const std::vector<Compiled>& Compiled() {
  static const std::vector<struct Compiled> out = [] {
    std::vector<struct Compiled> v;
    for (const CreditPattern& p : kCreditPatterns) v.push_back({Pattern(p.regex), &p});
    return v;
  }();
  return out;
}

std::u16string U16(std::string_view utf8) {
  Result<std::u16string> r = DecodeUtf8(utf8);
  return r.ok() ? r.value() : std::u16string();
}

bool IsSpace(char16_t c) { return c == u' ' || c == u'\u00A0'; }

// Word spans of a name ("CNN On Friday" → CNN, On, Friday).
std::vector<Span> Words(std::u16string_view text, Span s) {
  std::vector<Span> out;
  int32_t i = s.start;
  while (i < s.end) {
    while (i < s.end && IsSpace(text[i])) ++i;
    int32_t j = i;
    while (j < s.end && !IsSpace(text[j])) ++j;
    if (j > i) out.push_back({i, j});
    i = j;
  }
  return out;
}

Span TrimName(std::u16string_view text, Span s) {
  while (s.end > s.start && (text[s.end - 1] == u'.' || text[s.end - 1] == u',' || IsSpace(text[s.end - 1]))) {
    if (text[s.end - 1] == u'.' && s.end - s.start >= 3 && text[s.end - 3] == u'.') break;  // "A.P."
    --s.end;
  }
  return s;
}

// The outlet a matched name stands for: the longest leading run of its words
// that the lexicon knows or that looks like an outlet ("CNN On Friday" →
// CNN); with Trust::kAnyName the whole name as written.
std::optional<std::pair<std::string, Span>> OutletFor(std::u16string_view text, Span name, Trust trust) {
  name = TrimName(text, name);
  const std::vector<Span> words = Words(text, name);
  for (size_t n = words.size(); n >= 1; --n) {
    const Span s{words.front().start, words[n - 1].end};
    const Span clean = TrimName(text, s);
    if (std::optional<std::string> c = CanonicalOutlet(text.substr(clean.start, clean.length()))) {
      return std::make_pair(*c, clean);
    }
    if (LooksLikeOutletName(text.substr(clean.start, clean.length()))) {
      std::u16string_view v = text.substr(clean.start, clean.length());
      if (v.size() > 4 && (v.substr(0, 4) == u"the " || v.substr(0, 4) == u"The ")) v.remove_prefix(4);
      return std::make_pair(ToUtf8(v), clean);
    }
  }
  if (trust == Trust::kAnyName && !words.empty()) {
    std::u16string_view v = text.substr(name.start, name.length());
    if (v.size() > 4 && (v.substr(0, 4) == u"the " || v.substr(0, 4) == u"The ")) v.remove_prefix(4);
    if (v.size() > 2 && (v.substr(v.size() - 2) == u"'s" || v.substr(v.size() - 2) == u"\u2019s")) v.remove_suffix(2);
    if (!v.empty() && u_isupper(v[0])) return std::make_pair(ToUtf8(v), name);
  }
  return std::nullopt;
}

// "PTI and ANI", "Reuters, AFP" → each name.
std::vector<Span> SplitList(std::u16string_view text, Span s) {
  std::vector<Span> out;
  int32_t start = s.start;
  auto push = [&](int32_t end) {
    Span p{start, end};
    while (p.start < p.end && IsSpace(text[p.start])) ++p.start;
    while (p.end > p.start && IsSpace(text[p.end - 1])) --p.end;
    if (!p.empty()) out.push_back(p);
  };
  for (int32_t i = s.start; i < s.end; ++i) {
    if (text[i] == u',' || text[i] == u'&' || text[i] == u'/' || text[i] == u';') {
      push(i);
      start = i + 1;
    } else if (i + 5 <= s.end && text.substr(i, 5) == u" and ") {
      push(i);
      start = i + 5;
      i += 4;
    }
  }
  push(s.end);
  return out;
}

// Adds a credit unless one of the same outlet overlaps it. Overlaps can only
// come from the same sentence or paragraph scan, which starts at `from`.
void Add(std::vector<CreditEntry>& out, size_t from, std::string outlet, Span span) {
  for (size_t i = from; i < out.size(); ++i) {
    const CreditEntry& c = out[i];
    // Also one credit: the name's abbreviation in brackets right after it
    // ("according to the Local Democracy Reporting Service (LDRS)").
    const bool adjacent = (c.span.end <= span.start && span.start - c.span.end <= 2) ||
                          (span.end <= c.span.start && c.span.start - span.end <= 2);
    if ((c.span.overlaps(span) || adjacent) && SameOutlet(U16(c.outlet), U16(outlet))) return;
  }
  out.push_back({std::move(outlet), span});
}

// Credits inside `within` (a sentence, or a headline or dateline paragraph).
void ScanSpan(const std::u16string& text, Span within, std::vector<CreditEntry>& out, size_t from) {
  // Rule order matters only for overlaps: the first rule's span wins.
  for (const struct Compiled& c : Compiled()) {
    const CreditPattern& row = *c.row;
    // Group 0 for the credit span, the name group for the outlet.
    const std::vector<Span> whole = c.pattern.FindAll(text, within, 0);
    if (whole.empty()) continue;  // most rules match nothing: skip the second pass
    const std::vector<Span> names = c.pattern.FindAll(text, within, row.name_group);
    if (whole.size() != names.size()) continue;  // a match without the group: skip the rule
    for (size_t i = 0; i < whole.size(); ++i) {
      Span span = whole[i];
      while (span.end > span.start && IsSpace(text[span.end - 1])) --span.end;
      const std::vector<Span> list = row.list ? SplitList(text, names[i]) : std::vector<Span>{names[i]};
      for (const Span& n : list) {
        if (auto o = OutletFor(text, n, row.trust)) {
          Span credit = span;
          // "told CNN On Friday": end the credit at the outlet's name, unless the
          // pattern's own words come after it ("CNN reported", "... contributed reporting").
          if (!row.list && names[i].end == span.end) credit.end = o->second.end;
          Add(out, from, o->first, credit);
        }
      }
    }
  }
}

// Words without which a sentence credits no one: the first word of every
// outlet name in the lexicon, the media words of unknown outlets, and the
// words of the trusted contexts. Sentences without any skip the patterns.
const std::set<std::string, std::less<>>& CreditTriggers() {
  static const std::set<std::string, std::less<>> words = [] {
    std::set<std::string, std::less<>> w = {"inputs", "input", "source", "sources", "courtesy", "credit",
                                            "contributed", "contributes", "reporting"};
    // The first word (after "the"), normalised as tokens' norms are
    // (NormalizeForMatch: "RTÉ" → "rté").
    auto add_first = [&](const std::string& name) {
      std::u16string word;
      for (char16_t c : U16(name)) {
        if (c == u' ') {
          if (NormalizeForMatch(word) == "the") {
            word.clear();
            continue;
          }
          break;
        }
        word.push_back(c);
      }
      while (!word.empty() && word.back() == u'.') word.pop_back();
      if (!word.empty()) w.insert(NormalizeForMatch(word));
    };
    for (const OutletInfo& o : OutletLexicon()) {
      for (const std::string& a : o.aliases) add_first(a);
    }
    for (const std::string& m : OutletMediaWords()) add_first(m);
    return w;
  }();
  return words;
}

}  // namespace

std::vector<CreditEntry> FindCredits(const Document& doc) {
  const std::u16string& text = doc.text();
  std::vector<CreditEntry> out;
  static const Pattern headline(kHeadlineCredit);
  static const Pattern dateline(kDatelineCredit);
  for (const Paragraph& p : doc.paragraphs) {
    const size_t from = out.size();
    if (p.role == ParagraphRole::kHeadline) {
      const std::vector<Span> whole = headline.FindAll(text, p.span, 0);
      const std::vector<Span> names = headline.FindAll(text, p.span, 1);
      for (size_t i = 0; i < whole.size() && i < names.size(); ++i) {
        if (auto o = OutletFor(text, names[i], Trust::kOutletOnly)) Add(out, from, o->first, whole[i]);
      }
      ScanSpan(text, p.span, out, from);
    } else if (p.role == ParagraphRole::kDateline || p.role == ParagraphRole::kSignOff) {
      const std::vector<Span> whole = dateline.FindAll(text, p.span, 0);
      const std::vector<Span> names = dateline.FindAll(text, p.span, 1);
      for (size_t i = 0; i < whole.size() && i < names.size(); ++i) {
        if (auto o = OutletFor(text, names[i], Trust::kOutletOnly)) Add(out, from, o->first, o->second);
      }
      ScanSpan(text, p.span, out, from);
    }
  }
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (SentenceHasAny(doc, i, CreditTriggers())) ScanSpan(text, doc.sentences[i].span, out, out.size());
  }
  std::stable_sort(out.begin(), out.end(), [](const CreditEntry& a, const CreditEntry& b) {
    return std::tie(a.span.start, a.span.end, a.outlet) < std::tie(b.span.start, b.span.end, b.outlet);
  });
  return out;
}

bool CreditsOutlet(const std::vector<CreditEntry>& credits, std::string_view outlet_utf8) {
  const std::u16string want = U16(outlet_utf8);
  for (const CreditEntry& c : credits) {
    if (SameOutlet(U16(c.outlet), want)) return true;
  }
  return false;
}

namespace {

class CreditsDetector final : public Detector {
 public:
  std::string_view name() const override { return "credits"; }
  std::string_view description() const override {
    return "Outlets and agencies the article credits as sources (fills the report's credits).";
  }
  bool reads_english() const override { return true; }
  void Run(const Document& doc, const AnalysisContext&, Report& report) const override {
    report.credits = FindCredits(doc);
  }
};

}  // namespace

std::unique_ptr<Detector> MakeCreditsDetector() { return std::make_unique<CreditsDetector>(); }

}  // namespace copydesk
