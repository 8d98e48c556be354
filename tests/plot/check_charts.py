#!/usr/bin/env python3
"""acta plot, report and export --format timelinejs end to end: the documents parse (SVG and
HTML as XML, TimelineJS as JSON) and hold what the database holds; bad usage gives one line and
the right exit status; an empty selection draws a chart that says so; 1,000 generated acts over
60 jurisdictions give a chart whose labels do not overlap (boxes from the SVG's geometry).
Usage: check_charts.py ACTA SAMPLE WORKDIR"""
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pictures import SVG, overlaps, run, text_boxes  # noqa: E402

acta, sample, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "article.db")
run([acta, "--db", db, "import", "-q", sample])
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def out(name):
    return os.path.join(work, name)


def export_rows(database, *filters):
    return json.loads(run([acta, "--db", database, "export", "--format", "json", *filters]).stdout)


acts = export_rows(db)
dated = [a for a in acts if a["date_start"]]

# Every chart parses as SVG, says how many acts it shows, and has real text.
for args, name in [(["timeline"], "timeline.svg"), (["timeline", "--marks", "term", "--sort", "name"], "t2.svg"),
                   (["cumulative", "--by", "term"], "term.svg"), (["cumulative", "--by", "type"], "type.svg"),
                   (["cumulative", "--by", "level"], "level.svg"), (["cumulative", "--by", "country"], "country.svg")]:
    r = run([acta, "--db", db, "plot", *args, "-o", out(name)])
    check(r.stdout == "" and r.stderr == "", f"{name}: quiet on success")
    root = ET.parse(out(name)).getroot()
    check(root.tag == SVG + "svg", f"{name}: an <svg> document")
    title = root.find(SVG + "title").text
    count = len(acts) if args[0] == "timeline" else len(dated)
    check(f"{count} " in title, f"{name}: the title '{title}' states the count {count}")
    check(not list(root.iter(SVG + "script")) and "href" not in open(out(name)).read(), f"{name}: no script, no link")
    check(not overlaps(text_boxes(out(name))), f"{name}: overlapping labels {overlaps(text_boxes(out(name)))[:3]}")

# The timeline has one lane label per jurisdiction with dated acts, and lists the undated.
svg_text = open(out("timeline.svg")).read()
for a in acts:
    if a["date_start"]:
        check(a["jurisdiction"] in svg_text, f"timeline: lane for {a['jurisdiction']}")
check(f"Undated ({len(acts) - len(dated)}" in svg_text, "timeline: the undated acts are listed apart")
check("<rect x=" in svg_text and 'fill-opacity="0.45"' in svg_text, "timeline: a bar for the imprecise date")

# The report: well-formed, one row per act, each act's quote, the sources with their dates.
r = run([acta, "--db", db, "report", "-o", out("report.html")])
html = ET.parse(out("report.html")).getroot()
rows = html.findall(".//{*}tbody/{*}tr") or html.findall(".//tbody/tr")
check(len(rows) == len(acts), f"report: {len(rows)} rows for {len(acts)} acts")
text = open(out("report.html"), encoding="utf-8").read()
check("<script" in text and "http://" not in text.replace("http://www.w3.org/2000/svg", ""), "report: no network")
check("@media print" in text, "report: a print stylesheet")
check("acta 0." in text, "report: acta's version")
check("2014-02-27" in text, "report: the source's date")

# TimelineJS: one event per dated act, dates as far as their precision goes.
r = run([acta, "--db", db, "export", "--format", "timelinejs"])
events = json.loads(r.stdout)["events"]
check(len(events) == len(dated), f"timelinejs: {len(events)} events for {len(dated)} dated acts")
by_id = {e["unique_id"]: e for e in events}
for a in dated:
    e = by_id.get(f"act-{a['act_id']}")
    if e is None:
        check(False, f"timelinejs: act {a['act_id']} missing")
        continue
    parts = set(e["start_date"])
    if a["precision"] == "day":
        check(parts == {"year", "month", "day"} and "display_date" not in e, f"timelinejs: day {e}")
    else:
        check("display_date" in e, f"timelinejs: display_date for {a['precision']}")
    check(e["group"] == a["jurisdiction"] and e["text"]["headline"] == a["body"], f"timelinejs: group/headline {e}")

