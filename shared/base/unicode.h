// UTF-8 <-> UTF-16 conversion with validation. Everything inside the core is
// UTF-16 (ICU's unit and the report's offset unit); UTF-8 only at the edges.
#pragma once
#include <string>
#include <string_view>

#include "base/status.h"

namespace copydesk {

// Decodes UTF-8, failing with the byte offset of the first ill-formed sequence.
Result<std::u16string> DecodeUtf8(std::string_view bytes);
// The same check without decoding.
Status ValidateUtf8(std::string_view bytes);

// Encodes UTF-16 to UTF-8; lone surrogates become U+FFFD (text from a DOM can
// hold them, and JSON output must stay valid).
std::string ToUtf8(std::u16string_view text);

}  // namespace copydesk
