#include "detectors/garble/scorer.h"

#include <cmath>

#include "detectors/garble/weights.h"

namespace copydesk::garble {

Assessment Score(const Evidence& evidence) {
  double logit = 0, lm_logit = 0;
  for (int i = 0; i < kFeatureCount; ++i) {
    const double term = kLearntWeights[i] * evidence.features[size_t(i)];
    logit += term;
    if (i >= kLmMeanLogProb && i <= kOovRate) lm_logit += term - kLearntWeights[i] * kLmFeatureMeans[i - kLmMeanLogProb];
  }
  Assessment a;
  a.score = 1.0 / (1.0 + std::exp(-logit));
  a.language_model_logit = lm_logit;
  return a;
}

}  // namespace copydesk::garble
