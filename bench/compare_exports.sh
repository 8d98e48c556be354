#!/bin/sh
# compare_exports.sh BASE_ACTA NEW_ACTA FILE...
# A speed-only change must not change what the importer reads: each FILE is imported alone into
# a new database by both binaries, and the import's stdout and stderr and the exports
# (`export --include-executive`, csv and ndjson) must be identical byte for byte.
# Prints each difference, then "identical: N files"; exits 1 when any differs.
#   build/bench/make_corpus --size 1M -o /tmp/corpus1m.txt
#   bench/compare_exports.sh /work/main/build/acta build/acta /tmp/corpus1m.txt tests/corpus/*.txt
set -u
if [ $# -lt 3 ]; then
    echo "usage: compare_exports.sh BASE_ACTA NEW_ACTA FILE..." >&2
    exit 2
fi
base=$1
new=$2
shift 2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
status=0
for f in "$@"; do
    for who in base new; do
        if [ "$who" = base ]; then bin=$base; else bin=$new; fi
        "$bin" --db "$dir/$who.db" import "$f" >"$dir/$who.out" 2>"$dir/$who.err"
        "$bin" --db "$dir/$who.db" export --include-executive -f csv >"$dir/$who.csv" 2>&1
        "$bin" --db "$dir/$who.db" export --include-executive -f ndjson >"$dir/$who.ndjson" 2>&1
        rm -f "$dir/$who.db"
    done
    for k in out err csv ndjson; do
        if ! cmp -s "$dir/base.$k" "$dir/new.$k"; then
            echo "differs ($k): $f"
            status=1
        fi
    done
done
[ "$status" = 0 ] && echo "identical: $# files"
exit "$status"
