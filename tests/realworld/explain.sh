#!/usr/bin/env bash
# Checks that `acta import --explain` accounts for every required act acta misses on a set of real
# pages (issue 10): for each missed row of a page's reading, the explanation must show, on a line
# of the row's evidence (L7, L3-L5), either an act read there (found, but with another date, body
# or place: the act line says what was read) or a diagnostic saying why nothing was kept
# (no_body, no_date, not_an_act, executive, furniture, ...).
# Prints each missed act with what the explanation says on its lines, then
# "explained: M/N missed acts"; the exit status is 1 when a missed act has no explanation.
# Usage: explain.sh ACTA TEXT_DIR [--pages LIST]   (LIST: default pages.tsv)
# This is not a ctest: the texts are outside the repository.
set -euo pipefail
usage() { echo "usage: explain.sh ACTA TEXT_DIR [--pages LIST]" >&2; exit 2; }
[[ $# -eq 2 || $# -eq 4 ]] || usage
acta=$1 texts=$2
here=$(cd "$(dirname "$0")" && pwd)
pages=$here/pages.tsv
if [[ $# -eq 4 ]]; then
  [[ $3 == --pages ]] || usage
  pages=$4
fi
[[ -x $acta ]] || { echo "explain.sh: $acta is not an executable" >&2; exit 2; }
[[ -d $texts ]] || { echo "explain.sh: $texts is not a folder" >&2; exit 2; }
[[ -f $pages ]] || { echo "explain.sh: $pages: no such list of pages" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
while IFS=$'\t' read -r slug url subject layout retrieved; do
  [[ $slug == \#* || $slug == slug || -z $slug ]] && continue
  text=$texts/$slug.txt
  [[ -f $text ]] || { echo "MISSING $slug" >&2; continue; }
  db=$work/$slug.db
  "$acta" --db "$db" import --explain "$text" >"$work/$slug.explain" 2>&1 || true
  "$acta" --db "$db" export --format csv -o "$work/$slug.csv" 2>/dev/null || : >"$work/$slug.csv"
  python3 "$here/../tools/score-export" "$work/$slug.csv" "$here/$slug.gold.tsv" "$here/$slug.not-acts.tsv" --verbose \
    >"$work/$slug.score" 2>&1 || true
  printf '%s\t%s\n' "$slug" "$text" >>"$work/pages"
done <"$pages"
python3 - "$work" "$here" <<'PY'
import os, re, sys
work, here = sys.argv[1], sys.argv[2]
total = explained = 0
for line in open(os.path.join(work, "pages"), encoding="utf-8"):
    slug, text = line.rstrip("\n").split("\t")
    missed = [m.group(1) for m in re.finditer(r"^\s+missed (\S+)", open(os.path.join(work, slug + ".score"), encoding="utf-8").read(), re.M)]
    if not missed:
        continue
    evidence = {}
    for row in open(os.path.join(here, slug + ".gold.tsv"), encoding="utf-8"):
        if row.startswith("#") or row.startswith("key\t"):
            continue
        cells = row.rstrip("\n").split("\t")
        if len(cells) >= 11:
            lines = set()
            for a, b in re.findall(r"L(\d+)(?:-L?(\d+))?", cells[10]):
                lines.update(range(int(a), int(b or a) + 1))
            evidence[cells[0]] = lines
    said = {}  # line -> what the explanation says there
    explain = open(os.path.join(work, slug + ".explain"), encoding="utf-8").read().splitlines()
    for i, e in enumerate(explain):
        m = re.match(r"act \d+: (.*)", e)
        if m and i + 1 < len(explain):
            n = re.match(r"\s+line (\d+), rule (\S+)", explain[i + 1])
            if n:
                said.setdefault(int(n.group(1)), []).append(f"read as {m.group(1)} ({n.group(2)})")
        m = re.match(r"\s+" + re.escape(text) + r":(\d+): (.*)", e)
        if m:
            said.setdefault(int(m.group(1)), []).append(m.group(2)[:110])
    print(f"--- {slug}")
    for key in missed:
        total += 1
        found = [f"L{l}: {s}" for l in sorted(evidence.get(key, ())) for s in said.get(l, [])]
        explained += bool(found)
        print(f"  {key}: " + ("; ".join(found[:3]) if found else "NOT EXPLAINED"))
print(f"explained: {explained}/{total} missed acts")
sys.exit(0 if explained == total else 1)
PY
