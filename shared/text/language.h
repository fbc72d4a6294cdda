// Whether a text is English, as the checks that read English need to know.
// The garble model, the speaker, credit and vague-sourcing patterns are all
// English: on a French or German page every sentence would read as garbled
// and every quote as unattributed. This is not a language identifier: it
// tells English from not English, nothing more (docs/language.md).
#pragma once
#include <cstdint>

#include "segments/document.h"

namespace copydesk {

struct EnglishMeasure {
  // Word tokens of the body (a character in scripts written without spaces:
  // segments/segmenter.cpp).
  int32_t words = 0;
  int32_t grammar_words = 0;  // of which English grammar words (language.cpp)
  int32_t sentences = 0;      // body sentences

  // Below this many words a text is too short to tell, and is taken as
  // English (the checks run, as they always did).
  static constexpr int32_t kWordsToTell = 30;
  // One sentence is an excerpt, not an article: a sentence in another
  // language, or another script, is the garble detector's to judge (machine
  // translation that left a sentence untranslated damaged it).
  static constexpr int32_t kSentencesToTell = 2;
  // English prose has about a quarter of its words from the list, other
  // languages none but the odd English name.
  static constexpr double kEnglishShare = 0.04;

  bool english() const {
    return words < kWordsToTell || sentences < kSentencesToTell || grammar_words >= kEnglishShare * words;
  }
};

// Counts the body's words and its English grammar words.
EnglishMeasure MeasureEnglish(const Document& doc);

}  // namespace copydesk
