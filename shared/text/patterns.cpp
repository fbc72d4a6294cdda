#include "text/patterns.h"

#include <unicode/unistr.h>

namespace copydesk {

Pattern::Pattern(const char16_t* regex) {
  UErrorCode error = U_ZERO_ERROR;
  UParseError parse;
  pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString(regex), parse, error));
  if (U_FAILURE(error)) pattern_.reset();
}

Pattern::Pattern(const char16_t* regex, std::vector<std::u16string> any_of) : Pattern(regex) {
  any_of_ = std::move(any_of);
}

bool Pattern::MayMatch(std::u16string_view text, Span within) const {
  if (any_of_.empty()) return true;
  const std::u16string_view hay = text.substr(within.start, within.length());
  for (const std::u16string& word : any_of_) {
    if (word.empty() || word.size() > hay.size()) continue;
    for (size_t i = 0; i + word.size() <= hay.size(); ++i) {
      size_t k = 0;
      while (k < word.size()) {
        char16_t c = hay[i + k];
        if (c >= u'A' && c <= u'Z') c = static_cast<char16_t>(c - u'A' + u'a');
        if (c != word[k]) break;
        ++k;
      }
      if (k == word.size()) return true;
    }
  }
  return false;
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
  if (!pattern_ || within.empty() || !MayMatch(text, within)) return out;
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

bool Pattern::Contains(std::u16string_view text, Span within) const {
  if (!pattern_ || within.empty() || !MayMatch(text, within)) return false;
  UErrorCode error = U_ZERO_ERROR;
  UText input = UTEXT_INITIALIZER;
  utext_openUChars(&input, text.data() + within.start, within.length(), &error);
  icu::RegexMatcher* m = U_SUCCESS(error) ? MatcherOn(&input) : nullptr;
  const MatcherInputGuard guard{m};
  const bool found = m != nullptr && m->find(error) && U_SUCCESS(error);
  utext_close(&input);
  return found;
}

bool Pattern::Matches(std::u16string_view text, Span within) const {
  if (!pattern_ || !MayMatch(text, within)) return false;
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
