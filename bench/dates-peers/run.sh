#!/usr/bin/env bash
# bench/dates-peers/run.sh [ACTA] [SUITE_DIR]
#
# acta, chrono-node and dateparser on the same date suite (default tests/data/dates), scored by
# the same rule (score.py): one table, a row per family, a column per parser. A benchmark, not a
# test: it prints figures and fails only when it cannot run.
#
# It installs what it needs: chrono-node 2 with npm into bench/dates-peers/.peers/ (gitignored),
# and Debian's python3-dateparser with apt-get when /usr/bin/python3 cannot import dateparser.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
acta=${1:-$root/build/acta}
suite=${2:-$root/tests/data/dates}
[[ -x $acta ]] || { echo "no acta binary at $acta (build it first)" >&2; exit 2; }

if [[ ! -d $here/.peers/node_modules/chrono-node ]]; then
    mkdir -p "$here/.peers"
    (cd "$here/.peers" && { [[ -f package.json ]] || npm init -y >/dev/null; } && npm install --no-audit --no-fund chrono-node@2 >/dev/null)
fi
if ! /usr/bin/python3 -c 'import dateparser' 2>/dev/null; then
    apt-get install -y python3-dateparser >/dev/null
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
HERE=$here python3 -c '
import json, os, sys
sys.path.insert(0, os.environ["HERE"])
from score import read_suite
for i, c in enumerate(read_suite(sys.argv[1])):
    print(json.dumps({"i": i, "text": c["text"], "anchor": c["anchor"]}))
' "$suite" >"$tmp/cases.jsonl"

python3 "$here/acta_adapter.py" "$acta" "$suite" >"$tmp/acta.tsv"
node "$here/chrono_adapter.js" "$tmp/cases.jsonl" >"$tmp/chrono-node.tsv"
/usr/bin/python3 "$here/dateparser_adapter.py" "$tmp/cases.jsonl" >"$tmp/dateparser.tsv"
echo "chrono-node $(node -p "require('$here/.peers/node_modules/chrono-node/package.json').version"), dateparser $(/usr/bin/python3 -c 'import dateparser; print(dateparser.__version__)'), suite $suite"
python3 "$here/score.py" "$suite" "$tmp/acta.tsv" "$tmp/chrono-node.tsv" "$tmp/dateparser.tsv"
