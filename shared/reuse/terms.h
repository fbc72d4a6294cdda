// Matching terms: each body token reduced to a form that survives the edits
// reuse goes through (inflection, British/American spelling, common
// synonyms, machine translation's word choices), and a content/function flag.
// Alignment and fingerprints both work on content terms only, so function
// words reshuffled by back-translation ("will be able to" / "is helping")
// do not break matches.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "segments/document.h"

namespace copydesk::reuse {

struct TermToken {
  int32_t token = 0;     // index into Document::tokens
  int32_t sentence = 0;  // index into Document::sentences
  std::string term;      // canonical form
  uint64_t hash = 0;     // Fnv1a64(term)
};

// The content terms of a document's body, in text order.
std::vector<TermToken> ContentTerms(const Document& doc);

// The canonical form of one normalised token (Token::norm); empty for
// function words and punctuation-only tokens.
std::string CanonicalTerm(std::string_view norm);

bool IsStopword(std::string_view norm);

}  // namespace copydesk::reuse
