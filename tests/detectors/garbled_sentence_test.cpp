// garbled-sentence: for every reason, one sentence that must be flagged with
// it and one clean sentence that must not carry it; plus the news forms that
// must raise no finding at all (headlines, datelines, spoken quotes, lists).
#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "base/unicode.h"
#include "detectors/garble/evidence.h"
#include "detectors/garble/scorer.h"
#include "detectors/garble/weights.h"
#include "detectors/garble/language_model.h"
#include "pipeline/analyze.h"
#include "segments/document.h"
#include "segments/icu_setup.h"
#include "support/fixtures.h"

using namespace copydesk;

namespace {

// Analyses `body` (paragraphs separated by \n) under a headline line.
Report AnalyzeText(const std::string& text) {
  REQUIRE(InitIcu().ok());
  static auto analyzer = Analyzer::Create({});
  REQUIRE(analyzer.ok());
  Article a;
  a.id = "t.txt";
  a.text = CanonicalText(DecodeUtf8(text).value());
  return analyzer.value()->Analyze(a, nullptr);
}
Report AnalyzeBody(const std::string& body) { return AnalyzeText("Officials Meet For Talks In Beijing\n" + body); }

// The garble assessment of the (only or last) sentence containing `needle`.
GarbleAssessment Assess(const std::string& body, const std::string& needle) {
  const Report r = AnalyzeBody(body);
  const std::u16string text = CanonicalText(DecodeUtf8("Officials Meet For Talks In Beijing\n" + body).value());
  const std::u16string n = DecodeUtf8(needle).value();
  for (const SentenceEntry& s : r.sentences) {
    if (text.substr(s.span.start, s.span.length()).find(n) != std::u16string::npos) return s.garble;
  }
  FAIL("no sentence contains " << needle);
  return {};
}

bool HasReason(const GarbleAssessment& g, const std::string& prefix) {
  for (const std::string& r : g.reasons)
    if (r.rfind(prefix, 0) == 0) return true;
  return false;
}

int GarbleFindings(const Report& r) {
  int n = 0;
  for (const Finding& f : r.findings) n += f.kind == "garbled-sentence" ? 1 : 0;
  return n;
}

struct ReasonCase {
  const char* reason;
  const char* flagged_body;
  const char* flagged_needle;
  const char* clean_body;
  const char* clean_needle;
};

const ReasonCase kCases[] = {
    {"sentence fragment", "The talks lasted three days. Reduced bilateral communication.", "Reduced bilateral",
     "The talks lasted three days. Communication between the two sides was reduced.", "Communication between"},
    {"orphan lowercase start", "He said the United States would take further action. continue.", "further action",
     "He said the U.S. economy would take further action.", "economy"},
    // A lowercase start inside the article, not at the start of an excerpt.
    {"orphan lowercase start", "The talks ended on Friday.\ncontinue to press the issue, officials said.",
     "continue to press", "smaller settlements are also covered by buses, officials said.", "smaller settlements"},
    {"capitalised word mid-sentence", "Blinken said that the protests themselves It's not anti-Semitic.",
     "protests themselves", "Blinken said that the protests were not anti-Semitic, The New York Times reported.",
     "protests were"},
    {"quotation broken", "“We expect them to act. If they don’t, we will.” How can we do that?” Blinken said.",
     "How can we", "“We expect them to act. If they don’t, we will,” Blinken said.", "Blinken said"},
    {"spacing lost", "People have very strong feelings[about the conflict]young people included.", "strong feelings",
     "People have very strong feelings (about the conflict), young people included.", "strong feelings"},
    {"title followed by a pronoun", "Referring to the countries that defended Israel, Mr. We will find a way.",
     "Referring", "Referring to the countries that defended Israel, Mr. Blinken said a way would be found.",
     "Referring"},
    {"dangling complement",
     "Blinken spoke to reporters on Friday at the end of three days of talks in Beijing with senior Chinese "
     "officials, including the foreign minister and the president, and with business leaders in Shanghai. "
     "He said that\nThe talks ended.",
     "He said that",
     "Blinken spoke to reporters on Friday at the end of three days of talks in Beijing with senior Chinese "
     "officials, including the foreign minister and the president, and with business leaders in Shanghai. "
     "He said that the talks had been useful.",
     "He said that"},
    {"duplicated phrase", "China tried to influence and undoubtedly influence the elections.", "China tried",
     "China tried to influence the elections, and more and more officials noticed.", "China tried"},
    {"agreement slip", "The head of state should refrain from such actions, CNN report.", "head of state",
     "The head of state should refrain from such actions, according to a CNN report.", "head of state"},
    {"first person outside a quotation", "China has long maintained that it remains neutral. I have continued.",
     "I have continued", "China has long maintained that it remains neutral. Officials have continued.",
     "Officials have"},
    {"encoding damage (mojibake)", "Blinken said the US doesnâ€™t accept interference.", "Blinken said",
     "Blinken said the US doesn’t accept interference.", "Blinken said"},
    {"space before punctuation", "The talks will resume on Monday , according to a statement .", "resume",
     "The talks will resume on Monday … or later, according to a statement (issued by .gov sites).", "resume"},
    {"space before punctuation", "Blinken 's visit was his second in less than a year.", "visit",
     "Blinken’s visit was his second in less than a year, in the ’90s style of 'shuttle' diplomacy.", "visit"},
    {"word left untranslated", "The minister said the дополнительно measures would be announced on Monday.",
     "measures", "The slogan of common prosperity (共同富裕) was repeated, and officials said “共同富裕” everywhere.",
     "slogan"},
    // A curly quotation mark where an apostrophe belongs, as some publishing systems convert them.
    {"encoding damage (quotation mark for apostrophe)", "Within hours of Vale”s arrest, the club cut him from the team.",
     "Within hours", "Within hours of the arrest, the club said “it cut him” from the team.", "Within hours"},
    {"encoding damage (HTML entity)", "The company&#39;s shares fell 5% after the announcement.", "shares",
     "AT&T and R&D firms said shares fell 5% after the announcement; analysts agreed.", "shares"},
    // A full stop lost before a subordinator or before She/They/We after a name.
    {"capitalised word mid-sentence",
     "The fire sent up a plume of smoke that could be seen from space As the area grew, crews pulled back.", "plume",
     "The fire sent up a plume of smoke that could be seen from space as the area grew, crews said.", "plume"},
    {"capitalised word mid-sentence", "Police in the town of Larkspur They arrested a man on the avenue.", "Police",
     "Police in the town of Larkspur said they arrested a man on the avenue.", "Police"},
    // A line break lost between a name and a sentence opener; a comma doubled;
    // a space before a comma after a bracket.
    {"spacing lost", "According to the reporter in LarkspurAfter the defeat, the coach said he was angry.", "reporter",
     "The game was streamed on PlayStation and LinkedIn after the defeat, and WhatsApp groups were angry.", "streamed"},
    // Two lowercase-led words glued, not a brand that starts lowercase.
    {"spacing lost", "Officials tried to influenceThe elections in several states, the report said.", "Officials",
     "Shares of easyJet and eBay fell on Monday, while optionsXpress said markets closed lower.", "Shares"},
    {"space before punctuation", "They found a document that, apparently, , allows the legal carrying of it.",
     "document", "They found a document that, apparently, allows the legal carrying of it.", "document"},
    {"space before punctuation", "Faced with storm No. 9 (Ragasa) , the committee asked departments to prepare.",
     "committee", "Faced with storm No. 9 (Ragasa), the committee asked departments to prepare.", "committee"},
    // A grammatical word glued to the word before it; particles make real compounds.
    {"spacing lost", "The dispute was solvedwe are more united than ever, the coach said.", "dispute",
     "The walkout and the kickoff went ahead, and the debut of the halibut dish was praised.", "walkout"},
    // A closing quotation mark spaced off its sentence; a comma spaced after a full stop.
    {"space before punctuation", "“We handle it as best we can. You have to keep fit for what may come. ”", "keep fit",
     "“We handle it as best we can. You have to keep fit for what may come.”", "keep fit"},
    {"space before punctuation", "He spoke to reporters at the Palace Complex. , Larkton, Friday, March 13.", "reporters",
     "He spoke to reporters at the Palace Complex, Larkton, on Friday, March 13.", "reporters"},
    // A full stop before a straight closing mark and a lowercase tag.
    {"orphan lowercase start", "The chief spoke on Monday. \"Avoid crowds and stay at home.\" appealed the chief.",
     "Avoid crowds", "The chief spoke on Monday. \"Avoid crowds and stay at home,\" the chief appealed.", "Avoid crowds"},
    // "a"/"an" before the wrong sound; not where the letter's sound varies, nor before a foreign word.
    {"article does not fit the next word", "A extreme weather warning stays in place, and officials saw an big rise.",
     "weather", "A university, a European team, a one-off, an hour, an x-ray, a eulogy, an FBI agent, an 18-year-old "
     "and a user met in Frankfurt an der Oder, and nobody gave a (expletive) about it.", "university"},
    // An ordinal whose ending does not fit its number.
    {"ordinal ending does not fit its number", "The police will re-arrest the suspect on the 2st of this month.",
     "re-arrest", "The police re-arrested the suspect on the 21st, the 22nd, the 13th and the 3rd of May.",
     "re-arrested"},
    {"impossible time", "The car had followed the patrol car since about 23:30 p.m. on Friday, police said.",
     "patrol car", "The meeting ends at 11:45 a.m. and resumes at 2:30 p.m. or at 17:30 on Friday, police said.",
     "meeting"},
    // "am"/"pm" written without dots, and a full stop between hour and minutes.
    {"impossible time", "Police said the attack began at 23.30pm on Friday near the station.", "attack",
     "The meeting began at 8.30pm and ended at 10:15 PM, and at 13:00 amid rain the crowd left, police said.",
     "meeting"},
    // An hour with no minutes, and hour 0.
    {"impossible time", "On April 3rd 20 pm, the patrol found a suspicious tricycle near the junction.", "patrol",
     "At 3 am on April 3rd, the patrol found 20 PM candidates, a 12 pm deadline and 7 amps near the junction.",
     "patrol"},
    {"impossible time", "At about 0.30 a.m. the patrol officer called the traffic police squadron.", "patrol",
     "At about 12.30 a.m. the patrol officer called the squadron, which had 10 amateur members.", "patrol"},
    // "and" glued to the word before it; names that end in "-and" are spared.
    {"spacing lost", "The man, who said he was from Larkton, Marleviaand residing in the capital, was transferred.",
     "The man", "Jean Marchand and Tom Kneeland met in Maryland, and officials said the government and its allies agreed.",
     "Jean"},
    {"spacing lost", "The party said the governmentand its allies had failed to act.", "The party",
     "The party said the government and its allies had failed to act, and the headband sold out.", "The party"},
    // "said" glued to the name before it; names that end in "-said" are spared.
    {"spacing lost", "The Minister of Fisheries, Ada Vellanasaid that the talks would resume.", "Ada",
     "The Minister of Fisheries, Ada Boussaid, said that the unsaid terms would stay.", "Ada"},
    // A name glued to the noun after it; compounds and combining forms are spared.
    {"spacing lost", "Pedro Gonzaleztechnician of the club explained what happened in the tunnel.", "Pedro",
     "The Newcastle manager, an Astrophysical Society member from Jacksonville, explained what happened.",
     "Newcastle"},
    // A capital glued to a capitalised grammatical word; plural acronyms and brands are spared.
    {"spacing lost", "QWho he speaks for is grateful for the club, the coach said.", "QWho",
     "The mayor said the LGAs and JPMorgan had agreed to help with the budget.", "LGAs"},
    // A subordinator after a name opens a new sentence when a pronoun follows it.
    {"capitalised word mid-sentence", "If you are a fan of Larkton If he gives them a red card, he must give us one.",
     "Larkton If", "Fans of the film If He Hollers met the cast in Larkton on Friday, the club said.", "film"},
    // A hyphen spaced off the first half of its compound.
    {"space before punctuation", "Four residents were injured, including a seven -year -old child.", "Four residents",
     "Four residents were injured - among them a seven-year-old child - as it fell to -5C.", "Four residents"},
    // A closing quotation mark spaced off its last word.
    {"space before punctuation", "“Let it be delivered ”, said the minister in the palace.", "delivered",
     "”Let it be delivered,” said the minister in the palace.", "delivered"},
    // A stranded "of" after a noun lost its object.
    {"dangling complement", "He was elected president of the university of.", "elected",
     "He was elected to the post he had long dreamed of.", "elected"},
    // A figure glued to a sentence opener.
    {"spacing lost", "May 10The heads of five regions resigned one after another.", "heads",
     "On May 10 the heads of the 5G, 4K and 3Doodle firms resigned.", "heads"},
    // A closing quotation mark glued to the word after it.
    {"spacing lost", "“We have come so far”he said after the match.", "come so far",
     "“We have come so far,” he said after the match.", "come so far"},
    // A quotation left open at its paragraph's end, the next paragraph not carrying it on.
    {"quotation never closed", "The coach spoke after the match. “We will win the next one. We have the players.\n"
     "The team trains again on Monday.", "We have the players",
     "The coach spoke after the match. “We will win the next one. We have the players.\n"
     "“Then we go home,” he said.", "We have the players"},
    // A single quotation mark opened and never closed in its paragraph.
    {"quotation never closed",
     "The coach spoke after the match. “We have reached the final ‘with options. We gave everything,” he said.\n"
     "The team trains again on Monday.",
     "reached the final",
     "The coach spoke after the match. ‘We have reached the final with options.\n"
     "‘We gave everything,’ he said. The team trains again on Monday.\nThe club confirmed it.",
     "reached the final"},
    {"ordinal ending does not fit its number", "The car rammed the square before 6 p.m. on the 1th, police said.",
     "rammed", "The car rammed the square on the 11th and 12th, and he had lost 3st since May, police said.",
     "rammed"},
};

// The sentence of `body` containing `needle`, and a cue's `reason`.
struct CueCase {
  const char* reason;
  const char* body;
  const char* needle;
};

// News forms that look like a cue's damage and are not: no `reason`.
void CheckSpared(const std::vector<CueCase>& cases) {
  for (const CueCase& c : cases) {
    INFO(c.reason << ": " << c.body);
    CHECK_FALSE(HasReason(Assess(c.body, c.needle), c.reason));
  }
}

// Damage that looks like a spared form: its `reason` still given.
void CheckFlagged(const std::vector<CueCase>& cases) {
  for (const CueCase& c : cases) {
    INFO(c.reason << ": " << c.body);
    CHECK(HasReason(Assess(c.body, c.needle), c.reason));
  }
}

}  // namespace

