// JSON parsing without exceptions (the wasm build cannot catch them) that
// still says what is wrong and where, in nlohmann's words.
#pragma once
#include <nlohmann/json.hpp>
#include <string_view>

#include "base/status.h"

namespace copydesk {

Result<nlohmann::json> ParseJson(std::string_view text);

}  // namespace copydesk
