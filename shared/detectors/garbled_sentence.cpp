// garbled-sentence: sentences damaged by machine translation (a round trip
// through another language) or by encoding. Every body sentence gets a score
// (the probability a careful editor would call it garbled) from structural
// cues and a compact trigram model's view of its word sequence, combined with
// learnt weights (detectors/garble/); sentences above the threshold become
// findings whose message gives the reasons in a reader's words.
#include "detectors/garbled_sentence.h"

#include <algorithm>
#include <vector>

#include "detectors/garble/evidence.h"
#include "detectors/garble/scorer.h"

namespace copydesk {
namespace {

// The statistic groups (scorer.h) in a reader's words.
constexpr const char* kGroupReasons[garble::kStatisticGroupCount] = {
    "improbable word sequence",    // kWordSequence
    "rare or unknown words",       // kVocabulary
    "words repeated",              // kRepetition
    "unusual sentence structure",  // kStructure
};

// Whether every reason is damage from the page's encoding, which is no sign of translation.
bool OnlyEncodingDamage(const std::vector<std::string>& reasons) {
  return !reasons.empty() && std::all_of(reasons.begin(), reasons.end(), [](const std::string& r) {
    return r.rfind("encoding damage", 0) == 0;
  });
}

std::string JoinReasons(const std::vector<std::string>& reasons) {
  std::string out;
  for (size_t i = 0; i < reasons.size(); ++i) out += (i ? "; " : "") + reasons[i];
  return out;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) out += (i ? "”, “" : "") + words[i];
  return out;
}

class GarbledSentenceDetector final : public Detector {
 public:
  std::string_view name() const override { return "garbled-sentence"; }
  std::string_view description() const override {
    return "Sentences damaged by machine translation or encoding (fragments, broken quotes, lost spaces, "
           "improbable word sequences, rare words, repetition, unusual sentence structure, mojibake), "
           "each scored with the reasons.";
  }
  bool reads_english() const override { return true; }

  void Run(const Document& doc, const AnalysisContext& context, Report& report) const override {
    // A sentence with the statistics alone at the threshold waits for the
    // rest of the article: it is a finding only if another one shows damage
    // (StatisticsCorroborated). Only those few are kept until the end.
    struct Pending {
      size_t sentence;
      garble::Evidence evidence;
      garble::Assessment assessment;
    };
    std::vector<Pending> pending;
    bool cue_finding = false;
    garble::ParagraphQuotes quotes;
    const garble::ArticleFacts facts = garble::ArticleFacts::Of(doc, &context.QuoteMarks(doc));
    int current_paragraph = -1;
    for (size_t i = 0; i < doc.sentences.size() && i < report.sentences.size(); ++i) {
      const Sentence& sentence = doc.sentences[i];
      const auto [token_begin, token_end] = doc.sentence_tokens(i);
      const Span paragraph = doc.paragraphs[size_t(sentence.paragraph)].span;
      if (sentence.paragraph != current_paragraph) {  // one walk per paragraph
        current_paragraph = sentence.paragraph;
        quotes = garble::ParagraphQuotes::Start(doc, paragraph, sentence.span.start);
      }
      garble::Evidence evidence =
          garble::ExtractEvidence(doc, sentence.span, token_begin, token_end, paragraph, &quotes, false, &facts);
      const garble::Assessment assessment = garble::Score(evidence);
      const bool has_cue = !evidence.reasons.empty();
      const double word_sequence_logit = assessment.group_logits[int(garble::StatisticGroup::kWordSequence)];
      report.sentences[i].garble.score = assessment.score;
      if (!has_cue && !garble::StatisticsCorroborated(false, word_sequence_logit) &&
          garble::IsFinding(assessment.score, false, true)) {
        pending.push_back({i, std::move(evidence), assessment});
        continue;
      }
      const bool finding = garble::IsFinding(assessment.score, has_cue, true);
      // Translation damage elsewhere: a sentence only the page's encoding damaged does not show it.
      cue_finding = cue_finding || (finding && has_cue && !OnlyEncodingDamage(evidence.reasons));
      Judge(doc, i, evidence, assessment, finding, report);
    }
    for (const Pending& p : pending) Judge(doc, p.sentence, p.evidence, p.assessment, cue_finding, report);
  }