TEST_CASE("garbled-sentence: each reason flags its damage and spares the clean form") {
  for (const ReasonCase& c : kCases) {
    INFO("reason: " << c.reason);
    const GarbleAssessment flagged = Assess(c.flagged_body, c.flagged_needle);
    const GarbleAssessment clean = Assess(c.clean_body, c.clean_needle);
    CHECK(HasReason(flagged, c.reason));
    CHECK_FALSE(HasReason(clean, c.reason));
    CHECK(flagged.score > clean.score);
  }
}

// The marks of the garbled-sentence findings of `body`: (reason, text as
// cut from the article at the mark's offsets), each checked to lie inside its
// finding and to quote the article there.
std::vector<std::pair<std::string, std::string>> MarksOf(const std::string& body) {
  const std::string whole = "Officials Meet For Talks In Beijing\n" + body;
  const Report r = AnalyzeText(whole);
  const std::u16string text = CanonicalText(DecodeUtf8(whole).value());
  std::vector<std::pair<std::string, std::string>> marks;
  for (const Finding& f : r.findings) {
    if (f.kind != "garbled-sentence" || !f.evidence.contains("marks")) continue;
    for (const auto& m : f.evidence["marks"]) {
      const int32_t start = m["start"].get<int32_t>(), end = m["end"].get<int32_t>();
      CHECK(f.span.start <= start);
      CHECK(start < end);
      CHECK(end <= f.span.end);
      const std::string cut = ToUtf8(std::u16string_view(text).substr(size_t(start), size_t(end - start)));
      CHECK(cut == m["text"].get<std::string>());
      marks.emplace_back(m["reason"].get<std::string>(), cut);
    }
  }
  return marks;
}

