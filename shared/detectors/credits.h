#pragma once
#include <memory>
#include <vector>

#include "detectors/detector.h"

namespace copydesk {

std::unique_ptr<Detector> MakeCreditsDetector();

// Every place the article credits an outlet or agency, in text order, as the
// "credits" detector puts them in the report: body sentences, the headline
// ("CNN: Blinken urges ...") and the dateline ("BEIJING (Reuters) —"); never
// page furniture (a "Reuters: ..." teaser credits nothing).
std::vector<CreditEntry> FindCredits(const Document& doc);

// Whether `credits` name the outlet `outlet` (any spelling CanonicalOutlet
// knows): the reuse detector's `credited` check.
bool CreditsOutlet(const std::vector<CreditEntry>& credits, std::string_view outlet_utf8);

}  // namespace copydesk
