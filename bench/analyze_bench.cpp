// analyze_bench FILE [--repeat N] [--against DIR]
// Times, on one article, ICU segmentation alone and the whole analysis
// (segmentation + detectors + JSON report), best of N runs, and prints one
// JSON line. bench/wasm_native.mjs runs the same input through the wasm module
// in the same session, so the two figures form a ratio measured side by side.
#include <chrono>
#include <iostream>
#include <string>

#include "pipeline/analyze.h"

using namespace copydesk;
using Clock = std::chrono::steady_clock;

namespace {
template <typename F>
double BestMs(int repeat, F&& f) {
  double best = 1e300;
  for (int i = 0; i < repeat; ++i) {
    const auto t0 = Clock::now();
    f();
    best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  return best;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: analyze_bench FILE [--repeat N] [--against DIR]\n";
    return 2;
  }
  int repeat = 5;
  Corpus corpus;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
    if (flag == "--against") {
      if (Status s = corpus.AddPath(argv[i + 1]); !s.ok()) {
        std::cerr << s.message() << "\n";
        return 2;
      }
    }
  }
  Result<Article> article = LoadArticle(argv[1]);
  if (!article.ok()) {
    std::cerr << article.error() << "\n";
    return 2;
  }
  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create({});
  if (!analyzer.ok()) {
    std::cerr << analyzer.error() << "\n";
    return 2;
  }
  size_t sentences = 0, words = 0, report_bytes = 0;
  const double segment_ms = BestMs(repeat, [&] {
    const Document d = Segment(article.value());
    sentences = d.sentences.size();
    words = d.tokens.size();
  });
  const double analyze_ms = BestMs(repeat, [&] {
    report_bytes = ToJsonLine(analyzer.value()->Analyze(article.value(), &corpus)).size();
  });
  std::cout << "{\"utf16_units\":" << article->text.size() << ",\"sentences\":" << sentences
            << ",\"words\":" << words << ",\"segment_ms\":" << segment_ms << ",\"analyze_ms\":" << analyze_ms
            << ",\"report_bytes\":" << report_bytes << ",\"repeat\":" << repeat << "}\n";
  return 0;
}
