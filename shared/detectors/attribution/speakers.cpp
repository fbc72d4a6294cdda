#include "detectors/attribution/speakers.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/unicode.h"
#include "detectors/attribution/lexicon.h"
#include "detectors/attribution/outlets.h"
#include "text/english.h"

namespace copydesk {
namespace {

// Title words that make the name after them a person ("President Joe
// Biden", "Mr. Xi", "Foreign Minister Wang Yi", "Sgt. Omar Vance"): these and
// the title abbreviations of text/english.h but "St." ("St. Brendan's" is a
// church).
const std::set<std::string, std::less<>> kPersonTitles = [] {
  std::set<std::string, std::less<>> titles = {
      "president", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
      "leader", "chairman", "chairwoman", "chair", "chairperson", "director", "governor", "senator", "congressman", "congresswoman",
      "mayor", "commissioner", "premier", "chancellor", "king", "queen", "prince", "princess", "pope",
      "judge", "justice", "ceo", "founder", "professor", "adviser", "advisor", "diplomat", "official",
      "representative", "general", "admiral", "colonel", "captain", "lieutenant", "economist", "analyst",
      "secretary-general", "press", "coach", "manager", "chief", "treasurer", "councillor", "councilor", "mp", "mep", "officer",
      // Police ranks ("Sergeant Ada Brook says … Sergeant Brook says").
      "sergeant", "constable", "inspector", "detective", "superintendent", "corporal", "sheriff"};
  for (std::string_view abbreviation : kTitleAbbreviations)
    if (abbreviation != "st") titles.emplace(abbreviation);
  return titles;
}();

// Multi-word capitalised names that are places or bodies, never people.
const std::set<std::string, std::less<>> kPlaceNames = {
    "united states", "united kingdom", "united nations", "saudi arabia", "san francisco",
    "new york", "hong kong", "white house", "south korea", "north korea", "new delhi",
    "european union", "south africa", "new zealand", "sri lanka", "el salvador", "costa rica",
    "west bank", "gaza strip", "middle east", "south china sea", "state department",
    "foreign ministry", "defense ministry", "defence ministry", "pentagon", "kremlin",
    "security council", "supreme court", "capitol hill", "downing street", "los angeles",
    "tel aviv", "abu dhabi", "biden administration", "trump administration"};

// Words that open a place's name before a given name ("Port Sarah", "Lake
// Anna", "San …", "Santa …"): the given name is the place's.
const std::set<std::string, std::less<>> kPlacePrefixes = {"san", "santa", "santo", "sao", "são", "saint", "st",
                                                           "port", "fort", "lake", "mount", "mt", "cape"};

// Title words that only modify the word after them ("a former banker", "the
// acting head"): a lowercase phrase ending in one has no head, so no subject.
const std::set<std::string, std::less<>> kModifierTitles = {"former", "acting", "new", "senior", "top", "vice",
                                                            "prime", "national", "foreign", "external", "interior"};

// Title words that modify the word after them inside a title's "of"
// complement ("Mayor of New Larkton", "Minister of National Unity"), so never
// end it: kModifierTitles but "interior" ("Minister of Interior Ada Brook").
bool IsComplementModifier(std::string_view norm) { return norm != "interior" && kModifierTitles.count(norm) != 0; }

// Words that make a title another office than the title alone names: "the
// president" is not "former president Tom Vale" nor "Vice President Ada
// Brook" when a president is named too (NameFor).
const std::set<std::string, std::less<>> kOtherOffice = {"former", "vice", "deputy", "assistant", "under", "ex"};

// Title words before a rank that leave the title phrase open ("Acting
// Commander", "Former Commander"; RankEvidence): they modify a title, and a
// name never follows them. Not "chief", "deputy" or "assistant", which are
// titles of their own: a name may follow them ("Police chief Nia Okafor
// Brook", "Deputy Tom Vale").
const std::set<std::string, std::less<>> kRankOpeners = {"former", "acting", "senior", "vice", "top"};

// Plural heads a "they" can stand for ("Chinese counterparts", "officials").
const std::set<std::string, std::less<>> kPluralHeads = {
    "officials", "counterparts", "leaders", "diplomats", "experts", "analysts", "lawmakers",
    "protesters", "protestors", "critics", "authorities", "ministers", "spokespeople", "sources",
    "people", "residents", "students", "activists", "officers", "investigators", "researchers",
    "scientists", "members", "negotiators", "representatives", "senators", "governments", "staff"};

// A plural that names a group of people: a plural head ("officials",
// "sources") or the plural of a person noun ("teachers", "local residents",
// "women"; IsPluralPersonNoun). Not any plural ("reports", "figures").
bool IsPluralGroup(std::string_view norm) { return kPluralHeads.count(norm) != 0 || IsPluralPersonNoun(norm); }

// "at", "in", "from" after a role before the verb: where its people are
// ("Teachers at the school said"; RoleHeadBefore).
const std::set<std::string, std::less<>> kPlaceJoiners = {"at", "in", "from"};

// Words after such a joiner that name an occasion or a time, not a place:
// "Officials in a statement said", "Officials at a briefing said".
const std::set<std::string, std::less<>> kOccasions = {
    "interview", "briefing", "conference", "meeting", "speech", "hearing", "session", "address", "broadcast",
    "podcast", "video", "time", "past", "end", "morning", "afternoon", "evening", "night", "day", "days",
    "week", "weeks", "month", "months", "year", "years", "response", "reply", "turn", "contrast", "addition",
    "particular", "general", "private", "public", "person", "court", "parliament", "writing"};

// Words before "of" and a group that pick some of it: "one of the teachers",
// "two of her sisters", "some of the residents".
const std::set<std::string, std::less<>> kPartitives = {"one", "two", "three", "four", "five", "some", "several",
                                                        "many", "most", "all", "both", "few", "none", "each"};

// Words after which a following name is an object, not a subject ("in":
// where, "the protest in Old Larkton last Friday, demanding …").
const std::set<std::string, std::less<>> kObjectMarkers = {
    "to", "with", "by", "of", "from", "for", "at", "in", "and", "including", "on", "about", "between",
    "against", "than", "like", "as", "into", "toward", "towards", "gave", "met", "urging", "told"};

// Abbreviations whose dot does not end a name ("Mr. Xi", "Sgt. Omar Vance",
// "U.S. Secretary", "Larkspur Cos. Chief"): titles, name suffixes
// (text/english.h) and dotted initials.
bool IsDottedAbbreviation(std::string_view norm) {
  return IsTitleAbbreviation(norm) || IsNameSuffixAbbreviation(norm) || norm.find('.') != std::string_view::npos;
}

// Words after a name that show it is not a subject ("Xi and", "Biden of").
const std::set<std::string, std::less<>> kNotVerbs = {
    "to", "with", "by", "of", "from", "for", "at", "and", "or", "including", "on", "about", "between",
    "against", "than", "like", "as", "into", "in", "the", "a", "an", "this", "that", "'s", "who", "which",
    "but", "yet", "then"};

// Reporting verbs whose next noun phrase is who was spoken to ("a source
// told Sky"), so never the speaker in inverted order ("said Blinken").
const std::set<std::string, std::less<>> kListenerVerbs = {"tell", "tells", "told"};

// How many sentences back a pronoun looks for its person: far beyond any
// paragraph, and a bound on the work per quote in hostile input.
constexpr int kPronounLookback = 40;

// Abbreviated titles, spelt out so that "Sen. Mitch McConnell" is later "the senator".
std::string ExpandTitle(const std::string& w) {
  static const std::map<std::string, std::string, std::less<>> kFull = {
      {"sen", "senator"}, {"rep", "representative"}, {"gov", "governor"}, {"gen", "general"},
      {"pres", "president"}, {"amb", "ambassador"}, {"adm", "admiral"}, {"prof", "professor"},
      {"sec", "secretary"}, {"lt", "lieutenant"}, {"col", "colonel"}, {"capt", "captain"}};
  const auto it = kFull.find(w);
  return it == kFull.end() ? w : it->second;
}

// A title left without its name ("Mr. We will ...").
const std::set<std::string, std::less<>> kLostNameTitles = {"mr", "mrs", "ms", "dr"};

// "went on to say", "goes on to add": forms of "go" before "on to" and a verb.
const std::set<std::string, std::less<>> kGoOn = {"go", "goes", "went", "gone", "going"};

const std::set<std::string, std::less<>> kPassiveAuxiliaries = {"is", "are", "was", "were", "been", "being", "be"};
const std::set<std::string, std::less<>> kAuxiliaries = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "may", "might", "must", "shall", "should", "not", "never"};

const std::set<std::string, std::less<>> kArticles = {"a", "an", "the"};
const std::set<std::string, std::less<>> kQuantifiers = {"one", "another", "two", "three", "some", "several", "many"};

const std::set<std::string, std::less<>> kDeterminers = {"the", "a", "an", "this", "that", "one"};
// Possessive determiners before a role ("her sister", "his lawyer"): they stay
// in the speaker as an owner does ("the council's spokesman").
const std::set<std::string, std::less<>> kPossessiveDeterminers = {"his", "her", "their", "its"};

struct Tok {
  Span span;
  const std::string* norm;
  bool cap = false;
  int sentence = 0;
  int paragraph = 0;
  int quote = -1;  // index of the quote that holds it
};

struct Range {
  int first = 0, last = 0;  // token indices, inclusive
};

enum class Gender { kUnknown, kMale, kFemale };

// Gender cues, used only to keep "she" from resolving to a man and "he" to a
// woman when the text says which one is which: gendered titles, and a short
// list of frequent given names in international news. No cue: no constraint.
const std::set<std::string, std::less<>> kMaleTitles = {"mr", "sir", "lord", "king", "prince", "pope",
                                                        "congressman", "chairman", "spokesman", "father"};
const std::set<std::string, std::less<>> kFemaleTitles = {
    "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "congresswoman", "chairwoman",
    "spokeswoman", "sister"};
const std::set<std::string, std::less<>> kMaleNames = {
    "joe", "donald", "barack", "george", "bill", "john", "james", "michael", "david", "robert", "william",
    "richard", "thomas", "charles", "daniel", "mark", "paul", "steven", "andrew", "kevin", "brian", "peter",
    "antony", "anthony", "jake", "lloyd", "mike", "mitch", "chuck", "ron", "rishi", "keir", "boris", "emmanuel",
    "olaf", "vladimir", "volodymyr", "sergei", "sergey", "dmitry", "xi", "wang", "narendra", "rahul",
    "benjamin", "yoav", "recep", "mohammed", "muhammad", "ahmed", "hassan", "jeremy", "justin",
    "jens", "antonio", "pedro", "luiz", "javier", "fumio", "shinzo", "jim", "tim", "elon",
    "jeff", "sam", "jerome", "hakeem", "ted", "jd", "marco", "pete", "gavin", "ron", "matt", "tony", "tom"};
const std::set<std::string, std::less<>> kFemaleNames = {
    "kamala", "hillary", "nancy", "janet", "karine", "kylie", "jennifer", "mary", "patricia", "linda",
    "barbara", "elizabeth", "susan", "jessica", "sarah", "karen", "lisa", "emily", "anna", "maria", "marie",
    "angela", "ursula", "theresa", "liz", "rachel", "kristalina", "christine", "giorgia", "marine",
    "annalena", "jacinda", "sanna", "kaja", "nikki", "elise", "alexandria", "ilhan", "lauren", "gina",
    "samantha", "linda", "avril", "kristi", "gretchen", "kathy", "katie", "laura", "julia", "olena",
    "yulia", "indira", "sonia", "priyanka", "nirmala", "mamata", "smriti",
    "sylvie", "nicola", "suella", "priti", "penny", "kemi", "yvette", "jill", "michelle", "melania",
    "caroline", "claudia", "sheinbaum", "dina", "benazir", "ana", "rosa", "victoria"};

// Role nouns that give their holder's gender, so that a role kept as
// written ("A police spokeswoman said …") is who a later "she" stands for
// (ResolvePronounAs); singular only: a plural is "they".
const std::set<std::string, std::less<>> kMaleRoleNouns = {
    "spokesman", "chairman", "policeman", "congressman", "councilman", "businessman", "salesman", "fireman",
    "man", "boy", "father", "son", "husband", "brother", "grandfather", "grandson", "uncle", "nephew",
    "widower", "dad", "stepfather", "boyfriend", "king", "prince"};
const std::set<std::string, std::less<>> kFemaleRoleNouns = {
    "spokeswoman", "chairwoman", "policewoman", "congresswoman", "councilwoman", "businesswoman", "saleswoman",
    "woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "granddaughter", "aunt", "niece",
    "widow", "mum", "mom", "stepmother", "girlfriend", "actress", "queen", "princess"};

struct NameEntry {
  std::vector<std::string> words;  // norms
  std::string display;             // as first written
  std::vector<std::string> title;  // norms of the title words seen before it
  bool person_title = false;
  int titled_at = -1;  // the token where the person title was first given
  // A title in apposition after the name ("Ada Brook, the mayor of Larkton"),
  // and where: what a title alone may stand for later ("the mayor"), without
  // making the name a titled one (Lookup's ranks, gender).
  std::vector<std::string> appositive_title;
  int appositive_at = -1;
  int count = 0;
  Gender gender = Gender::kUnknown;
};

Gender GenderOf(const std::vector<std::string>& title, const std::vector<std::string>& words) {
  for (const std::string& t : title) {
    if (kMaleTitles.count(t)) return Gender::kMale;
    if (kFemaleTitles.count(t)) return Gender::kFemale;
  }
  if (words.size() >= 2) {  // a given name first ("Janet Yellen"); not a surname alone
    if (kFemaleNames.count(words.front())) return Gender::kFemale;
    if (kMaleNames.count(words.front())) return Gender::kMale;
  }
  return Gender::kUnknown;
}

class Attributor {
 public:
  Attributor(const Document& doc, const std::vector<Span>& quotes, std::vector<int> groups)
      : doc_(doc), t_(doc.text()), quotes_(quotes), groups_(std::move(groups)) {
    BuildTokens();
    BuildNames();
    // With ranks found, the names are split again ("Commander" + "Ada Brook").
    if (InferTitles()) {
      names_.clear();
      name_index_.clear();
      by_word_.clear();
      BuildNames();
    }
  }

