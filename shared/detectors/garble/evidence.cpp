#include "detectors/garble/evidence.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "base/unicode.h"
#include "detectors/attribution/quote_marks.h"
#include "detectors/garble/language_model.h"
#include "detectors/garble/model_format.h"
#include "detectors/garble/weights.h"
#include "segments/normalize.h"
#include "text/english.h"
#include "text/title_case.h"

namespace copydesk::garble {
namespace {

namespace LexFlag = format::LexFlag;
using WordSet = std::set<std::string_view>;

// Closed-class words: small, fixed sets of English grammar (not learnt).
const WordSet kAuxiliaries = {"is",      "are",    "was",      "were",     "am",       "be",     "has",
                              "have",    "had",    "do",       "does",     "did",      "will",   "would",
                              "can",     "could",  "shall",    "should",   "may",      "might",  "must",
                              "cannot",  "isn't",  "aren't",   "wasn't",   "weren't",  "hasn't", "haven't",
                              "hadn't",  "don't",  "doesn't",  "didn't",   "won't",    "wouldn't", "can't",
                              "couldn't", "shouldn't", "mustn't", "ain't"};
const WordSet kSubjectPronouns = {"i", "you", "he", "she", "it", "we", "they", "who", "there", "this", "that"};
const WordSet kNounPhraseOpeners = {"the",  "a",     "an",    "this",    "that",  "these", "those", "his",
                                    "her",  "its",   "their", "our",     "my",    "your",  "of",    "in",
                                    "on",   "at",    "to",    "for",     "from",  "with",  "by",    "about",
                                    "into", "over",  "under", "between", "after", "before", "during", "against",
                                    "no",   "every", "each",  "some",    "any",   "more",  "most"};
// Capitalised mid-sentence, these betray a spliced-in clause ("themselves It's not").
const WordSet kClauseOpeners = {"it's", "it",    "we",    "they", "he",   "she", "the",  "this", "that",
                                "these", "those", "there", "you",  "our",  "their", "his", "its",  "a",
                                "an",    "and",   "but",   "or",   "so",   "is",   "are",  "was",  "were",
                                "not",   "however", "we're", "they're", "there's", "that's", "he's", "she's"};
// Words that open a sentence and, capitalised between lowercase words, show
// a lost full stop (HasMidSentenceCapital).
const WordSet kLostStopSubordinators = {"as",    "when",  "while",    "after",     "before",  "because",
                                        "if",    "although", "though", "since",    "meanwhile", "according"};
const WordSet kLostStopPronouns = {"she", "they", "we"};
// Sentence openers that, glued to the capitalised word before them, show a
// lost line break (FindSpacingDamage).
const WordSet kGluedOpeners = {"after", "before", "the", "and", "but", "when", "while", "according",
                               "however", "she", "they", "this"};
// Nouns that name a work before its title (NamesWorkTitle).
const WordSet kWorkNouns = {"album", "film",  "movie", "song",  "single", "book",   "novel",   "series",  "show",
                            "play",  "poem",  "painting", "track", "opera", "musical", "episode", "titled", "called"};
const WordSet kTitles = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "president", "minister"};
const WordSet kPronounsAfterTitle = {"we", "i", "he", "she", "they", "it", "you", "this", "that", "there",
                                     "our", "their", "it's", "we're", "they're"};
// A sentence may not end on these: the rest of it was lost (text/english.h).
const WordSet kDanglingEnds(std::begin(kWordsNeedingMore), std::end(kWordsNeedingMore));
const WordSet kSayingVerbs = {"said",  "says",   "say",    "stated",  "added",  "noted", "believe", "believes",
                              "argued", "claimed", "announced", "reported", "warned", "explained", "insisted",
                              "stressed", "emphasized", "emphasised", "confirmed", "so", "such", "and", "told"};
// Abbreviations (text/english.h): a full stop after them before a lowercase
// word is no orphan start ("the 1200 block of Battery Ave. and the 300 block").
const WordSet kAbbreviations = [] {
  WordSet all(std::begin(kTitleAbbreviations), std::end(kTitleAbbreviations));
  all.insert(std::begin(kNameSuffixAbbreviations), std::end(kNameSuffixAbbreviations));
  all.insert(std::begin(kNumberedAbbreviations), std::end(kNumberedAbbreviations));
  all.insert(std::begin(kOtherAbbreviations), std::end(kOtherAbbreviations));
  return all;
}();
const WordSet kImmediateRepeatOk = {"had", "that", "very", "so", "no", "yes", "ha", "bye", "knock", "far", "long",
                                    "really", "is", "do", "out", "on", "more", "again", "now"};
const WordSet kIdiomJoiners = {"and", "by", "after", "to", "in", "or", "for", "upon", "on", "over", "than", "from"};
const WordSet kFunctionWords = {"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with",
                                "by", "from", "that", "this", "is", "are", "was", "were", "be", "been", "it",
                                "he", "she", "they", "we", "you", "i", "his", "her", "their", "its", "our", "as",
                                "not", "have", "has", "had", "will", "would", "said", "also", "more", "than"};
const WordSet kThirdSingular = {"he", "she", "it"};
const WordSet kNonThirdPlural = {"they", "we", "you", "i"};
const WordSet kBadAfterThirdSingular = {"have", "are", "were", "do", "don't", "aren't", "weren't", "haven't"};
const WordSet kBadAfterPlural = {"has", "is", "does", "doesn't", "isn't", "hasn't"};
const WordSet kBadAfterPluralPast = {"was", "wasn't"};  // not after "I"
const WordSet kSingularDeterminers = {"a", "an", "every", "each", "another"};
const WordSet kPluralDeterminers = {"these", "those", "many", "several", "both", "few"};
const WordSet kInvertingWords = {"does", "did", "do", "will", "would", "can", "could", "should", "may", "might",
                                 "must", "to", "let", "make", "made", "help", "if", "whether", "that", "shall",
                                 "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't"};

const WordSet kReflexives = {"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself"};
const WordSet kObjectStarts = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
                               "our", "them", "him", "it", "us", "me", "my", "your"};
const WordSet kFirstPersonWords = {"i", "me", "my", "we", "our", "us", "i've", "i'm", "we've", "we're"};
const WordSet kFirstPersonSubjects = {"i", "we", "i've", "i'm", "we've", "we're"};
// Days and months: "CNN On Friday" is a capitalised preposition, not a title.
const WordSet kCalendarWords = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                "january", "february", "march", "april", "may", "june", "july", "august",
                                "september", "october", "november", "december"};
// Capitalised between words, these betray a spliced-in clause ("with CNN On Friday").
const WordSet kCapitalisedPrepositions = {"on", "in", "at", "for", "with", "from", "by", "to", "of", "after", "before"};
// Nouns that follow a place's name ("Tra On town", "Ban Na district"): a
// capitalised preposition inside such a name is the name's.
const WordSet kPlaceNouns = {"town",  "city",   "district", "province", "village", "county", "commune",
                             "ward",  "hamlet", "river",    "island",   "state",   "region", "street",
                             "road",  "municipality", "prefecture", "township", "borough"};
// A singular name before these is an agreement slip ("…, CNN report.").
const WordSet kBareReportingVerbs = {"say", "report", "add", "tell", "claim", "write", "confirm", "warn", "insist"};
// A verbless sentence opening with these, or referring back with an object
// pronoun, is a writer's deliberate ellipsis ("Not anymore.", "Then
// applause.", "Thousands of them."), not a clause that translation broke.
const WordSet kEllipsisOpeners = {"not", "never", "then", "only", "and", "but", "or", "so", "perhaps", "maybe",
                                  "hardly", "still", "again", "no", "yes", "just", "even", "almost", "nothing",
                                  "nobody", "none", "always", "now", "once", "until", "unless", "hence"};
const WordSet kBackReferences = {"them", "him", "us", "me"};
// Two words that open a verbless sentence by idiom (IsDeliberateEllipsis).
constexpr std::pair<std::string_view, std::string_view> kVerblessIdioms[] = {
    {"time", "for"}, {"time", "to"}, {"small", "wonder"}, {"case", "in"},
    {"end", "of"},   {"enough", "said"}, {"fair", "enough"}, {"good", "luck"},  {"more", "on"}};
const WordSet kAttributionVerbs = {"said", "added", "says", "adds", "told", "stated", "noted", "explained",
                                   "continued", "stressed", "indicated", "insisted"};

// Grammatical shape (evidence.h). Closed-class words keep their identity:
// they carry the grammar. The list is English grammar, not learnt.
constexpr std::string_view kShapeWords[] = {
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
    "some", "any", "no", "every", "each", "either", "neither", "all", "both", "few", "many", "much", "more",
    "most", "several", "such", "what", "which", "who", "whom", "whose", "where", "when", "why", "how",
    "whether", "if", "because", "although", "though", "while", "since", "until", "unless", "as", "than", "so",
    "but", "and", "or", "nor", "yet", "for", "of", "to", "in", "on", "at", "by", "with", "from", "into", "onto",
    "upon", "about", "above", "below", "over", "under", "between", "among", "through", "during", "before",
    "after", "against", "without", "within", "along", "across", "behind", "beyond", "near", "around", "toward",
    "towards", "via", "per", "i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them", "myself",
    "yourself", "himself", "herself", "itself", "ourselves", "themselves", "is", "are", "was", "were", "be",
    "been", "being", "am", "have", "has", "had", "having", "do", "does", "did", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "not", "there", "here", "also", "only", "even", "just",
    "very", "too", "then", "now", "still", "already", "again", "never", "always", "often", "however",
    "therefore", "thus", "one", "two", "other", "another", "same", "own", "said", "says", "say", "don't",
    "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "won't", "wouldn't", "it's",
    "that's", "there's", "i'm", "we're", "they're", "you're", "he's", "she's", "let's"};

enum ShapeSymbol : uint16_t {
  kShapeStart = 1,
  kShapeEnd,
  kShapeNumber,
  kShapeName,     // a capitalised word after the first
  kShapeUnknown,  // a word the lexicon does not know, or in another script
  kShapeComma,
  kShapeSemicolon,
  kShapeColon,
  kShapeStop,
  kShapeQuestion,
  kShapeExclamation,
  kShapeDash,
  kShapePercent,
  kShapeFirstWord = 32,    // + index in kShapeWords
  kShapeFirstClass = 512,  // + word-class bits (ShapeOfWord)
};
static_assert(kShapeFirstWord + std::size(kShapeWords) <= kShapeFirstClass);

// One lookup per word gives every closed class it belongs to.
enum class Class : uint32_t {
  Auxiliaries = 1u << 0,
  SubjectPronouns = 1u << 1,
  NounPhraseOpeners = 1u << 2,
  ClauseOpeners = 1u << 3,
  Titles = 1u << 4,
  PronounsAfterTitle = 1u << 5,
  DanglingEnds = 1u << 6,
  SayingVerbs = 1u << 7,
  Abbreviations = 1u << 8,
  ImmediateRepeatOk = 1u << 9,
  IdiomJoiners = 1u << 10,
  FunctionWords = 1u << 11,
  ThirdSingular = 1u << 12,
  NonThirdPlural = 1u << 13,
  BadAfterThirdSingular = 1u << 14,
  BadAfterPlural = 1u << 15,
  BadAfterPluralPast = 1u << 16,
  SingularDeterminers = 1u << 17,
  PluralDeterminers = 1u << 18,
  InvertingWords = 1u << 19,
  Reflexives = 1u << 20,
  ObjectStarts = 1u << 21,
  AttributionVerbs = 1u << 22,
  FirstPerson = 1u << 23,
  CapitalisedPrepositions = 1u << 24,
  BareReportingVerbs = 1u << 25,
  EllipsisOpeners = 1u << 26,
  BackReferences = 1u << 27,
  FirstPersonSubjects = 1u << 28,
  CalendarWords = 1u << 29,
};

// What the closed-class lists say of a word: its classes, and its symbol in
// the grammatical shape (0: not a closed-class word of the shape).
struct ClosedClasses {
  uint32_t classes = 0;
  uint16_t shape = 0;
};

// The closed classes of `word` (WordHash `hash`, language-model id `id` or kNone).
ClosedClasses ClassesOf(std::string_view word, uint64_t hash, int32_t id) {
  // Open addressing by WordHash (deterministic; lookup only), and the same
  // classes by model id: a word the model knows needs no second probe.
  struct Table {
    std::vector<std::pair<std::string_view, uint32_t>> slots;
    size_t mask = 0;
    std::vector<ClosedClasses> by_id;  // one read per known word
  };
  static const Table table = [] {
    const std::pair<const WordSet*, Class> sets[] = {
        {&kAuxiliaries, Class::Auxiliaries},
        {&kSubjectPronouns, Class::SubjectPronouns},
        {&kNounPhraseOpeners, Class::NounPhraseOpeners},
        {&kClauseOpeners, Class::ClauseOpeners},
        {&kTitles, Class::Titles},
        {&kPronounsAfterTitle, Class::PronounsAfterTitle},
        {&kDanglingEnds, Class::DanglingEnds},
        {&kSayingVerbs, Class::SayingVerbs},
        {&kAbbreviations, Class::Abbreviations},
        {&kImmediateRepeatOk, Class::ImmediateRepeatOk},
        {&kIdiomJoiners, Class::IdiomJoiners},
        {&kFunctionWords, Class::FunctionWords},
        {&kThirdSingular, Class::ThirdSingular},
        {&kNonThirdPlural, Class::NonThirdPlural},
        {&kBadAfterThirdSingular, Class::BadAfterThirdSingular},
        {&kBadAfterPlural, Class::BadAfterPlural},
        {&kBadAfterPluralPast, Class::BadAfterPluralPast},
        {&kSingularDeterminers, Class::SingularDeterminers},
        {&kPluralDeterminers, Class::PluralDeterminers},
        {&kInvertingWords, Class::InvertingWords},
        {&kReflexives, Class::Reflexives},
        {&kObjectStarts, Class::ObjectStarts},
        {&kAttributionVerbs, Class::AttributionVerbs},
        {&kFirstPersonWords, Class::FirstPerson},
        {&kCapitalisedPrepositions, Class::CapitalisedPrepositions},
        {&kBareReportingVerbs, Class::BareReportingVerbs},
        {&kEllipsisOpeners, Class::EllipsisOpeners},
        {&kBackReferences, Class::BackReferences},
        {&kFirstPersonSubjects, Class::FirstPersonSubjects},
        {&kCalendarWords, Class::CalendarWords},
    };
    std::map<std::string_view, uint32_t> merged;
    for (const auto& [set, cls] : sets)
      for (std::string_view w : *set) merged[w] |= uint32_t(cls);
    Table t;
    size_t size = 16;
    while (size < 2 * merged.size()) size <<= 1;  // at most half full: probes stay short and end
    t.slots.assign(size, {std::string_view(), 0});
    t.mask = size - 1;
    for (const auto& [w, classes] : merged) {
      size_t at = WordHash(w) & t.mask;
      while (t.slots[at].second != 0) at = (at + 1) & t.mask;
      t.slots[at] = {w, classes};
    }
    const LanguageModel& lm = LanguageModel::Embedded();
    t.by_id.assign(lm.vocabulary_size(), ClosedClasses{});
    for (const auto& [w, classes] : merged)
      if (const int32_t known = lm.Find(w); known >= 0) t.by_id[size_t(known)].classes = classes;
    for (size_t k = 0; k < std::size(kShapeWords); ++k)
      if (const int32_t known = lm.Find(kShapeWords[k]); known >= 0)
        t.by_id[size_t(known)].shape = uint16_t(kShapeFirstWord + k);
    return t;
  }();
  if (id >= 0 && size_t(id) < table.by_id.size()) return table.by_id[size_t(id)];
  for (size_t at = hash & table.mask;; at = (at + 1) & table.mask) {
    const auto& [w, classes] = table.slots[at];
    if (classes == 0) return {};
    if (w == word) return {classes, 0};
  }
}

