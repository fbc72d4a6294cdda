// Base64 (RFC 4648, with padding) for index bytes crossing the JSON API:
// the extension keeps the index in IndexedDB and passes it as a string.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace copydesk::reuse {

std::string Base64Encode(const std::vector<uint8_t>& bytes);
Result<std::vector<uint8_t>> Base64Decode(std::string_view text);

}  // namespace copydesk::reuse
