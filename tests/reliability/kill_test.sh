#!/usr/bin/env bash
# kill_test.sh ACTA_BINARY [ROUNDS]
#
# Atomicity of `acta import` under SIGKILL and concurrency. A large generated chronology
# (bench/make_corpus) is imported into a database that already holds one source, and:
#   kill rounds   acta is SIGKILLed at a random moment (half the rounds while it parses, half
#                 once it has opened the database); then PRAGMA integrity_check must say ok, the
#                 foreign keys hold, every source is either absent or complete (its attestation
#                 count equals a clean import's), the acts count is the before or the after one,
#                 and importing again gives exactly the clean result.
#   reader        `acta timeline` and `acta export` run in a loop during an import: each must
#                 succeed and print exactly what it prints before or after the import.
#   two imports   two imports at once (different files, then the same file twice): each either
#                 succeeds or fails with one line saying the database is busy; the end state
#                 holds each source of a successful import once, complete.
# Prints one line per check and, last, "N passed, M failed". Default ROUNDS=6 and a 1 MiB corpus (CORPUS_SIZE=6M for a
# longer run): under 2 min here.
# Seeded: KILL_SEED=N reproduces a run's kill moments. MAKE_CORPUS=path overrides the
# generator (default: bench/make_corpus next to ACTA_BINARY).
set -u