// ASCII first: these run on every character of every sentence.
bool IsLetter(char16_t c) { return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c); }
bool IsUpper(char16_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c); }
bool IsLower(char16_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c); }
bool IsDigit(char16_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c); }

// "it's", "we're", "don't" hold a verb; "Beijing's" is a possessive.
bool EndsWithContractionVerb(std::string_view w) {
  static const WordSet s_hosts = {"it", "he", "she", "that", "there", "what", "who", "here", "where", "how", "this"};
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s") return s_hosts.count(w.substr(0, w.size() - 2)) > 0;
  for (std::string_view suffix : {"'re", "'ve", "'ll", "'d", "'m", "n't"})
    if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) return true;
  return false;
}

struct Word {
  std::string_view norm;      // case-folded
  std::u16string_view text;   // as written
  Span span;
  bool number = false;
  bool capitalised = false;
  int32_t id = LanguageModel::kNone;
  uint8_t flags = 0;
  uint32_t classes = 0;  // closed classes (Class bits)
  uint16_t shape_word = 0;  // its grammatical-shape symbol if a closed-class word of the shape, else 0
  uint64_t hash = 0;     // WordHash(norm)
  bool other_script = false;  // written in another script than Latin (untranslated, or shown on purpose)
  bool accented = false;      // Latin with letters outside English ("Wrocław"): left untranslated?
  bool acronym = false;       // all capitals ("OSCE")
  bool quoted = false;        // inside quotation marks (WalkQuotes sets it)
};

// Two letters or more from a script other than Latin: "дополнительно"; not a
// lone Greek letter used as a symbol ("α-synuclein"). A script written
// without spaces comes a character a token ("共", "同": segments), each one
// a foreign word.
bool IsOtherScript(std::u16string_view text) {
  int foreign = 0;
  for (size_t i = 0; i < text.size();) {
    UChar32 c;
    U16_NEXT(text.data(), i, text.size(), c);
    if (c < 0x250 || !u_isalpha(c)) continue;  // ASCII and Latin letters with their accents
    if (WrittenWithoutSpaces(char32_t(c))) return true;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
      ++foreign;
  }
  return foreign >= 2;
}

bool In(const Word& w, Class c) { return (w.classes & uint32_t(c)) != 0; }

// A grammatical word (function word, determiner, auxiliary), not a content word.
bool IsGrammatical(const Word& w) {
  return In(w, Class::FunctionWords) || In(w, Class::NounPhraseOpeners) || In(w, Class::Auxiliaries);
}

// What a word's letters say: an acronym (all capitals, two letters or more:
// "OSCE", which news uses freely, not a name the translation invented), another
// script, accented Latin; and whether it is a figure or an address written as
// one word: digits with letters ("24C", "200g", "10am", "1990s", "5G"), an
// e-mail or web address ("press@example.com", "PowerOutage.us"), a handle
// ("@nytimes"). Weather reports, recipes, contact lines and results are full
// of those; the language model, built for speech, knows none, and they are no
// sign of damage: they count with the numbers. One pass without branches over
// the word; the Unicode questions only for the rare word outside ASCII.
void ReadLetters(Word& w) {
  int capitals = 0;
  bool lowercase = false, non_ascii = false, figure = false;
  const std::u16string_view t = w.text;
  for (size_t i = 0; i < t.size(); ++i) {
    const char16_t c = t[i];
    capitals += c >= u'A' && c <= u'Z' ? 1 : 0;
    lowercase |= c >= u'a' && c <= u'z';
    non_ascii |= c >= 0x80;
    figure |= IsDigit(c) || c == u'@' || c == u'/';
    // A dot with two lowercase letters after it: a domain ("example.com"),
    // not an abbreviation ("U.S", "a.m", "Ph.D") nor two sentences run
    // together ("feelings.Young": spacing lost).
    figure |= c == u'.' && i > 0 && i + 2 < t.size() && IsLetter(t[i - 1]) && IsLower(t[i + 1]) && IsLower(t[i + 2]);
  }
  w.number = w.number || figure;
  if (w.number) return;
  w.acronym = !lowercase && capitals >= 2;
  if (!non_ascii) return;
  w.other_script = IsOtherScript(w.text);
  w.accented = !w.other_script && std::any_of(w.text.begin(), w.text.end(),
                                              [](char16_t c) { return c > 0x7F && IsLetter(c); });
}

std::vector<Word> CollectWords(const Document& doc, size_t begin, size_t end) {
  const LanguageModel& lm = LanguageModel::Embedded();
  std::vector<Word> words;
  words.reserve(end > begin ? end - begin : 0);
  for (size_t i = begin; i < end && i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    const bool after_number = !words.empty() && words.back().number;
    Word& w = words.emplace_back();  // filled in place: a copy of a part-written Word stalls on its stores
    w.norm = t.norm;
    w.text = doc.slice(t.span);
    w.span = t.span;
    w.number = t.kind == TokenKind::kNumber;
    w.capitalised = !w.text.empty() && IsUpper(w.text[0]);
    w.hash = WordHash(w.norm);  // one hash a word serves every table
    ReadLetters(w);  // may find a figure or an address
    if (!w.number) {
      w.id = lm.FindHash(w.hash);
      w.flags = lm.flags(w.id);
    }
    const ClosedClasses closed = ClassesOf(w.norm, w.hash, w.id);
    w.classes = closed.classes;
    w.shape_word = closed.shape;
    // A short lowercase word the model does not know right after a number is
    // its unit ("80 km", "5 bn"): part of the quantity, not an unknown word
    // (the model, built for speech, spells units out).
    if (!w.number && w.id < 0 && after_number && w.text.size() <= 4 && !w.text.empty() && IsLower(w.text[0]))
      w.number = true;
  }
  return words;
}

// Characters between two positions are only spaces.
bool OnlySpacesBetween(const std::u16string& text, int32_t from, int32_t to) {
  for (int32_t p = from; p < to; ++p)
    if (text[p] != u' ' && text[p] != u'\u00A0') return false;
  return true;
}


// Two-word adverbials that sit between a subject and its verb as one adverb
// does ("The injuries of course open doors", "Prices in turn rose").
bool IsTwoWordAdverbial(std::string_view first, std::string_view second) {
  static constexpr std::pair<std::string_view, std::string_view> kAdverbials[] = {
      {"of", "course"}, {"in", "fact"}, {"in", "turn"}, {"at", "least"}, {"after", "all"}, {"for", "now"},
      {"in", "part"},   {"by", "then"}, {"so", "far"},  {"at", "times"}, {"in", "effect"}};
  for (const auto& [a, b] : kAdverbials)
    if (first == a && second == b) return true;
  return false;
}

// Whether the words hold a clause: an auxiliary, or a verb after a possible subject.
bool HasClause(const std::vector<Word>& words) {
  if (words.empty()) return true;
  bool seen_nominal = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (In(w, Class::Auxiliaries) || (EndsWithContractionVerb(w.norm) && w.norm != "let's")) return true;
    // Unknown lowercase "-ed" words are past forms the US-spelled model lacks ("organised").
    const bool unknown_past = w.id < 0 && !w.capitalised && w.norm.size() > 4 && w.norm.substr(w.norm.size() - 2) == "ed";
    const bool verb = (w.flags & LexFlag::kVerbFinite) != 0 || unknown_past;
    if (verb && seen_nominal && i > 0) {
      size_t k = i - 1;  // skip adverbs between subject and verb ("we also need", "injuries of course open")
      while (k > 0) {
        if ((words[k].flags & LexFlag::kAdverb) && !(words[k].flags & LexFlag::kNoun)) {
          --k;
        } else if (k > 1 && IsTwoWordAdverbial(words[k - 1].norm, words[k].norm)) {
          k -= 2;
        } else {
          break;
        }
      }
      const Word& prev = words[k];
      const bool subject_like = In(prev, Class::SubjectPronouns) || In(prev, Class::Reflexives);
      const bool noun_slot = !subject_like && (In(prev, Class::NounPhraseOpeners) ||
                                               (prev.norm.size() > 2 && prev.norm.substr(prev.norm.size() - 2) == "'s") ||
                                               (prev.flags & LexFlag::kAdjective && !(prev.flags & LexFlag::kNoun)));
      const bool inflected = (w.flags & LexFlag::kVerbPastOrParticiple) || unknown_past ||
                             (w.norm.size() > 3 && w.norm.back() == 's');
      // A bare verb after a plural noun ("citizens benefit") or with an object after it ("regard this").
      const bool object_follows = i + 1 < words.size() && In(words[i + 1], Class::ObjectStarts);
      const bool plural_subject = (prev.flags & LexFlag::kPluralNoun) != 0;
      if (!noun_slot && (inflected || (w.flags & LexFlag::kMostlyVerb) || subject_like || plural_subject ||
                         (object_follows && (prev.flags & LexFlag::kNoun))))
        return true;
    }
    if (In(w, Class::SubjectPronouns) || w.number || w.capitalised || (w.flags & LexFlag::kNoun) || w.id < 0)
      seen_nominal = true;
  }
  return false;
}

// Feature writing uses verbless sentences on purpose: a word or two
// ("Silence.", "Thousands more."), an adverb or conjunction first ("Not
// anymore.", "Then applause.", "But not for long."), or a pronoun pointing
// back ("Thousands of them."). Translation's broken clauses begin with the
// verb form whose subject was lost ("Reduced bilateral communication.",
// "Indicated."), which stay fragments.
bool IsDeliberateEllipsis(const std::vector<Word>& words) {
  const Word& first = words[0];
  const bool verb_first = (first.flags & LexFlag::kVerbPastOrParticiple) ||
                          ((first.flags & LexFlag::kMostlyVerb) && !(first.flags & LexFlag::kNoun));
  if (words.size() <= 2 && !verb_first) return true;
  if (In(first, Class::EllipsisOpeners)) return true;
  // Verbless by idiom: "Time for a change.", "So much for that.", "Case in point."
  if (words.size() >= 2) {
    for (const auto& [a, b] : kVerblessIdioms)
      if (first.norm == a && words[1].norm == b) return true;
  }
  for (const Word& w : words)
    if (In(w, Class::BackReferences) && !w.capitalised) return true;  // not "US", the country
  return false;
}

// A sentence that opens with the same word as the one before or after it in
// its paragraph is a run written on purpose ("Rain in the morning. Rain in
// the afternoon. Rain in the evening."), however verbless.
bool RepeatsNeighboursOpening(const Document& doc, Span span, const std::vector<Word>& words) {
  const auto at = std::lower_bound(doc.sentences.begin(), doc.sentences.end(), span.start,
                                   [](const Sentence& s, int32_t start) { return s.span.start < start; });
  if (at == doc.sentences.end() || at->span.start != span.start) return false;
  const size_t i = size_t(at - doc.sentences.begin());
  const auto opens_alike = [&](size_t k) {
    if (k >= doc.sentences.size() || doc.sentences[k].paragraph != at->paragraph) return false;
    const auto [begin, end] = doc.sentence_tokens(k);
    return begin < end && doc.tokens[begin].norm == words[0].norm;
  };
  return (i > 0 && opens_alike(i - 1)) || opens_alike(i + 1);
}

// Fragments of running text: no clause, and not a caption, credit line or
// list item (those carry numbers, commas, colons or parentheses); or an
// attribution with nothing attributed ("He said.").
bool IsFragment(const Document& doc, Span span, Span paragraph, const std::vector<Word>& words) {
  if (words.empty()) return false;
  if (words.size() == 2 && (In(words[0], Class::SubjectPronouns) || words[0].capitalised) &&
      In(words[1], Class::AttributionVerbs))
    return true;
  // A verbless line standing alone as its paragraph is a caption, label or
  // title; inside running text it is a piece broken off a sentence
  // ("… the start of a series of visits. Reduced bilateral communication.").
  bool running_text = false;
  for (int32_t p = paragraph.start; p < span.start && !running_text; ++p) running_text = IsLetter(doc.text()[p]);
  for (int32_t p = span.end; p < paragraph.end && !running_text; ++p) running_text = IsLetter(doc.text()[p]);
  if (!running_text) return false;
  const std::u16string_view text = doc.slice(span);
  if (words.size() > 12 || text.find(u',') != std::u16string_view::npos || text.find(u'(') != std::u16string_view::npos ||
      text.find(u':') != std::u16string_view::npos || text.find(u" - ") != std::u16string_view::npos ||
      text.find(u'\u2013') != std::u16string_view::npos || text.find(u'\u2014') != std::u16string_view::npos)
    return false;
  // Without a final stop a short line is a label or heading, not a broken sentence.
  size_t end = text.size();
  while (end > 0 && (IsClosingQuote(text[end - 1]) || text[end - 1] == u'"' || text[end - 1] == u' ')) --end;
  // Questions and exclamations without a verb are rhetorical ("Why?", "How to
  // vote?"); an ellipsis trails off on purpose.
  if (end == 0 || text[end - 1] != u'.' || (end >= 2 && text[end - 2] == u'.')) return false;
  for (const Word& w : words)
    if (w.number) return false;
  // An imperative: a bare verb first, then its object ("Tell us about it.",
  // "Thank you for your stories.").
  const Word& first = words[0];
  if (first.norm == "let's" || first.norm == "let") return false;  // "Let's look at the first topic."
  if (words.size() >= 2 && (first.flags & LexFlag::kVerbFinite) && !(first.flags & LexFlag::kVerbPastOrParticiple) &&
      first.norm.back() != 's' && (In(words[1], Class::ObjectStarts) || words[1].norm == "you"))
    return false;
  if (IsDeliberateEllipsis(words) || RepeatsNeighboursOpening(doc, span, words)) return false;
  return !HasClause(words);
}

// Whether the article body has text before `span`: the document's sentences
// are its body's, in order.
bool BodyTextBefore(const Document& doc, Span span) {
  return !doc.sentences.empty() && doc.sentences.front().span.start < span.start;
}

