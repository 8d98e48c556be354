#!/usr/bin/env bash
# Measures subject detection on the real-page study set (tests/realworld/README.md): each page is
# imported into a fresh database (subject detected, not given) and the subject `acta subjects`
# lists is compared with the `subject` column of pages.tsv. Prints one line per page and then
# "subjects: M/N pages right".
# A detected subject is right when each of its words that names the event (not "genocide",
# "massacre", "the", "of", ... nor a year) shares its first four letters with a word of the
# expected subject ("Pontus" for "Greek (Pontic) genocide", "Assyrian" for "Assyrian, Greek and
# Armenian genocides"); a subject of generic words only ("Soviet", "Great") is wrong unless the
# expected subject has it.
# Usage: subjects.sh ACTA TEXT_DIR [LIST]   (LIST: the pages to check, default pages.tsv)
# This is not a ctest: the texts are outside the repository.
set -euo pipefail
[[ $# -eq 2 || $# -eq 3 ]] || { echo "usage: subjects.sh ACTA TEXT_DIR [LIST]" >&2; exit 2; }
acta=$1 texts=$2
[[ -x $acta ]] || { echo "subjects.sh: $acta is not an executable" >&2; exit 2; }
[[ -d $texts ]] || { echo "subjects.sh: $texts is not a folder" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
pages=${3:-$here/pages.tsv}
[[ -f $pages ]] || { echo "subjects.sh: $pages: no such list of pages" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=$work/results.tsv
: >"$results"
while IFS=$'\t' read -r slug url subject layout retrieved; do
  [[ $slug == \#* || $slug == slug || -z $slug ]] && continue
  text=$texts/$slug.txt
  if [[ ! -f $text ]]; then
    printf '%s\t%s\t%s\n' "$slug" "$subject" "(missing)" >>"$results"
    continue
  fi
  db=$work/$slug.db
  found=
  if "$acta" --db "$db" import -q "$text" 2>/dev/null; then
    found=$("$acta" --db "$db" subjects --format tsv 2>/dev/null | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "name") c = i; next } NR == 2 { print $c }' || true)
  fi
  printf '%s\t%s\t%s\n' "$slug" "$subject" "$found" >>"$results"
done <"$pages"
python3 - "$results" <<'PY'
import re, sys
GENERIC = {"genocide", "genocides", "massacre", "massacres", "the", "of", "against", "in", "and",
           "a", "famine", "deportation", "tragedy", "events", "killings"}
def words(s):
    return [w for w in re.findall(r"[^\W\d_]+", s.lower()) if w not in GENERIC]
def right(found, expected):
    f, e = words(found), words(expected)
    return bool(f) and all(any(a[:4] == b[:4] for b in e) for a in f)
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
ok = 0
for slug, expected, found in rows:
    good = found != "(missing)" and right(found, expected)
    ok += good
    print(f"{'ok  ' if good else 'MISS'} {slug:40s} expected {expected!r:45s} found {found!r}")
print(f"subjects: {ok}/{len(rows)} pages right, {sum(1 for r in rows if r[2] == '')} with none")
PY
