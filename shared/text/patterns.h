// Compiled ICU regular expressions over UTF-16 text, for the pattern tables at
// the top of detectors. Matches are reported as spans of the searched text.
#pragma once
#include <unicode/regex.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace copydesk {

class Pattern {
 public:
  // `regex` is ICU syntax; an invalid pattern is a programming error and
  // yields a pattern that never matches (tests compile every table).
  explicit Pattern(const char16_t* regex);
  // With `any_of` words (lower-case ASCII): the regex only runs on text that
  // contains at least one of them, case-insensitively. A cheap prefilter for
  // patterns that cannot match without one of their keywords.
  Pattern(const char16_t* regex, std::vector<std::u16string> any_of);
  bool valid() const { return pattern_ != nullptr; }

  // All non-overlapping matches inside `within`; group 0 or `group`.
  std::vector<Span> FindAll(std::u16string_view text, Span within, int group = 0) const;
  // Whether the whole of `within` matches.
  bool Matches(std::u16string_view text, Span within) const;
  // Whether any part of `within` matches.
  bool Contains(std::u16string_view text, Span within) const;

 private:
  // One matcher, reset onto each input: creating a matcher per call cost more
  // than the matching. Not thread-safe; the core analyses on one thread.
  icu::RegexMatcher* MatcherOn(UText* input) const;
  bool MayMatch(std::u16string_view text, Span within) const;

  std::vector<std::u16string> any_of_;
  std::unique_ptr<icu::RegexPattern> pattern_;
  mutable std::unique_ptr<icu::RegexMatcher> matcher_;
};

}  // namespace copydesk
