// Outlets and agencies: the one place where an outlet's name is recognised
// and canonicalised ("the Associated Press", "AP" and "A.P." are all "AP";
// "CNN's" is "CNN"). The credits detector, the reuse detector's `credited`
// check and the quote speaker finder all ask here, so that a credit found in
// one article and a source's site name compare equal.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace copydesk {

struct OutletInfo {
  std::string canonical;             // "AP", "The New York Times"
  std::vector<std::string> aliases;  // every spelling matched in text, canonical first
  bool wire = false;                 // a news agency whose copy others run
};

// The outlet lexicon, in a fixed order.
const std::vector<OutletInfo>& OutletLexicon();

// The canonical name of an outlet written as `name` (any case for names of
// four letters or more; acronyms must keep their capitals so that "ap" or
// "ani" in running text are not outlets). Leading "the", a trailing possessive
// ("CNN's") and a site domain ("cnn.com", "www.reuters.com") are ignored.
// Returns nullopt when the lexicon does not know it.
std::optional<std::string> CanonicalOutlet(std::u16string_view name);
std::optional<std::string> CanonicalOutletUtf8(std::string_view name);

// The outlet a site or URL belongs to ("edition.cnn.com", "https://apnews.com/x"
// → "CNN", "AP"), from a table of outlets' domains; nullopt if unknown.
std::optional<std::string> OutletForSite(std::string_view site);

// Whether two outlet names (canonical or not) name the same outlet; unknown
// names compare by their case-folded text without "the".
bool SameOutlet(std::u16string_view a, std::u16string_view b);

struct OutletMention {
  Span span;              // the name as written (possessive excluded)
  std::string canonical;  // lexicon name, or the cleaned name for unknown outlets
  bool known = false;     // found in the lexicon
};

// Lexicon outlets named inside `within` of `text`, left to right, longest
// alias first where two overlap ("The New York Times" over "New York").
std::vector<OutletMention> FindLexiconOutlets(std::u16string_view text, Span within);

// Whether a capitalised name looks like a news outlet the lexicon lacks: it
// ends in a media word ("Kathmandu Post", "Daily Star", "Tehran Times",
// "Sputnik Radio", "Press Agency").
bool LooksLikeOutletName(std::u16string_view name);
// The media words LooksLikeOutletName accepts ("Post", "Times", ...).
const std::vector<std::string>& OutletMediaWords();

}  // namespace copydesk
