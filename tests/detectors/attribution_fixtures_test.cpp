// The attribution detectors held to the fixtures' hand annotations: quotes
// (span, speaker, mention), credits and vague sources. Prints per-fixture
// figures and requires: every annotated quote found (span overlap, intersection
// over union, >= 0.3), speaker accuracy >= 0.90 among found quotes, every
// annotated credit found, no credit taken from page furniture.
#include <catch2/catch.hpp>
#include <algorithm>
#include <cstdio>

#include "base/unicode.h"
#include "detectors/attribution/outlets.h"
#include "pipeline/analyze.h"
#include "segments/icu_setup.h"
#include "support/fixtures.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {

constexpr double kMinOverlap = 0.3;
constexpr double kMinSpeakerAccuracy = 0.90;

double Overlap(Span a, Span b) {
  const int32_t inter = std::max(0, std::min(a.end, b.end) - std::max(a.start, b.start));
  const int32_t uni = std::max(a.end, b.end) - std::min(a.start, b.start);
  return uni > 0 ? static_cast<double>(inter) / uni : 0.0;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

std::u16string U16(const std::string& s) {
  Result<std::u16string> r = DecodeUtf8(s);
  return r.ok() ? r.value() : std::u16string();
}

std::string Slice(const FixtureArticle& a, Span s) {
  return ToUtf8(std::u16string_view(a.article.text).substr(s.start, s.length()));
}

double Ratio(int num, int den) { return den == 0 ? 1.0 : static_cast<double>(num) / den; }

// Furniture paragraphs whose credits do not count: everything but the
// article's own headline, dateline and sign-off (a dateline "(Reuters)" or
// "(With inputs from ANI)" credits the outlet; a "Reuters: ..." teaser
// credits nothing).
std::vector<Span> NonCreditingFurniture(const FixtureArticle& a) {
  std::vector<Span> out;
  for (const auto& f : a.annotation["furniture"]) {
    const std::string kind = f.contains("kind") && f["kind"].is_string() ? f["kind"].get<std::string>() : "";
    if (kind == "headline" || kind == "dateline" || kind == "sign-off") continue;
    const Result<Span> at = a.LocateItem(f);
    if (at.ok()) out.push_back(at.value());
  }
  return out;
}

}  // namespace

