#!/usr/bin/env bash
# Re-learns the garbled-sentence detector's weights from the repo (its
# MLQE-PE copy in data/mlqe-pe), offline: Apertium round trips of well-rated MLQE-PE sentences,
# then tools/garble-model/train_garble (two-stage logistic regression), which
# rewrites shared/detectors/garble/weights.h and prints the MLQE-PE dev
# Pearson correlation per language pair. Deterministic: same inputs, same weights.
# usage: scripts/train-garble.sh [MLQE_DIR [OUT_HEADER]]
#   MLQE_DIR defaults to data/mlqe-pe (in the repo), OUT_HEADER to the committed
#   shared/detectors/garble/weights.h (tests/garble_weights_test.sh writes
#   elsewhere and compares).
set -euo pipefail
cd "$(dirname "$0")/.."
mlqe=${1:-data/mlqe-pe}
out=${2:-shared/detectors/garble/weights.h}
work=${GARBLE_WORK_DIR:-build/garble-train}
[ -d "$mlqe/ro-en" ] || { echo "train-garble: no MLQE-PE data in $mlqe" >&2; exit 1; }
cmake -S . -B build/native -G Ninja >/dev/null
ninja -C build/native -j2 garble_train
mkdir -p "$work"
scripts/garble-roundtrips.sh "$mlqe" "$work/roundtrips.tsv" 1000
build/native/tools/garble_train "$mlqe" "$work/roundtrips.tsv" "$out" | tee "$work/train.log"