TEST_CASE("garbled-sentence: every mark lies in its finding and quotes the article") {
  for (const ReasonCase& c : kCases) {
    INFO("reason: " << c.reason);
    const auto marks = MarksOf(c.flagged_body);
    // Every structural reason shows its place, but a fragment (the whole sentence).
    const bool placed = std::string(c.reason) != "sentence fragment";
    if (placed)
      CHECK(std::any_of(marks.begin(), marks.end(), [&](const auto& m) { return m.first.rfind(c.reason, 0) == 0; }));
  }
}

TEST_CASE("garbled-sentence: each reason points at the words it is about") {
  struct MarkCase {
    const char* body;
    const char* reason;
    const char* words;  // the mark's text
  };
  const MarkCase cases[] = {
      {"He said the United States would take further action. continue.", "orphan lowercase start", "action. continue"},
      {"Blinken said that the protests themselves It's not anti-Semitic.", "capitalised word mid-sentence", "It's"},
      {"The fire sent up a plume of smoke that could be seen from space As the area grew, crews pulled back.",
       "capitalised word mid-sentence", "As"},
      {"“We expect them to act. If they don’t, we will.” How can we do that?” Blinken said.", "quotation broken",
       "that?”"},
      // Opened in this sentence, never closed: the opening mark and its word.
      {"“We have reached 90 ‘with options. We gave everything,” he said.\nThe team trains on Monday.",
       "quotation never closed", "‘with"},
      // A mark standing alone: with the words on either side.
      {"“We will act,” the minister said “ and then he left the room.\nThe talks ended.", "quotation never closed",
       "said “ and"},
      // Opened in an earlier sentence: where the closing mark is missing.
      {"The coach spoke after the match. “We will win the next one. We have the players.\n"
       "The team trains again on Monday.",
       "quotation never closed", "players."},
      {"People have very strong feelings[about the conflict]young people included.", "spacing lost",
       "feelings[about"},
      {"The party said the governmentand its allies had failed to act.", "spacing lost", "governmentand"},
      {"“We have come so far”he said after the match.", "spacing lost", "far”he"},
      {"The talks will resume on Monday , according to a statement .", "space before punctuation", "Monday ,"},
      {"Blinken 's visit was his second in less than a year.", "space before punctuation", "Blinken 's"},
      {"Four residents were injured, including a seven -year -old child.", "space before punctuation", "seven -year"},
      {"Referring to the countries that defended Israel, Mr. We will find a way.", "title followed by a pronoun",
       "Mr. We"},
      {"He was elected president of the university of.", "dangling complement", "of"},
      {"China tried to influence and undoubtedly influence the elections.", "duplicated phrase",
       "influence and undoubtedly influence"},
      {"The head of state should refrain from such actions, CNN report.", "agreement slip", "CNN report"},
      {"The police will re-arrest the suspect on the 2st of this month.", "ordinal ending does not fit its number",
       "2st"},
      {"A extreme weather warning stays in place, and officials saw an big rise.",
       "article does not fit the next word", "A extreme"},
      {"The car had followed the patrol car since about 23:30 p.m. on Friday, police said.", "impossible time",
       "23:30 p.m."},
      {"China has long maintained that it remains neutral. I have continued.", "first person outside a quotation",
       "I"},
      {"The minister said the дополнительно measures would be announced on Monday.", "word left untranslated",
       "дополнительно"},
      {"Blinken said the US doesnâ€™t accept interference.", "encoding damage (mojibake)", "â€™"},
      {"The company&#39;s shares fell 5% after the announcement.", "encoding damage (HTML entity)", "&#39;"},
      {"Within hours of Vale”s arrest, the club cut him from the team.",
       "encoding damage (quotation mark for apostrophe)", "Vale”s"},
  };
  for (const MarkCase& c : cases) {
    INFO(c.body);
    const auto marks = MarksOf(c.body);
    const auto it =
        std::find_if(marks.begin(), marks.end(), [&](const auto& m) { return m.first.rfind(c.reason, 0) == 0; });
    REQUIRE(it != marks.end());
    CHECK(it->second == c.words);
  }
  // The message names the words too, where the reason does not quote them itself.
  const Report r = AnalyzeBody("The talks will resume on Monday , according to a statement .");
  bool named = false;
  for (const Finding& f : r.findings)
    named = named || f.message.find("space before punctuation (“Monday ,”)") != std::string::npos;
  CHECK(named);
  const Report q = AnalyzeBody("“We expect them to act. If they don’t, we will.” How can we do that?” Blinken said.");
  bool at = false;
  for (const Finding& f : q.findings) at = at || f.message.find("quotation broken (at that?”)") != std::string::npos;
  CHECK(at);
}

TEST_CASE("garbled-sentence: the forms spared for names still flag the damage they resemble") {
  CheckFlagged({
      {"duplicated phrase", "The United States United States officials met on Monday.", "officials"},
      {"duplicated phrase", "All people / people living in Larkton must obey the law.", "living"},
      {"capitalised word mid-sentence", "Officials in Larkton On the other hand said no.", "Officials"},
      {"article does not fit the next word", "The talks ended with a agreement on trade.", "talks"},
      {"dangling complement", "Officials said the talks were held with the.\nThe talks ended.", "Officials"},
  });
}

TEST_CASE("garbled-sentence: a writer's deliberate ellipsis is no fragment; a clause that lost its subject is") {
  // Feature writing: a word or two, an adverb or conjunction first, a pronoun pointing back.
  const char* deliberate[] = {"Not anymore.", "Then applause.", "Silence.", "Thousands of them.",
                              "But not for long.", "Never again."};
  for (const char* s : deliberate) {
    INFO(s);
    const GarbleAssessment g = Assess(std::string("For decades, the ferry was the only way off the island. ") + s +
                                          " The new bridge opened in May.",
                                      s);
    CHECK_FALSE(HasReason(g, "sentence fragment"));
    CHECK(g.score < 0.5);
  }
  // Translation from pro-drop languages: the verb form whose subject was lost comes first.
  const char* broken[] = {"Reduced bilateral communication.", "Indicated.", "Reduced to a minimum.",
                          "From US technology control to Beijing’s support for Moscow."};
  for (const char* s : broken) {
    INFO(s);
    const GarbleAssessment g =
        Assess(std::string("The talks lasted three days. ") + s + " Officials said the talks would resume.", s);
    CHECK(HasReason(g, "sentence fragment"));
  }
}

