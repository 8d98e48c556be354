#!/usr/bin/python3
"""dateparser_adapter.py CASES.jsonl: for each {i, text, anchor} line, dateparser's reading
(dateparser.parse of the whole text, else the first date search_dates finds in it) relative to
the anchor (RELATIVE_BASE noon of that day; now when "-"), as i<TAB>day<TAB>day or i<TAB>-<TAB>-."""
import datetime
import json
import sys
import warnings

warnings.filterwarnings("ignore")
import dateparser  # noqa: E402
from dateparser.search import search_dates  # noqa: E402


def main():
    for line in open(sys.argv[1], encoding="utf-8"):
        c = json.loads(line)
        settings = {}
        if c["anchor"] != "-":
            y, m, d = map(int, c["anchor"].split("-"))
            settings["RELATIVE_BASE"] = datetime.datetime(y, m, d, 12)
        out = "-\t-"
        try:
            value = dateparser.parse(c["text"], languages=["en"], settings=settings)
            if value is None:
                found = search_dates(c["text"], languages=["en"], settings=settings)
                value = found[0][1] if found else None
            if value is not None:
                s = value.strftime("%Y-%m-%d") if value.year >= 1000 else "%04d-%02d-%02d" % (value.year, value.month, value.day)
                out = "%s\t%s" % (s, s)
        except Exception:  # a parser that throws has found no date
            out = "-\t-"
        print("%d\t%s" % (c["i"], out))


if __name__ == "__main__":
    main()
