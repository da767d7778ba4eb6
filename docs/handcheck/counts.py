#!/usr/bin/env python3
"""Counts of the graded hand-check rows (docs/handcheck/README.md).

Usage:
    python3 docs/handcheck/counts.py [EVENTS-GRADES.csv [MERGES-GRADES.csv]]

Reads the graded rows (default before-events.csv and before-merges.csv beside
this script; an "after" check graded in the same columns is counted the same
way) and prints, per sample, the counts per criterion.
"""

import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The event types of tarikh at wave2-base; "other" for an event whose right
# type is not among them is counted right in the "base types" column.
BASE_TYPES = {"other", "statement", "meeting", "attack", "visit", "match", "deployment", "killing",
              "agreement", "strike", "election", "arrest", "appointment", "call", "withdrawal"}


def events(path):
    by = collections.defaultdict(list)
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            by[r["sample"]].append(r)
    for sample, rows in by.items():
        real = [r for r in rows if r["real_event"] == "y"]
        n = lambda key, val: sum(1 for r in real if r[key] == val)
        base = n("type_right", "y") + sum(
            1 for r in real if r["type_right"] == "n" and r["type"] == "other"
            and r["type_should"].split(" ")[0] not in BASE_TYPES)
        unknown = [r for r in real if int(r["missing_unknown"] or 0) > 0]
        multi = [r for r in rows if r["one_event"] in ("y", "n")]
        print(f"{sample}: {len(rows)} rows")
        print(f"  real events            {len(real)}/{len(rows)}")
        print(f"  of these: date right   {n('date_right', 'y')}/{len(real)}")
        print(f"            type right   {n('type_right', 'y')}/{len(real)}"
              f"  ({base} counting 'other' right where tarikh had no fitting type)")
        print(f"            status right {n('status_right', 'y')}/{len(real)}")
        print(f"            participants all {n('participants', 'all')}, partial {n('participants', 'partial')},"
              f" none/wrong {n('participants', 'none/wrong')}")
        print(f"            missing a key participant no gazetteer knows: {len(unknown)} rows"
              f" ({sum(int(r['missing_unknown']) for r in unknown)} participants)")
        print(f"  rows with sources > 1: {len(multi)}, one event {sum(1 for r in multi if r['one_event'] == 'y')}")


def merges(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    one = [r for r in rows if r["one_event"] == "y"]
    print(f"merges: {len(rows)} rows with sources > 1: one event {len(one)}/{len(rows)}"
          f" ({sum(1 for r in one if r['same_text'] == 'y')} of them the same text published"
          f" more than once, {sum(1 for r in one if r['same_text'] != 'y')} differently worded reports)")


if __name__ == "__main__":
    events(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "before-events.csv"))
    merges(sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "before-merges.csv"))