TEST_CASE("garbled-sentence: the cues spare what columns, forecasts and quotes do on purpose") {
  SECTION("a run of verbless sentences opening alike is written so") {
    const std::string forecast = "The storm stalls over the coast today. Snow in the morning. Snow in the afternoon. "
                                 "Snow overnight. Roads will be slick.";
    for (const char* s : {"Snow in the morning.", "Snow in the afternoon.", "Snow overnight."}) {
      INFO(s);
      CHECK_FALSE(HasReason(Assess(forecast, s), "sentence fragment"));
    }
  }
  SECTION("first person: a possessive or object is a community voice; a writer's own voice elsewhere clears it") {
    const GarbleAssessment ours = Assess(
        "The front moves east on Saturday. Showers return on Sunday ahead of our next cold front, forecasters said.",
        "Showers return");
    CHECK_FALSE(HasReason(ours, "first person outside a quotation"));
    const std::string column = "We have all seen the queues at the post office grow longer.\n"
                               "The council closed two branches last year. It says money is short. "
                               "We will find out in March whether more will close.";
    CHECK_FALSE(HasReason(Assess(column, "We will find out"), "first person outside a quotation"));
    // "our country" in narration: how translation renders Chinese 我国.
    CHECK(HasReason(Assess("The situation in the capital was calm on Sunday evening. Overall, the epidemic situation "
                           "in our country is still developing.",
                           "Overall"),
                    "first person outside a quotation"));
    // A lone first-person subject in third-person narration is still flagged.
    const std::string report = "The council closed two branches last year.\n"
                               "It says money is short and staff are hard to find. "
                               "We will find out in March whether more will close.";
    CHECK(HasReason(Assess(report, "We will find out"), "first person outside a quotation"));
    // The newsroom's own "we", telling how the story was reported, is no
    // translator's subject; the same paragraph with another verb still is.
    CheckSpared({
        {"first person outside a quotation",
         "The finance office confirmed the figures on Monday. "
         "We contacted the mayor's office for comment but had no reply by publication.",
         "We contacted"},
        {"first person outside a quotation",
         "The Herald analysed five years of council invoices. We also looked at contracts awarded without a tender.",
         "We also looked"},
        {"first person outside a quotation",
         "Footage shared online appeared to show the bridge on fire. We could not independently verify the footage.",
         "We could not"},
    });
    // Inside single quotation marks the first person is the speaker's.
    CheckSpared({{"first person outside a quotation",
                  "The finance office confirmed the figures on Monday.\n"
                  "‘We will strengthen cooperation with the partners,’ the minister said.",
                  "We will strengthen"}});
    const std::string translated = "The finance office confirmed the figures on Monday. "
                                   "We will strengthen cooperation with the partners to push the work forward.";
    CHECK(HasReason(Assess(translated, "We will strengthen"), "first person outside a quotation"));
  }
  SECTION("a quotation left open: not in the last paragraph, a page may cut it; not closed with two apostrophes") {
    CheckSpared({
        {"quotation never closed", "The team trains again on Monday.\nThe coach said: “We will win the next one.",
         "We will win"},
        // A page broke one quoted paragraph in two.
        {"quotation never closed",
         "The coach said: “We will win the next one.\nWe have the players for it,” he said. The team trains on Monday.",
         "We will win"},
        {"quotation never closed",
         "He said, \"The committee has decided, what objection can they have?'' Asked about it, he agreed.\n"
         "The vote is on Monday.",
         "Asked about it"},
        // Single marks: elisions and decades written with an opening mark, a
        // plural's possessive that may close the quote, the last paragraph.
        {"quotation never closed", "Fans sang ‘em all night, as they did in the ‘90s.\nThe club thanked them.", "Fans sang"},
        {"quotation never closed", "She called it ‘a fair deal for the teachers’ union on Monday.\nThe vote followed.",
         "She called it"},
        {"quotation never closed", "The vote is on Monday.\nShe called it ‘a fair deal for all of us.", "She called it"},
        // A page that did not reopen the quote in its next paragraph but closes it there.
        {"quotation never closed",
         "Police said: ‘A man was assaulted on Larkton Road shortly before 5pm.\nHe is being treated in hospital.’\n"
         "The road reopened.",
         "A man was"},
    });
    // The paragraph's single marks pair up in order: the second quote is the one left open.
    CHECK(HasReason(Assess("The ‘red’ coach said that ‘they will always respect their rivals. It is our way.\n"
                           "The club confirmed it.",
                           "said that"),
                    "quotation never closed"));
  }
  SECTION("news forms that look like a cue's damage and are not") {
    CheckSpared({
        // Speech is full of verbless sentences: a fragment counts in the writer's own prose only.
        {"sentence fragment", "“We have a young team. A learning one. Hope to improve from here,” the captain said.",
         "A learning one"},
        // So is speech in single marks, as British news writes it.
        {"sentence fragment",
         "The coach spoke after the defeat.\n‘We have a young team. A learning one. Hope to improve,’ the captain said.",
         "A learning one"},
        // Verbless by idiom, in a column's running text.
        {"sentence fragment", "The week was long and the news was grim. Time for a soul cleansing. I went walking.",
         "Time for"},
        // "Hence" with the consequence alone, as columns write it.
        {"sentence fragment", "Prices rose again in May and traders expect more. Hence the gloom. The index fell.",
         "Hence"},
        // An imperative with let's.
        {"sentence fragment", "The news hour begins. Let's look at the first topic. The markets fell.", "Let's"},
        // A title in title case, and a whole line in title case (a headline): capitals by design.
        {"capitalised word mid-sentence",
         "Doctors are struggling to care for patients, according to the report Hospitals On The Edge, published on "
         "Monday.",
         "Doctors"},
        {"capitalised word mid-sentence",
         "The advice changed again. Top Virus Expert Warns We Must Do These Things To Stay Safe. Officials agreed.",
         "Top Virus Expert"},
        // Street and state abbreviations end no sentence.
        {"orphan lowercase start",
         "Firefighters responded to a fire on the 1200 block of Battery Ave. and the 300 block of Main St. on Thursday.",
         "Firefighters"},
        // Nor do name suffixes and titles (one list with the segmenter's, text/english.h).
        {"orphan lowercase start", "The owner, Larkspur Holdings Plc. said it would rebuild by spring.", "Larkspur"},
    });
  }
  SECTION("a closing mark apart from the word before and clinging to the next is an opening mark typed wrong") {
    const GarbleAssessment g =
        Assess("The fields are dry.\n”I have friends who had nothing to harvest, so it has been a rough year,” he said.",
               "I have friends");
    CHECK_FALSE(HasReason(g, "quotation broken"));
    const GarbleAssessment mid = Assess("“It has been terribly dry,\" Rhodes says. ”I have friends who had nothing to "
                                        "harvest, so it has been a rough year.\"",
                                        "I have friends");
    CHECK_FALSE(HasReason(mid, "quotation broken"));
    // A closing mark clinging to the word before still closes: a second one is broken.
    CHECK(HasReason(Assess("“We must act on our values.” How can we do that?” Blinken said.", "How can we"),
                    "quotation broken"));
  }
  SECTION("a word again with a grammatical word between is a construction") {
    for (const char* s : {"Eight debutants won a Test in England against England last summer.",
                          "They would march to the seat of the government if government did not act."}) {
      INFO(s);
      CHECK_FALSE(HasReason(Assess(s, s), "duplicated phrase"));
    }
  }
  SECTION("a word again after a comma, a dash or a hyphen is a list, an apposition or a compound") {
    for (const char* s : {"Corn prices, wheat prices, soybean prices — prices are very high, he said.",
                          "Seating was first come, first served, and the hall filled quickly.",
                          "The business secretary, the energy secretary, will attend the talks.",
                          "The levy hits energy-intensive energy users hardest, the report said."}) {
      INFO(s);
      CHECK_FALSE(HasReason(Assess(s, s), "duplicated phrase"));
    }
    CHECK(HasReason(Assess("China tried to influence and undoubtedly influence the elections.", "China"),
                    "duplicated phrase"));
    // A word said again at once is doubled, comma or not; "very, very" is English.
    CHECK(HasReason(Assess("Officials hope the public will not believe in rumors, rumors and rumors.", "Officials"),
                    "duplicated phrase"));
    CHECK_FALSE(HasReason(Assess("Prices are very, very high, he said.", "Prices"), "duplicated phrase"));
    // Not a name or a title, nor speech, which repeats for emphasis.
    CHECK_FALSE(HasReason(Assess("Her films included Mara, Mara and The Long Road.", "Her films"), "duplicated phrase"));
    CHECK_FALSE(HasReason(Assess("He lived by one line: “When you have to run, run, don’t look back.”", "He lived"),
                          "duplicated phrase"));
    CHECK(HasReason(Assess("He broke early in the second half before, before the visitor held serve.", "He broke"),
                    "duplicated phrase"));  // a typo, in the writer's prose
    // Two names that share their first words are a list, not a name doubled.
    CHECK_FALSE(HasReason(Assess("The bill creates the State Water Office, and the State Water Quality Board.",
                                 "The bill"),
                          "duplicated phrase"));
    CHECK(HasReason(Assess("The talks showed that the United States was ready, the United States said.", "The talks"),
                    "duplicated phrase"));
    // A list of people, each with where they are from.
    CHECK_FALSE(HasReason(Assess("The suspects, A Brook (23) of Ezra Park and T Ferris (22) of Ezra Park, were held.",
                                 "The suspects"),
                          "duplicated phrase"));
  }
}