  std::vector<std::optional<Attribution>> Run() {
    std::vector<std::optional<Attribution>> out(quotes_.size());
    for (size_t qi = 0; qi < quotes_.size(); ++qi) out[qi] = Attribute(static_cast<int>(qi), out);
    // Pieces of one quotation (paragraphs of a long quote, parts split by a
    // stray mark) have one speaker: a piece without one takes the nearest later
    // piece's (attribution usually follows the last piece), else an earlier one's.
    for (size_t i = 0; i < out.size(); ++i) {
      if (out[i]) continue;
      for (size_t j = i + 1; j < out.size() && !out[i]; ++j) {
        if (groups_[j] == groups_[i] && out[j]) out[i] = out[j];
      }
      for (size_t j = i; j-- > 0 && !out[i];) {
        if (groups_[j] == groups_[i] && out[j]) out[i] = out[j];
      }
    }
    // “A.” “B,” he said: a quote followed at once by another quote of the same
    // paragraph shares its speaker (right to left, so chains resolve).
    for (size_t qi = quotes_.size(); qi-- > 1;) {
      const size_t prev = qi - 1;
      if (out[prev] || !out[qi]) continue;
      if (ParagraphOf(quotes_[prev].end - 1) != ParagraphOf(quotes_[qi].start)) continue;
      bool adjacent = true;
      for (int32_t i = quotes_[prev].end; i < quotes_[qi].start; ++i) {
        adjacent = adjacent && (t_[i] == u' ' || t_[i] == u'\u00A0');
      }
      if (adjacent) out[prev] = Attribution{out[qi]->speaker, AttributionRule::kNextQuote};
    }
    // A paragraph that is nothing but a quotation continues the speaker of the
    // paragraph before it: its last attributed quote, or its last reporting
    // clause with a person as subject.
    for (size_t qi = 0; qi < quotes_.size(); ++qi) {
      if (out[qi]) continue;
      const int para = ParagraphOf(quotes_[qi].start);
      if (para <= 0 || !QuoteOnlyParagraph(para) || doc_.paragraphs[para - 1].role != ParagraphRole::kBody) continue;
      std::optional<Attribution> from;
      for (size_t pq = qi; pq-- > 0;) {
        const int pp = ParagraphOf(quotes_[pq].start);
        if (pp < para - 1) break;
        if (pp == para - 1 && out[pq]) {
          from = Attribution{out[pq]->speaker, AttributionRule::kPreviousParagraph};
          break;
        }
      }
      if (!from) {
        const int last_sentence = SentenceOf(doc_.paragraphs[para - 1].span.end - 1);
        if (last_sentence >= 0) {
          const auto [b, e] = doc_.sentence_tokens(last_sentence);
          std::optional<Attribution> a =
              VerbIn(static_cast<int>(b), static_cast<int>(e), true, AttributionRule::kPreviousParagraph);
          if (a && IsPersonName(a->speaker)) from = a;
        }
      }
      if (from) {
        // Every quote of the paragraph shares it.
        for (size_t k = qi; k < quotes_.size() && ParagraphOf(quotes_[k].start) == para; ++k) {
          if (!out[k]) out[k] = from;
        }
      }
    }
    return out;
  }

  bool StartsItsSentence(Span q) const {
    const int s = SentenceOf(q.start);
    if (s < 0) return true;
    for (int32_t i = doc_.sentences[s].span.start; i < q.start; ++i) {
      if (u_isalnum(t_[i])) return false;
    }
    return true;
  }

  bool QuoteOnlyParagraph(int para) const {
    const Span p = doc_.paragraphs[para].span;
    for (int i = FirstTokenAtOrAfter(p.start); Valid(i) && toks_[i].span.start < p.end; ++i) {
      if (toks_[i].quote < 0) return false;
    }
    return true;
  }

  // Whether a resolved speaker is a person (a name the article gives a person).
  bool IsPersonName(const SpeakerRef& s) const {
    const Range r = RangeOf(s.span);
    if (r.first < 0) return false;
    const Range core = NameCore(r);
    return core.first >= 0 && IsPersonCore(core);
  }

  Range RangeOf(Span s) const {
    const int a = FirstTokenAtOrAfter(s.start);
    if (!Valid(a) || toks_[a].span.start >= s.end) return {-1, -1};
    int b = a;
    while (Valid(b + 1) && toks_[b + 1].span.end <= s.end) ++b;
    return {a, b};
  }

  std::string FullName(Span mention) {
    Range r{-1, -1};
    for (int i = 0; i < static_cast<int>(toks_.size()); ++i) {
      if (toks_[i].span.start >= mention.start && toks_[i].span.end <= mention.end) {
        if (r.first < 0) r.first = i;
        r.last = i;
      }
    }
    if (r.first < 0) return doc_.slice_utf8(mention);
    return NameFor(r).text;
  }

 private:
  // ---- tokens -------------------------------------------------------------

  void BuildTokens() {
    toks_.reserve(doc_.tokens.size());
    size_t q = 0;
    for (const Token& tk : doc_.tokens) {
      Tok t;
      t.span = tk.span;
      t.norm = &tk.norm;
      t.cap = u_isupper(t_[tk.span.start]) != 0;
      t.sentence = tk.sentence;
      t.paragraph = doc_.sentences[tk.sentence].paragraph;
      while (q < quotes_.size() && quotes_[q].end <= tk.span.start) ++q;
      if (q < quotes_.size() && quotes_[q].start <= tk.span.start) t.quote = static_cast<int>(q);
      toks_.push_back(t);
    }
  }

  const std::string& N(int i) const { return *toks_[i].norm; }
  bool Valid(int i) const { return i >= 0 && i < static_cast<int>(toks_.size()); }
  bool Outside(int i) const { return Valid(i) && toks_[i].quote < 0; }

  std::u16string_view Gap(int i) const {  // text between tokens i-1 and i
    return std::u16string_view(t_).substr(toks_[i - 1].span.end, toks_[i].span.start - toks_[i - 1].span.end);
  }

  // Whether tokens i-1 and i belong to one noun phrase: same sentence, only
  // spaces between (or the dot of "Mr." / "U.S.").
  bool Joined(int i) const {
    if (i <= 0 || !Valid(i) || toks_[i - 1].sentence != toks_[i].sentence) return false;
    if (toks_[i - 1].quote != toks_[i].quote) return false;
    const std::u16string_view g = Gap(i);
    if (g.empty()) return false;  // "Biden-Xi" splits on the hyphen; no gap means odd tokens
    bool spaces = true;
    for (char16_t c : g) spaces = spaces && (c == u' ' || c == u'\u00A0');
    if (spaces) return true;
    if ((g == u". " || g == u".") && IsDottedAbbreviation(N(i - 1))) return true;
    // "Karine Jean-Pierre": a hyphen joins a double-barrelled name after a
    // given name ("Israel-Hamas war", "Biden-Xi summit" stay apart).
    if ((g == u"-" || g == u"\u2011") && toks_[i - 1].cap && toks_[i].cap && i >= 2 &&
        toks_[i - 2].cap && toks_[i - 2].sentence == toks_[i].sentence &&
        Gap(i - 1).find_first_not_of(u" ") == std::u16string_view::npos && !Gap(i - 1).empty()) {
      return true;
    }
    return false;
  }

  // A title word, or a title abbreviation with its dot ("Sgt. Omar Vance",
  // "Rev. Amy Cole"; not "St.", a saint's place, nor "Hon" without a dot, a name).
  bool IsTitleAt(int i) const {
    if (IsTitleWord(N(i))) return true;
    if (toks_[i].cap && inferred_titles_.count(N(i))) return true;
    const int32_t end = toks_[i].span.end;
    return N(i) != "st" && IsTitleAbbreviation(N(i)) && end < int32_t(doc_.text().size()) && doc_.text()[size_t(end)] == u'.';
  }
  // A person title (kPersonTitles), or a rank the article shows to be one
  // (InferTitles).
  bool IsPersonTitleNorm(std::string_view w) const {
    return kPersonTitles.count(w) != 0 || inferred_titles_.count(w) != 0;
  }
  bool IsNameWord(int i) const {
    if (!toks_[i].cap) return NameParticleAt(i);
    // "Mr How", "Ms May": after a title of address the capitalised word is a
    // surname, even a common word ("How can we know" elsewhere is not).
    if (IsNonNameCapitalised(N(i)) && !(i > 0 && Joined(i) && kLostNameTitles.count(N(i - 1)))) return false;
    const std::string& n = N(i);
    return !(n.size() > 2 && n.compare(n.size() - 2, 2, "'s") == 0);  // possessive
  }
  // "John von Brandt", "Ana de la Cruz", "von Brandt said": a
  // lowercase particle (IsNameParticle) is a name word when a name follows it,
  // after any further particles.
  bool NameParticleAt(int i) const {
    if (toks_[i].cap || !IsNameParticle(N(i))) return false;
    int k = i + 1;
    while (Valid(k) && Joined(k) && !toks_[k].cap && IsNameParticle(N(k))) ++k;
    return Valid(k) && Joined(k) && toks_[k].cap && !IsNonNameCapitalised(N(k)) && !IsTitleAt(k);
  }
  // The words that join title words ("Secretary of State", "Minister for
  // Trade") and never begin or end a speaker phrase.
  bool IsTitleJoiner(int i) const { return N(i) == "of" || N(i) == "and" || N(i) == "for"; }
  // "Secretary of Fisheries Ada Brook", "Mayor of Larkton Tom Ferris",
  // "Secretary of Fisheries and Oceans Ada Brook": when the name words from
  // `a` follow a person title's "of"/"for" complement (capitalised words and
  // joiners back to "<title> of"), the first token of that title; else -1.
  // The complement is what the title serves, not part of the name.
  //
  // "Mayor of New Larkton Ada Brook", "Minister of National Unity Tom Vale":
  // a capitalised title word that only modifies the next word
  // (IsComplementModifier) never ends a complement; the name words after it
  // are the place's or the field's.
  //
  // With `through_title`, the word before `a` may also be a capitalised
  // title word that is no person title ("Police", "State"), inside the
  // complement ("Minister of Community Safety and Police Oversight Ada
  // Brook"; FieldAfterTitleWord).
  int TitleBeforeComplement(int a, bool through_title = false) const {
    if (!Valid(a - 1) || !Joined(a) || !Outside(a - 1)) return -1;
    const bool inner_title =
        through_title && toks_[a - 1].cap && IsTitleAt(a - 1) && !IsPersonTitleNorm(ExpandTitle(N(a - 1)));
    // "Chair of the Larkton Health Board Ada Brook": "the" may open the complement (ArticleInTitle).
    if (!IsTitleJoiner(a - 1) && !(toks_[a - 1].cap && IsComplementModifier(N(a - 1))) && !inner_title &&
        !ArticleInTitle(a - 1))
      return -1;
    constexpr int kMaxComplement = 8;  // "Minister of State for Coastal Fisheries and Oceans"
    for (int k = a - 1; k >= a - kMaxComplement && Valid(k - 1) && Joined(k) && Outside(k - 1); --k) {
      // "Head of New Business Tom Vale": a capitalised "Head" is a person
      // title before its complement (was "Business Tom Vale"); the lowercase
      // "head of state" is a role, as before.
      if ((N(k) == "of" || N(k) == "for") && IsTitleAt(k - 1) && !IsTitleJoiner(k - 1) &&
          (IsPersonTitleNorm(ExpandTitle(N(k - 1))) || (N(k - 1) == "head" && toks_[k - 1].cap))) {
        int t = k - 1;
        while (Valid(t - 1) && Joined(t) && Outside(t - 1) && IsTitleAt(t - 1) && !IsTitleJoiner(t - 1)) --t;
        return t;
      }
      // "Member of Parliament Tom Vale": a singular person noun opening its
      // sentence without a determiner is a title before a name (a plural is a
      // role: "Parents of Nia Okafor Brook said" names no one).
      if (PersonNounOf(k) && toks_[k - 1].cap && !IsPluralGroup(N(k - 1))) return k - 1;
      const int w = k - 1;
      if (!(IsTitleJoiner(w) || (toks_[w].cap && (IsNameWord(w) || IsTitleAt(w))))) return -1;
    }
    return -1;
  }
  // Whether capitalised name word p stands in a title's "of" complement
  // ("Health" in "Minister of Health Nia Okafor Brook"): a name follows it,
  // not a rank.
  bool InTitleComplement(int p) const {
    int s = p;
    while (Valid(s - 1) && Joined(s) && toks_[s - 1].cap && IsNameWord(s - 1) && !IsTitleAt(s - 1)) --s;
    return TitleBeforeComplement(s) >= 0;
  }
  // A name after a title's complement ("Secretary of Fisheries Ada Brook"):
  // a complement of portfolio words (IsPortfolioWord: "Minister of Health",
  // "Director of Public Prosecutions"), with common words before them
  // ("Minister of Coastal Fisheries"), ends where they end, and the name of
  // two words or more after it is whole ("Minister of Health Nia Okafor
  // Brook"). Else, of three name words or more there, the last two are the
  // person's name; the last three when the first of them is a given name of
  // the gender lists and a complement word stays before it ("Minister of
  // Coastal Fisheries Ana Maria Brook"), unless the word before it opens a
  // place ("Mayor of Port Sarah Ada Brook").
  int NameStartAfterComplement(int a, int b) const {
    if (b - a + 1 < 3) return a;
    if (TitleBeforeComplement(a) < 0) return FieldAfterTitleWord(a, b);
    // The complement runs to its last portfolio word among common words
    // ("Coastal Fisheries", "Road Safety": IsCommonNounOrAdjective) that
    // leaves a name of two words or more.
    // "Minister of Larkton Fisheries": a place's name the lexicon lacks may
    // open the complement before its common and portfolio words (was
    // "Okafor Brook" for "… Fisheries Nia Okafor Brook").
    int from = a;
    while (from <= b - 2 && !IsPortfolioWord(N(from)) && !IsCommonNounOrAdjective(N(from))) ++from;
    int field = a;
    for (int k = from; k <= b - 2 && (IsPortfolioWord(N(k)) || IsCommonNounOrAdjective(N(k))); ++k)
      if (IsPortfolioWord(N(k))) field = k + 1;
    // "Chair of Larkton Health Board Ada Brook": an organisation word after
    // the field continues a body's name, not the person's ("Board Ada Brook").
    if (field > a && !IsOrganisationWord(N(field))) return field;
    const int given = b - 2;
    if (given > a && (kMaleNames.count(N(given)) || kFemaleNames.count(N(given))) &&
        !kPlacePrefixes.count(N(given - 1)))
      return given;
    return b - 1;
  }
  // "Minister of Community Safety and Police Oversight Ada Brook",
  // "President of Larkton State University Ada Brook": a title word in the
  // complement ("Police", "State") ends the walk over the name's words, so
  // the field's last words stand before the name from `a` to `b`. Field
  // words there (common nouns and adjectives, portfolio and organisation
  // words; not a given name of the gender lists) belong to the complement,
  // leaving a name of two words or more (were "Oversight Ada Brook",
  // "University Ada Brook"). Else `a`: "Secretary of State Nia Okafor Brook"
  // is whole, as before.
  int FieldAfterTitleWord(int a, int b) const {
    if (TitleBeforeComplement(a, true) < 0) return a;
    int k = a;
    while (k <= b - 2 && !kMaleNames.count(N(k)) && !kFemaleNames.count(N(k)) &&
           (IsPortfolioWord(N(k)) || IsOrganisationWord(N(k)) || IsCommonNounOrAdjective(N(k))))
      ++k;
    return k;
  }
  // The title whose complement the name words from `a` follow, as
  // NameStartAfterComplement finds it, or -1.
  int ComplementTitle(int a) const {
    const int t = TitleBeforeComplement(a);
    return t >= 0 ? t : TitleBeforeComplement(a, true);
  }
  // "spokesman for the council", "Secretary of the Treasury": "the" after
  // "of"/"for" inside a title phrase, before a phrase word.
  bool ArticleInTitle(int i) const {
    return Valid(i - 1) && Valid(i + 1) && Outside(i) && N(i) == "the" && Joined(i) && Joined(i + 1) &&
           (N(i - 1) == "of" || N(i - 1) == "for") && IsPhraseWord(i + 1);
  }
  bool IsPossessive(int i) const {
    const std::string& n = N(i);
    return n.size() > 2 && n.compare(n.size() - 2, 2, "'s") == 0;
  }
  // "“…,” the statement read", "A statement from the council read: “…”":
  // "read" after a document, or after "from"/"by" and who issued it, reports
  // the document's words. Anywhere else it is no reporting verb ("she read
  // the letter").
  bool IsDocumentRead(int i) const {
    if (!Outside(i) || N(i) != "read" || toks_[i].cap || !Joined(i)) return false;
    if (IsDocumentNoun(N(i - 1))) return true;
    constexpr int kMaxIssuerWords = 5;  // "a statement from the Larkspur Council's press office read"
    for (int k = i - 1; k >= i - kMaxIssuerWords && Valid(k - 1) && Joined(k) && Outside(k - 1); --k) {
      if ((N(k) == "from" || N(k) == "by") && IsDocumentNoun(N(k - 1))) return true;
    }
    return false;
  }
  // "Mara Lindqvist sang “…”": a verb of song (IsSongVerb) right before a
  // quotation of its sentence, only a space between, reports its words.
  bool SongBeforeQuote(int i) const {
    if (!Outside(i) || toks_[i].cap || !IsSongVerb(N(i)) || !Valid(i + 1) || toks_[i + 1].quote < 0 ||
        toks_[i + 1].sentence != toks_[i].sentence)
      return false;
    const int32_t open = quotes_[static_cast<size_t>(toks_[i + 1].quote)].start;
    if (open < toks_[i].span.end) return false;
    for (int32_t p = toks_[i].span.end; p < open; ++p)
      if (t_[p] != u' ' && t_[p] != u'\u00A0') return false;
    return true;
  }
  // "“…,” read a statement from Nia Okafor": who issued the document, or
  // the document itself ("read the statement" → "statement").
  std::optional<Range> DocumentAfterRead(int k) const {
    if (!Outside(k) || N(k) != "read" || toks_[k].cap || !Valid(k + 1) || !Joined(k + 1) || !kArticles.count(N(k + 1)))
      return std::nullopt;
    constexpr int kMaxModifiers = 2;  // "read a brief joint statement"
    for (int n = k + 2; n <= k + 2 + kMaxModifiers && Valid(n) && Joined(n) && Outside(n); ++n) {
      if (!IsDocumentNoun(N(n))) continue;
      if (Valid(n + 1) && Joined(n + 1) && (N(n + 1) == "from" || N(n + 1) == "by")) {
        if (const std::optional<Range> issuer = SubjectAfter(n + 1)) return issuer;
      }
      return Range{k + 2, n};
    }
    return std::nullopt;
  }
  bool IsVerb(int i) const {
    if (IsDocumentRead(i)) return true;
    if (SongBeforeQuote(i)) return true;
    if (!Outside(i) || !IsReportingVerb(N(i))) return false;
    // A capitalised verb only at a sentence start ("Said Blinken: ..."); "Post" is a name.
    return !toks_[i].cap || i == 0 || toks_[i - 1].sentence != toks_[i].sentence;
  }
  // Noun-phrase words: names and title words ("US Secretary of State Antony Blinken").
  bool IsPhraseWord(int i) const {
    if (!Outside(i)) return false;
    if (IsNameWord(i)) return true;
    return IsTitleAt(i) && !IsReportingVerb(N(i));
  }

