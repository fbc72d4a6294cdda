// Small closed lists of English grammar shared by segmentation and the
// detectors.
#pragma once
#include <cstddef>
#include <string_view>

namespace copydesk {

// Words a sentence cannot end on (lowercase): the rest of it was lost
// ("… an end to the", "because"). Not "that", which each user weighs on its
// own: "He said that" is cut off, "They were told to do that" is not.
inline constexpr std::string_view kWordsNeedingMore[] = {"the",   "a",    "an",   "and",  "or",   "but",
                                                         "because", "whether", "of", "than", "its", "their",
                                                         "our",   "your", "my",   "whose", "if",  "nor"};

// Abbreviations written with a full stop that does not end the sentence,
// lowercase and without their final dot: one list for the segmenter, the
// garble evidence and the speaker finder, so that they agree on "Sen." and
// "Inc.".
//
// Always followed by a name: a break after them is never a sentence end
// ("Sen. Smith", "Dr. Who", "St. Louis").
inline constexpr std::string_view kTitleAbbreviations[] = {
    "mr",  "mrs", "ms",   "mx",  "dr",  "prof", "sen", "rep", "gov",  "gen",  "lt",   "col",  "capt", "sgt", "cpl", "adm",
    "cmdr", "maj", "rev", "fr",  "st",  "hon",  "pres", "supt", "insp", "det", "amb", "atty", "gens", "sens", "reps",
    "sto",  "sta", "ste"};  // Santo, Santa, Sainte: "Sto. Rosa City", "Ste. Marie"
// Titles of engineers, written so before a name in translations from
// Central Europe and the Arab world ("Ing. Jan Novak", "Eng. Omar Haddad");
// only as written here, for "ING." and "ENG." end sentences.
inline constexpr std::u16string_view kCapitalisedTitleAbbreviations[] = {u"Ing", u"Eng"};
// After a name, and they may end a sentence as well ("shares of Apple
// Inc.", "Martin Luther King Jr.").
inline constexpr std::string_view kNameSuffixAbbreviations[] = {"inc", "corp", "co", "cos", "ltd", "bros", "jr", "sr", "plc"};
// Before a number, which they count or date: never a sentence end ("on Apr.
// 26, Eric Tohir said", "ranked No. 3"; ICU breaks there when a capital
// follows the number).
inline constexpr std::string_view kNumberedAbbreviations[] = {"jan", "feb", "mar", "apr", "jun", "jul",  "aug", "sep",
                                                              "sept", "oct", "nov", "dec", "no",  "nos", "vol", "fig",
                                                              "op"};
// The others news writes: streets and states ("the 1200 block of Battery
// Ave.", "Portland, Ore."), times, countries, Latin, references, units.
inline constexpr std::string_view kOtherAbbreviations[] = {
    "ave",  "blvd", "rd",   "hwy",  "pkwy", "ln",   "sq",  "bldg", "dept", "govt", "univ", "assn", "calif",
    "fla",  "ore",  "ariz", "colo", "conn", "mass", "mich", "minn", "tenn", "wash", "wis", "okla", "penn", "ky",
    "md",   "va",   "ga",   "e.g",  "i.e",  "etc",  "vs",  "approx", "a.m",  "p.m",  "u.s",  "u.k",  "u.n",
    "est",  "cf",   "al",   "ft",   "mt"};

// Whether `word` is one of `list` (a few dozen words: a scan beats a set).
template <size_t N>
constexpr bool IsOneOf(const std::string_view (&list)[N], std::string_view word) {
  for (std::string_view w : list)
    if (w == word) return true;
  return false;
}
inline bool IsTitleAbbreviation(std::string_view lower) { return IsOneOf(kTitleAbbreviations, lower); }
inline bool IsNumberedAbbreviation(std::string_view lower) { return IsOneOf(kNumberedAbbreviations, lower); }
inline bool IsCapitalisedTitleAbbreviation(std::u16string_view word) {
  for (std::u16string_view w : kCapitalisedTitleAbbreviations)
    if (w == word) return true;
  return false;
}
inline bool IsNameSuffixAbbreviation(std::string_view lower) { return IsOneOf(kNameSuffixAbbreviations, lower); }

}  // namespace copydesk