TEST_CASE("garbled-sentence: cue false alarms found on real news openings (2026-12-05), invented sentences") {
  CheckSpared({
      // A capital letter standing for a withheld name; a place name with a
      // capitalised preposition; a name that repeats a word; a slash between
      // a headline's parts (found on a fresh set of translated pages).
      {"dangling complement", "After that, the police arrived and arrested Suspect A.", "arrested"},
      {"capitalised word mid-sentence", "Police said that suspect A had been fined last year for assault.", "fined"},
      {"article does not fit the next word", "Mr. A is accused of using a drone to film the site.", "drone"},
      {"capitalised word mid-sentence", "The force inspected the market in My Lark hamlet, Tra On town, on Monday.",
       "market"},
      {"duplicated phrase", "During the investigation, the suspect revealed his name as Tran Van Tran.", "suspect"},
      {"duplicated phrase", "Plans were reviewed for Larkton province / Larkton province has unused capacities.",
       "Plans"},
      // A two-word adverbial between subject and verb, as an adverb sits there.
      {"sentence fragment", "Ada Brook lost again on Sunday. The injuries of course open doors for others. Foster won.",
       "injuries"},
      {"sentence fragment", "Ada Brook closed the mill in May. The rules in fact cover everyone. Nobody was surprised.",
       "rules"},
      // "that" as the object of an infinitive or a modal is no cut-off complement.
      {"dangling complement", "If you win by nine points, it can sound arrogant to say that.", "arrogant"},
      {"dangling complement", "The talks were useful, and I would say that.", "talks"},
      // A stranded "of" after a verb or an adjective ends its clause.
      {"dangling complement", "The judge said the evidence proved the matters she complained of.", "judge"},
      {"dangling complement", "It was the best plan the council could think of, and more than it was capable of.",
       "council"},
      // A curly mark standing for an apostrophe opens and closes no quotation.
      {"quotation broken", "Vale”s mother cried. “We are done,” she said. Ada don“t know.", "mother"},
      {"quotation broken", "Vale”s mother cried. “We are done,” she said. Ada don“t know.", "We are done"},
      // A name inside a noun phrase, not a name with a bare verb ("…, CNN report.").
      {"agreement slip", "A Larkspur Human Rights Commission report that was released in 2013 says complaints rose.",
       "Larkspur"},
      // A plural as a modifier or a possessive after "a".
      {"agreement slip", "Cole said so in a media briefing late on Sunday.", "media briefing"},
      {"agreement slip", "He spoke after a farmers' meeting in the town hall.", "farmers"},
      // A title in title case around a capitalised preposition.
      {"capitalised word mid-sentence", "Her painting, titled Portrait Of Ada Brook Reading, hung on the steps.",
       "Portrait"},
      {"capitalised word mid-sentence", "Crowds came to see Ada Brook's work Still Art, But Not On Stage, by the wall.",
       "Crowds"},
      {"capitalised word mid-sentence", "The drama “Walk With Mira on Your Side” was the year's hit.", "drama"},
      // A work title opening on a subordinator, and "He" the surname.
      {"capitalised word mid-sentence", "She played the album After the Gold Rush on the radio.", "album"},
      {"capitalised word mid-sentence", "The talks were led by Vice Premier He and ended late.", "talks"},
      {"capitalised word mid-sentence", "He watched the film The Day They Came at the cinema.", "watched"},
  });
  // "He" the surname: an article that writes "Vice Premier He Lan" has "Mr He said" right.
  CHECK_FALSE(HasReason(Assess("Vice Premier He Lan met the delegation on Monday. Mr He said the talks were useful.",
                               "Mr He"),
                        "title followed by a pronoun"));
  CHECK(HasReason(Assess("The delegation met on Monday. Mr. He will find a way, officials said.", "Mr. He"),
                  "title followed by a pronoun"));
  // Not after a noun naming a work, an article and a capital are a lost full stop.
  CHECK(HasReason(Assess("The fire started on Thursday night At the Larkspur Foods plant near the capital.", "fire"),
                  "capitalised word mid-sentence"));
  // Still flagged: the complement cut off, the bare verb, the plural after "a", a preposition before a day.
  CheckFlagged({
      {"dangling complement", "The talks ended late.\nHe said that", "He said that"},
      {"agreement slip", "The head of state should refrain from such actions, CNN report.", "head of state"},
      {"agreement slip", "She met a officials from the ministry on Monday.", "officials"},
      {"capitalised word mid-sentence", "Blinken made the comments to Kylie Atwood On Friday at the end of a visit.",
       "Blinken"},
  });
}

TEST_CASE("garbled-sentence: a name the article uses again is the story's own, not an unknown word") {
  const std::string sentence = "Teslenko broke back to love as Kovarikova served for the set.";
  const std::string once = "The final was played on Saturday in front of a full stadium. " + sentence;
  const std::string again = "Kovarikova and Teslenko met in the final on Saturday. " + sentence;
  const garble::ArticleFacts facts = garble::ArticleFacts::Of(testing::SegmentText(again));
  CHECK(facts.IsNameUsedAgain(garble::WordHash("kovarikova")));
  CHECK(facts.IsNameUsedAgain(garble::WordHash("teslenko")));
  CHECK_FALSE(facts.IsNameUsedAgain(garble::WordHash("saturday")));  // a word the model knows
  CHECK(Assess(again, "broke back").score < Assess(once, "broke back").score);
}

TEST_CASE("garbled-sentence: strong damage becomes a finding with the reasons in its message") {
  const Report r = AnalyzeBody("Referring to the countries that defended Israel, Mr. We will find a way to help protect them.”");
  REQUIRE(GarbleFindings(r) == 1);
  for (const Finding& f : r.findings) {
    if (f.kind != "garbled-sentence") continue;
    CHECK((f.severity == "warning" || f.severity == "alert"));
    CHECK(f.message.find("title followed by a pronoun") != std::string::npos);
    CHECK(f.evidence["reasons"].is_array());
  }
}

TEST_CASE("garbled-sentence: a finding on the statistics alone is a note, one with a cue a warning") {
  CHECK(std::string(garble::SeverityOf(0.7, true)) == "warning");
  CHECK(std::string(garble::SeverityOf(0.9, true)) == "alert");
  CHECK(std::string(garble::SeverityOf(0.7, false)) == "info");
  CHECK(std::string(garble::SeverityOf(0.9, false)) == "warning");
  // Word salad with no cue: the statistics alone, high enough for a warning.
  const Report r = AnalyzeBody("The talks ended on Friday.\nThe of and to officials very meeting the was is by strongly "
                               "of the in talks.\nThe delegation left.");
  bool found = false;
  for (const Finding& f : r.findings) {
    if (f.kind != "garbled-sentence") continue;
    found = true;
    CHECK(f.message.rfind("This sentence may be a damaged machine translation", 0) == 0);
    CHECK(std::string(garble::SeverityOf(f.evidence["score"].get<double>(), false)) == f.severity);
  }
  CHECK(found);
}

TEST_CASE("garbled-sentence: the statistics alone make a finding only where the article shows damage elsewhere") {
  // Dense or plain sentences of clean news reach the statistics' threshold as
  // often as damaged translation does; a cue elsewhere tells the two apart.
  const char* plain = "The goats will eat the lemon peel, but spit out the seeds.";
  const std::string clean_article = std::string("The farm lost money last year. ") + plain + " The owners plan to sell.";
  const std::string damaged_article =
      std::string("The farm lost money last year. ") + plain + " The owners plan to sell. Reduced bilateral communication.";
  // Damage from the page's encoding alone is no translation damage to corroborate with.
  const std::string encoding_article =
      std::string("The farm lost money last year. ") + plain + " The owners&#39; plan is to sell.";
  for (const std::string& body : {clean_article, damaged_article, encoding_article}) {
    const Report r = AnalyzeBody(body);
    const std::u16string text = CanonicalText(DecodeUtf8("Officials Meet For Talks In Beijing\n" + body).value());
    const SentenceEntry* sentence = nullptr;
    for (const SentenceEntry& s : r.sentences)
      if (text.substr(size_t(s.span.start), size_t(s.span.length())) == DecodeUtf8(plain).value()) sentence = &s;
    REQUIRE(sentence != nullptr);
    INFO(body << " score " << sentence->garble.score);
    CHECK(sentence->garble.score >= garble::kStatisticsOnlyThreshold);  // the statistics would flag it
    const Finding* finding = nullptr;
    for (const Finding& f : r.findings)
      if (f.kind == "garbled-sentence" && f.span.start == sentence->span.start) finding = &f;
    if (body != damaged_article) {
      CHECK(finding == nullptr);
      CHECK(sentence->garble.reasons.empty());
    } else {
      REQUIRE(finding != nullptr);
      CHECK(finding->severity == "info");
      CHECK(finding->message.find("Other sentences of this article show translation damage.") != std::string::npos);
    }
  }
}

