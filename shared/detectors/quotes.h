#pragma once
#include <memory>
#include <vector>

#include "detectors/detector.h"

namespace copydesk {

std::unique_ptr<Detector> MakeQuotesDetector();

// The article's direct quotations with their speakers, as the "quotes"
// detector puts them in the report. For comparing quotes across articles
// (corpus documents have no report).
std::vector<QuoteEntry> FindQuotes(const Document& doc);
// The same with the article's quotation marks already found.
std::vector<QuoteEntry> FindQuotes(const Document& doc, const std::vector<QuoteMarkSpan>& marks);

}  // namespace copydesk