// The first letter of the sentence is lowercase, or a full stop inside it is
// followed by a lowercase word ("further action. continue."): that word (with
// the one before the full stop), or an empty span.
Span FindOrphanLowercase(const Document& doc, Span span, const std::vector<Word>& words) {
  const std::u16string& text = doc.text();
  // A lowercase start inside an article is a piece broken off a sentence; at
  // the very start of the text it is an excerpt that begins mid-sentence.
  if (!words.empty() && !words[0].number && BodyTextBefore(doc, span)) {
    const std::u16string_view first = words[0].text;
    bool inner_capital = false;
    for (size_t k = 1; k < first.size(); ++k) inner_capital |= IsUpper(first[k]);  // "iPhone", "eBay"
    int32_t p = span.start;
    while (p < words[0].span.start && !IsLetter(text[p]) && !IsDigit(text[p])) ++p;
    if (p == words[0].span.start && IsLower(first[0]) && !inner_capital) return words[0].span;
  }
  for (size_t i = 1; i < words.size(); ++i) {
    const Word& prev = words[i - 1];
    const Word& w = words[i];
    if (w.number || w.text.empty() || !IsLower(w.text[0])) continue;
    int32_t p = prev.span.end;
    if (p >= w.span.start || text[p] != u'.') continue;
    int32_t after = p + 1;  // “... possible.” he added: the full stop should have been a comma
    // A straight mark right after the stop closes the quotation too: crowds." appealed.
    while (after < w.span.start && (IsClosingQuote(text[after]) || text[after] == u'"')) ++after;
    if (!OnlySpacesBetween(text, after, w.span.start) || after == w.span.start) continue;
    if (prev.text.size() <= 1 || prev.norm.find('.') != std::string_view::npos || In(prev, Class::Abbreviations))
      continue;
    if (p > 0 && p - 1 >= prev.span.start && text[p - 1] == u'.') continue;
    return {prev.span.start, w.span.end};
  }
  return {};
}

// Whether the capitalised words[i] opens a work's title after the noun that
// names the work, its article lowercase ("the album After the Gold Rush");
// elsewhere "night At the Hashem Foods plant" is a full stop lost.
bool NamesWorkTitle(const std::vector<Word>& words, size_t i) {
  return i > 0 && i + 2 < words.size() && kWorkNouns.count(words[i - 1].norm) &&
         In(words[i + 1], Class::NounPhraseOpeners) && words[i + 2].capitalised;
}

// "suspect A had been fined", "Mr. A is accused": a capital letter that
// stands for a person's name, as news from Korea and Japan writes withheld
// names; a verb, not a noun, comes after it, which no article "A" allows.
bool IsLetterStandingForName(const Word& letter, const Word& next) {
  if (letter.text != u"A") return false;
  return In(next, Class::Auxiliaries) || ((next.flags & LexFlag::kVerbFinite) && !(next.flags & LexFlag::kNoun) &&
                                          !(next.flags & LexFlag::kAdjective));
}

// A capitalised word inside a sentence where none belongs: that word, or an empty span.
Span FindMidSentenceCapital(const Document& doc, const std::vector<Word>& words) {
  const std::u16string& text = doc.text();
  // A line in title case is a headline or a title, capitals by design ("Top
  // Virus Expert Warns We Must Do These 3 Things To Stay Safe."). Asked only
  // once a capital is found, off the path of every sentence.
  const auto unless_title_case = [&](const Word& w) {
    const Span line{words.front().span.start, words.back().span.end};
    return ReadsAsTitleCase(std::u16string_view(text).substr(size_t(line.start), size_t(line.length())), 3) ? Span{}
                                                                                                              : w.span;
  };
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    const Word& w = words[i];
    if (!w.capitalised || w.norm == "i" || !In(w, Class::ClauseOpeners)) continue;
    const Word& prev = words[i - 1];
    const Word& next = words[i + 1];
    if (prev.capitalised || prev.number || next.capitalised || next.number) continue;  // names, titles
    if (!OnlySpacesBetween(text, prev.span.end, w.span.start) || prev.span.end == w.span.start) continue;
    if (IsLetterStandingForName(w, next)) continue;  // "suspect A had been fined"
    return unless_title_case(w);
  }
  // A sentence whose full stop was lost, opening on a subordinator ("seen
  // from space As the area expanded") or on She/They/We after a name ("in
  // Mexico City They arrested a man"). Not a work title ("the album After the
  // Gold Rush": a capital after its article), nor "He", also a surname.
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    const Word& w = words[i];
    if (!w.capitalised || w.acronym) continue;
    const Word& prev = words[i - 1];
    const Word& next = words[i + 1];
    if (next.capitalised || next.number) continue;
    if (!OnlySpacesBetween(text, prev.span.end, w.span.start) || prev.span.end == w.span.start) continue;
    // After a name only when a subject pronoun follows ("a fan of Larkton If he
    // gives"): a title in title case would capitalise it.
    const bool subordinator = kLostStopSubordinators.count(w.norm) > 0 && !prev.number &&
                              (!prev.capitalised || (kSubjectPronouns.count(next.norm) > 0 && !In(prev, Class::Titles)));
    const bool pronoun_after_name = kLostStopPronouns.count(w.norm) > 0 && prev.capitalised && !prev.acronym &&
                                    !In(prev, Class::Titles) &&
                                    (In(next, Class::Auxiliaries) || (next.flags & LexFlag::kVerbFinite));
    if (!subordinator && !pronoun_after_name) continue;
    if (NamesWorkTitle(words, i)) continue;
    return unless_title_case(w);
  }
  // Capitalised words from k outwards, with only spaces between them.
  const auto capitalised_run = [&](size_t k, bool forward) {
    int run = 0;
    while (words[k].capitalised && !words[k].number) {
      ++run;
      if (forward ? k + 1 == words.size() : k == 0) break;
      const size_t next = forward ? k + 1 : k - 1;
      const Word& left = words[std::min(k, next)];
      const Word& right = words[std::max(k, next)];
      if (!OnlySpacesBetween(text, left.span.end, right.span.start)) break;
      k = next;
    }
    return run;
  };
  // A capitalised preposition between words ("an interview with CNN On Friday"):
  // names in running text keep them lowercase ("Bank of America").
  for (size_t i = 2; i + 1 < words.size(); ++i) {
    const Word& w = words[i];
    if (!w.capitalised || !In(w, Class::CapitalisedPrepositions) || w.text.size() < 2 || IsUpper(w.text[1])) continue;
    // A title in title case: "the report Hospitals On The Edge?", "titled
    // Portrait Of Lee Boon Ngan", "Still Art, But Not On Stage": capitals on
    // both sides, two or more on one side (one, inside quotation marks); not
    // a day or month ("CNN On Friday").
    if (words[i + 1].capitalised && In(words[i + 1], Class::NounPhraseOpeners)) continue;
    if (NamesWorkTitle(words, i)) continue;
    const int before = capitalised_run(i - 1, false), after = capitalised_run(i + 1, true);
    if (before >= 1 && after >= 1 && !In(words[i + 1], Class::CalendarWords) && (before + after >= 3 || w.quoted))
      continue;
    if (before >= 1 && kPlaceNouns.count(words[i + 1].norm)) continue;  // "Tra On town": a place's name
    const Word& prev = words[i - 1];
    if (!OnlySpacesBetween(text, prev.span.end, w.span.start) || prev.span.end == w.span.start) continue;
    return unless_title_case(w);
  }
  return {};
}

// A person's title followed by a pronoun ("Mr. We will"): the two, or an empty span.
Span FindTitlePronoun(const Document& doc, const std::vector<Word>& words, const ArticleFacts& facts) {
  const std::u16string& text = doc.text();
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const Word& title = words[i];
    const Word& next = words[i + 1];
    if (!title.capitalised || !In(title, Class::Titles) || !next.capitalised) continue;
    if (!In(next, Class::PronounsAfterTitle) || (next.norm == "he" && facts.he_is_a_name)) continue;
    int32_t p = title.span.end;
    if (p < next.span.start && text[p] == u'.') ++p;
    if (OnlySpacesBetween(text, p, next.span.start)) return {title.span.start, next.span.end};
  }
  return {};
}

// A sentence ending on a word that needs more ("He said that"): that word
// (with its verb), or an empty span.
Span FindDanglingEnd(const Document& doc, Span span, const std::vector<Word>& words) {
  if (words.size() < 2) return {};
  const Word& last = words.back();
  const std::u16string& text = doc.text();
  for (int32_t p = last.span.end; p < span.end; ++p) {  // only closing punctuation may follow
    const char16_t c = text[p];
    if (IsLetter(c) || IsDigit(c)) return {};
  }
  // "arrested Suspect A.": a capital letter after a name ends no phrase.
  if (last.text == u"A" && words[words.size() - 2].capitalised) return {};
  // A stranded "of" after a verb or an adjective ends its clause ("the
  // matters she complained of", "all we can think of", "what they are
  // capable of"); after a noun it lost its object ("the president of.").
  if (last.norm == "of") {
    const uint8_t before = words[words.size() - 2].flags;
    if (before & (LexFlag::kVerb | LexFlag::kAdjective)) return {};
  }
  if (In(last, Class::DanglingEnds)) return last.span;
  const Word& verb = words[words.size() - 2];
  if (last.norm != "that" || !In(verb, Class::SayingVerbs)) return {};
  // "… arrogant to say that.", "I would say that.": the object pronoun after
  // an infinitive or a modal, not a complement clause cut off ("He said that").
  const Word* before_verb = words.size() >= 3 ? &words[words.size() - 3] : nullptr;
  if (before_verb && (before_verb->norm == "to" || In(*before_verb, Class::Auxiliaries))) return {};
  return {verb.span.start, last.span.end};
}

// Whether the text between two words of a sentence shows a list, an
// apposition or a compound rather than a phrase translation doubled: a comma,
// semicolon or dash between them ("grain prices, oilseed prices", "first
// come, first served", "the business secretary, the energy secretary"), or
// a hyphen joining either to the words between ("industry-intensive industry").
bool ListOrCompoundBetween(const Word& a, const Word& b) {
  const char16_t* from = a.text.data() + a.text.size();
  const char16_t* to = b.text.data();
  // A word said again straight after a comma is doubled, not listed ("rumors,
  // rumors and rumors"; "very, very" is in ImmediateRepeatOk), unless it is
  // a name or a title ("Rachel, Rachel") or speech, which repeats for
  // emphasis ("When you have to shoot, shoot, don't talk").
  if (to - from == 2 && from[0] == u',') return (a.capitalised && b.capitalised) || (a.quoted && b.quoted);
  if (from < to && (*from == u'-' || to[-1] == u'-')) return true;
  for (const char16_t* p = from; p < to; ++p) {
    if (*p == u',' || *p == u';' || *p == u'\u2013' || *p == u'\u2014') return true;
    // A slash or bar before a capital starts a headline's next part, which may
    // repeat a name ("Fars province / Fars province has"); before a common
    // word it doubles a translation's alternatives ("All people / people living").
    if (*p == u'/' || *p == u'|') {
      const char16_t* q = p + 1;
      while (q < to && *q == u' ') ++q;  // stops at b at the latest
      if (IsUpper(*q)) return true;
    }
  }
  return false;
}

// A phrase or word said twice where translation doubled it: from its first
// saying to the end of its second, or an empty span.
Span FindDuplicatedPhrase(const std::vector<Word>& words) {
  // The same three words again within a few words: "signs that the United
  // States was ... the United States".
  // Hashes are compared before spellings: equal words have equal hashes.
  const auto same = [](const Word& a, const Word& b) { return a.hash == b.hash && a.norm == b.norm; };
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    // A repeated name ("the United States"), not rhetorical parallels ("the purpose of").
    const int capitals = int(words[i].capitalised) + int(words[i + 1].capitalised) + int(words[i + 2].capitalised);
    if (capitals < 2) continue;
    // Where each of a list's people is from: "A (23) of Ezra Park and B (22)
    // of Ezra Park" repeats its place on purpose.
    const std::string_view head = words[i].norm;
    if (head == "of" || head == "from" || head == "in" || head == "at") continue;
    for (size_t j = i + 3; j + 2 < words.size() && j <= i + 8; ++j) {
      if (!(same(words[i], words[j]) && same(words[i + 1], words[j + 1]) && same(words[i + 2], words[j + 2])))
        continue;
      // Two names that share their first words ("the Land Transportation
      // Office, and the Land Transportation Franchising … Board") are a list.
      const bool names_go_apart = words[i + 3].capitalised && j + 3 < words.size() && words[j + 3].capitalised &&
                                  !same(words[i + 3], words[j + 3]);
      if (!names_go_apart) return {words[i].span.start, words[j + 2].span.end};
    }
  }
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& a = words[i];
    if (a.number || a.norm.size() < 3) continue;
    for (size_t d = 1; d <= 3 && i + d < words.size(); ++d) {
      const Word& b = words[i + d];
      if (!same(a, b) || ListOrCompoundBetween(a, b)) continue;
      const Span both{a.span.start, b.span.end};
      if (d == 1 && !In(a, Class::ImmediateRepeatOk)) return both;
      // One name that repeats a word ("Nguyen Chi Nguyen"), unless the pair goes on repeating.
      if (d == 2 && a.capitalised && words[i + 1].capitalised &&
          !(i + 3 < words.size() && same(words[i + 1], words[i + 3])))
        continue;
      // With a grammatical word between, a construction: "face to face", "England
      // against England", "the government if government did not act".
      if (d == 2 && !In(words[i + 1], Class::IdiomJoiners) && words[i + 1].shape_word == 0 &&
          !In(a, Class::FunctionWords))
        return both;
      // "influence and undoubtedly influence" (not "make decisions and make choices", "ceasefire or no ceasefire")
      const Word& joiner = words[i + 1];
      const Word& adverb = words[i + 2];
      if (d == 3 && a.norm.size() >= 4 && !In(a, Class::FunctionWords) &&
          (joiner.norm == "and" || joiner.norm == "or" || joiner.norm == "but") && (adverb.flags & LexFlag::kAdverb) &&
          !(adverb.flags & (LexFlag::kNoun | LexFlag::kVerb)) && adverb.norm != "no" && adverb.norm != "not")
        return both;
    }
  }
  return {};
}

// "a" before a vowel or "an" before a consonant ("A extreme climate
// warning", "an big"), as synonym spinners and some translation leave
// them: the pair, or an empty span. Only lowercase English words after it, whose
// first letter tells their sound: not "a European", "an FBI", "an 18-year-old";
// and not the letters whose sound varies ("a university", "a eulogy", "a one-off",
// "an hour", "an x-ray").
Span FindWrongArticle(const std::vector<Word>& words) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const Word& article = words[i];
    const Word& next = words[i + 1];
    // The next word must be in the English lexicon: "Frankfurt an der Oder", "a priori" are not.
    constexpr uint8_t kWordClasses = LexFlag::kNoun | LexFlag::kAdjective | LexFlag::kVerb | LexFlag::kAdverb;
    if ((article.norm != "a" && article.norm != "an") || next.number || !(next.flags & kWordClasses) ||
        next.text.size() < 2 || !IsLower(next.text[0]))
      continue;
    // Only a plain space between: "give a (expletive)" is an editor's substitution.
    if (next.span.start != article.span.end + 1) continue;
    // A capital "A" inside a sentence is a letter, a name ("Mr. A is accused").
    if (i > 0 && article.capitalised) continue;
    const char first = next.norm[0];
    const bool vowel = first == 'a' || first == 'i' || (first == 'o' && next.norm.rfind("one", 0) != 0 &&
                                                        next.norm.rfind("once", 0) != 0) ||
                       (first == 'e' && next.norm.rfind("eu", 0) != 0 && next.norm.rfind("ew", 0) != 0);
    const bool consonant = std::string_view("bcdfgjklmnpqrstvwz").find(first) != std::string_view::npos;
    if ((article.norm == "a" && vowel) || (article.norm == "an" && consonant))
      return {article.span.start, next.span.end};
  }
  return {};
}

