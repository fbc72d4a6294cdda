// Quotation spans and word-level differences between quotes. The
// attribution detector owns quotes (`report.quotes`); this small helper finds
// double-quoted spans for corpus articles and for reports made without it.
#pragma once
#include <string>
#include <vector>

#include "base/span.h"
#include "segments/document.h"

namespace copydesk::reuse {

// Double-quoted spans (marks included), paragraph by paragraph. An opening
// mark inside an open quote is a nested or restarted quote and is absorbed;
// a quote left open at the end of a paragraph runs to its end (the news
// convention for quotes continuing into the next paragraph).
std::vector<Span> FindQuoteSpans(const Document& doc);

struct DiffOp {
  char op;           // '=' same, '-' only in the other version, '+' only in this one
  std::string text;  // the words, space-separated, as written
};

// Word-level diff (LCS over normalised tokens) from `other` to `mine`.
std::vector<DiffOp> WordDiff(const std::vector<std::string>& other_words, const std::vector<std::string>& other_norms,
                             const std::vector<std::string>& my_words, const std::vector<std::string>& my_norms);

}  // namespace copydesk::reuse
