// unattributed-quote: quotes without a speaker are flagged, attributed quotes
// and short scare quotes are not.
#include "detectors/attribution_harness.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {
const std::string kLead = "The talks ended on Friday.\n";
std::vector<FindingView> Flags(const std::string& text) {
  return FindingsOf(kLead + text, {"quotes", "unattributed-quote"}, "unattributed-quote");
}
}  // namespace

TEST_CASE("unattributed-quote: a whole-sentence quote with no speaker") {
  const auto f = Flags("“We will take further action if this does not stop.”");
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "“We will take further action if this does not stop.”");
  CHECK(f[0].severity == "warning");
  CHECK(f[0].message.find("attributed") != std::string::npos);
  CHECK(Flags("“We will take further action if this does not stop,” Blinken said.").empty());
}

TEST_CASE("unattributed-quote: partial quotes of three words or more, not scare quotes") {
  CHECK(Flags("The deal was described as “a very bad idea” in the press.").size() == 1);
  CHECK(Flags("The so-called “experts” met in the press room.").empty());
}

TEST_CASE("unattributed-quote: a quote attributed in the next sentence is not flagged") {
  CHECK(Flags("Antony Blinken spoke.\n“We made progress.” He said.").empty());
  CHECK(Flags("Antony Blinken spoke.\n“We made progress.” Markets rose on the news from Beijing today.").size() == 1);
}

TEST_CASE("unattributed-quote: a title of a work in title case is not speech") {
  CHECK(Flags("The band played “Ring of Fire” and then “I Don’t Live Here Anymore,” the title track.").empty());
  CHECK(Flags("The report, “Hospitals On The Edge,” was published on Monday.").empty());
  // Lowercase joiners between the capitals, commas too (the same test as the garble detector's, text/title_case.h).
  CHECK(Flags("His best-known film was “The Quick, the Brave, and the Lost,” in which he played a thief.").empty());
  // Speech that happens to open with capitals is still speech.
  CHECK(Flags("The deal was described as “A very bad idea for everyone” in the press.").size() == 1);
}