if [[ $# -lt 1 || ! -x $1 ]]; then
    echo "usage: $0 ACTA_BINARY [ROUNDS]" >&2
    exit 2
fi
ACTA=$(realpath "$1")
ROUNDS=${2:-6}
MAKE_CORPUS=${MAKE_CORPUS:-$(dirname "$ACTA")/bench/make_corpus}
CORPUS_SIZE=${CORPUS_SIZE:-1M}
SEED=${KILL_SEED:-$(( $(date +%s) % 100000 ))}
RANDOM=$SEED
HERE=$(cd "$(dirname "$0")" && pwd)
SAMPLE=$HERE/../../import/samples/khojaly-recognition-2014.txt

if [[ ! -x $MAKE_CORPUS ]]; then
    echo "kill_test: no corpus generator at $MAKE_CORPUS (build the make_corpus target or set MAKE_CORPUS)" >&2
    exit 2
fi
if ! command -v sqlite3 >/dev/null; then
    echo "kill_test: needs the sqlite3 shell (apt-get install sqlite3)" >&2
    exit 2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/acta-kill-test.XXXXXX")
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
cd "$WORK" || exit 2
export ACTA_DB=/nonexistent/never-used.db

passed=0
failed=0
result() { # result NAME OK|FAIL DETAIL
    printf '%-34s %-4s %s\n' "$1" "$2" "$3"
    if [[ $2 == ok ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}
now_ms() { date +%s%3N; }
q() { sqlite3 -batch "$1" "$2" 2>&1; }

# Per source: sha256 and attestation count; then the acts count. The whole state that must be
# either the before or the after one.
sources_of() { q "$1" "SELECT s.sha256 || ' ' || (SELECT count(*) FROM attestations a WHERE a.source_id = s.id) FROM sources s ORDER BY s.sha256"; }
acts_of() { q "$1" "SELECT count(*) FROM acts"; }

# check_db DB: integrity, foreign keys, every source complete or absent, acts before or after.
# Prints "" when fine, else why not.
check_db() {
    local db=$1 integrity fk line sha count expected acts
    integrity=$(q "$db" "PRAGMA integrity_check" | tr '\n' ' ')
    [[ $integrity == "ok " ]] || { echo "integrity_check: $integrity"; return; }
    fk=$(q "$db" "PRAGMA foreign_key_check" | head -n 3 | tr '\n' ' ')
    [[ -z $fk ]] || { echo "foreign_key_check: $fk"; return; }
    while read -r sha count; do
        [[ -z $sha ]] && continue
        expected=${REF_COUNT[$sha]:-missing}
        [[ $expected == "$count" ]] || { echo "source ${sha:0:12} has $count attestations, a clean import $expected"; return; }
    done < <(sources_of "$db")
    acts=$(acts_of "$db")
    [[ $acts == "$ACTS_BEFORE" || $acts == "$ACTS_AFTER" ]] || { echo "acts $acts: neither $ACTS_BEFORE (before) nor $ACTS_AFTER (after)"; return; }
}

# --- set-up: corpus, clean reference --------------------------------------------------------
"$MAKE_CORPUS" --seed 1 --size "$CORPUS_SIZE" -o big.txt || exit 2
"$MAKE_CORPUS" --seed 2 --size 1M -o other.txt || exit 2
cp "$SAMPLE" sample.txt
echo "kill_test: seed $SEED, corpus $(wc -c <big.txt) bytes, $ROUNDS rounds"

if ! "$ACTA" --db base.db import -q sample.txt >setup.log 2>&1; then
    result "setup: base database" FAIL "$(head -n 1 setup.log)"
    echo "$passed passed, $failed failed"
    exit 1
fi
cp base.db ref.db
start=$(now_ms)
"$ACTA" --db ref.db import -q big.txt >ref.log 2>&1 &
pid=$!
opened=""
while kill -0 "$pid" 2>/dev/null; do
    [[ -z $opened && -e ref.db-wal ]] && opened=$(now_ms)
    sleep 0.005
done
wait "$pid"
rc=$?
end=$(now_ms)
if [[ $rc -ne 0 ]]; then
    result "setup: clean import" FAIL "exit $rc: $(head -n 1 ref.log)"
    echo "$passed passed, $failed failed"
    exit 1
fi
T_TOTAL=$((end - start))
T_OPEN=$(( ${opened:-$start} - start ))
T_WRITE=$((end - ${opened:-$start}))
"$ACTA" --db other-ref.db import -q sample.txt other.txt >/dev/null 2>&1
declare -A REF_COUNT
while read -r sha count; do REF_COUNT[$sha]=$count; done < <(sources_of ref.db; sources_of other-ref.db)
ACTS_BEFORE=$(acts_of base.db)
ACTS_AFTER=$(acts_of ref.db)
SHA_BIG=$(sha256sum big.txt | cut -c1-64)
result "setup: clean import" ok "${T_TOTAL} ms (database opened after ${T_OPEN} ms); acts $ACTS_BEFORE -> $ACTS_AFTER, big.txt ${REF_COUNT[$SHA_BIG]:-?} attestations"
[[ -n ${REF_COUNT[$SHA_BIG]:-} ]] || result "setup: big.txt source recorded" FAIL "no source with big.txt's sha256 in the reference"

# --- kill rounds ----------------------------------------------------------------------------
absent=0
complete=0
for ((round = 1; round <= ROUNDS; round++)); do
    rm -f k.db k.db-wal k.db-shm
    cp base.db k.db
    "$ACTA" --db k.db import -q big.txt >k.log 2>&1 &
    pid=$!
    PIDS+=("$pid")
    t0=$(now_ms)
    if ((round % 2 == 1)); then
        phase="any time"
        delay=$((RANDOM % (T_TOTAL + 50)))
    else
        # Once the database is open: from then on every moment is inside the write.
        phase="writing"
        while [[ ! -e k.db-wal ]] && kill -0 "$pid" 2>/dev/null; do sleep 0.002; done
        t0=$(now_ms)
        delay=$((RANDOM % (T_WRITE + 1)))
    fi
    while (($(now_ms) - t0 < delay)) && kill -0 "$pid" 2>/dev/null; do sleep 0.002; done
    wal=$(stat -c %s k.db-wal 2>/dev/null || echo 0)
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    status=$?
    what="killed"
    ((status != 137)) && what="finished first (exit $status)"
    why=$(check_db k.db)
    state=absent
    grep -q "$SHA_BIG" < <(sources_of k.db) && state=complete
    if [[ -z $why ]]; then
        # What is left must take the import again and end exactly as a clean one.
        "$ACTA" --db k.db import -q big.txt >k2.log 2>&1 || why="re-import failed: $(head -n 1 k2.log)"
    fi
    if [[ -z $why ]]; then
        why=$(check_db k.db)
        [[ -z $why && $(acts_of k.db) != "$ACTS_AFTER" ]] && why="after re-import acts $(acts_of k.db), expected $ACTS_AFTER"
        [[ -z $why && $(sources_of k.db) != "$(sources_of ref.db)" ]] && why="after re-import the sources differ from a clean import"
    fi
    [[ $state == absent ]] && absent=$((absent + 1)) || complete=$((complete + 1))
    if [[ -z $why ]]; then
        result "kill round $round ($phase)" ok "$what at ${delay} ms (WAL $wal bytes): source $state, integrity ok, re-import clean"
    else
        result "kill round $round ($phase)" FAIL "$what at ${delay} ms: $why"
    fi
done
echo "kill rounds: source absent after $absent, complete after $complete"

# --- a reader during an import --------------------------------------------------------------
for reader in timeline export; do
    if ! "$ACTA" --db base.db "$reader" >before.out 2>reader.err; then
        result "reader: acta $reader" FAIL "does not run on the base database: $(head -n 1 reader.err)"
        continue
    fi
    "$ACTA" --db ref.db "$reader" >after.out 2>/dev/null
    rm -f r.db r.db-wal r.db-shm
    cp base.db r.db
    "$ACTA" --db r.db import -q big.txt >r.log 2>&1 &
    pid=$!
    PIDS+=("$pid")
    runs=0 before_n=0 after_n=0 why=""
    while kill -0 "$pid" 2>/dev/null || ((runs == 0)); do
        if ! "$ACTA" --db r.db "$reader" >during.out 2>during.err; then
            why="exit $? during the import: $(head -n 1 during.err)"
            break
        fi
        runs=$((runs + 1))
        if cmp -s during.out before.out; then
            before_n=$((before_n + 1))
        elif cmp -s during.out after.out; then
            after_n=$((after_n + 1))
        else
            why="output $runs is neither the before nor the after one ($(wc -l <during.out) lines; $(wc -l <before.out) / $(wc -l <after.out))"
            break
        fi
    done
    wait "$pid"
    rc=$?
    ((rc != 0)) && [[ -z $why ]] && why="the import failed with a reader running: $(head -n 1 r.log)"
    [[ -z $why ]] && why=$(check_db r.db)
    if [[ -z $why ]]; then
        result "reader: acta $reader" ok "$runs runs during the import: $before_n saw before, $after_n after"
    else
        result "reader: acta $reader" FAIL "$why"
    fi
done

# --- two imports at once --------------------------------------------------------------------
# busy_ok LOG: a failed import must say, in one line, that the database is busy or locked.
busy_ok() { [[ $(wc -l <"$1") -eq 1 ]] && grep -qiE 'busy|locked' "$1"; }
two_imports() { # two_imports NAME FILE_A FILE_B
    local name=$1 a=$2 b=$3 why="" ra rb
    rm -f t.db t.db-wal t.db-shm
    cp base.db t.db
    "$ACTA" --db t.db import -q "$a" >a.log 2>&1 &
    local pa=$!
    "$ACTA" --db t.db import -q "$b" >b.log 2>&1 &
    local pb=$!
    PIDS+=("$pa" "$pb")
    wait "$pa"; ra=$?
    wait "$pb"; rb=$?
    ((ra == 0)) || busy_ok a.log || why="first: exit $ra, $(head -c 200 a.log | tr '\n' '|')"
    ((rb == 0)) || busy_ok b.log || why="${why:+$why; }second: exit $rb, $(head -c 200 b.log | tr '\n' '|')"
    [[ -z $why ]] && why=$(q t.db "PRAGMA integrity_check" | grep -vx ok | head -n 1)
    if [[ -z $why ]]; then
        local sha count
        while read -r sha count; do
            [[ ${REF_COUNT[$sha]:-missing} == "$count" ]] || why="source ${sha:0:12}: $count attestations, a clean import ${REF_COUNT[$sha]:-none}"
        done < <(sources_of t.db)
        for f in "$a" "$b"; do
            sha=$(sha256sum "$f" | cut -c1-64)
            local n
            n=$(q t.db "SELECT count(*) FROM sources WHERE sha256 = '$sha'")
            [[ $n -le 1 ]] || why="$f stored $n times"
        done
        ((ra == 0)) && [[ $(q t.db "SELECT count(*) FROM sources WHERE sha256 = '$(sha256sum "$a" | cut -c1-64)'") -ne 1 ]] && why="first import said ok but its source is missing"
        ((rb == 0)) && [[ $(q t.db "SELECT count(*) FROM sources WHERE sha256 = '$(sha256sum "$b" | cut -c1-64)'") -ne 1 ]] && why="second import said ok but its source is missing"
    fi
    if [[ -z $why ]]; then
        local said=""
        ((ra != 0)) && said=" (first: $(head -n 1 a.log))"
        ((rb != 0)) && said="$said (second: $(head -n 1 b.log))"
        result "two imports: $name" ok "exit codes $ra and $rb$said; integrity ok, each source once and complete"
    else
        result "two imports: $name" FAIL "$why"
    fi
}
two_imports "different files" big.txt other.txt
two_imports "the same file twice" big.txt big.txt

echo
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
