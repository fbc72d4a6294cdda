// Which outlet an article belongs to, and which outlets its text names, for
// the reuse detector: the fallback while `report.credits` is empty, and the
// outlet of stored and corpus articles, whose credits are not computed. Names
// and domains come from the attribution lexicon (detectors/attribution/outlets.h).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "segments/document.h"

namespace copydesk::reuse {

struct OutletMention {
  std::string outlet;  // canonical name, e.g. "AP"
  Span span;
};

// Outlets named in the headline and body paragraphs (not in the dateline:
// a "CNN" dateline says whose article it is, not whom it credits).
std::vector<OutletMention> FindOutletMentions(const Document& doc);

// The article's own outlet: from its site's domain, else from a dateline
// line that is an outlet's name; empty when unknown.
std::string ArticleOutlet(const Document& doc);

// The canonical outlet for a site ("edition.cnn.com" → "CNN"); empty if unknown.
std::string OutletForSite(std::string_view site);

// The canonical outlet for a name as written ("the Associated Press" → "AP").
std::string CanonicalOutlet(std::string_view name);

}  // namespace copydesk::reuse
