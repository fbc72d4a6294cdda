// Any bytes, read as an article file (.txt or .json by the first byte), must
// give a report or an error: never a crash, hang or sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline/analyze.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto analyzer = copydesk::Analyzer::Create({});
  if (!analyzer.ok()) __builtin_trap();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const char* name = (size > 0 && data[0] == '{') ? "fuzz.json" : "fuzz.txt";
  copydesk::Result<copydesk::Article> article = copydesk::ParseArticleFile(name, bytes);
  if (!article.ok()) return 0;
  const copydesk::Report report = analyzer.value()->Analyze(article.value(), nullptr);
  (void)copydesk::ToJsonLine(report);
  return 0;
}
