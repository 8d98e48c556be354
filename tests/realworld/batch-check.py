#!/usr/bin/env python3
"""Checks of a blind batch's readings (issue 10) that need no acta run:
1. every page's site is new: not in pages.tsv, nor in any batchN.tsv with N lower than the
   batch's own, nor among the sites held back for the independent check; at most one page per site;
2. every evidence line number (Lnn, Lnn-Lmm) points at a non-empty line of the retrieved text;
3. no run of 8 or more words of a page appears in its readings (addresses excepted).
Usage: tests/realworld/batch-check.py BATCH TEXTS_DIR
  BATCH: the batch's name, batchN (its pages are listed in batchN.tsv beside this script);
  TEXTS_DIR: the folder of its <slug>.txt files.
Example: tests/realworld/batch-check.py batch5 /work/realpages-b5
Exit 0 when all pass, 1 otherwise."""
import os, re, sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
HELD_BACK = ("anca.org armenianclub.com augb.co.uk azernews.az babel.ua azvision.az fanyjok.com "
             "gagrule.net garabagh.net greek-genocide.net hayastan.com indiablooms.com "
             "justiceforkhojaly.org kurdishvoice.gr kyivpost.com n1info.ba s2pu.com telegra.ph "
             "uyghurcongress.org wikibin.org").split()
SECOND_LEVEL = {'co', 'com', 'org', 'net', 'gov', 'ac', 'gv', 'gob', 'edu'}


def site(url):
    host = (urlparse(url.strip()).hostname or '').lower()
    parts = host.split('.')
    keep = 3 if len(parts) >= 3 and parts[-2] in SECOND_LEVEL else 2
    return '.'.join(parts[-keep:])


def rows(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('slug\t'):
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) > 1:
                yield cols


def data_lines(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('key\t') or line.startswith('jurisdiction\t'):
                continue
            yield line


def earlier_lists(number):
    """pages.tsv and every batchN.tsv with N below the batch's number."""
    names = ['pages.tsv']
    for name in sorted(os.listdir(HERE)):
        m = re.fullmatch(r'batch(\d+)\.tsv', name)
        if m and int(m.group(1)) < number:
            names.append(name)
    return names


def main():
    m = re.fullmatch(r'batch(\d+)', sys.argv[1]) if len(sys.argv) == 3 else None
    if not m or not os.path.isfile(os.path.join(HERE, sys.argv[1] + '.tsv')):
        print(__doc__, file=sys.stderr)
        return 2
    batch, texts = sys.argv[1], sys.argv[2]
    earlier = {site(c[1]) for n in earlier_lists(int(m.group(1))) for c in rows(n)}
    earlier |= {site('http://' + h) for h in HELD_BACK}
    problems, seen = [], set()
    for slug, url, *_ in rows(batch + '.tsv'):
        s = site(url)
        if s in earlier or s in seen:
            problems.append('%s: site %s already used' % (slug, s))
        seen.add(s)
        with open(os.path.join(texts, slug + '.txt'), encoding='utf-8') as f:
            text = f.read()
        lines = text.split('\n')
        words = re.findall(r'\w+', text.lower())
        grams = {tuple(words[i:i + 8]) for i in range(len(words) - 7)}
        for kind in ('gold', 'not-acts'):
            for line in data_lines(os.path.join(HERE, '%s.%s.tsv' % (slug, kind))):
                mine = re.findall(r'\w+', re.sub(r'https?://\S+', '', line).lower())
                if any(tuple(mine[i:i + 8]) in grams for i in range(len(mine) - 7)):
                    problems.append('%s.%s: 8 words copied: %s' % (slug, kind, line.strip()[:80]))
                if line.startswith('#'):
                    continue
                for a, b in re.findall(r'L(\d+)(?:-L(\d+))?', line.rstrip('\n').split('\t')[-1]):
                    for n in (int(a), int(b or a)):
                        if not 1 <= n <= len(lines) or not lines[n - 1].strip():
                            problems.append('%s.%s: line L%d empty or missing' % (slug, kind, n))
    for p in problems:
        print(p)
    print('%d pages, %d sites, %d problems' % (len(seen), len(seen), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
