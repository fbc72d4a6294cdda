#include "detectors/garble/scorer.h"

#include <cmath>

#include "detectors/garble/trees.h"
#include "detectors/garble/weights.h"

namespace copydesk::garble {

Assessment Score(const Evidence& evidence) {
  const auto& x = evidence.features;
  double cues = kLearntWeights[kBias], fluency = kFluencyBias;
  std::array<double, kStatisticGroupCount + 1> groups{};  // the last: kNone
  bool any_cue = false;
  for (int i = 1; i < kFeatureCount; ++i) {
    const double term = kLearntWeights[i] * x[size_t(i)];
    if (i == kNotProseShare) continue;  // not weighted: it discounts the fluency below
    if (IsCue(i)) {
      cues += term;
      any_cue = any_cue || x[size_t(i)] > 0;
    } else {
      fluency += term;
    }
    groups[size_t(GroupOf(i))] += term - kLearntWeights[i] * kWellRatedFeatureMeans[i];
  }
  fluency += EvaluateTrees(x.data(), kTreeCount, kTreeFeatures, kTreeThresholds, kTreeLeafValues);
  const double not_prose = x[kNotProseShare];
  fluency = DiscountNotProseFluency(fluency, not_prose, kProseFluencyCentre);
  const double logit = cues + (any_cue ? kCueFluencyScale : 1.0) * fluency;
  Assessment a;
  a.score = 1.0 / (1.0 + std::exp(-logit));
  // Each group's share of this logit.
  const double fluency_share = (any_cue ? kCueFluencyScale : 1.0) * (1.0 - kNotProseDiscount * not_prose);
  for (int g = 0; g < kStatisticGroupCount; ++g) a.group_logits[size_t(g)] = fluency_share * groups[size_t(g)];
  return a;
}

std::vector<StatisticGroup> GroupsToName(const Assessment& assessment, bool finding_without_reason) {
  std::vector<StatisticGroup> named;
  int largest = -1;
  for (int g = 0; g < kStatisticGroupCount; ++g) {
    const double share = assessment.group_logits[size_t(g)];
    if (share >= kGroupReasonLogit) named.push_back(StatisticGroup(g));
    if (share > 0 && (largest < 0 || share > assessment.group_logits[size_t(largest)])) largest = g;
  }
  if (named.empty() && finding_without_reason && largest >= 0) named.push_back(StatisticGroup(largest));
  return named;
}

}  // namespace copydesk::garble
