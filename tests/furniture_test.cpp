// Page furniture: each kind recognised, and the article text around it left alone.
#include <catch2/catch.hpp>

#include "base/unicode.h"
#include "segments/document.h"
#include "support/fixtures.h"

using namespace copydesk;

namespace {

struct Line {
  std::string text;
  std::string kind;  // "" = body
};

std::vector<Line> Classify(const std::string& utf8) {
  const Document d = testing::SegmentText(utf8, "");
  std::vector<Line> out;
  for (const Paragraph& p : d.paragraphs) out.push_back({d.slice_utf8(p.span), p.kind});
  return out;
}

std::string KindOf(const std::vector<Line>& lines, const std::string& text) {
  for (const Line& l : lines) {
    if (l.text == text) return l.kind.empty() ? "body" : l.kind;
  }
  return "(missing)";
}

const char* kBody = "The minister said the talks would resume on Monday. Officials expect progress.";

}  // namespace

TEST_CASE("teasers: 'Also read:' lines and the list under 'Read also:'") {
  const auto lines = Classify(std::string(kBody) + "\nAlso read: Xi sends message to Blinken\nRead also:\n"
                              "- China provides support to Russia, US says\n- Reuters: China demands action\n");
  CHECK(KindOf(lines, "Also read: Xi sends message to Blinken") == "read-also");
  CHECK(KindOf(lines, "Read also:") == "read-also");
  CHECK(KindOf(lines, "- China provides support to Russia, US says") == "teaser-list");
  CHECK(KindOf(lines, "- Reuters: China demands action") == "teaser-list");
  CHECK(KindOf(lines, kBody) == "body");
}

TEST_CASE("a list inside the article is not furniture") {
  const auto lines = Classify(std::string(kBody) + "\nThe demands were:\n- a ceasefire within a week;\n"
                              "- the release of hostages.\n");
  CHECK(KindOf(lines, "- a ceasefire within a week;") == "body");
  CHECK(KindOf(lines, "- the release of hostages.") == "body");
}

TEST_CASE("share buttons, mobile-version links, pitches, tickers") {
  const auto lines = Classify("Weather     Live Markets\n" + std::string(kBody) +
                              "\nShare.\nExit mobile version\nUnlock a world of benefits! From newsletters to "
                              "news, it's all here. Log in here!\nSign up for our newsletter\n");
  CHECK(KindOf(lines, "Weather     Live Markets") == "ticker");
  CHECK(KindOf(lines, "Share.") == "share");
  CHECK(KindOf(lines, "Exit mobile version") == "mobile-version");
  CHECK(KindOf(lines, "Unlock a world of benefits! From newsletters to news, it's all here. Log in here!") == "pitch");
  CHECK(KindOf(lines, "Sign up for our newsletter") == "pitch");
}

TEST_CASE("prose that mentions sharing or subscribing stays body") {
  const auto lines = Classify("He said he would share the report with Congress.\n"
                              "Readers who subscribe to the paper pay more. That is the plan.\n");
  CHECK(KindOf(lines, "He said he would share the report with Congress.") == "body");
  CHECK(KindOf(lines, "Readers who subscribe to the paper pay more. That is the plan.") == "body");
}

TEST_CASE("video caption and the video title after it") {
  const auto lines = Classify(std::string(kBody) + "\n02:13 – Source: CNN\nReporter asks Blinken about protests\n" +
                              "It was the second visit in a year.\n");
  CHECK(KindOf(lines, "02:13 – Source: CNN") == "video-caption");
  CHECK(KindOf(lines, "Reporter asks Blinken about protests") == "video-title");
  CHECK(KindOf(lines, "It was the second visit in a year.") == "body");
}

TEST_CASE("datelines: stacked lines before the body and inline ones") {
  const auto stacked = Classify(std::string("Beijing\nCNN\n—\n") + kBody);
  CHECK(KindOf(stacked, "Beijing") == "dateline");
  CHECK(KindOf(stacked, "CNN") == "dateline");
  CHECK(KindOf(stacked, "—") == "dateline");
  CHECK(KindOf(stacked, kBody) == "body");

  const auto inline_dateline = Classify("BEIJING (Reuters) — The minister said the talks would resume.");
  CHECK(KindOf(inline_dateline, "BEIJING (Reuters)") == "dateline");
  CHECK(KindOf(inline_dateline, "The minister said the talks would resume.") == "body");

  const auto not_dateline = Classify("Meanwhile — and this matters — the talks resumed.");
  CHECK(KindOf(not_dateline, "Meanwhile — and this matters — the talks resumed.") == "body");
}