# Bad usage: one line, the right status, no file left behind.
for args, status, message in [
        (["plot", "cumulative", "--by", "decade", "-o", out("bad.svg")], 2, "--by 'decade'"),
        (["plot", "timeline", "--marks", "colour", "-o", out("bad.svg")], 2, "--marks"),
        (["plot", "timeline", "--format", "gif", "-o", out("bad.svg")], 2, "--format"),
        (["plot", "timeline", "-o", "/nonexistent-dir/x.svg"], 1, "cannot create /nonexistent-dir/x.svg"),
        (["report", "-o", "/nonexistent-dir/x.html"], 1, "cannot create"),
        (["plot", "timeline", "--country", "Atlantis", "-o", out("bad.svg")], 1, "Atlantis")]:
    r = run([acta, "--db", db, *args], expect=status)
    check(r.stderr.count("\n") == 1 and message in r.stderr, f"{args}: one line naming {message!r}: {r.stderr!r}")
    check(not os.path.exists(out("bad.svg")), f"{args}: no file left")

# An empty selection: the chart is drawn and says so; one line on stderr.
for args, name in [(["plot", "timeline"], "empty-t.svg"), (["plot", "cumulative"], "empty-c.svg"),
                   (["report"], "empty.html")]:
    r = run([acta, "--db", db, *args, "--year", "1800", "-o", out(name)])
    check(r.stderr.startswith("acta: no acts match these filters") and r.stderr.count("\n") == 1,
          f"{name}: one line says the selection is empty: {r.stderr!r}")
    ET.parse(out(name))
    check("No acts match these filters." in open(out(name)).read(), f"{name}: says it is empty")

# PNG, when this acta has librsvg.
p = subprocess.run([acta, "--db", db, "plot", "timeline", "-o", out("t.png")], capture_output=True, text=True)
if p.returncode == 0:
    check(open(out("t.png"), "rb").read(8) == b"\x89PNG\r\n\x1a\n", "png: a PNG file")
else:
    check(p.returncode == 2 and "librsvg" in p.stderr, f"png: a clear message without librsvg: {p.stderr!r}")

# 1,000 acts over 60 jurisdictions: legible.
many = os.path.join(work, "many.db")
run([acta, "--db", many, "import", "-q", sample])
run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "make_many_acts.py"), many, "1000",
     "60"])
for args, name in [(["timeline", "--source", "Generated"], "many-timeline.svg"),
                   (["timeline", "--source", "Generated", "--marks", "term"], "many-terms.svg"),
                   (["cumulative", "--source", "Generated", "--by", "country"], "many-country.svg")]:
    run([acta, "--db", many, "plot", *args, "-o", out(name)])
    root = ET.parse(out(name)).getroot()
    boxes = text_boxes(out(name))
    found = overlaps(boxes)
    check(not found, f"{name}: {len(found)} overlapping labels, e.g. {found[:3]}")
    for b in boxes:
        check(b[0] >= 0 and b[2] <= float(root.get("width")) + 1, f"{name}: label outside the picture: {b}")
    if name == "many-timeline.svg":
        labels = [t for t in root.iter(SVG + "text") if t.find(SVG + "title") is not None]
        check(any("Very Long Official Name" in t.find(SVG + "title").text for t in labels),
              f"{name}: long names cut, kept whole in a <title>")
        check(all("…" in (t.text or "") + "".join(x.tail or "" for x in t) for t in labels),
              f"{name}: cut labels show an ellipsis")
        lanes = [b[4] for b in boxes if b[0] == 20.0]
        check(len(lanes) == 60 and len(set(lanes)) == 60, f"{name}: 60 lane labels, all different: {len(set(lanes))}")

if failures:
    print("\n".join("FAIL: " + f for f in failures))
    sys.exit(1)
print(f"ok: {len(acts)} acts, {len(events)} TimelineJS events, charts legible at 1,000 acts / 60 lanes")
