#!/usr/bin/env python3
"""Draw the hand-check samples of `tarikh events` rows with a fixed seed.

Usage:
    python3 docs/handcheck/sample.py [--seed N] [--n K] [--multi] [--text] EVENTS.csv
    python3 docs/handcheck/sample.py --articles [--seed N] [--n K] ARTICLES.jsonl

Prints the drawn rows as CSV on stdout: the row's number in EVENTS.csv (1 =
first data row after the header), then the row's fields except the evidence
sentence (`text`), which quotes the article; `--text` adds it back for the
reader's own screen (never commit that output: the corpus licences forbid
redistributing article text).

The draw is `random.Random(seed).sample(rows, k)` over the data rows in file
order (with `--multi`, over the rows whose `sources` is greater than 1 only),
printed in the order drawn. The same file, seed and k always give the same
rows, so anyone can draw them again; an "after" file gives its own rows with
the same procedure.

With `--articles` it shuffles the articles of a JSONL file instead
(`random.Random(seed).shuffle` over the lines in file order) and prints the
first K as `order,id,title`: the reading order in which the coverage articles
were chosen (the first ones that are politics or security; see README.md).

With `--exclude-read PATH` the rows that cite an article id written anywhere
under PATH (e.g. `docs/`: every article an earlier check graded or cited)
are left out before the draw, so that a day read in an earlier round can be
sampled again on articles nobody has read.

The samples of wave 2 (docs/handcheck/README.md) were drawn with
    sample.py --seed 20150807 --n 40 base-snn-0807.csv
    sample.py --seed 20150807 --n 20 base-reuters-heldout-600.csv
    sample.py --seed 20150807 --n 20 --multi base-snn-0807.csv
    sample.py --articles --seed 20150807 --n 60 ../shared/corpus/saudinewsnet/2015-08-07.jsonl
    sample.py --articles --seed 20150807 --n 200 reuters-heldout.jsonl   (lines 15001- of reuters21578.jsonl)
"""

import argparse
import csv
import json
import os
import random
import re
import sys

DEFAULT_SEED = 20150807
ID_RE = re.compile(r"\b(?:snn-\d{4}-\d{2}-\d{2}-\d+|reuters-\d+)\b")


def read_ids(paths):
    """Returns the article ids (words like snn-2015-08-04-00814 or
    reuters-15001) written anywhere in the files under paths: the articles
    earlier checks have read or cited."""
    ids = set()
    for root in paths:
        files = [root]
        if os.path.isdir(root):
            files = [os.path.join(d, f) for d, _, fs in os.walk(root) for f in sorted(fs)]
        for name in sorted(files):
            with open(name, encoding="utf-8", errors="replace") as f:
                ids.update(ID_RE.findall(f.read()))
    return ids


def draw(rows, seed, k, multi, exclude=frozenset()):
    """Returns (row_number, row) pairs drawn from rows (dicts in file order).
    Rows citing an article in exclude are left out before the draw."""
    numbered = list(enumerate(rows, start=1))
    if multi:
        numbered = [(i, r) for i, r in numbered if int(r["sources"]) > 1]
    if exclude:
        numbered = [(i, r) for i, r in numbered
                    if not any(d in exclude for d in ID_RE.findall(r.get("docs", "")))]
    if k > len(numbered):
        raise SystemExit(f"sample.py: asked for {k} rows, the file has {len(numbered)}")
    return random.Random(seed).sample(numbered, k)


def shuffle_articles(path, seed, k):
    """Returns the first k (order, id, title) of the articles of a JSONL file
    shuffled with the seed."""
    with open(path, encoding="utf-8") as f:
        arts = [json.loads(line) for line in f if line.strip()]
    random.Random(seed).shuffle(arts)
    return [(i, a["id"], a.get("title", "")) for i, a in enumerate(arts[:k], start=1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", help="output of `tarikh events` (CSV), or articles (JSONL) with --articles")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--n", type=int, default=40, help="rows to draw")
    ap.add_argument("--multi", action="store_true", help="draw among rows with sources > 1 only")
    ap.add_argument("--text", action="store_true", help="include the evidence sentence (not for committing)")
    ap.add_argument("--articles", action="store_true", help="shuffle the articles of a JSONL file")
    ap.add_argument("--exclude-read", action="append", default=[], metavar="PATH",
                    help="leave out rows citing an article id written in PATH (a file or a folder, "
                         "e.g. docs/: articles earlier checks read); repeatable")
    args = ap.parse_args()

    if args.articles:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["order", "id", "title"])
        w.writerows(shuffle_articles(args.csv, args.seed, args.n))
        return

    with open(args.csv, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = list(reader)
    out_fields = ["row"] + [f for f in fields if args.text or f != "text"]
    w = csv.DictWriter(sys.stdout, fieldnames=out_fields, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    exclude = read_ids(args.exclude_read)
    for i, r in draw(rows, args.seed, args.n, args.multi, exclude):
        w.writerow(dict(r, row=i))


if __name__ == "__main__":
    main()
