// garble_bench [FILE...] [--repeat N]
// The garbled-sentence detector's cost per 1,000 words next to sentence
// segmentation alone (ratio measured in the same run); what it adds to a
// whole analysis, where the other detectors run between its sentences' model
// lookups (with and without it, interleaved); and the time to parse the
// embedded model (done once per process). Default input: the fixture
// articles. Prints one JSON line. Built natively and for Node alike
// (bench/garble_wasm.mjs runs the wasm one).
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "bench_timer.h"
#include "detectors/garble/language_model.h"
#include "detectors/garbled_sentence.h"
#include "pipeline/analyze.h"
#include "segments/document.h"
#include "segments/icu_setup.h"

using namespace copydesk;
using copydesk::bench::BestMs;

int main(int argc, char** argv) {
  int repeat = 5;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    for (const char* name : {"000_cdea3cf90be440ea", "001_950239fb0c44dd6c", "002_e11772075506a765",
                             "003_ff8c6b864563d053", "004_708bc86c8f4b88ce"})
      files.push_back(std::string(COPYDESK_SOURCE_DIR) + "/fixtures/blinken-china-2024/articles/" + name + ".txt");
  }
  if (Status s = InitIcu(); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 2;
  }
  std::vector<Article> articles;
  for (const std::string& f : files) {
    Result<Article> a = LoadArticle(f);
    if (!a.ok()) {
      std::cerr << a.error() << "\n";
      return 2;
    }
    articles.push_back(a.value());
  }

  // Model load: parsing the embedded bytes (what the first analysis pays once).
  const double load_ms = BestMs(repeat, [] {
    auto lm = garble::LanguageModel::Parse(garble::LanguageModel::EmbeddedData(), garble::LanguageModel::EmbeddedSize());
    if (!lm.ok()) std::abort();
  });
  garble::LanguageModel::Embedded();  // parsed once, outside the timed runs below

  std::vector<Document> docs;
  size_t words = 0;
  const double segment_ms = BestMs(repeat, [&] {
    docs.clear();
    words = 0;
    for (const Article& a : articles) {
      docs.push_back(Segment(a));
      words += docs.back().tokens.size();
    }
  });
  const std::unique_ptr<Detector> detector = MakeGarbledSentenceDetector();
  size_t findings = 0;
  const double detector_ms = BestMs(repeat, [&] {
    findings = 0;
    for (const Document& d : docs) {
      Report r;
      for (const Sentence& s : d.sentences) r.sentences.push_back({s.span, {}});
      detector->Run(d, AnalysisContext{}, r);
      findings += r.findings.size();
    }
  });

  // The whole analysis with and without the detector, interleaved so that
  // load from other processes falls on both alike.
  auto with_garble = Analyzer::Create({});
  auto without_garble = Analyzer::Create({.disabled_detectors = {"garbled-sentence"}});
  if (!with_garble.ok() || !without_garble.ok()) {
    std::cerr << (with_garble.ok() ? without_garble.error() : with_garble.error()) << "\n";
    return 2;
  }
  double analysis_with_ms = 1e300, analysis_without_ms = 1e300, analysis_from_text_ms = 1e300;
  for (int i = 0; i < repeat; ++i) {
    analysis_from_text_ms = std::min(analysis_from_text_ms, BestMs(1, [&] {
      for (const Article& a : articles) with_garble.value()->Analyze(a, nullptr);
    }));
    analysis_without_ms = std::min(analysis_without_ms, BestMs(1, [&] {
      for (const Document& d : docs) without_garble.value()->Analyze(d, nullptr);
    }));
    analysis_with_ms = std::min(analysis_with_ms, BestMs(1, [&] {
      for (const Document& d : docs) with_garble.value()->Analyze(d, nullptr);
    }));
  }

  // Each stage's share of an analysis, measured among the other detectors.
  const double garble_in_analysis_ms = analysis_with_ms - analysis_without_ms;
  const double segment_in_analysis_ms = analysis_from_text_ms - analysis_with_ms;

  const double per_k = 1000.0 / double(std::max<size_t>(words, 1));
  std::cout << "{\"bench\":\"garble\",\"articles\":" << articles.size() << ",\"words\":" << words
            << ",\"findings\":" << findings << ",\"segment_ms_per_1k_words\":" << segment_ms * per_k
            << ",\"garble_ms_per_1k_words\":" << detector_ms * per_k
            << ",\"garble_over_segment\":" << detector_ms / segment_ms
            << ",\"analysis_without_garble_ms_per_1k_words\":" << analysis_without_ms * per_k
            << ",\"garble_in_analysis_ms_per_1k_words\":" << garble_in_analysis_ms * per_k
            << ",\"segment_in_analysis_ms_per_1k_words\":" << segment_in_analysis_ms * per_k
            << ",\"garble_in_analysis_over_segment_in_analysis\":" << garble_in_analysis_ms / segment_in_analysis_ms
            << ",\"model_bytes\":"
            << garble::LanguageModel::EmbeddedSize() << ",\"model_load_ms\":" << load_ms << "}\n";
  return 0;
}
