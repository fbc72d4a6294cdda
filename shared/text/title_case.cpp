#include "text/title_case.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace copydesk {

bool ReadsAsTitleCase(std::u16string_view text, int min_long_words) {
  int long_words = 0, capitalised = 0;
  size_t i = 0;
  while (i < text.size()) {
    UChar32 c;
    size_t next = i;
    U16_NEXT(text.data(), next, text.size(), c);
    if (!u_isalnum(c)) {
      i = next;
      continue;
    }
    // One word: letters and digits, with apostrophes inside ("Don't").
    const bool starts_upper = u_isupper(c) != 0;
    bool has_digit = false;
    int letters = 0;
    size_t j = i;
    while (j < text.size()) {
      UChar32 w;
      size_t after = j;
      U16_NEXT(text.data(), after, text.size(), w);
      const bool apostrophe = (w == u'\'' || w == u'\u2019') && after < text.size() && u_isalpha(text[after]);
      if (!u_isalnum(w) && !apostrophe) break;
      has_digit = has_digit || u_isdigit(w);
      letters += u_isalpha(w) ? 1 : 0;
      j = after;
    }
    i = j;
    if (has_digit || letters < 4) continue;
    ++long_words;
    capitalised += starts_upper ? 1 : 0;
  }
  return long_words >= min_long_words && capitalised * 3 >= long_words * 2;
}

}  // namespace copydesk
