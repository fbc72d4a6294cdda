// Evidence that a sentence was damaged by machine translation or encoding:
// structural cues (each with a reason a reader understands) and statistics of
// its word sequence under the compact language model. The detector turns the
// feature vector into a score with weights learnt by tools/garble-model.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "base/span.h"
#include "detectors/attribution/quote_marks.h"
#include "segments/document.h"

namespace copydesk::garble {

// Feature order is part of the learnt weights (weights.h, regenerated with
// them). Structural cues are the range kFirstCue..kLastCue.
enum Feature : int {
  kBias = 0,
  kFragment,
  kOrphanLowercase,
  kMidCapital,
  kQuoteBroken,
  kSpacingLost,
  kTitlePronoun,
  kDanglingEnd,
  kDuplicatedPhrase,
  kAgreementSlip,
  kFirstPerson,
  kMojibake,
  kUntranslated,     // a word in another script ("дополнительно"): left untranslated
  kLmMeanLogProb,    // mean log10 P(word | two previous words), centred at -3
  kLmMinLogProb,     // lowest such log-probability, centred at -5
  kLmMeanSurprise,   // mean of log P(word | context) - log P(word)
  kLmImprobableRate, // share of in-vocabulary transitions far less likely than the word alone
  kOovRate,          // lowercase words the model does not know
  kLogWords,         // log(1 + words)
  kShortSentence,    // three words or fewer
  kUnigramMean,      // mean log10 P(word) of the words (unknown lowercase words count -7), centred at -3
  kRareWordRate,     // share of words rarer than 1 in 100,000 (or unknown)
  kForeignLetters,   // share of words with letters outside English (left untranslated?)
  kCapitalisedRate,  // share of words after the first that are capitalised
  kRepeatedWordRate, // share of content words that occur again in the sentence
  kFunctionWordRate, // share of words from the closed classes
  kMeanWordLength,   // letters per word, centred at 5
  kNoFinalStop,      // the sentence does not end in . ! ? or a closing quote
  kCommaRate,        // commas per word
  kBigramCoverage,   // share of adjacent known-word pairs the model has seen together
  kTrigramCoverage,  // share of known-word triples whose history it has seen (bigram kept)
  kNumberRate,       // share of tokens that are numbers
  kLmLogProbSpread,  // standard deviation of the words' log-probabilities
  kLmLowProbRate,    // share of scored words with log10 P(word | context) below -4
  kLmWorstSurprise,  // lowest log P(word | context) - log P(word), centred at -1
  kLmWorstThreeMean, // mean of the three lowest log-probabilities, centred at -4.5
  kUnknownNameRate,  // share of words after the first that are capitalised and unknown to the model
  kRepeatedBigramRate, // share of adjacent word pairs that occur again in the sentence
  kPunctuationRate,  // dashes, hyphens, semicolons per word (not quotation marks or brackets: news's daily bread)
  kContentUnigramMean, // mean log10 P(word) of the known content words, centred at -4
  kVerbRate,         // share of known words that can only or mostly be verbs
  kNounOnlyRate,     // share of known words that can only be nouns
  kAdjectiveRate,    // share of known words that can be adjectives
  kGrammarShape,     // learnt score of the sentence's grammatical shape (ShapeFeature below)
  kNotProseShare,    // share of the words quoted or listed after a colon: not weighted; it discounts the fluency evidence (scorer.h)
  kFeatureCount,
  kFirstCue = kFragment,
  kLastCue = kUntranslated,
};

// Whether feature i is a structural cue (one reason a reader is shown).
inline constexpr bool IsCue(int i) { return i >= kFirstCue && i <= kLastCue; }

inline constexpr const char* kFeatureNames[kFeatureCount] = {
    "bias",           "fragment",          "orphan_lowercase", "mid_capital",      "quote_broken",
    "spacing_lost",   "title_pronoun",     "dangling_end",     "duplicated_phrase", "agreement_slip",
    "first_person",   "mojibake",       "untranslated",     "lm_mean_logprob",   "lm_min_logprob",   "lm_mean_surprise", "lm_improbable_rate",
    "oov_rate",       "log_words",         "short_sentence",   "unigram_mean",     "rare_word_rate",
    "foreign_letters", "capitalised_rate", "repeated_word_rate", "function_word_rate", "mean_word_length",
    "no_final_stop",  "comma_rate",        "bigram_coverage",  "trigram_coverage", "number_rate",
    "lm_logprob_spread", "lm_low_prob_rate", "lm_worst_surprise", "lm_worst_three_mean",
    "unknown_name_rate", "repeated_bigram_rate", "punctuation_rate", "content_unigram_mean",
    "verb_rate", "noun_only_rate", "adjective_rate", "grammar_shape", "not_prose_share"};

struct Evidence {
  std::array<double, kFeatureCount> features{};
  // Reader-language reasons for the structural cues found, in feature order;
  // the detector adds the statistic groups that carry the score (scorer.h).
  std::vector<std::string> reasons;
  // Where a structural cue fired (its first place in the sentence): the mark,
  // word or words a reason is about, so that a reader sees the damage, not
  // only its name. `reason` indexes `reasons`; a sentence fragment, whose
  // damage is the whole sentence, has none.
  struct Mark {
    size_t reason = 0;
    Span span;
  };
  std::vector<Mark> marks;
  std::string improbable_words;  // the least likely pair of words, as the model spells them
  Span improbable_span;          // and where they are written
  // The rarest words (unknown to the model, or rarer than 1 in 100,000), at
  // most kMaxRareWords, in sentence order: for the "rare or unknown words"
  // reason's message.
  static constexpr size_t kMaxRareWords = 3;
  std::array<Span, kMaxRareWords> rare_words{};
  size_t rare_word_count = 0;
  // Content words used again in the sentence (each where it first comes
  // again, at most kMaxRepeatedWords): for the "words repeated" message.
  static constexpr size_t kMaxRepeatedWords = 3;
  std::array<Span, kMaxRepeatedWords> repeated_words{};
  size_t repeated_word_count = 0;
  // The sentence's shape n-grams (ShapeFeature; kept only when asked for)
  // and its word count: the trainer refits the shape weights from them.
  std::vector<uint16_t> shape_grams;
  size_t word_count = 0;
};

// Grammatical shape: the sentence as a sequence of closed-class words (as
// themselves), word classes of the other words (from the lexicon's flags),
// names, numbers and punctuation, from its start to its end. Its n-grams (one
// to four), hashed into kShapeBuckets, carry weights learnt from human
// judgements of machine translation (tools/garble-model): how natural the
// grammar is, apart from the subject matter. The feature is their sum over
// the square root of their count, times `scale`, bounded and shrunk for short
// sentences like the other statistics.
inline constexpr int kShapeBucketBits = 16;
inline constexpr int kShapeBuckets = 1 << kShapeBucketBits;
static_assert(kShapeBucketBits <= 16, "shape n-grams are kept as uint16_t bucket numbers");
double ShapeFeature(const std::vector<uint16_t>& grams, size_t word_count, const int8_t* weights, double scale);

struct QuoteState {
  bool open = false;       // inside a double quotation
  bool seen_mark = false;  // a mark has been seen in this paragraph
  int32_t opened_at = -1;  // the opening mark of the last quotation opened
};

// The paragraph's quotation marks, carried from sentence to sentence so that
// a paragraph is walked once (sentences in order, starting from Start()).
struct ParagraphQuotes {
  bool any_marks = false;
  QuoteState state;
  // The paragraph's state at `up_to` (its first sentence's start).
  static ParagraphQuotes Start(const Document& doc, Span paragraph, int32_t up_to);
};

// What the whole article says about its sentences, worked out once per
// document.
struct ArticleFacts {
  // Body paragraphs without quotation marks that use the first person. A
  // writer who says "we", "our" or "I" in other paragraphs (a column, a
  // forecast, a review: "the storm is done soaking us") is not betrayed by
  // one more first-person sentence; a lone one amid third-person narration
  // is what translation from pro-drop languages leaves ("I have continued.").
  int first_person_paragraphs = 0;
  // WordHash of the capitalised words the model does not know that the
  // body uses in two sentences or more, sorted: the story's own names
  // ("Kovarikova", "Teslenko"), not words translation left or invented.
  std::vector<uint64_t> names_used_again;
  // "He" is a surname here: written mid-sentence before another name ("Vice
  // Premier He Lifeng"), so "Mr He said" is no title before a pronoun.
  bool he_is_a_name = false;
  // Quotations opened with a single mark (‘…’), as British news writes
  // speech, in text order: FindQuoteMarks's, so that the garble walk, which
  // follows double marks only, counts their words as quoted too.
  std::vector<Span> single_quotes;
  // `quote_marks`: the document's FindQuoteMarks, if already found (else found here).
  static ArticleFacts Of(const Document& doc, const std::vector<QuoteMarkSpan>* quote_marks = nullptr);
  bool IsNameUsedAgain(uint64_t hash) const;
  bool InSingleQuote(int32_t pos) const;
  bool HasSingleQuoteIn(Span span) const;
};

// Evidence for the text `span` of `doc` whose word tokens are [token_begin,
// token_end); `paragraph` is the span of its paragraph. `quotes` carries the
// quotation state at span.start and is left at span.end; null walks the
// paragraph from its start. `keep_shape_grams` fills Evidence::shape_grams
// (the trainer's need); the detector needs only their weighted sum. `facts`
// are the document's (ArticleFacts::Of, once per document); null works them out.
Evidence ExtractEvidence(const Document& doc, Span span, size_t token_begin, size_t token_end, Span paragraph,
                         ParagraphQuotes* quotes = nullptr, bool keep_shape_grams = false,
                         const ArticleFacts* facts = nullptr);

// Characters damaged by encoding: a description for the reader (what they
// were probably) and where they are in the text searched.
struct EncodingDamage {
  std::string description;
  size_t at = 0;
  size_t length = 0;
};

// Mojibake: UTF-8 read as Windows-1252 ("â€™" for ’). Each damaged sequence
// with the character it most likely was ("â€™" → ’).
std::vector<EncodingDamage> FindMojibake(std::u16string_view text);

// HTML character references left in the text by double escaping ("&#39;",
// "&quot;"): each with the character it stood for.
std::vector<EncodingDamage> FindHtmlEntities(std::u16string_view text);

}  // namespace copydesk::garble
