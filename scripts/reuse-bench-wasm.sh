#!/usr/bin/env bash
# Builds bench/reuse_bench.cpp for WebAssembly (against build/wasm's core and
# ICU; run scripts/build-wasm.sh first) and runs it under Node beside the
# native build, for the wasm/native ratio of the same query.
# Usage: scripts/reuse-bench-wasm.sh [ARTICLES]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
export NODE_PATH=/usr/share/nodejs
icu="$(bash wasm/build-icu.sh | tail -n 1)"
em++ -O3 -DNDEBUG -std=c++20 -DU_STATIC_IMPLEMENTATION -Ishared -isystem "$icu/include" \
  -isystem build/wasm/third_party_include bench/reuse_bench.cpp \
  build/wasm/wasm/CMakeFiles/copydesk_wasm_objects.dir/icu_data.cpp.o build/wasm/shared/libcopydesk_core.a \
  "$icu/lib/libicudata.a" "$icu/lib/libicui18n.a" "$icu/lib/libicuuc.a" \
  -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=2147483648 -sENVIRONMENT=node \
  -sSINGLE_FILE=1 -o build/wasm/reuse_bench.js  # one file: Node 20 + emcc 3.1.6 cannot fetch a path
cmake -S . -B build/bench -G Ninja -DCOPYDESK_BENCH=ON >/dev/null
ninja -C build/bench -j2 reuse_bench >/dev/null
echo "── native"; build/bench/bench/reuse_bench --articles "$n" | tee /tmp/reuse_bench_native.txt
echo "── wasm (node)"; node build/wasm/reuse_bench.js --articles "$n" | tee /tmp/reuse_bench_wasm.txt
nat=$(grep -E "^ +$n articles" /tmp/reuse_bench_native.txt | sed -E 's/.*query ([0-9.]+) ms.*/\1/')
was=$(grep -E "^ +$n articles" /tmp/reuse_bench_wasm.txt | sed -E 's/.*query ([0-9.]+) ms.*/\1/')
echo "wasm/native query time at $n articles: $was / $nat ms = $(echo "scale=2; $was / $nat" | bc)x"
