#!/usr/bin/env python3
"""Score tarikh's top dates against the hand-written reference timeline.

Usage: python3 docs/keyevents/evaluate.py [--entity NAME]... [--k K] EVENTS.csv [REFERENCE.dates]

EVENTS.csv is what `tarikh events` wrote for the story's articles (with the
importance column). The reference is docs/keyevents/reference.dates (one
YYYY-MM-DD a line, from reference.md). K is the size of the reference.

A ranking of events gives a ranking of dates: walk down the events, take the
date of each event dated to the day (the first day of a range of days),
keep the first K distinct dates. Date
precision is hits/K and recall hits/|reference| (equal here, since K is the
reference's size). "within a day" lets a top date match a reference date one
day away (each reference date matched once). Rankings compared:

  importance  events by importance, ties by sources, then in file order
  sources     events by sources alone, ties in file order (the baseline)
  volume      dates by how many events are dated to them (how much news
              the day made: a publication-count baseline)

and "chance", the expected precision of K dates drawn at random from the
dates of the events (how easy the list is to hit).

File order is tarikh's chronological order, so a tie favours early dates
the same way in both rankings. --entity keeps the events that name one of
the entities (canonical English name, as in the people, places and
organizations columns), as `tarikh events --entity` does; --k scores the
top K dates instead of as many as the reference holds (precision hits/K,
recall hits/|reference|).
"""
import csv
import datetime
import os
import sys


def read_events(path, entities):
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    if entities:
        rows = [r for r in rows
                if entities & set(";".join([r["people"], r["places"], r["organizations"]]).split(";"))]
    for i, r in enumerate(rows):
        r["_i"] = i
        r["date"] = r["start_date"] or r["date"]  # a range of days counts by its first
        r["_src"] = int(r["sources"])
        r["_imp"] = float(r.get("importance") or 0)
    return [r for r in rows if r["granularity"] == "day"]


def top_dates(rows, key, k):
    out = []
    for r in sorted(rows, key=key):
        d = r["date"]
        if d not in out:
            out.append(d)
            if len(out) == k:
                break
    return out


def hits(pred, ref, tol):
    left = set(ref)
    n = 0
    for d in pred:
        day = datetime.date.fromisoformat(d)
        for delta in ([0] if tol == 0 else [0, -1, 1]):
            c = (day + datetime.timedelta(days=delta)).isoformat()
            if c in left:
                left.discard(c)
                n += 1
                break
    return n


def main(argv):
    entities, k = set(), 0
    args = []
    it = iter(argv)
    for a in it:
        if a == "--entity":
            entities.add(next(it))
        elif a == "--k":
            k = int(next(it))
        else:
            args.append(a)
    events = args[0]
    refpath = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "reference.dates")
    ref = [l.strip() for l in open(refpath) if l.strip()]
    k = k or len(ref)
    rows = read_events(events, entities)
    volume = {}
    for r in rows:
        volume[r["date"]] = volume.get(r["date"], 0) + 1
    rankings = {
        "importance": lambda r: (-r["_imp"], -r["_src"], r["_i"]),
        "sources": lambda r: (-r["_src"], r["_i"]),
        "volume": lambda r: (-volume[r["date"]], r["_i"]),
    }
    print(f"reference: {len(ref)} dates; top K={k}; events dated to the day: {len(rows)}"
          + (f" naming {', '.join(sorted(entities))}" if entities else ""))
    print(f"{'ranking':<12} {'exact P':>8} {'R':>5} {'±1 day P':>9} {'R':>5}   top dates (* exact hit, ~ within a day)")
    for name, key in rankings.items():
        pred = top_dates(rows, key, k)
        h0, h1 = hits(pred, ref, 0), hits(pred, ref, 1)
        marks = []
        for d in pred:
            if d in ref:
                marks.append(d + "*")
            elif hits([d], ref, 1):
                marks.append(d + "~")
            else:
                marks.append(d)
        print(f"{name:<12} {h0/k:>8.2f} {h0/len(ref):>5.2f} {h1/k:>9.2f} {h1/len(ref):>5.2f}   {' '.join(sorted(marks))}")
    dates = sorted({r["date"] for r in rows})
    exact = sum(d in ref for d in dates) / len(dates)
    near = sum(hits([d], ref, 1) for d in dates) / len(dates)
    print(f"{'chance':<12} {exact:>8.2f} {exact*k/len(ref):>5.2f} {near:>9.2f} {near*k/len(ref):>5.2f}   "
          f"({len(dates)} distinct dates; ±1 day by date alone, an upper bound)")


if __name__ == "__main__":
    main(sys.argv[1:])