TEST_CASE("garbled-sentence: mojibake names the character it most likely was") {
  const std::vector<garble::EncodingDamage> found =
      garble::FindMojibake(u"doesn\u00E2\u20AC\u2122t and \u00E2\u20AC\u0153quoted");
  REQUIRE(found.size() >= 2);
  CHECK(found[0].description.find("’") != std::string::npos);
  CHECK(found[1].description.find("“") != std::string::npos);
  // Where: the three characters after "doesn", and after "t and ".
  CHECK(found[0].at == 5);
  CHECK(found[0].length == 3);
  CHECK(found[1].at == 14);
  CHECK(garble::FindMojibake(u"pâté and château").empty());
  const std::vector<garble::EncodingDamage> bare = garble::FindMojibake(u"Blinken said â we will act");
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].description.find("quotation mark") != std::string::npos);
  CHECK(bare[0].at == 13);
  CHECK(bare[0].length == 1);
}

TEST_CASE("garbled-sentence: damage from encoding alone is not called translation damage") {
  const Report r = AnalyzeBody("Officials met on Friday. Within hours of Vale”s arrest, the club cut him.");
  const Finding* f = nullptr;
  for (const Finding& x : r.findings)
    if (x.kind == "garbled-sentence") f = &x;
  REQUIRE(f != nullptr);
  CHECK(f->message.rfind("This sentence's characters were damaged by the page's encoding", 0) == 0);
  CHECK(f->message.find("“Vale”s” has ” where ’ belongs") != std::string::npos);
  // With translation damage beside it, the message says translation.
  const Report both = AnalyzeBody("Officials met on Friday. Mr. We will find Vale”s way, the club said.");
  bool translation = false;
  for (const Finding& x : both.findings)
    translation |= x.kind == "garbled-sentence" && x.message.rfind("This sentence reads like a damaged machine translation", 0) == 0;
  CHECK(translation);
}

TEST_CASE("garbled-sentence: HTML entities left in the text name the character they stood for") {
  const std::vector<garble::EncodingDamage> found =
      garble::FindHtmlEntities(u"it&#39;s &quot;final&quot; &#x2019; &rsquo; &amp;amp; &bogus; AT&T; &#0; &#xD800;");
  REQUIRE(found.size() == 6);
  CHECK(found[0].description == "“&#39;” was probably ' (apostrophe)");
  CHECK(found[0].at == 2);
  CHECK(found[0].length == 5);
  CHECK(found[1].description.find("quotation mark") != std::string::npos);
  CHECK(found[3].description.find("’") != std::string::npos);
  CHECK(found[4].description.find("’") != std::string::npos);
  CHECK(found[5].description == "“&amp;” was probably &");
  CHECK(garble::FindHtmlEntities(u"Procter & Gamble; AT&T; R&D;").empty());
}

// A paragraph whose second sentence has a cue: after it, the statistics of
// the sentences before it are corroborated (IsFinding).
constexpr const char* kDamageElsewhere = "\nThe talks lasted three days. Reduced bilateral communication.";

// `sentence` analysed as the first of an article that shows damage elsewhere.
Report AnalyzeBeforeDamage(const std::string& sentence) {
  const Report r = AnalyzeBody(sentence + kDamageElsewhere);
  REQUIRE(r.sentences.size() == 3);
  return r;
}

// The garbled-sentence findings on the report's first sentence.
std::vector<Finding> FindingsOnFirst(const Report& r) {
  std::vector<Finding> out;
  for (const Finding& f : r.findings)
    if (f.kind == "garbled-sentence" && f.span.start == r.sentences[0].span.start) out.push_back(f);
  return out;
}

// A statistic group's reason: `flagged` (a sentence in an article that shows
// damage elsewhere) is a finding with it, `clean` is no finding and does not carry it.
void CheckStatisticReason(const std::string& reason, const std::string& flagged, const std::string& clean) {
  INFO(reason);
  const auto only_sentence = [](const std::string& sentence) { return AnalyzeBeforeDamage(sentence).sentences[0].garble; };
  const GarbleAssessment bad = only_sentence(flagged), good = only_sentence(clean);
  CHECK(bad.score > 0.5);
  CHECK(good.score < 0.5);
  CHECK(HasReason(bad, reason));
  CHECK_FALSE(HasReason(good, reason));
}

TEST_CASE("garbled-sentence: improbable word sequences raise the score and say so") {
  const GarbleAssessment salad =
      Assess("The of and to officials very meeting the was is by strongly of the in talks.", "officials");
  const GarbleAssessment fluent = Assess("The officials said the meeting in Beijing was very useful.", "officials");
  CHECK(salad.score > fluent.score);
  CHECK(HasReason(salad, "improbable word sequence"));
  CHECK_FALSE(HasReason(fluent, "improbable word sequence"));
  // The finding marks the least likely pair where it is written.
  const auto marks = MarksOf("The of and to officials very meeting the was is by strongly of the in talks.");
  const auto pair = std::find_if(marks.begin(), marks.end(), [](const auto& m) { return m.first == "improbable word sequence"; });
  REQUIRE(pair != marks.end());
  CHECK(pair->second == "the was");  // the pair the message names
}

TEST_CASE("garbled-sentence: an unusual run of word classes raises the score and says so") {
  CheckStatisticReason("unusual sentence structure", "In the city of the his were many, and the with the built.",
                       "Many of his people were in the city, and they built the walls.");
}

TEST_CASE("garbled-sentence: rare or unknown words raise the score and say so") {
  CheckStatisticReason("rare or unknown words",
                       "The minister visited the glorbish fenticulars of zamport and the trebonic valdries yesterday.",
                       "The city council approved the budget on Tuesday after a long debate.");
  // The finding names the rarest words (unknown ones first, at most three, in
  // sentence order), so that a reader can see what the model did not know.
  const std::vector<Finding> rare =
      FindingsOnFirst(AnalyzeBeforeDamage("The minister visited the glorbish fenticulars of zamport and the trebonic valdries yesterday."));
  REQUIRE(rare.size() == 1);
  CHECK(rare[0].evidence["rare_words"] == nlohmann::json({"glorbish", "fenticulars", "zamport"}));
  CHECK(rare[0].message.find("Its rarest words: “glorbish”, “fenticulars”, “zamport”.") != std::string::npos);
  // And marks them, for the panel and the page.
  std::vector<std::string> marked;
  for (const auto& m : rare[0].evidence["marks"])
    if (m["reason"] == "rare or unknown words") marked.push_back(m["text"].get<std::string>());
  CHECK(marked == std::vector<std::string>{"glorbish", "fenticulars", "zamport"});
  // Words that carry no such reason are not listed.
  const Report salad = AnalyzeBody("The of and to officials very meeting the was is by strongly of the in talks.");
  REQUIRE(salad.findings.size() == 1);
  CHECK_FALSE(salad.findings[0].evidence.contains("rare_words"));
}

TEST_CASE("garbled-sentence: words repeated within a sentence raise the score and say so") {
  CheckStatisticReason("words repeated",
                       "The farmers planted the wheat in the spring, and the farmers harvested the wheat in the autumn.",
                       // (Plain prose of short common words sits near 0.5 on the statistics alone:
                       // "The farmers planted wheat in spring and harvested it in autumn." 0.44 with
                       // the shape weights of 2026-11, 0.55 since; docs/garble.md, known limits.)
                       "Farmers in the valley planted wheat in the spring and harvested it in September.");
  // The finding names the words used again, each once.
  const std::vector<Finding> repeated = FindingsOnFirst(
      AnalyzeBeforeDamage("The farmers planted the wheat in the spring, and the farmers harvested the wheat in the autumn."));
  REQUIRE(repeated.size() == 1);
  CHECK(repeated[0].evidence["repeated_words"] == nlohmann::json({"farmers", "wheat"}));
  CHECK(repeated[0].message.find("Used again: “farmers”, “wheat”.") != std::string::npos);
}

