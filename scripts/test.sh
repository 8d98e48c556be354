#!/usr/bin/env bash
# Every test: installs what is missing, builds, runs the unit and CLI tests (ctest), then the
# reliability checks: bad input, SIGKILL during imports, hostile text, the benchmark's figures,
# the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (but the browser test: it
# drives chromium, and plot_documents checks the same documents under the sanitizers; and the
# scores of the heldout, blind2 and blind3 corpora, some 4 minutes of CPU under the sanitizers,
# left out to keep the whole run under 30 minutes on 2 cores: the ctest stage scores them, and
# the main and real corpora, the bundled article and the fuzzers read text under the sanitizers),
# and the fuzzers.
# ACTA_QUICK=1 runs only the build and ctest. FUZZ_SECONDS sets each fuzzer's time (default 20).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test || exit 1
jobs=$(nproc)

passed=0 failed=0 failures=()
stage() { # stage NAME COMMAND...: runs one stage, keeps going on failure
  local name=$1
  shift
  echo
  echo "=== $name"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "=== $name: ok ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "=== $name: FAILED ($((SECONDS - start)) s)"
  fi
}

stage build scripts/build.sh || true
stage ctest bash -c "cd build && ctest --output-on-failure -j$jobs"
if [[ ${ACTA_QUICK:-0} != 1 ]]; then
  stage bad-input tests/reliability/bad_input.sh build/acta
  stage kill-test tests/reliability/kill_test.sh build/acta ${KILL_ROUNDS:-20}
  stage hostile-text tests/reliability/hostile.sh build/acta
  stage benchmark build/bench/bench_import --size 1M
  stage sanitizers bash -c "cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DACTA_SANITIZE=ON \
      -DACTA_BUILD_BENCH=OFF >/dev/null && cmake --build build-asan -j$jobs && cd build-asan && \
      LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp ctest -j$jobs --output-on-failure -E 'plot_browser|score_corpus_(heldout|blind2|blind3)'"
  stage fuzz bash -c "cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTA_FUZZ=ON \
      -DCMAKE_CXX_COMPILER=clang++-14 -DACTA_BUILD_TESTS=OFF -DACTA_BUILD_BENCH=OFF >/dev/null && \
      cmake --build build-fuzz -j$jobs --target fuzz_all && tests/reliability/fuzz.sh build-fuzz ${FUZZ_SECONDS:-20}"
fi

echo
((failed)) && echo "failed stages: ${failures[*]}"
echo "stages: $passed passed, $failed failed"
((failed == 0))