// An ordinal whose ending does not fit its number ("on the 2st", "the 1th",
// "3nd"), as translation from languages that write dates with a counter
// leaves it; an empty span if none. "st" counts only after "the": "15st" is
// also fifteen stone.
Span FindWrongOrdinal(const Document& doc, Span span) {
  const std::u16string& text = doc.text();
  for (int32_t p = span.start; p < span.end; ++p) {
    if (!IsDigit(text[p]) || (p > span.start && (IsDigit(text[p - 1]) || IsLetter(text[p - 1])))) continue;
    int32_t q = p;
    while (q < span.end && IsDigit(text[q])) ++q;
    if (q + 2 > span.end || (q + 2 < span.end && IsLetter(text[q + 2]))) {
      p = q;
      continue;
    }
    const char16_t a = u_tolower(text[q]), b = q + 1 < span.end ? u_tolower(text[q + 1]) : u' ';
    const std::u16string suffix{a, b};
    const int last = text[q - 1] - u'0', tens = q - p >= 2 ? text[q - 2] - u'0' : 0;
    const char16_t* fits = tens == 1 ? u"th" : last == 1 ? u"st" : last == 2 ? u"nd" : last == 3 ? u"rd" : u"th";
    const bool ordinal = suffix == u"st" || suffix == u"nd" || suffix == u"rd" || suffix == u"th";
    if (ordinal && suffix != fits) {
      const std::u16string_view before = std::u16string_view(text).substr(size_t(span.start), size_t(p - span.start));
      const bool after_the = before.size() >= 4 && (before.substr(before.size() - 4) == u"the " ||
                                                    before.substr(before.size() - 4) == u"The ");
      if (suffix != u"st" || after_the) return {p, q + 2};
    }
    p = q;
  }
  return {};
}

// A clock time that cannot be: an hour of 0 or over 12, or minutes of one
// digit or over 59, before "a.m."/"p.m." or "am"/"pm" ("23:30 p.m.",
// "30:1 p.m.", "23.30pm", "0.30 a.m.", "20 pm"), as translation from a
// 24-hour original leaves it; an empty span if none.
Span FindImpossibleTime(const Document& doc, Span span) {
  const std::u16string& text = doc.text();
  for (int32_t h = span.start; h < span.end; ++h) {
    // The hour: one or two digits, not inside a longer number or word.
    if (!IsDigit(text[h]) || (h > span.start && (IsLetter(text[h - 1]) || IsDigit(text[h - 1]) ||
                                                 text[h - 1] == u':' || text[h - 1] == u'.')))
      continue;
    int32_t p = h;
    while (p < span.end && IsDigit(text[p])) ++p;
    if (p - h > 2) continue;
    // Minutes after ':' or '.', if any.
    int32_t m = p;
    if (p + 1 < span.end && (text[p] == u':' || text[p] == u'.') && IsDigit(text[p + 1])) {
      m = p + 1;
      while (m < span.end && IsDigit(text[m])) ++m;
      if (m - (p + 1) > 2) continue;
    }
    const bool has_minutes = m > p;
    int32_t q = m;
    while (q < span.end && text[q] == u' ') ++q;
    if (q + 1 >= span.end) continue;
    const char16_t a = u_tolower(text[q]);
    if (a != u'a' && a != u'p') continue;
    // "p.m." (the dotted form), or "pm" as a word of its own ("23.30pm", "14:00 PM"; not "amid"). A bare
    // hour takes only the lowercase word: "20 PM" may be twenty prime ministers.
    const bool dotted = q + 2 < span.end && text[q + 1] == u'.' && u_tolower(text[q + 2]) == u'm';
    const bool plain = u_tolower(text[q + 1]) == u'm' && (q + 2 == span.end || !IsLetter(text[q + 2])) &&
                       (has_minutes || IsLower(text[q]));
    if (!dotted && !plain) continue;
    int hour = 0, minutes = 0;
    for (int32_t k = h; k < p; ++k) hour = hour * 10 + (text[k] - u'0');
    for (int32_t k = p + 1; k < m; ++k) minutes = minutes * 10 + (text[k] - u'0');
    if (hour > 12 || hour == 0 || minutes > 59 || (has_minutes && m - (p + 1) == 1)) {
      const int32_t end = dotted ? (q + 3 < span.end && text[q + 3] == u'.' ? q + 4 : q + 3) : q + 2;
      return {h, end};
    }
    h = p;
  }
  return {};
}

// Words that do not agree ("…, CNN report.", "they has", "a elections"): the
// pair, or an empty span.
Span FindAgreementSlip(const Document& doc, const std::vector<Word>& words) {
  const std::u16string& text = doc.text();
  // A singular name with a bare reporting verb: "..., CNN report." / "Blinken say that".
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    const Word& name = words[i];
    if (!name.capitalised || name.norm.back() == 's' || In(name, Class::SubjectPronouns) ||
        In(name, Class::ClauseOpeners) || (name.flags & LexFlag::kAdjective))
      continue;
    if (!In(words[i + 1], Class::BareReportingVerbs)) continue;
    // "a CNN report", "A Uganda Human Rights Commission report that …": after
    // an opener, the name and the word after it are one noun phrase.
    size_t first = i;
    while (first > 0 && words[first - 1].capitalised && !In(words[first - 1], Class::NounPhraseOpeners)) --first;
    if (first > 0 && In(words[first - 1], Class::NounPhraseOpeners)) continue;
    if (i + 2 == words.size() || words[i + 2].norm == "that") return {name.span.start, words[i + 1].span.end};
  }
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const Word& a = words[i];
    const Word& b = words[i + 1];
    const bool inverted = i > 0 && In(words[i - 1], Class::InvertingWords);
    const Span pair{a.span.start, b.span.end};
    if (!inverted && In(a, Class::ThirdSingular) && In(b, Class::BadAfterThirdSingular)) return pair;
    if (!inverted && In(a, Class::NonThirdPlural) && In(b, Class::BadAfterPlural)) return pair;
    if (!inverted && a.norm != "i" && In(a, Class::NonThirdPlural) && In(b, Class::BadAfterPluralPast)) return pair;
    if (b.capitalised || b.id < 0) continue;
    const bool plural_only = (b.flags & LexFlag::kPluralNoun) && !(b.flags & (LexFlag::kAdjective | LexFlag::kAdverb));
    // The noun must head its phrase: "a media briefing", "a farmers' meeting"
    // are compounds and possessives.
    const bool heads_phrase = i + 2 >= words.size() || !(words[i + 2].flags & LexFlag::kNoun) || words[i + 2].capitalised;
    const char16_t after_b = b.span.end < words.back().span.end ? text[size_t(b.span.end)] : u' ';
    const bool possessive = after_b == u'\'' || after_b == u'\u2019';
    if (In(a, Class::SingularDeterminers) && plural_only && !(b.flags & LexFlag::kVerbFinite) && heads_phrase &&
        !possessive)
      return pair;
    const bool closed_class = In(b, Class::FunctionWords) || In(b, Class::SubjectPronouns) ||
                              In(b, Class::NounPhraseOpeners) || b.norm == "who" || b.norm.size() < 3;
    const bool singular_noun = !closed_class && (b.flags & LexFlag::kNoun) &&
                               !(b.flags & (LexFlag::kPluralNoun | LexFlag::kAdjective | LexFlag::kAdverb | LexFlag::kVerb));
    // "these climate policies" is a compound.
    if (In(a, Class::PluralDeterminers) && singular_noun && heads_phrase && b.norm.back() != 's') return pair;
  }
  return {};
}

bool IsDoubleQuote(char16_t c) {
  return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'\u00AB' || c == u'\u00BB';
}
// A cheap first test over running text: ASCII other than '"' never is one.
bool MayBeDoubleQuote(char16_t c) { return c >= 0x80 ? IsDoubleQuote(c) : c == u'"'; }

// A curly double quotation mark between two letters stands where an
// apostrophe belongs ("Vale”s mother", "don“t"), as some publishing systems
// convert them: no quotation opens or closes there.
bool IsApostropheAsQuote(std::u16string_view text, int32_t p, Span paragraph) {
  const char16_t c = text[size_t(p)];
  if ((c != u'\u201D' && c != u'\u201C') || p == paragraph.start || !IsLetter(text[size_t(p - 1)])) return false;
  // What follows is a possessive's or a contraction's ending, not a word
  // glued to a closing mark ("so far”he said": spacing lost).
  int32_t end = p + 1;
  while (end < paragraph.end && IsLower(text[size_t(end)])) ++end;
  if (end < paragraph.end && IsLetter(text[size_t(end)])) return false;
  const std::u16string_view ending = text.substr(size_t(p + 1), size_t(end - p - 1));
  for (std::u16string_view e : {u"s", u"t", u"re", u"ve", u"ll", u"d", u"m"})
    if (ending == e) return true;
  return false;
}

// For the reader, the first two words of `span` where a curly double mark
// stands for an apostrophe (IsApostropheAsQuote): "“Vale”s” has ” where ’
// belongs".
std::vector<EncodingDamage> FindApostrophesAsQuotes(const Document& doc, Span span) {
  std::vector<EncodingDamage> found;
  const std::u16string& text = doc.text();
  for (int32_t p = span.start; p < span.end; ++p) {
    if (!IsApostropheAsQuote(text, p, span)) continue;
    int32_t from = p, to = p + 1;
    while (from > span.start && IsLetter(text[size_t(from - 1)])) --from;
    while (to < span.end && IsLetter(text[size_t(to)])) ++to;
    const std::string word = ToUtf8(text.substr(size_t(from), size_t(to - from)));
    found.push_back({"“" + word + "” has " + ToUtf8(std::u16string(1, text[size_t(p)])) + " where ’ belongs",
                     size_t(from - span.start), size_t(to - from)});
    if (found.size() == 2) break;  // enough to show the reader
  }
  return found;
}

bool IsStraightOpening(const std::u16string& text, int32_t p, Span paragraph) {
  if (p == paragraph.start) return true;
  const char16_t before = text[p - 1];
  return before == u' ' || before == u'(' || before == u'[' || before == u'\u2014' || before == u'\u2013' ||
         before == u'-' || before == u'\n' || before == u'\u00A0';
}

// Moves the quotation state over one character; true if the mark there is
// out of place: an opening mark while a quote is open, or a closing one while
// none is (the paragraph's first mark excepted: a quote may run on from the
// previous paragraph, or its opening mark was dropped by an editor).
bool StepQuote(const std::u16string& text, int32_t p, Span paragraph, QuoteState& state) {
  const char16_t c = text[p];
  if (IsApostropheAsQuote(text, p, paragraph)) return false;  // encoding damage of its own (FindApostrophesAsQuotes)
  bool opening;
  if (c == u'\u201C' || c == u'\u201E' || c == u'\u00AB') {
    opening = true;
  } else if (c == u'\u201D' || c == u'\u00BB') {
    // A closing mark that stands apart from the word before and clings to
    // the word after is an opening mark typed wrong (“… this area," Rhodes
    // says. ”I've had friends …"), as pages often have it; a closing mark
    // clings to the word it closes ("our values.” How can we").
    const bool apart_before = p == paragraph.start || text[p - 1] == u' ';
    opening = !state.open && apart_before && p + 1 < paragraph.end && u_isalpha(text[p + 1]);
  } else if (c == u'"') {
    opening = IsStraightOpening(text, p, paragraph) && !state.open;
  } else {
    return false;
  }
  const bool broken = (opening && state.open) || (!opening && !state.open && state.seen_mark);
  state.seen_mark = true;
  state.open = opening;
  if (opening) state.opened_at = p;
  return broken;
}

// The text around a quotation mark at `p`, for a reader to find it: the run
// of characters between spaces that holds it ("that?”", "‘with"), within
// `limit`; a mark standing alone, with the words on either side ("closed “ he").
Span TextAroundMark(const std::u16string& text, Span limit, int32_t p) {
  const auto run_from = [&](int32_t from) {
    while (from > limit.start && !u_isspace(text[size_t(from - 1)])) --from;
    return from;
  };
  const auto run_to = [&](int32_t to) {
    while (to < limit.end && !u_isspace(text[size_t(to)])) ++to;
    return to;
  };
  int32_t from = run_from(p), to = run_to(p + 1);
  if (from == p && to == p + 1) {  // alone: one space and a word on each side
    if (from - 1 > limit.start) from = run_from(from - 1);
    if (to + 1 < limit.end) to = run_to(to + 1);
  }
  return {from, to};
}

struct QuoteFacts {
  bool broken = false;       // an out-of-place mark inside the span
  int32_t broken_at = -1;    // the first such mark
  double quoted_share = 0;   // share of the words inside quotation marks
};

// Walks the span's quotation marks from `state` (the state at span.start),
// leaving `state` at span.end.
QuoteFacts WalkQuotes(const Document& doc, Span span, Span paragraph, std::vector<Word>& words,
                      QuoteState& state) {
  const std::u16string& text = doc.text();
  QuoteFacts facts;
  // The next possible mark at or after `from`: one scan over the running text
  // between marks, not a loop per word.
  const auto next_mark = [&](int32_t from) {
    while (from < span.end && !MayBeDoubleQuote(text[from])) ++from;
    return from;
  };
  int32_t mark = next_mark(span.start);
  const auto advance_to = [&](int32_t to) {  // steps over the quotation marks before `to`
    for (; mark < to; mark = next_mark(mark + 1)) {
      if (!StepQuote(text, mark, paragraph, state) || facts.broken) continue;
      facts.broken = true;
      facts.broken_at = mark;
    }
  };
  size_t inside = 0;
  for (Word& w : words) {  // a word is quoted if a quotation is open where it starts
    advance_to(w.span.start);
    w.quoted = state.open;
    inside += state.open ? 1 : 0;
  }
  advance_to(span.end);
  if (!words.empty()) facts.quoted_share = double(inside) / double(words.size());
  return facts;
}

// Whether a quotation still open at the end of `span` is never closed: the
// span ends its paragraph and the next paragraph does not carry the quote
// on, as news marks a quote running over paragraphs (“… on. / “Then …”) and
// pages may leave it (“… on. / Then …,” he said.). The article's last
// paragraph is left alone: a page may cut it short.
bool QuoteLeftOpen(const Document& doc, Span span, Span paragraph) {
  const std::u16string& text = doc.text();
  for (int32_t p = span.end; p < paragraph.end; ++p)
    if (!u_isspace(text[size_t(p)])) return false;
  // Quotes closed with two apostrophes (``…'' or "…''), which the walk
  // does not take for marks.
  if (std::u16string_view(text).substr(size_t(paragraph.start), size_t(paragraph.length())).find(u"''") !=
      std::u16string_view::npos)
    return false;
  size_t next = size_t(paragraph.end);
  while (next < text.size() && u_isspace(text[next])) ++next;
  if (next == text.size() || IsDoubleQuote(text[next]) || text[next] == u'\'' || text[next] == u'\u2018') return false;
  // A paragraph whose first mark closes a quotation continues the open one
  // (a page broke a quoted paragraph in two: "… as possible. / Any
  // interference … again,” Blinken said.").
  for (size_t p = next; p < text.size() && text[p] != u'\n'; ++p) {
    if (!IsDoubleQuote(text[p])) continue;
    const bool opening = text[p] == u'\u201C' || text[p] == u'\u201E' || text[p] == u'\u00AB' ||
                         (text[p] == u'"' && (text[p - 1] == u' ' || text[p - 1] == u'('));
    return opening;
  }
  return true;
}

