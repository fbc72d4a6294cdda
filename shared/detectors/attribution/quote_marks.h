// Direct quotations by their marks: which stretches of the article body are
// quoted words. Speakers are found separately (speakers.h). Used by the quotes
// detector and by anything that compares quotes across articles (the
// altered-quote check reads corpus documents, which have no report).
#pragma once
#include <string_view>
#include <vector>

#include "base/span.h"
#include "segments/document.h"

namespace copydesk {

struct QuoteMarkSpan {
  Span span;           // marks included (a piece left open has no closing mark)
  bool closed = true;  // ends with a closing mark
  bool opened = true;  // starts with an opening mark (false: the opener was lost)
  int group = 0;       // pieces of one quotation share it (one piece per paragraph,
                       // and per reopening mark inside a paragraph)
};

// Every direct quotation in the body paragraphs, in text order, not
// overlapping, "as marked": one piece per paragraph. Rules (docs/attribution.md):
// curly, straight (″ counts as one), low-9 and guillemet double marks; single marks only
// outside double quotes, where they start and end a word (not "‘em", "‘90s",
// "teachers’ union"), and, closed in their paragraph, around two words or
// more; a quote left open at the end of a paragraph (double or single marks)
// continues (same group) only when the next paragraph
// reopens it or closes a quote before opening one; an opening mark inside an
// open quote ends the open piece there, and right after a quoted sentence it
// continues the same quotation (machine translation splits quotes that way);
// a closing mark with no opener quotes back to the start of its sentence.
std::vector<QuoteMarkSpan> FindQuoteMarks(const Document& doc);

// Whether the single mark at `i` begins an elision, not a quotation: an
// apostrophe typed as an opening mark ("‘em", "rock ‘n’ roll", "‘til",
// "‘fessed up"); `end` bounds the word.
bool IsSingleMarkElision(std::u16string_view text, int32_t i, int32_t end);

// The quoted words of a quotation: the span without its marks and the
// whitespace inside them.
Span QuoteInterior(const std::u16string& text, Span quote);

}  // namespace copydesk
