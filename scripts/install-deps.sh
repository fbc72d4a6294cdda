#!/usr/bin/env bash
# Installs everything copydesk needs on a fresh Debian 12 machine. Idempotent:
# a machine that already has it all spends a few seconds here.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive

APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libicu-dev icu-devtools          # native ICU + icupkg to trim ICU data for wasm
  nlohmann-json3-dev catch2        # JSON, tests
  emscripten                       # C++ -> WebAssembly (clang-14, lld, binaryen)
  clang libclang-rt-14-dev         # libFuzzer + sanitizers
  dpkg-dev                         # apt-get source (ICU source for the wasm build)
  nodejs
  chromium chromium-driver         # end-to-end extension tests
  firefox-esr                      # Firefox smoke test
  pocketsphinx-en-us               # trigram model the garble detector's LM is built from
  wordnet-base                     # WordNet 3.0: part-of-speech lexicon of the garble model (build time)
  apertium apertium-eng-spa        # offline round-trip MT for training/dev data
  valgrind zip
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# ICU's source comes from Debian's source packages: emscripten's own ICU port
# would download from the internet, which these machines cannot reach.
SRC_LIST=/etc/apt/sources.list.d/copydesk-deb-src.sources
need_update=0
if [ ! -f "$SRC_LIST" ]; then
  $SUDO tee "$SRC_LIST" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  need_update=1
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
  $SUDO apt-get update -q
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages for the extension build and its tests (lockfile-pinned).
if [ -f extension/package.json ]; then
  if [ ! -d extension/node_modules ] || [ extension/package-lock.json -nt extension/node_modules/.package-lock.json ]; then
    (cd extension && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
echo "install-deps: ok"
