// The JSON request/response API the WebAssembly module exposes (and native
// tests exercise). Request:
//   {"article": ARTICLE, "corpus": [ARTICLE...], "options": {"disable": [NAME...]}}
// where ARTICLE is either a file {"name", "content"} (read as the CLI reads
// that file) or an article object {"id", "url", "site", "title", "byline",
// "published", "text"}. The report comes back as the exact JSON line the CLI
// prints, so native and WebAssembly output can be compared byte for byte.
#pragma once
#include <string>
#include <string_view>

namespace copydesk {

struct AnalyzeResponse {
  bool ok = false;
  std::string report_json;  // when ok: one line, as `copydesk analyze` prints it
  std::string error;        // when not ok: what is wrong with the request
};

AnalyzeResponse HandleAnalyzeRequest(std::string_view request_json);

}  // namespace copydesk
