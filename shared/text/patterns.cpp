#include "text/patterns.h"

#include <unicode/unistr.h>

namespace copydesk {

Pattern::Pattern(const char16_t* regex) {
  UErrorCode error = U_ZERO_ERROR;
  UParseError parse;
  pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString(regex), parse, error));
  if (U_FAILURE(error)) pattern_.reset();
}

std::vector<Span> Pattern::FindAll(std::u16string_view text, Span within, int group) const {
  std::vector<Span> out;
  if (!pattern_ || within.empty()) return out;
  const icu::UnicodeString s(false, text.data() + within.start, within.length());
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(s, error));
  if (U_FAILURE(error)) return out;
  while (m->find(error) && U_SUCCESS(error)) {
    const int32_t start = m->start(group, error);
    const int32_t end = m->end(group, error);
    if (U_FAILURE(error)) break;
    if (start >= 0 && end > start) out.push_back({within.start + start, within.start + end});
  }
  return out;
}

bool Pattern::Matches(std::u16string_view text, Span within) const {
  if (!pattern_) return false;
  const icu::UnicodeString s(false, text.data() + within.start, within.length());
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(s, error));
  return U_SUCCESS(error) && m->matches(error) && U_SUCCESS(error);
}

}  // namespace copydesk
