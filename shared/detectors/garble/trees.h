// Boosted regression trees over garble::Evidence features (the non-linear part
// of the fluency model, learnt by tools/garble-model/train_garble.cpp).
// Every tree is complete, of depth kTreeDepth, stored in heap order: internal
// node n tests features[n] > thresholds[n] (right child) and the leaves follow.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace copydesk::garble {

inline constexpr int kTreeDepth = 3;
inline constexpr int kTreeInternal = (1 << kTreeDepth) - 1;
inline constexpr int kTreeLeaves = 1 << kTreeDepth;

// Sum of `count` trees' leaf values for the feature vector `x`.
inline double EvaluateTrees(const double* x, int count, const int8_t* features, const double* thresholds,
                            const double* leaves) {
  // Four trees walked side by side (their loads are independent, so they
  // overlap), their leaves then added in tree order as one at a time would.
  constexpr size_t kLanes = 4;
  const size_t trees = count > 0 ? size_t(count) : 0;
  double sum = 0;
  for (size_t first = 0; first < trees; first += kLanes) {
    const size_t lanes = std::min(kLanes, trees - first);
    size_t node[kLanes] = {0, 0, 0, 0};
    for (int d = 0; d < kTreeDepth; ++d)
      for (size_t lane = 0; lane < lanes; ++lane) {
        const size_t k = (first + lane) * kTreeInternal + node[lane];
        node[lane] = 2 * node[lane] + 1 + (x[features[k]] > thresholds[k] ? 1 : 0);
      }
    for (size_t lane = 0; lane < lanes; ++lane) sum += leaves[(first + lane) * kTreeLeaves + node[lane] - kTreeInternal];
  }
  return sum;
}

}  // namespace copydesk::garble
