#include "detectors/attribution/lexicon.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "detectors/garble/language_model.h"
#include "detectors/garble/model_format.h"
#include "text/english.h"

namespace copydesk {
namespace {

// Reporting verbs, each with its forms: base, 3rd person, past (and past
// participle where it differs), -ing. Grouped by what they say about the
// speech, as in docs/attribution.md. "believe", "think", "feel" are absent
// (thought, not speech); "refer" and "mention" are absent ("referring to
// reports of ..." introduces a topic, not words).
// Forms that are more often nouns ("a warning", "the report", "calls for")
// are left out (nullptr); the lemma names the entry.
struct VerbForms {
  const char* lemma;
  const char* forms[5];
};
constexpr VerbForms kReportingVerbs[] = {
    // neutral
    {"say", {"say", "says", "said", "saying", nullptr}},
    {"tell", {"tell", "tells", "told", nullptr, nullptr}},
    {"state", {nullptr, nullptr, "stated", "stating", nullptr}},
    {"add", {"add", "adds", "added", "adding", nullptr}},
    {"note", {nullptr, nullptr, "noted", "noting", nullptr}},
    {"write", {"write", "writes", "wrote", nullptr, "written"}},
    {"explain", {"explain", "explains", "explained", "explaining", nullptr}},
    {"remark", {nullptr, nullptr, "remarked", "remarking", nullptr}},
    {"comment", {nullptr, nullptr, "commented", nullptr, nullptr}},
    {"observe", {"observe", "observes", "observed", nullptr, nullptr}},
    {"continue", {"continue", "continues", "continued", nullptr, nullptr}},
    {"reply", {nullptr, nullptr, "replied", "replying", nullptr}},
    {"respond", {"respond", "responds", "responded", "responding", nullptr}},
    {"answer", {nullptr, nullptr, "answered", "answering", nullptr}},
    {"ask", {"ask", "asks", "asked", nullptr, nullptr}},
    {"announce", {"announce", "announces", "announced", "announcing", nullptr}},
    {"recall", {"recall", "recalls", "recalled", "recalling", nullptr}},
    {"describe", {"describe", "describes", "described", "describing", nullptr}},
    {"call", {nullptr, nullptr, "called", "calling", nullptr}},
    {"characterize", {"characterize", "characterizes", "characterized", "characterizing", nullptr}},
    {"characterise", {"characterise", "characterises", "characterised", "characterising", nullptr}},
    {"tweet", {nullptr, nullptr, "tweeted", "tweeting", nullptr}},
    {"post", {nullptr, nullptr, "posted", nullptr, nullptr}},
    {"email", {nullptr, nullptr, "emailed", nullptr, nullptr}},
    {"text", {nullptr, nullptr, "texted", nullptr, nullptr}},
    {"testify", {"testify", "testifies", "testified", "testifying", nullptr}},
    {"disclose", {"disclose", "discloses", "disclosed", "disclosing", nullptr}},
    {"reveal", {"reveal", "reveals", "revealed", "revealing", nullptr}},
    {"report", {nullptr, nullptr, "reported", nullptr, nullptr}},
    // emphasis and insistence
    {"stress", {nullptr, "stresses", "stressed", "stressing", nullptr}},
    {"emphasize", {"emphasize", "emphasizes", "emphasized", "emphasizing", nullptr}},
    {"emphasise", {"emphasise", "emphasises", "emphasised", "emphasising", nullptr}},
    {"insist", {"insist", "insists", "insisted", "insisting", nullptr}},
    {"reiterate", {"reiterate", "reiterates", "reiterated", "reiterating", nullptr}},
    {"repeat", {nullptr, "repeats", "repeated", nullptr, nullptr}},  // "repeat" and "repeating" are more often not speech
    {"underline", {"underline", "underlines", "underlined", "underlining", nullptr}},
    {"declare", {"declare", "declares", "declared", "declaring", nullptr}},
    {"assert", {"assert", "asserts", "asserted", "asserting", nullptr}},
    {"affirm", {"affirm", "affirms", "affirmed", "affirming", nullptr}},
    {"maintain", {"maintain", "maintains", "maintained", nullptr, nullptr}},
    {"highlight", {nullptr, nullptr, "highlighted", "highlighting", nullptr}},
    {"point", {nullptr, nullptr, "pointed", nullptr, nullptr}},  // "pointed out"
    // argument and disagreement
    {"argue", {"argue", "argues", "argued", "arguing", nullptr}},
    {"contend", {"contend", "contends", "contended", "contending", nullptr}},
    {"claim", {nullptr, nullptr, "claimed", "claiming", nullptr}},
    {"counter", {nullptr, nullptr, "countered", "countering", nullptr}},
    {"deny", {"deny", "denies", "denied", "denying", nullptr}},
    {"dismiss", {"dismiss", "dismisses", "dismissed", "dismissing", nullptr}},
    {"reject", {"reject", "rejects", "rejected", "rejecting", nullptr}},
    {"accuse", {"accuse", "accuses", "accused", "accusing", nullptr}},
    {"criticize", {"criticize", "criticizes", "criticized", "criticizing", nullptr}},
    {"criticise", {"criticise", "criticises", "criticised", "criticising", nullptr}},
    {"condemn", {"condemn", "condemns", "condemned", "condemning", nullptr}},
    {"denounce", {"denounce", "denounces", "denounced", "denouncing", nullptr}},
    {"slam", {nullptr, nullptr, "slammed", "slamming", nullptr}},
    {"blast", {nullptr, nullptr, "blasted", "blasting", nullptr}},
    {"complain", {"complain", "complains", "complained", "complaining", nullptr}},
    {"protest", {nullptr, nullptr, "protested", nullptr, nullptr}},
    // admission and agreement
    {"admit", {"admit", "admits", "admitted", "admitting", nullptr}},
    {"acknowledge", {"acknowledge", "acknowledges", "acknowledged", "acknowledging", nullptr}},
    {"concede", {"concede", "concedes", "conceded", "conceding", nullptr}},
    {"confirm", {"confirm", "confirms", "confirmed", "confirming", nullptr}},
    {"agree", {"agree", "agrees", "agreed", "agreeing", nullptr}},
    // warning, prediction, promise, demand
    {"warn", {"warn", "warns", "warned", nullptr, nullptr}},
    {"caution", {nullptr, nullptr, "cautioned", "cautioning", nullptr}},
    {"predict", {"predict", "predicts", "predicted", "predicting", nullptr}},
    {"promise", {nullptr, nullptr, "promised", nullptr, nullptr}},
    {"pledge", {nullptr, nullptr, "pledged", "pledging", nullptr}},
    {"vow", {nullptr, nullptr, "vowed", "vowing", nullptr}},
    {"urge", {"urge", "urges", "urged", "urging", nullptr}},
    {"demand", {nullptr, nullptr, "demanded", "demanding", nullptr}},
    {"suggest", {"suggest", "suggests", "suggested", "suggesting", nullptr}},
    {"propose", {"propose", "proposes", "proposed", "proposing", nullptr}},
    {"conclude", {"conclude", "concludes", "concluded", "concluding", nullptr}},
    // manner of speaking
    {"shout", {nullptr, nullptr, "shouted", "shouting", nullptr}},
    {"quip", {nullptr, nullptr, "quipped", "quipping", nullptr}},
    {"joke", {nullptr, nullptr, "joked", "joking", nullptr}},
    {"boast", {"boast", "boasts", "boasted", "boasting", nullptr}},
    {"lament", {nullptr, nullptr, "lamented", "lamenting", nullptr}},
    {"exclaim", {"exclaim", "exclaims", "exclaimed", "exclaiming", nullptr}},
    {"mutter", {"mutter", "mutters", "muttered", "muttering", nullptr}},
    {"whisper", {nullptr, nullptr, "whispered", "whispering", nullptr}},
    {"plead", {"plead", "pleads", "pleaded", "pleading", "pled"}},
};

const std::map<std::string, std::string, std::less<>>& VerbIndex() {
  static const std::map<std::string, std::string, std::less<>> index = [] {
    std::map<std::string, std::string, std::less<>> m;
    for (const VerbForms& v : kReportingVerbs) {
      for (const char* f : v.forms) {
        if (f != nullptr) m.emplace(f, v.lemma);
      }
    }
    return m;
  }();
  return index;
}

using WordSet = std::set<std::string, std::less<>>;

// Past tense only: the tense of a tag ("he shrugged"), while "smiles" and
// "nods" are as often nouns.
const WordSet& QuoteTagVerbs() {
  static const WordSet s = {"laughed", "chuckled", "smiled", "grinned", "sighed", "shrugged", "nodded",
                            "scoffed", "sneered", "snapped", "snorted", "groaned", "beamed", "winked"};
  return s;
}

const WordSet& SongVerbs() {
  static const WordSet s = {"sing", "sings", "sang", "sung", "chant", "chants", "chanted"};
  return s;
}

const WordSet& Pronouns() {
  static const WordSet s = {"he", "she", "they", "it", "we", "i"};
  return s;
}

// Between subject and verb: "Blinken also said", "Beijing had previously
// accused", "he later told", "she would add".
const WordSet& Fillers() {
  static const WordSet s = {"also", "then", "later", "further", "again", "previously", "earlier",
                            "once", "repeatedly", "has", "had", "have", "would", "will", "was", "were", "are",
                            "is", "reportedly", "separately", "publicly", "recently", "had", "did",
                            "does", "do", "now", "still", "even", "first", "has", "long",
                            "openly", "explicitly", "privately", "frequently", "often", "just",
                            "already", "subsequently", "since", "however", "flatly", "strongly",
                            "firmly", "quickly", "immediately", "promptly", "pointedly"};
  return s;
}

// Words ending in -ly that name someone or something, so may end a subject
// ("the Okafor family said", "a Larkton weekly reported", "NATO allies").
const WordSet& LyNouns() {
  static const WordSet s = {"family", "ally", "assembly", "rally", "supply", "reply", "monopoly", "anomaly",
                            "bully", "belly", "jelly", "lily", "folly", "homily", "panoply", "fly", "butterfly",
                            "daily", "weekly", "monthly", "quarterly", "biweekly", "elderly", "italy", "july",
                            "melancholy", "gully", "tally", "filly", "holly"};
  return s;
}

const WordSet& NameParticles() {
  static const WordSet s = {"von", "van", "der", "den", "de", "del", "della", "dos", "das", "da", "di", "du",
                            "la", "le", "ter", "ten", "bin", "bint", "ibn", "al", "el", "zu"};
  return s;
}

const WordSet& Titles() {
  static const WordSet s = [] {
    WordSet titles = {
      // Abbreviations written without a dot too ("Mr Lim", "Dr Radda"); the
      // others count with their dot only (speakers.cpp, IsTitleAt: "Hon" is
      // also a name).
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "adm",
      "president", "vice", "prime", "minister", "secretary", "state", "foreign", "defense",
      "defence", "deputy", "chief", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
      "official", "officials", "ambassador", "envoy", "diplomat", "diplomats", "leader", "leaders",
      "chairman", "chairwoman", "chair", "chairperson", "director", "general", "governor", "senator",
      "representative", "congressman", "congresswoman", "mayor", "commissioner", "ministry",
      "department", "office", "government", "administration", "council", "agency", "police",
      "army", "military", "court", "judge", "justice", "king", "queen", "prince", "princess",
      "pope", "premier", "chancellor", "counterpart", "counterparts", "side", "top", "senior",
      "national", "security", "adviser", "advisor", "press", "white", "house", "kremlin",
      "spokesperson's", "assistant", "under", "head", "executive", "ceo", "founder", "analyst",
      "analysts", "expert", "experts", "researcher", "professor", "lawmaker", "lawmakers",
      "us", "u.s", "u.s.", "american", "chinese", "russian", "ukrainian", "israeli", "palestinian",
      "british", "french", "german", "indian", "european", "iranian", "saudi", "japanese",
      "of", "for", "and", "affairs", "external", "interior", "home", "finance", "trade", "commerce",
      "spokesperson", "communications", "staff", "cabinet", "party", "former", "acting", "new",
      "coach", "manager", "treasurer", "councillor", "councilor", "mp", "mep", "officer",
      // Ranks, spelt out ("Sergeant Ada Brook says … Sergeant Brook says").
      "admiral", "colonel", "captain", "lieutenant", "sergeant", "constable", "inspector", "detective",
      "superintendent", "corporal", "sheriff"};
    return titles;
  }();
  return s;
}

const WordSet& PersonNouns() {
  static const WordSet s = {
      "man", "woman", "boy", "girl", "person", "mother", "father", "parent", "son", "daughter", "wife",
      "husband", "brother", "sister", "grandmother", "grandfather", "mum", "dad", "widow", "widower", "teacher",
      "pupil", "student", "resident", "neighbour", "neighbor", "worker", "farmer", "fisherman", "nurse", "doctor",
      "surgeon", "midwife", "paramedic", "firefighter", "soldier", "veteran", "pilot", "driver", "passenger",
      "owner", "shopkeeper", "landlord", "tenant", "trader", "businessman", "businesswoman", "entrepreneur",
      "engineer", "scientist", "researcher", "economist", "lawyer", "solicitor", "attorney", "journalist",
      "author", "writer", "artist", "musician", "singer", "actor", "actress", "historian", "academic", "lecturer",
      "priest", "vicar", "pastor", "imam", "rabbi", "nun", "monk", "volunteer", "campaigner", "activist",
      "protester", "protestor", "witness", "victim", "survivor", "patient", "customer", "shopper", "visitor",
      "tourist", "pensioner", "retiree", "voter", "candidate", "fan", "player", "athlete", "runner", "employee",
      "builder", "chef", "cleaner", "carer", "caregiver", "photographer", "mechanic", "electrician", "plumber",
      "miner", "labourer", "laborer", "climber", "hiker", "swimmer", "sailor", "cyclist", "commuter", "local",
      "villager", "homeowner", "householder", "graduate", "member", "friend", "relative", "colleague", "cousin",
      "aunt", "uncle", "niece", "nephew",
      "supporter", "opponent", "critic", "guard",
      // A family speaks as one ("In a statement, his family said", "said the
      // victim's family").
      "family",
      // Unnamed sources speak as people do ("said a police source", "a party
      // insider said", "sources close to the talks said"). Not "spokesperson",
      // a title word (IsTitleWord) that heads its phrase already ("said a
      // police spokesperson"; "said the utility's spokesperson, Lena Vasquez").
      "source", "insider",
      // A crew speaks as its members do ("said fire crews", "the crew said").
      "crew"};
  return s;
}

// Government portfolios and public offices' fields, the words after
// "Minister of", "Secretary for", "Director of", "Commissioner for". Not
// words that are as often given names ("Grace", "Hope"). Some are title
// words too ("finance", "state"), listed so that the list reads whole.
const WordSet& PortfolioWords() {
  static const WordSet s = {
      "health", "education", "justice", "treasury", "labour", "labor", "employment", "work", "works", "pensions",
      "agriculture", "environment", "energy", "transport", "transportation", "industry", "industries", "tourism",
      "culture", "sport", "sports", "arts", "heritage", "media", "housing", "communities", "fisheries", "forestry",
      "forests", "water", "mines", "mining", "petroleum", "economy", "economic", "planning", "development",
      "infrastructure", "science", "technology", "innovation", "research", "immigration", "migration",
      "information", "women", "youth", "children", "families", "welfare", "public", "prosecutions",
      "intelligence", "veterans", "food", "rural", "revenue", "investment", "enterprise", "business", "digital",
      "climate", "natural", "resources", "land", "lands", "social", "care", "services", "equality", "equalities",
      "policing", "prisons", "oceans", "aviation", "roads", "highways", "ports", "shipping", "customs", "safety",
      "emergency", "emergencies", "disaster", "wildlife", "parks", "statistics", "elections", "human", "rights",
      "schools", "universities", "skills", "training", "higher", "medical", "local", "budget", "levelling",
      "regional", "urban", "tax", "taxation", "cooperation", "integration", "solidarity", "defence", "defense",
      "finance", "trade", "commerce", "interior", "home", "foreign", "affairs", "security", "state"};
  return s;
}

const WordSet& DocumentNouns() {
  static const WordSet s = {"statement", "letter", "note", "notice", "message", "post", "email", "memo",
                            "release", "sign", "banner", "placard", "caption", "document", "filing", "ruling",
                            "complaint", "report", "tweet", "card", "petition", "leaflet", "poster", "plaque"};
  return s;
}

// Sports clubs, companies (with the name suffixes of text/english.h but "jr"
// and "sr", which follow people), schools, hospitals and other bodies. Words
// that are also titles ("council", "ministry") are here too, so that the list
// reads complete on its own. Not "Church" or "Court", which are surnames too.
const WordSet& OrganisationWords() {
  static const WordSet s = [] {
    WordSet words = {
        "united", "city", "fc", "afc", "club", "rovers", "wanderers", "athletic", "albion", "rangers",
        "county", "bank", "council", "group", "holdings", "company", "corporation", "llc", "partners",
        "industries", "airlines", "airways", "motors", "systems", "technologies", "pharmaceuticals", "energy",
        "university", "college", "school", "academy", "institute", "hospital", "clinic", "foundation", "trust",
        "association", "federation", "union", "society", "committee", "commission", "ministry", "department",
        "agency", "authority", "board", "police", "party", "guard", "navy", "army", "corps", "service",
        "administration", "bureau"};
    for (std::string_view suffix : kNameSuffixAbbreviations)
      if (suffix != "jr" && suffix != "sr") words.emplace(suffix);
    return words;
  }();
  return s;
}

const WordSet& NonNames() {
  static const WordSet s = {
      "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "from", "with", "by", "as",
      "if", "when", "while", "after", "before", "since", "although", "though", "however",
      "meanwhile", "still", "there", "here", "what", "who", "why", "how", "where", "which", "this",
      "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
      "their", "our", "my", "asked", "according", "despite", "during", "under", "over", "now",
      "then", "last", "next", "no", "not", "yes", "also", "such", "earlier", "later", "further",
      "additionally", "following", "currently", "subsequently", "previously", "instead", "rather",
      "referring", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "some", "many", "most", "all", "both", "each", "one", "two",
      "other", "another", "every", "any", "so", "yet", "to", "of", "do", "does", "did", "is", "are",
      "was", "were", "be", "been", "has", "have", "had", "said", "says", "in", "read", "also",
      // prepositions and adverbs that open a sentence ("Up until now, …")
      "up", "down", "out", "off", "until", "till", "through", "throughout", "within", "without", "among",
      "amid", "across", "around", "along", "against", "behind", "beyond", "upon", "into", "onto", "toward",
      "towards", "unless", "because", "once", "only", "even", "again", "thus", "hence", "therefore",
      "indeed", "perhaps", "already", "almost", "about", "above", "below", "via", "whether", "unlike",
      "besides", "nevertheless", "nonetheless", "moreover", "furthermore", "otherwise", "overall"};
  return s;
}

}  // namespace

bool IsReportingVerb(std::string_view norm) { return VerbIndex().count(norm) != 0; }

std::string_view ReportingVerbLemma(std::string_view norm) {
  const auto it = VerbIndex().find(norm);
  return it == VerbIndex().end() ? std::string_view() : std::string_view(it->second);
}

bool IsQuoteTagVerb(std::string_view norm) { return QuoteTagVerbs().count(norm) != 0; }
bool IsSongVerb(std::string_view norm) { return SongVerbs().count(norm) != 0; }

bool IsSubjectPronoun(std::string_view norm) { return Pronouns().count(norm) != 0; }
bool IsSpeakerVerbFiller(std::string_view norm) { return Fillers().count(norm) != 0; }
bool IsLyAdverb(std::string_view norm) {
  return norm.size() > 4 && norm.substr(norm.size() - 2) == "ly" && LyNouns().count(norm) == 0;
}
bool IsNameParticle(std::string_view norm) { return NameParticles().count(norm) != 0; }
bool IsTitleWord(std::string_view norm) { return Titles().count(norm) != 0; }
bool IsNonNameCapitalised(std::string_view norm) { return NonNames().count(norm) != 0; }
bool IsPluralPersonNoun(std::string_view norm) {
  // Irregular plurals of the person nouns, and "people" for "person".
  static const WordSet irregular = {"men", "women", "people", "fishermen", "businessmen", "businesswomen", "wives"};
  if (irregular.count(norm)) return true;
  if (norm.size() < 4 || norm.back() != 's') return false;
  const std::string_view stem = norm.substr(0, norm.size() - 1);  // "teachers", "locals"
  if (PersonNouns().count(stem)) return true;
  // "witnesses", "actresses": -es after a sibilant.
  if (stem.back() == 'e') {
    const std::string_view bare = stem.substr(0, stem.size() - 1);
    const bool sibilant = !bare.empty() && (bare.back() == 's' || bare.back() == 'x' || bare.back() == 'z' ||
                                            (bare.size() > 1 && bare.back() == 'h' &&
                                             (bare[bare.size() - 2] == 'c' || bare[bare.size() - 2] == 's')));
    if (sibilant && PersonNouns().count(bare)) return true;
  }
  return false;
}
bool IsPersonNoun(std::string_view norm) { return PersonNouns().count(norm) != 0 || IsPluralPersonNoun(norm); }
bool IsPortfolioWord(std::string_view norm) { return PortfolioWords().count(norm) != 0; }
bool IsCommonNounOrAdjective(std::string_view norm) {
  namespace LexFlag = garble::format::LexFlag;
  const garble::LanguageModel& lm = garble::LanguageModel::Embedded();
  return (lm.flags(lm.Find(norm)) & (LexFlag::kNoun | LexFlag::kAdjective)) != 0;
}
bool IsDocumentNoun(std::string_view norm) { return DocumentNouns().count(norm) != 0; }
bool IsOrganisationWord(std::string_view norm) { return OrganisationWords().count(norm) != 0; }

bool SentenceHasAny(const Document& doc, size_t i, const std::set<std::string, std::less<>>& words) {
  const auto [begin, end] = doc.sentence_tokens(i);
  for (size_t t = begin; t < end; ++t) {
    const std::string_view n = doc.tokens[t].norm;
    if (words.count(n)) return true;
    // "CNN's" counts as "cnn" (possessives are one token).
    if (n.size() > 2 && n.substr(n.size() - 2) == "'s" && words.count(n.substr(0, n.size() - 2))) return true;
  }
  return false;
}

}  // namespace copydesk
