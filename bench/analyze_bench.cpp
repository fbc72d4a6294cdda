// analyze_bench FILE [--repeat N] [--against DIR]
// Times, on one article, ICU sentence+word breaking alone (the floor),
// copydesk's segmentation (ICU + news fixes + furniture + normalised tokens)
// and the whole analysis (segmentation + detectors + JSON report), best of N
// runs, and prints one JSON line. bench/wasm_native.mjs runs the same input through the wasm module
// in the same session, so the two figures form a ratio measured side by side.
#include <chrono>
#include <iostream>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

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
// The floor: ICU sentence breaking of the text and word breaking of every
// sentence, nothing else (no furniture, no normalisation, no detectors).
size_t IcuSegmentationOnly(const std::u16string& text) {
  UErrorCode error = U_ZERO_ERROR;
  static std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), error));
  static std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("en"), error));
  const icu::UnicodeString all(false, text.data(), static_cast<int32_t>(text.size()));
  sentences->setText(all);
  size_t word_count = 0;
  int32_t from = sentences->first();
  for (int32_t to = sentences->next(); to != icu::BreakIterator::DONE; from = to, to = sentences->next()) {
    const icu::UnicodeString sentence(false, text.data() + from, to - from);
    words->setText(sentence);
    for (int32_t w = words->first(); w != icu::BreakIterator::DONE; w = words->next()) {
      if (words->getRuleStatus() >= UBRK_WORD_NUMBER) ++word_count;
    }
  }
  return word_count;
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
  size_t sentences = 0, words = 0, report_bytes = 0, icu_words = 0;
  const double icu_ms = BestMs(repeat, [&] { icu_words = IcuSegmentationOnly(article->text); });
  const double segment_ms = BestMs(repeat, [&] {
    const Document d = Segment(article.value());
    sentences = d.sentences.size();
    words = d.tokens.size();
  });
  const double analyze_ms = BestMs(repeat, [&] {
    report_bytes = ToJsonLine(analyzer.value()->Analyze(article.value(), &corpus)).size();
  });
  std::cout << "{\"utf16_units\":" << article->text.size() << ",\"sentences\":" << sentences
            << ",\"words\":" << words << ",\"icu_ms\":" << icu_ms << ",\"icu_words\":" << icu_words
            << ",\"segment_ms\":" << segment_ms << ",\"analyze_ms\":" << analyze_ms
            << ",\"report_bytes\":" << report_bytes << ",\"repeat\":" << repeat << "}\n";
  return 0;
}
