#!/usr/bin/env bash
# Remakes the pictures docs/plot.md and docs/report.md show: the bundled article's charts, drawn
# by acta itself. Usage: scripts/docs-images.sh [ACTA]   (default build/acta)
set -euo pipefail
cd "$(dirname "$0")/.."
acta=${1:-build/acta}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$acta" --db "$work/khojaly.db" import -q import/samples/khojaly-recognition-2014.txt
mkdir -p docs/img
"$acta" --db "$work/khojaly.db" plot timeline -o docs/img/khojaly-timeline.svg
"$acta" --db "$work/khojaly.db" plot timeline --country US --marks term --sort name -o docs/img/khojaly-us-terms.svg
"$acta" --db "$work/khojaly.db" plot cumulative --by term -o docs/img/khojaly-cumulative-term.svg
"$acta" --db "$work/khojaly.db" plot cumulative --by level -o docs/img/khojaly-cumulative-level.svg
