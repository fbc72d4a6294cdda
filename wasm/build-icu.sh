#!/usr/bin/env bash
# Builds ICU 72.1 for WebAssembly from Debian's source package, plus the trimmed
# ICU data file the analysis needs. Output: $PREFIX/{include,lib,share/icudt72l.dat}.
#
# Emscripten's own ICU port downloads from the internet (unreachable here), so we
# cross-compile ICU ourselves. ICU's configure only cross-compiles with a native
# build beside it (--with-cross-build). The result is cached outside the repo,
# keyed on this script's hash; without a cache it is rebuilt (~5 min on 2 cores).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
CACHE_ROOT="${COPYDESK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk}"
key="$(sha256sum "$0" | cut -c1-12)"
PREFIX="${1:-$CACHE_ROOT/icu-wasm-72.1-$key}"
if [ -f "$PREFIX/.complete" ]; then echo "$PREFIX"; exit 0; fi

export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs acorn from here
JOBS="$(nproc)"
work="$(mktemp -d "${TMPDIR:-/tmp}/copydesk-icu.XXXXXX")"
trap 'rm -rf "$work"' EXIT
log="$work/build.log"
fail() { echo "build-icu: $1 (log tail below)" >&2; tail -n 40 "$log" >&2 || true; exit 1; }

echo "build-icu: fetching ICU source from Debian's source packages" >&2
(cd "$work" && apt-get source --download-only icu >"$log" 2>&1) || fail "apt-get source icu failed (is the deb-src entry installed? run scripts/install-deps.sh)"
tarball="$(ls "$work"/icu_72.1.orig.tar.* 2>/dev/null | head -n1)"
[ -n "$tarball" ] || fail "icu_72.1.orig tarball not found"
tar -xf "$tarball" -C "$work"
src="$work/icu/source"
[ -d "$src" ] || fail "unexpected ICU tarball layout"

echo "build-icu: native build (needed by ICU's cross-compilation)" >&2
mkdir -p "$work/native"
(cd "$work/native" && "$src/configure" --disable-tests --disable-samples --disable-extras \
   --disable-layoutex --disable-icuio >>"$log" 2>&1 && make -j"$JOBS" >>"$log" 2>&1) \
  || fail "native ICU build failed"

echo "build-icu: wasm build" >&2
cp "$src/config/mh-linux" "$src/config/mh-unknown"
mkdir -p "$work/wasm/lib"
(cd "$work/wasm" && emconfigure "$src/configure" --host=wasm32-unknown-none \
   --enable-static --disable-shared --disable-tools --disable-tests --disable-samples \
   --disable-extras --disable-layoutex --disable-icuio --with-data-packaging=archive \
   --with-cross-build="$work/native" CFLAGS="-O2" CXXFLAGS="-O2 -std=c++17" >>"$log" 2>&1) \
  || fail "emconfigure failed"
for d in stubdata common i18n; do
  (cd "$work/wasm" && emmake make -j"$JOBS" -C "$d" >>"$log" 2>&1) || fail "emmake $d failed"
done

echo "build-icu: trimming ICU data" >&2
# Keep only what the analysis uses: break rules (sentence, word, char), English
# locale data for the sentence-break abbreviation suppressions (en@ss=standard),
# NFKC / NFKC_Casefold normalisation, and the resources ICU's loader requires.
keep_re='^(brkitr/(char|word|word_POSIX|sent|sent_el)\.brk|brkitr/(root|en|en_US|en_US_POSIX|res_index)\.res|nfkc\.nrm|nfkc_cf\.nrm|root\.res|en\.res|en_US\.res|res_index\.res|pool\.res|likelySubtags\.res|supplementalData\.res|cnvalias\.icu|uemoji\.icu|ulayout\.icu)$'
dat="$work/icudt72l.dat"
cp "$src/data/in/icudt72l.dat" "$dat"
icupkg -l "$dat" | grep -Ev "$keep_re" >"$work/remove.txt"
(cd "$work" && icupkg --ignore-deps -r remove.txt icudt72l.dat >>"$log" 2>&1) || fail "icupkg trim failed"

stage="$PREFIX.tmp.$$"
rm -rf "$stage"; mkdir -p "$stage/lib" "$stage/include/unicode" "$stage/share"
cp "$work/wasm/lib/libicuuc.a" "$work/wasm/lib/libicui18n.a" "$stage/lib/"
cp "$work/wasm/stubdata/libicudata.a" "$stage/lib/" 2>/dev/null || cp "$work/wasm/lib/libicudata.a" "$stage/lib/"
cp "$src"/common/unicode/*.h "$src"/i18n/unicode/*.h "$stage/include/unicode/"
cp "$dat" "$stage/share/icudt72l.dat"
touch "$stage/.complete"
mkdir -p "$(dirname "$PREFIX")"
rm -rf "$PREFIX"; mv "$stage" "$PREFIX"   # atomic publish: a half-built cache is never used
echo "$PREFIX"
