// chrono_adapter.js CASES.jsonl: for each {i, text, anchor} line, chrono-node's reading of the
// text (its first result's start) relative to the anchor (noon of that day; now when "-"),
// printed as i<TAB>day<TAB>day, or i<TAB>-<TAB>- when chrono finds nothing.
const fs = require("fs");
const path = require("path");
const chrono = require(path.join(__dirname, ".peers", "node_modules", "chrono-node"));

function day(d) {
    const p = (n) => String(n).padStart(2, "0");
    return `${String(d.getFullYear()).padStart(4, "0")}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

for (const line of fs.readFileSync(process.argv[2], "utf8").split("\n")) {
    if (!line) continue;
    const c = JSON.parse(line);
    let ref = new Date();
    if (c.anchor !== "-") {
        const [y, m, d] = c.anchor.split("-").map(Number);
        ref = new Date(y, m - 1, d, 12);
    }
    let out = "-\t-";
    try {
        const r = chrono.parse(c.text, ref);
        if (r.length > 0) {
            const s = day(r[0].start.date());
            out = `${s}\t${s}`;
        }
    } catch (e) {
        out = "-\t-";
    }
    console.log(`${c.i}\t${out}`);
}