 private:
  // Sets sentence i's reasons and, if it is a `finding`, adds the finding.
  static void Judge(const Document& doc, size_t i, const garble::Evidence& evidence,
                    const garble::Assessment& assessment, bool finding, Report& report) {
    const bool has_cue = !evidence.reasons.empty();
    std::vector<std::string> reasons = evidence.reasons;
    bool improbable = false, rare = false, repeated = false;
    // Statistics are reasons behind a high score only: below the threshold
    // a group that raised the score is outweighed, and naming it ("unusual
    // sentence structure" on a sentence at 0.01) would only puzzle a reader.
    const std::vector<garble::StatisticGroup> groups =
        finding ? garble::GroupsToName(assessment, reasons.empty()) : std::vector<garble::StatisticGroup>{};
    for (garble::StatisticGroup g : groups) {
      reasons.emplace_back(kGroupReasons[int(g)]);
      improbable = improbable || g == garble::StatisticGroup::kWordSequence;
      rare = rare || g == garble::StatisticGroup::kVocabulary;
      repeated = repeated || g == garble::StatisticGroup::kRepetition;
    }
    report.sentences[i].garble.reasons = reasons;
    if (!finding) return;

    Finding f;
    f.kind = "garbled-sentence";
    f.severity = garble::SeverityOf(assessment.score, has_cue);
    f.span = doc.sentences[i].span;
    // The statistics alone say less than a cue: "may be". Damage from the
    // page's encoding alone is no sign of translation.
    const bool encoding_only = has_cue && OnlyEncodingDamage(reasons);
    const std::string lead = encoding_only ? "This sentence's characters were damaged by the page's encoding"
                             : has_cue     ? "This sentence reads like a damaged machine translation"
                                           : "This sentence may be a damaged machine translation";
    // Each structural reason with the words it is about, where it names none
    // itself: "space before punctuation (“Monday ,”)"; a quotation's marks
    // without more around them: "quotation broken (at that?”)".
    std::vector<std::string> shown_reasons = reasons;
    nlohmann::json marks = nlohmann::json::array();  // where the damage is, for the panel and the page
    const auto add_mark = [&](const std::string& reason, Span span, const std::string& words) {
      marks.push_back({{"reason", reason}, {"start", span.start}, {"end", span.end}, {"text", words}});
    };
    for (const garble::Evidence::Mark& m : evidence.marks) {
      const std::string words = doc.slice_utf8(m.span);
      const std::string& reason = reasons[m.reason];
      if (reason.rfind("quotation", 0) == 0)
        shown_reasons[m.reason] += " (at " + words + ")";
      else if (reason.find("“") == std::string::npos)
        shown_reasons[m.reason] += " (“" + words + "”)";
      add_mark(reason, m.span, words);
    }
    f.message = reasons.empty() ? lead + "." : lead + ": " + JoinReasons(shown_reasons) + ".";
    if (improbable && !evidence.improbable_words.empty())
      f.message += " The least likely words together: “" + evidence.improbable_words + "”.";
    // The words behind a reason, as written.
    const auto words_of = [&](const auto& spans, size_t count) {
      std::vector<std::string> out;
      for (size_t k = 0; k < count; ++k) out.push_back(doc.slice_utf8(spans[k]));
      return out;
    };
    const std::vector<std::string> rare_words =
        rare ? words_of(evidence.rare_words, evidence.rare_word_count) : std::vector<std::string>{};
    if (!rare_words.empty()) f.message += " Its rarest words: “" + JoinWords(rare_words) + "”.";
    const std::vector<std::string> repeated_words =
        repeated ? words_of(evidence.repeated_words, evidence.repeated_word_count) : std::vector<std::string>{};
    if (!repeated_words.empty()) f.message += " Used again: “" + JoinWords(repeated_words) + "”.";
    // Why the statistics count here, where clean news scores as high: the damage the article shows.
    if (!has_cue && !improbable) f.message += " Other sentences of this article show translation damage.";
    f.evidence = {{"score", RoundScore(assessment.score)}, {"reasons", reasons}};
    if (improbable) f.evidence["improbable_words"] = evidence.improbable_words;
    if (!rare_words.empty()) f.evidence["rare_words"] = rare_words;
    if (!repeated_words.empty()) f.evidence["repeated_words"] = repeated_words;
    // The words the statistics name are marked too (the message names them already).
    if (improbable && !evidence.improbable_span.empty())
      add_mark(kGroupReasons[int(garble::StatisticGroup::kWordSequence)], evidence.improbable_span,
               doc.slice_utf8(evidence.improbable_span));
    for (size_t k = 0; k < rare_words.size(); ++k)
      add_mark(kGroupReasons[int(garble::StatisticGroup::kVocabulary)], evidence.rare_words[k], rare_words[k]);
    for (size_t k = 0; k < repeated_words.size(); ++k)
      add_mark(kGroupReasons[int(garble::StatisticGroup::kRepetition)], evidence.repeated_words[k], repeated_words[k]);
    if (!marks.empty()) f.evidence["marks"] = std::move(marks);
    report.findings.push_back(std::move(f));
  }
};

}  // namespace

std::unique_ptr<Detector> MakeGarbledSentenceDetector() { return std::make_unique<GarbledSentenceDetector>(); }

}  // namespace copydesk
