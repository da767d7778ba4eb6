#!/usr/bin/env python3
"""Check the mention gold against the seed articles.

Every row must satisfy text[start:end] == row text (Unicode code points, end
exclusive) in the original seed file, have a known type and via, not overlap
another row of its file, and have no whitespace at either end.
Seeds are read from $TARIKH_SEEDS, else /work/shared/seeds, else
../shared/seeds relative to the repository root.
Usage: python3 verify.py [gold dir]   (exit status 1 on any error)
"""
import csv, glob, os, sys

HEADER = ['doc', 'start', 'end', 'text', 'entity_id', 'type', 'via']
TYPES = {'person', 'place', 'organization'}
VIAS = {'name', 'alias', 'role', 'coref'}


def seeds_dir(here):
    cands = [os.environ.get('TARIKH_SEEDS', ''), '/work/shared/seeds']
    d = here
    while d != os.path.dirname(d):
        if os.path.exists(os.path.join(d, 'go.mod')):
            cands.append(os.path.join(os.path.dirname(d), 'shared', 'seeds'))
            break
        d = os.path.dirname(d)
    for c in cands:
        if c and os.path.isdir(c):
            return c
    sys.exit('verify.py: no seeds directory (set TARIKH_SEEDS)')


def main():
    here = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
    seeds = seeds_dir(here)
    errs, total = 0, 0
    for p in sorted(glob.glob(os.path.join(here, '*.csv'))):
        doc = os.path.basename(p)[:-4]
        text = open(os.path.join(seeds, doc + '.txt'), encoding='utf-8').read()
        with open(p, encoding='utf-8', newline='') as f:
            r = csv.reader(f)
            if next(r) != HEADER:
                print(f'{p}: bad header'); errs += 1; continue
            prev_end = -1
            for n, row in enumerate(r, 2):
                total += 1
                d, s, e, t, eid, typ, via = row
                s, e = int(s), int(e)
                bad = []
                if d != doc: bad.append('doc column')
                if text[s:e] != t: bad.append(f'offsets give {text[s:e]!r}')
                if t != t.strip(): bad.append('whitespace at an end')
                if typ not in TYPES: bad.append('type')
                if via not in VIAS: bad.append('via')
                if not eid: bad.append('empty entity_id')
                if s < prev_end: bad.append('overlaps or precedes the previous row')
                prev_end = e
                if bad:
                    errs += 1
                    print(f'{os.path.basename(p)}:{n}: {t!r}: ' + '; '.join(bad))
    print(f'{total} rows checked, {errs} errors')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
