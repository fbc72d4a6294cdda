// The garbled-sentence detector's cost in the WebAssembly build: the fixture
// articles analysed with and without it (options.disable), in one run, so
// the difference per 1,000 words sits next to the rest of the analysis; and
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
// Best of REPEAT for each, the two interleaved so that load from other
// processes falls on both alike.
const bestOfBoth = (a, b) => {
  let ta = Infinity, tb = Infinity;
  for (let i = 0; i < REPEAT; i++) {
    let t0 = performance.now();
    run(a);
    ta = Math.min(ta, performance.now() - t0);
    t0 = performance.now();
    run(b);
    tb = Math.min(tb, performance.now() - t0);
  }
  return [ta, tb];
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
const words = run(withGarble);
for (let i = 0; i < 5; i++) { run(without); run(withGarble); }  // let V8 tier up
const [msWithout, msWith] = bestOfBoth(without, withGarble);
const perK = 1000 / words;
console.log(JSON.stringify({
  bench: 'garble-wasm', articles: articles.length, words,
  analysis_without_garble_ms_per_1k_words: +(msWithout * perK).toFixed(3),
  garble_ms_per_1k_words: +((msWith - msWithout) * perK).toFixed(3),
  garble_share_of_analysis: +((msWith - msWithout) / msWith).toFixed(3),
  model_load_ms: +modelLoadMs.toFixed(1),
}));
