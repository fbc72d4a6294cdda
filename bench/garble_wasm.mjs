// The garbled-sentence detector's cost in the WebAssembly build.
//
// 1. The aim (issue 4: the detector adds less than sentence segmentation):
//    bench/garble_bench.cpp, the program that measures it natively, built for
//    Node (build/wasm/bench/garble_bench.js, scripts/build.sh), run twice:
//    with every function compiled by V8's optimising compiler (--no-liftoff:
//    the steady state of a page that analyses often) and with every function
//    left in its baseline compiler (--liftoff-only: most of what a first
//    analysis runs). A real analysis mixes the two, so its ratio lies between.
//    Both ratios are detector ÷ segmentation of the same text in one process:
//    each alone, run over the same texts again and again (caches and branch
//    predictors warm), and inside whole analyses (with and without the
//    detector; from text and from segmented documents), where the other
//    detectors run in between, as they do for a reader.
// 2. The detector inside a whole analysis (the module the extension loads,
//    V8's default tiering): the fixture articles analysed with and without it
//    (options.disable), interleaved, and its share of the analysis.
// 3. The time the first analysis with the detector spends parsing the model.
//   node bench/garble_wasm.mjs [--repeat 20]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixtureFiles } from '../tests/support/fixtures.mjs';
import { loadCopydesk, ROOT } from '../tests/wasm/load.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const REPEAT = arg('--repeat', 20);
const round = (x, digits = 3) => +x.toFixed(digits);

// 1. Detector ÷ segmentation, by the benchmark program itself.
const program = path.join(ROOT, 'build/wasm/bench/garble_bench.js');
if (!existsSync(program)) {
  console.error(`${program} missing: run scripts/build.sh (it builds the benchmarks for wasm too)`);
  process.exit(2);
}
const tier = (v8Flag) => {
  const r = JSON.parse(execFileSync(process.execPath, [v8Flag, program, '--repeat', String(REPEAT)], { encoding: 'utf8' }));
  return { segment_ms_per_1k_words: round(r.segment_ms_per_1k_words), garble_ms_per_1k_words: round(r.garble_ms_per_1k_words),
    garble_over_segment: round(r.garble_over_segment),
    in_analysis: { segment_ms_per_1k_words: round(r.segment_in_analysis_ms_per_1k_words),
      garble_ms_per_1k_words: round(r.garble_in_analysis_ms_per_1k_words),
      garble_over_segment: round(r.garble_in_analysis_over_segment_in_analysis) },
    model_load_ms: round(r.model_load_ms, 1) };
};
const optimised = tier('--no-liftoff'), baseline = tier('--liftoff-only');

// 2. Inside the analysis. Words are counted once, outside the timed runs, so
// that parsing the report in JavaScript is not timed.
const articles = fixtureFiles().map((f) => ({ name: path.basename(f), content: readFileSync(f, 'utf8') }));
const copydesk = await loadCopydesk();
const requests = (disable) => articles.map((article) => JSON.stringify({ article, options: { disable } }));
const run = (reqs) => {
  for (const r of reqs) {
    const res = copydesk.analyze(r);
    if (!res.ok) throw new Error(res.error);
  }
};

// 3. Model load: a tiny article with the detector off (starts ICU), then on
// twice; the first call with it on parses the embedded model, the second not.
const tiny = (disable) => JSON.stringify({ article: { name: 'tiny.txt', content: 'A short test.\n' }, options: { disable } });
copydesk.analyze(tiny(['garbled-sentence']));
let tl = performance.now();
copydesk.analyze(tiny([]));
const firstTiny = performance.now() - tl;
tl = performance.now();
copydesk.analyze(tiny([]));
const modelLoadMs = firstTiny - (performance.now() - tl);

const withGarble = requests([]), without = requests(['garbled-sentence']);
const words = withGarble.reduce((n, r) => n + JSON.parse(copydesk.analyze(r).report).article.words, 0);
for (let i = 0; i < 5; i++) { run(without); run(withGarble); }  // let V8 tier up
// Best of REPEAT for each, interleaved so that load from other processes
// falls on both alike.
let msWith = Infinity, msWithout = Infinity;
for (let i = 0; i < REPEAT; i++) {
  let t0 = performance.now();
  run(without);
  msWithout = Math.min(msWithout, performance.now() - t0);
  t0 = performance.now();
  run(withGarble);
  msWith = Math.min(msWith, performance.now() - t0);
}
const perK = 1000 / words;
console.log(JSON.stringify({
  bench: 'garble-wasm', articles: articles.length, words,
  optimised, baseline,
  analysis: {
    without_garble_ms_per_1k_words: round(msWithout * perK),
    garble_ms_per_1k_words: round((msWith - msWithout) * perK),
    garble_share: round((msWith - msWithout) / msWith),
  },
  model_load_ms_first_analysis: round(modelLoadMs, 1),
}));