  // ---- names --------------------------------------------------------------

  void BuildNames() {
    const int n = static_cast<int>(toks_.size());
    int i = 0;
    while (i < n) {
      if (!IsNameWord(i) && !IsTitleAt(i)) {
        ++i;
        continue;
      }
      int j = i;
      // "and"/"for" separate names ("Joe Biden and Antony Blinken").
      while (j + 1 < n && Joined(j + 1) && (IsNameWord(j + 1) || IsTitleAt(j + 1)) && N(j + 1) != "and" &&
             N(j + 1) != "for") {
        ++j;
      }
      // A possessive ends a run, and is its last word when it is a name's:
      // "Chan Hon Meng's chicken" names Chan Hon Meng ("CNN's Kylie Atwood":
      // a possessive alone starts no run).
      const bool possessive_end = j + 1 < n && IsPossessive(j + 1) && Joined(j + 1) && toks_[j + 1].cap &&
                                  !IsNonNameCapitalised(PossessiveStem(j + 1));
      // "Amy Cole of Larkspur Bank", "Ada Brook of Larkton Police", "Amy
      // Cole of the council": the person's name ends before the affiliation,
      // as in a speaker phrase (WithoutAffiliation), and the body after "of"
      // is a name of its own. Whole, the run named no person (its last word
      // was the body's, or a title word, or "of"), so a later "Cole" found
      // no fuller name.
      int last = j;
      if (!possessive_end)
        while (last > i && N(last) == "of") --last;
      const Range person = WithoutAffiliation({i, last});
      if (person.last < last) {
        AddName(person);
        if (person.last + 2 <= j) AddName({person.last + 2, possessive_end ? j + 1 : j}, possessive_end);
      } else if (last < j) {
        AddName({i, last});
      } else {
        AddName({i, possessive_end ? j + 1 : j}, possessive_end);
      }
      i = j + 1;
      if (i < n && IsPossessive(i) && Joined(i)) ++i;
    }
  }

  // "Police chief Commander Ada Brook said … “…,” said Commander Brook": a
  // capitalised word the lexicon does not know that stands before a full name
  // and, in another mention, before that name's surname alone is a rank or
  // title (as "Brook" alone names Ada Brook, so does "Commander Brook"), when
  // the article also uses it as a rank (RankEvidence): a given name before a
  // middle name has the same two forms ("Nia Okafor Brook" … "Nia Brook").
  // Not a given name from the gender lists ("Maria Okafor Brook" … "Maria
  // Brook"), nor before a middle initial ("Tom A. Brook" … "Tom Brook").
  // Whether any was found.
  bool InferTitles() {
    std::set<std::string, std::less<>> unproven;  // RankEvidence scans the article: once a word
    for (const NameEntry& short_form : names_) {
      if (short_form.words.size() != 2) continue;
      const std::string& rank = short_form.words.front();
      if (kMaleNames.count(rank) || kFemaleNames.count(rank) || IsNameParticle(rank)) continue;
      if (inferred_titles_.count(rank) || unproven.count(rank)) continue;
      const auto it = by_word_.find(short_form.words.back());
      if (it == by_word_.end()) continue;
      for (size_t fi : it->second) {
        const NameEntry& full = names_[fi];
        // The rank may follow other words of the run ("Detective Inspector
        // Ada Brook" … "Inspector Brook"); a given name at least stands
        // between it and the surname.
        const auto at = std::find(full.words.begin(), full.words.end(), rank);
        if (full.words.size() < 3 || full.words.back() != short_form.words.back() || at == full.words.end() ||
            at + 2 >= full.words.end())
          continue;
        bool initials = false;
        for (auto m = at + 1; m + 1 < full.words.end(); ++m)
          initials = initials || m->size() == 1 || m->find('.') != std::string::npos;
        if (initials) continue;
        (RankEvidence(rank) ? inferred_titles_ : unproven).insert(rank);
        break;
      }
    }
    return !inferred_titles_.empty();
  }

  // Whether the article uses `rank` (a norm) as a rank, where a given name
  // never stands: after a determiner ("the commander said"); capitalised,
  // after a title word that leaves its phrase open ("Acting Commander",
  // kRankOpeners) or after an organisation word ("Police Commander"); after
  // any other title word, only before a given name of the gender lists
  // ("Police chief Commander Maria Brook"): a name may follow a title
  // ("Police chief Nia Okafor Brook", "Council leader Nia Okafor Brook" …
  // "Nia Brook" is a middle name dropped, not a rank "Nia"); after another
  // capitalised word the lexicon lacks, not opening its sentence ("said
  // Detective Inspector Ada Brook"); or before the full names of two people
  // ("Commander Ada Brook" … "Commander Tom Vale").
  bool RankEvidence(const std::string& rank) const {
    for (int i = 1; i < static_cast<int>(toks_.size()); ++i) {
      if (N(i) != rank || !Joined(i) || !Outside(i - 1)) continue;
      const int p = i - 1;
      if (kDeterminers.count(N(p))) return true;
      if (!toks_[i].cap) continue;
      if (kRankOpeners.count(N(p)) || IsOrganisationWord(N(p))) return true;
      if (IsTitleAt(p) && Valid(i + 1) && Joined(i + 1) && Outside(i + 1) &&
          (kMaleNames.count(N(i + 1)) || kFemaleNames.count(N(i + 1))))
        return true;
      const size_t sentence = static_cast<size_t>(toks_[p].sentence);
      const bool opens_sentence = p == static_cast<int>(doc_.sentence_tokens(sentence).first);
      if (toks_[p].cap && !opens_sentence && IsNameWord(p) && !IsTitleAt(p) && !kMaleNames.count(N(p)) &&
          !kFemaleNames.count(N(p)) && !InTitleComplement(p))
        return true;
    }
    std::set<std::string, std::less<>> surnames;
    for (const NameEntry& e : names_) {
      const auto at = std::find(e.words.begin(), e.words.end(), rank);
      if (at != e.words.end() && e.words.end() - at >= 3) surnames.insert(e.words.back());
    }
    return surnames.size() >= 2;
  }

  // "The Minister of Fisheries and Coastal Affairs, Ada Brook, said": the
  // title phrase opening the sentence that the full name a..b stands in
  // apposition to, between commas, so that "the minister" later is Ada
  // Brook. Empty unless it holds a person title ("After meeting the
  // president, Ada Brook said" gives her no title).
  std::vector<std::string> TitleInApposition(int a, int b) const {
    if (b <= a || !CommaBefore(a) || !CommaBefore(b + 1)) return {};
    int t = a - 1;
    while (Valid(t - 1) && Joined(t) && (IsPhraseWord(t - 1) || ArticleInTitle(t - 1))) --t;
    const int sentence_first = static_cast<int>(doc_.sentence_tokens(static_cast<size_t>(toks_[a].sentence)).first);
    // Or after an opening phrase and its comma: "On Monday, the mayor, Ada Brook, said".
    const bool determiner = Valid(t - 1) && kDeterminers.count(N(t - 1)) && Joined(t);
    if (t != sentence_first && !(determiner && (t - 1 == sentence_first || CommaBefore(t - 1)))) return {};
    std::vector<std::string> title;
    bool person = false;
    for (int k = t; k < a; ++k) {
      if (!IsPhraseWord(k) && !ArticleInTitle(k)) return {};
      title.push_back(ExpandTitle(N(k)));
      person = person || IsPersonTitleNorm(title.back());
    }
    return person ? title : std::vector<std::string>{};
  }

  // "Ada Brook, the mayor of Larkton, opened …", "… by Ada Brook, Larkton's
  // mayor.": the title phrase in apposition after the full name a..b (an
  // article or an owner, then title and name words, up to a comma or the
  // sentence end), so that "the mayor" later is Ada Brook, as after "Larkton
  // Mayor Ada Brook". Empty unless it holds a person title and no name of
  // its own ("Ada Brook, Mayor Tom Vale and …"), or when it is another's
  // ("Tom Vale, the mayor's husband": "mayor's" is an owner, "husband" no title).
  std::vector<std::string> TitleAfterName(int a, int b) const {
    if (b <= a || !Valid(b + 1) || !CommaBefore(b + 1) || !Outside(b + 1)) return {};
    int k = b + 1;
    if (kArticles.count(N(k)) && Valid(k + 1) && Joined(k + 1)) ++k;
    if (IsPossessive(k) && Valid(k + 1) && Joined(k + 1)) ++k;
    int e = k;
    while (Valid(e) && (e == k || Joined(e)) && (IsPhraseWord(e) || ArticleInTitle(e))) ++e;
    const int last = e - 1;
    if (last < k || IsTitleJoiner(last)) return {};
    if (Valid(last + 1) && toks_[last + 1].sentence == toks_[last].sentence && !CommaBefore(last + 1)) return {};
    if (NameCore({k, last}).first >= 0) return {};
    // "In Larkton Bay, the mayor, Ada Brook, said": the title is the name's after it.
    if (Valid(last + 2) && CommaBefore(last + 1) && FullNameUpTo(last + 1, last + 2)) return {};
    std::vector<std::string> title;
    bool person = false;
    for (int t = k; t <= last; ++t) {
      title.push_back(ExpandTitle(N(t)));
      person = person || IsPersonTitleNorm(title.back());
    }
    return person ? title : std::vector<std::string>{};
  }

  // The word of possessive token i without its "'s" ("meng" for "Meng's").
  std::string PossessiveStem(int i) const { return N(i).substr(0, N(i).size() - 2); }

  // `ends_possessive`: the last token is the name's last word with "'s".
  void AddName(Range r, bool ends_possessive = false) {
    // The name is the run of non-title name words that ends the phrase;
    // everything before it is its title ("Republican Sen." + "Mitch McConnell").
    const int b = r.last;
    const std::string last_word = ends_possessive ? PossessiveStem(b) : N(b);
    if ((!ends_possessive && !IsNameWord(b)) || IsTitleWord(last_word)) return;  // a title after the name: not a clean name
    int a = b;
    while (a - 1 >= r.first && IsNameWord(a - 1) && !IsTitleAt(a - 1)) --a;
    // "Minister of Fisheries", "Mayor of Larkton": one name word after a
    // title's "of" or "for" is what the title serves, not who holds it.
    // So is one after "New" there ("Mayor of New Larkton").
    if (a == b && a - 1 > r.first && (IsTitleJoiner(a - 1) || TitleBeforeComplement(a) >= 0)) return;
    // "Secretary of Fisheries Ada Brook": the complement's words before the
    // name belong to the title, which may start before this run ("Secretary
    // of Fisheries and" + "Oceans Ada Brook").
    int title_first = r.first;
    if (const int named = NameStartAfterComplement(a, b); named != a) {
      title_first = std::min(r.first, ComplementTitle(a));
      a = named;
    }
    std::vector<std::string> title;
    for (int k = title_first; k < a; ++k) title.push_back(ExpandTitle(N(k)));
    if (title.empty()) title = TitleInApposition(a, b);
    const std::vector<std::string> appositive_title = TitleAfterName(a, b);
    std::vector<std::string> words;
    for (int k = a; k < b; ++k) words.push_back(N(k));
    words.push_back(last_word);
    bool person_title = false;
    for (const std::string& w : title) person_title = person_title || IsPersonTitleNorm(w);
    if (words.size() < 2 && !person_title) return;
    const Span name_span{toks_[a].span.start, toks_[b].span.end - (ends_possessive ? 2 : 0)};
    if (CanonicalOutlet(doc_.slice(name_span))) return;
    const Gender gender = GenderOf(title, words);
    if (const auto it = name_index_.find(words); it != name_index_.end()) {
      NameEntry& e = names_[it->second];
      if (e.gender == Gender::kUnknown) e.gender = gender;
      {
        ++e.count;
        if (person_title && !e.person_title) {
          e.person_title = true;
          e.title = title;
          e.titled_at = a;
        }
        if (e.appositive_title.empty() && !appositive_title.empty()) {
          e.appositive_title = appositive_title;
          e.appositive_at = a;
        }
        return;
      }
    }
    NameEntry e;
    e.words = words;
    e.display = doc_.slice_utf8(name_span);
    e.title = title;
    e.person_title = person_title;
    e.titled_at = person_title ? a : -1;
    e.appositive_title = appositive_title;
    e.appositive_at = appositive_title.empty() ? -1 : a;
    e.count = 1;
    e.gender = gender;
    name_index_.emplace(e.words, names_.size());
    by_word_[e.words.front()].push_back(names_.size());
    if (e.words.size() > 1) by_word_[e.words.back()].push_back(names_.size());
    names_.push_back(std::move(e));
  }

