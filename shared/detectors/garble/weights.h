// Learnt by tools/garble-model/train_garble.cpp (scripts/train-garble.sh); do not edit.
// Logistic regression over garble::Evidence features: score = sigmoid(w . x).
#pragma once
#include "detectors/garble/evidence.h"

namespace copydesk::garble {
inline constexpr double kLearntWeights[kFeatureCount] = {
    -1.344295,  // bias
    1.501431,  // fragment
    2.320942,  // orphan_lowercase
    2.286214,  // mid_capital
    2.452494,  // quote_broken
    2.422322,  // spacing_lost
    2.260417,  // title_pronoun
    1.788133,  // dangling_end
    1.645876,  // duplicated_phrase
    1.329018,  // agreement_slip
    0.384224,  // first_person
    2.360395,  // mojibake
    0.173433,  // lm_mean_logprob
    0.008305,  // lm_min_logprob
    -0.926546,  // lm_mean_surprise
    -0.112298,  // lm_improbable_rate
    2.778471,  // oov_rate
    0.032355,  // log_words
    -0.165593,  // short_sentence
    -0.133186,  // unigram_mean
    1.676668,  // rare_word_rate
    0.858490,  // foreign_letters
    0.025777,  // capitalised_rate
    2.431951,  // repeated_word_rate
    0.267077,  // function_word_rate
    -0.696065,  // mean_word_length
    0.218314,  // no_final_stop
    1.816067,  // comma_rate
    -0.233290,  // bigram_coverage
    0.097736,  // trigram_coverage
    -1.851731,  // number_rate
};
// Mean language-model features of well-rated sentences (z_mean >= 0.5).
inline constexpr double kLmFeatureMeans[5] = {0.033889, -0.763495, 0.436237, 0.012893, 0.012840};
}  // namespace copydesk::garble
