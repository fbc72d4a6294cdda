// A detector is one small module behind this interface, in one file, with its
// own fixture tests. Detectors run in registry order and may read what earlier
// ones put in the report (the reuse detector reads the attribution credits).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

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
