// vague-source: one flagged phrase and one clean near miss per kind.
#include "detectors/attribution_harness.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {
const std::string kLead = "The talks ended on Friday.\n";

std::vector<std::string> Flagged(const std::string& text) {
  std::vector<std::string> out;
  for (const FindingView& f : FindingsOf(kLead + text, {"quotes", "vague-source"}, "vague-source")) {
    out.push_back(f.text);
  }
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("vague-source: a source said") {
  CHECK(Flagged("A source close to the talks said China would agree.") == V{"A source close to the talks"});
  CHECK(Flagged("The source of the leak was found on Monday.").empty());
}

TEST_CASE("vague-source: experts say") {
  CHECK(Flagged("Experts say the sanctions will not work.") == V{"Experts say"});
  CHECK(Flagged("Experts from the IMF met on Monday.").empty());
}

TEST_CASE("vague-source: it is believed") {
  CHECK(Flagged("It is believed that the deal is near.") == V{"It is believed"});
  CHECK(Flagged("It is a deal that both sides can accept.").empty());
}

TEST_CASE("vague-source: critics argue") {
  CHECK(Flagged("Critics argue that the plan is too slow.") == V{"Critics argue"});
  CHECK(Flagged("The critics’ arguments were published on Monday.").empty());
}

TEST_CASE("vague-source: officials said, with no further identification") {
  CHECK(Flagged("Previously, U.S. officials said the talks had to end first.") == V{"U.S. officials"});
  // Officials who are not the source of a claim are not vague sourcing.
  CHECK(Flagged("U.S. officials had previously expected the opposite order.").empty());
  // Named officials are identified.
  CHECK(Flagged("Officials including Antony Blinken met in Beijing.").empty());
}

TEST_CASE("vague-source: an unnamed official") {
  const auto f = FindingsOf(kLead + "A US official told Bloomberg that China supplies parts.",
                            {"quotes", "vague-source"}, "vague-source");
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "A US official");
  CHECK(f[0].severity == "warning");
  CHECK(f[0].message.find("Press standards") != std::string::npos);
  CHECK(Flagged("A US official named John Smith told Bloomberg that China supplies parts.").empty());
}

TEST_CASE("vague-source: anonymity explained lowers the severity") {
  const auto f = FindingsOf(kLead + "A US official told Bloomberg that China supplies parts. The officials, who "
                                    "briefed reporters on the condition of anonymity, said more.",
                            {"quotes", "vague-source"}, "vague-source");
  REQUIRE(!f.empty());
  CHECK(f[0].severity == "info");
}

TEST_CASE("vague-source: reportedly") {
  CHECK(Flagged("Xi reportedly pledged that China would refrain.") == V{"reportedly"});
  CHECK(Flagged("Xi pledged on the record that China would refrain.").empty());
}

TEST_CASE("vague-source: one finding per phrase, none inside a quotation") {
  // "sources familiar with the matter said" matches two patterns: one finding.
  CHECK(Flagged("Sources familiar with the matter said the deal was close.").size() == 1);
  CHECK(Flagged("“Some say we are weak, but we are not,” Blinken said.").empty());
}

TEST_CASE("vague-source: according to an unnamed report or a whole government") {
  CHECK(Flagged("Blinken was concerned, according to the report.") == V{"according to the report"});
  CHECK(Flagged("According to US, Chinese support is enabling Russia.") == V{"According to US"});
  // A named body or an outlet is a source.
  CHECK(Flagged("According to US Treasury data, exports rose.").empty());
  CHECK(Flagged("Blinken was concerned, according to CNN.").empty());
}

TEST_CASE("vague-source: a definite reference back to an unnamed source is info, once introduced") {
  const auto f = FindingsOf(kLead + "A US official told Bloomberg that China supplies parts. "
                                    "The US official added that Beijing denies it.",
                            {"quotes", "vague-source"}, "vague-source");
  REQUIRE(f.size() == 2);
  CHECK(f[1].text == "The US official");
  CHECK(f[1].severity == "info");
  // Without an unnamed source before it, or as an adjective, it is not flagged.
  CHECK(Flagged("The official added that Beijing denies it.").empty());
  CHECK(Flagged("A source said so. Despite the official position, the claims stand.") == V{"A source"});
}

TEST_CASE("vague-source: a person familiar with the talks") {
  CHECK(Flagged("According to a person familiar with the talks, a deal is near.") ==
        V{"a person familiar with the talks"});
  CHECK(Flagged("A person who attended the talks in Geneva left early.").empty());
}

TEST_CASE("vague-source: according to the report, unless the report is named") {
  CHECK(Flagged("Hospitals are full, according to the report, and staff are tired.") == V{"according to the report"});
  CHECK(Flagged("Hospitals are full, according to the report Hospitals On The Edge, published on Monday.").empty());
  CHECK(Flagged("Hospitals are full, according to the report by the Royal College of Nursing.").empty());
  CHECK(Flagged("Hospitals are full, according to the report “Care in Crisis”.").empty());
}
