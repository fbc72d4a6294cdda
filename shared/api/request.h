// The JSON request/response API the WebAssembly module exposes (and native
// tests exercise). Request:
//   {"article": ARTICLE, "corpus": [ARTICLE...], "options": {"disable": [NAME...]}}
// where ARTICLE is either a file {"name", "content"} (read as the CLI reads
// that file) or an article object {"id", "url", "site", "title", "byline",
// "published", "text"}. Optional "index": a fingerprint index as base64
// (docs/reuse.md; "" starts an empty one): the article is compared with the
// articles it remembers, and the response's `index_base64` is that index with
// this article added, for the caller to store. The report comes back as the exact JSON line the CLI
// prints, so native and WebAssembly output can be compared byte for byte.
#pragma once
#include <string>
#include <string_view>

namespace copydesk {

struct AnalyzeResponse {
  bool ok = false;
  std::string report_json;  // when ok: one line, as `copydesk analyze` prints it
  std::string error;        // when not ok: what is wrong with the request
  bool has_index = false;   // the request passed an "index"
  std::string index_base64; // when has_index: the index with this article added
};

AnalyzeResponse HandleAnalyzeRequest(std::string_view request_json);

}  // namespace copydesk
