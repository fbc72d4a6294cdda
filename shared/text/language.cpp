#include "text/language.h"

#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>

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

// The list in an open-addressing table, built once: a token costs one short
// hash and mostly one comparison (a binary search compared six strings, the
// measure's whole cost on a long article).
class GrammarWordTable {
 public:
  GrammarWordTable() {
    for (std::string_view w : kEnglishGrammarWords) {
      size_t at = Hash(w);
      while (!slots_[at].empty()) at = (at + 1) % kSlots;
      slots_[at] = w;
    }
  }
  bool Contains(std::string_view word) const {
    if (word.size() < 2 || word.size() > 7) return false;  // the list's lengths
    for (size_t at = Hash(word); !slots_[at].empty(); at = (at + 1) % kSlots) {
      if (slots_[at] == word) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kSlots = 256;  // over four times the list: short probes
  static size_t Hash(std::string_view w) {
    uint32_t h = 2166136261u;
    for (char c : w) h = (h ^ uint8_t(c)) * 16777619u;
    return (h ^ (h >> 16)) % kSlots;
  }
  std::array<std::string_view, kSlots> slots_{};
};

bool IsEnglishGrammarWord(std::string_view word) {
  static const GrammarWordTable table;
  return table.Contains(word);
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
