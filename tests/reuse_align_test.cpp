// Alignment: each passage kind, reordering, the quote rule, unrelated text.
#include <catch2/catch.hpp>

#include "base/unicode.h"
#include "reuse/align.h"
#include "reuse/quotes.h"
#include "segments/document.h"
#include "segments/icu_setup.h"
#include "support/fixtures.h"

using namespace copydesk;
using namespace copydesk::reuse;

namespace {

Document Doc(const std::string& id, const std::string& utf8) { return testing::SegmentText(utf8, id); }

Alignment AlignTexts(const Document& a, const Document& b) {
  const AlignDoc x = PrepareAlignDoc(a, FindQuoteSpans(a));
  const AlignDoc y = PrepareAlignDoc(b, FindQuoteSpans(b));
  TermWeights w;
  w.AddDocument(x);
  w.AddDocument(y);
  return Align(x, y, w);
}

const char* kSource =
    "The finance ministry announced on Tuesday that it would cut fuel subsidies by a third next year, citing "
    "pressure on the national budget.\n"
    "Farmers' unions immediately called for protests in the capital against the decision.\n"
    "Economists said the move could push inflation above eight percent by the spring, hurting poorer households.\n";

}  // namespace

TEST_CASE("a sentence copied word for word is a verbatim passage, with source offsets") {
  const Document src = Doc("src", kSource);
  const Document copy = Doc("copy",
                            "The league final ended in a draw after extra time on Sunday night.\n"
                            "The finance ministry announced on Tuesday that it would cut fuel subsidies by a third next "
                            "year, citing pressure on the national budget.\n"
                            "Rain is expected across the north of the country for most of the week, forecasters "
                            "said, with temperatures falling well below the seasonal average by Friday.\n"
                            "Tickets for the autumn concert series go on sale at the box office next Monday.\n");
  const Alignment al = AlignTexts(copy, src);
  REQUIRE(al.passages.size() == 1);
  const AlignedPassage& p = al.passages[0];
  CHECK(p.kind == "verbatim");
  CHECK(copy.slice_utf8(p.span).rfind("The finance ministry announced", 0) == 0);
  CHECK(src.slice_utf8(p.source) == copy.slice_utf8(p.span));
  CHECK(al.verdict == "partially");
}

TEST_CASE("a lightly edited sentence is a near passage") {
  const Document src = Doc("src", kSource);
  const Document edited = Doc("edited",
                              "The finance ministry said on Tuesday it will cut fuel subsidies by a third next year, "
                              "citing pressure on the national budget.\n");
  const Alignment al = AlignTexts(edited, src);
  REQUIRE(al.passages.size() == 1);
  CHECK(al.passages[0].kind == "near");
}

TEST_CASE("a reworded sentence with synonyms and a new word order is a paraphrase passage") {
  const Document src = Doc("src", kSource);
  const Document para = Doc("para",
                            "Citing strain on state finances, the ministry of finance plans to reduce subsidies for "
                            "fuel by one third from next year, it announced Tuesday.\n");
  const Alignment al = AlignTexts(para, src);
  REQUIRE(al.passages.size() == 1);
  CHECK(al.passages[0].kind == "paraphrase");
}

TEST_CASE("reordered paragraphs still align as a whole copy") {
  const Document src = Doc("src", kSource);
  const Document shuffled = Doc("shuffled",
                                "Economists said the move could push inflation above eight percent by the spring, "
                                "hurting poorer households.\n"
                                "The finance ministry announced on Tuesday that it would cut fuel subsidies by a third "
                                "next year, citing pressure on the national budget.\n"
                                "Farmers' unions immediately called for protests in the capital against the decision.\n");
  const Alignment al = AlignTexts(shuffled, src);
  // Source order 3-1-2: the moved paragraph is one passage, the two kept in order another.
  CHECK(al.passages.size() == 2);
  CHECK(al.coverage > 0.95);
  CHECK(al.verdict == "wholly");
  for (const AlignedPassage& p : al.passages) CHECK(p.kind == "verbatim");
}

TEST_CASE("a shared quotation alone does not make a copy") {
  const Document a = Doc("a",
                         "The senator closed her speech in the chamber with words from history.\n"
                         "“A house divided against itself cannot stand, and this government cannot endure permanently "
                         "half slave and half free,” she said.\n"
                         "Opponents walked out before the vote on the spending bill.\n");
  const Document b = Doc("b",
                         "Students at the memorial read aloud from the speech at the ceremony on Monday.\n"
                         "“A house divided against itself cannot stand, and this government cannot endure permanently "
                         "half slave and half free,” they recited.\n"
                         "The museum will stay open late through the weekend.\n");
  const Alignment al = AlignTexts(a, b);
  REQUIRE(!al.passages.empty());
  CHECK(al.passages[0].quote_only);
  CHECK(al.verdict == "none");
  CHECK(al.narrative_coverage == 0);
}

TEST_CASE("unrelated articles share no passages") {
  const Document src = Doc("src", kSource);
  const Document other = Doc("other",
                             "The city zoo welcomed two panda cubs born last month to its breeding programme.\n"
                             "Keepers said both cubs were healthy and feeding well.\n");
  const Alignment al = AlignTexts(other, src);
  CHECK(al.passages.empty());
  CHECK(al.verdict == "none");
  CHECK(al.coverage == 0);
}

TEST_CASE("word diff of two versions of a quote") {
  const std::vector<std::string> a = {"influence", "and", "arguably", "interfere"};
  const std::vector<std::string> b = {"influence", "and", "possibly", "interfere"};
  const std::vector<DiffOp> d = WordDiff(a, a, b, b);
  REQUIRE(d.size() == 4);
  CHECK(d[0].op == '=');
  CHECK(d[1].op == '-');
  CHECK(d[1].text == "arguably");
  CHECK(d[2].op == '+');
  CHECK(d[2].text == "possibly");
  CHECK(d[3].text == "interfere");
}

TEST_CASE("a text repeating itself many times aligns in bounded work, as a whole copy") {
  std::string one(kSource);
  std::string many;
  for (int i = 0; i < 300; ++i) many += one;
  const Document a = Doc("a", "Intro line for the first copy of the repeated text here.\n" + many);
  const Document b = Doc("b", "Another intro line, the second copy of the repeated text.\n" + many);
  const Alignment al = AlignTexts(a, b);
  CHECK(al.verdict == "wholly");
  CHECK(al.coverage > 0.9);
}
