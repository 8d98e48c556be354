#!/usr/bin/env bash
# Imports a chronology, exports it as CSV and scores the export against its reference reading.
# Usage: score_sample.sh ACTA TEXT GOLD [NOT_ACTS] -- SCORE-OPTIONS
set -euo pipefail
acta=$1 text=$2 gold=$3
shift 3
traps=()
if [[ $# -gt 0 && $1 != -- ]]; then traps=("$1"); shift; fi
[[ ${1:-} == -- ]] && shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$acta" --db "$tmp/t.db" import -q "$text"
"$acta" --db "$tmp/t.db" export --format csv -o "$tmp/t.csv"
python3 "$(dirname "$0")/tools/score-export" "$tmp/t.csv" "$gold" "${traps[@]}" --verbose "$@"
