#include <catch2/catch.hpp>

#include "base/unicode.h"
#include "segments/document.h"
#include "segments/icu_setup.h"
#include "segments/normalize.h"
#include "support/fixtures.h"

using namespace copydesk;
using testing::SegmentText;

namespace {

std::vector<std::string> Sentences(const std::string& utf8) {
  const Document d = SegmentText(utf8);
  std::vector<std::string> out;
  for (const Sentence& s : d.sentences) out.push_back(d.slice_utf8(s.span));
  return out;
}

}  // namespace

TEST_CASE("sentences keep honorifics, initials and abbreviations") {
  CHECK(Sentences("Sen. Smith agreed. Gov. Brown said no.") ==
        std::vector<std::string>{"Sen. Smith agreed.", "Gov. Brown said no."});
  CHECK(Sentences("John F. Kennedy was there. It rained.") ==
        std::vector<std::string>{"John F. Kennedy was there.", "It rained."});
  CHECK(Sentences("The U.S. Department of State said so. Dr. Who arrived.") ==
        std::vector<std::string>{"The U.S. Department of State said so.", "Dr. Who arrived."});
  CHECK(Sentences("He arrived in the U.S. The talks ended.") ==
        std::vector<std::string>{"He arrived in the U.S.", "The talks ended."});
  CHECK(Sentences("They met at 3 p.m. Tuesday in Beijing. It was late.") ==
        std::vector<std::string>{"They met at 3 p.m. Tuesday in Beijing.", "It was late."});
  CHECK(Sentences("Officials met in Jan. to talk.") == std::vector<std::string>{"Officials met in Jan. to talk."});
}

TEST_CASE("every title abbreviation keeps its name, in any case; other words with a dot end a sentence") {
  CHECK(Sentences("Sgt. Vance agreed. Rev. Cole prayed. DR. HALE left.") ==
        std::vector<std::string>{"Sgt. Vance agreed.", "Rev. Cole prayed.", "DR. HALE left."});
  CHECK(Sentences("The owner, Larkspur Holdings Plc. said it would rebuild. Shares of Larkspur Cos. rose.") ==
        std::vector<std::string>{"The owner, Larkspur Holdings Plc. said it would rebuild.",
                                 "Shares of Larkspur Cos. rose."});
  // A month or "No." before a number dates or counts it, whatever follows the number.
  CHECK(Sentences("However, on Apr. 26, Ada Brook said no. She was ranked No. 3 Tuesday.") ==
        std::vector<std::string>{"However, on Apr. 26, Ada Brook said no.", "She was ranked No. 3 Tuesday."});
  // Santo, Santa, Sainte before a place name.
  CHECK(Sentences("Ada Brook, 42, barangay captain of Sto. Rosa City, was shot. Sta. Mesa and Ste. Marie were calm.") ==
        std::vector<std::string>{"Ada Brook, 42, barangay captain of Sto. Rosa City, was shot.",
                                 "Sta. Mesa and Ste. Marie were calm."});
  // An engineer's title, as translations write it.
  CHECK(Sentences("The minister, Ing. Jan Vale, and Eng. Omar Lark attended. Dr. Lark spoke.") ==
        std::vector<std::string>{"The minister, Ing. Jan Vale, and Eng. Omar Lark attended.", "Dr. Lark spoke."});
  CHECK(Sentences("The vote went to the reds. Nobody came.") ==
        std::vector<std::string>{"The vote went to the reds.", "Nobody came."});
}

TEST_CASE("a closing quotation mark spaced off its sentence stays with it") {
  CHECK(Sentences("“We will act. We may lose. ”") == std::vector<std::string>{"“We will act.", "We may lose. ”"});
  // Before more words the mark may open the next sentence, typed wrong: ICU's break stands.
  CHECK(Sentences("“We will act. We may lose. ” Then they left.") ==
        std::vector<std::string>{"“We will act.", "We may lose.", "” Then they left."});
  CHECK(Sentences("“We will act.\" He left. “ Then they came.") ==
        std::vector<std::string>{"“We will act.\"", "He left.", "“ Then they came."});
}

