// Loads the Node build of the WebAssembly module (build/wasm/wasm/copydesk-node.*).
// The wasm bytes are passed in directly: Emscripten 3.1.6's loader tries fetch()
// on a file path under Node 20 and fails.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../support/fixtures.mjs';

export { ROOT };
// COPYDESK_WASM_DIR points at another build, to compare two builds side by side.
const WASM_DIR = process.env.COPYDESK_WASM_DIR ? path.resolve(process.env.COPYDESK_WASM_DIR) : path.join(ROOT, 'build/wasm/wasm');

export async function loadCopydesk() {
  const js = path.join(WASM_DIR, 'copydesk-node.js');
  if (!existsSync(js)) throw new Error(`${js} missing: run scripts/build-wasm.sh`);
  const factory = createRequire(import.meta.url)(js);
  return factory({ wasmBinary: readFileSync(path.join(WASM_DIR, 'copydesk-node.wasm')) });
}

export const NATIVE_CLI = path.join(ROOT, 'build/native/cli/copydesk');
