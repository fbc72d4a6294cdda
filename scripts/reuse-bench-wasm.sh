#!/usr/bin/env bash
# Builds bench/reuse_bench.cpp for WebAssembly (wasm/CMakeLists.txt, with
# COPYDESK_BENCH=ON) and natively, and runs both, for the wasm/native ratio
# of the same query.
# Usage: scripts/reuse-bench-wasm.sh [ARTICLES]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
export NODE_PATH=/usr/share/nodejs
COPYDESK_BENCH=ON bash scripts/build-wasm.sh >/dev/null  # build/wasm/bench/reuse_bench.js
cmake -S . -B build/bench -G Ninja -DCOPYDESK_BENCH=ON >/dev/null
ninja -C build/bench -j2 reuse_bench >/dev/null
echo "── native"; build/bench/bench/reuse_bench --articles "$n" | tee /tmp/reuse_bench_native.txt
echo "── wasm (node)"; node build/wasm/bench/reuse_bench.js --articles "$n" | tee /tmp/reuse_bench_wasm.txt
nat=$(grep -E "^ +$n articles" /tmp/reuse_bench_native.txt | sed -E 's/.*query ([0-9.]+) ms.*/\1/')
was=$(grep -E "^ +$n articles" /tmp/reuse_bench_wasm.txt | sed -E 's/.*query ([0-9.]+) ms.*/\1/')
echo "wasm/native query time at $n articles: $was / $nat ms = $(echo "scale=2; $was / $nat" | bc)x"
