#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a
# bounded time. Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] (default 600).
# Every input that once crashed is kept in fuzz/regressions/<target>/ and
# replayed first; a new crash is written to build/fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOPYDESK_FUZZ=ON >/dev/null
if ! cmake --build build/fuzz -j"$(nproc)" >build/fuzz/build.log 2>&1; then
  echo "fuzz: the fuzz build failed (build/fuzz/build.log):"; grep -E "error|FAILED" build/fuzz/build.log | head -20; exit 1
fi
corpus="build/fuzz/corpus"; mkdir -p build/fuzz/crashes
bash fuzz/corpus.sh "$corpus"
status=0
for bin in build/fuzz/fuzz/*_fuzz; do
  name="$(basename "$bin")"
  if [ -d "fuzz/regressions/$name" ] && ls "fuzz/regressions/$name"/* >/dev/null 2>&1; then
    "$bin" fuzz/regressions/"$name"/* >/dev/null 2>&1 || { echo "fuzz: $name: a kept regression input fails again"; status=1; }
  fi
  echo "fuzz: $name for ${seconds}s"
  if ! "$bin" "$corpus/$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
       -artifact_prefix="build/fuzz/crashes/$name-" -print_final_stats=1 2>"build/fuzz/$name.log"; then
    echo "fuzz: $name FOUND A PROBLEM (see build/fuzz/$name.log and build/fuzz/crashes/)"; status=1
  fi
  grep -a -E "stat::number_of_executed_units|stat::peak_rss_mb" "build/fuzz/$name.log" | sed "s/^/  /" || true
done
exit $status
