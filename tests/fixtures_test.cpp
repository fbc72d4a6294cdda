// The fixture loop: every article of every family in fixtures/, analysed
// against the rest of its family, checked against the contract and against
// the text-model annotations (furniture, sentence boundaries). Detector tests
// hold the same fixtures to their own annotations.
#include <catch2/catch.hpp>
#include <set>

#include "pipeline/analyze.h"
#include "segments/icu_setup.h"
#include "support/contract.h"
#include "support/fixtures.h"

using namespace copydesk;
using namespace copydesk::testing;

TEST_CASE("every fixture family loads with complete, locatable annotations") {
  const auto families = LoadFixtureFamilies();
  REQUIRE(!families.empty());
  for (const FixtureFamily& fam : families) {
    INFO("family " << fam.name);
    REQUIRE(fam.family.is_object());
    REQUIRE(fam.articles.size() >= 2);
    for (const FixtureArticle& a : fam.articles) {
      INFO("article " << a.name);
      REQUIRE(!a.article.text.empty());
      REQUIRE(a.annotation.is_object());
      CHECK(a.annotation.value("article", "") == a.name);
      CHECK(fam.family["members"].contains(a.name));
      for (const char* list : {"furniture", "garbled", "quotes", "credits", "vague_sources"}) {
        REQUIRE(a.annotation.contains(list));
        for (const auto& item : a.annotation[list]) {
          const Result<Span> at = a.LocateItem(item);
          INFO((at.ok() ? std::string() : at.error()));
          CHECK(at.ok());
          if (at.ok() && item.contains("mention") && item["mention"].is_string()) {
            CHECK(a.LocateNearest(item["mention"], at.value()).ok());
          }
        }
      }
    }
  }
}

TEST_CASE("every fixture gets a report that keeps the contract, with furniture as annotated") {
  REQUIRE(InitIcu().ok());
  auto analyzer = Analyzer::Create({});
  REQUIRE(analyzer.ok());
  for (const FixtureFamily& fam : LoadFixtureFamilies()) {
    Corpus corpus;
    for (const FixtureArticle& a : fam.articles) corpus.Add(a.article);
    for (const FixtureArticle& a : fam.articles) {
      INFO(fam.name << "/" << a.name);
      const Report report = analyzer.value()->Analyze(a.article, &corpus);
      const auto problems = ContractProblems(ToJson(report), a.article.text.size());
      for (const std::string& p : problems) FAIL_CHECK(p);

      std::set<std::tuple<int32_t, int32_t, std::string>> expected, actual;
      for (const auto& item : a.annotation["furniture"]) {
        const Result<Span> at = a.LocateItem(item);
        if (at.ok()) expected.insert({at->start, at->end, item["kind"].get<std::string>()});
      }
      for (const FurnitureEntry& f : report.furniture) actual.insert({f.span.start, f.span.end, f.kind});
      CHECK(actual == expected);

      // No sentence reaches into furniture.
      for (const SentenceEntry& s : report.sentences) {
        for (const FurnitureEntry& f : report.furniture) CHECK_FALSE(s.span.overlaps(f.span));
      }
      // Each annotated garbled passage lies inside one sentence.
      for (const auto& item : a.annotation["garbled"]) {
        const Result<Span> at = a.LocateItem(item);
        if (!at.ok()) continue;
        int containing = 0;
        for (const SentenceEntry& s : report.sentences) {
          if (s.span.start <= at->start && at->end <= s.span.end) ++containing;
        }
        INFO("garbled: " << item["text"]);
        CHECK(containing == 1);
      }
      // The report never compares an article with itself.
      for (const ReuseEntry& u : report.reuse) CHECK(u.source.id != a.name);
    }
  }
}