// The mark where `span` opens a single quotation (‘) that its paragraph
// never closes, or -1 ("We have reached 90 ‘with options."), as translation leaves the
// marks of another language's quotes half converted. The paragraph's marks
// pair up in order; any ’ or ' after a letter and before a non-letter
// counts as a closing one, so a plural's possessive ("the teachers’ union")
// spares the paragraph too. A quote the
// next paragraph reopens with a single mark, or closes before opening one,
// runs on (British news marks multi-paragraph quotes that way; a double
// mark there opens a new quote), and the last paragraph is left alone, as
// QuoteLeftOpen does.
int32_t SingleQuoteLeftOpen(const Document& doc, Span span, Span paragraph) {
  const std::u16string& text = doc.text();
  if (std::u16string_view(text).substr(size_t(span.start), size_t(span.length())).find(u'\u2018') ==
      std::u16string_view::npos)
    return -1;
  const auto opens_quote = [&](int32_t p) {
    if (p + 1 >= paragraph.end || !IsLetter(text[size_t(p + 1)])) return false;
    if (p > paragraph.start && (IsLetter(text[size_t(p - 1)]) || IsDigit(text[size_t(p - 1)]))) return false;
    return !IsSingleMarkElision(text, p, paragraph.end);
  };
  // The paragraph's single quotes in order ("the ‘red’ coach said that
  // ‘they will …": the second is the one left open).
  const auto closes_quote = [&](int32_t p, int32_t end) {
    return (text[size_t(p)] == u'\u2019' || text[size_t(p)] == u'\'') && p > 0 && !u_isspace(text[size_t(p - 1)]) &&
           (p + 1 == end || !IsLetter(text[size_t(p + 1)]));
  };
  int32_t open_at = -1;
  for (int32_t p = paragraph.start; p < paragraph.end; ++p) {
    if (open_at < 0 && text[size_t(p)] == u'\u2018' && opens_quote(p))
      open_at = p;
    else if (open_at >= 0 && p > paragraph.start && closes_quote(p, paragraph.end))
      open_at = -1;
  }
  if (!span.contains(open_at)) return -1;
  size_t next = size_t(paragraph.end);
  while (next < text.size() && u_isspace(text[next])) ++next;
  if (next == text.size() || text[next] == u'\u2018' || text[next] == u'\'') return -1;
  // A next paragraph whose first single mark closes a quote carries the open
  // one on (‘… Road. / The man was treated in hospital.’).
  int32_t next_end = int32_t(next);
  while (size_t(next_end) < text.size() && text[size_t(next_end)] != u'\n') ++next_end;
  for (int32_t p = int32_t(next); p < next_end; ++p) {
    if (text[size_t(p)] == u'\u2018') return open_at;
    if (closes_quote(p, next_end)) return -1;
  }
  return open_at;
}

// The share of the words that form a list after a colon ("Weather: Sunny,
// high 24C (75F), low 15C (59F).", "Ingredients: two eggs, 200g flour, a
// pinch of salt."): three items or more, separated by commas or semicolons
// (the last may be joined by "and" or "or"), with no clause among them. A
// list is not written prose, so, like quoted speech, it is held less to a
// prose fluency model (scorer.h).
double ListShare(const Document& doc, Span span, const std::vector<Word>& words) {
  const std::u16string& text = doc.text();
  int32_t colon = -1;
  for (int32_t p = span.end - 1; p >= span.start; --p) {
    if (text[p] == u':') { colon = p; break; }
  }
  if (colon < 0) return 0.0;
  size_t first = 0;
  while (first < words.size() && words[first].span.start < colon) ++first;
  if (first == 0 || words.size() - first < 3) return 0.0;  // a label before it, items after
  int separators = 0;
  for (int32_t p = colon + 1; p < span.end; ++p) separators += text[p] == u',' || text[p] == u';' ? 1 : 0;
  bool joined = false;
  for (size_t i = first; i < words.size(); ++i) joined |= words[i].norm == "and" || words[i].norm == "or";
  if (separators < 2 && !(separators == 1 && joined)) return 0.0;
  // No clause among the items: no auxiliary, subject pronoun or word that is
  // mostly a verb. (HasClause, built for fragments, reads "two eggs" as a
  // subject and its verb.)
  for (size_t i = first; i < words.size(); ++i) {
    const Word& w = words[i];
    if (In(w, Class::Auxiliaries) || In(w, Class::SubjectPronouns) || EndsWithContractionVerb(w.norm) ||
        ((w.flags & LexFlag::kMostlyVerb) && !(w.flags & LexFlag::kNoun)))
      return 0.0;
  }
  return double(words.size() - first) / double(words.size());
}

// First person in a paragraph with no quotation marks: news narrates in the
// third person, and machine translation from pro-drop languages supplies "I"
// or "we" where the source had no subject ("I have continued.").
// Whether a first-person word, as written, is one: "US" is the country, and
// "I" after a capitalised word a numeral ("World War I").
bool FirstPersonAsWritten(std::string_view norm, std::u16string_view text, bool after_capital) {
  return !(norm == "us" && text != u"us") && !(norm == "i" && after_capital);
}

bool IsFirstPerson(const std::vector<Word>& words, size_t i) {
  const Word& w = words[i];
  return In(w, Class::FirstPerson) && FirstPersonAsWritten(w.norm, w.text, i > 0 && words[i - 1].capitalised);
}

// The newsroom's own "we", telling how the story was reported ("We contacted
// the ministry for comment", "We also looked at …", "We could not
// independently verify …", "We regret the error."): a verb of reporting,
// checking or correcting within a few words of "we".
const WordSet kNewsroomVerbs = {
    "contacted", "asked",    "reached",  "requested", "reviewed",  "analysed",   "analyzed",  "obtained",
    "looked",    "examined", "checked",  "verified",  "verify",    "confirm",    "confirmed", "counted",
    "surveyed",  "interviewed", "spoke", "emailed",   "approached", "sought",    "compared",  "tracked",
    "mapped",    "calculated", "collected", "filed",  "regret",    "apologise",  "apologize", "corrected",
    "updated",   "update",   "awaiting", "await"};

bool IsNewsroomWe(const std::vector<Word>& words, size_t i) {
  if (words[i].norm != "we" && words[i].norm != "we've") return false;
  for (size_t j = i + 1; j < words.size() && j <= i + 4; ++j)
    if (kNewsroomVerbs.count(words[j].norm)) return true;
  return false;
}

// The sentence speaks in the first person while the rest of its paragraph
// (six words or more, no quotation marks anywhere) narrates without it: the
// first-person words, or an empty span.
Span FindFirstPersonNarration(const Document& doc, Span span, Span paragraph, bool paragraph_has_quotes,
                              const std::vector<Word>& words, const ArticleFacts& facts) {
  if (paragraph_has_quotes) return {};
  // The writer speaks in the first person elsewhere too: it is their voice.
  if (facts.first_person_paragraphs > 1) return {};
  // A first-person subject, which translation supplies for a dropped one, or
  // "our/my country", how it renders Chinese 我国. Another possessive or an
  // object ("our next weather maker", "Lord help us") is a columnist's or
  // forecaster's community voice.
  Span first_person;
  for (size_t i = 0; i < words.size() && first_person.empty(); ++i) {
    if (!IsFirstPerson(words, i)) continue;
    if (In(words[i], Class::FirstPersonSubjects) && !IsNewsroomWe(words, i)) first_person = words[i].span;
    if ((words[i].norm == "our" || words[i].norm == "my") && i + 1 < words.size() &&
        (words[i + 1].norm == "country" || words[i + 1].norm == "nation"))
      first_person = {words[i].span.start, words[i + 1].span.end};
  }
  if (first_person.empty()) return {};
  // The rest of the paragraph: the words of the other sentences.
  size_t rest = 0;
  std::vector<Word> others;
  const auto from = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), paragraph.start,
                                     [](const Token& t, int32_t at) { return t.span.start < at; });
  for (size_t t = size_t(from - doc.tokens.begin()); t < doc.tokens.size(); ++t) {
    const Span s = doc.tokens[t].span;
    if (s.start >= paragraph.end || rest > 400) break;  // enough of the paragraph to judge
    if (span.contains(s.start)) continue;
    Word w;
    w.norm = doc.tokens[t].norm;
    w.text = doc.slice(s);
    w.capitalised = !w.text.empty() && IsUpper(w.text[0]);
    w.classes = ClassesOf(w.norm, WordHash(w.norm), LanguageModel::kNone).classes;
    others.push_back(w);
    ++rest;
  }
  if (rest < 6) return {};
  for (size_t i = 0; i < others.size(); ++i)
    if (IsFirstPerson(others, i)) return {};
  return first_person;
}

// The length of an HTML character reference ("&quot;", "&#39;", "&#x2019;")
// ending with the ';' at `p`, or 0.
int32_t EntityEndingAt(std::u16string_view text, int32_t p) {
  if (p < 0 || size_t(p) >= text.size() || text[size_t(p)] != u';') return 0;
  for (int32_t q = p - 1; q >= 0 && p - q <= 10; --q) {
    const char16_t c = text[size_t(q)];
    if (c == u'&') return p - q >= 3 ? p - q + 1 : 0;
    const bool name_char = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'#';
    if (!name_char) return 0;
  }
  return 0;
}

struct SpacingDamage {
  const char* reason = nullptr;  // null: none
  Span at;                       // the words around the first damage
};

// Spacing damage: "lost" when words or brackets were glued together,
// "before punctuation" when a tokeniser's spaces were left in ("Monday , said",
// "Blinken 's") — both are what machine translation pipelines leave behind.
// One pass over the characters; lowercase letters and spaces, most of any
// text, are passed over at once.
SpacingDamage FindSpacingDamage(const Document& doc, Span span) {
  constexpr const char* kLost = "spacing lost";
  constexpr const char* kSpaceBefore = "space before punctuation";
  const std::u16string& text = doc.text();
  const auto word_char = [](char16_t c) { return IsLetter(c) || IsDigit(c); };
  // [from, to) widened to the whole words it touches, within the span, for a
  // reader: "feelings[about", "Monday ,".
  const auto around = [&](int32_t from, int32_t to) {
    while (from > span.start && word_char(text[from - 1])) --from;
    while (to < span.end && word_char(text[to])) ++to;
    return Span{from, to};
  };
  const auto lost = [&](int32_t p) { return SpacingDamage{kLost, around(p, p + 1)}; };
  // "( the talks": a space after an opening bracket.
  const auto space_after_bracket = [&](int32_t p) {
    return text[p] == u'(' && p + 2 < span.end && text[p + 1] == u' ' && word_char(text[p + 2]);
  };
  // The word that starts with the capital at `p`, lowercased: ASCII letters
  // up to the end of the word, else "" ("The" in "10The heads" → "the").
  const auto word_from_capital = [&](int32_t p) {
    int32_t e = p + 1;
    while (e < span.end && IsLower(text[e])) ++e;
    std::string word;
    if (e < span.end && IsLetter(text[e])) return word;
    for (int32_t k = p; k < e; ++k) {
      if (text[k] >= 0x80) return std::string();
      word.push_back(char(k == p ? text[k] - u'A' + u'a' : text[k]));
    }
    return word;
  };
  Span space_before;  // the first space before punctuation
  if (span.start < span.end && space_after_bracket(span.start)) space_before = around(span.start, span.start + 2);
  for (int32_t p = span.start + 1; p < span.end; ++p) {
    const char16_t c = text[p];
    if (c < 0x80 && ((c >= u'a' && c <= u'z') || c == u' ')) continue;
    const char16_t before = text[p - 1];
    const bool inner = p + 1 < span.end;
    const char16_t after = inner ? text[p + 1] : u' ';
    if (inner) {
      // A closing quotation mark glued to the next word: "so far”he said"
      // (not a mark standing for an apostrophe, "Vale”s": encoding damage).
      if (c == u'\u201D' && before != u' ' && IsLower(after) && !IsApostropheAsQuote(text, p, span)) return lost(p);
      // A figure glued to a sentence opener: "May 10The heads of five regions"
      // (a date's line break lost; "5G", "4K", "3D" are no openers).
      if (IsUpper(c) && IsDigit(before) && IsLower(after) && kGluedOpeners.count(word_from_capital(p))) return lost(p);
      // Brackets glued to letters: "feelings[about the conflict]young".
      if ((c == u'[' || c == u'(') && IsLetter(before) && IsLetter(after)) return lost(p);
      if ((c == u']' || c == u')') && IsLetter(after)) return lost(p);
      // "word.Word" / "word,word": two lowercase letters, punctuation, a letter.
      if ((c == u'.' || c == u',' || c == u';' || c == u'?' || c == u'!') && p >= span.start + 2 && IsLower(before) &&
          IsLower(text[p - 2]) && p + 2 < span.end && IsLetter(after) && IsLower(text[p + 2]) &&
          !(c == u'.' && !IsUpper(after)) &&      // "example.com"
          !(c == u';' && EntityEndingAt(text, p)))  // "&quot;we": an entity, reported as encoding damage
        return lost(p);
      // camelCase joins: "influenceThe" (three lowercase letters, then a capital inside a word).
      if (p >= span.start + 3 && IsUpper(c) && IsLower(before) && IsLower(text[p - 2]) && IsLower(text[p - 3]) &&
          IsLower(after)) {
        int32_t q = p - 1;
        while (q > span.start && IsLetter(text[q - 1])) --q;
        const std::string second = word_from_capital(p);
        const bool whole_second = !second.empty();
        // Two words glued ("influenceThe", "electionsDemocrats"): five
        // lowercase letters or more, then a word the model knows. Brands that
        // start lowercase have shorter heads or made-up tails ("eBay",
        // "easyJet", "optionsXpress").
        if (IsLower(text[q]) && p - q >= 5 && whole_second && LanguageModel::Embedded().Find(second) >= 0)
          return lost(p);
        // A capitalised word glued to a sentence opener ("AhvazAfter his"), as
        // when a page's line break is lost; brands keep their inner capitals
        // ("PlayStation", "LinkedIn"), so only these openers count.
        if (p - q >= 4 && whole_second && kGluedOpeners.count(second)) return lost(p);
      }
    }
    if (!space_before.empty()) continue;
    if (space_after_bracket(p)) {
      space_before = around(p, p + 2);
      continue;
    }
    // A comma after a space that follows a bracket, a quotation mark, another
    // comma or a full stop: "(Ragasa) ,", "apparently, , accredits", "Complex. , Jakarta".
    if (c == u',' && before == u' ' && p >= span.start + 2 &&
        (text[p - 2] == u',' || text[p - 2] == u')' || text[p - 2] == u']' || text[p - 2] == u'\u201D' ||
         text[p - 2] == u'.')) {
      space_before = around(p - 2, p + 1);
      continue;
    }
    // A closing quotation mark spaced off the word it closes, punctuation
    // after it: "let it be delivered ”, said". (Before a word it opens a
    // quotation, as some styles write it: ” Yes,” he said.)
    if (c == u'\u201D' && before == u' ' && p >= span.start + 2 && word_char(text[p - 2]) && !word_char(after) &&
        after != u'\u201C' && after != u'"') {
      space_before = around(p - 2, p + 1);
      continue;
    }
    // A closing quotation mark spaced off the sentence it closes: "… may come. ”".
    if (c == u'\u201D' && before == u' ' && p >= span.start + 2 &&
        (text[p - 2] == u'.' || text[p - 2] == u',' || text[p - 2] == u'?' || text[p - 2] == u'!') &&
        !word_char(after)) {
      space_before = around(p - 2, p + 1);
      continue;
    }
    // A space between a word and the punctuation that belongs to it: "Monday ,",
    // "statement .", "Blinken 's". Not an ellipsis (" ...", " . . .") or a
    // decimal (" .45"), and not a dash, which news spaces on purpose.
    if (before != u' ' || p < span.start + 2 || !word_char(text[p - 2])) continue;
    const bool after_breaks = !word_char(after) && after != u'.';
    if ((c == u',' || c == u';' || c == u':' || c == u'?' || c == u'!' || c == u')') && after_breaks)
      space_before = around(p - 2, p + 1);
    if (c == u'.' && after_breaks && !(p + 2 < span.end && text[p + 1] == u' ' && text[p + 2] == u'.'))
      space_before = around(p - 2, p + 1);
    if ((c == u'\'' || c == u'\u2019') && inner && (after == u's' || after == u'S') &&
        (p + 2 >= span.end || !word_char(text[p + 2])))
      space_before = around(p - 2, p + 1);
    // A hyphen spaced off the first half of its compound: "a seven -year -old
    // child", "non -residential" (a dash stands apart on both sides, a minus
    // before a figure).
    if (c == u'-' && IsLetter(text[p - 2]) && IsLetter(after)) space_before = around(p - 2, p + 1);
  }
  return space_before.empty() ? SpacingDamage{} : SpacingDamage{kSpaceBefore, space_before};
}

