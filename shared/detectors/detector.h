// A detector is one small module behind this interface, in one file, with its
// own fixture tests. Detectors run in registry order and may read what earlier
// ones put in the report (the reuse detector reads the attribution credits).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detectors/attribution/quote_marks.h"
#include "report/report.h"
#include "segments/document.h"

namespace copydesk {

struct CorpusEntry;  // corpus/corpus.h
namespace reuse {
class Index;  // reuse/index.h
}

struct AnalysisContext {
  // Articles to compare with, already segmented (may be empty).
  const std::vector<const CorpusEntry*>* corpus = nullptr;
  // A fingerprint index of articles seen before (history), or null. It holds
  // fingerprints and metadata, not text.
  const reuse::Index* index = nullptr;

  // The article's quotation marks (FindQuoteMarks), found on first request
  // and kept for the analysis: the quotes detector and the garble cues both
  // read them. A context serves one document.
  const std::vector<QuoteMarkSpan>& QuoteMarks(const Document& doc) const {
    if (!quote_marks_) quote_marks_ = FindQuoteMarks(doc);
    return *quote_marks_;
  }

 private:
  mutable std::optional<std::vector<QuoteMarkSpan>> quote_marks_;
};

class Detector {
 public:
  virtual ~Detector() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view description() const = 0;
  // Whether its patterns or model read English: such a detector does not run
  // on an article that is not English (text/language.h), and the report says so.
  virtual bool reads_english() const = 0;
  virtual void Run(const Document& doc, const AnalysisContext& context, Report& report) const = 0;
};

struct DetectorInfo {
  std::string name;
  std::string description;
};

// Every registered detector, in run order.
std::vector<DetectorInfo> ListDetectors();

// The registered detectors, minus those named in `disabled`. Unknown names in
// `disabled` are an error the caller reports (see pipeline).
std::vector<std::unique_ptr<Detector>> MakeDetectors(const std::vector<std::string>& disabled);

}  // namespace copydesk
