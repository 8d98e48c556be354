#!/usr/bin/env bash
# fuzz.sh BUILD_DIR SECONDS
#
# Runs every libFuzzer target built in BUILD_DIR (configured with -DACTA_FUZZ=ON
# -DCMAKE_CXX_COMPILER=clang++-14) for SECONDS each, starting from the seeds in
# tests/fuzz/corpus/<target>/ (copied: the sources stay untouched; new inputs go to
# BUILD_DIR/fuzz-corpus/<target>/, crashes to BUILD_DIR/fuzz-artifacts/). Prints executions per
# target and, last, "N passed, M failed". A crash, leak, timeout (10 s per input) or sanitizer
# report fails the target; reproduce with: BUILD_DIR/tests/fuzz/<target> ARTIFACT
set -u

if [[ $# -ne 2 || ! -d $1 || ! $2 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 2
fi
BUILD=$(realpath "$1")
SECONDS_EACH=$2
HERE=$(cd "$(dirname "$0")" && pwd)
FUZZ_SRC=$(cd "$HERE/../fuzz" && pwd)
ARTIFACTS=$BUILD/fuzz-artifacts
mkdir -p "$ARTIFACTS"

targets=()
for t in "$BUILD"/tests/fuzz/fuzz_*; do
    [[ -x $t && -f $t ]] && targets+=("$t")
done
if [[ ${#targets[@]} -eq 0 ]]; then
    echo "fuzz: no fuzz targets in $BUILD/tests/fuzz (configure with -DACTA_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14, build fuzz_all)" >&2
    exit 2
fi

passed=0
failed=0
printf '%-18s %-5s %10s %9s %7s %s\n' TARGET RESULT RUNS EXEC/S CORPUS NOTE
for t in "${targets[@]}"; do
    name=$(basename "$t")
    corpus=$BUILD/fuzz-corpus/$name
    mkdir -p "$corpus"
    seeds=$FUZZ_SRC/corpus/$name
    dict=()
    [[ $name != fuzz_input_file && -f $FUZZ_SRC/acta.dict ]] && dict=(-dict="$FUZZ_SRC/acta.dict")
    log=$BUILD/fuzz-$name.log
    # halt_on_error: any sanitizer report ends the run as a failure.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
        "$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$ARTIFACTS/$name-" "${dict[@]}" \
        "$corpus" "$seeds" >"$log" 2>&1 </dev/null
    rc=$?
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n 1)
    execs=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n 1)
    files=$(find "$corpus" -type f | wc -l)
    if [[ $rc -eq 0 ]]; then
        printf '%-18s %-5s %10s %9s %7s %s\n' "$name" ok "${runs:-?}" "${execs:-?}" "$files" "${SECONDS_EACH}s"
        passed=$((passed + 1))
    else
        note=$(grep -m 1 -E 'ERROR: |runtime error:|deadly signal|Timeout|out-of-memory' "$log")
        artifact=$(grep -oE "Test unit written to [^ ]+" "$log" | tail -n 1)
        printf '%-18s %-5s %10s %9s %7s %s\n' "$name" FAIL "${runs:-?}" "${execs:-?}" "$files" \
            "exit $rc: ${note:-see $log} ${artifact:+($artifact)}"
        failed=$((failed + 1))
    fi
done
echo
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
