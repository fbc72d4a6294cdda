// The detector registry: one line per detector, in run order. Detectors that
// read other detectors' output (reuse reads credits) come after them.
#include <algorithm>

#include "detectors/detector.h"
#include "detectors/credits.h"
#include "detectors/garbled_sentence.h"
#include "detectors/quotes.h"
#include "detectors/reuse.h"
#include "detectors/unattributed_quote.h"
#include "detectors/vague_source.h"

namespace copydesk {
namespace {

using Factory = std::unique_ptr<Detector> (*)();

constexpr Factory kRegistry[] = {
    // Attribution first: the reuse detector reads report.credits.
    &MakeQuotesDetector,
    &MakeCreditsDetector,
    &MakeUnattributedQuoteDetector,
    &MakeVagueSourceDetector,
    &MakeGarbledSentenceDetector,
    &MakeReuseDetector,  // last: reads quotes and credits
};

}  // namespace

std::vector<DetectorInfo> ListDetectors() {
  std::vector<DetectorInfo> out;
  for (Factory make : kRegistry) {
    const std::unique_ptr<Detector> d = make();
    out.push_back({std::string(d->name()), std::string(d->description())});
  }
  return out;
}

std::vector<std::unique_ptr<Detector>> MakeDetectors(const std::vector<std::string>& disabled) {
  std::vector<std::unique_ptr<Detector>> out;
  for (Factory make : kRegistry) {
    std::unique_ptr<Detector> d = make();
    if (std::find(disabled.begin(), disabled.end(), d->name()) == disabled.end()) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace copydesk
