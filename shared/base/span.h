#pragma once
#include <cstdint>

namespace copydesk {

// A range of the article text in UTF-16 code units, start inclusive, end
// exclusive: the unit the browser's DOM uses, so offsets map to the page as-is.
struct Span {
  int32_t start = 0;
  int32_t end = 0;
  int32_t length() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(int32_t pos) const { return pos >= start && pos < end; }
  bool overlaps(Span o) const { return start < o.end && o.start < end; }
  friend bool operator==(Span a, Span b) { return a.start == b.start && a.end == b.end; }
};

}  // namespace copydesk
