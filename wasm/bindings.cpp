// The WebAssembly module's API: thin embind wrappers over the core's JSON
// request API (shared/api). No analysis logic here.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "api/request.h"
#include "detectors/detector.h"
#include "report/report.h"

namespace {

// analyze(requestJson) -> {ok, report: string (one JSON line), error: string,
//                          index: string (base64) | null}
emscripten::val Analyze(const std::string& request_json) {
  const copydesk::AnalyzeResponse response = copydesk::HandleAnalyzeRequest(request_json);
  emscripten::val out = emscripten::val::object();
  out.set("ok", response.ok);
  out.set("report", response.report_json);
  out.set("error", response.error);
  // The fingerprint index with this article added, when the request gave one.
  out.set("index", response.has_index ? emscripten::val(response.index_base64) : emscripten::val::null());
  return out;
}

std::string Version() { return std::string("copydesk 0.1.0 (") + copydesk::kReportSchema + ")"; }

std::string Detectors() {
  std::string out = "[";
  for (const copydesk::DetectorInfo& d : copydesk::ListDetectors()) {
    if (out.size() > 1) out += ",";
    out += "\"" + d.name + "\"";
  }
  return out + "]";
}

}  // namespace

EMSCRIPTEN_BINDINGS(copydesk) {
  emscripten::function("analyze", &Analyze);
  emscripten::function("version", &Version);
  emscripten::function("detectors", &Detectors);
}
