#!/usr/bin/env bash
# Scores acta on the real-page study set (tests/realworld/README.md). The pages' texts are not in the
# repository: give the folder where they were retrieved, one <slug>.txt per row of pages.tsv.
# Each page is imported into a fresh database, exported as CSV and scored with tests/tools/score-export
# against <slug>.gold.tsv and <slug>.not-acts.tsv; then per page, per subject, per layout and overall
# figures (micro-averaged: acts found, required, extra) are printed.
# Usage: score.sh ACTA TEXT_DIR [--pages LIST] [--subject] [--verbose] [--keep DIR]
#   --pages LIST  the list of pages to score (default pages.tsv, the study set; batch2.tsv is the
#                 second batch, read blind)
#   --subject   pass the page's subject from pages.tsv to `acta import --subject` (default: detect it)
#   --verbose   print score-export's list of missed and extra rows under each page
#   --keep DIR  keep each page's database and CSV export in DIR
# A page missing from TEXT_DIR is reported as MISSING and counted; the exit status is then 1.
# This is not a ctest: the texts are outside the repository.
set -euo pipefail
usage() { echo "usage: score.sh ACTA TEXT_DIR [--pages LIST] [--subject] [--verbose] [--keep DIR]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
acta=$1 texts=$2
shift 2
with_subject=0 verbose=0 keep= pages=
while [[ $# -gt 0 ]]; do
  case $1 in
    --subject) with_subject=1 ;;
    --verbose) verbose=1 ;;
    --keep) [[ $# -ge 2 ]] || usage; keep=$2; shift ;;
    --pages) [[ $# -ge 2 ]] || usage; pages=$2; shift ;;
    *) usage ;;
  esac
  shift
done
[[ -x $acta ]] || { echo "score.sh: $acta is not an executable" >&2; exit 2; }
[[ -d $texts ]] || { echo "score.sh: $texts is not a folder" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
pages=${pages:-$here/pages.tsv}
[[ -f $pages ]] || { echo "score.sh: $pages: no such list of pages" >&2; exit 2; }
scorer=$here/../tools/score-export
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -n $keep ]] && mkdir -p "$keep" && work_keep=$keep || work_keep=$work
results=$work/results.tsv
: >"$results"
missing=0
while IFS=$'\t' read -r slug url subject layout retrieved; do
  [[ $slug == \#* || $slug == slug || -z $slug ]] && continue
  text=$texts/$slug.txt
  if [[ ! -f $text ]]; then
    echo "MISSING $slug ($url)"
    printf '%s\t%s\t%s\tmissing\t0\t0\t0\n' "$slug" "$subject" "$layout" >>"$results"
    missing=$((missing + 1))
    continue
  fi
  db=$work_keep/$slug.db csv=$work_keep/$slug.csv
  rm -f "$db" "$db"-*
  args=(import -q "$text")
  [[ $with_subject == 1 ]] && args+=(--subject "$subject")
  if ! "$acta" --db "$db" "${args[@]}" 2>"$work/err"; then
    echo "IMPORT-FAILED $slug: $(head -1 "$work/err")"
    req=$(grep -v '^#' "$here/$slug.gold.tsv" | awk -F'\t' '$10 == "required"' | wc -l)
    printf '%s\t%s\t%s\tfailed\t0\t%s\t0\n' "$slug" "$subject" "$layout" "$req" >>"$results"
    continue
  fi
  "$acta" --db "$db" export --format csv -o "$csv"
  opts=()
  [[ $verbose == 1 ]] && opts+=(--verbose)
  out=$(python3 "$scorer" "$csv" "$here/$slug.gold.tsv" "$here/$slug.not-acts.tsv" "${opts[@]}" || true)
  [[ $verbose == 1 ]] && { echo "--- $slug"; sed '$d' <<<"$out"; }
  line=$(tail -1 <<<"$out")
  read -r tp req fp <<<"$(sed -E 's/.*found ([0-9]+)\/([0-9]+) required, ([0-9]+) extra.*/\1 \2 \3/' <<<"$line")"
  printf '%s\t%s\t%s\tscored\t%s\t%s\t%s\n' "$slug" "$subject" "$layout" "$tp" "$req" "$fp" >>"$results"
done <"$pages"
python3 - "$results" <<'PY'
import sys
from collections import defaultdict
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
def fig(tp, req, fp):
    p = tp / (tp + fp) if tp + fp else None
    r = tp / req if req else None
    f = 2 * p * r / (p + r) if tp else (0.0 if req else None)
    show = lambda x: "  n/a" if x is None else f"{x:5.2f}"
    return f"found {tp:3d}/{req:3d}  extra {fp:3d}  P={show(p)} R={show(r)} F1={show(f)}"
print("\n== per page")
for slug, subject, layout, state, tp, req, fp in rows:
    print(f"{slug:42s} {state:7s} {fig(int(tp), int(req), int(fp))}")
for title, col in (("subject", 1), ("layout", 2)):
    agg = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        if r[3] == "missing": continue
        a = agg[r[col]]
        a[0] += int(r[4]); a[1] += int(r[5]); a[2] += int(r[6]); a[3] += 1
    print(f"\n== per {title}")
    for k in sorted(agg):
        tp, req, fp, n = agg[k]
        print(f"{k:42s} {n:2d} pages {fig(tp, req, fp)}")
scored = [r for r in rows if r[3] != "missing"]
tp = sum(int(r[4]) for r in scored); req = sum(int(r[5]) for r in scored); fp = sum(int(r[6]) for r in scored)
missing = sum(1 for r in rows if r[3] == "missing"); failed = sum(1 for r in rows if r[3] == "failed")
print(f"\n== overall: {len(scored) - failed} pages scored, {missing} missing, {failed} failed to import")
print(f"overall {fig(tp, req, fp)}")
PY
[[ $missing == 0 ]] || exit 1
