#!/usr/bin/env bash
# One command for the benchmark table: builds what it measures, then prints it.
#   bash bench/run.sh [--repeat N] [--history 1000,10000,100000]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh >/dev/null
bash scripts/build.sh >/dev/null
(cd bench && { [ -d node_modules/harper.js ] || npm ci --no-audit --no-fund --loglevel=error; })
NODE_PATH="$PWD/bench/node_modules" node bench/table.mjs "$@"
