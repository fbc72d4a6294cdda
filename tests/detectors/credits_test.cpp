// credits: one crediting construction per case, with a near miss that must not
// credit anything; plus the outlet lexicon's canonical names.
#include "detectors/attribution/outlets.h"
#include "detectors/attribution_harness.h"
#include "detectors/credits.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {
using C = std::vector<CreditView>;
// A prose first line keeps the text under test from being taken for a headline.
const std::string kLead = "The talks ended on Friday.\n";
}  // namespace

TEST_CASE("credit: told CNN") {
  CHECK(CreditsOf(kLead + "“We will act,” Blinken told CNN.") == C{{"CNN", "told CNN"}});
  CHECK(CreditsOf(kLead + "“We will act,” Blinken told reporters.").empty());
}

TEST_CASE("credit: a US official told Bloomberg") {
  CHECK(CreditsOf(kLead + "A US official told Bloomberg that China supplies parts.") ==
        C{{"Bloomberg", "told Bloomberg"}});
  CHECK(CreditsOf(kLead + "A US official told Blinken that China supplies parts.").empty());
}

TEST_CASE("credit: CNN reported") {
  CHECK(CreditsOf(kLead + "CNN reported that Xi made a promise.") == C{{"CNN", "CNN reported"}});
  CHECK(CreditsOf(kLead + "Blinken reported that Xi made a promise.").empty());
}

TEST_CASE("credit: reported CNN (inverted)") {
  CHECK(CreditsOf(kLead + "Blinken raised concerns about Beijing, reported CNN.") == C{{"CNN", "reported CNN"}});
  CHECK(CreditsOf(kLead + "Blinken raised concerns about Beijing, reported Xi.").empty());
}

TEST_CASE("credit: as per CNN") {
  CHECK(CreditsOf(kLead + "China is trying to influence the vote, as per CNN.") == C{{"CNN", "as per CNN"}});
  CHECK(CreditsOf(kLead + "China is trying to influence the vote, as per the agreement.").empty());
}

TEST_CASE("credit: according to Bloomberg, not according to a person") {
  CHECK(CreditsOf(kLead + "According to Bloomberg, the parts came from China.") ==
        C{{"Bloomberg", "According to Bloomberg"}});
  CHECK(CreditsOf(kLead + "According to Blinken, the parts came from China.").empty());
}

TEST_CASE("credit: (With inputs from ANI), several agencies") {
  CHECK(CreditsOf(kLead + "(With inputs from ANI)") == C{{"ANI", "(With inputs from ANI)"}});
  CHECK(CreditsOf(kLead + "(With inputs from PTI and ANI)") ==
        C{{"ANI", "(With inputs from PTI and ANI)"}, {"PTI", "(With inputs from PTI and ANI)"}});
  CHECK(CreditsOf(kLead + "Officials said the inputs from ministries were late.").empty());
}

TEST_CASE("credit: CNN's reporter contributed reporting") {
  CHECK(CreditsOf(kLead + "CNN’s Jennifer Hansler contributed reporting.") ==
        C{{"CNN", "CNN’s Jennifer Hansler contributed reporting"}});
  // A reporter alone is not an outlet.
  CHECK(CreditsOf(kLead + "Jennifer Hansler contributed reporting.").empty());
}

TEST_CASE("credit: Source: line") {
  CHECK(CreditsOf(kLead + "Source: Reuters") == C{{"Reuters", "Source: Reuters"}});
  CHECK(CreditsOf(kLead + "The source: a leaked memo.").empty());
}

TEST_CASE("credit: interviews with an outlet") {
  CHECK(CreditsOf(kLead + "Blinken said in an interview with CNN on Friday that he was concerned.") ==
        C{{"CNN", "in an interview with CNN"}});
  CHECK(CreditsOf(kLead + "Blinken said in an interview with Xi on Friday that he was concerned.").empty());
}

TEST_CASE("credit: an interview with the outlet's reporter") {
  // The outlet appears only in the possessive: the sentence gate must still see it.
  CHECK(CreditsOf(kLead + "Blinken spoke during an interview with CNN’s Kylie Atwood after the trip.") ==
        C{{"CNN", "during an interview with CNN"}});
  CHECK(CreditsOf(kLead + "Blinken spoke during an interview with Xi’s aide after the trip.").empty());
}

