#include "reuse/outlets.h"

#include <algorithm>

#include "detectors/attribution/outlets.h"

namespace copydesk::reuse {

// The names and domains live in the attribution lexicon
// (detectors/attribution/outlets.h), the one place outlets are canonicalised,
// so a credit found by the credits detector and a source's outlet compare equal.

std::string OutletForSite(std::string_view site) {
  if (std::optional<std::string> o = copydesk::OutletForSite(site)) return *o;
  // A site given as a name ("CNN") rather than a domain.
  return CanonicalOutlet(site);
}

std::string CanonicalOutlet(std::string_view name) {
  return copydesk::CanonicalOutletUtf8(name).value_or(std::string());
}

std::vector<OutletMention> FindOutletMentions(const Document& doc) {
  std::vector<OutletMention> out;
  for (const Paragraph& p : doc.paragraphs) {
    if (p.role != ParagraphRole::kBody && p.role != ParagraphRole::kHeadline) continue;
    for (const copydesk::OutletMention& m : FindLexiconOutlets(doc.text(), p.span)) {
      out.push_back({m.canonical, m.span});
    }
  }
  return out;
}

std::string ArticleOutlet(const Document& doc) {
  if (doc.article.site) {
    if (std::string o = OutletForSite(*doc.article.site); !o.empty()) return o;
  }
  for (const Paragraph& p : doc.paragraphs) {
    if (p.role == ParagraphRole::kBody) break;
    if (p.role != ParagraphRole::kDateline) continue;
    if (std::string o = CanonicalOutlet(doc.slice_utf8(p.span)); !o.empty()) return o;
  }
  return {};
}

}  // namespace copydesk::reuse
