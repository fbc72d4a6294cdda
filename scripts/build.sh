#!/usr/bin/env bash
# Builds everything: the native CLI and tests, the WebAssembly module, and the
# extension when its sources are present.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOPYDESK_BENCH=ON >/dev/null
cmake --build build/native -j"$(nproc)"
COPYDESK_BENCH=ON bash scripts/build-wasm.sh
if [ -f extension/package.json ]; then
  (cd extension && npm run --silent build)
fi
