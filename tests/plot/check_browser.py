#!/usr/bin/env python3
"""The report and the charts as a browser draws them: headless Chromium (Debian's `chromium`)
opens each file from disk, takes a screenshot (kept in OUTDIR as a CI artifact) and dumps the
DOM after its scripts ran. Checks: the picture is not blank and has colour, the report's table
has one row per act and its script ran, the console shows no error, and the text of every
chart, as the browser lays it out with its own fonts, has no two labels overlapping and none
outside the picture (1,000 generated acts over 60 jurisdictions included).
Usage: check_browser.py ACTA SAMPLE OUTDIR"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pictures import ink, run  # noqa: E402

acta, sample, outdir = sys.argv[1:4]
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    sys.exit("FAIL: chromium is not installed (scripts/install-deps.sh --test installs it)")
started = time.monotonic()
shutil.rmtree(outdir, ignore_errors=True)
os.makedirs(outdir)
profile = tempfile.mkdtemp(prefix="acta-chromium-")
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def browse(path, *args):
    """Runs Chromium headless on file `path`; returns (stdout, console errors)."""
    cmd = [chromium, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--hide-scrollbars",
           "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", *args, "file://" + os.path.abspath(path)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    errors = [line for line in r.stderr.splitlines()
              if ":CONSOLE" in line and re.search(r"Uncaught|Error|ERROR|Refused|Failed", line)]
    errors += [line for line in r.stderr.splitlines() if "net::ERR" in line]
    return r.stdout, errors


def screenshot(path, name, height, *more, empty=False):
    """A screenshot; a chart draws at least 1% of its pixels, some in colour; an empty one its
    title and its note. Returns (DOM when asked with --dump-dom, console errors)."""
    png = os.path.join(outdir, name)
    dom, errors = browse(path, "--screenshot=" + png, f"--window-size=1040,{height}", *more)
    check(os.path.exists(png), f"{name}: Chromium took no screenshot")
    if os.path.exists(png):
        dark, coloured = ink(png)
        check(dark > (0.002 if empty else 0.01), f"{name}: blank ({dark:.2%} of pixels drawn)")
        check(empty or coloured > 0.001, f"{name}: no colour ({coloured:.3%} of pixels)")
    return dom, errors


# Measures every <text> of each inline SVG as laid out, and writes what it finds into the page.
MEASURE = """<script>
var results = Array.prototype.map.call(document.querySelectorAll('svg'), function (svg) {
  var frame = svg.getBoundingClientRect();
  var boxes = Array.prototype.map.call(svg.querySelectorAll('text'), function (t) {
    var r = t.getBoundingClientRect();
    return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, text: t.textContent};
  });
  var found = [], outside = [];
  boxes.sort(function (a, b) { return a.x0 - b.x0; });
  boxes.forEach(function (a, i) {
    if (a.x0 < frame.left - 0.5 || a.x1 > frame.right + 0.5 || a.y0 < frame.top - 0.5 || a.y1 > frame.bottom + 0.5) {
      outside.push(a.text);
    }
    for (var j = i + 1; j < boxes.length && boxes[j].x0 < a.x1 - 0.5; ++j) {
      var b = boxes[j];
      if (Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5) { found.push([a.text, b.text]); }
    }
  });
  return {name: svg.parentNode.id, texts: boxes.length, overlaps: found, outside: outside};
});
var out = document.createElement('pre');
out.id = 'geometry';
out.textContent = JSON.stringify(results);
document.body.appendChild(out);
</script>"""


def geometry(svgs):
    """Overlapping text in every chart, measured by Chromium in one page: {name: svg path}."""
    page = os.path.join(outdir, "measure.html")
    parts = []
    for name, path in svgs.items():
        svg = open(path, encoding="utf-8").read()
        parts.append(f"<div id='{name}'>" + svg[svg.find("<svg"):] + "</div>")
    with open(page, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{margin:0}</style></head><body>" +
                "".join(parts) + MEASURE + "</body></html>")
    dom, errors = browse(page, "--dump-dom", "--window-size=1040,1000")
    m = re.search(r'<pre id="geometry">(.*?)</pre>', dom, re.S)
    check(m is not None, "the measuring script did not run")
    if m:
        results = json.loads(m.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
                             .replace("&amp;", "&"))
        check(sorted(r["name"] for r in results) == sorted(svgs), f"measured {[r['name'] for r in results]}")
        for r in results:
            name = r["name"]
            if name == "control":  # the check itself: two labels drawn on each other must be caught
                check(len(r["overlaps"]) == 1 and len(r["outside"]) == 1, f"the geometry check misses {r}")
                continue
            check(r["texts"] > 0, f"{name}: no text measured")
            check(not r["overlaps"], f"{name}: {len(r['overlaps'])} overlapping labels: {r['overlaps'][:3]}")
            check(not r["outside"], f"{name}: labels outside the picture: {r['outside'][:3]}")
    check(not errors, f"measure page: console errors: {errors[:3]}")


work = os.path.join(outdir, "work")
os.makedirs(work)
db = os.path.join(work, "article.db")
run([acta, "--db", db, "import", "-q", sample])
many = os.path.join(work, "many.db")
run([acta, "--db", many, "import", "-q", sample])
run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "make_many_acts.py"), many])

# The console check itself: a page with an error must be caught.
bad = os.path.join(work, "console-error.html")
with open(bad, "w") as f:
    f.write("<!DOCTYPE html><html><body><p>x</p><script>no_such_function();</script></body></html>")
check(browse(bad, "--dump-dom")[1], "the console check misses an uncaught error")

charts = [(db, ["timeline"], "timeline"), (db, ["timeline", "--marks", "term"], "timeline-terms"),
          (db, ["cumulative", "--by", "term"], "cumulative-term"), (db, ["cumulative", "--by", "country"],
                                                                    "cumulative-country"),
          (db, ["timeline", "--year", "1800"], "empty"),
          (many, ["timeline", "--source", "Generated"], "many-timeline"),
          (many, ["cumulative", "--source", "Generated", "--by", "country"], "many-cumulative")]
svgs = {}
for database, args, name in charts:
    svg = os.path.join(work, name + ".svg")
    subprocess.run([acta, "--db", database, "plot", *args, "-o", svg], capture_output=True, check=True)
    svgs[name] = svg
    height = 2700 if name.startswith("many-timeline") else 1100
    errors = screenshot(svg, name + ".png", height, empty=name == "empty")[1]
    check(not errors, f"{name}: console errors: {errors[:3]}")
control = os.path.join(work, "control.svg")
with open(control, "w") as f:
    f.write('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="10" y="20">Overlapping</text>'
            '<text x="30" y="22">labels</text><text x="150" y="45">outside the frame</text></svg>')
svgs["control"] = control
geometry(svgs)

# The report: drawn, its script ran (controls shown), one row per act, no console error.
report = os.path.join(work, "report.html")
run([acta, "--db", db, "report", "-o", report])
acts = json.loads(run([acta, "--db", db, "export", "--format", "json"]).stdout)
dom, errors = screenshot(report, "report.png", 3000, "--dump-dom")
rows = re.findall(r'<tr id="act-\d+"', dom)
check(len(rows) == len(acts), f"report: {len(rows)} table rows for {len(acts)} acts")
check('data-ready="yes"' in dom, "report: the inline script did not finish")
check(re.search(r'<p id="controls"[^>]*hidden', dom) is None, "report: the filter box stayed hidden")
check(not errors, f"report: console errors: {errors[:3]}")

shutil.rmtree(profile, ignore_errors=True)
elapsed = time.monotonic() - started
if failures:
    print("\n".join("FAIL: " + f for f in failures))
    sys.exit(1)
print(f"ok: {len(charts)} charts and the report drawn by Chromium in {elapsed:.1f} s; "
      f"screenshots in {outdir}")
