// The JSON request API (what the extension sends the wasm module), including
// JSON articles and corpora: any bytes give a report or an error message.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/request.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const copydesk::AnalyzeResponse response =
      copydesk::HandleAnalyzeRequest(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!response.ok && response.error.empty()) __builtin_trap();  // every refusal says why
  return 0;
}