TEST_CASE("garbled-sentence: statistic groups become reasons over the threshold; a finding always has one") {
  using garble::StatisticGroup;
  garble::Assessment a;
  a.group_logits = {1.5, 0.2, 1.2, -0.4};  // word sequence, vocabulary, repetition, structure
  CHECK(garble::GroupsToName(a, true) == std::vector{StatisticGroup::kWordSequence, StatisticGroup::kRepetition});
  CHECK(garble::GroupsToName(a, false) == std::vector{StatisticGroup::kWordSequence, StatisticGroup::kRepetition});
  // None over the threshold: a finding names the largest share, a sentence
  // below the threshold (or with a structural reason) names none.
  a.group_logits = {0.3, 0.9, 0.1, 0.6};
  CHECK(garble::GroupsToName(a, true) == std::vector{StatisticGroup::kVocabulary});
  CHECK(garble::GroupsToName(a, false).empty());
  a.group_logits = {-0.3, -0.9, -0.1, 0.0};  // nothing raised it: nothing to name
  CHECK(garble::GroupsToName(a, true).empty());
  // Length, word length, capitals and numbers describe style, not damage.
  CHECK(garble::GroupOf(garble::kLogWords) == StatisticGroup::kNone);
  CHECK(garble::GroupOf(garble::kMeanWordLength) == StatisticGroup::kNone);
  CHECK(garble::GroupOf(garble::kFragment) == StatisticGroup::kNone);
  CHECK(garble::GroupOf(garble::kGrammarShape) == StatisticGroup::kStructure);
  CHECK(garble::GroupOf(garble::kOovRate) == StatisticGroup::kVocabulary);

  // End to end: every finding on these damaged sentences names a reason (the
  // fragment after them corroborates their statistics, and is a finding too).
  const Report r = AnalyzeBody(
      "The Orator put a miracle or sslin crowd on its head.\n"
      "There would be a hunt, and any work would be done.\n"
      "The spirit is small, but the spirit is great.\n"
      "In the city of the his were many, and the with the built.\n" +
      std::string(kDamageElsewhere));
  size_t findings = 0;
  for (const Finding& f : r.findings) {
    if (f.kind != "garbled-sentence") continue;
    ++findings;
    CHECK_FALSE(f.evidence["reasons"].empty());
  }
  CHECK(findings >= 4);
}

TEST_CASE("garbled-sentence: a sentence below the threshold names no statistic as a reason") {
  // Its grammatical shape alone is unusual (the group's share passes the
  // threshold), but the sentence scores far below a finding.
  const Report data = AnalyzeBody("Premier League: Arsenal 2, Chelsea 1; Liverpool 3, Everton 0; Manchester City 1, Tottenham 1.");
  REQUIRE(data.sentences.size() == 1);
  CHECK(data.sentences[0].garble.score < 0.2);
  CHECK(data.sentences[0].garble.reasons.empty());
}

TEST_CASE("garbled-sentence: no findings on what news legitimately does") {
  const char* body =
      "US Secretary of State Antony Blinken said on Friday that the United States had seen evidence of interference.\n"
      "“No, we are focused on what is in America’s interests,” he said.\n"
      "The visit, his second in less than a year (the first was in June), ended on April 26, 2024.\n"
      "Officials listed three priorities: trade, fentanyl and military talks.\n"
      "- Export controls on chips\n"
      "Wang Yi, China’s foreign minister, met Blinken for five and a half hours.\n"
      "The town is 80 km south of the capital and 284 km east of the border.\n"
      "“We expect them to act. If they don’t act, we will act,” Blinken said.\n"
      "Ingredients: two eggs, 200g flour, a pinch of salt, 100ml milk.\n"
      "Contact: press@example.com, +44 20 7946 0958.\n"
      "The happiest countries, top five: 1. Norway; 2. Denmark; 3. Sweden; 4. Finland; 5. Iceland.\n"
      "Weather: Sunny, high 24C (75F), low 15C (59F).\n"
      "Shares of Apple Inc. (AAPL) fell 2.3% to $172.50 in early trading, while the S&P 500 slipped 0.4%.\n"
      "Manchester United 2, Liverpool 1: Vellana scored twice in the second half.\n"
      "The bill, H.R. 2882, passed 286-134.\n"
      "Correction: An earlier version of this story misstated the name of the county’s emergency manager.\n";
  // Dateline lines first, as scraped pages have them, then the headline.
  const Report r = AnalyzeText(std::string("Beijing\nCNN\n—\nBlinken Ends China Visit With A Warning\n") + body);
  CHECK(GarbleFindings(r) == 0);
  for (const SentenceEntry& s : r.sentences) CHECK(s.garble.score < 0.5);
}

TEST_CASE("garbled-sentence: every body sentence gets a score in [0, 1]") {
  const Report r = AnalyzeBody("One sentence here. Another one follows it.\nA third, in a new paragraph.");
  REQUIRE(r.sentences.size() == 3);
  for (const SentenceEntry& s : r.sentences) {
    CHECK(s.garble.score >= 0.0);
    CHECK(s.garble.score <= 1.0);
  }
}

TEST_CASE("garble model: the embedded model parses, knows English and rejects corrupt bytes") {
  const garble::LanguageModel& lm = garble::LanguageModel::Embedded();
  REQUIRE_FALSE(lm.empty());
  CHECK(lm.vocabulary_size() > 30000);
  const int32_t the = lm.Find("the"), united = lm.Find("united"), states = lm.Find("states");
  REQUIRE(the >= 0);
  REQUIRE(united >= 0);
  REQUIRE(states >= 0);
  CHECK(lm.LogProb(the, united, states) > lm.LogProb(states, united, the));
  CHECK(lm.Find("qzxv") == garble::LanguageModel::kNone);
  const uint8_t junk[] = {1, 2, 3, 4, 5, 6, 7, 8};
  CHECK_FALSE(garble::LanguageModel::Parse(junk, sizeof junk).ok());
}

TEST_CASE("garble model: words are found by hash alone, each as itself, and near-misses are not words") {
  const garble::LanguageModel& lm = garble::LanguageModel::Embedded();
  REQUIRE_FALSE(lm.empty());
  int found_as_itself = 0, near_misses_found = 0;
  for (uint32_t id = 0; id < lm.vocabulary_size(); ++id) {
    const std::string word(lm.word(int32_t(id)));
    found_as_itself += lm.Find(word) == int32_t(id) ? 1 : 0;
    // Spellings the vocabulary cannot hold (a '#' inside), one per word.
    near_misses_found += lm.Find(word + "#") != garble::LanguageModel::kNone ? 1 : 0;
  }
  CHECK(found_as_itself == int(lm.vocabulary_size()));
  CHECK(near_misses_found == 0);
}

namespace {

// The evidence of the body sentence of "headline\n<sentence>".
garble::Evidence EvidenceOf(const std::string& sentence) {
  REQUIRE(InitIcu().ok());
  Article a;
  a.id = "t.txt";
  a.text = CanonicalText(DecodeUtf8("Officials Meet For Talks In Beijing\n" + sentence + "\n").value());
  const Document doc = Segment(a);
  REQUIRE(doc.sentences.size() == 1);
  const auto [begin, end] = doc.sentence_tokens(0);
  const Sentence& s = doc.sentences[0];
  return garble::ExtractEvidence(doc, s.span, begin, end, doc.paragraphs[size_t(s.paragraph)].span, nullptr,
                                 /*keep_shape_grams=*/true);
}

// `count` distinct filler words ("wa wb ... xa ..."), none a number.
std::string Fillers(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += std::string(" ") + char('w' + i / 26) + char('a' + i % 26);
  return out;
}

}  // namespace

