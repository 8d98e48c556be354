#!/usr/bin/env bash
# Installs the Debian 12 packages acta needs to build and test, only those that are missing.
# Usage: scripts/install-deps.sh [--test|--bench]   (--test adds what the test suite needs: clang
# for the fuzzers, python3 for the scorers, sqlite3 for the reliability scripts, chromium for the
# browser test of charts and report and to print the reader tests' pages to PDF; --bench adds the
# peers of bench/dates-peers: npm for chrono-node, python3-dateparser). librsvg2-dev and cairo
# draw PNG charts (acta plot -o x.png); gumbo, poppler-cpp, libzip, pugixml and libcurl are the
# readers of HTML, PDF, DOCX and URLs; libicu-dev lower-cases words beyond ASCII (pages not in English).
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config libsqlite3-dev libsqlitecpp-dev
          libboost-date-time-dev libcli11-dev nlohmann-json3-dev libre2-dev iso-codes libicu-dev catch2
          librsvg2-dev libcairo2-dev
          libgumbo-dev libpoppler-cpp-dev libzip-dev libpugixml-dev libcurl4-openssl-dev)
if [[ ${1:-} == --test ]]; then
  packages+=(python3 sqlite3 clang-14 libclang-rt-14-dev chromium)
fi
if [[ ${1:-} == --bench ]]; then
  packages+=(python3 npm python3-dateparser)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  as_root=()
  [[ $(id -u) -eq 0 ]] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
