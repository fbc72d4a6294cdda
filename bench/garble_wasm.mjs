// The garbled-sentence detector's cost in the WebAssembly build: the fixture
// articles analysed with and without it (options.disable), in one run, so
// the difference per 1,000 words sits next to the rest of the analysis and
// next to an analysis with every detector off (segmentation and the report
// around it, an upper bound on segmentation in this build); and
// the time the first call with the detector on spends parsing the model.
//   node bench/garble_wasm.mjs [--repeat 20]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixtureFiles } from '../tests/support/fixtures.mjs';
import { loadCopydesk } from '../tests/wasm/load.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const REPEAT = arg('--repeat', 20);

const articles = fixtureFiles().map((f) => ({ name: path.basename(f), content: readFileSync(f, 'utf8') }));

const copydesk = await loadCopydesk();
const requests = (disable) => articles.map((article) => JSON.stringify({ article, options: { disable } }));
const run = (reqs) => {
  let words = 0;
  for (const r of reqs) {
    const res = copydesk.analyze(r);
    if (!res.ok) throw new Error(res.error);
    words += JSON.parse(res.report).article.words;
  }
  return words;
};
// Best of REPEAT for each, interleaved so that load from other processes
// falls on all alike.
const bestOf = (...configs) => {
  const best = configs.map(() => Infinity);
  for (let i = 0; i < REPEAT; i++) {
    configs.forEach((reqs, k) => {
      const t0 = performance.now();
      run(reqs);
      best[k] = Math.min(best[k], performance.now() - t0);
    });
  }
  return best;
};

// Model load: a tiny article with the detector off (starts ICU), then on twice;
// the first call with it on parses the embedded model, the second does not.
const tiny = (disable) => JSON.stringify({ article: { name: 'tiny.txt', content: 'A short test.\n' }, options: { disable } });
copydesk.analyze(tiny(['garbled-sentence']));
let tl = performance.now();
copydesk.analyze(tiny([]));
const firstTiny = performance.now() - tl;
tl = performance.now();
copydesk.analyze(tiny([]));
const modelLoadMs = firstTiny - (performance.now() - tl);

const withGarble = requests([]), without = requests(['garbled-sentence']);
// Every detector off: segmentation and the report around it, the most that
// segmentation itself can cost in this build.
const bare = requests(JSON.parse(copydesk.detectors()));
const words = run(withGarble);
for (let i = 0; i < 5; i++) { run(bare); run(without); run(withGarble); }  // let V8 tier up
const [msBare, msWithout, msWith] = bestOf(bare, without, withGarble);
const perK = 1000 / words;
console.log(JSON.stringify({
  bench: 'garble-wasm', articles: articles.length, words,
  analysis_without_garble_ms_per_1k_words: +(msWithout * perK).toFixed(3),
  garble_ms_per_1k_words: +((msWith - msWithout) * perK).toFixed(3),
  garble_share_of_analysis: +((msWith - msWithout) / msWith).toFixed(3),
  no_detector_ms_per_1k_words: +(msBare * perK).toFixed(3),
  garble_over_no_detector: +((msWith - msWithout) / msBare).toFixed(3),
  model_load_ms: +modelLoadMs.toFixed(1),
}));