TEST_CASE("garble evidence: the statistics count what they say") {
  using garble::Feature;
  SECTION("a repeated word pair counts within the previous 64 words, not beyond") {
    // 15 words, 14 pairs; "the cat" comes again.
    CHECK(EvidenceOf("The cat sat on the mat while the cat slept on a chair nearby today.")
              .features[garble::kRepeatedBigramRate] == Approx(1.0 / 14));
    // "red fox" again 61 words on: counted; 69 words on: not.
    const garble::Evidence near = EvidenceOf("The red fox" + Fillers(59) + " red fox ran.");
    CHECK(near.features[garble::kRepeatedBigramRate] == Approx(1.0 / 64));
    const garble::Evidence far = EvidenceOf("The red fox" + Fillers(67) + " red fox ran.");
    CHECK(far.features[garble::kRepeatedBigramRate] == 0.0);
    // Two grammatical words together ("in the") may come again: ordinary English.
    CHECK(EvidenceOf("The talks in the city went on in the night.").features[garble::kRepeatedBigramRate] == 0.0);
  }
  SECTION("acronyms stay out of the word length; accented Latin counts as foreign, another script does not") {
    // The UN and the OSCE: letters of the other ten words, 34 / 10, centred at 5.
    CHECK(EvidenceOf("The UN and the OSCE met in Vienna on Monday to talk.").features[garble::kMeanWordLength] ==
          Approx(3.4 - 5.0));
    // José, Müller and Wrocław: 3 of 12 words.
    CHECK(EvidenceOf("José Müller met officials in Wrocław on Monday to discuss the plan.")
              .features[garble::kForeignLetters] == Approx(0.25));
    CHECK(EvidenceOf("The minister said дополнительно that the talks would continue next week.")
              .features[garble::kForeignLetters] == 0.0);
  }
  SECTION("the shape n-grams: one to four ending at each symbol, quotation marks and hyphens left out") {
    // <s> the cat sat on the mat . </s>: 9 symbols, 9 + 8 + 7 + 6 n-grams.
    CHECK(EvidenceOf("The cat sat on the mat.").shape_grams.size() == 9 + 8 + 7 + 6);
    // <s> the cat , he said . </s>: the quotation marks are not symbols.
    CHECK(EvidenceOf("“The cat,” he said.").shape_grams.size() == 8 + 7 + 6 + 5);
    // The hyphen of "three-day" is no dash: <s> a three day visit ended . </s>.
    CHECK(EvidenceOf("A three-day visit ended.").shape_grams.size() == 8 + 7 + 6 + 5);
    // A dash between words is: <s> it ended – abruptly . </s>.
    CHECK(EvidenceOf("It ended – abruptly.").shape_grams.size() == 7 + 6 + 5 + 4);
  }
  SECTION("the shape feature: integer weights summed, over the square root of their count, bounded, shrunk") {
    std::vector<int8_t> weights(garble::kShapeBuckets, 0);
    weights[1] = 10;
    weights[2] = -4;
    const std::vector<uint16_t> grams = {1, 1, 2};  // 16 / sqrt(3)
    CHECK(garble::ShapeFeature(grams, 8, weights.data(), 0.1) == Approx(1.6 / std::sqrt(3.0)));
    CHECK(garble::ShapeFeature(grams, 4, weights.data(), 0.1) == Approx(0.8 / std::sqrt(3.0)));  // half as reliable
    CHECK(garble::ShapeFeature(grams, 8, weights.data(), 1.0) == 2.0);  // bounded
    CHECK(garble::ShapeFeature({}, 8, weights.data(), 1.0) == 0.0);
    // What the trainer recomputes from the kept n-grams is what the detector
    // sums as it walks the sentence.
    const garble::Evidence e = EvidenceOf("Officials said on Monday that the talks, held in Vienna, would go on.");
    CHECK(e.word_count == 13);
    CHECK(e.features[garble::kGrammarShape] ==
          garble::ShapeFeature(e.shape_grams, e.word_count, garble::kShapeWeights, garble::kShapeScale));
    CHECK(e.features[garble::kGrammarShape] != 0.0);
  }
  SECTION("figures and addresses written as one word count with the numbers, not as unknown words") {
    // 200g, 100ml, 5km: three of the thirteen words are figures; the other ten the model knows.
    const garble::Evidence recipe = EvidenceOf("Mix two eggs, 200g flour, a pinch of salt, 100ml milk for 5km.");
    CHECK(recipe.features[garble::kOovRate] == 0.0);
    CHECK(recipe.features[garble::kNumberRate] == Approx(3.0 / 13));
    const garble::Evidence contact = EvidenceOf("Write to press@example.com or see PowerOutage.us for updates.");
    CHECK(contact.features[garble::kOovRate] == 0.0);
    CHECK(contact.features[garble::kUnknownNameRate] == 0.0);
    // Not an address: an abbreviation, and two sentences run together.
    CHECK(EvidenceOf("He moved to the U.S. in May with his family and friends.").features[garble::kNumberRate] == 0.0);
    CHECK(EvidenceOf("They spoke of their feelings.Young people were there too.").features[garble::kNumberRate] == 0.0);
  }
  SECTION("quoted speech and a list after a colon are the share of a sentence that is not prose") {
    // Weather: | Sunny, high 24C (75F), low 15C (59F): 7 of 8 words listed.
    CHECK(EvidenceOf("Weather: Sunny, high 24C (75F), low 15C (59F).").features[garble::kNotProseShare] ==
          Approx(7.0 / 8));
    // Three items, the last joined by "and": 10 of 11 words.
    CHECK(EvidenceOf("Ingredients: two eggs, 200g flour, a pinch of salt and milk.")
              .features[garble::kNotProseShare] == Approx(10.0 / 11));
    // A clause after the colon is prose; so are two items.
    CHECK(EvidenceOf("He said one thing: the talks, which ran late, had failed.").features[garble::kNotProseShare] ==
          0.0);
    CHECK(EvidenceOf("Two things matter: trade and talks.").features[garble::kNotProseShare] == 0.0);
    // Quoted words: 5 of 7.
    CHECK(EvidenceOf("“We will act if needed,” Blinken said.").features[garble::kNotProseShare] == Approx(5.0 / 7));
  }
  SECTION("a content word seen before in the sentence is a repeat; function words are not counted") {
    // Content words: officials, met, officials, Beijing, discuss, trade, officials (7); repeats: 2.
    const garble::Evidence e = EvidenceOf("Officials met officials in Beijing to discuss trade with officials.");
    CHECK(e.features[garble::kRepeatedWordRate] == Approx(2.0 / 7));
  }
}

TEST_CASE("garbled-sentence: statistics alone make a finding from a higher score than a cue does") {
  static_assert(garble::IsFinding(garble::kFindingThreshold, true, false));
  static_assert(!garble::IsFinding(garble::kFindingThreshold, false, true));
  static_assert(garble::IsFinding(garble::kStatisticsOnlyThreshold, false, true));
  static_assert(!garble::IsFinding(0.99, false, false));
  static_assert(garble::kStatisticsOnlyThreshold > garble::kFindingThreshold);
  // The detector applies it: each sentence is a finding exactly when its score
  // and cues say so (the fragment corroborates the statistics of the others),
  // and statistic groups are named on findings only.
  const Report r = AnalyzeBody(
      "The farmers planted wheat in spring and harvested it in autumn. She walked to the station and took the last "
      "train home. The of and to officials very meeting the was is by strongly of the in talks. Reduced bilateral "
      "communication. The river rose overnight and flooded two streets near the bridge.");
  REQUIRE(r.sentences.size() == 5);
  for (const SentenceEntry& s : r.sentences) {
    const bool cue = std::any_of(s.garble.reasons.begin(), s.garble.reasons.end(), [](const std::string& reason) {
      return reason != "improbable word sequence" && reason != "rare or unknown words" && reason != "words repeated" &&
             reason != "unusual sentence structure";
    });
    const bool finding = std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) {
      return f.kind == "garbled-sentence" && f.span.start == s.span.start;
    });
    INFO(s.garble.score);
    CHECK(finding == garble::IsFinding(s.garble.score, cue, true));
    if (!finding) CHECK(s.garble.reasons.empty());
  }
  // The word salad (statistics, far above both thresholds) and the fragment (a cue) are findings.
  CHECK(r.sentences[2].garble.score >= garble::kStatisticsOnlyThreshold);
  CHECK(HasReason(r.sentences[2].garble, "improbable word sequence"));
  CHECK(HasReason(r.sentences[3].garble, "sentence fragment"));
}
