// Page furniture: the parts of a scraped page that are not the article
// ("Also read:" teasers, share buttons, newsletter pitches, video captions,
// tickers, trailing headline lists). They stay in the report, marked, but no
// detector analyses them.
#pragma once
#include <string>
#include <vector>

#include "segments/document.h"

namespace copydesk {

// Sets role and kind of every paragraph; may split an inline dateline
// ("BEIJING (Reuters) — ...") off the front of the first body paragraph.
void ClassifyParagraphs(const std::u16string& text, std::vector<Paragraph>& paragraphs);

}  // namespace copydesk
