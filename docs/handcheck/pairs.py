#!/usr/bin/env python3
"""Count the development pairs that one `tarikh events` row merges.

Usage:
    python3 docs/handcheck/pairs.py PAIRS.csv EVENTS.csv

PAIRS.csv has at least the columns pair, doc_a, doc_b (as dev-pairs-0806.csv);
EVENTS.csv is the output of `tarikh events` over the pairs' day. A pair is
merged when one row's `docs` field holds both ids. Prints one line per pair
(pair, y/n, the rows holding each id) and the count merged / pairs.

Reproduce the dev-pairs-0806 figure:
    go build -o /tmp/tarikh ./cmd/tarikh
    /tmp/tarikh events ../shared/corpus/saudinewsnet/2015-08-06.jsonl > /tmp/e0806.csv
    python3 docs/handcheck/pairs.py docs/handcheck/dev-pairs-0806.csv /tmp/e0806.csv
"""

import csv
import sys


def docs_of(row):
    """Returns the set of article ids of an events row (field docs, split on
    '|' or ';' or whitespace)."""
    raw = row.get("docs", "")
    for sep in ";, ":
        raw = raw.replace(sep, "|")
    return {d for d in raw.split("|") if d}


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        pairs = list(csv.DictReader(f))
    with open(sys.argv[2], encoding="utf-8") as f:
        rows = [docs_of(r) for r in csv.DictReader(f)]
    merged = 0
    for p in pairs:
        a, b = p["doc_a"], p["doc_b"]
        ra = [i for i, d in enumerate(rows, start=1) if a in d]
        rb = [i for i, d in enumerate(rows, start=1) if b in d]
        both = sorted(set(ra) & set(rb))
        ok = bool(both)
        merged += ok
        print(f"pair {p['pair']}: {'y' if ok else 'n'}  rows {a}={ra[:6]} {b}={rb[:6]} both={both[:6]}")
    print(f"merged {merged}/{len(pairs)}")


if __name__ == "__main__":
    main()
