// Boosted regression trees over garble::Evidence features (the non-linear part
// of the fluency model, learnt by tools/garble-model/train_garble.cpp).
// Every tree is complete, of depth kTreeDepth, stored in heap order: internal
// node n tests features[n] > thresholds[n] (right child) and the leaves follow.
#pragma once
#include <cstdint>

namespace copydesk::garble {

inline constexpr int kTreeDepth = 3;
inline constexpr int kTreeInternal = (1 << kTreeDepth) - 1;
inline constexpr int kTreeLeaves = 1 << kTreeDepth;

// Sum of `count` trees' leaf values for the feature vector `x`.
inline double EvaluateTrees(const double* x, int count, const int8_t* features, const double* thresholds,
                            const double* leaves) {
  double sum = 0;
  for (int t = 0; t < count; ++t) {
    int node = 0;
    for (int d = 0; d < kTreeDepth; ++d) {
      const int k = t * kTreeInternal + node;
      node = 2 * node + 1 + (x[features[k]] > thresholds[k] ? 1 : 0);
    }
    sum += leaves[t * kTreeLeaves + (node - kTreeInternal)];
  }
  return sum;
}

}  // namespace copydesk::garble