// A grammatical word glued to the word before it ("Sinaloaand residing",
// "governmentand", "it was solvedwe are", "all the playersboth those"), as
// when a page's markup between words is lost: a word the model does not
// know whose head it knows. Names end in "-and" too ("Marchand",
// "Kneeland"), so a capitalised head must be long, or end in a vowel, which
// English "-and" words never do before it; and a word the article uses
// again is its own name. Particles ("out", "off", "up") are not among the
// tails: they make real compounds ("walkout", "kickoff").
Span FindGluedGrammaticalWord(const std::vector<Word>& words, const ArticleFacts& facts) {
  static constexpr std::string_view kGluedTails[] = {"and", "the", "but", "both", "that", "this", "which",
                                                     "who", "their", "they", "we", "said", "says"};
  const LanguageModel& model = LanguageModel::Embedded();
  for (const Word& w : words) {
    if (w.id >= 0 || w.number || w.acronym || w.other_script) continue;
    for (std::string_view tail : kGluedTails) {
      if (w.norm.size() < tail.size() + 4 || w.norm.substr(w.norm.size() - tail.size()) != tail) continue;
      const std::string_view head = w.norm.substr(0, w.norm.size() - tail.size());
      if (head.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos) continue;
      // A two-letter tail takes a longer head: "solvedwe", not "kiwe".
      if (tail.size() == 2 && head.size() < 5) continue;
      const bool vowel_end = std::string_view("aeiou").find(head.back()) != std::string_view::npos;
      const bool known_head = model.Find(head) >= 0;
      if (!w.capitalised ? known_head
                         : !facts.IsNameUsedAgain(w.hash) && (vowel_end || (known_head && head.size() >= 6)))
        return w.span;
    }
  }
  return {};
}

// A name glued to the common word after it, the space lost:
// "Gonzaleztechnician". The tail is a content word of seven letters or more
// (short tails make place names and surnames: "Jacksonville", "Goldman");
// the head a name the language model knows that is no English word
// ("Newcastle", "Blackwater" are compounds; "Aucklanders" has no known head).
Span FindGluedNameAndWord(const std::vector<Word>& words) {
  // The language model knows these as words of their own, but they begin
  // compounds: "Astrophysical", "Telenetwork", "Cyberdefence".
  static constexpr std::string_view kCombiningForms[] = {
      "aero",  "agro",   "astro", "audio", "auto",  "cyber", "electro", "euro",  "hydro", "infra", "inter",
      "macro", "mega",   "micro", "multi", "nano",  "neuro", "petro",   "photo", "poly",  "proto", "pseudo",
      "psycho", "retro", "socio", "super", "techno", "tele", "thermo",  "trans", "ultra", "video"};
  const LanguageModel& model = LanguageModel::Embedded();
  constexpr size_t kMinHead = 4, kMinTail = 7;
  for (const Word& w : words) {
    if (!w.capitalised || w.id >= 0 || w.number || w.acronym || w.other_script || w.accented) continue;
    if (w.norm.size() < kMinHead + kMinTail) continue;
    if (w.norm.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos) continue;
    for (size_t k = kMinHead; k + kMinTail <= w.norm.size(); ++k) {
      const int32_t tail = model.Find(w.norm.substr(k));
      if (model.flags(tail) == 0) continue;
      const std::string_view head_text = w.norm.substr(0, k);
      const int32_t head = model.Find(head_text);
      if (head < 0 || model.flags(head) != 0 || IsOneOf(kCombiningForms, head_text)) continue;
      return w.span;
    }
  }
  return {};
}

// Capitals glued to a capitalised grammatical word, the space lost after a
// letter or an acronym: "QWho he speaks", "UKThe". Not plural acronyms
// ("LGAs", "NGOs": no "As" here) nor brands ("JPMorgan": no grammatical word).
Span FindGluedCapitalAndWord(const std::vector<Word>& words) {
  static constexpr std::string_view kCapitalisedTails[] = {
      "the", "this", "that", "these", "those", "who", "what", "when", "where", "which", "how", "why", "and",
      "but", "he",   "she",  "we",    "they",  "it",  "in",   "on",   "at",    "for",   "if",  "his", "her",
      "our", "their"};
  for (const Word& w : words) {
    if (!w.capitalised || w.acronym || w.number || w.other_script || w.id >= 0) continue;
    const std::u16string_view t = w.text;
    size_t capitals = 0;
    while (capitals < t.size() && IsUpper(t[capitals])) ++capitals;
    // All but the last capital are the head: "QW|ho" → "Q" + "Who".
    if (capitals < 2 || capitals >= t.size() || w.norm.size() != t.size()) continue;
    if (IsOneOf(kCapitalisedTails, w.norm.substr(capitals - 1))) return w.span;
  }
  return {};
}

// A word written in another script than English's ("дополнительно" in an
// English sentence) was left untranslated, unless the text shows it on
// purpose, in parentheses or quotation marks ("common prosperity (共同富裕)").
// Returns the first such word, or an empty span.
Span FindUntranslatedWord(const Document& doc, Span span, const std::vector<Word>& words) {
  const std::u16string& text = doc.text();
  int brackets = 0, quotes = 0;  // counted from the span's start up to `scanned`, once over the sentence
  int32_t scanned = span.start;
  for (const Word& w : words) {
    if (!w.other_script) continue;
    for (; scanned < w.span.start; ++scanned) {
      const char16_t c = text[scanned];
      brackets += (c == u'(' || c == u'[') ? 1 : (c == u')' || c == u']') ? -1 : 0;
      quotes += (c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u00AB' || c == u'\u00BB') ? 1 : 0;
    }
    if (brackets > 0 || quotes % 2 == 1) continue;
    return w.span;
  }
  return {};
}

// A statistic bounded, so that one extreme value cannot outvote the rest,
// then shrunk towards zero (its centre) for a sentence of fewer than eight
// words: statistics of a few words are noise.
double BoundedAndShrunk(double value, size_t word_count) {
  constexpr double kReliableWords = 8.0;
  return std::clamp(value, -2.0, 2.0) * std::min(1.0, double(word_count) / kReliableWords);
}

uint16_t ShapeOfWord(const Word& w, bool first) {
  if (w.number) return kShapeNumber;
  if (w.other_script) return kShapeUnknown;
  if (w.capitalised && !first) return kShapeName;
  if (w.shape_word != 0) return w.shape_word;
  // A capitalised first word the lexicon does not know is a name ("Blinken said").
  if (w.id < 0) return w.capitalised ? kShapeName : kShapeUnknown;
  const uint8_t f = w.flags;
  const uint16_t cls = ((f & LexFlag::kNoun) ? 1 : 0) | ((f & LexFlag::kVerb) ? 2 : 0) |
                       ((f & LexFlag::kAdjective) ? 4 : 0) | ((f & LexFlag::kAdverb) ? 8 : 0) |
                       ((f & LexFlag::kPluralNoun) ? 16 : 0) | ((f & LexFlag::kVerbPastOrParticiple) ? 32 : 0);
  return uint16_t(kShapeFirstClass + cls);
}

// The hashed 1- to 4-grams of a shape sequence, made as its symbols come:
// their weights summed on the way, the buckets kept only if `kept` is given.
class ShapeGramWriter {
 public:
  ShapeGramWriter(const int8_t* weights, std::vector<uint16_t>* kept) : weights_(weights), kept_(kept) {}
  void Add(uint16_t symbol) {
    Put(1ULL << 60 | symbol);
    if (count_ >= 1) Put(2ULL << 60 | uint64_t(previous_) << 20 | symbol);
    if (count_ >= 2) Put(3ULL << 60 | uint64_t(before_previous_) << 40 | uint64_t(previous_) << 20 | symbol);
    if (count_ >= 3)
      Put(4ULL << 60 | uint64_t(third_) << 45 | uint64_t(before_previous_) << 30 | uint64_t(previous_) << 15 | symbol);
    third_ = before_previous_;
    before_previous_ = previous_;
    previous_ = symbol;
    ++count_;
  }
  uint16_t last() const { return previous_; }
  int64_t weight_sum() const { return sum_; }
  size_t gram_count() const { return grams_; }

 private:
  void Put(uint64_t key) {
    const auto bucket = uint16_t((key * 0x9E3779B97F4A7C15ULL) >> (64 - kShapeBucketBits));
    sum_ += weights_[bucket];
    ++grams_;
    if (kept_) kept_->push_back(bucket);
  }
  const int8_t* weights_;
  std::vector<uint16_t>* kept_;
  int64_t sum_ = 0;  // in integers: the same in every build, in any order
  size_t grams_ = 0;
  uint16_t previous_ = 0, before_previous_ = 0, third_ = 0;
  size_t count_ = 0;
};

// Punctuation between words as shape symbols (a run of the same mark counts
// once). Quotation marks and brackets are left out: news uses them freely.
// So are the spaces: "word , word" is the spacing cue's business.
void AddPunctuationShapes(std::u16string_view between, ShapeGramWriter& out) {
  if (between == u"-") return;  // a hyphenated compound ("three-day"), not a dash
  for (char16_t c : between) {
    uint16_t sym = 0;
    switch (c) {
      case u',': sym = kShapeComma; break;
      case u';': sym = kShapeSemicolon; break;
      case u':': sym = kShapeColon; break;
      case u'.': sym = kShapeStop; break;
      case u'?': sym = kShapeQuestion; break;
      case u'!': sym = kShapeExclamation; break;
      case u'-': case u'\u2013': case u'\u2014': sym = kShapeDash; break;
      case u'%': sym = kShapePercent; break;
      default: break;
    }
    if (sym != 0 && out.last() != sym) out.Add(sym);
  }
}

// Walks the sentence's shape sequence into `out`.
void WriteShapeGrams(const Document& doc, Span span, const std::vector<Word>& words, ShapeGramWriter& out) {
  out.Add(kShapeStart);
  const std::u16string_view text = doc.text();
  int32_t at = span.start;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (w.span.start > at) AddPunctuationShapes(text.substr(size_t(at), size_t(w.span.start - at)), out);
    out.Add(ShapeOfWord(w, i == 0));
    at = std::max(at, w.span.end);
  }
  if (span.end > at) AddPunctuationShapes(text.substr(size_t(at), size_t(span.end - at)), out);
  out.Add(kShapeEnd);
}

struct LmStats {
  double mean = -3.0, min = -5.0, surprise = 0.0, improbable_rate = 0.0, oov_rate = 0.0;
  double bigram_coverage = 1.0, trigram_coverage = 1.0;
  double spread = 0.0, low_rate = 0.0, worst_surprise = -1.0, worst_three = -4.5;
  std::string worst_pair;
  Span worst_span;  // where the pair is written
};

LmStats ScoreWithLanguageModel(const std::vector<Word>& words) {
  const LanguageModel& lm = LanguageModel::Embedded();
  LmStats s;
  if (lm.empty() || words.empty()) return s;
  int32_t c1 = LanguageModel::kNone, c2 = LanguageModel::kNone;
  int64_t chain = LanguageModel::kUnknownBigram;  // the bigram (c1, c2), carried from word to word
  bool at_start = true;
  double sum = 0, sum_sq = 0, surprise_sum = 0, min = 0, worst = 0;
  double lowest[3] = {0, 0, 0};  // the three lowest log-probabilities, ascending
  int low = 0;
  int scored = 0, transitions = 0, improbable = 0, oov = 0, lower_words = 0;
  int pairs = 0, seen_pairs = 0, triples = 0, seen_triples = 0;
  bool previous_seen = false;
  int32_t worst_first = LanguageModel::kNone;  // the least likely pair, spelt out once at the end
  std::string_view worst_second;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (w.number) {
      c1 = c2 = LanguageModel::kNone;
      chain = LanguageModel::kUnknownBigram;
      at_start = false;
      continue;
    }
    if (!w.capitalised && !w.other_script) ++lower_words;
    if (w.id < 0) {
      if (!w.capitalised && !w.other_script) ++oov;  // another script is the untranslated cue's
      c1 = c2 = LanguageModel::kNone;
      chain = LanguageModel::kUnknownBigram;
      at_start = false;
      continue;
    }
    if (at_start && i == 0) {
      c2 = lm.sentence_start();
      chain = LanguageModel::kUnknownBigram;
    }
    at_start = false;
    bool seen = false;
    const float lp = lm.LogProbNext(c1, c2, w.id, &seen, &chain);
    if (i > 0 && words[i - 1].id >= 0 && c2 == words[i - 1].id) {  // adjacent known words
      ++pairs;
      seen_pairs += seen ? 1 : 0;
      if (i > 1 && words[i - 2].id >= 0 && c1 == words[i - 2].id) {
        ++triples;
        seen_triples += seen && previous_seen ? 1 : 0;
      }
    }
    previous_seen = seen;
    const float uni = lm.UnigramLogProb(w.id);
    sum += lp;
    sum_sq += double(lp) * double(lp);
    min = std::min(min, double(lp));
    low += lp < -4.0f ? 1 : 0;
    if (scored < 3 || lp < lowest[2]) {  // insert into the sorted three lowest
      int at = std::min(scored, 2);
      while (at > 0 && lowest[at - 1] > lp) {
        lowest[at] = lowest[at - 1];
        --at;
      }
      lowest[at] = lp;
    }
    ++scored;
    if (c2 != LanguageModel::kNone && c2 != lm.sentence_start()) {
      ++transitions;
      const double surprise = double(lp) - double(uni);
      surprise_sum += surprise;
      if (surprise < -1.0) ++improbable;
      if (surprise < worst) {
        worst = surprise;
        worst_first = c2;
        worst_second = w.norm;
        // c2, a known word that is not the sentence start, is the word before.
        s.worst_span = {words[i - 1].span.start, w.span.end};
      }
    }
    c1 = c2;
    c2 = w.id;
  }
  if (scored > 0) {
    s.mean = sum / scored;
    s.min = min;
    s.spread = std::sqrt(std::max(0.0, sum_sq / scored - s.mean * s.mean));
    s.low_rate = double(low) / scored;
    const int n = std::min(scored, 3);
    double three = 0;
    for (int k = 0; k < n; ++k) three += lowest[k];
    s.worst_three = three / n;
  }
  if (transitions > 0) s.worst_surprise = worst;
  if (worst_first != LanguageModel::kNone) s.worst_pair = std::string(lm.word(worst_first)) + " " + std::string(worst_second);
  if (transitions > 0) {
    s.surprise = surprise_sum / transitions;
    s.improbable_rate = double(improbable) / transitions;
  }
  if (lower_words > 0) s.oov_rate = double(oov) / lower_words;
  if (pairs > 0) s.bigram_coverage = double(seen_pairs) / pairs;
  if (triples > 0) s.trigram_coverage = double(seen_triples) / triples;
  return s;
}

