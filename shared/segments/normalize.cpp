#include "segments/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "base/unicode.h"

namespace copydesk {

char16_t FoldTypography(char16_t c) {
  switch (c) {
    case u'\u2018': case u'\u2019': case u'\u201A': case u'\u201B':
    case u'\u2032': case u'\u02BC': case u'`': case u'\u00B4':
      return u'\'';
    case u'\u201C': case u'\u201D': case u'\u201E': case u'\u201F':
    case u'\u2033': case u'\u00AB': case u'\u00BB':
      return u'"';
    case u'\u2010': case u'\u2011': case u'\u2012': case u'\u2013':
    case u'\u2014': case u'\u2015': case u'\u2212':
      return u'-';
    case u'\u00A0': case u'\u2007': case u'\u202F': case u'\u2009':
    case u'\u200A': case u'\u3000':
      return u' ';
    default:
      return c;
  }
}

std::string NormalizeForMatch(std::u16string_view text) {
  // Fast path: plain ASCII needs only lower-casing (most English tokens).
  std::string ascii;
  ascii.reserve(text.size());
  for (char16_t c : text) {
    if (c >= 0x80) { ascii.clear(); break; }
    ascii.push_back(static_cast<char>(c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c));
  }
  if (ascii.size() == text.size()) return ascii;

  UErrorCode error = U_ZERO_ERROR;
  static const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(error);
  std::u16string folded(text);
  for (char16_t& c : folded) c = FoldTypography(c);
  if (nfkc_cf == nullptr) return ToUtf8(folded);  // InitIcu() reports the failure
  const icu::UnicodeString source(false, folded.data(), static_cast<int32_t>(folded.size()));
  error = U_ZERO_ERROR;
  const icu::UnicodeString normal = nfkc_cf->normalize(source, error);
  if (U_FAILURE(error)) return ToUtf8(folded);
  std::string out;
  normal.toUTF8String(out);
  return out;
}

bool IsOpeningQuote(char16_t c) {
  return c == u'\u201C' || c == u'\u2018' || c == u'\u201E' || c == u'\u00AB' || c == u'\u201A';
}
bool IsClosingQuote(char16_t c) {
  return c == u'\u201D' || c == u'\u2019' || c == u'\u00BB';
}
bool IsQuoteMark(char16_t c) {
  return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'\u201F' ||
         c == u'\u00AB' || c == u'\u00BB';
}
bool IsStraightQuote(char16_t c) { return c == u'"' || c == u'\u2033'; }
bool IsDash(char16_t c) {
  return c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u2015' || c == u'\u2212';
}

}  // namespace copydesk
