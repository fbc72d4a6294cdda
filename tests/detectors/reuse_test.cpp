// The reuse detector: a flagged and a clean case per finding, and the seed
// family held to family.json (expected relations, altered quotes).
#include <catch2/catch.hpp>
#include <map>

#include "base/unicode.h"
#include "pipeline/analyze.h"
#include "segments/icu_setup.h"
#include "support/contract.h"
#include "support/fixtures.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {

Article Make(const std::string& id, const std::string& utf8) { return testing::ArticleOf(id, utf8); }

const Analyzer& TheAnalyzer() {
  static const std::unique_ptr<Analyzer> a = [] {
    auto r = Analyzer::Create({});
    REQUIRE(r.ok());
    return std::move(r.value());
  }();
  return *a;
}

std::vector<const Finding*> Findings(const Report& r, const std::string& kind) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings) {
    if (f.kind == kind) out.push_back(&f);
  }
  return out;
}

const char* kWire =
    "The finance ministry announced on Tuesday that it would cut fuel subsidies by a third next year, citing "
    "pressure on the national budget.\n"
    "Farmers' unions immediately called for protests in the capital against the decision.\n"
    "Economists said the move could push inflation above eight percent by the spring, hurting poorer households.\n"
    "“We cannot keep paying for fuel we do not produce,” finance minister Ana Ruiz told reporters.\n";

const char* kCopy =
    "The finance ministry announced on Tuesday that it would cut fuel subsidies by a third next year, citing "
    "pressure on the national budget.\n"
    "Farmers' unions immediately called for protests in the capital against the decision.\n"
    "Economists said the move could push inflation above eight percent by the spring, hurting poorer households.\n"
    "“We cannot keep paying for fuel we do not produce,” finance minister Ana Ruiz told reporters.\n";

