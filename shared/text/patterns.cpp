#include "text/patterns.h"

#include <unicode/unistr.h>

namespace copydesk {

Pattern::Pattern(const char16_t* regex) {
  UErrorCode error = U_ZERO_ERROR;
  UParseError parse;
  pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString(regex), parse, error));
  if (U_FAILURE(error)) pattern_.reset();
}

icu::RegexMatcher* Pattern::MatcherOn(UText* input) const {
  UErrorCode error = U_ZERO_ERROR;
  if (!matcher_) {
    matcher_.reset(pattern_->matcher(error));
    if (U_FAILURE(error)) {
      matcher_.reset();
      return nullptr;
    }
  }
  matcher_->reset(input);
  return matcher_.get();
}

namespace {
// Detaches the matcher from a UText that is about to go out of scope.
struct MatcherInputGuard {
  icu::RegexMatcher* matcher;
  ~MatcherInputGuard() {
    if (matcher != nullptr) matcher->reset(icu::UnicodeString());
  }
};
}  // namespace

std::vector<Span> Pattern::FindAll(std::u16string_view text, Span within, int group) const {
  std::vector<Span> out;
  if (!pattern_ || within.empty()) return out;
  UErrorCode error = U_ZERO_ERROR;
  UText input = UTEXT_INITIALIZER;
  utext_openUChars(&input, text.data() + within.start, within.length(), &error);
  icu::RegexMatcher* m = U_SUCCESS(error) ? MatcherOn(&input) : nullptr;
  const MatcherInputGuard guard{m};
  if (m != nullptr) {
    while (m->find(error) && U_SUCCESS(error)) {
      const int32_t start = static_cast<int32_t>(m->start64(group, error));
      const int32_t end = static_cast<int32_t>(m->end64(group, error));
      if (U_FAILURE(error)) break;
      if (start >= 0 && end > start) out.push_back({within.start + start, within.start + end});
    }
  }
  utext_close(&input);
  return out;
}

bool Pattern::Matches(std::u16string_view text, Span within) const {
  if (!pattern_) return false;
  UErrorCode error = U_ZERO_ERROR;
  UText input = UTEXT_INITIALIZER;
  utext_openUChars(&input, text.data() + within.start, within.length(), &error);
  icu::RegexMatcher* m = U_SUCCESS(error) ? MatcherOn(&input) : nullptr;
  const MatcherInputGuard guard{m};
  const bool matched = m != nullptr && m->matches(error) && U_SUCCESS(error);
  utext_close(&input);
  return matched;
}

}  // namespace copydesk
