#!/usr/bin/env python3
"""Fills an acta database (made by `acta import`, so it has the schema) with generated acts:
N acts over J invented jurisdictions, some with very long names, in every date precision, for
the legibility checks of the charts (tests/plot/check_charts.py, check_browser.py).
Usage: make_many_acts.py DB [ACTS] [JURISDICTIONS]"""
import random
import sqlite3
import sys

TYPES = ["resolution", "declaration", "statement", "decree", "law", "motion", "appeal", "decision", "document"]
TERMS = ["genocide", "massacre", "tragedy", "crime_against_humanity", "occupation", "aggression"]


def date_of(rng, precision):
    y = rng.randint(1988, 2023)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if precision == "day":
        s = f"{y}-{m:02d}-{d:02d}"
        return s, s, s
    if precision == "day_range":
        return f"{y}-{m:02d}-{d:02d}/{y}-{m:02d}-{d + 2:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d + 2:02d}"
    if precision == "month":
        return f"{y}-{m:02d}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-28"
    if precision == "year_part":
        return f"{y}-09/{y}-12", f"{y}-09-01", f"{y}-12-31"
    if precision == "year":
        return f"{y}", f"{y}-01-01", f"{y}-12-31"
    return None, None, None


def main():
    db, acts, lanes = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000, \
        int(sys.argv[3]) if len(sys.argv) > 3 else 60
    rng = random.Random(13)
    con = sqlite3.connect(db)
    cur = con.cursor()
    cur.execute("SELECT coalesce(max(id), 0) FROM sources")
    source = cur.fetchone()[0] + 1
    cur.execute("INSERT INTO sources (id, title, path, sha256, text, importer_version, imported_at) "
                "VALUES (?, 'Generated chronology', 'generated.txt', ?, 'generated', 'test', '2024-01-01T00:00:00Z')",
                (source, f"{source:064d}"))
    bodies = []
    for j in range(lanes):
        code = f"ZZ{j:02d}"
        name = f"Generated Land {j}" if j % 5 else \
            f"The Very Long Official Name of Generated Autonomous Legislative Territory Number {j}"
        level = ["national", "subnational", "international"][j % 3]
        cur.execute("INSERT INTO jurisdictions (code, name, level, kind) VALUES (?, ?, ?, 'test')", (code, name, level))
        cur.execute("INSERT INTO bodies (name, kind, branch, jurisdiction_code) VALUES (?, 'chamber', 'legislative', ?)",
                    (f"Assembly of {name}", code))
        bodies.append(cur.lastrowid)
    precisions = ["day"] * 6 + ["day_range", "month", "year_part", "year", "none"]
    for i in range(acts):
        p = rng.choice(precisions)
        edtf, start, end = date_of(rng, p)
        cur.execute("INSERT INTO acts (body_id, act_type, date_edtf, date_start, date_end, precision, wording) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (bodies[i % lanes], rng.choice(TYPES), edtf, start, end, p, f"generated act {i}"))
        act = cur.lastrowid
        for term in rng.sample(TERMS, rng.randint(0, 2)):
            cur.execute("INSERT INTO act_terms (act_id, term, wording) VALUES (?, ?, ?)", (act, term, term))
        cur.execute("INSERT INTO attestations (act_id, source_id, span_start, span_end, line, quote, rule) "
                    "VALUES (?, ?, ?, ?, ?, ?, 'generated')", (act, source, i, i + 1, i + 1, f"quote {i}"))
    con.commit()


if __name__ == "__main__":
    main()