// Lower-case words only: quotes compare across punctuation and curly marks.
std::string NormalizeQuote(const std::string& s) {
  std::string out;
  bool space = false;
  for (unsigned char c : s) {
    if (std::isalnum(c)) {
      if (space && !out.empty()) out.push_back(' ');
      out.push_back(static_cast<char>(std::tolower(c)));
      space = false;
    } else if (c < 0x80) {
      space = true;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a wholly copied article without credit: syndicated-copy and uncredited-reuse naming the source") {
  Corpus corpus;
  Article wire = Make("wire.json", kWire);
  wire.site = "reuters.com";
  wire.title = "Ministry cuts fuel subsidies";
  corpus.Add(wire);
  // The same text under another outlet, never naming Reuters.
  const Report r = TheAnalyzer().Analyze(Make("copy.txt", std::string("Daily Courier\n") + kCopy), &corpus);
  REQUIRE(r.reuse.size() == 1);
  CHECK(r.reuse[0].source.id == "wire.json");
  CHECK(r.reuse[0].verdict == "wholly");
  CHECK_FALSE(r.reuse[0].credited);
  CHECK(r.reuse[0].coverage > 0.9);
  for (const PassageEntry& p : r.reuse[0].passages) CHECK(p.kind == "verbatim");
  const auto copies = Findings(r, "syndicated-copy");
  REQUIRE(copies.size() == 1);
  CHECK(copies[0]->message.find("Ministry cuts fuel subsidies") != std::string::npos);
  const auto uncredited = Findings(r, "uncredited-reuse");
  REQUIRE(uncredited.size() == 1);
  CHECK(uncredited[0]->message.find("Reuters") != std::string::npos);
  const auto& ev = uncredited[0]->evidence["passages"][0];
  CHECK(ev["source_text"].get<std::string>().find("finance ministry") != std::string::npos);
}

TEST_CASE("the same copy crediting the source outlet is a credited copy, not uncredited reuse") {
  Corpus corpus;
  Article wire = Make("wire.json", kWire);
  wire.site = "reuters.com";
  corpus.Add(wire);
  const Report r = TheAnalyzer().Analyze(Make("copy.txt", std::string(kCopy) + "(Reporting by Reuters)\n"), &corpus);
  REQUIRE(r.reuse.size() == 1);
  CHECK(r.reuse[0].credited);
  CHECK(Findings(r, "uncredited-reuse").empty());
  REQUIRE(Findings(r, "syndicated-copy").size() == 1);
  CHECK(Findings(r, "syndicated-copy")[0]->severity == "info");
}

TEST_CASE("while report.credits is empty, an outlet named in the text credits it; a site URL names the source") {
  Corpus corpus;
  Article wire = Make("wire.json", kWire);
  wire.site = "https://www.reuters.com/world/";
  corpus.Add(wire);
  const Report r = TheAnalyzer().Analyze(Make("c.txt", std::string(kCopy) + "Reuters contributed to this report.\n"), &corpus);
  REQUIRE(r.reuse.size() == 1);
  CHECK(r.reuse[0].credited);
}

TEST_CASE("an independent report sharing only the quote is not a copy") {
  Corpus corpus;
  corpus.Add(Make("wire.json", kWire));
  const Report r = TheAnalyzer().Analyze(
      Make("own.txt",
           "Ana Ruiz faced angry lawmakers on Wednesday as the opposition demanded her resignation.\n"
           "“We cannot keep paying for fuel we do not produce,” finance minister Ana Ruiz told reporters.\n"
           "Her party holds a narrow majority and is expected to survive a confidence vote next month.\n"),
      &corpus);
  for (const ReuseEntry& e : r.reuse) CHECK(e.verdict == "none");
  CHECK(Findings(r, "syndicated-copy").empty());
  CHECK(Findings(r, "uncredited-reuse").empty());
}

TEST_CASE("altered-quote: a quote whose words differ from another version, with a word diff; none when equal") {
  Corpus corpus;
  corpus.Add(Make("wire.json", kWire));
  const Report altered = TheAnalyzer().Analyze(
      Make("alt.txt",
           "The finance ministry will cut fuel subsidies by a third next year, it said on Tuesday.\n"
           "“We cannot keep paying for fuel we did not buy,” finance minister Ana Ruiz told reporters.\n"),
      &corpus);
  const auto found = Findings(altered, "altered-quote");
  REQUIRE(found.size() == 1);
  const auto& v = found[0]->evidence["versions"][0];
  CHECK(v["source"]["id"] == "wire.json");
  CHECK(v["other_words"].get<std::string>().find("do not produce") != std::string::npos);
  CHECK(v["this_words"].get<std::string>().find("did not buy") != std::string::npos);
  bool has_change = false;
  for (const auto& op : v["diff"]) has_change = has_change || op["op"] == "this";
  CHECK(has_change);

  const Report same = TheAnalyzer().Analyze(
      Make("same.txt",
           "The finance ministry will cut fuel subsidies by a third next year, it said on Tuesday.\n"
           "“We cannot keep paying for fuel we do not produce,” finance minister Ana Ruiz told reporters.\n"),
      &corpus);
  CHECK(Findings(same, "altered-quote").empty());
}

TEST_CASE("seed family: the expected relations, credit, and the altered quotes of family.json") {
  REQUIRE(InitIcu().ok());
  for (const FixtureFamily& fam : LoadFixtureFamilies()) {
    INFO("family " << fam.name);
    Corpus corpus;
    for (const FixtureArticle& a : fam.articles) corpus.Add(a.article);
    std::map<std::string, Report> reports;
    for (const FixtureArticle& a : fam.articles) {
      reports[a.name] = TheAnalyzer().Analyze(a.article, &corpus);
      for (const std::string& p : ContractProblems(ToJson(reports[a.name]), a.article.text.size())) FAIL_CHECK(p);
    }
    auto derived = [&](const std::string& a, const std::string& b) {
      for (const ReuseEntry& e : reports[a].reuse) {
        if (e.source.id == b && e.verdict != "none") return &e;
      }
      return static_cast<const ReuseEntry*>(nullptr);
    };
    for (const auto& rel : fam.family["expected_relations"]) {
      const std::string a = rel["a"], b = rel["b"];
      INFO(a << " ~ " << b);
      CHECK((derived(a, b) != nullptr || derived(b, a) != nullptr));
    }
    // Members that credit the source outlet are credited against the others.
    for (const auto& [name, member] : fam.family["members"].items()) {
      if (!member.value("credits_source", false)) continue;
      for (const ReuseEntry& e : reports[name].reuse) {
        if (e.verdict != "none") CHECK(e.credited);
      }
    }
    // Every altered-quote group: each version's article flags that quote,
    // listing each other article whose words differ.
    for (const auto& group : fam.family["altered_quotes"]) {
      const auto& versions = group["versions"];
      for (const auto& [name, words] : versions.items()) {
        INFO(name << ": " << words);
        const Finding* hit = nullptr;
        for (const Finding* f : Findings(reports[name], "altered-quote")) {
          const std::string quote = f->evidence["quote"];
          if (NormalizeQuote(quote).find(NormalizeQuote(words)) != std::string::npos) hit = f;
        }
        REQUIRE(hit != nullptr);
        for (const auto& [other, other_words] : versions.items()) {
          if (other == name || other_words == words) continue;
          bool listed = false;
          for (const auto& v : hit->evidence["versions"]) listed = listed || v["source"]["id"] == other;
          INFO("missing version from " << other);
          CHECK(listed);
        }
      }
    }
  }
}

TEST_CASE("the back-translated Russia passage of 000 aligns with 004's rewrite") {
  REQUIRE(InitIcu().ok());
  for (const FixtureFamily& fam : LoadFixtureFamilies()) {
    const FixtureArticle* a000 = fam.Find("000_cdea3cf90be440ea.txt");
    const FixtureArticle* a004 = fam.Find("004_708bc86c8f4b88ce.txt");
    if (a000 == nullptr || a004 == nullptr) continue;
    Corpus corpus;
    corpus.Add(a004->article);
    const Report r = TheAnalyzer().Analyze(a000->article, &corpus);
    const Span mine = a000->Locate("The United States believes that with Chinese support").value();
    const Span theirs = a004->Locate("The US believes that Chinese assistance").value();
    REQUIRE(r.reuse.size() == 1);
    bool found = false;
    for (const PassageEntry& p : r.reuse[0].passages) {
      found = found || (p.span.contains(mine.start) && p.source.contains(theirs.start));
    }
    CHECK(found);
  }
}

TEST_CASE("an independent report of the seed event, sharing one quote, derives from none of the seeds") {
  REQUIRE(InitIcu().ok());
  for (const FixtureFamily& fam : LoadFixtureFamilies()) {
    if (fam.name != "blinken-china-2024") continue;
    Corpus corpus;
    for (const FixtureArticle& a : fam.articles) corpus.Add(a.article);
    // Written for this test from the facts of the story, in other words.
    const Report r = TheAnalyzer().Analyze(Make("independent.txt",
      "Blinken warns Beijing over election meddling and Russia aid\n"
      "BEIJING — Secretary of State Antony Blinken wrapped up three days of talks in China on Friday with a warning that Washington would not tolerate attempts to sway American voters.\n"
      "In a television interview before flying home, Blinken said U.S. agencies had detected Chinese efforts to shape opinion ahead of November's vote, even though President Xi Jinping told President Biden last year that Beijing would stay out of it.\n"
      "The top U.S. diplomat also pressed Chinese leaders on exports of machine tools, microelectronics and other dual-use goods that American officials say have helped Moscow rebuild its arms industry.\n"
      "Washington has already sanctioned more than 100 Chinese firms and people over such trade and is preparing more penalties, officials travelling with Blinken said.\n"
      "“We’re looking to them to act, and … if they don’t, we will,” Blinken said.\n"
      "Chinese Foreign Minister Wang Yi told Blinken that relations were “beginning to stabilize” but warned against crossing Beijing’s red lines, including over Taiwan.\n"
      "The visit, Blinken’s second in less than a year, produced few concrete results beyond agreements to keep talking, including on military communication and the flow of fentanyl precursors.\n"
      "Analysts in Beijing said both governments wanted to keep ties steady before the U.S. election.\n"),
                                           &corpus);
    CHECK(!r.reuse.empty());  // the shared quote is found...
    for (const ReuseEntry& e : r.reuse) {
      INFO(e.source.id);
      CHECK(e.verdict == "none");  // ...and is not a derivation
    }
    CHECK(Findings(r, "syndicated-copy").empty());
    CHECK(Findings(r, "uncredited-reuse").empty());
  }
}
