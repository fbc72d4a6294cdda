// Bootstrap weights (all zero but a negative bias) so the first build links;
// tools/garble-model/train_garble overwrites this file with learnt weights.
#pragma once
#include "detectors/garble/evidence.h"

namespace copydesk::garble {
inline constexpr double kLearntWeights[kFeatureCount] = {-3.0};
inline constexpr double kLmFeatureMeans[5] = {0, 0, 0, 0, 0};
}  // namespace copydesk::garble