  // The fullest name entry that a name core stands for, or nullptr.
  const NameEntry* Lookup(Range core) const {
    std::vector<std::string> words;
    for (int k = core.first; k <= core.last; ++k) words.push_back(N(k));
    const NameEntry* best = nullptr;
    // Candidates share the mention's last word or (Chinese order) its first.
    std::vector<size_t> candidates;
    for (const std::string* w : {&words.back(), &words.front()}) {
      if (const auto it = by_word_.find(*w); it != by_word_.end()) {
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    // A one-word name written with a person title, here or where it was
    // first seen: a surname.
    bool titled_surname = false;
    Gender surname_gender = Gender::kUnknown;
    if (words.size() == 1) {
      const bool titled_here =
          core.first > 0 && Joined(core.first) && IsPersonTitleNorm(ExpandTitle(N(core.first - 1)));
      const auto exact = name_index_.find(words);
      const bool titled_before = exact != name_index_.end() && names_[exact->second].person_title;
      titled_surname = titled_here || titled_before;
      surname_gender = TitleGenderBefore(core.first);
      if (surname_gender == Gender::kUnknown && titled_before) surname_gender = names_[exact->second].gender;
    }
    for (size_t ci : candidates) {
      const NameEntry& e = names_[ci];
      bool match = false;
      if (e.words == words) {
        match = true;
      } else if (words.size() == 1 && e.words.size() >= 2) {
        match = e.words.back() == words[0] || e.words.front() == words[0];
      } else if (words.size() < e.words.size()) {
        match = std::equal(words.rbegin(), words.rend(), e.words.rbegin()) ||
                // "Nia Brook" for "Nia Okafor Brook": the middle name dropped.
                (words.size() == 2 && words.front() == e.words.front() && words.back() == e.words.back());
      }
      if (!match) continue;
      // Ranked: a fuller name with a person title of its own; then, for a
      // titled surname ("Ms. Okafor"), a fuller name ending in it that the
      // title's gender does not contradict ("Nia Okafor, the council's
      // treasurer"); then any name with a person title; then the rest.
      auto rank = [&](const NameEntry& x) {
        if (x.person_title && x.words.size() > words.size()) return 3;
        if (titled_surname && x.words.size() > 1 && x.words.back() == words[0] && !IsPlace(x.words) &&
            !Contradicts(x.gender, surname_gender))
          return 2;
        return x.person_title ? 1 : 0;
      };
      auto score = [&](const NameEntry& x) {
        return std::make_tuple(rank(x), static_cast<int>(x.words.size()), x.count);
      };
      if (best == nullptr || score(e) > score(*best)) best = &e;
    }
    return best;
  }

  // Whether a name of `shorter` words stands for `fuller`, as Lookup takes a
  // mention: the same words, a surname or (Chinese order) a given name alone,
  // the last words, or a given name and surname without the middle name.
  static bool SameName(const std::vector<std::string>& shorter, const std::vector<std::string>& fuller) {
    if (shorter == fuller) return true;
    if (shorter.size() >= fuller.size()) return false;
    if (shorter.size() == 1) return fuller.back() == shorter[0] || fuller.front() == shorter[0];
    return std::equal(shorter.rbegin(), shorter.rend(), fuller.rbegin()) ||
           (shorter.size() == 2 && shorter.front() == fuller.front() && shorter.back() == fuller.back());
  }

  static bool Contradicts(Gender a, Gender b) {
    return a != Gender::kUnknown && b != Gender::kUnknown && a != b;
  }

  // The gender a person title right before token i marks ("Ms." Okafor), if any.
  Gender TitleGenderBefore(int i) const {
    if (i <= 0 || !Joined(i)) return Gender::kUnknown;
    return GenderOf({N(i - 1)}, {});
  }

  bool IsPlace(const std::vector<std::string>& words) const {
    std::string key;
    for (const std::string& w : words) key += (key.empty() ? "" : " ") + w;
    return kPlaceNames.count(key) != 0;
  }

  bool IsPersonCore(Range core) const {
    if (CanonicalOutlet(doc_.slice({toks_[core.first].span.start, toks_[core.last].span.end}))) return false;
    const NameEntry* e = Lookup(core);
    if (e == nullptr) {
      // A title right before a single name: "Mr. Xi".
      return core.first > 0 && Joined(core.first) && IsPersonTitleNorm(N(core.first - 1));
    }
    if (IsPlace(e->words)) return false;
    // "Larkspur United", "Ferris Holdings": a club or company, unless a person
    // title says otherwise ("Ms. Bank").
    // "Bank Larkton", "Club Larkton": the word may open the name as well.
    if (!e->person_title && (IsOrganisationWord(e->words.back()) || IsOrganisationWord(e->words.front())))
      return false;
    return e->person_title || e->words.size() >= 2;
  }

  // ---- noun phrases ---------------------------------------------------------

  // The name words at the end of a phrase ("Antony Blinken" in "US Secretary
  // of State Antony Blinken"), or first = -1.
  Range NameCore(Range np) const {
    // Only a name that heads the phrase: "A Treasury spokesperson" is a role.
    const int b = np.last;
    if (!(IsNameWord(b) && !IsTitleAt(b))) return {-1, -1};
    // "the Head of Public Information Sub-directorate": a capitalised word
    // that opens a lowercase hyphenated compound ends no name (was
    // "Information Sub").
    if (Valid(b + 1) && Outside(b + 1) && !toks_[b + 1].cap && toks_[b + 1].sentence == toks_[b].sentence &&
        (Gap(b + 1) == u"-" || Gap(b + 1) == u"\u2011"))
      return {-1, -1};
    int a = b;
    // "St. Mary's Hospital": a possessive between name words is part of the name.
    const auto name_word = [&](int i) {
      return IsNameWord(i) || (IsPossessive(i) && toks_[i].cap && i - 1 >= np.first && Joined(i) && IsNameWord(i - 1));
    };
    while (a - 1 >= np.first && name_word(a - 1) && !IsTitleAt(a - 1) && Joined(a)) --a;
    // "Bank of Larkspur", "the University of Larkton", "Reserve Bank of
    // Larkton": the body's whole name (was "Bank", "University").
    while (a - 2 >= np.first && OrgOfName(a - 1)) {
      a -= 2;
      while (a - 1 >= np.first && name_word(a - 1) && !IsTitleAt(a - 1) && Joined(a)) --a;
    }
    a = NameStartAfterComplement(a, b);  // "Secretary of Fisheries Ada Brook"
    // "The Mayor of Larkton said", "Mayor of New Larkton": one name word after
    // a title's complement is what the title serves (AddName), not who speaks.
    if (a == b && TitleBeforeComplement(a) >= 0) return {-1, -1};
    if (a == b && a - 2 >= np.first && IsCoordinatedName(a - 2)) a -= 2;  // "Brandt and Marlow"
    // "Secretary of the Treasury", "spokesman for the Larkspur Group": the name
    // is what the title serves, not who speaks.
    if (a - 1 > np.first && ArticleInTitle(a - 1)) return {-1, -1};
    // "said a resident of Larkton", "a friend of Tom Ferris", "Teachers at
    // Larkton School said", "a source close to Tom Vale": the name is where
    // or whose the person is; the person has no name here.
    if (a - 1 > np.first && RoleHeadBefore(a - 1, true) >= np.first) return {-1, -1};
    // "Researchers from the University of Larkton", "a friend of the Larkton
    // family": so with an article between.
    if (a - 2 > np.first && kArticles.count(N(a - 1)) && RoleHeadBefore(a - 2, true) >= np.first) return {-1, -1};
    // "Members of the public in Larkton": so in a place after a role's
    // complement (PersonWithComplement).
    if (a - 1 > np.first && kPlaceJoiners.count(N(a - 1))) {
      const std::optional<Range> role = PersonWithComplement(b);
      if (role && role->first >= np.first && role->first < a && role->last == b) return {-1, -1};
    }
    return {a, b};
  }

  // "Brandt and Marlow", "Larkton and Vale": two capitalised name words, one
  // on each side of "and" at first + 1, are one name (a firm's, a place's),
  // as "it" takes them (ResolvePronounAs), unless either is a person the
  // article names ("said Ada Brook and Tom Vale", "Brook and Vale said" after
  // "Ada Brook" and "Tom Vale": the first person speaks, as before).
  bool IsCoordinatedName(int first) const {
    const int last = first + 2;
    if (!Valid(first) || !Valid(last) || !Outside(first) || N(first + 1) != "and" || !Joined(first + 1) ||
        !Joined(last))
      return false;
    const auto lone_name = [&](int i) {
      return Outside(i) && toks_[i].cap && IsNameWord(i) && !IsTitleAt(i) && !IsPersonCore({i, i});
    };
    // One word a side: "Ada Brook and …" and "… and Tom Vale" are names of their own.
    if (Valid(first - 1) && Joined(first) && IsPhraseWord(first - 1)) return false;
    if (Valid(last + 1) && Joined(last + 1) && IsPhraseWord(last + 1)) return false;
    return lone_name(first) && lone_name(last);
  }

  // Whether the text between tokens i-1 and i is a comma (", ").
  bool CommaBefore(int i) const {
    if (i <= 0 || !Valid(i) || toks_[i - 1].sentence != toks_[i].sentence) return false;
    const std::u16string_view g = Gap(i);
    return g == u", " || g == u",";
  }

  // "Smith, the company's chief executive, said": the name before an
  // appositive set off by commas (at most kMaxAppositive words).
  std::optional<Range> AppositiveSubject(int v) const {
    constexpr int kMaxAppositive = 20;  // "Anja Kovarik, communications officer for the International Federation of …, said"
    for (int c = v - 1; c >= 1 && c >= v - kMaxAppositive; --c) {
      if (!Outside(c) || toks_[c].sentence != toks_[v].sentence) return std::nullopt;
      if (!CommaBefore(c)) continue;
      const int j = c - 1;
      // "Ada Brook, 38, who was with her daughter, said": an age is a second
      // appositive; the name is before it.
      if (IsAge(j) && CommaBefore(j)) {
        c = j + 1;
        continue;
      }
      // "the council's spokesman, Tom Ferris, replied": a full name in
      // apposition after a title is who the title stands for.
      if (Outside(j) && IsTitleAt(j) && !IsNameWord(j) && FullNameUpTo(c, v - 1)) return Range{c, v - 1};
      // "A mother of two, who declined to be named, said": a role with its
      // complement, under the same conditions as a role alone (below).
      if (const std::optional<Range> role = PersonWithComplement(j); role && OpensNounPhrase(c)) {
        if (OpensClause(role->first)) return role;
        return std::nullopt;
      }
      // "“…,” the council's spokesman, a former teacher, replied": a role or
      // person noun before an apposition that opens as a noun phrase does (an
      // article, "his"/"her", an age), the role opening its clause (its
      // sentence, or right after the quote): not an object ("told the
      // spokesman, a former teacher, …").
      if (Outside(j) && !toks_[j].cap && (IsTitleAt(j) || IsPersonNoun(N(j))) && OpensNounPhrase(c)) {
        const std::optional<Range> role = PhraseEndingAt(j);
        if (role && OpensClause(role->first)) return role;
        return std::nullopt;
      }
      // "The Head of Larkton School, Ada Brook, said": a full name in
      // apposition after a title's complement is who holds the title (was
      // "Larkton School").
      if (Outside(j) && toks_[j].cap && IsNameWord(j) && InTitleComplement(j) && FullNameUpTo(c, v - 1))
        return Range{c, v - 1};
      // A name or a capitalised body ("Pakistan's Foreign Office, however, rejected").
      if (!Outside(j) || !IsPhraseWord(j) || !toks_[j].cap) return std::nullopt;
      int a = j;
      while (Valid(a - 1) && Joined(a) && IsPhraseWord(a - 1)) --a;
      return WithOwner(Range{a, j});
    }
    return std::nullopt;
  }

  // Whether token c opens an appositive: a noun phrase ("a former teacher",
  // "his deputy", "38") or a relative clause ("who declined to be named").
  bool OpensNounPhrase(int c) const {
    static const std::set<std::string, std::less<>> kOpeners = {"a", "an", "the", "his", "her", "their", "its", "who"};
    return Outside(c) && (kOpeners.count(N(c)) || IsAge(c));
  }

  // Whether the phrase starting at token `first` (with a determiner or a
  // lowercase possessive before it) opens its clause: the first words of its
  // sentence, or right after a quotation.
  bool OpensClause(int first) const {
    int x = first;
    for (int n = 0; n < 2 && Valid(x - 1) && Joined(x) && Outside(x - 1) &&
                    (kDeterminers.count(N(x - 1)) || kPossessiveDeterminers.count(N(x - 1)) || IsPossessive(x - 1));
         ++n)
      --x;
    if (x == static_cast<int>(doc_.sentence_tokens(static_cast<size_t>(toks_[x].sentence)).first)) return true;
    return Valid(x - 1) && toks_[x - 1].quote >= 0 && toks_[x - 1].sentence == toks_[x].sentence;
  }

  // A person's age as news gives it after a name: a number of one to three digits.
  bool IsAge(int i) const {
    const std::string& n = N(i);
    return Outside(i) && !n.empty() && n.size() <= 3 &&
           std::all_of(n.begin(), n.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  }

  // Whether tokens first..last are a full name: two name words or more, none a title.
  bool FullNameUpTo(int first, int last) const {
    if (last <= first) return false;
    for (int i = first; i <= last; ++i) {
      if (!Outside(i) || !IsNameWord(i) || IsTitleAt(i) || (i > first && !Joined(i))) return false;
    }
    return true;
  }

  // "he curtly replied", "the Larkton MP jokingly said": an -ly word between
  // a subject and its verb is an adverb, not part of the subject. Not one of
  // the nouns ending so ("the Okafor family said", IsLyAdverb), nor a word
  // right after a determiner ("the elderly said").
  bool AdverbBeforeVerb(int j) const {
    return IsLyAdverb(N(j)) && Valid(j - 1) && Joined(j) && Outside(j - 1) && !kDeterminers.count(N(j - 1));
  }

  // "The Larkton Police on Wednesday said", "The ministry yesterday said":
  // a day between a subject and its verb, ending at token j. The token
  // before the day, or j when there is none (was no subject: the day's name
  // is no name).
  int TimeBeforeVerb(int j) const {
    static const std::set<std::string, std::less<>> kWeekdays = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    static const std::set<std::string, std::less<>> kPartsOfDay = {"morning", "afternoon", "evening", "night"};
    if (!Valid(j) || !Outside(j) || !Joined(j + 1)) return j;
    if (!toks_[j].cap && (N(j) == "yesterday" || N(j) == "today")) return j - 1;
    int d = j;
    if (!toks_[d].cap && kPartsOfDay.count(N(d)) && Valid(d - 1) && Joined(d)) --d;
    if (!toks_[d].cap || !kWeekdays.count(N(d)) || !Valid(d - 1) || !Joined(d) || N(d - 1) != "on" ||
        !Outside(d - 1))
      return j;
    return d - 2;
  }

  // The subject right before token v (a reporting verb): "Blinken (also) said".
  std::optional<Range> SubjectBefore(int v) const {
    int j = v - 1;
    // "Ada Brook went on to say": the subject is before "went on to".
    if (Valid(v - 3) && Joined(v) && Joined(v - 1) && Joined(v - 2) && N(v - 1) == "to" && N(v - 2) == "on" &&
        kGoOn.count(N(v - 3)) && Outside(v - 3))
      j = v - 4;
    bool passive = false;  // "it is said", "he was told": the subject did not speak
    for (;;) {
      while (Valid(j) && Joined(j + 1) && Outside(j) && (IsSpeakerVerbFiller(N(j)) || AdverbBeforeVerb(j)) &&
             !toks_[j].cap) {
        passive = passive || kPassiveAuxiliaries.count(N(j));
        --j;
      }
      const int before_time = TimeBeforeVerb(j);
      if (before_time == j) break;
      j = before_time;
    }
    if (passive) return std::nullopt;
    if (Valid(j) && CommaBefore(j + 1) && Outside(j)) return AppositiveSubject(j + 1);
    if (!Valid(j) || !Joined(j + 1) || !Outside(j)) return std::nullopt;
    if (const std::optional<Range> named = NameBeforeOpenApposition(j)) return named;
    return PhraseEndingAt(j);
  }

  // "“…,” Ada Brook, Larkton Bakery owner said", "Ada Brook, a local shop
  // owner said: “…”": a full name opening its clause, a comma, and a role
  // ending at j (a person noun or title word) whose closing comma was left
  // out. The name speaks, as with the comma (AppositiveSubject); was no
  // speaker, or the role.
  std::optional<Range> NameBeforeOpenApposition(int j) const {
    if (!Outside(j) || toks_[j].cap || !(IsPersonNoun(N(j)) || IsTitleAt(j)) || IsTitleJoiner(j))
      return std::nullopt;
    constexpr int kMaxRoleWords = 6;  // "a long-time Larkton Bakery shop owner"
    for (int c = j; c > j - kMaxRoleWords && Valid(c - 1) && Outside(c); --c) {
      if (c < j && (kNotVerbs.count(N(c)) || IsVerb(c) || kAuxiliaries.count(N(c))) && !kArticles.count(N(c)))
        return std::nullopt;
      if (CommaBefore(c)) {
        int a = c - 1;
        while (Valid(a - 1) && Joined(a) && IsNameWord(a - 1) && !IsTitleAt(a - 1)) --a;
        if (!FullNameUpTo(a, c - 1) || !OpensClause(a)) return std::nullopt;
        return Range{a, c - 1};
      }
      if (!Joined(c) && !LowercaseCompound(c)) return std::nullopt;
    }
    return std::nullopt;
  }

  // The subject phrase whose last word is j (a pronoun, a body, a common noun
  // phrase, or names and title words).
  std::optional<Range> PhraseEndingAt(int j) const {
    if (!Outside(j)) return std::nullopt;
    if (IsSubjectPronoun(N(j))) {
      if (N(j) == "i" || N(j) == "we") return std::nullopt;  // the speaker's own words
      return Range{j, j};
    }
    // "a 38-year-old mother of two said": the role ends after its complement.
    if (std::optional<Range> role = PersonWithComplement(j)) return role;
    // "Larkton and Vale health board said": one body.
    if (std::optional<Range> body = OrganisationPhrase(j)) return body;
    if (std::optional<Range> common = CommonNounPhrase(j)) return common;
    if (!IsPhraseWord(j) || IsTitleJoiner(j)) return std::nullopt;
    int a = j;
    // A possessive inside a name ("Amy Cole of St. Mary's Hospital said") is
    // walked through; one that begins the phrase is its owner (WithOwner).
    const auto inner_possessive = [&](int i) {
      return IsPossessive(i) && toks_[i].cap && Outside(i) && Valid(i - 1) && Joined(i) && IsPhraseWord(i - 1);
    };
    while (Valid(a - 1) && Joined(a) && (IsPhraseWord(a - 1) || inner_possessive(a - 1) || ArticleInTitle(a - 1))) --a;
    while (a < j && (IsTitleJoiner(a) || ArticleInTitle(a))) ++a;
    return WithOwner(WithoutAffiliation(Range{a, j}));
  }

  // Whether token o is the "of" inside an organisation's name: after a
  // capitalised organisation word (IsOrganisationWord) and before a name
  // word ("Bank of Larkspur", "University of Larkton", "Ministry of Health").
  // Not after a person's name ("Amy Cole of Larkspur Bank").
  bool OrgOfName(int o) const {
    return Valid(o - 1) && Valid(o + 1) && Outside(o) && N(o) == "of" && Joined(o) && Joined(o + 1) &&
           Outside(o - 1) && toks_[o - 1].cap && IsOrganisationWord(N(o - 1)) && toks_[o + 1].cap &&
           IsNameWord(o + 1);
  }

  // "Amy Cole of St. Mary's Hospital": after a name, "of" (or "and", "for")
  // starts where the person works, unless a title follows ("Bank of England
  // Governor Ada Brook", "Secretary of State Ada Brook").
  Range WithoutAffiliation(Range r) const {
    for (int j = r.first + 1; j < r.last; ++j) {
      if (!IsTitleJoiner(j) || !IsNameWord(j - 1) || IsTitleAt(j - 1)) continue;
      // "Bank of Larkspur", "University of Larkton": "of" after an
      // organisation word is inside the body's name (OrgOfName).
      if (OrgOfName(j)) continue;
      // "Secretary of Fisheries and Oceans Ada Brook": an "and" inside a
      // title's complement (one or two name words after "<title> of") joins it.
      if (N(j) == "and") {
        int s = j - 1;
        while (s - 1 > r.first && IsNameWord(s - 1) && !IsTitleAt(s - 1) && Joined(s)) --s;
        if (j - s <= 2 && TitleBeforeComplement(s) >= 0) continue;
        if (IsCoordinatedName(j - 1)) continue;  // "said Brandt and Marlow": one name
      }
      // "Head of Sales and Logistics Division of Larkton Port Ada Brook": an
      // "of" inside a title's complement continues it when a full name
      // follows the complement's last words (three name words or more, not
      // ending in an organisation word), which NameCore then finds
      // (was "Logistics Division").
      if (N(j) == "of") {
        int s = j - 1;
        while (s - 1 > r.first && IsNameWord(s - 1) && !IsTitleAt(s - 1) && Joined(s)) --s;
        bool names_after = !IsOrganisationWord(N(r.last));
        for (int t = j + 1; t <= r.last && names_after; ++t) names_after = IsNameWord(t) && !IsTitleAt(t);
        if (names_after && r.last - j >= 3 && TitleBeforeComplement(s) >= 0) continue;
      }
      bool title_follows = false;
      for (int t = j + 1; t <= r.last; ++t) title_follows = title_follows || (IsTitleAt(t) && !IsTitleJoiner(t));
      // "Ada Brook of Larkton Police", "… of Larkton Bay Council": a run
      // ending in an organisation word is where she works, though the word is
      // a title word too; a title heads a name that ends the run ("Bank of
      // Larkspur Governor Ada Brook"), or a field ("Chamber of Commerce").
      if (IsOrganisationWord(N(r.last))) title_follows = false;
      // "Amy Cole of the council": after a name, "of the" begins the affiliation even before a title word.
      if (!title_follows || ArticleInTitle(j + 1)) return {r.first, j - 1};
    }
    return r;
  }

  // "China's foreign ministry": a capitalised possessive before a phrase of
  // title words belongs to it (a name keeps its own: "CNN's Kylie Atwood").
  Range WithOwner(Range r) const {
    if (NameCore(r).first >= 0) return r;
    const int o = r.first - 1;
    if (Valid(o) && Joined(r.first) && Outside(o) && IsPossessive(o) && toks_[o].cap) return {o, r.last};
    // "the council's spokesman said", as "said the council's spokesman": a
    // lowercase owner after a determiner, before a title word.
    if (Valid(o - 1) && Joined(r.first) && Joined(o) && Outside(o) && IsPossessive(o) && !toks_[o].cap &&
        kDeterminers.count(N(o - 1)) && IsTitleAt(r.last) && !IsNameWord(r.last))
      return {o, r.last};
    return r;
  }

  // Whether token i is the first of its sentence.
  bool OpensSentence(int i) const {
    return i == static_cast<int>(doc_.sentence_tokens(static_cast<size_t>(toks_[i].sentence)).first);
  }

  // Whether token o is the "of" after a person noun or a plural group
  // ("mother of", "resident of", "officials of"): lowercase, or capitalised
  // as the first word of its sentence ("Residents of Larkton said", "Parents
  // of the pupils said", "Leaders of both parties said"). Elsewhere a
  // capitalised one is a name's word ("Friends of Larkton Park").
  bool PersonNounOf(int o) const {
    return Valid(o - 1) && Outside(o) && N(o) == "of" && Joined(o) && Outside(o - 1) &&
           (!toks_[o - 1].cap || CapitalisedRoleOpens(o - 1)) && (IsPersonNoun(N(o - 1)) || IsPluralGroup(N(o - 1)));
  }
  // Where a capitalised person noun is a role's head, not a name's word: the
  // first word of its sentence, or right after a quotation ("“…,” Members of
  // the public said", as "Members of the public said: “…”").
  bool CapitalisedRoleOpens(int h) const {
    return OpensSentence(h) ||
           (Valid(h - 1) && toks_[h - 1].quote >= 0 && toks_[h - 1].sentence == toks_[h].sentence);
  }

  // The head of a role whose complement's joiner ends at token e, or -1: the
  // "of" after a person noun or plural group (PersonNounOf); "close to" and
  // "familiar with" after one ("a source close to the talks", "people
  // familiar with the plan"); with `places`, also "at", "from" and "in"
  // ("Teachers at the school", "Residents in the area", "Officials from the
  // ministry", "Police in Larkton"), which only before the verb are the
  // role's: after it they are as often where or how it was said ("said
  // officials in a statement", "said guards at the gate").
  int RoleHeadBefore(int e, bool places) const {
    if (PersonNounOf(e)) return e - 1;
    if (!Valid(e - 1) || !Outside(e) || !Joined(e) || !Outside(e - 1) || toks_[e].cap) return -1;
    int h = -1;
    if (places && kPlaceJoiners.count(N(e))) {
      h = e - 1;
    } else if ((N(e) == "to" && N(e - 1) == "close") || (N(e) == "with" && N(e - 1) == "familiar")) {
      if (!Valid(e - 2) || !Joined(e - 1) || !Outside(e - 2)) return -1;
      h = e - 2;
    }
    if (h < 0) return -1;
    const std::string& w = N(h);
    const bool noun = IsPersonNoun(w) || IsPluralGroup(w) || (places && w == "police");
    return noun && (!toks_[h].cap || CapitalisedRoleOpens(h)) ? h : -1;
  }

  // The head of a role with its complement ("Residents" in "Residents of
  // Larkton", "Teachers at the school", what "they" stands for), else the
  // phrase's last word.
  int RoleHead(Range r) const {
    for (int o = r.first + 1; o <= r.last; ++o)
      if (const int h = RoleHeadBefore(o, true); h >= r.first) return h;
    return r.last;
  }

  // Whether the complement ending at j after "at"/"in"/"from" names a place
  // or body, not an occasion or a time: "Officials in a statement said",
  // "Officials at a briefing said", "Residents in March said", "in 2019".
  bool PlaceComplementEnd(int j) const {
    const std::string& w = N(j);
    if (IsDocumentNoun(w) || kOccasions.count(w)) return false;
    if (toks_[j].cap && IsNonNameCapitalised(w)) return false;  // months, days
    return !std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  }

  static constexpr int kMaxComplement = 3;  // "of the local school"
  // Whether token i may stand in a role's "of" complement that ends at j: a
  // number, a lowercase word, a name, or an article before the end.
  bool ComplementWord(int i, int j) const {
    const std::string& w = N(i);
    return Outside(i) && !IsVerb(i) && !kAuxiliaries.count(w) && !IsSubjectPronoun(w) && !IsSpeakerVerbFiller(w) &&
           !IsPossessive(i) && (!kNotVerbs.count(w) || (i < j && kArticles.count(w)) || OrgOfName(i));
  }

  // "a 38-year-old mother of two", "a resident of Larkton", "a member of the
  // public", "a friend of Tom Ferris": a role (CommonNounPhrase) and its "of"
  // complement of up to three words (numbers, lowercase words, names, an
  // article) ending at j. The complement is not the speaker (it gave
  // "Larkton", "public", "Tom Ferris"; "two" gave none).
  //
  // So with "at", "in", "from", "close to", "familiar with" (RoleHeadBefore):
  // "Teachers at the school said" (was "school"), "a source close to the
  // talks said" (was "talks"); not "Officials in a statement said", where
  // the complement is an occasion (PlaceComplementEnd).
  std::optional<Range> PersonWithComplement(int j) const {
    const auto complement_word = [&](int i) { return ComplementWord(i, j); };
    int words = 0;
    for (int i = j; Valid(i - 1) && Joined(i) && complement_word(i); --i) {
      // "Researchers from the University of Larkton": the "of" inside a
      // body's name (OrgOfName) does not count.
      if (!OrgOfName(i) && ++words > kMaxComplement) break;
      const int h = RoleHeadBefore(i - 1, true);
      if (h < 0) {
        // "Members of the public in Larkton", "Teachers at the school in
        // Larkton": a place after a role's complement is the role's too (was
        // "Larkton"); after an occasion the role speaks alone ("Officials at a
        // briefing in Larkton said").
        const int p = i - 1;
        if (!Valid(p - 1) || !Outside(p) || toks_[p].cap || !kPlaceJoiners.count(N(p)) || !Joined(p)) continue;
        const std::optional<Range> role = PersonWithComplement(p - 1);
        if (!role) continue;
        if (role->last != p - 1 || !PlaceComplementEnd(j)) return role;
        return Range{role->first, j};
      }
      // A capitalised head opens its sentence (RoleHeadBefore): it is the role
      // alone; so is "police", a title word that heads no common noun phrase.
      const std::optional<Range> head = toks_[h].cap || N(h) == "police" ? std::optional<Range>(Range{h, h})
                                                                         : CommonNounPhrase(h);
      if (!head || head->last != h) return std::nullopt;
      // "Officials in a statement said": the role speaks without the occasion (was "statement").
      if (N(i - 1) != "of" && !PlaceComplementEnd(j)) return head;
      return Range{head->first, j};
    }
    return std::nullopt;
  }

  // "Larkton and Vale health board", "Larkton district council": capitalised
  // names (two joined by "and" or "of") and up to two lowercase modifiers
  // before an organisation word (IsOrganisationWord) at j are one body. Only
  // where that is more than the capitalised run alone gives: a lowercase word
  // or a joiner in it ("Okafor Holdings" is found as a name).
  std::optional<Range> OrganisationPhrase(int j) const {
    if (!Outside(j) || !IsOrganisationWord(N(j))) return std::nullopt;
    int d = j - 1;
    int lowercase = toks_[j].cap ? 0 : 1;
    constexpr int kMaxModifiers = 2;  // "Larkton and Vale university health board"
    for (int m = 0; m < kMaxModifiers && Valid(d) && Joined(d + 1) && Outside(d) && !toks_[d].cap; ++m, --d) {
      const std::string& w = N(d);
      if (kNotVerbs.count(w) || IsVerb(d) || kAuxiliaries.count(w) || IsSpeakerVerbFiller(w) || kDeterminers.count(w) ||
          IsSubjectPronoun(w) || IsPossessive(d) || IsLyAdverb(w))
        return std::nullopt;
      ++lowercase;
    }
    const auto capital_name = [&](int i) { return Valid(i) && Outside(i) && toks_[i].cap && IsNameWord(i); };
    if (!capital_name(d) || !Joined(d + 1)) return std::nullopt;
    int a = d;
    bool joiner = false;
    for (;;) {
      if (capital_name(a - 1) && Joined(a)) {
        --a;
      } else if (Valid(a - 1) && Joined(a) && (N(a - 1) == "and" || N(a - 1) == "of") && Joined(a - 1) &&
                 capital_name(a - 2) && (N(a - 1) == "and" || IsOrganisationWord(N(a - 2)))) {
        // "University of Larkton health board"; but "Amy Cole of Larkspur
        // Bank said" is a person and her affiliation (WithoutAffiliation;
        // was "Larkspur Bank").
        a -= 2;
        joiner = true;
      } else {
        break;
      }
    }
    if (lowercase == 0 && !joiner) return std::nullopt;
    return Range{a, j};
  }

  // "one trader", "a local resident", "the woman": a determiner and up to two
  // lower-case words before the noun at j. Articles are left out of the
  // phrase ("trader"); quantifiers stay ("one trader").
  std::optional<Range> CommonNounPhrase(int j) const {
    std::optional<Range> r = CommonNounPhraseAlone(j);
    // "one of the teachers said", "two of her sisters said": a partitive
    // before the group is part of the phrase (was "teachers").
    if (r && IsPersonNoun(N(j))) {
      int o = r->first - 1;
      if (Valid(o) && Joined(r->first) && Outside(o) &&
          (kArticles.count(N(o)) || kPossessiveDeterminers.count(N(o))))
        --o;
      if (Valid(o - 1) && Joined(o + 1) && Joined(o) && Outside(o - 1) && N(o) == "of" && kPartitives.count(N(o - 1)))
        r->first = o - 1;
    }
    return r;
  }
  // A bare plural group ("local residents", "Larkton teachers") whose first
  // word opens its clause: the sentence, or right after a quote or a comma.
  bool OpensBarePlural(int first) const {
    if (first == static_cast<int>(doc_.sentence_tokens(static_cast<size_t>(toks_[first].sentence)).first)) return true;
    if (CommaBefore(first)) return true;
    return Valid(first - 1) && toks_[first - 1].quote >= 0 && toks_[first - 1].sentence == toks_[first].sentence;
  }
  std::optional<Range> CommonNounPhraseAlone(int j) const {
    // A bare plural group right before its verb: "”, researchers wrote.".
    if (Outside(j) && !toks_[j].cap && IsPluralGroup(N(j)) && (!Valid(j - 1) || !Joined(j) || !Outside(j - 1)))
      return Range{j, j};
    // A title word heads no common noun phrase ("the US official" is a title
    // phrase), but for a plural group after a lowercase word that is no title
    // ("“…,” local officials said", "hospital staff said"; was "officials", "staff").
    const bool modified_group = IsPluralGroup(N(j)) && Valid(j - 1) && Joined(j) && Outside(j - 1) &&
                                !toks_[j - 1].cap && !IsTitleAt(j - 1);
    if (!Outside(j) || toks_[j].cap || (IsTitleAt(j) && !modified_group) || IsSubjectPronoun(N(j)))
      return std::nullopt;
    if (toks_[j].span.length() < 2 || kNotVerbs.count(N(j)) || IsReportingVerb(N(j)) || kAuxiliaries.count(N(j))) {
      return std::nullopt;
    }
    // "the 51-year-old", "the 38-year-old teacher": a lowercase hyphenated
    // compound (LowercaseCompound) is one word here.
    // "the well-known long-serving local primary teacher": up to five
    // modifiers before a person noun (IsPersonNoun, or an age: "38-year-old"),
    // when the determiner opens its clause (OpensClause: the sentence, or
    // right after a quote); three before any other noun, or anywhere. The
    // words may not hold a verb, auxiliary or relative word (below), so the
    // run stays a noun phrase.
    constexpr int kMaxWords = 3;        // the determiner and two modifiers
    constexpr int kMaxPersonWords = 6;  // the determiner and five modifiers
    const bool person_head = IsPersonNoun(N(j)) || (N(j) == "old" && LowercaseCompound(j));
    // "“…,” local residents said", "Larkton teachers said": a plural group
    // needs no determiner when its modifiers open the clause.
    const bool bare_plural = IsPluralGroup(N(j));
    const int sentence_first = static_cast<int>(doc_.sentence_tokens(static_cast<size_t>(toks_[j].sentence)).first);
    int words = 0;
    int d = j - 1;
    for (; Valid(d) && (Joined(d + 1) || LowercaseCompound(d + 1)) && Outside(d); --d) {
      if (LowercaseCompound(d + 1)) continue;
      if (++words > (person_head ? kMaxPersonWords : kMaxWords)) break;
      const std::string& w = N(d);
      if (kArticles.count(w)) {
        if (words > kMaxWords && !OpensClause(d + 1)) return std::nullopt;
        return d + 1 <= j ? std::optional<Range>(Range{d + 1, j}) : std::nullopt;
      }
      if (kQuantifiers.count(w)) return Range{d, j};
      // "Her sister, a nurse, said", "his 38-year-old wife said": before a
      // person noun only ("her report" is no one), kept as written.
      if (kPossessiveDeterminers.count(w) && person_head) {
        if (words > kMaxWords && !OpensClause(d)) return std::nullopt;
        return Range{d, j};
      }
      if (toks_[d].cap && IsNameWord(d) && d > sentence_first)
        continue;  // "a Treasury source", "a White House official"
      if (bare_plural && toks_[d].cap && d == sentence_first) {
        // "Larkton residents said", "Defence lawyers objected"; "But teachers said" without "But".
        if (IsNameWord(d) || IsTitleAt(d)) return Range{d, j};
        return d + 1 < j ? std::optional<Range>(Range{d + 1, j}) : std::nullopt;
      }
      if (toks_[d].cap || kNotVerbs.count(w) || IsReportingVerb(w) || IsSpeakerVerbFiller(w) || kAuxiliaries.count(w)) {
        return std::nullopt;
      }
    }
    // The run stopped at its clause's opening: a bare plural group.
    if (bare_plural && d + 1 < j && words <= (person_head ? kMaxPersonWords : kMaxWords) && Outside(j) &&
        OpensBarePlural(d + 1))
      return Range{d + 1, j};
    return std::nullopt;
  }

  // A reporting verb without a subject of its own shares its sentence's: a
  // participle after a comma ("Smith thanked the community, noting “…”") or a
  // verb joined by "and"/"but"/"yet" ("Smith thanked them but warned that “…”").
  // The sentence's first subject phrase, when it names someone.
  bool SubjectIsShared(int v) const {
    if (!Valid(v) || v == 0 || toks_[v - 1].sentence != toks_[v].sentence) return false;
    const std::string& verb = N(v);
    const bool participle = verb.size() > 4 && verb.compare(verb.size() - 3, 3, "ing") == 0 &&
                            Gap(v).find(u',') != std::u16string_view::npos;
    int before = v - 1;
    if (Joined(v) && N(before) == "also" && Valid(before - 1) && Joined(before)) --before;
    // "thanked the crowd, yet said": "yet" joins verbs too, but not as an
    // adverb after an auxiliary ("has not yet said").
    const bool yet = N(before) == "yet" && !(Valid(before - 1) && kAuxiliaries.count(N(before - 1)));
    const bool coordinated = Joined(before + 1) && (N(before) == "and" || N(before) == "but" || yet);
    return participle || coordinated;
  }
  std::optional<Range> SharedSubject(int v) const {
    const int sentence = toks_[v].sentence;
    for (Range r : Subjects(sentence, v)) {
      // A title word's joiners are not a subject on their own ("forecast for").
      while (r.first <= r.last && IsTitleJoiner(r.first)) ++r.first;
      if (r.first > r.last) continue;
      if (r.first == r.last && IsSubjectPronoun(N(r.first))) {
        if (N(r.first) == "i" || N(r.first) == "we") return std::nullopt;  // the speaker's own words
        return r;
      }
      if (NameCore(r).first < 0 && !IsPhraseWord(r.last)) continue;
      return r;
    }
    // "The retailer also cut its forecast and said …": a common noun phrase
    // opening the sentence, before its verb.
    const int first = static_cast<int>(doc_.sentence_tokens(static_cast<size_t>(sentence)).first);
    for (int j = first + 1; j <= first + 3 && j < v; ++j) {
      const std::optional<Range> np = CommonNounPhrase(j);
      if (!np || np->first > first + 1) continue;
      int k = j + 1;
      if (Valid(k) && Joined(k) && N(k) == "also") ++k;
      if (Valid(k) && Joined(k) && k < v && !toks_[k].cap && !kNotVerbs.count(N(k))) return np;
    }
    return std::nullopt;
  }

  // Whether tokens i-1 and i are the halves of a lowercase compound
  // ("best-selling", "long-time", "54-year-old"), which Joined keeps apart.
  bool LowercaseCompound(int i) const {
    if (i <= 0 || !Valid(i) || toks_[i - 1].sentence != toks_[i].sentence) return false;
    if (toks_[i - 1].quote != toks_[i].quote || toks_[i - 1].cap || toks_[i].cap) return false;
    const std::u16string_view g = Gap(i);
    return g == u"-" || g == u"\u2011";
  }

  // Lowercase words before a speaker after the verb: at most this many (a
  // hyphenated compound counting once), none that cannot modify a noun (a
  // verb, an auxiliary, a subject pronoun).
  static constexpr int kMaxModifierWords = 4;
  bool CannotModify(int n) const {
    const std::string& w = N(n);
    return IsVerb(n) || kNotVerbs.count(w) || kAuxiliaries.count(w) || IsSubjectPronoun(w);
  }

  // "said best-selling crime author Mara Lindqvist", "said long-time council
  // member Ada Brook": up to four lowercase modifier words (a hyphenated
  // compound counts once), with no determiner needed, before a person's name
  // that ends the phrase. The name is the speaker; the words before it
  // describe them. Not "said many New York residents": a name followed by a
  // noun is a modifier.
  std::optional<Range> NameAfterModifiers(int k) const {
    int words = 0;
    int n = k;
    for (; Valid(n) && Outside(n) && !toks_[n].cap; ++n) {
      if (CannotModify(n)) return std::nullopt;
      if (n > k && !Joined(n) && !LowercaseCompound(n)) return std::nullopt;
      if (n == k || !LowercaseCompound(n)) ++words;
      if (words > kMaxModifierWords) return std::nullopt;
    }
    if (n == k || !Valid(n) || !Joined(n) || !IsPhraseWord(n)) return std::nullopt;
    int e = n;
    while (Valid(e + 1) && Joined(e + 1) && IsPhraseWord(e + 1)) ++e;
    if (Valid(e + 1) && Joined(e + 1) && !toks_[e + 1].cap && !kNotVerbs.count(N(e + 1))) return std::nullopt;
    // "said police officers Tom Vale and Ada Brook": the first name, as
    // without the modifiers (WithoutAffiliation).
    const Range named = WithoutAffiliation({n, e});
    const Range core = NameCore(named);
    if (core.first < 0 || !IsPersonCore(core)) return std::nullopt;
    return named;
  }

  // After a determiner at k - 1: up to four lowercase modifier words (a
  // hyphenated compound counting once) and a person noun (IsPersonNoun,
  // singular or plural) or a plural group ("the authorities") that ends the
  // phrase, with its "of" complement ("a 38-year-old mother of two", "a
  // resident of Larkton", "the residents of Larkton"): the role, without the
  // determiner, as roles before the verb are. Not a person noun that modifies
  // the next word ("the teacher union said" has its own head). With
  // `plural_only` (no determiner: "said local residents") the head must be a
  // plural group. A capitalised name among the modifiers is where the people
  // are from ("said the Larkton teacher", "said hard-hit New Town
  // residents"), not the speaker; the role ends in the lowercase noun.
  std::optional<Range> RoleAfterDeterminer(int k, bool plural_only = false) const {
    int words = 0;
    const auto name_modifier = [&](int n) {
      return (IsNameWord(n) || IsTitleAt(n)) && !IsTitleJoiner(n) && !IsPossessive(n);
    };
    // Without a determiner, a name modifies the noun right after it only
    // ("said Larkton residents"; not "said Tom Vale whose parents …"); after
    // one, the name is a modifier in any case ("said the Larkton primary teacher").
    bool after_name = false;
    for (int n = k; Valid(n) && Outside(n) && (!toks_[n].cap || name_modifier(n)) &&
                    (n == k || Joined(n) || LowercaseCompound(n));
         ++n) {
      if (CannotModify(n)) return std::nullopt;
      if (n == k || !LowercaseCompound(n)) ++words;
      if (words > kMaxModifierWords) return std::nullopt;
      if (toks_[n].cap) {
        after_name = true;
        continue;
      }
      const bool head = IsPersonNoun(N(n)) || IsPluralGroup(N(n));
      // "said a source close to the talks", "said people familiar with the plan".
      const bool close_to = head && Valid(n + 2) && RoleHeadBefore(n + 2, false) == n;
      const bool ends_phrase = head && (!Valid(n + 1) || !Joined(n + 1) || toks_[n + 1].cap || !Outside(n + 1) ||
                                        PersonNounOf(n + 1) || close_to || kNotVerbs.count(N(n + 1)) ||
                                        IsVerb(n + 1));
      if (plural_only && after_name && !ends_phrase) return std::nullopt;
      if (!ends_phrase) continue;
      if (plural_only && !IsPluralGroup(N(n))) return std::nullopt;  // "said local resident"
      // "of" and up to three complement words, to the end of the phrase.
      int e = n;
      if (PersonNounOf(n + 1) || close_to) {
        const int from = close_to ? n + 3 : n + 2;
        for (int c = from; c < from + kMaxComplement && Valid(c) && Joined(c) && ComplementWord(c, c + 1); ++c)
          if (ComplementWord(c, c)) e = c;
      }
      return Range{k, e};
    }
    return std::nullopt;
  }

  // "said one of the teachers", "said two of her sisters": a partitive,
  // "of", a determiner and a role (RoleAfterDeterminer), kept whole.
  std::optional<Range> PartitiveRole(int k) const {
    if (!Valid(k + 2) || !Outside(k) || !kPartitives.count(N(k)) || !Joined(k + 1) || N(k + 1) != "of" ||
        !Joined(k + 2))
      return std::nullopt;
    int d = k + 2;
    if (kArticles.count(N(d)) || kPossessiveDeterminers.count(N(d))) {
      if (!Valid(d + 1) || !Joined(d + 1)) return std::nullopt;
      ++d;
    }
    const std::optional<Range> role = RoleAfterDeterminer(d);
    if (!role) return std::nullopt;
    return Range{k, role->last};
  }

  // The subject right after token v: "said Blinken", "said the US official".
  std::optional<Range> SubjectAfter(int v) const {
    int k = v + 1;
    if (!Valid(k) || !Joined(k) || !Outside(k)) return std::nullopt;
    if (N(k) == "he" || N(k) == "she") return Range{k, k};
    // "said the health minister"; "said CNN's Kylie Atwood", "said Larkspur's
    // chief executive": an owner stands where a determiner would.
    const bool determiner = (kDeterminers.count(N(k)) || (IsPossessive(k) && toks_[k].cap)) && Valid(k + 1) &&
                            Joined(k + 1);
    // "said her sister": a possessive stays in the role, as before the verb ("Her sister … said").
    const bool possessive = kPossessiveDeterminers.count(N(k)) && Valid(k + 1) && Joined(k + 1);
    if (possessive) {
      if (const std::optional<Range> named = NameAfterModifiers(k)) return named;  // "said her husband Tom Vale"
      const std::optional<Range> role = RoleAfterDeterminer(k + 1);
      return role ? std::optional<Range>(Range{k, role->last}) : std::nullopt;
    }
    if (const std::optional<Range> some = PartitiveRole(k)) return some;  // "said one of the teachers"
    if (determiner) ++k;
    // "said one of …" with no role after it: "of" names no one.
    if (determiner && IsTitleJoiner(k)) return std::nullopt;
    const int first = k;  // "health" in "said the health minister" stays in the phrase
    // "said the Larkton teacher", "said Larkton residents": a name before a
    // role says where the people are from (was "Larkton").
    if (toks_[k].cap && (IsNameWord(k) || IsTitleAt(k))) {
      if (const std::optional<Range> role = RoleAfterDeterminer(k, !determiner)) return role;
    }
    // "said police officers", "said the former teacher", "said former teacher
    // Tom Vale": lowercase title words before a lowercase word that is none
    // modify it; the role or the name after them speaks (was "police",
    // "former"). "said police chief Tom Vale" is a title phrase throughout.
    if (!toks_[k].cap && IsPhraseWord(k) && !IsNameWord(k)) {
      int e = k;
      while (Valid(e + 1) && Joined(e + 1) && !toks_[e + 1].cap && IsPhraseWord(e + 1)) ++e;
      if (Valid(e + 1) && Joined(e + 1) && Outside(e + 1) && !toks_[e + 1].cap && !IsPhraseWord(e + 1)) {
        if (const std::optional<Range> named = NameAfterModifiers(k)) return named;
        if (const std::optional<Range> role = RoleAfterDeterminer(k, !determiner)) return role;
      }
    }
    if (!IsPhraseWord(k)) {
      if (const std::optional<Range> named = NameAfterModifiers(k)) return named;
      // "said the teacher", "said one local resident", "said a 38-year-old
      // mother of two", "said the teachers"; without a determiner a plural
      // group only ("said local residents", "said many parents").
      if (!toks_[k].cap) {
        if (const std::optional<Range> role = RoleAfterDeterminer(k, !determiner)) return role;
      }
      // "said the health minister", "explained the utility's spokesperson": a
      // title after up to three lowercase or possessive words.
      int t = k;
      while (determiner && t < k + 3 && Valid(t + 1) && Joined(t + 1) && !toks_[t].cap && !IsPhraseWord(t) &&
             !IsVerb(t))
        ++t;
      // Never a joiner alone ("said a native of Larkton" was "native of").
      if (t == k || !IsPhraseWord(t) || IsNameWord(t) || IsTitleJoiner(t)) return std::nullopt;
      k = t;
    }
    int b = k;
    while (Valid(b + 1) && Joined(b + 1) && (IsPhraseWord(b + 1) || ArticleInTitle(b + 1))) ++b;
    while (b > k && IsTitleJoiner(b)) --b;
    b = WithoutAffiliation(Range{k, b}).last;
    // "said the health minister, Tomas Brandt, who …": the name in apposition
    // after a comma is who the title stands for.
    if (Valid(b + 1) && Outside(b + 1) && toks_[b + 1].sentence == toks_[b].sentence && Gap(b + 1) == u", " &&
        IsNameWord(b + 1)) {
      int e = b + 1;
      while (Valid(e + 1) && Joined(e + 1) && IsNameWord(e + 1)) ++e;
      if (e > b + 1) return Range{b + 1, e};  // a full name, two words or more
    }
    return WithOwner(Range{first, b});
  }

  struct Resolved {
    std::string text;
    Span mention;
    bool person = false;
  };

  Span SpanOf(Range r) const { return {toks_[r.first].span.start, toks_[r.last].span.end}; }

  // The speaker a phrase names.
  Resolved NameFor(Range np) {
    if (np.first == np.last && IsSubjectPronoun(N(np.first))) return ResolvePronoun(np.first);
    const Range core = NameCore(np);
    if (core.first >= 0) {
      const NameEntry* e = Lookup(core);
      Resolved r;
      r.mention = SpanOf(core);
      r.text = e != nullptr && e->words.size() >= core.last - core.first + 1u ? e->display : doc_.slice_utf8(r.mention);
      r.person = IsPersonCore(core);
      return r;
    }
    // Title only: "the US Secretary" is the person introduced with that title.
    std::vector<std::string> words;
    for (int k = np.first; k <= np.last; ++k) words.push_back(N(k));
    bool has_role = false;
    for (const std::string& w : words) has_role = has_role || (IsPersonTitleNorm(w) && w != "official");
    // Only a person given the title before the mention, and only one:
    // "Larkton Mayor Ada Brook … Vale Mayor Tom Vale … the mayor said" does
    // not say which (was the first), nor does a mayor named only later. A
    // title with a word that makes it another office ("former president",
    // "Vice President") is no rival of the office itself (President Ada
    // Brook), and holds it only when no one else does, as before.
    std::vector<const NameEntry*> holders, other_office;
    // "the US Secretary" (a prefix of "US Secretary of State"), or "the
    // spokesperson" (the title's head, "Foreign Ministry spokesperson").
    const auto holds = [&](const std::vector<std::string>& title) {
      const bool prefix = words.size() <= title.size() && std::equal(words.begin(), words.end(), title.begin());
      const bool same_head = words.back() == title.back() &&
                             std::all_of(words.begin(), words.end(), [&](const std::string& w) {
                               return std::find(title.begin(), title.end(), w) != title.end();
                             });
      return prefix || same_head;
    };
    // "the Larkish Prime Minister", "the Larkton mayor": capitalised name
    // words before the title's own say where the office is. The one person
    // given the office's words alone ("Prime Minister Tom Vale") holds it,
    // not one whose title names a place of its own ("Larkton Mayor Ada
    // Brook" is no "Vale mayor"), and not when the article mentioned the
    // place's office apart before ("Tom Vale met the Larkish Prime Minister").
    int office = np.first;
    while (office < np.last && toks_[office].cap && IsNameWord(office) && !IsTitleAt(office)) ++office;
    const std::vector<std::string> office_words(words.begin() + (office - np.first), words.end());
    std::optional<bool> apart;  // OfficeMentionedApart, scanned once
    const auto holds_placed = [&](const std::vector<std::string>& title) {
      if (office == np.first || office_words.size() > title.size() ||
          !std::equal(office_words.begin(), office_words.end(), title.begin()))
        return false;
      if (!apart) apart = OfficeMentionedApart(np);
      return !*apart;
    };
    const auto another_office = [&](const std::vector<std::string>& title) {
      return std::any_of(title.begin(), title.end(), [&](const std::string& w) {
        return kOtherOffice.count(w) && std::find(words.begin(), words.end(), w) == words.end();
      });
    };
    for (const NameEntry& e : names_) {
      if (!has_role) break;
      const bool titled = e.person_title && !e.title.empty() && e.titled_at < np.first &&
                          (holds(e.title) || holds_placed(e.title));
      const bool appositive = !e.appositive_title.empty() && e.appositive_at < np.first && !IsPlace(e.words) &&
                              !IsOrganisationWord(e.words.back()) &&
                              (holds(e.appositive_title) || holds_placed(e.appositive_title));
      if (!titled && !appositive) continue;
      const bool other = (!titled || another_office(e.title)) && (!appositive || another_office(e.appositive_title));
      (other ? other_office : holders).push_back(&e);
    }
    if (holders.empty()) holders = other_office;
    // "Mayor Ada Brook … Mayor Brook": one person under two names; the fuller stands.
    const NameEntry* holder = nullptr;
    for (const NameEntry* e : holders) {
      if (holder == nullptr || SameName(holder->words, e->words)) {
        holder = e;
      } else if (!SameName(e->words, holder->words)) {
        return {doc_.slice_utf8(SpanOf(np)), SpanOf(np), false};
      }
    }
    if (holder != nullptr) return {holder->display, SpanOf(np), true};
    return {doc_.slice_utf8(SpanOf(np)), SpanOf(np), false};
  }

  // "Larkton Police Division", "the Larkton Council": a capitalised run of
  // two words or more at the end of subject r, holding an organisation word
  // that is a title word too ("Police", "Council", "Ministry"), and ending in
  // an organisation word or a name word: a body, whole, for "it" (the title
  // word cut the name: "Division", or no name at all). Not a person's name
  // ("Police Commissioner Tom Vale") nor a title ("Police Chief").
  std::optional<Range> BodyWithTitleWord(Range r) const {
    const int b = r.last;
    if (!toks_[b].cap || !(IsOrganisationWord(N(b)) || (IsNameWord(b) && !IsTitleAt(b)))) return std::nullopt;
    int a = b;
    while (a - 1 >= r.first && Joined(a) && toks_[a - 1].cap && (IsNameWord(a - 1) || IsTitleAt(a - 1)) &&
           !IsTitleJoiner(a - 1))
      --a;
    if (a == b) return std::nullopt;
    bool title_body = false;
    for (int k = a; k <= b; ++k) {
      if (IsPersonTitleNorm(ExpandTitle(N(k)))) return std::nullopt;
      title_body = title_body || (IsOrganisationWord(N(k)) && IsTitleAt(k));
    }
    if (!title_body) return std::nullopt;
    const Range core = NameCore({a, b});
    if (core.first >= 0 && IsPersonCore(core)) return std::nullopt;
    return Range{a, b};
  }

  // Whether the words of title phrase np ("Larkish Prime Minister") stand
  // earlier in the article where they do not open a clause: an office
  // mentioned apart from the person who holds the title alone ("Prime
  // Minister Tom Vale met the Larkish Prime Minister").
  bool OfficeMentionedApart(Range np) const {
    const int n = np.last - np.first + 1;
    for (int t = 0; t + n <= np.first; ++t) {
      bool same = true;
      for (int k = 0; k < n && same; ++k) same = N(t + k) == N(np.first + k) && (k == 0 || Joined(t + k));
      if (same && !OpensClause(t)) return true;
    }
    return false;
  }

  // The subject phrases of sentence s (tokens before `limit`), leftmost first:
  // a phrase followed by a verb-like word or a reporting verb, not after a
  // preposition.
  std::vector<Range> Subjects(int s, int limit) const {
    std::vector<Range> out;
    const auto [begin, end] = doc_.sentence_tokens(static_cast<size_t>(s));
    for (int i = static_cast<int>(begin); i < static_cast<int>(end) && i < limit; ++i) {
      if (!Outside(i)) continue;
      // "He met the teacher, a former nurse, and said …": a pronoun opening
      // the sentence before a verb-like word is its subject (before a
      // reporting verb, the verb's own subject below).
      if (i == static_cast<int>(begin) && IsSubjectPronoun(N(i)) && Valid(i + 1) && i + 1 < limit && Joined(i + 1) &&
          !toks_[i + 1].cap && !kNotVerbs.count(N(i + 1)) && !IsVerb(i + 1)) {
        out.push_back({i, i});
        continue;
      }
      if (IsVerb(i)) {
        if (const std::optional<Range> r = SubjectBefore(i)) {
          out.push_back(*r);
        } else if (!kListenerVerbs.count(N(i)) && !SubjectIsShared(i)) {
          // "…, said Ada Brook, a biologist": the inverted subject speaks too.
          const std::optional<Range> r = SubjectAfter(i);
          if (r && IsNameWord(r->last)) out.push_back(*r);
        }
        continue;
      }
      if (!IsPhraseWord(i) || (i > static_cast<int>(begin) && Joined(i) && IsPhraseWord(i - 1))) continue;
      int j = i;
      while (Valid(j + 1) && Joined(j + 1) && IsPhraseWord(j + 1)) ++j;
      // "Larkton and Vale health board says": the body, not "Larkton and Vale".
      for (int m = j; m <= j + 3 && Valid(m) && (m == j || Joined(m)); ++m) {
        if (!IsOrganisationWord(N(m))) continue;
        const std::optional<Range> body = OrganisationPhrase(m);
        if (body && body->first == i) j = m;
        break;
      }
      // "the Israel-Hamas war": a bare name after an article is a modifier.
      bool all_names = true;
      for (int k = i; k <= j; ++k) all_names = all_names && IsNameWord(k) && !IsTitleAt(k);
      // "Ada Brook, the mayor of Larkton, opened …": the verb may follow an
      // apposition (was no subject, so "she" found no one). A name before
      // it is no modifier, even after an article ("The FIR, filed at …, has").
      const int after_apposition = AfterApposition(j + 1);
      const bool after_object_marker =
          i > static_cast<int>(begin) &&
          (kObjectMarkers.count(N(i - 1)) ||
           (all_names && after_apposition < 0 && kDeterminers.count(N(i - 1)) && Joined(i)));
      int k = after_apposition >= 0 ? after_apposition : j + 1;
      const auto next_to = [&](int x) { return x == after_apposition || Joined(x); };
      while (Valid(k) && next_to(k) && IsSpeakerVerbFiller(N(k))) ++k;
      // "Larkton researchers were", "a former nurse": a phrase before a plural
      // or a person noun modifies it.
      // A number is no verb ("Section 7 of the … Act").
      const bool verb_follows = Valid(k) && next_to(k) && !toks_[k].cap && u_isalpha(t_[toks_[k].span.start]) &&
                                !kNotVerbs.count(N(k)) && !kPluralHeads.count(N(k)) && !IsPersonNoun(N(k));
      const bool modifier_end = !toks_[j].cap && kModifierTitles.count(N(j));  // "a former banker"
      if (!after_object_marker && verb_follows && !modifier_end && !IsPossessive(j)) out.push_back({i, j});
      i = j;
    }
    return out;
  }

  // The token after an apposition that opens at token c, after a comma: a
  // noun phrase ("the mayor of Larkton", "a teacher", "38"), an owner's
  // ("Larkton's mayor"), a relative clause ("who …") or a participle
  // ("filed at the station"), closed by a comma within its sentence and
  // holding no quotation. Else -1.
  int AfterApposition(int c) const {
    if (!CommaBefore(c) || !Outside(c)) return -1;
    const std::string& w = N(c);
    const bool participle = !toks_[c].cap && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !IsVerb(c);
    if (!OpensNounPhrase(c) && !(IsPossessive(c) && toks_[c].cap) && !participle) return -1;
    constexpr int kMaxAppositive = 20;  // as AppositiveSubject
    for (int e = c + 1; e <= c + kMaxAppositive && Valid(e) && toks_[e].sentence == toks_[c].sentence; ++e) {
      if (!Outside(e)) return -1;
      if (CommaBefore(e)) return e;
    }
    return -1;
  }

  // "he"/"she": the person the paragraph is about, the nearest preceding
  // sentence subject that is a person; "they": the nearest plural group.
  Resolved ResolvePronoun(int p) { return ResolvePronounAs(p, N(p)); }

  Resolved ResolvePronounAs(int p, const std::string& pron) {
    const int s0 = toks_[p].sentence;
    for (int s = s0; s >= 0 && s >= s0 - kPronounLookback; --s) {
      const int limit = s == s0 ? p : static_cast<int>(toks_.size());
      for (const Range& r : Subjects(s, limit)) {
        if (r.first == r.last && IsSubjectPronoun(N(r.first))) continue;
        if (pron == "they") {
          if (IsPluralGroup(N(RoleHead(r)))) {
            int a = r.first;
            return {doc_.slice_utf8(SpanOf({a, r.last})), SpanOf({p, p}), false};
          }
          continue;
        }
        if (pron == "it") {
          // "Larkton and Vale health board": the body whole.
          if (const std::optional<Range> body = OrganisationPhrase(r.last); body && body->first <= r.first)
            return {doc_.slice_utf8(SpanOf({r.first, r.last})), SpanOf({p, p}), false};
          if (const std::optional<Range> body = BodyWithTitleWord(r))
            return {doc_.slice_utf8(SpanOf(*body)), SpanOf({p, p}), false};
          const Range core = NameCore(r);
          // "Larkton and Vale said", "Okafor and Brook said": never the last
          // name alone; the two as one, as a firm's name is.
          if (core.first > r.first && N(core.first - 1) == "and") {
            int a = core.first - 1;
            while (a - 1 >= r.first && toks_[a - 1].cap && IsNameWord(a - 1) && !IsTitleAt(a - 1)) --a;
            if (a == core.first - 1) continue;
            return {doc_.slice_utf8(SpanOf({a, core.last})), SpanOf({p, p}), false};
          }
          if (core.first >= 0 && !IsPersonCore(core)) return {doc_.slice_utf8(SpanOf(core)), SpanOf({p, p}), false};
          continue;
        }
        const Range core = NameCore(r);
        if (core.first >= 0 && IsPersonCore(core)) {
          // "she" never stands for a man the text marks as one, nor "he" for a woman.
          const NameEntry* e = Lookup(core);
          Gender g = e != nullptr ? e->gender : Gender::kUnknown;
          // "Ms. Okafor" stays a woman when her full name carries no cue.
          if (g == Gender::kUnknown) g = TitleGenderBefore(core.first);
          // "Nia Okafor, the council's treasurer, arrived. Ms. Okafor spoke":
          // so is the full name, which the titled surname stands for (Lookup).
          if (g == Gender::kUnknown && e != nullptr && e->words.size() >= 2) {
            const auto surname = name_index_.find(std::vector<std::string>{e->words.back()});
            if (surname != name_index_.end() && names_[surname->second].person_title)
              g = names_[surname->second].gender;
          }
          if ((pron == "she" && g == Gender::kMale) || (pron == "he" && g == Gender::kFemale)) continue;
          Resolved named = NameFor(r);
          named.mention = SpanOf({p, p});
          return named;
        }
        // A title standing for a person ("the US Secretary").
        Resolved titled = NameFor(r);
        if (titled.person) {
          titled.mention = SpanOf({p, p});
          return titled;
        }
        // "A police spokeswoman said …. “…,” she said": a role whose noun
        // gives the pronoun's gender is who it stands for, as written (was
        // "she"); a role without one ("spokesperson") is passed over.
        if (core.first < 0 && (pron == "she" ? kFemaleRoleNouns : kMaleRoleNouns).count(N(RoleHead(r)))) {
          titled.mention = SpanOf({p, p});
          return titled;
        }
      }
    }
    return {doc_.slice_utf8(SpanOf({p, p})), SpanOf({p, p}), false};
  }

  // ---- attribution --------------------------------------------------------

  std::optional<Attribution> Make(Range np, AttributionRule rule) {
    Resolved r = NameFor(np);
    if (r.text.empty()) return std::nullopt;
    return Attribution{{r.text, r.mention}, rule};
  }

  int FirstTokenAtOrAfter(int32_t pos) const {
    const auto it = std::lower_bound(toks_.begin(), toks_.end(), pos,
                                     [](const Tok& t, int32_t p) { return t.span.start < p; });
    return static_cast<int>(it - toks_.begin());
  }

  // The span holding pos in a sorted list of spans (sentences, paragraphs), or -1.
  template <typename T>
  static int Holding(const std::vector<T>& items, int32_t pos) {
    const auto it = std::upper_bound(items.begin(), items.end(), pos,
                                     [](int32_t p, const T& x) { return p < x.span.start; });
    if (it == items.begin()) return -1;
    const auto& x = *(it - 1);
    return x.span.start <= pos && pos < x.span.end ? static_cast<int>(it - 1 - items.begin()) : -1;
  }

  int SentenceOf(int32_t pos) const { return Holding(doc_.sentences, pos); }

  bool OnlyPunctuation(int32_t from, int32_t to, bool& dash) const {
    dash = false;
    if (to - from > 5) return false;
    for (int32_t i = from; i < to; ++i) {
      const char16_t c = t_[i];
      if (c == u'\u2014' || c == u'\u2013' || c == u'-') {
        dash = true;
        continue;
      }
      if (!(c == u' ' || c == u',' || c == u'.' || c == u';' || c == u'!' || c == u'?' || c == u'\u00A0')) return false;
    }
    return true;
  }

  // Whether a quotation ends as a tagged one does (“…,” “…?” “…!” “…”,),
  // so that a verb of manner after it tags its speaker: “…,” she laughed.
  bool EndsAsTag(const Span& q) const {
    const auto tag_punct = [](char16_t c) { return c == u',' || c == u'?' || c == u'!'; };
    return (q.length() >= 2 && tag_punct(t_[q.end - 2])) ||
           (q.end < static_cast<int32_t>(t_.size()) && t_[q.end] == u',');
  }

  // ”, Blinken said / ” he added / ”, said Blinken / ” — Blinken
  std::optional<Attribution> AfterQuote(const Span& q) {
    const int k = FirstTokenAtOrAfter(q.end);
    if (!Valid(k) || !Outside(k)) return std::nullopt;
    // The attribution belongs to the quote's own sentence (the segmenter keeps
    // "”, Blinken said." with it); a new sentence is the next-sentence rule's.
    if (toks_[k].sentence != SentenceOf(q.end - 1) && SentenceOf(q.end - 1) >= 0) return std::nullopt;
    if (toks_[k].paragraph != ParagraphOf(q.end - 1)) return std::nullopt;
    bool dash = false;
    if (!OnlyPunctuation(q.end, toks_[k].span.start, dash)) return std::nullopt;
    const bool tagged = EndsAsTag(q);
    const auto tag_verb = [&](int i) {
      return IsVerb(i) || (tagged && Outside(i) && !toks_[i].cap && IsQuoteTagVerb(N(i)));
    };
    if (const std::optional<Range> document = DocumentAfterRead(k))
      return Make(*document, AttributionRule::kAfterQuote);
    if (tag_verb(k) && !kListenerVerbs.count(N(k))) {
      if (const std::optional<Range> r = SubjectAfter(k)) return Make(*r, AttributionRule::kAfterQuote);
    }
    // Subject then verb, the subject starting right here.
    // Lowercase words are counted as words, a hyphenated compound once ("the
    // well-known 38-year-old teacher"): four, or six after a determiner (the
    // subject must then end in a person noun: CommonNounPhrase).
    constexpr int kMaxLowercaseWords = 4;       // "one local trader"
    constexpr int kMaxDeterminedWords = 6;      // "the well-known 38-year-old local primary teacher"
    const int max_lowercase = kDeterminers.count(N(k)) ? kMaxDeterminedWords : kMaxLowercaseWords;
    int lowercase_words = 0;
    for (int v = k + 1; v <= k + 16 && Valid(v) && (Joined(v) || LowercaseCompound(v)); ++v) {
      if (!tag_verb(v)) {
        if (!toks_[v].cap && !LowercaseCompound(v)) ++lowercase_words;
        const bool lower_word = !toks_[v].cap && lowercase_words <= max_lowercase;
        if (!IsPhraseWord(v) && !IsSpeakerVerbFiller(N(v)) && !kDeterminers.count(N(v)) && !lower_word) break;
        continue;
      }
      const std::optional<Range> r = SubjectBefore(v);
      if (!r) break;
      const bool starts_here = r->first == k || (r->first == k + 1 && kDeterminers.count(N(k)));
      if (starts_here) return Make(*r, AttributionRule::kAfterQuote);
      break;
    }
    if (dash && IsPhraseWord(k)) {  // “...” — Antony Blinken
      int b = k;
      while (Valid(b + 1) && Joined(b + 1) && IsPhraseWord(b + 1)) ++b;
      return Make({k, b}, AttributionRule::kAfterQuote);
    }
    return std::nullopt;
  }

  int ParagraphOf(int32_t pos) const { return Holding(doc_.paragraphs, pos); }

  // "according to X" in [from, to) tokens, X not an outlet.
  std::optional<Attribution> AccordingTo(int from, int to) {
    for (int i = from; i + 2 < to; ++i) {
      if (!Outside(i) || N(i) != "according" || N(i + 1) != "to" || !Joined(i + 1) || !Joined(i + 2)) continue;
      int k = i + 2;
      if (kDeterminers.count(N(k)) && Valid(k + 1) && Joined(k + 1)) ++k;
      if (!IsPhraseWord(k)) continue;
      int b = k;
      while (Valid(b + 1) && Joined(b + 1) && IsPhraseWord(b + 1)) ++b;
      if (CanonicalOutlet(doc_.slice(SpanOf({k, b}))) || LooksLikeOutletName(doc_.slice(SpanOf({k, b})))) continue;
      return Make({k, b}, AttributionRule::kAccordingTo);
    }
    return std::nullopt;
  }

  // Reporting clauses in tokens [from, to), nearest to `toward_end` first.
  std::optional<Attribution> VerbIn(int from, int to, bool nearest_last, AttributionRule rule) {
    std::vector<int> verbs;
    for (int i = from; i < to; ++i) {
      if (IsVerb(i)) verbs.push_back(i);
    }
    if (nearest_last) std::reverse(verbs.begin(), verbs.end());
    for (int v : verbs) {
      if (const std::optional<Range> r = SubjectBefore(v)) return Make(*r, rule);
      if (SubjectIsShared(v)) {  // the words after it are what was said, never its subject
        if (const std::optional<Range> r = SharedSubject(v)) return Make(*r, rule);
        continue;
      }
      // "told Sky": after "tell" comes the listener, never the speaker.
      if (kListenerVerbs.count(N(v))) continue;
      if (const std::optional<Range> r = SubjectAfter(v)) {
        if (IsNameWord(r->last) || IsPhraseWord(r->last)) return Make(*r, rule);
      }
    }
    return std::nullopt;
  }

  std::optional<Attribution> Attribute(int qi, const std::vector<std::optional<Attribution>>& done) {
    const Span q = quotes_[qi];
    if (std::optional<Attribution> a = AfterQuote(q)) return a;

    // Before the quote, inside the sentence it starts in.
    const int s_start = SentenceOf(q.start);
    const int s_end = SentenceOf(q.end - 1);
    if (s_start >= 0) {
      const int sent_first = static_cast<int>(doc_.sentence_tokens(s_start).first);
      const int qtok = FirstTokenAtOrAfter(q.start);
      if (qtok > sent_first) {
        // Colon lead-in "Blinken: “...”" (no verb).
        int last = qtok - 1;
        int32_t p = q.start - 1;
        while (p > toks_[last].span.end && t_[p] == u' ') --p;
        // Only a person's name or title leads in without a verb ("Topics:" does not).
        if (Outside(last) && t_[p] == u':' && p == toks_[last].span.end && IsPhraseWord(last)) {
          int a = last;
          while (Valid(a - 1) && Joined(a) && IsPhraseWord(a - 1)) --a;
          const Range core = NameCore({a, last});
          const bool person = (core.first >= 0 && IsPersonCore(core)) || NameFor({a, last}).person;
          if (person && (a == sent_first || !IsVerb(a - 1))) {
            if (std::optional<Attribution> r = Make({a, last}, AttributionRule::kColonLeadIn)) return r;
          }
        }
        if (std::optional<Attribution> a = VerbIn(sent_first, qtok, true, AttributionRule::kBeforeQuote)) return a;
        if (std::optional<Attribution> a = AccordingTo(sent_first, qtok)) return a;
      }
    }
    // After the quote, in the rest of its last sentence.
    if (s_end >= 0) {
      const int after = FirstTokenAtOrAfter(q.end);
      const int sent_last = static_cast<int>(doc_.sentence_tokens(s_end).second);
      if (std::optional<Attribution> a = AccordingTo(after, sent_last)) return a;
      if (std::optional<Attribution> a = VerbIn(after, sent_last, false, AttributionRule::kAfterQuote)) return a;
    }
    const int para = ParagraphOf(q.start);
    // A lost name: "Mr. We will find a way.”" (machine translation dropped
    // the name after the title). The bare title stands for a person, like "he".
    {
      const int before = FirstTokenAtOrAfter(q.start) - 1;
      if (Valid(before) && Outside(before) && toks_[before].paragraph == para &&
          kLostNameTitles.count(N(before))) {
        int32_t end = toks_[before].span.end;
        if (end < q.start && t_[end] == u'.') ++end;
        bool adjacent = true;
        for (int32_t i = end; i < q.start; ++i) adjacent = adjacent && t_[i] == u' ';
        if (adjacent) {
          Resolved r = ResolvePronounAs(before, "he");
          if (r.person) return Attribution{{r.text, {toks_[before].span.start, end}}, AttributionRule::kLostName};
        }
      }
    }
    // The next sentence: “...” He said.
    if (s_end >= 0 && s_end + 1 < static_cast<int>(doc_.sentences.size()) &&
        doc_.sentences[s_end + 1].paragraph == ParagraphOf(q.end - 1)) {
      const auto [b, e] = doc_.sentence_tokens(s_end + 1);
      const int first = static_cast<int>(b);
      // Only a short attribution sentence ("He said.", "Blinken added."):
      // "He said the United States had observed ..." is a new statement.
      const bool short_sentence = static_cast<int>(e) - first <= 5;
      if (short_sentence && first < static_cast<int>(e) && Outside(first) && toks_[first].span.start >= q.end) {
        for (int v = first + 1; v < static_cast<int>(e) && v <= first + 6; ++v) {
          if (!IsVerb(v)) continue;
          const std::optional<Range> r = SubjectBefore(v);
          if (r && r->first == first) return Make(*r, AttributionRule::kNextSentence);
          break;
        }
      }
    }
    // The rules below reach outside the quote's sentence: only for a quote
    // that is its sentence ("“B.”"), not for a term quoted inside a sentence
    // that names no speaker ("called it a ‘historic step’").
    if (!StartsItsSentence(q)) return std::nullopt;
    // An earlier quote of the same paragraph, with no other speaker between.
    for (int pq = qi - 1; pq >= 0 && pq >= qi - 10; --pq) {
      if (ParagraphOf(quotes_[pq].start) != para) break;
      if (done[pq]) {
        const int from = FirstTokenAtOrAfter(quotes_[pq].end);
        const int to = FirstTokenAtOrAfter(q.start);
        bool other = false;
        for (int i = from; i < to; ++i) {
          if (IsVerb(i)) {
            const std::optional<Range> r = SubjectBefore(i);
            if (r && !SpanOf(*r).overlaps(done[pq]->speaker.span) &&
                NameFor(*r).text != done[pq]->speaker.text) {
              other = true;
            }
          }
        }
        if (!other) return Attribution{done[pq]->speaker, AttributionRule::kPreviousQuote};
        break;
      }
    }
    // The sentence before, in the same paragraph (“Blinken said: ...” or a
    // reporting clause), or a lead-in paragraph ending in a colon.
    if (s_start > 0) {
      const int prev = s_start - 1;
      const bool same_para = doc_.sentences[prev].paragraph == doc_.sentences[s_start].paragraph;
      const Span ps = doc_.sentences[prev].span;
      const bool colon = t_[ps.end - 1] == u':';
      if (same_para || colon) {
        const auto [b, e] = doc_.sentence_tokens(prev);
        if (std::optional<Attribution> a =
                VerbIn(static_cast<int>(b), static_cast<int>(e), true, AttributionRule::kPreviousSentence)) {
          return a;
        }
      }
    }
    return std::nullopt;
  }

  const Document& doc_;
  const std::u16string& t_;
  std::vector<Span> quotes_;
  std::vector<int> groups_;  // quotes_[i] is a piece of quotation groups_[i]
  std::vector<Tok> toks_;
  std::vector<NameEntry> names_;
  std::set<std::string, std::less<>> inferred_titles_;  // norms of ranks the lexicon lacks (InferTitles)
  std::map<std::vector<std::string>, size_t> name_index_;        // words → names_ index
  std::map<std::string, std::vector<size_t>, std::less<>> by_word_;  // first/last word → names_
};

}  // namespace

std::vector<std::optional<Attribution>> FindSpeakers(const Document& doc, const std::vector<Span>& quotes) {
  std::vector<int> groups(quotes.size());
  for (size_t i = 0; i < groups.size(); ++i) groups[i] = static_cast<int>(i);
  Attributor a(doc, quotes, std::move(groups));
  return a.Run();
}

std::vector<std::optional<Attribution>> FindSpeakers(const Document& doc, const std::vector<QuoteMarkSpan>& quotes) {
  std::vector<Span> spans;
  std::vector<int> groups;
  for (const QuoteMarkSpan& q : quotes) {
    spans.push_back(q.span);
    groups.push_back(q.group);
  }
  Attributor a(doc, spans, std::move(groups));
  return a.Run();
}

std::string ResolveName(const Document& doc, Span mention) {
  Attributor a(doc, {}, {});
  return a.FullName(mention);
}

const char* AttributionRuleName(AttributionRule rule) {
  switch (rule) {
    case AttributionRule::kAfterQuote: return "after-quote";
    case AttributionRule::kBeforeQuote: return "before-quote";
    case AttributionRule::kAccordingTo: return "according-to";
    case AttributionRule::kColonLeadIn: return "colon-lead-in";
    case AttributionRule::kNextSentence: return "next-sentence";
    case AttributionRule::kPreviousQuote: return "previous-quote";
    case AttributionRule::kPreviousSentence: return "previous-sentence";
    case AttributionRule::kNextQuote: return "next-quote";
    case AttributionRule::kLostName: return "lost-name";
    case AttributionRule::kPreviousParagraph: return "previous-paragraph";
  }
  return "";
}

}  // namespace copydesk
