// The matching form of text: NFKC + case folding (ICU), with typographic
// variants folded so that “curly” and "straight" quotes, dashes and no-break
// spaces compare equal across versions of a story.
#pragma once
#include <string>
#include <string_view>

namespace copydesk {

// Normalised UTF-8 form of a UTF-16 string (a token, usually).
std::string NormalizeForMatch(std::u16string_view text);

// Folds one code unit's typographic variants (quotes, dashes, spaces) to ASCII;
// returns the unit unchanged otherwise.
char16_t FoldTypography(char16_t c);

bool IsOpeningQuote(char16_t c);
bool IsClosingQuote(char16_t c);
bool IsQuoteMark(char16_t c);
// A straight double mark ", or the double prime ″ that some sites type in
// its place (as a quotation mark and as an inch mark alike).
bool IsStraightQuote(char16_t c);
bool IsDash(char16_t c);

}  // namespace copydesk