TEST_CASE("headline first; unpunctuated lines amid the body; trailing truncated teasers") {
  const auto lines = Classify("CNN: Blinken urges China to cease support\n" + std::string(kBody) +
                              "\nUS officials: Beijing provides Moscow with components\n" + kBody +
                              " Again.\nThe fifth edition of the exercise concluded its…\n"
                              "The 22nd meeting of the working group on…\n");
  CHECK(KindOf(lines, "CNN: Blinken urges China to cease support") == "headline");
  CHECK(KindOf(lines, "US officials: Beijing provides Moscow with components") == "inline-headline");
  CHECK(KindOf(lines, "The fifth edition of the exercise concluded its…") == "teaser-list");
  CHECK(KindOf(lines, "The 22nd meeting of the working group on…") == "teaser-list");
}

TEST_CASE("an unpunctuated line cut off mid-phrase or starting lowercase is a damaged sentence, not a headline") {
  const auto lines = Classify(std::string("Blinken Ends China Visit\n") + kBody +
                              "\nHe said that\nAnd then the talks moved on to the\ncontinue to press the issue\n"
                              "China Warns US Over Chips\n" + kBody + "\n");
  CHECK(KindOf(lines, "He said that") == "body");
  CHECK(KindOf(lines, "And then the talks moved on to the") == "body");
  CHECK(KindOf(lines, "continue to press the issue") == "body");
  CHECK(KindOf(lines, "China Warns US Over Chips") == "inline-headline");
}

TEST_CASE("a text of unpunctuated lines only is its own body, not a headline") {
  CHECK(KindOf(Classify("Blinken warns China over support for Russia's war\n"),
               "Blinken warns China over support for Russia's war") == "body");
  const auto lines = Classify("Protesters gathered outside the embassy on Friday\nPolice said nobody was hurt\n");
  // The first line still heads what follows; the rest, without prose around it, is body.
  CHECK(KindOf(lines, "Protesters gathered outside the embassy on Friday") == "headline");
  CHECK(KindOf(lines, "Police said nobody was hurt") == "body");
}

TEST_CASE("a parenthesised sign-off is the article's credit line, not a headline or a sentence") {
  const auto lines = Classify(std::string(kBody) + "\n(With inputs from ANI)\n(Reporting by Jane Doe; Editing by John Roe)\n");
  CHECK(KindOf(lines, "(With inputs from ANI)") == "sign-off");
  CHECK(KindOf(lines, "(Reporting by Jane Doe; Editing by John Roe)") == "sign-off");
  // A parenthesis inside prose leaves the paragraph alone.
  const auto prose = Classify("(The talks resumed on Monday.) Officials expect progress.\n");
  CHECK(KindOf(prose, "(The talks resumed on Monday.) Officials expect progress.") == "body");
}

TEST_CASE("a paragraph ending in a closing single quotation mark is prose") {
  const std::string british = "'We have made our position very clear,' Jaishankar told reporters. "
                              "'There is no room for ambiguity.'";
  const auto lines = Classify(std::string(kBody) + "\n" + british + "\n‘It is over,’ she said. ‘We are done.’\n");
  CHECK(KindOf(lines, british) == "body");
  CHECK(KindOf(lines, "‘It is over,’ she said. ‘We are done.’") == "body");
}

TEST_CASE("a picture's caption ends with its credit in brackets") {
  const auto lines = Classify(std::string(kBody) +
                              "\nRoe, 68, speaks during a news conference in Houston on Tuesday. (AP Photo/John Smith)\n"
                              "FILE - A man walks through a flooded street on April 12, 2023. (AP Photo/Ada Brook, File)\n"
                              "Protesters gather outside the parliament in London. (Getty Images)\n"
                              "He shared a selfie on Instagram (pictured) after the match.\n"
                              "The agency released an image of the crater (below).\n");
  CHECK(KindOf(lines, "Roe, 68, speaks during a news conference in Houston on Tuesday. (AP Photo/John Smith)") ==
        "photo-caption");
  CHECK(KindOf(lines, "FILE - A man walks through a flooded street on April 12, 2023. (AP Photo/Ada Brook, File)") ==
        "photo-caption");
  CHECK(KindOf(lines, "Protesters gather outside the parliament in London. (Getty Images)") == "photo-caption");
  CHECK(KindOf(lines, "He shared a selfie on Instagram (pictured) after the match.") == "body");
  CHECK(KindOf(lines, "The agency released an image of the crater (below).") == "body");
}
