#!/usr/bin/env bash
# The committed garble weights (shared/detectors/garble/weights.h) must be what
# the trainer learns from the repo as it is now: retrains into a temporary
# header and compares byte for byte. A change to the features, the corruptions
# or the trainer that was not followed by scripts/train-garble.sh fails here.
# Needs the MLQE-PE train/dev data (in the repo: data/mlqe-pe) and Apertium
# (scripts/install-deps.sh); without them it reports itself skipped (exit 77),
# naming what is missing.
# usage: garble_weights_test.sh GARBLE_TRAIN_BINARY [MLQE_DIR]  (or COPYDESK_MLQE_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
trainer=$1
mlqe=${2:-${COPYDESK_MLQE_DIR:-data/mlqe-pe}}
for pair in ro-en et-en ru-en; do
  if [ ! -r "$mlqe/$pair/train.tsv" ]; then
    echo "skipped: no MLQE-PE training data at $mlqe/$pair/train.tsv"
    exit 77
  fi
done
if ! command -v apertium >/dev/null; then
  echo "skipped: apertium is not installed (scripts/install-deps.sh installs it)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/garble-roundtrips.sh "$mlqe" "$work/roundtrips.tsv" 1000
"$trainer" "$mlqe" "$work/roundtrips.tsv" "$work/weights.h" > "$work/train.log"
grep -E "^dev (mean|[a-z]{2}-en)" "$work/train.log"
# Every number in a header, in order (comments dropped).
numbers() { sed -e 's|//.*||' "$1" | grep -oE '[-]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?' ; }
if cmp -s "$work/weights.h" shared/detectors/garble/weights.h; then
  echo "weights.h is reproducible from the repo"
elif paste <(numbers "$work/weights.h") <(numbers shared/detectors/garble/weights.h) |
     awk -F'\t' '$1 == "" || $2 == "" { bad = 1 }
                 { d = $1 - $2; if (d < 0) d = -d; m = $2 < 0 ? -$2 : $2; if (d > 1e-12 + 1e-9 * m) bad = 1 }
                 END { exit bad }'; then
  # Another CPU's libm may round exp/log differently in the last place.
  echo "weights.h is reproducible from the repo (equal to within rounding in the last digits)"
else
  echo "weights.h differs from what the trainer learns now; run scripts/train-garble.sh and commit the result:"
  diff "$work/weights.h" shared/detectors/garble/weights.h | head -20
  exit 1
fi
