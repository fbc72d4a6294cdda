// Segmentation throughput and the wasm/native time ratio on the fixture
// articles scaled to a few MB. Both builds analyse the same file in one run;
// each figure is the best of N repetitions.
//   node bench/wasm_native.mjs [--mb 3] [--repeat 5]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixtureFiles } from '../tests/support/fixtures.mjs';
import { loadCopydesk, ROOT } from '../tests/wasm/load.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const MB = arg('--mb', 3), REPEAT = arg('--repeat', 5), WARMUP = arg('--warmup', 10);
const BENCH = path.join(ROOT, 'build/native/bench/analyze_bench');

function fixtureText() {
  return fixtureFiles().map((f) => readFileSync(f, 'utf8')).join('\n');
}

function native(file) {
  return JSON.parse(execFileSync(BENCH, [file, '--repeat', String(REPEAT)], { encoding: 'utf8' }));
}

// V8 first runs wasm from its baseline compiler and tiers up to optimised code
// in the background; the warm figure is taken after warm-up calls, the first
// call (what a reader's first click costs) is reported on its own.
function wasm(copydesk, name, content) {
  const request = JSON.stringify({ article: { name, content } });
  let t0 = performance.now();
  let ok = copydesk.analyze(request).ok;
  const first = performance.now() - t0;
  for (let i = 0; i < WARMUP; i++) copydesk.analyze(request);
  let best = Infinity;
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    ok = copydesk.analyze(request).ok && ok;
    best = Math.min(best, performance.now() - t0);
  }
  if (!ok) throw new Error('wasm analysis failed');
  return { first, best };
}

const t0 = performance.now();
const copydesk = await loadCopydesk();
const startupMs = performance.now() - t0;
const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'));
const one = fixtureText();
const rows = [];
for (const [label, text] of [['fixtures (all, once)', one], [`fixtures scaled to ${MB} MB`, one.repeat(Math.ceil((MB * 1048576) / Buffer.byteLength(one)))]]) {
  const file = path.join(dir, 'input.txt');
  writeFileSync(file, text);
  const n = native(file);
  const w = wasm(copydesk, 'input.txt', text);
  rows.push({ label, bytes: Buffer.byteLength(text), ...n, wasm_ms: w.best, wasm_first_ms: w.first });
}
const fmt = (x, d = 1) => x.toFixed(d);
console.log('copydesk segmentation and wasm/native (best of %d after %d warm-up calls; native = bench/analyze_bench, wasm = Node %s)', REPEAT, WARMUP, process.version);
console.log('| input | bytes | words | segmentation MB/s (native) | analysis ms native | wasm first call ms | wasm warm ms | wasm/native (warm) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.label} | ${r.bytes} | ${r.words} | ${fmt(r.bytes / 1048576 / (r.segment_ms / 1000), 2)} | ${fmt(r.analyze_ms)} | ${fmt(r.wasm_first_ms)} | ${fmt(r.wasm_ms)} | ${fmt(r.wasm_ms / r.analyze_ms, 2)}× |`);
}
console.log(`wasm module start-up (instantiate + ICU data): ${fmt(startupMs)} ms`);
