#include "support/contract.h"

namespace copydesk::testing {
namespace {

struct Checker {
  size_t units;
  std::vector<std::string> problems;

  void Expect(bool ok, const std::string& what) {
    if (!ok) problems.push_back(what);
  }
  void Span(const nlohmann::json& j, const std::string& where, const char* s = "start", const char* e = "end") {
    if (!j.contains(s) || !j.contains(e) || !j[s].is_number_integer() || !j[e].is_number_integer()) {
      problems.push_back(where + ": missing integer " + s + "/" + e);
      return;
    }
    const long long a = j[s], b = j[e];
    Expect(a >= 0 && a <= b && b <= static_cast<long long>(units), where + ": span out of range");
  }
  void Unit(const nlohmann::json& j, const std::string& where) {
    Expect(j.is_number() && j.get<double>() >= 0 && j.get<double>() <= 1, where + ": not in [0, 1]");
  }
};

}  // namespace

std::vector<std::string> ContractProblems(const nlohmann::json& r, size_t text_units) {
  Checker c{text_units, {}};
  c.Expect(r.value("schema", "") == "copydesk.report/1", "schema");
  for (const char* key : {"article", "sentences", "quotes", "credits", "reuse", "findings"}) {
    c.Expect(r.contains(key), std::string("missing ") + key);
  }
  if (!c.problems.empty()) return c.problems;
  for (const char* key : {"title", "url", "site", "chars", "words"}) {
    c.Expect(r["article"].contains(key), std::string("article.") + key);
  }
  long long previous_end = -1;
  for (const auto& s : r["sentences"]) {
    c.Span(s, "sentence");
    c.Expect(s["start"].get<long long>() >= previous_end, "sentences overlap or are out of order");
    previous_end = s["end"];
    c.Expect(s.contains("garble") && s["garble"].contains("reasons") && s["garble"]["reasons"].is_array(),
             "sentence.garble.reasons");
    if (s.contains("garble")) c.Unit(s["garble"]["score"], "sentence.garble.score");
  }
  for (const auto& q : r["quotes"]) {
    c.Span(q, "quote");
    c.Expect(q.contains("speaker"), "quote.speaker");
    if (q.contains("speaker") && !q["speaker"].is_null()) {
      c.Span(q["speaker"], "quote.speaker");
      c.Expect(q["speaker"].contains("text") && q["speaker"]["text"].is_string(), "quote.speaker.text");
    }
  }
  for (const auto& cr : r["credits"]) {
    c.Span(cr, "credit");
    c.Expect(cr.contains("outlet") && cr["outlet"].is_string(), "credit.outlet");
  }
  for (const auto& u : r["reuse"]) {
    c.Expect(u.contains("source") && u["source"].contains("id"), "reuse.source.id");
    for (const char* key : {"url", "site", "title"}) c.Expect(u["source"].contains(key), std::string("reuse.source.") + key);
    c.Unit(u.value("coverage", -1.0), "reuse.coverage");
    const std::string verdict = u.value("verdict", "");
    c.Expect(verdict == "wholly" || verdict == "partially" || verdict == "none", "reuse.verdict");
    c.Expect(u.contains("credited") && u["credited"].is_boolean(), "reuse.credited");
    for (const auto& p : u.value("passages", nlohmann::json::array())) {
      c.Span(p, "passage");
      c.Expect(p.contains("source_start") && p.contains("source_end"), "passage.source_*");
      const std::string kind = p.value("kind", "");
      c.Expect(kind == "verbatim" || kind == "near" || kind == "paraphrase", "passage.kind");
    }
  }
  for (const auto& f : r["findings"]) {
    c.Span(f, "finding");
    c.Expect(f.contains("kind") && f["kind"].is_string(), "finding.kind");
    c.Expect(f.contains("message") && f["message"].is_string() && !f["message"].get<std::string>().empty(),
             "finding.message");
    const std::string sev = f.value("severity", "");
    c.Expect(sev == "info" || sev == "warning" || sev == "alert", "finding.severity");
  }
  return c.problems;
}

}  // namespace copydesk::testing
