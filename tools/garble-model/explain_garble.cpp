// Prints the garbled-sentence score of each line of stdin with every feature's
// value and its contribution to the logit (weights.h), for development.
// usage: garble_explain < sentences.txt
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

#include "base/unicode.h"
#include "detectors/garble/evidence.h"
#include "detectors/garble/scorer.h"
#include "detectors/garble/trees.h"
#include "detectors/garble/weights.h"
#include "segments/document.h"
#include "segments/icu_setup.h"

int main() {
  if (!copydesk::InitIcu().ok()) return 1;
  using namespace copydesk::garble;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    copydesk::Article article;
    const auto decoded = copydesk::DecodeUtf8("Training sample headline\n" + line);
    if (!decoded.ok()) continue;
    article.text = decoded.value();
    const copydesk::Document doc = copydesk::Segment(std::move(article));
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      const copydesk::Sentence& sentence = doc.sentences[s];
      if (doc.paragraphs[size_t(sentence.paragraph)].role != copydesk::ParagraphRole::kBody) continue;
      const auto [b, e] = doc.sentence_tokens(s);
      const Evidence ev =
          ExtractEvidence(doc, sentence.span, b, e, doc.paragraphs[size_t(sentence.paragraph)].span);
      const Assessment a = Score(ev);
      std::printf("%.3f  %s\n", a.score,
                  copydesk::ToUtf8(std::u16string_view(doc.text()).substr(sentence.span.start, sentence.span.length())).c_str());
      for (int i = 0; i < kFeatureCount; ++i)
        if (ev.features[size_t(i)] != 0)
          std::printf("    %-20s % .3f  -> % .3f\n", kFeatureNames[i], ev.features[size_t(i)],
                      kLearntWeights[i] * ev.features[size_t(i)]);
      std::printf("    %-20s         -> % .3f (fluency bias %.3f; fluency x %.3f if a cue fires)\n", "trees",
                  EvaluateTrees(ev.features.data(), kTreeCount, kTreeFeatures, kTreeThresholds, kTreeLeafValues), kFluencyBias,
                  kCueFluencyScale);
    }
  }
  return 0;
}
