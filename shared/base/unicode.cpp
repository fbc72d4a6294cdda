#include "base/unicode.h"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace copydesk {

namespace {

// Walks the code points of `bytes`, handing each to `emit`; fails at the
// first ill-formed sequence with its byte offset.
template <typename Emit>
Status ForEachCodePoint(std::string_view bytes, Emit&& emit) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return Status::Error("invalid UTF-8 at byte offset " + std::to_string(at));
    emit(c);
  }
  return Status::Ok();
}

}  // namespace

Result<std::u16string> DecodeUtf8(std::string_view bytes) {
  std::u16string out;
  out.reserve(bytes.size());
  Status valid = ForEachCodePoint(bytes, [&](UChar32 c) {
    if (c <= 0xFFFF) {
      out.push_back(static_cast<char16_t>(c));
    } else {
      out.push_back(static_cast<char16_t>(U16_LEAD(c)));
      out.push_back(static_cast<char16_t>(U16_TRAIL(c)));
    }
  });
  if (!valid.ok()) return valid;
  return out;
}

Status ValidateUtf8(std::string_view bytes) {
  return ForEachCodePoint(bytes, [](UChar32) {});
}

std::string ToUtf8(std::u16string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  const char16_t* s = text.data();
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U16_NEXT(s, i, length, c);
    if (U_IS_SURROGATE(c)) c = 0xFFFD;
    uint8_t buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);  // c is a valid scalar value here
    out.append(reinterpret_cast<const char*>(buf), n);
  }
  return out;
}

}  // namespace copydesk
