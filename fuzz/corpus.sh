#!/usr/bin/env bash
# Writes seed corpora for the fuzz targets into $1/<target>/ from the fixtures,
# tests/data/languages, tests/data/news-forms and fuzz/regressions/<target>/ (crashing inputs found earlier).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$1"
mkdir -p "$out/analyze_fuzz" "$out/request_fuzz" "$out/index_fuzz"
i=0
# The fixtures, and news in other languages and scripts (the English test,
# one-character tokens of Chinese, Japanese and Thai), and English news forms
# (lists, captions, first-person columns: the cues that read the whole article).
for f in fixtures/*/articles/* tests/data/languages/* tests/data/news-forms/*; do
  i=$((i + 1))
  head -c 4000 "$f" > "$out/analyze_fuzz/fixture-$i"
  python3 -c 'import json,sys; t=open(sys.argv[1],encoding="utf-8").read()[:3000]; print(json.dumps({"article":{"name":"a.txt","content":t},"corpus":[{"text":t[::-1]}]}))' "$f" \
    > "$out/request_fuzz/fixture-$i"
done
for t in analyze_fuzz request_fuzz; do
  [ -d "fuzz/regressions/$t" ] && cp fuzz/regressions/$t/* "$out/$t/" 2>/dev/null || true
done
