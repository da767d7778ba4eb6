#!/usr/bin/env python3
"""Group the rows that differ between two tarikh events CSVs by evidence sentence and draw N groups.
usage: changed_groups.py BEFORE.csv FINAL.csv SEED N OUT.csv [READ-IDS.txt]
Row numbers are 1-based data rows (header excluded). A group is one evidence `text`."""
import csv, sys, random, collections
before, final, seed, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
read = set(open(sys.argv[6]).read().split()) if len(sys.argv) > 6 else set()
def load(p):
    with open(p, newline='') as f:
        r = csv.reader(f); next(r)
        return [tuple(x) for x in r]
B, F = load(before), load(final)
cb, cf = collections.Counter(B), collections.Counter(F)
onlyb = [(i + 1, r) for i, r in enumerate(B) if cb[r] > cf.get(r, 0)]
onlyf = [(i + 1, r) for i, r in enumerate(F) if cf[r] > cb.get(r, 0)]
TEXT, DOCS = 11, 12
groups = collections.OrderedDict()
for side, rows in (('b', onlyb), ('f', onlyf)):
    for i, r in rows:
        g = groups.setdefault(r[TEXT], {'b': [], 'f': [], 'docs': set()})
        g[side].append(i)
        g['docs'].update(r[DOCS].split(';'))
keys = [k for k, g in groups.items() if not (g['docs'] & read)]
print(f'changed rows: before-only {len(onlyb)}, final-only {len(onlyf)}; groups {len(groups)}, unread {len(keys)}', file=sys.stderr)
random.seed(seed)
random.shuffle(keys)
with open(out, 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['group', 'kind', 'before_rows', 'final_rows', 'docs'])
    for j, k in enumerate(keys[:n], 1):
        g = groups[k]
        kind = 'changed' if g['b'] and g['f'] else ('removed' if g['b'] else 'added')
        w.writerow([j, kind, ';'.join(map(str, g['b'])), ';'.join(map(str, g['f'])), ';'.join(sorted(g['docs']))])
