// Learnt by tools/garble-model/train_garble.cpp (scripts/train-garble.sh); do not edit.
// Logistic regression over garble::Evidence features: score = sigmoid(w . x).
#pragma once
#include "detectors/garble/evidence.h"

namespace copydesk::garble {
inline constexpr double kLearntWeights[kFeatureCount] = {
    -1.369181,  // bias
    1.929957,  // fragment
    2.395459,  // orphan_lowercase
    2.568020,  // mid_capital
    2.209757,  // quote_broken
    2.500488,  // spacing_lost
    2.477004,  // title_pronoun
    1.662824,  // dangling_end
    1.596880,  // duplicated_phrase
    1.437368,  // agreement_slip
    2.747610,  // first_person
    2.369687,  // mojibake
    0.054477,  // lm_mean_logprob
    0.001858,  // lm_min_logprob
    -1.078461,  // lm_mean_surprise
    0.979381,  // lm_improbable_rate
    3.393504,  // oov_rate
    0.173478,  // log_words
    -0.215504,  // short_sentence
    0.033917,  // unigram_mean
    1.553382,  // rare_word_rate
    1.659056,  // foreign_letters
    -0.004056,  // capitalised_rate
    3.514730,  // repeated_word_rate
    -0.117462,  // function_word_rate
    -0.717894,  // mean_word_length
    0.402012,  // no_final_stop
    2.142904,  // comma_rate
    -0.689683,  // bigram_coverage
    0.155177,  // trigram_coverage
    -2.187627,  // number_rate
    0.572538,  // lm_logprob_spread
    -0.499918,  // lm_low_prob_rate
    0.337949,  // lm_worst_surprise
    0.214985,  // lm_worst_three_mean
};
// Mean language-model features of well-rated sentences (z_mean >= 0.5).
inline constexpr double kLmFeatureMeans[5] = {0.036602, -0.759979, 0.434822, 0.012851, 0.012807};
}  // namespace copydesk::garble