// Windows-1252 code points for bytes 0x80..0x9F (0 where undefined).
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The byte a character stands for when UTF-8 was decoded as Windows-1252, or -1.
int Cp1252Byte(char16_t c) {
  if (c < 0x80) return -1;
  if (c <= 0xFF) return c;  // Latin-1, and C1 controls kept by lenient decoders
  if (c < 0x152 || c > 0x2122) return -1;  // outside the range of kCp1252High: most text
  for (int i = 0; i < 32; ++i)
    if (kCp1252High[i] == c) return 0x80 + i;
  return -1;
}

std::string DescribeChar(char32_t c) {
  switch (c) {
    case 0x2019: return "’ (apostrophe)";
    case 0x2018: return "‘ (opening quote)";
    case 0x201C: return "“ (opening quote)";
    case 0x201D: return "” (closing quote)";
    case 0x2013: return "– (dash)";
    case 0x2014: return "— (dash)";
    case 0x2026: return "… (ellipsis)";
    case 0x00A0: return "a no-break space";
    case U'"': return "\" (quotation mark)";
    case U'\'': return "' (apostrophe)";
    default: {
      std::u16string s;
      if (c > 0xFFFF) {
        s.push_back(char16_t(0xD800 + ((c - 0x10000) >> 10)));
        s.push_back(char16_t(0xDC00 + ((c - 0x10000) & 0x3FF)));
      } else {
        s.push_back(char16_t(c));
      }
      return ToUtf8(s);
    }
  }
}

}  // namespace

std::vector<EncodingDamage> FindMojibake(std::u16string_view text) {
  std::vector<EncodingDamage> found;
  for (size_t p = 0; p < text.size(); ++p) {
    // Only U+00C2..U+00F4 read as a UTF-8 lead byte (Cp1252Byte maps every
    // other character outside that range): the rest of the text is passed over.
    const char16_t c = text[p];
    if (c < 0xC2 || c > 0xF4) {
      if (c == u'\uFFFD') found.push_back({"“\xEF\xBF\xBD” (a character lost in decoding)", p, 1});
      continue;
    }
    const int lead = c;
    const int need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
    char32_t cp = char32_t(lead & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F));
    size_t k = 1;
    for (; k <= size_t(need) && p + k < text.size(); ++k) {
      const int b = Cp1252Byte(text[p + k]);
      if (b < 0x80 || b > 0xBF) break;
      cp = (cp << 6) | char32_t(b & 0x3F);
    }
    const std::string seen = ToUtf8(std::u16string(text.substr(p, std::min(k, text.size() - p))));
    if (k == size_t(need) + 1) {
      found.push_back({"“" + seen + "” was probably " + DescribeChar(cp), p, k});
      p += k - 1;
    } else if (text[p] == u'\u00E2' && k == 1) {
      // A bare "â" next to a space or punctuation: the rest of a quotation mark
      // or dash was dropped ("Blinken said â we").
      const bool before_ok = p == 0 || !IsLetter(text[p - 1]);
      const bool after_ok = p + 1 >= text.size() || !IsLetter(text[p + 1]);
      if (before_ok || after_ok)
        found.push_back({"“â” was probably a quotation mark or dash (’ “ ” – —)", p, 1});
    }
  }
  return found;
}

std::vector<EncodingDamage> FindHtmlEntities(std::u16string_view text) {
  // The references a web page's text shows when it was escaped twice.
  static const std::pair<std::u16string_view, char32_t> kNamed[] = {
      {u"quot", U'"'},      {u"amp", U'&'},       {u"apos", U'\''},     {u"lt", U'<'},       {u"gt", U'>'},
      {u"nbsp", 0xA0},      {u"rsquo", 0x2019},   {u"lsquo", 0x2018},   {u"rdquo", 0x201D},  {u"ldquo", 0x201C},
      {u"ndash", 0x2013},   {u"mdash", 0x2014},   {u"hellip", 0x2026},  {u"eacute", 0xE9},   {u"laquo", 0xAB},
      {u"raquo", 0xBB},     {u"euro", 0x20AC},    {u"pound", 0xA3},     {u"copy", 0xA9},     {u"shy", 0xAD}};
  std::vector<EncodingDamage> found;
  if (text.find(u'&') == std::u16string_view::npos) return found;
  for (size_t p = 0; p < text.size(); ++p) {
    if (text[p] != u';') continue;
    const int32_t length = EntityEndingAt(text, int32_t(p));
    if (!length) continue;
    const std::u16string_view name = text.substr(p - size_t(length) + 2, size_t(length) - 2);  // between & and ;
    char32_t decoded = 0;
    if (name[0] == u'#') {
      const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
      uint32_t value = 0;
      bool ok = name.size() > (hex ? 2u : 1u) && name.size() <= 8;
      for (size_t i = hex ? 2 : 1; ok && i < name.size(); ++i) {
        const char16_t c = name[i];
        const int digit = c >= u'0' && c <= u'9' ? c - u'0'
                          : hex && (c | 0x20) >= u'a' && (c | 0x20) <= u'f' ? (c | 0x20) - u'a' + 10 : -1;
        ok = digit >= 0;
        value = value * (hex ? 16 : 10) + uint32_t(digit);
      }
      if (ok && value >= 0x20 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF)) decoded = value;
    } else {
      for (const auto& [n, c] : kNamed)
        if (n == name) decoded = c;
    }
    if (!decoded) continue;
    const std::string seen = ToUtf8(std::u16string(text.substr(p - size_t(length) + 1, size_t(length))));
    found.push_back({"“" + seen + "” was probably " + DescribeChar(decoded), p + 1 - size_t(length), size_t(length)});
  }
  return found;
}

ParagraphQuotes ParagraphQuotes::Start(const Document& doc, Span paragraph, int32_t up_to) {
  ParagraphQuotes q;
  for (char16_t c : doc.slice(paragraph))
    if (MayBeDoubleQuote(c)) {
      q.any_marks = true;
      break;
    }
  if (!q.any_marks) return q;
  for (int32_t p = paragraph.start; p < up_to && p < paragraph.end; ++p)
    if (MayBeDoubleQuote(doc.text()[p])) StepQuote(doc.text(), p, paragraph, q.state);
  return q;
}

// Adjacent word pairs that occurred earlier in the sentence, within the
// previous 64 words (a window, so that a pathological sentence is judged on
// local repetition). One table probe per pair: each pair's latest position.
int CountRepeatedPairs(const std::vector<Word>& words) {
  constexpr size_t kWindow = 64;
  if (words.size() < 2) return 0;
  size_t size = 16;
  while (size < 2 * words.size()) size <<= 1;  // at most half full
  // Slot -> index of the pair's second word; on the stack for the usual sentence.
  constexpr size_t kOnStack = 256;
  std::array<int32_t, kOnStack> small;
  std::vector<int32_t> large;
  int32_t* latest = small.data();
  if (size > kOnStack) {
    large.resize(size);
    latest = large.data();
  }
  std::fill(latest, latest + size, -1);
  const auto same_pair = [&](size_t a, size_t b) {
    return words[a].hash == words[b].hash && words[a - 1].hash == words[b - 1].hash &&
           words[a].norm == words[b].norm && words[a - 1].norm == words[b - 1].norm;
  };
  int repeated = 0;
  for (size_t i = 1; i < words.size(); ++i) {
    if (IsGrammatical(words[i - 1]) && IsGrammatical(words[i])) continue;  // "in the" twice is ordinary English
    if (words[i - 1].other_script || words[i].other_script) continue;       // the untranslated cue's
    const uint32_t key = uint32_t(words[i - 1].hash) * 0x9E3779B1u ^ uint32_t(words[i].hash);
    for (size_t at = key & (size - 1);; at = (at + 1) & (size - 1)) {
      if (latest[at] < 0) {
        latest[at] = int32_t(i);
        break;
      }
      if (same_pair(size_t(latest[at]), i)) {
        repeated += i - size_t(latest[at]) <= kWindow ? 1 : 0;
        latest[at] = int32_t(i);
        break;
      }
    }
  }
  return repeated;
}

// The shape feature from its n-grams' weight sum and count.
double ShapeFeatureOfSum(int64_t weight_sum, size_t gram_count, size_t word_count, double scale) {
  if (gram_count == 0) return 0.0;
  return BoundedAndShrunk(scale * double(weight_sum) / std::sqrt(double(gram_count)), word_count);
}

double ShapeFeature(const std::vector<uint16_t>& grams, size_t word_count, const int8_t* weights, double scale) {
  int64_t sum = 0;
  for (uint16_t g : grams) sum += weights[g];
  return ShapeFeatureOfSum(sum, grams.size(), word_count, scale);
}

ArticleFacts ArticleFacts::Of(const Document& doc, const std::vector<QuoteMarkSpan>* quote_marks) {
  ArticleFacts facts;
  std::vector<QuoteMarkSpan> found;
  if (!quote_marks) {
    found = FindQuoteMarks(doc);
    quote_marks = &found;
  }
  // A quotation's pieces share a group, its first piece first: the pieces of
  // one opened with a single mark, though a later paragraph's piece may not
  // reopen it.
  std::set<int> single_groups;
  for (const QuoteMarkSpan& q : *quote_marks) {
    const char16_t first = doc.text()[size_t(q.span.start)];
    if (q.opened && (first == u'\u2018' || first == u'\'')) single_groups.insert(q.group);
    if (single_groups.count(q.group)) facts.single_quotes.push_back(q.span);
  }
  // Could a word be one of kFirstPersonWords? A test of its length and first
  // letter, before the set's string compares.
  const auto may_be_first_person = [](std::string_view norm) {
    if (norm.empty() || norm.size() > 5) return false;
    const char c = norm[0];
    return (c == 'i' || c == 'm' || c == 'w' || c == 'o' || c == 'u') && kFirstPersonWords.count(norm) > 0;
  };
  for (size_t i = 0; i < doc.sentences.size();) {  // a paragraph's sentences at a time
    const int paragraph = doc.sentences[i].paragraph;
    size_t end = i;
    while (end < doc.sentences.size() && doc.sentences[end].paragraph == paragraph) ++end;
    const size_t token_begin = doc.sentence_tokens(i).first, token_end = doc.sentence_tokens(end - 1).second;
    bool first_person = false;
    // IsFirstPerson on the few words that can be one, without a Word each.
    for (size_t t = token_begin; t < token_end && !first_person; ++t) {
      const std::string_view norm = doc.tokens[t].norm;
      if (!may_be_first_person(norm)) continue;
      const std::u16string_view before = t > token_begin ? doc.slice(doc.tokens[t - 1].span) : std::u16string_view();
      first_person = FirstPersonAsWritten(norm, doc.slice(doc.tokens[t].span), !before.empty() && IsUpper(before[0]));
    }
    if (first_person) {  // only then: is the paragraph free of quotation marks?
      if (facts.HasSingleQuoteIn(doc.paragraphs[size_t(paragraph)].span)) first_person = false;
      for (char16_t c : doc.slice(doc.paragraphs[size_t(paragraph)].span)) {
        if (MayBeDoubleQuote(c)) {
          first_person = false;
          break;
        }
      }
    }
    facts.first_person_paragraphs += first_person ? 1 : 0;
    i = end;
  }
  // Names used again: capitalised words unknown to the model, seen in two
  // sentences or more (at a sentence's start too: "Kovarikova served.").
  const LanguageModel& lm = LanguageModel::Embedded();
  std::vector<std::pair<uint64_t, size_t>> names;  // (hash, sentence)
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const auto [begin, end] = doc.sentence_tokens(i);
    for (size_t t = begin; t < end; ++t) {
      const Token& token = doc.tokens[t];
      if (token.kind == TokenKind::kNumber) continue;
      const std::u16string_view text = doc.slice(token.span);
      if (text.empty() || !IsUpper(text[0])) continue;
      // "Vice Premier He Lifeng": "He" mid-sentence, a space, then a capital.
      if (token.norm == "he" && t > begin && t + 1 < end) {
        const Span next = doc.tokens[t + 1].span;
        facts.he_is_a_name = facts.he_is_a_name || (token.span.end < next.start &&
                                                     OnlySpacesBetween(doc.text(), token.span.end, next.start) &&
                                                     IsUpper(doc.text()[size_t(next.start)]));
      }
      const uint64_t hash = WordHash(token.norm);
      if (lm.FindHash(hash) < 0) names.emplace_back(hash, i);
    }
  }
  std::sort(names.begin(), names.end());
  for (size_t k = 0; k + 1 < names.size(); ++k) {
    if (names[k].first != names[k + 1].first || names[k].second == names[k + 1].second) continue;
    if (facts.names_used_again.empty() || facts.names_used_again.back() != names[k].first)
      facts.names_used_again.push_back(names[k].first);
  }
  return facts;
}

bool ArticleFacts::InSingleQuote(int32_t pos) const {
  const auto after = std::upper_bound(single_quotes.begin(), single_quotes.end(), pos,
                                      [](int32_t at, const Span& q) { return at < q.start; });
  return after != single_quotes.begin() && std::prev(after)->contains(pos);
}

bool ArticleFacts::HasSingleQuoteIn(Span span) const {
  const auto first = std::lower_bound(single_quotes.begin(), single_quotes.end(), span.start,
                                      [](const Span& q, int32_t at) { return q.end <= at; });
  return first != single_quotes.end() && first->start < span.end;
}

bool ArticleFacts::IsNameUsedAgain(uint64_t hash) const {
  return std::binary_search(names_used_again.begin(), names_used_again.end(), hash);
}

