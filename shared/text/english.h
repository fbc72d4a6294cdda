// Small closed lists of English grammar shared by segmentation and the
// detectors.
#pragma once
#include <string_view>

namespace copydesk {

// Words a sentence cannot end on (lowercase): the rest of it was lost
// ("… an end to the", "because"). Not "that", which each user weighs on its
// own: "He said that" is cut off, "They were told to do that" is not.
inline constexpr std::string_view kWordsNeedingMore[] = {"the",   "a",    "an",   "and",  "or",   "but",
                                                         "because", "whether", "of", "than", "its", "their",
                                                         "our",   "your", "my",   "whose", "if",  "nor"};

}  // namespace copydesk
