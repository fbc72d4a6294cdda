#include "pipeline/analyze.h"

#include <algorithm>
#include <tuple>

#include "text/language.h"

namespace copydesk {

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const AnalysisOptions& options) {
  if (Status ready = SegmenterStatus(); !ready.ok()) return ready;
  const std::vector<DetectorInfo> known = ListDetectors();
  for (const std::string& name : options.disabled_detectors) {
    const bool found = std::any_of(known.begin(), known.end(), [&](const DetectorInfo& d) { return d.name == name; });
    if (!found) return Status::Error("unknown detector \"" + name + "\"");
  }
  auto analyzer = std::unique_ptr<Analyzer>(new Analyzer());
  analyzer->detectors_ = MakeDetectors(options.disabled_detectors);
  for (const DetectorInfo& d : known) {
    const auto& off = options.disabled_detectors;
    if (std::find(off.begin(), off.end(), d.name) != off.end()) analyzer->turned_off_.push_back(d.name);
  }
  return analyzer;
}

Report Analyzer::Analyze(const Article& article, const Corpus* corpus, const reuse::Index* index) const {
  return Analyze(Segment(article), corpus, index);
}

Report Analyzer::Analyze(const Document& doc, const Corpus* corpus, const reuse::Index* index) const {
  Report report;
  const Article& a = doc.article;
  report.article.id = a.id;
  report.article.title = a.title;
  report.article.url = a.url;
  report.article.site = a.site;
  report.article.byline = a.byline;
  report.article.published = a.published;
  report.article.chars = static_cast<int32_t>(doc.text().size());
  report.article.body_chars = doc.body_chars();
  report.article.words = static_cast<int32_t>(doc.tokens.size());
  report.article.english = MeasureEnglish(doc).english();
  for (const std::string& name : turned_off_) report.not_run.push_back({name, kTurnedOffCode, kTurnedOff});

  for (const Paragraph& p : doc.paragraphs) {
    if (p.role == ParagraphRole::kBody) continue;
    report.furniture.push_back({p.span, p.kind});
    if (p.role == ParagraphRole::kHeadline && !report.article.title) {
      report.article.title = doc.slice_utf8(p.span);
    }
  }
  for (const Sentence& s : doc.sentences) report.sentences.push_back({s.span, {}});

  std::vector<const CorpusEntry*> others;
  if (corpus != nullptr) {
    for (const auto& entry : corpus->entries()) {
      if (entry->doc.text() != doc.text()) others.push_back(entry.get());
    }
  }
  AnalysisContext context;
  context.corpus = &others;
  context.index = index;
  for (const auto& detector : detectors_) {
    if (detector->reads_english() && !report.article.english) {
      report.not_run.push_back({std::string(detector->name()), kNotEnglishCode, kNotEnglish});
      continue;
    }
    detector->Run(doc, context, report);
  }

  // Stable order for the panel and for byte-identical native/wasm output.
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& x, const Finding& y) {
    return std::tie(x.span.start, x.span.end, x.kind) < std::tie(y.span.start, y.span.end, y.kind);
  });
  return report;
}

}  // namespace copydesk
