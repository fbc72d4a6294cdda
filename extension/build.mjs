// Builds the extension: extension/dist (unpacked, loads in Chromium and
// Firefox) and extension/packages/copydesk-{chrome,firefox}-VERSION.zip.
//
//   node build.mjs            bundle + copy + zip
//   COPYDESK_WASM_DIR=DIR     where copydesk.mjs / copydesk.wasm are
//                             (default: ../build/wasm/wasm, from scripts/build-wasm.sh)
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile, access } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, crc32 } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'src');
const dist = join(here, 'dist');
const packages = join(here, 'packages');
const wasmDir = resolve(process.env.COPYDESK_WASM_DIR || join(here, '..', 'build', 'wasm', 'wasm'));
const pkg = JSON.parse(await readFile(join(here, 'package.json'), 'utf8'));

async function exists(p) { try { await access(p); return true; } catch { return false; } }

for (const f of ['copydesk.mjs', 'copydesk.wasm']) {
  if (!await exists(join(wasmDir, f))) {
    console.error(`build: ${join(wasmDir, f)} is missing; build the WebAssembly module first (bash scripts/build-wasm.sh)`);
    process.exit(2);
  }
}

await rm(dist, { recursive: true, force: true });
await mkdir(join(dist, 'engine'), { recursive: true });
await mkdir(join(dist, 'icons'), { recursive: true });

// Whitespace only is minified: names and code stay as written, so a reader
// of the package can still follow it (the sources are src/), and the
// download is 19 KB gzip smaller, which keeps extension/dist within issue
// 7's 2.5 MB.
const common = { bundle: true, target: ['chrome120', 'firefox128'], legalComments: 'none', logLevel: 'warning', charset: 'utf8', minifyWhitespace: true };
// Scripts the browser loads as classic scripts: one self-contained file each.
await esbuild.build({ ...common, format: 'iife', entryPoints: { background: join(src, 'background.js'), content: join(src, 'content/content.js') }, outdir: dist });
// Extension pages load modules.
await esbuild.build({ ...common, format: 'esm', entryPoints: { panel: join(src, 'panel/panel.js'), options: join(src, 'options/options.js') }, outdir: dist });
// The engine worker imports the Emscripten module, which stays a separate file.
await esbuild.build({ ...common, format: 'esm', entryPoints: { worker: join(src, 'engine/worker.js') }, outdir: join(dist, 'engine'), external: ['./copydesk.mjs'] });

for (const f of ['panel/panel.html', 'panel/panel.css', 'options/options.html', 'options/options.css']) {
  await cp(join(src, f), join(dist, f.split('/')[1]));
}
await cp(join(wasmDir, 'copydesk.mjs'), join(dist, 'engine', 'copydesk.mjs'));
await cp(join(wasmDir, 'copydesk.wasm'), join(dist, 'engine', 'copydesk.wasm'));

// ---- icons: drawn here (lines of text, one highlighted), no image tools needed ----
function png(size) {
  const px = Buffer.alloc(size * size * 4);
  const r = size * 0.18;
  const set = (x, y, c) => { const i = (y * size + x) * 4; px[i] = c[0]; px[i + 1] = c[1]; px[i + 2] = c[2]; px[i + 3] = c[3]; };
  const bg = [29, 29, 31, 255];
  const line = [232, 230, 225, 255];
  const hl = [255, 196, 0, 255];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(r - x - 0.5, x + 0.5 - (size - r), 0);
      const dy = Math.max(r - y - 0.5, y + 0.5 - (size - r), 0);
      if (dx * dx + dy * dy > r * r) continue;
      set(x, y, bg);
    }
  }
  const m = Math.round(size * 0.2);
  const rows = 4;
  const h = Math.max(1, Math.round(size * 0.09));
  for (let k = 0; k < rows; k++) {
    const y0 = Math.round(m + k * ((size - 2 * m - h) / (rows - 1)));
    const x1 = size - m - (k === rows - 1 ? Math.round(size * 0.25) : 0);
    const c = k === 1 ? hl : line;
    for (let y = y0; y < y0 + h; y++) for (let x = m; x < x1; x++) set(x, y, c);
  }
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) { raw[y * (size * 4 + 1)] = 0; px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
for (const s of [16, 32, 48, 128]) await writeFile(join(dist, 'icons', `icon-${s}.png`), png(s));

// ---- manifests: one for the unpacked build (both browsers), one per store ----
const manifest = JSON.parse(await readFile(join(src, 'manifest.json'), 'utf8'));
manifest.version = pkg.version;
await writeFile(join(dist, 'manifest.json'), JSON.stringify(manifest, null, 2));

function chromeManifest() {
  const m = structuredClone(manifest);
  delete m.sidebar_action;
  delete m.browser_specific_settings;
  m.background = { service_worker: 'background.js' };
  return m;
}
function firefoxManifest() {
  const m = structuredClone(manifest);
  delete m.side_panel;
  m.permissions = m.permissions.filter((p) => p !== 'sidePanel');
  m.background = { scripts: ['background.js'] };
  return m;
}

await rm(packages, { recursive: true, force: true });
await mkdir(packages, { recursive: true });
const zips = [];
for (const [name, m] of [['chrome', chromeManifest()], ['firefox', firefoxManifest()]]) {
  const stage = join(packages, `stage-${name}`);
  await cp(dist, stage, { recursive: true });
  await writeFile(join(stage, 'manifest.json'), JSON.stringify(m, null, 2));
  const zip = join(packages, `copydesk-${name}-${pkg.version}.zip`);
  execFileSync('zip', ['-q', '-r', '-X', zip, '.'], { cwd: stage });
  zips.push(zip);
}
console.log(`build: ${dist} and ${zips.map((z) => z.slice(here.length + 1)).join(', ')}`);
