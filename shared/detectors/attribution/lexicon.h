// Word lists shared by the attribution detectors (quotes and speakers,
// credits, vague sourcing). docs/attribution.md describes each list and why a
// word is in it. All lookups take a token's matching form (Token::norm:
// case-folded, typographic quotes folded).
#pragma once
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

#include "segments/document.h"

namespace copydesk {

// Verbs that introduce speech or a stated position: "said", "told", "added",
// "stressed", "warned", "accused", "calling" ... in any inflection. Verbs of
// thought ("believes") are not here: they attribute no words.
bool IsReportingVerb(std::string_view norm);
// Verbs that are not speech but tag a quotation right after it, as news style
// uses them: "“No comment,” he shrugged", "“Not again,” Smith laughed".
// Anywhere else they report no words ("she laughed at the “rumours”").
bool IsQuoteTagVerb(std::string_view norm);
// Verbs of song and chant: "sang", "sings", "chanted". They report the
// words quoted right after them ("Mara Lindqvist sang “…”"), and no others
// ("she sang a song of hope: “…”" may introduce anyone's words).
bool IsSongVerb(std::string_view norm);
// The base form of a reporting verb ("stressed" → "stress"), or empty.
std::string_view ReportingVerbLemma(std::string_view norm);

// "he", "she", "they", "it", "we", "i" (subject pronouns that can speak).
bool IsSubjectPronoun(std::string_view norm);

// Words that may stand between a speaker and the reporting verb: "also",
// "later", "previously", auxiliaries ("has", "had", "would").
bool IsSpeakerVerbFiller(std::string_view norm);

// Adverbs ending in -ly ("jokingly", "curtly", "angrily"), which may stand
// between a speaker and the reporting verb; not the nouns and adjectives used
// as nouns that end so ("family", "ally", "assembly", "weekly", "elderly").
bool IsLyAdverb(std::string_view norm);

// Lowercase particles inside a person's name: "von", "van", "der", "de",
// "la", "da", "di", "du", "bin", "ibn", "al" ("John von Brandt",
// "Ana de la Cruz"). A name word only when a capitalised name follows.
bool IsNameParticle(std::string_view norm);

// Titles and role words that may precede or form part of a speaker's name
// ("secretary", "president", "minister", "spokesperson", "official",
// "mr") — lower-case words allowed inside a speaker noun phrase.
bool IsTitleWord(std::string_view norm);

// Common nouns for a person that head a speaker phrase: "teacher",
// "resident", "nurse", "father", "witness" ... (title words, IsTitleWord, are
// apart), and their plurals ("teachers", "witnesses", "women", "people"). A
// long run of modifiers before one is still a speaker ("the well-known
// 38-year-old teacher said").
bool IsPersonNoun(std::string_view norm);
// The plurals alone: "teachers", "local residents", "women" may speak
// without a determiner ("”, said local residents"), as a singular may not.
// Not any plural: "reports" and "figures" are no people.
bool IsPluralPersonNoun(std::string_view norm);

// The fields a title's "of"/"for" complement names, capitalised there:
// "health", "education", "justice", "transport", "public", "prosecutions"
// ... ("Minister of Health", "Director of Public Prosecutions"). Only in
// that place: elsewhere they are ordinary words. Fields that are title words
// ("state", "finance", "foreign", "affairs"; IsTitleWord) are there already.
bool IsPortfolioWord(std::string_view norm);

// A common English noun or adjective: one the garble model's lexicon
// (WordNet 3.0, garble/language_model.h) knows as either ("coastal", "road",
// "inland"). Names the lexicon lacks ("okafor", "larkton") are not; some
// names are ("brook", "rose"), so only where a name cannot stand: before a
// portfolio word in a title's complement ("Minister of Coastal Fisheries").
bool IsCommonNounOrAdjective(std::string_view norm);

// Documents whose words a quotation gives: "statement", "letter", "notice",
// "post", "sign" ... As the subject of "read" they report what is written
// ("“…,” the statement read").
bool IsDocumentNoun(std::string_view norm);

// Words that end the name of a club, company or institution, never a
// person's: "Larkspur United", "Ferris Holdings", "Okafor Bank", "Brandt
// University". A name ending in one is not who "he" or "she" stands for.
bool IsOrganisationWord(std::string_view norm);

// Capitalised words that are never a person's name on their own: sentence
// openers, months, days, nationality words used as modifiers ("US",
// "Chinese") are handled as titles; this list is for "The", "But", "In".
bool IsNonNameCapitalised(std::string_view norm);

// Whether body sentence `i` has a token whose matching form (or that form
// without a possessive "'s") is in `words`: a cheap gate before running a
// detector's regular expressions on the sentence.
bool SentenceHasAny(const Document& doc, size_t i, const std::set<std::string, std::less<>>& words);

}  // namespace copydesk
