#!/usr/bin/env bash
# The extension's tests: builds extension/dist (and the store zips), then runs
#   1. unit tests (node --test, jsdom): article extraction and offset mapping
#   2. web-ext lint on the unpacked build and on the Firefox package (0 errors)
#   3. end-to-end tests in headless Chromium (playwright-core, CDP toolbar click)
#   4. the first end-to-end test again on the Chrome Web Store package
#   5. the Firefox smoke test (web-ext run, headless firefox-esr, Marionette),
#      on the addons.mozilla.org package
# Needs the WebAssembly module (bash scripts/build-wasm.sh) and extension/node_modules
# (scripts/install-deps.sh). Screenshots: artifacts/extension/. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0; failed=0; log="$(mktemp)"
trap 'rm -f "$log"' EXIT

count_tap() {  # adds a node --test run's "# pass N" / "# fail N" to the totals
  local p f
  p=$(grep -E "^# pass [0-9]+" "$log" | tail -n1 | awk '{print $3}')
  f=$(grep -E "^# fail [0-9]+" "$log" | tail -n1 | awk '{print $3}')
  if [ -z "$p" ]; then failed=$((failed + 1)); else passed=$((passed + p)); failed=$((failed + ${f:-0})); fi
}

if [ ! -f build/wasm/wasm/copydesk.mjs ] && [ -z "${COPYDESK_WASM_DIR:-}" ]; then
  echo "── building the WebAssembly module"
  bash scripts/build-wasm.sh || { echo "0 passed, 1 failed"; exit 1; }
fi
if [ ! -d extension/node_modules ]; then
  (cd extension && npm ci --no-audit --no-fund --loglevel=error) || { echo "0 passed, 1 failed"; exit 1; }
fi

echo "── extension build"
if (cd extension && node build.mjs); then passed=$((passed + 1)); else failed=$((failed + 1)); echo "${passed} passed, ${failed} failed"; exit 1; fi

echo "── unit tests (node --test, jsdom)"
(cd extension && node --test test/unit/) >"$log" 2>&1
grep -E "^(not ok|# (pass|fail))" "$log"; grep -A25 "^not ok" "$log" | head -60
count_tap

echo "── web-ext lint"
for dir in extension/dist extension/packages/stage-firefox; do
  if (cd extension && npx --no-install web-ext lint --source-dir "../$dir" --self-hosted --output json 2>/dev/null) >"$log"; then :; fi
  if node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));for(const m of j.errors)console.log("  error",m.code,m.file||"",m.message);console.log(`  ${process.argv[2]}: ${j.summary.errors} errors, ${j.summary.warnings} warnings`);process.exit(j.summary.errors?1:0)' "$log" "$dir"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done

echo "── end-to-end (headless Chromium)"
(cd extension && node --test --test-concurrency=1 --test-timeout=180000 ../tests/e2e/extension.test.mjs) >"$log" 2>&1
grep -E "^(not ok|ok|# (pass|fail))" "$log"; grep -A25 "^not ok" "$log" | head -80
count_tap

echo "── the Chrome Web Store package (its own manifest) in headless Chromium"
(cd extension && COPYDESK_EXT_DIR=packages/stage-chrome node --test --test-timeout=180000 \
  --test-name-pattern="toolbar click on an article" ../tests/e2e/extension.test.mjs) >"$log" 2>&1
grep -E "^(not ok|ok [0-9]+ - toolbar|# (pass|fail))" "$log"; grep -A25 "^not ok" "$log" | head -60
count_tap

echo "── Firefox smoke test (web-ext run, headless firefox-esr)"
(cd extension && node --test --test-timeout=180000 ../tests/e2e/firefox-smoke.test.mjs) >"$log" 2>&1
grep -E "^(not ok|ok|# (pass|fail))" "$log"; grep -A25 "^not ok" "$log" | head -60
count_tap

echo "screenshots: artifacts/extension/"
echo "${passed} passed, ${failed} failed"
[ "$failed" = 0 ]
