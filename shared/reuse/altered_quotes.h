// Altered quotes: a quotation that is recognisably the same as one in
// another version of the story (same words around a change, in sentences
// that say the same thing) but whose words differ. Quotes should be word for
// word; a changed one was edited, mistranslated or invented.
#pragma once
#include <string>
#include <vector>

#include "reuse/align.h"
#include "reuse/quotes.h"

namespace copydesk::reuse {

struct QuoteVersion {
  size_t other = 0;  // index into the `others` passed in
  Span span;         // the quote in that article
  std::vector<DiffOp> diff;  // from that version to this one, trimmed to the shared extent
  bool identical = false;    // same words over the shared extent
};

struct QuoteComparison {
  Span quote;  // in this article
  std::vector<QuoteVersion> versions;
  bool altered() const;
};

// Every quote of `me` that matches a quote in one of `others`, with each
// matching version.
std::vector<QuoteComparison> CompareQuotes(const AlignDoc& me, const std::vector<const AlignDoc*>& others);

// The words a diff op list shows for one side ('-' other, '+' this one).
std::string DiffSide(const std::vector<DiffOp>& diff, char side);

}  // namespace copydesk::reuse