TEST_CASE("attribution detectors meet the fixtures' annotations") {
  REQUIRE(InitIcu().ok());
  auto analyzer = Analyzer::Create({});
  REQUIRE(analyzer.ok());
  int all_gold = 0, all_found = 0, all_matched = 0, all_speaker_ok = 0;
  for (const FixtureFamily& fam : LoadFixtureFamilies()) {
    for (const FixtureArticle& a : fam.articles) {
      INFO(fam.name << "/" << a.name);
      const Report report = analyzer.value()->Analyze(a.article, nullptr);

      // ---- quotes and speakers ----
      const auto& gold = a.annotation["quotes"];
      std::vector<bool> used(report.quotes.size(), false);
      int matched = 0, speaker_ok = 0;
      for (const auto& item : gold) {
        const Result<Span> at = a.LocateItem(item);
        REQUIRE(at.ok());
        int best = -1;
        double best_overlap = 0;
        for (size_t i = 0; i < report.quotes.size(); ++i) {
          const double o = Overlap(at.value(), report.quotes[i].span);
          if (!used[i] && o >= kMinOverlap && o > best_overlap) {
            best = static_cast<int>(i);
            best_overlap = o;
          }
        }
        INFO("annotated quote: " << item["text"].get<std::string>());
        CHECK(best >= 0);  // every annotated quote found
        if (best < 0) continue;
        used[best] = true;
        ++matched;
        const QuoteEntry& q = report.quotes[best];
        const bool gold_has = item.contains("speaker") && item["speaker"].is_string();
        bool ok = false;
        if (!gold_has) {
          ok = !q.speaker.has_value();
        } else if (q.speaker) {
          const std::string mention = Slice(a, q.speaker->span);
          const std::string want_mention = item.contains("mention") && item["mention"].is_string()
                                               ? item["mention"].get<std::string>()
                                               : std::string();
          // The right name, named by the right words, outside the quote itself.
          ok = q.speaker->text == item["speaker"].get<std::string>() && Lower(mention) == Lower(want_mention) &&
               !q.span.overlaps(q.speaker->span);
        }
        if (!ok) {
          std::printf("  speaker miss %s: %s → got %s (%s), want %s (%s)\n", a.name.c_str(),
                      item["text"].get<std::string>().substr(0, 40).c_str(),
                      q.speaker ? q.speaker->text.c_str() : "null",
                      q.speaker ? Slice(a, q.speaker->span).c_str() : "",
                      gold_has ? item["speaker"].get<std::string>().c_str() : "null",
                      item.value("mention", nlohmann::json()).is_string() ? item["mention"].get<std::string>().c_str()
                                                                           : "");
        }
        speaker_ok += ok ? 1 : 0;
      }
      for (size_t i = 0; i < report.quotes.size(); ++i) {
        if (!used[i]) std::printf("  extra quote %s: %s\n", a.name.c_str(), Slice(a, report.quotes[i].span).c_str());
      }
      const int found = static_cast<int>(report.quotes.size());
      const double p = Ratio(matched, found), r = Ratio(matched, static_cast<int>(gold.size()));
      std::printf("%s quotes: %d annotated, %d found, F1 %.3f (P %.3f R %.3f), speaker accuracy %.3f\n",
                  a.name.c_str(), static_cast<int>(gold.size()), found, p + r > 0 ? 2 * p * r / (p + r) : 0.0, p, r,
                  Ratio(speaker_ok, matched));
      all_gold += static_cast<int>(gold.size());
      all_found += found;
      all_matched += matched;
      all_speaker_ok += speaker_ok;

      // ---- credits ----
      const auto& credits = a.annotation["credits"];
      std::vector<bool> credit_used(report.credits.size(), false);
      int credit_hits = 0;
      for (const auto& item : credits) {
        const Result<Span> at = a.LocateItem(item);
        REQUIRE(at.ok());
        const std::u16string outlet = U16(item["outlet"].get<std::string>());
        int hit = -1;
        for (size_t i = 0; i < report.credits.size() && hit < 0; ++i) {
          if (!credit_used[i] && report.credits[i].span.overlaps(at.value()) &&
              SameOutlet(U16(report.credits[i].outlet), outlet)) {
            hit = static_cast<int>(i);
          }
        }
        INFO("annotated credit: " << item["text"].get<std::string>());
        CHECK(hit >= 0);  // every credit found
        if (hit >= 0) {
          credit_used[hit] = true;
          ++credit_hits;
        }
      }
      for (size_t i = 0; i < report.credits.size(); ++i) {
        if (!credit_used[i]) {
          std::printf("  extra credit %s: %s (%s)\n", a.name.c_str(), report.credits[i].outlet.c_str(),
                      Slice(a, report.credits[i].span).c_str());
        }
      }
      std::printf("%s credits: %d annotated, %d found, recall %.3f, precision %.3f\n", a.name.c_str(),
                  static_cast<int>(credits.size()), static_cast<int>(report.credits.size()),
                  Ratio(credit_hits, static_cast<int>(credits.size())),
                  Ratio(credit_hits, static_cast<int>(report.credits.size())));
      for (const Span& f : NonCreditingFurniture(a)) {
        for (const CreditEntry& c : report.credits) {
          INFO("credit from furniture: " << Slice(a, c.span));
          CHECK_FALSE(c.span.overlaps(f));
        }
      }

      // ---- vague sources ----
      const auto& vague = a.annotation["vague_sources"];
      std::vector<Span> flagged;
      for (const Finding& f : report.findings) {
        if (f.kind == "vague-source") flagged.push_back(f.span);
      }
      int vague_hits = 0;
      std::vector<bool> vague_used(flagged.size(), false);
      for (const auto& item : vague) {
        const Result<Span> at = a.LocateItem(item);
        REQUIRE(at.ok());
        bool hit = false;
        for (size_t i = 0; i < flagged.size() && !hit; ++i) {
          if (!vague_used[i] && flagged[i].overlaps(at.value())) hit = vague_used[i] = true;
        }
        if (!hit) std::printf("  missed vague source %s: %s\n", a.name.c_str(), item["text"].get<std::string>().c_str());
        vague_hits += hit ? 1 : 0;
      }
      for (size_t i = 0; i < flagged.size(); ++i) {
        if (!vague_used[i]) std::printf("  extra vague source %s: %s\n", a.name.c_str(), Slice(a, flagged[i]).c_str());
      }
      std::printf("%s vague sources: %d annotated, %d flagged, recall %.3f, precision %.3f\n", a.name.c_str(),
                  static_cast<int>(vague.size()), static_cast<int>(flagged.size()),
                  Ratio(vague_hits, static_cast<int>(vague.size())),
                  Ratio(vague_hits, static_cast<int>(flagged.size())));
      CHECK(vague_hits == static_cast<int>(vague.size()));
    }
  }
  const double p = Ratio(all_matched, all_found), r = Ratio(all_matched, all_gold);
  const double accuracy = Ratio(all_speaker_ok, all_matched);
  std::printf("ALL quotes: %d annotated, %d found, F1 %.3f, speaker accuracy %.3f\n", all_gold, all_found,
              p + r > 0 ? 2 * p * r / (p + r) : 0.0, accuracy);
  CHECK(all_matched == all_gold);
  CHECK(accuracy >= kMinSpeakerAccuracy);
}
