#!/usr/bin/env bash
# hostile.sh ACTA_BINARY
#
# Valid UTF-8 text shaped to hurt a parser: one endless line, one endless sentence, nothing but
# dates, digits, brackets, dashes, abbreviations, event names or wrapped lines. Each shape is
# imported at 128 KiB and at 512 KiB (4x), and a 100 MB line without a newline with --max-size 128M. Each import must exit 0 and leave an intact
# database. Times and the 512 KiB / 128 KiB ratio are printed (about 4 for linear work, about 16
# for quadratic); they are figures, not asserts. Only a crash, a non-zero exit, a failed
# integrity check or a run over HOSTILE_TIMEOUT seconds (default 300: a hang) fails.
# Last line: "N passed, M failed".
set -u

if [[ $# -ne 1 || ! -x $1 ]]; then
    echo "usage: $0 ACTA_BINARY" >&2
    exit 2
fi
ACTA=$(realpath "$1")
LIMIT=${HOSTILE_TIMEOUT:-300}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/acta-hostile.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 2
export ACTA_DB=/nonexistent/never-used.db

# make SHAPE BYTES FILE: the unit repeated, up to BYTES.
make() {
    local unit
    case $1 in
    letters) unit='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' ;;
    sentence) unit='On 12 March 2009 the Senate of Chile adopted a resolution recognizing the genocide ' ;;
    sentences) unit='The Senate of Chile adopted a resolution on 3 May 2001. ' ;;
    list-dashes) unit='3 October 1999 — ' ;;
    date-lines) unit=$'January 1, 2000\n' ;;
    digits) unit='1 2 3 4 5 6 7 8 9 ' ;;
    brackets) unit='((((((((((((((((((((((((((((((((' ;;
    quotes) unit='"“«‘ ' ;;
    blank-lines) unit=$'x\n\n\n\n\n\n\n\n' ;;
    crlf-list) unit=$'2013\r\nSenate of Peru adopted a statement.\r\n' ;;
    relative) unit='last Friday two weeks from next Tuesday the day before yesterday on Tuesday the 9th ' ;;
    decades) unit="the early '80s the mid-1970s the first half of the 20th century Q3 2004 FY03 11-23-98 " ;;
    spelled) unit='nineteen nineteen two thousand and nineteen eighty- ' ;;
    abbreviation) unit='Rep. Sen. No. U.S. J. K. Res. 12. Jan. ... ' ;;
    event-names) unit=$'Khojaly genocide, the Khojaly massacre of 1992\n' ;;
    wrapped) unit=$'the Senate of Chile adopted a resolution on\n' ;;
    esac
    if [[ $1 == letters ]]; then
        head -c "$2" /dev/zero | tr '\0' a >"$3"
        return
    fi
    # Whole units only, so a multi-byte character is never cut.
    local s=$unit unit_bytes
    unit_bytes=$(printf '%s' "$unit" | wc -c)
    while (( ${#s} < $2 )); do s+=$s; done
    printf '%s' "$s" | head -c $(( $2 / unit_bytes * unit_bytes )) >"$3"
}

passed=0
failed=0
# run FILE [ARGS]: prints elapsed ms, or FAIL:why
run() {
    local f=$1
    shift
    rm -f h.db h.db-wal h.db-shm
    local s e rc
    s=$(date +%s%N)
    timeout "$LIMIT" "$ACTA" --db h.db import -q "$@" "$f" >h.out 2>h.err
    rc=$?
    e=$(( ($(date +%s%N) - s) / 1000000 ))
    if [[ $rc -eq 124 ]]; then
        echo "FAIL:over ${LIMIT}s"
    elif [[ $rc -ne 0 ]]; then
        echo "FAIL:exit $rc: $(head -c 160 h.err | tr '\n' '|')"
    elif [[ $(sqlite3 -batch h.db 'PRAGMA integrity_check' 2>&1) != ok ]]; then
        echo "FAIL:integrity_check"
    else
        echo "$e"
    fi
}

printf '%-12s %10s %10s %6s %s\n' SHAPE "128 KiB" "512 KiB" RATIO RESULT
for shape in letters sentence sentences list-dashes date-lines digits brackets quotes blank-lines crlf-list \
    abbreviation event-names wrapped; do
    make "$shape" 131072 small.txt
    make "$shape" 524288 large.txt
    a=$(run small.txt)
    b=$(run large.txt)
    if [[ $a == FAIL:* || $b == FAIL:* ]]; then
        printf '%-12s %10s %10s %6s %s\n' "$shape" "${a%%:*}" "${b%%:*}" - "FAIL ${a#FAIL:} ${b#FAIL:}"
        failed=$((failed + 1))
        continue
    fi
    ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", b / (a > 0 ? a : 1) }')
    note=""
    awk -v r="$ratio" -v b="$b" 'BEGIN { exit !(r > 8 && b > 500) }' && note=" (grows faster than the input)"
    printf '%-12s %8s ms %7s ms %6s %s\n' "$shape" "$a" "$b" "$ratio" "ok$note"
    passed=$((passed + 1))
done

# The date reader alone, relative to a full anchor day (the importer gives none): each file is
# one line for `acta parse-date --anchor`.
run_parse() {
    local s e rc
    s=$(date +%s%N)
    timeout "$LIMIT" "$ACTA" parse-date --anchor 2013-02-12 <"$1" >h.out 2>h.err
    rc=$?
    e=$(( ($(date +%s%N) - s) / 1000000 ))
    if [[ $rc -eq 124 ]]; then
        echo "FAIL:over ${LIMIT}s"
    elif [[ $rc -gt 1 ]]; then
        echo "FAIL:exit $rc: $(head -c 160 h.err | tr '\n' '|')"
    else
        echo "$e"
    fi
}
for shape in relative decades spelled digits quotes; do
    make "$shape" 131072 small.txt
    make "$shape" 524288 large.txt
    a=$(run_parse small.txt)
    b=$(run_parse large.txt)
    if [[ $a == FAIL:* || $b == FAIL:* ]]; then
        printf '%-12s %10s %10s %6s %s\n' "date:$shape" "${a%%:*}" "${b%%:*}" - "FAIL ${a#FAIL:} ${b#FAIL:}"
        failed=$((failed + 1))
        continue
    fi
    ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", b / (a > 0 ? a : 1) }')
    printf '%-12s %8s ms %7s ms %6s %s\n' "date:$shape" "$a" "$b" "$ratio" ok
    passed=$((passed + 1))
done

make letters 100000000 huge.txt
t=$(run huge.txt --max-size 128M)
if [[ $t == FAIL:* ]]; then
    printf '%-12s %21s %6s %s\n' "100MB-line" "" - "FAIL ${t#FAIL:}"
    failed=$((failed + 1))
else
    printf '%-12s %18s ms %6s %s\n' "100MB-line" "$t" - "ok (--max-size 128M)"
    passed=$((passed + 1))
fi

echo
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
