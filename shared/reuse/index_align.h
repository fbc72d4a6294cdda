// Passages from an index hit: the article's text is at hand, the stored
// article's is not, so passages are the article's sentences holding shared
// anchors, paired with the stored anchors' offsets.
#pragma once
#include "reuse/align.h"
#include "reuse/index.h"

namespace copydesk::reuse {

Alignment AlignWithIndex(const AlignDoc& article, const IndexHit& hit);

}  // namespace copydesk::reuse
