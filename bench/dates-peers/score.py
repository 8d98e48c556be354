#!/usr/bin/env python3
"""Scores date parsers on the suite of tests/data/dates (see README.md here).

score.py SUITE_DIR RESULTS...: each RESULTS file is the output of one parser adapter, lines
"case-number<TAB>first-day<TAB>last-day" (no line, or "-", when the parser found no date).
Prints one table: a row per family, a column per parser (the file's name without extension).

The rule is the same for every parser: an answer is right when every day it names lies inside
the expected window (a single day for chrono-node and dateparser, which answer with a moment; a
first and last day for acta); a case whose expected value is "error" is right when no date is
given. acta's exact score (its first and last day equal the window's) is shown too.
"""
import calendar
import collections
import os
import sys


def window(expected):
    """The inclusive first and last day of YYYY, YYYY-MM, YYYY-MM-DD or FIRST..LAST."""
    if ".." in expected:
        a, b = expected.split("..")
        return a, b
    parts = expected.split("-")
    if len(parts) == 1:
        return expected + "-01-01", expected + "-12-31"
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return "%s-01" % expected, "%s-%02d" % (expected, calendar.monthrange(y, m)[1])
    return expected, expected


def read_suite(directory):
    cases = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".tsv"):
            continue
        header = True
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                if header:
                    header = False
                    continue
                text, anchor, expected, family, origin = line.split("\t")[:5]
                cases.append({"text": text, "anchor": anchor, "expected": expected, "family": family})
    return cases


def read_results(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 3 and cells[1] not in ("", "-"):
                out[int(cells[0])] = (cells[1], cells[2])
    return out


def right(case, answer, exact):
    if case["expected"] == "error":
        return answer is None
    if answer is None:
        return False
    lo, hi = window(case["expected"])
    if exact:
        return answer == (lo, hi)
    return lo <= answer[0] <= answer[1] <= hi


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cases = read_suite(sys.argv[1])
    parsers = [(os.path.splitext(os.path.basename(p))[0], read_results(p)) for p in sys.argv[2:]]
    columns = []
    for name, results in parsers:
        columns.append((name, results, False))
        if name == "acta":
            columns.append(("acta exact", results, True))
    families = sorted({c["family"] for c in cases})
    width = max(len(f) for f in families + ["overall"])
    print("family".ljust(width), "cases", *(n.rjust(10) for n, _, _ in columns), sep="  ")
    for family in families + ["overall"]:
        idx = [i for i, c in enumerate(cases) if family in ("overall", c["family"])]
        cells = []
        for _, results, exact in columns:
            ok = sum(right(cases[i], results.get(i), exact) for i in idx)
            cells.append("%.2f" % (ok / len(idx)))
        print(family.ljust(width), str(len(idx)).rjust(5), *(c.rjust(10) for c in cells), sep="  ")
    if os.environ.get("SHOW_MISSES"):
        name, results = parsers[0]
        for i, c in enumerate(cases):
            if not right(c, results.get(i), name == "acta"):
                print("MISS", name, c["family"], c["anchor"], repr(c["text"]), c["expected"], results.get(i), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
