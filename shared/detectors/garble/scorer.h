// Turns a sentence's evidence into a calibrated garble score in [0, 1] with
// the weights learnt by tools/garble-model/train_garble.cpp (weights.h).
#pragma once
#include "detectors/garble/evidence.h"

namespace copydesk::garble {

// Findings start here: a careful editor would more likely than not call the
// sentence garbled (the score is a probability).
inline constexpr double kFindingThreshold = 0.5;
// "alert" severity for findings scored at least this.
inline constexpr double kAlertThreshold = 0.85;

struct Assessment {
  double score = 0;
  // The language model's share of the logit, for the "improbable word sequence" reason.
  double language_model_logit = 0;
};

Assessment Score(const Evidence& evidence);

}  // namespace copydesk::garble
