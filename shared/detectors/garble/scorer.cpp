#include "detectors/garble/scorer.h"

#include <cmath>

#include "detectors/garble/trees.h"
#include "detectors/garble/weights.h"

namespace copydesk::garble {

Assessment Score(const Evidence& evidence) {
  const auto& x = evidence.features;
  double cues = kLearntWeights[kBias], fluency = kFluencyBias, lm_logit = 0;
  bool any_cue = false;
  for (int i = 1; i < kFeatureCount; ++i) {
    const double term = kLearntWeights[i] * x[size_t(i)];
    if (i == kQuotedShare) continue;  // not weighted: it discounts the fluency below
    if (IsCue(i)) {
      cues += term;
      any_cue = any_cue || x[size_t(i)] > 0;
    } else {
      fluency += term;
    }
    if (i >= kLmMeanLogProb && i <= kOovRate) lm_logit += term - kLearntWeights[i] * kLmFeatureMeans[i - kLmMeanLogProb];
  }
  const double shape_logit = kLearntWeights[kGrammarShape] * (x[kGrammarShape] - kShapeFeatureMean);
  fluency += EvaluateTrees(x.data(), kTreeCount, kTreeFeatures, kTreeThresholds, kTreeLeafValues);
  const double quoted = x[kQuotedShare];
  fluency = DiscountQuotedFluency(fluency, quoted, kQuotedFluencyCentre);
  const double logit = cues + (any_cue ? kCueFluencyScale : 1.0) * fluency;
  Assessment a;
  a.score = 1.0 / (1.0 + std::exp(-logit));
  // The language model's share of this logit.
  const double fluency_share = (any_cue ? kCueFluencyScale : 1.0) * (1.0 - kQuotedEvidenceDiscount * quoted);
  a.language_model_logit = fluency_share * lm_logit;
  a.grammar_shape_logit = fluency_share * shape_logit;
  return a;
}

}  // namespace copydesk::garble
