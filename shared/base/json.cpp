#include "base/json.h"

#include <string>

namespace copydesk {
namespace {

// nlohmann's DOM builder, but keeping the parse error's message instead of
// throwing it (sax_parse calls parse_error on this type).
class CapturingDomParser : public nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
 public:
  explicit CapturingDomParser(nlohmann::json& result)
      : nlohmann::detail::json_sax_dom_parser<nlohmann::json>(result, /*allow_exceptions=*/false) {}
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& ex) {
    message_ = ex.what();
    return false;
  }
  const std::string& message() const { return message_; }

 private:
  std::string message_;
};

}  // namespace

Result<nlohmann::json> ParseJson(std::string_view text) {
  nlohmann::json result;
  CapturingDomParser parser(result);
  const bool ok = nlohmann::json::sax_parse(text, &parser, nlohmann::json::input_format_t::json, /*strict=*/true);
  if (!ok || !parser.message().empty()) {
    std::string m = parser.message();
    // "[json.exception.parse_error.101] parse error at line 1, column 9: ..." -> from "parse error".
    const size_t at = m.find("] ");
    if (at != std::string::npos) m = m.substr(at + 2);
    return Status::Error("invalid JSON (" + (m.empty() ? std::string("unreadable") : m) + ")");
  }
  return result;
}

}  // namespace copydesk
