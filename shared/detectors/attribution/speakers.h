// Who said a quotation: the attributing mention ("Blinken said", "he added",
// "said the official", "according to X", "X:", "— X", a speaker in the
// sentence before or after) and the name it stands for, with names, titles
// and pronouns merged ("he" → "Blinken" → "Antony Blinken").
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/span.h"
#include "detectors/attribution/quote_marks.h"
#include "report/report.h"
#include "segments/document.h"

namespace copydesk {

// How a speaker was found, for tests and the panel's evidence.
enum class AttributionRule {
  kAfterQuote,       // ”, Blinken said / ” said Blinken / ” — Blinken
  kBeforeQuote,      // Blinken said: “ / Blinken said that ... “
  kAccordingTo,      // “…”, according to Blinken
  kColonLeadIn,      // Blinken: “…”
  kNextSentence,     // “…” He said.
  kPreviousQuote,    // “A,” he said. “B.”
  kPreviousSentence, // Blinken said X. “B.” / a lead-in paragraph ending in ':'
  kNextQuote,        // “A.” “B,” he said (A takes B's speaker)
  kLostName,         // Mr. “...” — a title whose name was lost, resolved like "he"
  kPreviousParagraph,// a paragraph that is only a quotation continues the previous paragraph's speaker
};

struct Attribution {
  SpeakerRef speaker;  // resolved name and the mention's span
  AttributionRule rule = AttributionRule::kAfterQuote;
};

// One entry per quote (same order); nullopt when the text names no speaker.
// With QuoteMarkSpans, pieces of one quotation share their speaker.
std::vector<std::optional<Attribution>> FindSpeakers(const Document& doc, const std::vector<QuoteMarkSpan>& quotes);
std::vector<std::optional<Attribution>> FindSpeakers(const Document& doc, const std::vector<Span>& quotes);

// The fullest form of a name in the document ("Blinken" → "Antony Blinken",
// "Mr. Xi" → "Xi Jinping"); the name itself when no fuller form occurs.
std::string ResolveName(const Document& doc, Span mention);

const char* AttributionRuleName(AttributionRule rule);

}  // namespace copydesk
