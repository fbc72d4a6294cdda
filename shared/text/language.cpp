#include "text/language.h"

#include <iterator>
#include <string_view>
#include <unordered_set>

namespace copydesk {
namespace {

// Frequent English grammar words that no other common language writes the
// same way. Left out because other languages use them just as often: "a"
// (French, Spanish, Italian, Portuguese), "in" (German, Dutch, Italian), "is"
// and "of" (Dutch), "was", "an", "also" and "will" (German), "on" and "as"
// (French), "at" and "for" (Danish, Norwegian), "are" (Romanian), "to" and
// "my" (Polish, Czech), "he" (Spanish, Finnish), "no" and "do" (Spanish,
// Portuguese).
constexpr std::string_view kEnglishGrammarWords[] = {
    "about", "after",  "and",     "be",    "because", "been",  "before", "being", "but",   "by",
    "can",   "could",  "did",     "does",  "from",    "had",   "has",    "have",  "her",   "him",
    "his",   "how",    "if",      "into",  "it",      "its",   "may",    "must",  "not",   "or",
    "our",   "said",   "says",    "she",   "should",  "than",  "that",   "the",   "their", "them",
    "there", "these",  "they",    "this",  "those",   "us",    "we",     "were",  "what",  "when",
    "where", "which",  "while",   "who",   "with",    "would", "you",    "your"};

bool IsEnglishGrammarWord(std::string_view word) {
  // A hash set, as reuse/terms.cpp keeps its stopwords: a binary search over
  // the sorted list compared six strings a token (2.5% of a long analysis).
  static const std::unordered_set<std::string_view> words(std::begin(kEnglishGrammarWords),
                                                          std::end(kEnglishGrammarWords));
  return words.count(word) > 0;
}

}  // namespace

EnglishMeasure MeasureEnglish(const Document& doc) {
  EnglishMeasure m;
  m.sentences = static_cast<int32_t>(doc.sentences.size());
  for (const Token& t : doc.tokens) {
    if (t.kind != TokenKind::kWord) continue;
    ++m.words;
    if (IsEnglishGrammarWord(t.norm)) ++m.grammar_words;
  }
  return m;
}

}  // namespace copydesk
