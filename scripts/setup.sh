#!/usr/bin/env bash
# The README's first command: install what copydesk needs on a fresh Debian 12
# machine, build it all, and run the main job — every fixture family analysed
# against itself, as a readable report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
for family in fixtures/*/articles; do
  echo
  echo "══ $(basename "$(dirname "$family")")"
  build/native/cli/copydesk analyze "$family"/* --against "$family" --format text
done
