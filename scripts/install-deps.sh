#!/usr/bin/env bash
# Installs the Debian 12 packages acta needs to build and test, only those that are missing.
# Usage: scripts/install-deps.sh [--test]   (--test adds what the test suite needs: clang for
# the fuzzers, python3 for the scorers, sqlite3 for the reliability scripts, chromium to print the
# reader tests' pages to PDF)
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config libsqlite3-dev libsqlitecpp-dev
          libboost-date-time-dev libcli11-dev nlohmann-json3-dev libre2-dev iso-codes catch2
          libgumbo-dev libpoppler-cpp-dev libzip-dev libpugixml-dev libcurl4-openssl-dev)
if [[ ${1:-} == --test ]]; then
  packages+=(python3 sqlite3 clang-14 libclang-rt-14-dev chromium)
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
