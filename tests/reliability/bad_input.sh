#!/usr/bin/env bash
# bad_input.sh ACTA_BINARY
#
# Hands `acta import` every kind of bad input (and bad database) and checks, for each, that it
# exits 1, writes exactly one line to stderr naming the offending file, prints nothing on stdout,
# and leaves the database byte-for-byte unchanged (sha256 of the file) and intact
# (PRAGMA integrity_check). Prints a table and, last, "N passed, M failed[, K skipped]".
#
# Running as root: file modes do not stop root, so the unreadable-file and read-only-database
# cases run acta without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH (setpriv --bounding-set), which
# makes root obey the mode bits; where that is impossible they are reported as skipped.
set -u

if [[ $# -ne 1 || ! -x $1 ]]; then
    echo "usage: $0 ACTA_BINARY" >&2
    exit 2
fi
ACTA=$(realpath "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE_DIR=$(cd "$HERE/../.." && pwd)
SAMPLE=$SOURCE_DIR/import/samples/khojaly-recognition-2014.txt

WORK=$(mktemp -d "${TMPDIR:-/tmp}/acta-bad-input.XXXXXX")
cleanup() {
    chmod -R u+rwx "$WORK" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

export ACTA_DB=/nonexistent/never-used.db   # every call passes --db; make a forgotten one fail loudly
passed=0
failed=0
skipped=0

# sql DB QUERY: runs a query with the sqlite3 shell, else Python's sqlite3 module.
sql() {
    if command -v sqlite3 >/dev/null 2>&1; then
        sqlite3 -batch "$1" "$2" 2>&1
    else
        python3 - "$1" "$2" <<'EOF' 2>&1
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
for row in con.execute(sys.argv[2]):
    print("|".join("" if v is None else str(v) for v in row))
EOF
    fi
}

# state DB: what must not change: the file's sha256 (and its WAL's, if any) and integrity_check.
state() {
    local db=$1
    if [[ ! -e $db ]]; then
        echo "absent"
        return
    fi
    local h
    h=$(cat "$db" "$db-wal" 2>/dev/null | sha256sum | cut -c1-16)
    if [[ -f $db && $(head -c 15 "$db" 2>/dev/null) == "SQLite format 3" ]]; then
        # A copy, so that checking cannot itself touch the file under test.
        cp "$db" "$WORK/check.db"
        [[ -e $db-wal ]] && cp "$db-wal" "$WORK/check.db-wal"
        echo "$h $(sql "$WORK/check.db" 'PRAGMA integrity_check' | tr '\n' ' ')"
        rm -f "$WORK/check.db" "$WORK/check.db-wal" "$WORK/check.db-shm"
    else
        echo "$h not-sqlite"
    fi
}

# Without the capabilities that let root ignore file modes, where we are root.
if [[ $(id -u) -eq 0 ]]; then
    if setpriv --bounding-set=-dac_override,-dac_read_search --inh-caps=-dac_override,-dac_read_search true 2>/dev/null; then
        AS_USER=(setpriv --bounding-set=-dac_override,-dac_read_search --inh-caps=-dac_override,-dac_read_search)
    else
        AS_USER=()
    fi
else
    AS_USER=(env)
fi

printf '%-28s %-5s %s\n' "CASE" "RESULT" "STDERR (or why it failed)"

# check NAME EXPECT_IN_STDERR DB [--as-user] -- FILE...
# Runs `acta --db DB import FILE...` and checks the contract above. The stderr line must name the
# last FILE (the bad one), or DB when EXPECT_IN_STDERR starts with "db:", and contain
# EXPECT_IN_STDERR.
check() {
    local name=$1 expect=$2 db=$3
    shift 3
    local runner=()
    if [[ $1 == --as-user ]]; then
        if [[ ${#AS_USER[@]} -eq 0 ]]; then
            printf '%-28s %-5s %s\n' "$name" "SKIP" "root cannot drop CAP_DAC_OVERRIDE here (setpriv failed)"
            skipped=$((skipped + 1))
            return
        fi
        runner=("${AS_USER[@]}")
        shift
    fi
    shift # --
    local named=${!#} # the last file: the bad one
    [[ $expect == db:* ]] && named=$db && expect=${expect#db:}

    local before after rc
    before=$(state "$db")
    "${runner[@]}" "$ACTA" --db "$db" import "$@" >"$WORK/out" 2>"$WORK/err" </dev/null
    rc=$?
    after=$(state "$db")

    local lines why=""
    lines=$(wc -l <"$WORK/err")
    local msg
    msg=$(head -c 300 "$WORK/err" | head -n 1)
    if [[ $rc -ne 1 ]]; then
        why="exit code $rc, expected 1"
    elif [[ $lines -ne 1 || -n $(tail -c 1 "$WORK/err") ]]; then
        why="stderr has $lines lines, expected exactly 1: $(head -c 200 "$WORK/err" | tr '\n' '|')"
    elif ! grep -qF -- "$named" "$WORK/err"; then
        why="stderr does not name $named"
    elif ! grep -qF -- "$expect" "$WORK/err"; then
        why="stderr lacks '$expect'"
    elif [[ -s $WORK/out ]]; then
        why="stdout not empty: $(head -c 100 "$WORK/out")"
    elif [[ $before != "$after" ]]; then
        why="database changed: before [$before] after [$after]"
    elif [[ $after != absent && $after != *not-sqlite && $after != *" ok " ]]; then
        why="integrity_check: $after"
    fi
    if [[ -z $why ]]; then
        printf '%-28s %-5s %s\n' "$name" "ok" "${msg//$WORK\//}"
        passed=$((passed + 1))
    else
        printf '%-28s %-5s %s\n' "$name" "FAIL" "${why//$WORK\//}"
        failed=$((failed + 1))
    fi
}

cd "$WORK" || exit 2

# The database every file case imports into: it already holds one source.
cp "$SAMPLE" good.txt
if ! "$ACTA" --db base.db import good.txt >base.out 2>&1; then
    printf '%-28s %-5s %s\n' "setup: base database" "FAIL" "acta import of the sample failed: $(head -n 1 base.out)"
    failed=$((failed + 1))
fi
fresh_db() { # fresh_db NAME: a copy of base.db
    rm -f "$1" "$1-wal" "$1-shm"
    [[ -e base.db ]] && cp base.db "$1"
    echo "$1"
}

# --- bad files --------------------------------------------------------------------------------
: >empty.txt
check "empty file" "is empty" "$(fresh_db db1)" -- empty.txt

printf ' \n\t\r\n   \n' >blank.txt
check "only whitespace" "only whitespace" "$(fresh_db db1)" -- blank.txt

{ printf 'ABCD'; head -c 8192 /dev/urandom; } >random.bin
check "binary (random bytes)" "binary" "$(fresh_db db1)" -- random.bin

head -c 4096 "$ACTA" >program.bin
check "binary (executable)" "executable" "$(fresh_db db1)" -- program.bin

printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n' >article.pdf
check "PDF document" "PDF" "$(fresh_db db1)" -- article.pdf

{ head -c 2000 good.txt; printf 'Caf\xe9 de Flore\n'; } >latin1.txt
check "invalid UTF-8 (Latin-1)" "invalid UTF-8 at byte offset" "$(fresh_db db1)" -- latin1.txt

iconv -f UTF-8 -t UTF-16 good.txt >utf16.txt
check "UTF-16 with BOM" "looks like UTF-16" "$(fresh_db db1)" -- utf16.txt

iconv -f UTF-8 -t UTF-16LE good.txt >utf16le.txt
check "UTF-16LE without BOM" "looks like UTF-16" "$(fresh_db db1)" -- utf16le.txt

iconv -f UTF-8 -t UTF-32 good.txt >utf32.txt
check "UTF-32 with BOM" "looks like UTF-32" "$(fresh_db db1)" -- utf32.txt

{ head -c 3000 good.txt; printf '\0'; tail -c +3001 good.txt; } >nul.txt
check "NUL byte" "NUL byte at byte offset 3000" "$(fresh_db db1)" -- nul.txt

head -c 100000000 /dev/zero | tr '\0' 'a' >long.txt
check "100 MB, no newline" "over the 64 MiB limit (use --max-size)" "$(fresh_db db1)" -- long.txt
rm -f long.txt

truncate -s 1G sparse.txt
check "1 GiB sparse file" "is 1.0 GiB (1073741824 bytes), over the 64 MiB limit" "$(fresh_db db1)" -- sparse.txt
rm -f sparse.txt

check "/dev/zero" "over the 64 MiB limit" "$(fresh_db db1)" -- /dev/zero

mkdir adir
check "a directory" "is a directory" "$(fresh_db db1)" -- adir

check "missing file" "no such file" "$(fresh_db db1)" -- missing.txt

cp good.txt secret.txt
chmod 000 secret.txt
check "unreadable (mode 000)" "permission denied" "$(fresh_db db1)" --as-user -- secret.txt

cp good.txt $'two\nlines.txt'
printf 'x\0y' >>$'two\nlines.txt'
check "file name with newline" 'two\nlines.txt' "$(fresh_db db1)" -- $'two\nlines.txt'

# --- bad pages, PDFs and Word files (tests/readers/make_fixtures.py writes them) -------------------
mkdir fixtures
python3 "$SOURCE_DIR/tests/readers/make_fixtures.py" "$SAMPLE" fixtures >/dev/null
check "PDF: encrypted" "encrypted PDF" "$(fresh_db db1)" -- fixtures/encrypted.pdf
check "PDF: no text layer (scan)" "no text layer" "$(fresh_db db1)" -- fixtures/scan.pdf
{ printf '%%PDF-1.5\n'; head -c 3000 "$ACTA"; } >corrupt.pdf
check "PDF: corrupt" "not a readable PDF" "$(fresh_db db1)" -- corrupt.pdf
check "DOCX: zip bomb" "zip bomb" "$(fresh_db db1)" -- fixtures/bomb.docx
check "DOCX: truncated" "damaged or truncated" "$(fresh_db db1)" -- fixtures/truncated.docx
check "DOCX: XML cut off" "not well-formed XML" "$(fresh_db db1)" -- fixtures/badxml.docx
check "HTML: binary named .html" "binary" "$(fresh_db db1)" -- fixtures/binary.html
head -c 400 fixtures/khojaly-noisy.html >truncated.html
check "HTML: truncated in its head" "no text" "$(fresh_db db1)" -- truncated.html
sed 's/charset="windows-1252"/charset="x-no-such-charset"/' fixtures/khojaly-noisy.html >badcharset.html
check "HTML: unknown charset" "charset" "$(fresh_db db1)" -- badcharset.html
printf '\xff\xfe<\0h\0\x00\xd8' >badutf16.html
check "HTML: bad UTF-16" "not valid" "$(fresh_db db1)" -- badutf16.html

# One bad file among good ones: nothing is imported, not even the good one before it.
make_other() { sed 's/Khojaly/Khodjaly/g' good.txt >other.txt; }
make_other
check "good file then bad file" "is empty" "$(fresh_db db1)" -- other.txt empty.txt

# --- bad databases ----------------------------------------------------------------------------
rm -f foreign.db
sql foreign.db 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ("hello");' >/dev/null
check "non-acta SQLite database" "db:not an acta database" foreign.db -- other.txt

fresh_db newer.db >/dev/null
sql newer.db 'PRAGMA user_version = 999' >/dev/null
check "newer schema version" "db:newer than this acta" newer.db -- other.txt

head -c 5000 good.txt >notadb.db
check "database is a text file" "db:not an SQLite" notadb.db -- other.txt

mkdir dbdir.db
check "database is a directory" "db:is a directory" dbdir.db -- other.txt

fresh_db readonly.db >/dev/null
chmod 444 readonly.db
check "read-only database file" "db:" readonly.db --as-user -- other.txt

mkdir rodir
fresh_db rodir/ro.db >/dev/null
chmod 555 rodir
check "database in read-only dir" "db:" rodir/ro.db --as-user -- other.txt
chmod 755 rodir

mkdir rodir2
chmod 555 rodir2
check "new database, read-only dir" "db:" rodir2/new.db --as-user -- other.txt
chmod 755 rodir2

echo
echo "$passed passed, $failed failed, $skipped skipped"
[[ $failed -eq 0 ]]
