// Learnt by tools/garble-model/train_garble.cpp (scripts/train-garble.sh); do not edit.
// Logistic regression over garble::Evidence features: score = sigmoid(w . x).
#pragma once
#include "detectors/garble/evidence.h"

namespace copydesk::garble {
inline constexpr double kLearntWeights[kFeatureCount] = {
    -1.345384,  // bias
    1.422706,  // fragment
    2.321195,  // orphan_lowercase
    2.280762,  // mid_capital
    2.333795,  // quote_broken
    2.416963,  // spacing_lost
    2.257943,  // title_pronoun
    1.800490,  // dangling_end
    1.648639,  // duplicated_phrase
    1.325037,  // agreement_slip
    0.382420,  // first_person
    2.357653,  // mojibake
    0.185306,  // lm_mean_logprob
    0.004071,  // lm_min_logprob
    -0.940557,  // lm_mean_surprise
    -0.098008,  // lm_improbable_rate
    2.714996,  // oov_rate
    0.012054,  // log_words
    -0.152193,  // short_sentence
    -0.161295,  // unigram_mean
    1.663342,  // rare_word_rate
    0.856756,  // foreign_letters
    0.036081,  // capitalised_rate
    2.439625,  // repeated_word_rate
    0.310728,  // function_word_rate
    -0.693389,  // mean_word_length
    0.239303,  // no_final_stop
    1.842511,  // comma_rate
    -0.174444,  // bigram_coverage
    0.087272,  // trigram_coverage
    -1.841834,  // number_rate
};
// Mean language-model features of well-rated sentences (z_mean >= 0.5).
inline constexpr double kLmFeatureMeans[5] = {0.033827, -0.761799, 0.435194, 0.012851, 0.012807};
}  // namespace copydesk::garble
