#!/usr/bin/env python3
"""Validate the importer's reference data (import/data/*.tsv) against import/data/README.md
and Debian's iso-codes.

usage: check_reference_data.py DATA_DIR ISO_CODES_JSON_DIR
   e.g. python3 tests/check_reference_data.py import/data /usr/share/iso-codes/json

Prints one line per problem and the row counts of each file; exits 1 when there is a problem,
2 on a usage error. Python 3 standard library only.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HEADERS = {
    "countries.tsv": ["code", "kind", "text"],
    "subdivisions.tsv": ["code", "kind", "text"],
    "organizations.tsv": ["code", "name", "parent", "aliases"],
    "legislatures.tsv": ["jurisdiction", "name", "kind", "role", "parent", "aliases"],
    # lexicon.tsv is owned elsewhere; only its generic TSV shape is checked here.
    "lexicon.tsv": ["category", "phrase", "value", "language"],
    # words.tsv: the typed lists are checked by the importer's loader (tests/import/test_lexicon.cpp).
    "words.tsv": ["list", "word"],
    "events.tsv": ["name", "kind", "place", "first", "last", "aliases"],
    "not_subjects.tsv": ["word", "why"],
}
# Trailing columns a row may leave out: lexicon.tsv's language (ISO 639-1) is given only for rows not in English.
OPTIONAL_TRAILING = {"lexicon.tsv": 1}
EVENT_KINDS = {"genocide", "massacre", "famine", "deportation", "pogrom"}
EVENT_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
# variant/foreign: matched only capitalized; list_variant: only inside a list of places; foreign_with_sibling: only in a
# sentence naming another place of the same country (import/gazetteer.cpp)
PLACE_KINDS = {"name", "adjective", "variant", "foreign", "list_variant", "foreign_with_sibling"}
BODY_KINDS = {"legislature", "chamber", "assembly", "committee", "office"}
ROLES = {"whole", "unicameral", "lower", "upper"}
# ISO 3166-2 subdivisions newer than the iso-codes release of Debian 12 (iso-codes 4.15):
# IQ-KR, the Kurdistan Region, is a region of ISO 3166-2:IQ in the ISO Online Browsing Platform.
NEWER_SUBDIVISIONS = {"IQ-KR": {"code": "IQ-KR", "name": "Kurdistan Region", "type": "Region"}}

# UN member states and the two observer states: each must have its national legislature.
UN_MEMBERS = set("""
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG
CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH
GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG
NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN
SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM
ZW""".split())
OBSERVERS = {"VA", "PS"}
# The only US jurisdictions (states and DC) whose legislature has one chamber.
US_UNICAMERAL = {"US-NE", "US-DC"}
ORG_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")


class Checker:
    def __init__(self, data_dir, iso_dir):
        self.data = Path(data_dir)
        self.problems = []
        iso1 = json.loads((Path(iso_dir) / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
        iso2 = json.loads((Path(iso_dir) / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]
        self.countries = {c["alpha_2"]: c for c in iso1}
        self.alpha3 = {c["alpha_3"] for c in iso1}
        self.subdivisions = {s["code"]: s for s in iso2}
        self.subdivisions.update(NEWER_SUBDIVISIONS)
        # iso-codes names the importer already reads (lower-cased: matching ignores case):
        # a data row must not repeat one.
        self.iso_names = defaultdict(set)
        for c in iso1:
            for key in ("name", "official_name", "common_name"):
                if key in c:
                    self.iso_names[c[key].lower()].add(c["alpha_2"])

    def problem(self, where, message):
        self.problems.append(f"{where}: {message}")

    def read(self, name):
        """Rows of a data file as (line number, cells), after checking the generic format."""
        path = self.data / name
        if not path.is_file():
            self.problem(name, "missing")
            return []
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            self.problem(name, f"not UTF-8 ({e})")
            return []
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        else:
            self.problem(name, "does not end with a newline")
        if not lines or not lines[0].startswith("# source: ") or len(lines[0]) <= len("# source: "):
            self.problem(f"{name}:1", "first line must be '# source: ...'")
        header = None
        rows = []
        seen = {}
        for number, line in enumerate(lines, 1):
            where = f"{name}:{number}"
            if "\r" in line:
                self.problem(where, "carriage return (use LF line ends)")
                line = line.replace("\r", "")
            if line.startswith("#"):
                continue
            if not line.strip():
                self.problem(where, "blank line")
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != HEADERS[name]:
                    self.problem(where, f"header {header} expected {HEADERS[name]}")
                continue
            if not len(HEADERS[name]) - OPTIONAL_TRAILING.get(name, 0) <= len(cells) <= len(HEADERS[name]):
                self.problem(where, f"{len(cells)} columns, expected {len(HEADERS[name])}")
                continue
            for cell in cells:
                if cell != cell.strip() or "  " in cell:
                    self.problem(where, f"stray whitespace in {cell!r}")
                if "|" in cell and any(not a.strip() for a in cell.split("|")):
                    self.problem(where, f"empty alternative in {cell!r}")
            key = tuple(cells)
            if key in seen:
                self.problem(where, f"duplicate of line {seen[key]}")
                continue
            seen[key] = number
            rows.append((number, cells))
        if header is None:
            self.problem(name, "no header line")
        return rows

    # --- countries.tsv and subdivisions.tsv ---------------------------------------------------

    def check_places(self, name, known):
        rows = self.read(name)
        names = defaultdict(set)      # code -> its names in this file
        by_text = defaultdict(set)    # (kind, text) -> codes
        for number, (code, kind, text) in rows:
            where = f"{name}:{number}"
            if code not in known:
                self.problem(where, f"code {code!r} is not in iso-codes")
            if kind not in PLACE_KINDS:
                self.problem(where, f"kind {kind!r} not one of {sorted(PLACE_KINDS)}")
            if not text:
                self.problem(where, "empty text")
            if name == "countries.tsv" and text.lower() in self.iso_names:
                self.problem(where, f"{text!r} repeats an iso-codes name of {sorted(self.iso_names[text.lower()])}")
            if kind == "name":
                names[code].add(text)
            # Text matching ignores case, so texts differing only in case are one text.
            if code in by_text[(kind, text.lower())]:
                self.problem(where, f"{text!r} repeats a {kind} of {code} in another case")
            by_text[(kind, text.lower())].add(code)
        for number, (code, kind, text) in rows:
            if kind == "adjective" and (text in names[code] or code in self.iso_names.get(text.lower(), ())):
                self.problem(f"{name}:{number}", f"adjective {text!r} is also a name of {code}")
        ambiguous = []
        for (kind, text), codes in sorted(by_text.items()):
            if len(codes) > 1:
                if kind != "adjective":
                    self.problem(name, f"{kind} {text!r} given to several codes {sorted(codes)}")
                else:
                    ambiguous.append(f"{text} ({'/'.join(sorted(codes))})")
        if ambiguous:
            print(f"note: {name}: adjectives shared by several codes: {', '.join(ambiguous)}")
        return rows

    # --- organizations.tsv --------------------------------------------------------------------

    def check_organizations(self):
        rows = self.read("organizations.tsv")
        codes = {}
        for number, (code, name, parent, aliases) in rows:
            where = f"organizations.tsv:{number}"
            if not ORG_CODE.match(code):
                self.problem(where, f"code {code!r} is not a short uppercase code")
            if code in self.countries or code in self.alpha3 or code in self.subdivisions:
                self.problem(where, f"code {code!r} collides with an ISO 3166 code")
            if code in codes:
                self.problem(where, f"code {code} already on line {codes[code][0]}")
            if not name:
                self.problem(where, "empty name")
            alts = aliases.split("|") if aliases else []
            if name in alts or len(set(alts)) != len(alts):
                self.problem(where, "an alias repeats the name or another alias")
            codes[code] = (number, parent)
        for code, (number, parent) in codes.items():
            if parent and parent not in codes:
                self.problem(f"organizations.tsv:{number}", f"parent {parent!r} is not an organization code")
            seen, p = {code}, parent
            while p in codes and codes[p][1]:
                p = codes[p][1]
                if p in seen:
                    self.problem(f"organizations.tsv:{number}", f"parent cycle through {p}")
                    break
                seen.add(p)
        return rows, set(codes)

    # --- legislatures.tsv ---------------------------------------------------------------------

    def check_legislatures(self, org_codes, recognized_subdivisions):
        rows = self.read("legislatures.tsv")
        bodies = {}  # (jurisdiction, name) -> (line, kind, role)
        previous = ""
        for number, (jur, name, kind, role, parent, aliases) in rows:
            where = f"legislatures.tsv:{number}"
            if jur < previous:
                self.problem(where, f"not sorted by jurisdiction ({jur} after {previous})")
            previous = jur
            if jur in self.countries or jur in org_codes:
                pass
            elif jur in self.subdivisions:
                if jur not in recognized_subdivisions:
                    self.problem(where, f"subdivision {jur} has no name row in subdivisions.tsv")
            else:
                self.problem(where, f"jurisdiction {jur!r} is not an iso-codes or organization code")
            if not name:
                self.problem(where, "empty name")
            if kind not in BODY_KINDS:
                self.problem(where, f"kind {kind!r} not one of {sorted(BODY_KINDS)}")
            if role not in ROLES:
                self.problem(where, f"role {role!r} not one of {sorted(ROLES)}")
            if (jur, name) in bodies:
                self.problem(where, f"{name!r} already on line {bodies[(jur, name)][0]}")
            bodies[(jur, name)] = (number, kind, role)
            alts = aliases.split("|") if aliases else []
            if name in alts or len(set(alts)) != len(alts):
                self.problem(where, "an alias repeats the name or another alias")

        chambers = defaultdict(set)      # (jurisdiction, legislature name) -> roles of its chambers
        legislatures = defaultdict(list)  # jurisdiction -> (name, role) of its legislature rows
        phrases = {}                     # lower-cased name or alias -> line: text matching ignores case
        for number, (jur, name, kind, role, parent, aliases) in rows:
            where = f"legislatures.tsv:{number}"
            target = bodies.get((jur, parent)) if parent else None
            if parent and not target:
                self.problem(where, f"parent {parent!r} is not a body of {jur}")
            if kind == "legislature":
                legislatures[jur].append((name, role))
                if role not in ("whole", "unicameral"):
                    self.problem(where, f"a legislature's role is whole or unicameral, not {role!r}")
                if parent:
                    self.problem(where, "a legislature has no parent")
            elif kind == "chamber":
                if role not in ("lower", "upper"):
                    self.problem(where, f"a chamber's role is lower or upper, not {role!r}")
                if not parent:
                    self.problem(where, "a chamber needs its legislature as parent")
                elif target and (target[1], target[2]) != ("legislature", "whole"):
                    self.problem(where, f"parent {parent!r} is not a bicameral (whole) legislature")
                else:
                    chambers[(jur, parent)].add(role)
            for phrase in [name] + (aliases.split("|") if aliases else []):
                other = phrases.setdefault(phrase.lower(), number)
                if other != number:
                    self.problem(where, f"{phrase!r} also names the body on line {other}")
        for number, (jur, name, kind, role, parent, aliases) in rows:
            if kind == "legislature" and role == "whole":
                missing = {"lower", "upper"} - chambers[(jur, name)]
                if missing:
                    self.problem(f"legislatures.tsv:{number}",
                                 f"bicameral {name!r} has no {' and no '.join(sorted(missing))} chamber")
        for jur, rows_of in legislatures.items():
            if jur not in org_codes and len(rows_of) > 1:
                self.problem("legislatures.tsv", f"{jur} has {len(rows_of)} legislatures: {[n for n, _ in rows_of]}")
        for code in sorted(UN_MEMBERS | OBSERVERS):
            if code not in self.countries:
                self.problem("check_reference_data.py", f"UN member list names {code}, unknown to iso-codes")
            elif not legislatures.get(code):
                self.problem("legislatures.tsv", f"no national legislature for {code} ({self.countries[code]['name']})")
        states = sorted(c for c, s in self.subdivisions.items()
                        if c.startswith("US-") and (s["type"] == "State" or c == "US-DC"))
        for code in states:
            found = legislatures.get(code)
            if not found:
                self.problem("legislatures.tsv", f"no legislature for {code} ({self.subdivisions[code]['name']})")
                continue
            name, role = found[0]
            if code in US_UNICAMERAL:
                if role != "unicameral":
                    self.problem("legislatures.tsv", f"{code}: {name!r} should be unicameral")
            elif role != "whole":
                self.problem("legislatures.tsv", f"{code}: {name!r} should be bicameral (whole, lower, upper)")
        return rows, legislatures, states

    # --- events.tsv and not_subjects.tsv -------------------------------------------------------

    def check_events(self):
        generic = {word.lower() for _, (word, _) in self.read("not_subjects.tsv")}
        for number, (word, why) in self.read("not_subjects.tsv"):
            if " " in word or not why:
                self.problem(f"not_subjects.tsv:{number}", f"{word!r}: one word and a reason expected")
        rows = self.read("events.tsv")
        owner = {}  # alias (lower-cased: matching ignores case) -> line of the event naming it
        for number, (name, kind, place, first, last, aliases) in rows:
            where = f"events.tsv:{number}"
            if kind not in EVENT_KINDS:
                self.problem(where, f"kind {kind!r} not one of {sorted(EVENT_KINDS)}")
            for code in place.split("|"):
                if code not in self.countries:
                    self.problem(where, f"place {code!r} is not an iso-codes country")
            for d in (first, last):
                if d and not EVENT_DATE.match(d):
                    self.problem(where, f"date {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            if not first:
                self.problem(where, "no first date")
            elif last and last[:len(first)] < first[:len(last)]:
                self.problem(where, f"last date {last} before first date {first}")
            if not aliases:
                self.problem(where, "no aliases")
            for alias in aliases.split("|") + [name]:
                key = alias.lower()
                if key in generic:
                    self.problem(where, f"alias {alias!r} is a word of not_subjects.tsv")
                if owner.setdefault(key, number) != number:
                    self.problem(where, f"alias {alias!r} also names the event of line {owner[key]}")
        return rows

    def run(self):
        countries = self.check_places("countries.tsv", set(self.countries))
        subdivisions = self.check_places("subdivisions.tsv", set(self.subdivisions))
        recognized = {code for _, (code, kind, _) in subdivisions if kind == "name"}
        orgs, org_codes = self.check_organizations()
        legis, legislatures, states = self.check_legislatures(org_codes, recognized)
        self.read("lexicon.tsv")
        self.read("words.tsv")
        events = self.check_events()

        for code in states:
            if code not in recognized:
                self.problem("subdivisions.tsv", f"no name row for {code}")
        adjectives = {code for _, (code, kind, _) in countries if kind == "adjective"}
        for code in sorted(c for c in legislatures if c in self.countries):
            if code not in adjectives:
                self.problem("countries.tsv", f"no adjective for {code} ({self.countries[code]['name']}), which has a legislature")
        for code in sorted(UN_MEMBERS | OBSERVERS):
            if code in self.countries and code not in adjectives:
                self.problem("countries.tsv", f"no adjective for {code} ({self.countries[code]['name']})")

        def kinds(rows, column):
            return ", ".join(f"{k} {n}" for k, n in sorted(Counter(r[column] for _, r in rows).items()))
        print(f"countries.tsv: {len(countries)} rows ({kinds(countries, 1)}) for "
              f"{len({r[0] for _, r in countries})} of {len(self.countries)} iso-codes countries")
        print(f"subdivisions.tsv: {len(subdivisions)} rows ({kinds(subdivisions, 1)}) for "
              f"{len({r[0] for _, r in subdivisions})} subdivisions")
        print(f"organizations.tsv: {len(orgs)} organizations")
        national = sum(1 for c in legislatures if c in self.countries)
        sub = sum(1 for c in legislatures if c in self.subdivisions)
        org = sum(1 for c in {r[0] for _, r in legis} if c in org_codes)
        print(f"legislatures.tsv: {len(legis)} rows ({kinds(legis, 2)}; {kinds(legis, 3)}); "
              f"legislatures of {national} countries, {sub} subdivisions; bodies of {org} organizations")
        print(f"events.tsv: {len(events)} events")
        for p in self.problems:
            print(f"problem: {p}")
        print(f"{len(self.problems)} problem(s)")
        return 1 if self.problems else 0


def main(argv):
    if len(argv) != 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for d in argv[1:]:
        if not Path(d).is_dir():
            print(f"check_reference_data.py: {d}: not a directory", file=sys.stderr)
            return 2
    return Checker(argv[1], argv[2]).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
