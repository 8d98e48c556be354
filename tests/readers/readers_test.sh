#!/usr/bin/env bash
# readers_test.sh ACTA [formats|urls]
#
# formats: the bundled article as a noisy web page, as a browser-printed PDF (headless chromium,
#   with its running headers and footers) and as a Word file, each imported and scored against
#   its reading: F1 >= 0.95 and no extra act; nothing of the page's furniture in the stored text.
# urls: the same article fetched from a local server (tests/readers/serve.py, 127.0.0.1 only, a
#   free port), and each failure (404, 500, a redirect loop, a timeout, an oversized body, an
#   image, a refused connection): exit 1, one line naming the URL and the cause, nothing written.
# Prints one line per case and, last, "N passed, M failed".
set -u
if [[ $# -ne 2 || ! -x $1 ]]; then
    echo "usage: $0 ACTA formats|urls" >&2
    exit 2
fi
ACTA=$(realpath "$1")
MODE=$2
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
SAMPLE=$SRC/import/samples/khojaly-recognition-2014.txt
GOLD=$SRC/tests/data/khojaly-recognition-2014.gold.tsv
TRAPS=$SRC/tests/data/khojaly-recognition-2014.not-acts.tsv
WORK=$(mktemp -d "${TMPDIR:-/tmp}/acta-readers.XXXXXX")
SERVER=
cleanup() {
    [[ -n $SERVER ]] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
export ACTA_DB=/nonexistent/never-used.db
passed=0
failed=0
result() { # result NAME OK DETAIL
    if [[ $2 == ok ]]; then
        printf '%-30s ok    %s\n' "$1" "$3"
        passed=$((passed + 1))
    else
        printf '%-30s FAIL  %s\n' "$1" "$3"
        failed=$((failed + 1))
    fi
}

python3 "$HERE/make_fixtures.py" "$SAMPLE" "$WORK" || exit 2

# score NAME INPUT: imports INPUT into a new database and scores it.
score() {
    local name=$1 input=$2 db=$WORK/$1.db
    if ! "$ACTA" --db "$db" import -q "$input" 2>"$WORK/err"; then
        result "$name" FAIL "import failed: $(head -n 1 "$WORK/err")"
        return
    fi
    "$ACTA" --db "$db" export --format csv -o "$WORK/$name.csv"
    local line
    line=$(python3 "$SRC/tests/tools/score-export" "$WORK/$name.csv" "$GOLD" "$TRAPS" | tail -n 1)
    local f1 extra
    f1=$(grep -oE 'F1=[0-9.]+' <<<"$line" | cut -d= -f2)
    extra=$(grep -oE '[0-9]+ extra' <<<"$line" | cut -d' ' -f1)
    # Sentences of the page's furniture (tests/readers/make_fixtures.py) must not be in the text.
    local leaked
    leaked=$(sqlite3 "$db" "SELECT text FROM sources" | grep -oE 'Saeima|Senate of Chile|Bundestag|Brazil|Riksdag|Peru recognized it again|Chamber of Deputies|Knesset|Verkhovna|Italy|cookies|Most read|file://' | sort -u | tr '\n' ' ')
    if awk -v f="$f1" 'BEGIN { exit !(f >= 0.95) }' && [[ $extra == 0 && -z $leaked ]]; then
        result "$name" ok "$line"
    else
        result "$name" FAIL "$line${leaked:+; furniture in the text: $leaked}"
    fi
}

if [[ $MODE == formats ]]; then
    score "html (noisy page)" "$WORK/khojaly-noisy.html"
    if timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$WORK/chrome" \
        --print-to-pdf="$WORK/khojaly.pdf" "file://$WORK/khojaly-print.html" >"$WORK/chrome.log" 2>&1 &&
        [[ -s $WORK/khojaly.pdf ]]; then
        score "pdf (printed by chromium)" "$WORK/khojaly.pdf"
    else
        result "pdf (printed by chromium)" FAIL "chromium --print-to-pdf failed: $(tail -n 1 "$WORK/chrome.log")"
    fi
    score "docx" "$WORK/khojaly.docx"
    # The page's metadata in the source record.
    meta=$(sqlite3 "$WORK/html (noisy page).db" "SELECT title, author, published, url FROM sources")
    want="Will the World Recognize the Genocide in Khojaly ?|Rustam Gasimov|2014-02-27|https://news.example.org/2014/02/27/khojaly-recognition"
    [[ $meta == "$want" ]] && result "html metadata" ok "$meta" || result "html metadata" FAIL "got [$meta]"
    # The original bytes' SHA-256 decides "already imported".
    "$ACTA" --db "$WORK/again.db" import -q "$WORK/khojaly.docx" 2>/dev/null
    again=$("$ACTA" --db "$WORK/again.db" import "$WORK/khojaly.docx" 2>&1)
    want_sha=$(sha256sum "$WORK/khojaly.docx" | cut -c1-64)
    got_sha=$(sqlite3 "$WORK/again.db" "SELECT sha256 FROM sources")
    [[ $again == *"already imported"* && $got_sha == "$want_sha" ]] && result "sha256 of the original bytes" ok "$got_sha" ||
        result "sha256 of the original bytes" FAIL "stored $got_sha, file $want_sha; second import: $again"
fi

if [[ $MODE == urls ]]; then
    cp "$SAMPLE" "$WORK/article.txt"
    cp "$WORK/khojaly.docx" "$WORK/article.bin"   # served as application/octet-stream: sniffed
    python3 -u "$HERE/serve.py" "$WORK" >"$WORK/port" 2>"$WORK/server.log" &
    SERVER=$!
    for _ in $(seq 50); do grep -q PORT "$WORK/port" 2>/dev/null && break; sleep 0.1; done
    PORT=$(awk '/PORT/ { print $2 }' "$WORK/port")
    [[ -n $PORT ]] || { echo "serve.py did not start: $(cat "$WORK/server.log")"; exit 2; }
    BASE=http://127.0.0.1:$PORT
    score "url: html page (200)" "$BASE/files/khojaly-noisy.html"
    score "url: via a redirect" "$BASE/redirect/khojaly-noisy.html"
    score "url: docx as octet-stream" "$BASE/files/article.bin"
    src=$(sqlite3 "$WORK/url: via a redirect.db" "SELECT url, path, retrieved_at IS NOT NULL, published FROM sources")
    [[ $src == "$BASE/redirect/khojaly-noisy.html|$BASE/redirect/khojaly-noisy.html|1|2014-02-27" ]] &&
        result "url: source record" ok "$src" || result "url: source record" FAIL "got [$src]"

    # fails NAME EXPECT URL [OPTIONS...]: exit 1, one line naming the URL with EXPECT, no database.
    fails() {
        local name=$1 expect=$2 url=$3 db=$WORK/fail.db
        shift 3
        rm -f "$db"
        "$ACTA" --db "$db" import "$@" "$url" >"$WORK/out" 2>"$WORK/err"
        local rc=$? lines
        lines=$(wc -l <"$WORK/err")
        if [[ $rc -eq 1 && $lines -eq 1 && ! -e $db && ! -s $WORK/out ]] && grep -qF "$url" "$WORK/err" &&
            grep -qF "$expect" "$WORK/err"; then
            result "$name" ok "$(cat "$WORK/err")"
        else
            result "$name" FAIL "exit $rc, $lines lines: $(head -c 300 "$WORK/err" | tr '\n' '|')"
        fi
    }
    fails "url: 404" "HTTP 404" "$BASE/missing"
    fails "url: 500" "HTTP 500" "$BASE/error"
    fails "url: redirect loop" "redirects" "$BASE/loop"
    fails "url: slower than --timeout" "timed out" "$BASE/slow" --timeout 2
    fails "url: body over --max-size" "over the 1 MiB limit" "$BASE/big" --max-size 1M
    fails "url: image/png" "unsupported content type image/png" "$BASE/image"
    # A port nobody listens on: the server's, once it has stopped.
    kill "$SERVER" 2>/dev/null
    wait "$SERVER" 2>/dev/null
    SERVER=
    fails "url: connection refused" "refused" "$BASE/files/khojaly-noisy.html"
fi

echo
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
