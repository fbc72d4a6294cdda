// attribution_bench [FILE...] [--repeat N] [--scale K]
// The attribution detectors' cost per 1,000 words, natively, beside ICU
// segmentation alone on the same text. Input: the given articles, or every
// fixture article; each is also measured repeated K times in one text
// (default 20), which shows whether the cost stays linear in length (pronoun
// resolution looks back through the article). Best of N runs; prints one JSON
// line per input. bench/attribution_wasm.mjs measures the wasm module the same
// way (with the other detectors switched off) in the same session.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "bench_timer.h"
#include "detectors/detector.h"
#include "pipeline/analyze.h"
#include "segments/icu_setup.h"

using namespace copydesk;
using copydesk::bench::BestMs;

namespace {

// The detectors this bench measures, in registry order.
const std::vector<std::string> kAttribution = {"quotes", "credits", "unattributed-quote", "vague-source"};


std::vector<std::string> FixtureFiles() {
  std::vector<std::string> out;
  const std::filesystem::path root = std::filesystem::path(COPYDESK_SOURCE_DIR) / "fixtures";
  std::error_code ec;
  for (const auto& fam : std::filesystem::directory_iterator(root, ec)) {
    const auto dir = fam.path() / "articles";
    if (!std::filesystem::is_directory(dir, ec)) continue;
    for (const auto& f : std::filesystem::directory_iterator(dir, ec)) out.push_back(f.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

void Measure(const std::string& label, const Article& article, int repeat) {
  const Document doc = Segment(article);
  const double words = static_cast<double>(doc.tokens.size());
  const double per_kw = words > 0 ? 1000.0 / words : 0.0;
  const double segment_ms = BestMs(repeat, [&] { (void)Segment(article); });

  std::cout << "{\"input\":\"" << label << "\",\"words\":" << doc.tokens.size()
            << ",\"segment_ms_per_1000_words\":" << segment_ms * per_kw;
  double total = 0;
  AnalysisContext context;
  std::vector<const CorpusEntry*> none;
  context.corpus = &none;
  Report report;
  for (const auto& d : MakeDetectors({})) {
    if (std::find(kAttribution.begin(), kAttribution.end(), d->name()) == kAttribution.end()) continue;
    // Each detector sees what the earlier ones left (unattributed-quote reads quotes).
    const double ms = BestMs(repeat, [&] {
      Report r = report;
      AnalysisContext fresh;  // a context keeps the quotation marks it found: each pass finds them anew
      fresh.corpus = &none;
      d->Run(doc, fresh, r);
    });
    d->Run(doc, context, report);
    total += ms;
    std::cout << ",\"" << d->name() << "_ms_per_1000_words\":" << ms * per_kw;
  }
  std::cout << ",\"attribution_ms_per_1000_words\":" << total * per_kw
            << ",\"attribution_vs_segmentation\":" << (segment_ms > 0 ? total / segment_ms : 0.0)
            << ",\"quotes\":" << report.quotes.size() << ",\"credits\":" << report.credits.size()
            << ",\"repeat\":" << repeat << "}\n";
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 5, scale = 20;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--scale" && i + 1 < argc) {
      scale = std::max(1, std::atoi(argv[++i]));
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) files = FixtureFiles();
  if (Status s = InitIcu(); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 2;
  }
  Article all;
  all.id = "all";
  for (const std::string& f : files) {
    Result<Article> a = LoadArticle(f);
    if (!a.ok()) {
      std::cerr << a.error() << "\n";
      return 2;
    }
    Measure(std::filesystem::path(f).filename().string(), a.value(), repeat);
    all.text += a->text + u"\n";
  }
  Article scaled;
  scaled.id = "scaled";
  for (int k = 0; k < scale; ++k) scaled.text += all.text;
  Measure("all inputs x" + std::to_string(scale), scaled, std::max(1, repeat / 2));
  return 0;
}
