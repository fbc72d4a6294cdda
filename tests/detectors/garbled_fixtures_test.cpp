// The garbled-sentence detector against the fixture annotations: recall on
// the machine-translated seeds (000, 002) and false alarms on the clean
// sentences of the others (001, 003, 004), printed and held at the aims.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <string>

#include "article/article.h"
#include "base/unicode.h"
#include "pipeline/analyze.h"
#include "segments/icu_setup.h"
#include "support/fixtures.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {

// The aims (issue 4): at least 90% of the annotated garbled passages
// of 000 and 002 flagged, at most 3% of the clean sentences of 001/003/004.
constexpr double kRecallAim = 0.90;
constexpr double kFalseAlarmAim = 0.03;
// What the detector holds today (20/24), so that a regression fails. Recall is
// below the aim: the four passages missed are garbled in meaning, not in form
// ("an end to Gaza", "expected to follow suit"); see docs/garble.md. Raise
// this floor to the aim when the detector reaches it.
constexpr double kRecallFloor = 0.83;

bool IsMachineTranslatedSeed(const std::string& name) { return name.rfind("000_", 0) == 0 || name.rfind("002_", 0) == 0; }
bool IsCleanSeed(const std::string& name) {
  return name.rfind("001_", 0) == 0 || name.rfind("003_", 0) == 0 || name.rfind("004_", 0) == 0;
}

}  // namespace

TEST_CASE("garbled-sentence: recall on seeds 000+002, false alarms on 001/003/004") {
  REQUIRE(InitIcu().ok());
  auto analyzer = Analyzer::Create({});
  REQUIRE(analyzer.ok());
  int annotated = 0, recalled = 0, clean = 0, false_alarms = 0;
  double top_clean = 0;  // the margin: the highest score of a clean sentence
  std::string top_clean_text;
  for (const FixtureFamily& family : LoadFixtureFamilies()) {
    for (const FixtureArticle& a : family.articles) {
      const bool mt = IsMachineTranslatedSeed(a.name), reference = IsCleanSeed(a.name);
      if (!mt && !reference) continue;
      const Report report = analyzer.value()->Analyze(a.article, nullptr);
      std::vector<Span> flagged, garbled;
      for (const Finding& f : report.findings)
        if (f.kind == "garbled-sentence") flagged.push_back(f.span);
      for (const auto& item : a.annotation["garbled"]) {
        const Result<Span> at = a.LocateItem(item);
        REQUIRE(at.ok());
        garbled.push_back(at.value());
      }
      const auto overlaps_any = [](Span s, const std::vector<Span>& spans) {
        for (const Span& o : spans)
          if (s.overlaps(o)) return true;
        return false;
      };
      if (mt) {
        for (size_t i = 0; i < garbled.size(); ++i) {
          ++annotated;
          const bool hit = overlaps_any(garbled[i], flagged);
          recalled += hit ? 1 : 0;
          if (!hit) std::printf("  missed in %s: %s\n", a.name.c_str(), a.annotation["garbled"][i]["text"].get<std::string>().c_str());
        }
      }
      if (reference) {
        for (const SentenceEntry& s : report.sentences) {
          if (overlaps_any(s.span, garbled)) continue;  // annotated as damaged: not a clean sentence
          ++clean;
          if (s.garble.score > top_clean) {
            top_clean = s.garble.score;
            top_clean_text = ToUtf8(std::u16string_view(a.article.text).substr(s.span.start, s.span.length()));
          }
          if (overlaps_any(s.span, flagged)) {
            ++false_alarms;
            std::printf("  false alarm in %s: %s\n", a.name.c_str(),
                        ToUtf8(std::u16string_view(a.article.text).substr(s.span.start, s.span.length())).c_str());
          }
        }
      }
    }
  }
  REQUIRE(annotated > 0);
  REQUIRE(clean > 0);
  const double recall = double(recalled) / annotated;
  const double false_alarm_rate = double(false_alarms) / clean;
  std::printf("garbled-sentence fixtures: recall %d/%d = %.1f%% (aim >= %.0f%%), false alarms %d/%d = %.1f%% (aim <= %.0f%%)\n",
              recalled, annotated, 100 * recall, 100 * kRecallAim, false_alarms, clean, 100 * false_alarm_rate,
              100 * kFalseAlarmAim);
  std::printf("  highest clean score %.3f: %s\n", top_clean, top_clean_text.c_str());
  if (recall < kRecallAim) std::printf("  recall is below the issue's aim of %.0f%%\n", 100 * kRecallAim);
  REQUIRE(recall >= kRecallFloor);
  REQUIRE(false_alarm_rate <= kFalseAlarmAim);
}

// Beyond the seeds: news forms written for this test (tests/data/news-forms:
// a wire story with a weather line, stock figures and a correction; a feature
// with deliberate fragments; a science story with a photo caption; a
// forecast and a column that speak in the first person; a British council
// story with single-mark quotations run over paragraphs, elisions, spaced
// dashes and a deliberate fragment). None is garbled, so every finding is a
// false alarm. Held to the 3% (0 of 115 today; 5 of 95 before
// statistics alone needed 0.6, docs/garble.md; the British story had one,
// "Hence the late vote.", before such ellipses were spared).
TEST_CASE("garbled-sentence: false alarms on news forms beyond the seeds") {
  REQUIRE(InitIcu().ok());
  auto analyzer = Analyzer::Create({});
  REQUIRE(analyzer.ok());
  int sentences = 0, false_alarms = 0;
  for (const auto& entry : std::filesystem::directory_iterator(SourceDir() + "/tests/data/news-forms")) {
    Result<Article> article = LoadArticle(entry.path().string());
    REQUIRE(article.ok());
    const Report report = analyzer.value()->Analyze(article.value(), nullptr);
    sentences += int(report.sentences.size());
    for (const Finding& f : report.findings) {
      if (f.kind != "garbled-sentence") continue;
      ++false_alarms;
      std::printf("  false alarm in %s: %s\n", entry.path().filename().string().c_str(),
                  ToUtf8(std::u16string_view(article.value().text).substr(f.span.start, f.span.length())).c_str());
    }
  }
  REQUIRE(sentences > 80);
  std::printf("garbled-sentence news forms: false alarms %d/%d = %.1f%% (aim <= %.0f%%)\n", false_alarms, sentences,
              100.0 * false_alarms / sentences, 100 * kFalseAlarmAim);
  CHECK(false_alarms <= kFalseAlarmAim * sentences);
}
