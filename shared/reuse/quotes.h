// Quotation spans and word-level differences between quotes. The
// attribution detector owns quotes (`report.quotes`); corpus articles have no
// report, so their quotes come from the same finder (FindQuoteMarks).
#pragma once
#include <string>
#include <vector>

#include "base/span.h"
#include "segments/document.h"

namespace copydesk::reuse {

// Quotation spans (marks included), exactly as the quotes detector marks them.
std::vector<Span> FindQuoteSpans(const Document& doc);

struct DiffOp {
  char op;           // '=' same, '-' only in the other version, '+' only in this one
  std::string text;  // the words, space-separated, as written
};

// Word-level diff (LCS over normalised tokens) from `other` to `mine`.
std::vector<DiffOp> WordDiff(const std::vector<std::string>& other_words, const std::vector<std::string>& other_norms,
                             const std::vector<std::string>& my_words, const std::vector<std::string>& my_norms);

}  // namespace copydesk::reuse
