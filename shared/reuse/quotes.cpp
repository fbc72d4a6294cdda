#include "reuse/quotes.h"

#include "detectors/attribution/quote_marks.h"
#include "segments/normalize.h"

namespace copydesk::reuse {

std::vector<Span> FindQuoteSpans(const Document& doc) {
  std::vector<Span> out;
  for (const QuoteMarkSpan& q : FindQuoteMarks(doc)) out.push_back(q.span);
  return out;
}

std::vector<DiffOp> WordDiff(const std::vector<std::string>& other_words, const std::vector<std::string>& other_norms,
                             const std::vector<std::string>& my_words, const std::vector<std::string>& my_norms) {
  const size_t n = other_norms.size(), m = my_norms.size();
  std::vector<std::vector<uint16_t>> lcs(n + 1, std::vector<uint16_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = other_norms[i] == my_norms[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<DiffOp> ops;
  auto emit = [&](char op, const std::string& word) {
    if (!ops.empty() && ops.back().op == op) {
      ops.back().text += " " + word;
    } else {
      ops.push_back({op, word});
    }
  };
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && other_norms[i] == my_norms[j]) {
      emit('=', my_words[j]);
      ++i, ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      emit('+', my_words[j++]);
    } else {
      emit('-', other_words[i++]);
    }
  }
  // Deletions before insertions reads naturally: "-arguably +possibly".
  for (size_t k = 0; k + 1 < ops.size(); ++k) {
    if (ops[k].op == '+' && ops[k + 1].op == '-') std::swap(ops[k], ops[k + 1]);
  }
  return ops;
}

}  // namespace copydesk::reuse
