// Hostile pages: each gets a report (or a clear error) and the report keeps
// the contract. ctest's timeout bounds the time; no timing is asserted.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "api/request.h"
#include "base/unicode.h"
#include "pipeline/analyze.h"
#include "support/contract.h"

using namespace copydesk;

namespace {

std::string Repeat(const std::string& s, size_t times) {
  std::string out;
  out.reserve(s.size() * times);
  for (size_t i = 0; i < times; ++i) out += s;
  return out;
}

nlohmann::json AnalyzeBytes(const std::string& name, const std::string& bytes) {
  auto analyzer = Analyzer::Create({});
  REQUIRE(analyzer.ok());
  Result<Article> article = ParseArticleFile(name, bytes);
  REQUIRE(article.ok());
  const nlohmann::json report = ToJson(analyzer.value()->Analyze(article.value(), nullptr));
  const auto problems = testing::ContractProblems(report, article->text.size());
  for (const auto& p : problems) FAIL_CHECK(p);
  return report;
}

}  // namespace

TEST_CASE("100,000 one-word paragraphs") {
  const auto r = AnalyzeBytes("p.txt", Repeat("word\n", 100000));
  CHECK(r["article"]["words"] == 100000);
}

TEST_CASE("one 1 MB sentence") {
  const auto r = AnalyzeBytes("s.txt", Repeat("the experts say that a source said it is believed ", 20000));
  CHECK(r["sentences"].size() == 1);
}

TEST_CASE("3 MB without a space, and a million full stops") {
  AnalyzeBytes("a.txt", std::string(3u << 20, 'a'));
  AnalyzeBytes("d.txt", Repeat(". ", 1000000));
}

TEST_CASE("text made only of quotation marks") {
  const auto r = AnalyzeBytes("q.txt", Repeat("“”\"«»„‟‘’", 100000));
  CHECK(r["article"]["words"] == 0);
}

TEST_CASE("right-to-left text, zero-width joiners and emoji sequences keep UTF-16 offsets") {
  const std::string line = "مرحبا بالعالم. שלום עולם! 👩🏽‍⚕️👨‍👩‍👧‍👦 \u200d\u200c\u200b done.\n";
  const auto r = AnalyzeBytes("rtl.txt", Repeat(line, 2000));
  const std::u16string text = DecodeUtf8(Repeat(line, 2000)).value();
  CHECK(r["article"]["chars"] == text.size());
  for (const auto& s : r["sentences"]) {
    // No span splits a surrogate pair.
    const size_t start = s["start"], end = s["end"];
    CHECK_FALSE((start > 0 && start < text.size() && (text[start] & 0xFC00) == 0xDC00));
    CHECK_FALSE((end < text.size() && (text[end] & 0xFC00) == 0xDC00));
  }
}

TEST_CASE("deeply nested JSON is an error or a report, not a stack overflow") {
  const std::string deep = "{\"text\": \"x\", \"extra\": " + std::string(200000, '[') + std::string(200000, ']') + "}";
  Result<Article> a = ParseArticleFile("deep.json", deep);
  if (a.ok()) CHECK(a->text == u"x");
  const AnalyzeResponse r = HandleAnalyzeRequest("{\"article\": " + std::string(100000, '[') + "}");
  CHECK_FALSE(r.ok);
  CHECK_FALSE(r.error.empty());
}

TEST_CASE("lone UTF-16 surrogates from a DOM arrive as JSON escapes and are refused clearly") {
  // JSON.stringify writes a lone surrogate as an escape; nlohmann refuses it.
  const AnalyzeResponse r = HandleAnalyzeRequest(R"({"article": {"text": "bad \ud800 text"}})");
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("surrogate") != std::string::npos);
}
