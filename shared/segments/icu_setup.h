#pragma once
#include "base/status.h"

namespace copydesk {

// Makes ICU's data available. Natively the system ICU ships its data; in the
// WebAssembly build the trimmed data file is compiled into the module and
// registered here. Safe to call more than once.
Status InitIcu();

}  // namespace copydesk