TEST_CASE("company and name suffixes end a sentence only before a sentence opener") {
  CHECK(Sentences("Shares of Apple Inc. (AAPL) fell 2%. Others rose.") ==
        std::vector<std::string>{"Shares of Apple Inc. (AAPL) fell 2%.", "Others rose."});
  CHECK(Sentences("Apple Inc. Chief Executive Tim Cook spoke.") ==
        std::vector<std::string>{"Apple Inc. Chief Executive Tim Cook spoke."});
  CHECK(Sentences("It was Martin Luther King Jr. Day. Schools closed.") ==
        std::vector<std::string>{"It was Martin Luther King Jr. Day.", "Schools closed."});
  CHECK(Sentences("Apple Inc. (formerly Apple Computer) said no.") ==
        std::vector<std::string>{"Apple Inc. (formerly Apple Computer) said no."});
  CHECK(Sentences("She sold her shares in Apple Inc. The price fell.") ==
        std::vector<std::string>{"She sold her shares in Apple Inc.", "The price fell."});
  CHECK(Sentences("He joined Acme Corp. (The company declined to comment.) It grew.") ==
        std::vector<std::string>{"He joined Acme Corp.", "(The company declined to comment.)", "It grew."});
}

TEST_CASE("scripts written without spaces are tokens of one character, the same in both builds") {
  const auto tokens = [](const std::string& utf8) {
    const Document d = SegmentText(utf8);
    std::vector<std::string> out;
    for (const Token& t : d.tokens) out.push_back(d.slice_utf8(t.span));
    return out;
  };
  // Natively ICU's dictionary finds 国务院 and 会议; without it (wasm) the run is one token.
  CHECK(tokens("国务院召开会议。") == std::vector<std::string>{"国", "务", "院", "召", "开", "会", "议"});
  CHECK(tokens("首相は「暮らしを守る」と述べた。") ==
        std::vector<std::string>{"首", "相", "は", "暮", "ら", "し", "を", "守", "る", "と", "述", "べ", "た"});
  // A Thai tone mark (a combining mark) stays with its consonant: ม่; the vowel า is a letter.
  CHECK(tokens("ภาษาไม่") == std::vector<std::string>{"ภ", "า", "ษ", "า", "ไ", "ม่"});
  // Outside the BMP: one character, two UTF-16 units.
  CHECK(tokens("𠀋𠀋") == std::vector<std::string>{"𠀋", "𠀋"});
  // Other scripts keep their words.
  CHECK(tokens("Привет, Wrocław 2024 Σωκράτης") == std::vector<std::string>{"Привет", "Wrocław", "2024", "Σωκράτης"});
}

TEST_CASE("a numbered list marker ends no sentence") {
  CHECK(Sentences("Top five: 1. Norway; 2. Denmark; 3. Sweden.") ==
        std::vector<std::string>{"Top five: 1. Norway; 2. Denmark; 3. Sweden."});
  CHECK(Sentences("1. The first point is that prices rose.\n12. The last is that wages did not.") ==
        std::vector<std::string>{"1. The first point is that prices rose.", "12. The last is that wages did not."});
  // A number ending a sentence is no marker.
  CHECK(Sentences("The vote was 5-4. Democrats objected.") ==
        std::vector<std::string>{"The vote was 5-4.", "Democrats objected."});
  CHECK(Sentences("They finished in Group 3. The others went home.") ==
        std::vector<std::string>{"They finished in Group 3.", "The others went home."});
  CHECK(Sentences("The count stood at 1955. Officials said so.") ==
        std::vector<std::string>{"The count stood at 1955.", "Officials said so."});
  CHECK(Sentences("He won in 2:03:23. Kipchoge was second.") ==
        std::vector<std::string>{"He won in 2:03:23.", "Kipchoge was second."});
}

