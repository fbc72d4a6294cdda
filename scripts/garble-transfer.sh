#!/usr/bin/env bash
# How the garble score carries over to a language pair it was not trained on.
# The held-out judgements may come from pairs the trainer never sees (the
# MLQE-PE README keeps ne-en and si-en back), so beside the dev figure of the
# pairs it trains on, this prints:
#   - leave one pair out: trained on the other two pairs, the left-out pair's dev r;
#   - one pair alone: trained on one pair, every pair's dev r.
# Nothing is written to the repo (weights go to the work dir).
# usage: scripts/garble-transfer.sh [MLQE_DIR]   (after scripts/train-garble.sh,
#   which makes the round trips)
set -euo pipefail
cd "$(dirname "$0")/.."
mlqe=${1:-data/mlqe-pe}
work=${GARBLE_WORK_DIR:-build/garble-train}
[ -d "$mlqe/ro-en" ] || { echo "garble-transfer: no MLQE-PE data in $mlqe" >&2; exit 1; }
[ -s "$work/roundtrips.tsv" ] || { echo "garble-transfer: no $work/roundtrips.tsv (run scripts/train-garble.sh first)" >&2; exit 1; }
ninja -C build/native -j2 garble_train >/dev/null
pairs=(ro-en et-en ru-en)
# dev r of pair $2 in log $1
dev_r() { sed -n "s/^dev $2: Pearson r(1 - score, z_mean) = \([0-9.-]*\) .*/\1/p" "$1"; }
train() {  # $1 log name, then environment assignments
  local log="$work/transfer-$1.log"; shift
  env "$@" build/native/tools/garble_train "$mlqe" "$work/roundtrips.tsv" "$work/transfer-weights.$$.h" >"$log" 2>&1 || {
    echo "garble-transfer: training failed, see $log" >&2; exit 1; }
  rm -f "$work/transfer-weights.$$.h"
}
train all
for p in "${pairs[@]}"; do train "without-$p" GARBLE_HOLD_OUT_PAIR="$p"; train "only-$p" GARBLE_ONLY_PAIR="$p"; done
printf '%-22s %8s %8s %8s %8s\n' "trained on" "${pairs[@]}" mean
row() {  # label, then logs per pair
  local label=$1; shift; local sum=0 line r
  line=$(printf '%-22s' "$label")
  for p in "${pairs[@]}"; do r=$(dev_r "$1" "$p"); shift; line+=$(printf ' %8s' "$r"); sum=$(awk -v a="$sum" -v b="$r" 'BEGIN{print a+b}'); done
  printf '%s %8.3f\n' "$line" "$(awk -v s="$sum" 'BEGIN{print s/3}')"
}
row "all three (seen)" "$work/transfer-all.log" "$work/transfer-all.log" "$work/transfer-all.log"
row "the other two (unseen)" "$work/transfer-without-ro-en.log" "$work/transfer-without-et-en.log" "$work/transfer-without-ru-en.log"
for p in "${pairs[@]}"; do l="$work/transfer-only-$p.log"; row "$p alone" "$l" "$l" "$l"; done
