// Learnt by tools/garble-model/train_garble.cpp (scripts/train-garble.sh); do not edit.
// Logistic regression over garble::Evidence features: score = sigmoid(w . x).
#pragma once
#include "detectors/garble/evidence.h"

namespace copydesk::garble {
inline constexpr double kLearntWeights[kFeatureCount] = {
    -1.364851,  // bias
    1.475598,  // fragment
    2.385654,  // orphan_lowercase
    2.434845,  // mid_capital
    2.387257,  // quote_broken
    2.483557,  // spacing_lost
    2.352770,  // title_pronoun
    1.848364,  // dangling_end
    1.680394,  // duplicated_phrase
    1.326097,  // agreement_slip
    2.725270,  // first_person
    2.394326,  // mojibake
    0.195608,  // lm_mean_logprob
    0.004298,  // lm_min_logprob
    -0.992845,  // lm_mean_surprise
    -0.103457,  // lm_improbable_rate
    2.865930,  // oov_rate
    0.012724,  // log_words
    -0.160654,  // short_sentence
    -0.170262,  // unigram_mean
    1.755812,  // rare_word_rate
    0.904385,  // foreign_letters
    0.038087,  // capitalised_rate
    2.575250,  // repeated_word_rate
    0.328002,  // function_word_rate
    -0.731937,  // mean_word_length
    0.252607,  // no_final_stop
    1.944941,  // comma_rate
    -0.184142,  // bigram_coverage
    0.092124,  // trigram_coverage
    -1.944227,  // number_rate
};
// Mean language-model features of well-rated sentences (z_mean >= 0.5).
inline constexpr double kLmFeatureMeans[5] = {0.033827, -0.761799, 0.435194, 0.012851, 0.012807};
}  // namespace copydesk::garble
