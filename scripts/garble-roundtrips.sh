#!/usr/bin/env bash
# Real machine-translation damage for training the garble score: well-rated
# English sentences from the MLQE-PE train splits (z_mean >= 0.7) sent through
# Apertium English -> Spanish -> English (Debian apertium + apertium-eng-spa,
# offline). Writes TSV lines "original<TAB>round trip" (pairs that came back
# unchanged are dropped: they are not damaged).
# usage: scripts/garble-roundtrips.sh MLQE_DIR OUT_TSV [PER_PAIR]
set -euo pipefail
mlqe=$1 out=$2 per_pair=${3:-1000}
command -v apertium >/dev/null || { echo "garble-roundtrips: install apertium apertium-eng-spa" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for pair in ro-en et-en ru-en; do
  # Column 3 is the English translation, column 6 z_mean; first PER_PAIR good ones, in file order.
  awk -F'\t' -v n="$per_pair" 'NR > 1 && $6 + 0 >= 0.7 && c < n { print $3; c++ }' "$mlqe/$pair/train.tsv"
done > "$tmp/src.txt"
# One sentence per line survives the round trip (Apertium keeps line breaks).
apertium -u eng-spa < "$tmp/src.txt" | apertium -u spa-eng > "$tmp/rt.txt"
if [ "$(wc -l < "$tmp/src.txt")" != "$(wc -l < "$tmp/rt.txt")" ]; then
  echo "garble-roundtrips: line counts differ after the round trip" >&2
  exit 1
fi
paste "$tmp/src.txt" <(sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$tmp/rt.txt") |
  awk -F'\t' '$1 != $2' > "$out"
echo "garble-roundtrips: $(wc -l < "$out") pairs in $out"
