// The benchmark table (issue 7): every figure measured in this run, side by
// side, with its method. Ratios and counts, never a bare time to assert.
//   node bench/table.mjs [--repeat 5] [--history 1000,10000,100000]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixtureFiles } from '../tests/support/fixtures.mjs';
import { loadCopydesk, ROOT } from '../tests/wasm/load.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const REPEAT = Number(arg('--repeat', 5)), WARMUP = 10;
const HISTORY = arg('--history', '1000,10000,100000');
const NATIVE = path.join(ROOT, 'build/native');
const rows = [];
const row = (figure, value, aim, method) => rows.push({ figure, value, aim, method });
const f1 = (x) => x.toFixed(1), f2 = (x) => x.toFixed(2);

const tmp = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'));
const files = fixtureFiles();
const allText = files.map((f) => readFileSync(f, 'utf8')).join('\n');
const oneMb = path.join(tmp, 'one-mb.txt');
writeFileSync(oneMb, allText.repeat(Math.ceil(1048576 / Buffer.byteLength(allText))).slice(0, 1048576));
const nativeBench = (file) => JSON.parse(execFileSync(path.join(NATIVE, 'bench/analyze_bench'), [file, '--repeat', String(REPEAT)], { encoding: 'utf8' }));

// 1. Floor ratio
let fixIcu = 0, fixSeg = 0, fixAna = 0;
for (const f of files) { const r = nativeBench(f); fixIcu += r.icu_ms; fixSeg += r.segment_ms; fixAna += r.analyze_ms; }
row('floor ratio, fixtures', `${f2(fixAna / fixIcu)}×`, '≤ 3×', `whole analysis ÷ ICU sentence+word breaking alone of the same text, native, best of ${REPEAT}, summed over ${files.length} fixtures`);
const big = nativeBench(oneMb);
row('floor ratio, 1 MB article', `${f2(big.analyze_ms / big.icu_ms)}×`, '≤ 3×', `same, on the fixtures repeated to 1 MB (${big.words} words)`);
row('copydesk segmentation ÷ ICU alone, 1 MB', `${f2(big.segment_ms / big.icu_ms)}×`, '', 'paragraphs, furniture, news sentence fixes and normalised tokens over plain ICU breaking');
row('detectors + report ÷ copydesk segmentation, 1 MB', `${f2((big.analyze_ms - big.segment_ms) / big.segment_ms)}×`, '', 'what the detectors and the JSON report add on top of segmentation');

// 2. wasm vs native
const t0 = performance.now();
const copydesk = await loadCopydesk();
const startup = performance.now() - t0;
function wasmMs(text) {
  const request = JSON.stringify({ article: { name: 'a.txt', content: text } });
  for (let i = 0; i < WARMUP; i++) copydesk.analyze(request);
  let best = Infinity;
  for (let i = 0; i < REPEAT; i++) { const t = performance.now(); copydesk.analyze(request); best = Math.min(best, performance.now() - t); }
  return best;
}
const bigWasm = wasmMs(readFileSync(oneMb, 'utf8'));
row('wasm ÷ native, 1 MB article', `${f2(bigWasm / big.analyze_ms)}×`, '≤ 1.5×', `Node ${process.version} (V8) after ${WARMUP} warm-up calls vs native, best of ${REPEAT} each, same process run`);
const firstText = readFileSync(files[0], 'utf8');
const t1 = performance.now(); const fresh = await loadCopydesk(); const inst = performance.now() - t1;
const t2 = performance.now(); fresh.analyze(JSON.stringify({ article: { name: 'a.txt', content: firstText } })); const firstCall = performance.now() - t2;
const warmOne = wasmMs(firstText);
row('wasm start-up', `${f1(inst)} ms (${f1(inst / warmOne)}× one warm analysis)`, '', 'instantiate module + register embedded ICU data; multiple of a warm analysis of fixture ' + path.basename(files[0]));
row('wasm first analysis', `${f1(firstCall)} ms (${f1(firstCall / warmOne)}× warm)`, '', 'first analyze() on a fresh module: baseline-compiled code, lazy ICU and pattern set-up');