TEST_CASE("a decimal before a full stop ends the sentence, unlike a dotted abbreviation") {
  CHECK(Sentences("Shares closed at N96.37. Larkton Cement rose 2.5. Analysts were pleased. He left the U.S. Army.") ==
        std::vector<std::string>{"Shares closed at N96.37.", "Larkton Cement rose 2.5.", "Analysts were pleased.",
                                 "He left the U.S. Army."});
}

TEST_CASE("a title followed by a pronoun stays one sentence (the garble detector flags it)") {
  CHECK(Sentences("Referring to the countries, Mr. We will find a way.") ==
        std::vector<std::string>{"Referring to the countries, Mr. We will find a way."});
}

TEST_CASE("an attribution cut off after a closing quotation rejoins it") {
  CHECK(Sentences("“We expect them to act. If they don’t act, we will act.” Blinken said.") ==
        std::vector<std::string>{"“We expect them to act.", "If they don’t act, we will act.” Blinken said."});
  // An attribution after a sentence that already had one stays on its own.
  CHECK(Sentences("“It matters,” Blinken said. He said.") ==
        std::vector<std::string>{"“It matters,” Blinken said.", "He said."});
  // A quoted question or exclamation, then a lowercase word: the tag goes on,
  // whatever its verb. After a full stop, or before a capital, it does not.
  CHECK(Sentences("“Could we sort it out first??” the singer tweeted today. Fans agreed.") ==
        std::vector<std::string>{"“Could we sort it out first??” the singer tweeted today.", "Fans agreed."});
  CHECK(Sentences("“Enough!” shouted a man at the back. It went quiet.") ==
        std::vector<std::string>{"“Enough!” shouted a man at the back.", "It went quiet."});
  CHECK(Sentences("“Why now?” The minister did not answer.") ==
        std::vector<std::string>{"“Why now?”", "The minister did not answer."});
}

TEST_CASE("paragraphs are lines; blank lines and surrounding spaces are dropped") {
  const Document d = SegmentText("First one.\r\n\r\n  Second one.  \rThird.");
  REQUIRE(d.paragraphs.size() == 3);
  CHECK(d.slice_utf8(d.paragraphs[1].span) == "Second one.");
  CHECK(d.text().find(u'\r') == std::u16string::npos);
}

TEST_CASE("offsets are UTF-16 code units") {
  // U+1F600 is two UTF-16 units; é is one.
  const Document d = SegmentText("😀 café. Next one.");
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.sentences[0].span.start == 0);
  CHECK(d.sentences[0].span.end == 8);
  CHECK(d.sentences[1].span.start == 9);
  REQUIRE(d.tokens.size() >= 2);
  CHECK(d.slice_utf8(d.tokens[0].span) == "café");
  CHECK(d.tokens[0].span.start == 3);
}

TEST_CASE("tokens carry a matching form: NFKC, case folded, typography folded") {
  CHECK(NormalizeForMatch(u"Don’t") == "don't");
  CHECK(NormalizeForMatch(u"ＣＡＦÉ") == "café");
  CHECK(NormalizeForMatch(u"Straße") == "strasse");
  CHECK(NormalizeForMatch(u"ﬁnal") == "final");
  CHECK(NormalizeForMatch(u"co\u00ADop") == "coop");  // soft hyphen is ignorable
  const Document d = SegmentText("The “U.S.” and the US — 2,000 people.");
  std::vector<std::string> norms;
  for (const Token& t : d.tokens) norms.push_back(t.norm);
  CHECK(norms == std::vector<std::string>{"the", "u.s", "and", "the", "us", "2,000", "people"});
  CHECK(d.tokens[5].kind == TokenKind::kNumber);
}

TEST_CASE("invalid UTF-8 is reported with its byte offset") {
  const auto r = DecodeUtf8("ok\xC3\x28");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == "invalid UTF-8 at byte offset 2");
  CHECK_FALSE(DecodeUtf8("\xED\xA0\x80").ok());  // an encoded surrogate is not UTF-8
  CHECK(ToUtf8(std::u16string(1, u'\xD800')) == "\xEF\xBF\xBD");
}
