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
// Spoken language in quotation marks is outside the written-prose fluency
// model's domain ("If they don't act, we will act"): for the share of a
// sentence inside quotation marks, this much of its fluency evidence is set
// aside, leaving the fluency logit of typical edited prose in its place
// (kQuotedFluencyCentre, learnt). An assumption, not learnt: the training
// data holds almost no quoted speech.
inline constexpr double kQuotedEvidenceDiscount = 0.75;

// The fluency logit `fluency` of a sentence with `quoted_share` of its words
// quoted, discounted towards `centre` (scorer and trainer alike).
inline double DiscountQuotedFluency(double fluency, double quoted_share, double centre) {
  return centre + (1.0 - kQuotedEvidenceDiscount * quoted_share) * (fluency - centre);
}

struct Assessment {
  double score = 0;
  // The language model's share of the logit, for the "improbable word sequence" reason.
  double language_model_logit = 0;
  // The grammatical shape's share, for the "unusual sentence structure" reason.
  double grammar_shape_logit = 0;
};

Assessment Score(const Evidence& evidence);

}  // namespace copydesk::garble
