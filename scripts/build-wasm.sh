#!/usr/bin/env bash
# Builds the WebAssembly module: ICU for wasm (cached), then the core + bindings.
# Output: build/wasm/wasm/{copydesk-node.js,copydesk.mjs,*.wasm}; with
# COPYDESK_BENCH=ON in the environment also the benchmark programs for Node
# (build/wasm/bench/*_bench.js), as scripts/build.sh asks.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs acorn from here
icu_prefix="$(bash wasm/build-icu.sh | tail -n 1)"
emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCOPYDESK_BENCH="${COPYDESK_BENCH:-OFF}" -DCOPYDESK_ICU_WASM_PREFIX="$icu_prefix" >/dev/null
cmake --build build/wasm -j"$(nproc)"
echo "build-wasm: $(ls build/wasm/wasm/*.wasm | tr '\n' ' ')"
