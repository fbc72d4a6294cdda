// Whether words are written in title case: a headline, or the title of a
// work, where capitals are by design. One test for the garble detector (a
// sentence in title case is no "capitalised word mid-sentence") and the
// unattributed-quote detector (quoted words in title case name a work).
#pragma once
#include <string_view>

namespace copydesk {

// Words of four letters or more decide, since joiners ("of", "the", "and",
// "on") are lowercase in titles too: at least `min_long_words` of them, and
// two thirds or more capitalised ("Ring of Fire", "The Good, the Bad, and the
// Ugly", "Top Virus Expert Warns We Must Do These Things"). Numbers do not count.
bool ReadsAsTitleCase(std::u16string_view text, int min_long_words);

}  // namespace copydesk