// 3. Scale of history
const reuseBench = path.join(NATIVE, 'bench/reuse_bench');
if (existsSync(reuseBench)) {
  const largest = Math.max(...HISTORY.split(',').map(Number));
  const r = spawnSync(reuseBench, ['--articles', String(largest)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const out = r.stdout || '';
  const queries = [...out.matchAll(/^\s*(\d+) articles: query ([\d.]+) ms/gm)].map((m) => [Number(m[1]), Number(m[2])]);
  if (r.status === 0 && queries.length) {
    const q = Object.fromEntries(queries);
    row('history: query, 1,500-word article', queries.map(([n, ms]) => `${n}: ${ms} ms`).join('; '), '', 'bench/reuse_bench: synthetic articles, median of 15 queries, inverted postings (no per-article comparison)');
    const ratio = q[largest] / q[queries[0][0]];
    row(`history: query at ${largest} ÷ at ${queries[0][0]}`, `${f2(ratio)}×`, '≤ 2×', 'same run, same query');
    const fp = /fingerprint: ([\d.]+) bytes\/article.*the 1,500-word query's: (\d+) bytes/.exec(out);
    if (fp) row('history: fingerprint bytes per article', `${fp[1]} average; ${fp[2]} for a 1,500-word article`, '≤ 512', 'serialised anchors + SimHash, without metadata');
    const build = /build: (\d+) articles\/s/.exec(out);
    if (build) row('history: index build rate', `${build[1]} articles/s`, '', 'fingerprinting + insertion, ICU segmentation excluded');
  } else {
    row('history scale', 'failed: ' + (r.stderr || '').trim().split('\n').pop(), '', 'bench/reuse_bench');
  }
} else {
  row('history scale', 'not built', '100k ≤ 2× 1k; ≤ 512 B/article', 'bench/reuse_bench (syndication issue)');
}

// 4. Payload
const dist = path.join(ROOT, 'extension/dist');
const sizeOf = (p) => { const b = readFileSync(p); return [b.length, gzipSync(b, { level: 9 }).length]; };
function walk(dir) { return readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]); }
const wasmFile = path.join(ROOT, 'build/wasm/wasm/copydesk.wasm');
if (existsSync(wasmFile)) { const [r, g] = sizeOf(wasmFile); row('payload: wasm module', `${(r / 1024).toFixed(0)} KB raw, ${(g / 1024).toFixed(0)} KB gzip`, '', 'build/wasm/wasm/copydesk.wasm: core + ICU code + embedded trimmed ICU data + models, gzip -9'); }
if (existsSync(dist)) {
  const groups = { wasm: 0, js: 0, other: 0 }, gz = { wasm: 0, js: 0, other: 0 };
  for (const f of walk(dist)) { const k = f.endsWith('.wasm') ? 'wasm' : /\.(m?js)$/.test(f) ? 'js' : 'other'; const [r, g] = sizeOf(f); groups[k] += r; gz[k] += g; }
  const total = gz.wasm + gz.js + gz.other;
  row('payload: extension/dist', `${((groups.wasm + groups.js + groups.other) / 1024).toFixed(0)} KB raw, ${(total / 1024).toFixed(0)} KB gzip (wasm ${(gz.wasm / 1024).toFixed(0)}, JS ${(gz.js / 1024).toFixed(0)}, other ${(gz.other / 1024).toFixed(0)} KB gzip)`, '≤ 2.5 MB gzip', 'every file in extension/dist, each gzip -9');
} else {
  row('payload: extension/dist', 'not built', '≤ 2.5 MB gzip', 'extension/dist (npm run build in extension/)');
}

// 5. A peer: harper.js
try {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  for (let i = 0; i < WARMUP; i++) await linter.lint(firstText, { language: 'plaintext' });
  let best = Infinity;
  for (let i = 0; i < REPEAT; i++) { const t = performance.now(); await linter.lint(firstText, { language: 'plaintext' }); best = Math.min(best, performance.now() - t); }
  row('peer: harper.js lint ÷ copydesk analysis', `${f2(best / warmOne)}× (${f1(best)} vs ${f1(warmOne)} ms)`, '', `harper.js ${JSON.parse(readFileSync(path.join(ROOT, 'bench/node_modules/harper.js/package.json'))).version} LocalLinter (wasm) vs copydesk wasm on ${path.basename(files[0])}, both in this Node process, warm, best of ${REPEAT}`);
} catch (e) {
  row('peer: harper.js', 'unavailable: ' + e.message.split('\n')[0], '', 'npm ci in bench/');
}

// 6. Instruction counts
const cg = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${path.join(tmp, 'cg.out')}`, path.join(NATIVE, 'cli/copydesk'), 'analyze', ...files], { encoding: 'utf8' });
const ir = /Collected : (\d+)/.exec(cg.stderr || '');
row('instructions, native analysis of the fixtures', ir ? `${(Number(ir[1]) / 1e6).toFixed(1)} M` : 'valgrind unavailable', '', `valgrind --tool=callgrind on copydesk analyze of all ${files.length} fixtures (whole process, includes ICU start-up)`);

console.log(`copydesk benchmarks — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0].model.trim()}`);
console.log('| figure | value | aim | method |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.figure} | ${r.value} | ${r.aim} | ${r.method} |`);