Evidence ExtractEvidence(const Document& doc, Span span, size_t token_begin, size_t token_end, Span paragraph,
                         ParagraphQuotes* quotes, bool keep_shape_grams, const ArticleFacts* facts) {
  Evidence e;
  std::vector<Word> words = CollectWords(doc, token_begin, token_end);
  ParagraphQuotes local;
  if (!quotes) {  // no running state: walk the paragraph up to the span
    local = ParagraphQuotes::Start(doc, paragraph, span.start);
    quotes = &local;
  }
  ArticleFacts local_facts;
  if (!facts) {
    local_facts = ArticleFacts::Of(doc);
    facts = &local_facts;
  }
  QuoteFacts quote_facts = WalkQuotes(doc, span, paragraph, words, quotes->state);
  const bool quote_left_open = quotes->state.open && QuoteLeftOpen(doc, span, paragraph);
  // Speech in single marks is speech too (the walk follows double marks).
  if (facts->HasSingleQuoteIn(span) && !words.empty()) {
    size_t inside = 0;
    for (Word& w : words) {
      w.quoted = w.quoted || facts->InSingleQuote(w.span.start);
      inside += w.quoted ? 1 : 0;
    }
    quote_facts.quoted_share = double(inside) / double(words.size());
  }
  const bool paragraph_has_quotes = quotes->any_marks || facts->HasSingleQuoteIn(paragraph);
  auto& f = e.features;
  f[kBias] = 1.0;
  const auto cue = [&](Feature feature, bool present, const char* reason) {
    f[feature] = present ? 1.0 : 0.0;
    if (present) e.reasons.emplace_back(reason);
  };
  // The place the last reason given is about (Evidence::Mark).
  const auto mark_last = [&](Span where) { e.marks.push_back({e.reasons.size() - 1, where}); };
  // A cue found at `where` (an empty span: not found).
  const auto cue_at = [&](Feature feature, Span where, const char* reason) {
    if (where.empty()) return;
    f[feature] = 1.0;
    e.reasons.emplace_back(reason);
    mark_last(where);
  };
  // The same for a reason that quotes the words found.
  const auto cue_quoting = [&](Feature feature, Span where, const char* reason) {
    if (where.empty()) return;
    f[feature] = 1.0;
    e.reasons.push_back(reason + ("“" + doc.slice_utf8(where) + "”"));
    mark_last(where);
  };
  const std::u16string& text = doc.text();
  // Speech is full of verbless sentences ("A learning one... Hope to improve."):
  // a fragment is evidence only in the writer's own prose.
  cue(kFragment, quote_facts.quoted_share < 0.5 && IsFragment(doc, span, paragraph, words), "sentence fragment");
  cue_at(kOrphanLowercase, FindOrphanLowercase(doc, span, words), "orphan lowercase start");
  cue_at(kMidCapital, FindMidSentenceCapital(doc, words), "capitalised word mid-sentence");
  if (quote_facts.broken) cue_at(kQuoteBroken, TextAroundMark(text, span, quote_facts.broken_at), "quotation broken");
  // The same evidence, in words that say where: the mark missing is this
  // sentence's. Shown at the mark left open, or, opened in an earlier
  // sentence, at the end where the closing one is missing.
  if (!quote_facts.broken) {
    Span left_open;
    if (quote_left_open)
      left_open = span.contains(quotes->state.opened_at) ? TextAroundMark(text, span, quotes->state.opened_at)
                  : words.empty()                        ? span
                                                         : Span{words.back().span.start, span.end};
    else if (const int32_t single = SingleQuoteLeftOpen(doc, span, paragraph); single >= 0)
      left_open = TextAroundMark(text, span, single);
    cue_at(kQuoteBroken, left_open, "quotation never closed");
  }
  SpacingDamage spacing = FindSpacingDamage(doc, span);
  if (!spacing.reason) {
    Span glued = FindGluedGrammaticalWord(words, *facts);
    if (glued.empty()) glued = FindGluedNameAndWord(words);
    if (glued.empty()) glued = FindGluedCapitalAndWord(words);
    if (!glued.empty()) spacing = {"spacing lost", glued};
  }
  if (spacing.reason) cue_at(kSpacingLost, spacing.at, spacing.reason);
  cue_at(kTitlePronoun, FindTitlePronoun(doc, words, *facts), "title followed by a pronoun");
  cue_at(kDanglingEnd, FindDanglingEnd(doc, span, words), "dangling complement");
  cue_at(kDuplicatedPhrase, FindDuplicatedPhrase(words), "duplicated phrase");
  cue_at(kAgreementSlip, FindAgreementSlip(doc, words), "agreement slip");
  // An ordinal's ending is agreement too: the same evidence, its own words;
  // and an article that does not fit the sound of the next word; and a
  // 24-hour time before "p.m.".
  cue_quoting(kAgreementSlip, FindWrongOrdinal(doc, span), "ordinal ending does not fit its number: ");
  cue_quoting(kAgreementSlip, FindWrongArticle(words), "article does not fit the next word: ");
  cue_quoting(kAgreementSlip, FindImpossibleTime(doc, span), "impossible time: ");
  cue_at(kFirstPerson, FindFirstPersonNarration(doc, span, paragraph, paragraph_has_quotes, words, *facts),
         "first person outside a quotation");
  const std::vector<EncodingDamage> mojibake = FindMojibake(doc.slice(span));
  const std::vector<EncodingDamage> entities = FindHtmlEntities(doc.slice(span));
  const std::vector<EncodingDamage> apostrophes = FindApostrophesAsQuotes(doc, span);
  f[kMojibake] = mojibake.empty() && entities.empty() && apostrophes.empty() ? 0.0 : 1.0;
  const auto encoding_damage = [&](const std::vector<EncodingDamage>& found, const char* kind) {
    for (const EncodingDamage& d : found) {
      e.reasons.push_back(kind + d.description);
      mark_last({span.start + int32_t(d.at), span.start + int32_t(d.at + d.length)});
    }
  };
  encoding_damage(mojibake, "encoding damage (mojibake): ");
  encoding_damage(entities, "encoding damage (HTML entity): ");
  encoding_damage(apostrophes, "encoding damage (quotation mark for apostrophe): ");
  cue_quoting(kUntranslated, FindUntranslatedWord(doc, span, words), "word left untranslated: ");

  const LmStats lm = ScoreWithLanguageModel(words);
  f[kLmMeanLogProb] = lm.mean + 3.0;
  f[kLmMinLogProb] = lm.min + 5.0;
  f[kLmMeanSurprise] = lm.surprise;
  f[kLmImprobableRate] = lm.improbable_rate;
  f[kOovRate] = lm.oov_rate;
  e.improbable_words = lm.worst_pair;
  e.improbable_span = lm.worst_span;
  f[kLogWords] = std::log1p(double(words.size()));
  f[kShortSentence] = words.size() <= 3 ? 1.0 : 0.0;
  {
    const LanguageModel& model = LanguageModel::Embedded();
    double unigram_sum = 0;
    int counted = 0, rare = 0, foreign = 0, capitalised = 0, letters_words = 0;
    // The rarest words (unknown ones first), for a reader: the few that carry
    // a "rare or unknown words" reason.
    constexpr size_t kMaxRareWords = Evidence::kMaxRareWords;
    struct {
      std::array<double, kMaxRareWords> log_prob{};
      std::array<size_t, kMaxRareWords> index{};
      size_t count = 0;
      void Offer(double lp, size_t i) {
        size_t at = count;
        if (count < kMaxRareWords) {
          ++count;
        } else {  // full: replace the commonest if this one is rarer
          at = size_t(std::max_element(log_prob.begin(), log_prob.end()) - log_prob.begin());
          if (lp >= log_prob[at]) return;
        }
        log_prob[at] = lp;
        index[at] = i;
      }
    } rarest;
    for (size_t i = 0; i < words.size(); ++i) {
      const Word& w = words[i];
      if (w.number) continue;
      ++letters_words;
      foreign += w.accented ? 1 : 0;  // accented Latin; other scripts are a cue of their own
      if (i > 0 && w.capitalised) ++capitalised;
      if (w.id < 0 && (w.capitalised || w.other_script)) {  // names, and words of other scripts
        if (i > 0 && w.capitalised && !w.acronym && !w.other_script && !facts->IsNameUsedAgain(w.hash))
          rarest.Offer(-7.0, i);  // an unknown name, not one the article uses again
        continue;
      }
      const double lp = w.id < 0 ? -7.0 : model.UnigramLogProb(w.id);
      unigram_sum += lp;
      ++counted;
      if (lp < -5.0) {
        ++rare;
        rarest.Offer(lp, i);
      }
    }
    e.rare_word_count = rarest.count;
    // In sentence order. (The min() is a promise GCC 12's -Warray-bounds
    // cannot see for itself: count never exceeds the array.)
    std::sort(rarest.index.begin(), rarest.index.begin() + std::min(rarest.count, kMaxRareWords));
    for (size_t k = 0; k < rarest.count; ++k) e.rare_words[k] = words[rarest.index[k]].span;
    f[kUnigramMean] = counted ? unigram_sum / counted + 3.0 : 0.0;
    f[kRareWordRate] = counted ? double(rare) / counted : 0.0;
    f[kForeignLetters] = letters_words ? double(foreign) / letters_words : 0.0;
    f[kCapitalisedRate] = letters_words > 1 ? double(capitalised) / (letters_words - 1) : 0.0;
  }
  {
    std::array<const Word*, 256> seen;  // a sentence's content words (the first 256): a flat list is fastest
    size_t seen_count = 0;
    std::array<const Word*, Evidence::kMaxRepeatedWords> shown;  // repeated words, for the message
    size_t shown_count = 0;
    int content = 0, repeated = 0, function = 0, letters = 0, counted = 0, measured = 0;
    for (const Word& w : words) {
      // Words of another script are the untranslated cue's (Chinese comes a
      // character a token: "共同富裕" is four short words, twice repeated).
      if (w.number || w.other_script) continue;
      ++counted;
      if (!w.acronym) {  // "UN", "OSCE": short by nature, not choppy prose
        letters += int(w.text.size());
        ++measured;
      }
      if (IsGrammatical(w)) {
        ++function;
        continue;
      }
      ++content;
      const auto same = [&](const Word* other) { return other->hash == w.hash && other->norm == w.norm; };
      if (std::any_of(seen.begin(), seen.begin() + seen_count, same)) {
        ++repeated;
        // A word's first repeat makes it one to show a reader.
        if (shown_count < shown.size() && std::none_of(shown.begin(), shown.begin() + shown_count, same))
          shown[shown_count++] = &w;
      } else if (seen_count < seen.size()) {
        seen[seen_count++] = &w;
      }
    }
    for (size_t k = 0; k < shown_count; ++k) e.repeated_words[k] = shown[k]->span;
    e.repeated_word_count = shown_count;
    f[kRepeatedWordRate] = content ? double(repeated) / content : 0.0;
    f[kFunctionWordRate] = counted ? double(function) / counted : 0.0;
    f[kMeanWordLength] = measured ? double(letters) / measured - 5.0 : 0.0;
    const std::u16string_view text = doc.slice(span);
    size_t end = text.size();
    while (end > 0 && (text[end - 1] == u' ' || text[end - 1] == u')')) --end;
    const char16_t last = end ? text[end - 1] : u'.';
    f[kNoFinalStop] = (last == u'.' || last == u'!' || last == u'?' || IsClosingQuote(last) || last == u'"' ||
                       last == u'\'' || last == u':') ? 0.0 : 1.0;
    int commas = 0;
    for (char16_t c : text) commas += c == u',' ? 1 : 0;
    f[kCommaRate] = counted ? double(commas) / counted : 0.0;
  }
  {
    int numbers = 0;
    for (const Word& w : words) numbers += w.number ? 1 : 0;
    f[kBigramCoverage] = lm.bigram_coverage;
    f[kTrigramCoverage] = lm.trigram_coverage;
    f[kNumberRate] = words.empty() ? 0.0 : double(numbers) / double(words.size());
    f[kLmLogProbSpread] = lm.spread - 1.0;
    f[kLmLowProbRate] = lm.low_rate;
    f[kLmWorstSurprise] = lm.worst_surprise + 1.0;
    f[kLmWorstThreeMean] = lm.worst_three + 4.5;
  }
  {
    const LanguageModel& model = LanguageModel::Embedded();
    int later = 0, unknown_names = 0, content = 0;
    double content_sum = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      const Word& w = words[i];
      if (i > 0 && !w.number) {
        ++later;
        // A name the article uses in other sentences too is the story's own.
        unknown_names += w.capitalised && w.id < 0 && !w.acronym && !facts->IsNameUsedAgain(w.hash) ? 1 : 0;
      }
      if (w.id >= 0 && !w.number && !IsGrammatical(w)) {
        content_sum += model.UnigramLogProb(w.id);
        ++content;
      }
    }
    const int pairs = words.empty() ? 0 : int(words.size()) - 1;
    const int repeated_pairs = CountRepeatedPairs(words);
    int known = 0, verbs = 0, nouns = 0, adjectives = 0;
    for (const Word& w : words) {
      if (w.id < 0 || w.number || w.flags == 0) continue;
      ++known;
      verbs += (w.flags & LexFlag::kMostlyVerb) || ((w.flags & LexFlag::kVerbFinite) && !(w.flags & LexFlag::kNoun)) ? 1 : 0;
      nouns += (w.flags & LexFlag::kNoun) && !(w.flags & (LexFlag::kVerbFinite | LexFlag::kAdjective)) ? 1 : 0;
      adjectives += (w.flags & LexFlag::kAdjective) ? 1 : 0;
    }
    f[kVerbRate] = known ? double(verbs) / known : 0.0;
    f[kNounOnlyRate] = known ? double(nouns) / known : 0.0;
    f[kAdjectiveRate] = known ? double(adjectives) / known : 0.0;
    f[kUnknownNameRate] = later ? double(unknown_names) / later : 0.0;
    f[kRepeatedBigramRate] = pairs ? double(repeated_pairs) / pairs : 0.0;
    f[kContentUnigramMean] = content ? content_sum / content + 4.0 : 0.0;
    int marks = 0;
    for (char16_t c : doc.slice(span))
      marks += (c == u';' || c == u'\u2013' || c == u'\u2014' || c == u'-')
                   ? 1
                   : 0;
    f[kPunctuationRate] = words.empty() ? 0.0 : double(marks) / double(words.size());
  }
  f[kNotProseShare] = std::min(1.0, quote_facts.quoted_share + ListShare(doc, span, words));  // discounts the fluency evidence (scorer.h)
  e.word_count = words.size();
  {
    if (keep_shape_grams) e.shape_grams.reserve(words.size() * 5 + 8);
    ShapeGramWriter shape(kShapeWeights, keep_shape_grams ? &e.shape_grams : nullptr);
    WriteShapeGrams(doc, span, words, shape);
    f[kGrammarShape] = ShapeFeatureOfSum(shape.weight_sum(), shape.gram_count(), e.word_count, kShapeScale);
  }
  for (int k = kLmMeanLogProb; k < kFeatureCount; ++k) {
    // The shape feature comes bounded and shrunk from ShapeFeature.
    if (k == kLogWords || k == kShortSentence || k == kNotProseShare || k == kGrammarShape) continue;
    f[size_t(k)] = BoundedAndShrunk(f[size_t(k)], words.size());
  }
  return e;
}

}  // namespace copydesk::garble