TEST_CASE("credit: outlets the lexicon lacks, by their media words") {
  CHECK(CreditsOf(kLead + "The minister told the Kathmandu Post that talks would resume.") ==
        C{{"Kathmandu Post", "told the Kathmandu Post"}});
  CHECK(CreditsOf(kLead + "The minister told the Kathmandu Mayor that talks would resume.").empty());
  // A radio station by its band.
  CHECK(CreditsOf(kLead + "The minister told Larkton FM that talks would resume.") ==
        C{{"Larkton FM", "told Larkton FM"}});
  CHECK(CreditsOf(kLead + "The minister told Larkton Mayor Ada Brook that talks would resume.").empty());
}

TEST_CASE("credit: agencies and broadcasters of the UK, Ireland and France") {
  CHECK(CreditsOf(kLead + "The plan was approved, according to the Local Democracy Reporting Service.") ==
        C{{"Local Democracy Reporting Service", "according to the Local Democracy Reporting Service"}});
  CHECK(CreditsOf(kLead + "“We will act,” Ada Brook told RTÉ.") == C{{"RTE", "told RTÉ"}});
  CHECK(CreditsOf(kLead + "“We will act,” Ada Brook told RTE.") == C{{"RTE", "told RTE"}});
  CHECK(CreditsOf(kLead + "“We will act,” he added, quoted by Franceinfo.") ==
        C{{"Franceinfo", "quoted by Franceinfo"}});
  // The abbreviation in brackets after the name is the same credit.
  CHECK(CreditsOf(kLead + "The plan was approved, according to the Local Democracy Reporting Service (LDRS).") ==
        C{{"Local Democracy Reporting Service", "according to the Local Democracy Reporting Service"}});
  CHECK(CreditsOf(kLead + "The plan was approved, according to the Local Democracy Committee.").empty());
}

TEST_CASE("credit: headline 'CNN: ...' counts, a speaker's headline does not") {
  CHECK(CreditsOf("CNN: Blinken urges China to cease support\nThe talks ended on Friday.") ==
        C{{"CNN", "CNN:"}});
  CHECK(CreditsOf("Blinken: China must cease its support now\nThe talks ended on Friday.").empty());
}

TEST_CASE("credit: page furniture credits nothing") {
  const std::string text = kLead + "Read also:\n- Reuters: China demands Ukraine remove 14 firms from a list\n"
                                   "- Bloomberg: EU to consider sanctions on three Chinese firms\n";
  CHECK(CreditsOf(text).empty());
  CHECK(CreditsOf(kLead + "02:13 – Source: CNN\nThe talks went on.").empty());
}

TEST_CASE("outlet names canonicalise in one place") {
  CHECK(CanonicalOutlet(u"the Associated Press") == "AP");
  CHECK(CanonicalOutlet(u"AP") == "AP");
  CHECK(CanonicalOutlet(u"CNN’s") == "CNN");
  CHECK(CanonicalOutlet(u"www.reuters.com") == "Reuters");
  CHECK(CanonicalOutlet(u"edition.cnn.com") == "CNN");
  CHECK(OutletForSite("https://apnews.com/article/x") == "AP");
  CHECK_FALSE(OutletForSite("notcnn.com").has_value());
  CHECK(CanonicalOutlet(u"The Washington Post") == "The Washington Post");
  CHECK(CanonicalOutlet(u"WaPo") == "The Washington Post");
  CHECK(CanonicalOutlet(u"new york times") == "The New York Times");
  // Acronyms keep their capitals; unknown names are unknown.
  CHECK_FALSE(CanonicalOutlet(u"ani").has_value());
  CHECK_FALSE(CanonicalOutlet(u"Blinken").has_value());
  CHECK(SameOutlet(u"Agence France-Presse", u"AFP"));
  CHECK_FALSE(SameOutlet(u"CNN", u"CNBC"));
  CHECK(LooksLikeOutletName(u"Kathmandu Post"));
  CHECK_FALSE(LooksLikeOutletName(u"Kathmandu"));
  for (const OutletInfo& o : OutletLexicon()) {
    INFO(o.canonical);
    CHECK(CanonicalOutlet(std::u16string(o.canonical.begin(), o.canonical.end())) == o.canonical);
  }
}

TEST_CASE("CreditsOutlet answers the reuse detector's credited check") {
  const std::vector<CreditEntry> credits = {{"CNN", {0, 3}}, {"ANI", {10, 20}}};
  CHECK(CreditsOutlet(credits, "cnn.com"));
  CHECK(CreditsOutlet(credits, "edition.cnn.com"));
  CHECK(CreditsOutlet(credits, "Asian News International"));
  CHECK_FALSE(CreditsOutlet(credits, "Reuters"));
}
