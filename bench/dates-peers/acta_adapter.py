#!/usr/bin/env python3
"""acta_adapter.py ACTA SUITE_DIR: runs `acta parse-date` on every case, prints
case-number<TAB>first<TAB>last (or "-")."""
import subprocess
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
from score import read_suite  # noqa: E402


def main():
    acta, suite = sys.argv[1], sys.argv[2]
    cases = read_suite(suite)
    for i, c in enumerate(cases):
        args = [acta, "parse-date"] + (["--anchor", c["anchor"]] if c["anchor"] != "-" else []) + ["--", c["text"]]
        out = subprocess.run(args, capture_output=True, text=True).stdout.rstrip("\n").split("\t")
        if len(out) >= 4 and not out[1].startswith("error"):
            print("%d\t%s\t%s" % (i, out[2], out[3]))
        else:
            print("%d\t-\t-" % i)


if __name__ == "__main__":
    main()
