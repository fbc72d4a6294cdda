#pragma once
#include <memory>

#include "detectors/detector.h"

namespace copydesk {
std::unique_ptr<Detector> MakeUnattributedQuoteDetector();
}
