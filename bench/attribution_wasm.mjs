// The attribution detectors' cost per 1,000 words in the WebAssembly module and
// natively, measured in one session on the same text (every fixture article,
// once and repeated --scale times). In wasm the detectors cannot be timed one
// by one, so the figure is the difference between two analyses: with every
// detector off (segmentation + report) and with only the attribution
// detectors on. The native figures come from build/native/bench/attribution_bench,
// which times each detector directly on a segmented document.
//   node bench/attribution_wasm.mjs [--scale 20] [--repeat 5]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixtureFiles } from '../tests/support/fixtures.mjs';
import { loadCopydesk, ROOT } from '../tests/wasm/load.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const SCALE = arg('--scale', 20), REPEAT = arg('--repeat', 5), WARMUP = arg('--warmup', 5);
const ATTRIBUTION = ['quotes', 'credits', 'unattributed-quote', 'vague-source'];
// scripts/build.sh builds build/native as Release with the benches; ATTRIBUTION_BENCH points elsewhere.
const BENCH = process.env.ATTRIBUTION_BENCH || path.join(ROOT, 'build/native/bench/attribution_bench');

function fixtureText() {
  return fixtureFiles().map((f) => readFileSync(f, 'utf8')).join('\n');
}

// Small inputs get more runs: the figure is a difference of two timings.
function best(copydesk, request, factor = 1) {
  for (let i = 0; i < WARMUP * factor; i++) copydesk.analyze(request);
  let ms = Infinity, words = 0;
  for (let i = 0; i < REPEAT * factor; i++) {
    const t0 = performance.now();
    const r = copydesk.analyze(request);
    ms = Math.min(ms, performance.now() - t0);
    if (!r.ok) throw new Error(r.error);
    words = JSON.parse(r.report).article.words;
  }
  return { ms, words };
}

const copydesk = await loadCopydesk();
const all = JSON.parse(copydesk.detectors());
const others = all.filter((d) => !ATTRIBUTION.includes(d));
const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-attrib-bench-'));
const text = fixtureText();
const rows = [];
for (const [label, content, factor] of [['fixtures (all, once)', text, 8], [`fixtures x${SCALE}`, text.repeat(SCALE), 1]]) {
  const article = { name: 'input.txt', content };
  const base = best(copydesk, JSON.stringify({ article, options: { disable: all } }), factor);
  const with_ = best(copydesk, JSON.stringify({ article, options: { disable: others } }), factor);
  const perKw = 1000 / base.words;
  rows.push({ label, words: base.words, wasm_segment_report_ms_per_1000_words: base.ms * perKw,
              wasm_attribution_ms_per_1000_words: (with_.ms - base.ms) * perKw });
}
const file = path.join(dir, 'input.txt');
writeFileSync(file, text);
const native = execFileSync(BENCH, [file, '--scale', String(SCALE), '--repeat', String(REPEAT)], { encoding: 'utf8' })
  .trim().split('\n').map((l) => JSON.parse(l));
for (let i = 0; i < rows.length && i < native.length; i++) {
  rows[i].native_segment_ms_per_1000_words = native[i].segment_ms_per_1000_words;
  rows[i].native_attribution_ms_per_1000_words = native[i].attribution_ms_per_1000_words;
  rows[i].wasm_over_native = rows[i].wasm_attribution_ms_per_1000_words / native[i].attribution_ms_per_1000_words;
}
for (const r of rows) console.log(JSON.stringify(r));
