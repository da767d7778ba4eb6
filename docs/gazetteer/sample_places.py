"""Draw the 200 imported-place mentions graded in places-precision.md.

Usage (from the repository root, with ../shared present):

    go run ./cmd/tarikh mentions ../shared/corpus/saudinewsnet/2015-08-07.jsonl -o /tmp/m0807.csv
    python3 docs/gazetteer/sample_places.py /tmp/m0807.csv ../shared/corpus/saudinewsnet/2015-08-07.jsonl [SEED]
    python3 docs/gazetteer/sample_places.py --day 2015-08-07 --seed 20261205 /tmp/m0807.csv

--day DAY reads ../shared/corpus/saudinewsnet/DAY.jsonl (or $TARIKH_SHARED's)
when no corpus file is given; --seed SEED (or the third argument) picks the
sample; --n N its size (200).

An imported place is an entity of gazetteer/data/places.tsv or divisions.tsv
that is not a hand-written one (ids gn-... and adm-...; an ambiguous mention
counts when one of its candidates is). The sample is random.Random(SEED)
over those mentions in file order: SEED 20260807 drew sample 1, 20261205
sample 2 (see places-precision.md). The script prints each sampled row with
40 characters of context on either side, for reading only: the graded rows
kept in the repository name the article and offsets, never its text.
"""
import argparse
import csv
import json
import os
import random
import sys

SEED, N = 20260807, 200


def imported(ids):
    return any(i.startswith(("gn-", "adm-")) for i in ids.split("|"))


def main(mentions, corpus, seed=SEED, n=N):
    seed = int(seed)
    texts = {}
    for line in open(corpus, encoding="utf-8"):
        d = json.loads(line)
        t = d["text"]
        if d.get("title"):
            t = d["title"].strip() + "\n\n" + t
        texts[d["id"]] = t
    rows = [r for r in csv.DictReader(open(mentions, encoding="utf-8")) if imported(r["entity_id"])]
    n = min(n, len(rows))
    print(f"# {len(rows)} imported-place mentions; sample of {n}, seed {seed}", file=sys.stderr)
    for k, r in enumerate(random.Random(seed).sample(rows, n)):
        t, s, e = texts[r["doc"]], int(r["start"]), int(r["end"])
        ctx = lambda x: x.replace("\n", " ")
        print(k + 1, r["doc"], s, e, r["entity_id"], r["name_en"], "|", ctx(t[max(0, s - 40):s]), "[[", t[s:e], "]]", ctx(t[e:e + 40]), sep="\t")


def cli(argv):
    ap = argparse.ArgumentParser(description="Draw imported-place mentions to grade by hand.")
    ap.add_argument("mentions", help="CSV of `tarikh mentions` over the day's file")
    ap.add_argument("corpus", nargs="?", help="the day's SaudiNewsNet JSONL (default: from --day)")
    ap.add_argument("seed_pos", nargs="?", metavar="SEED", help="seed (same as --seed)")
    ap.add_argument("--seed", type=int, default=None, help=f"random seed (default {SEED})")
    ap.add_argument("--day", help="SaudiNewsNet day YYYY-MM-DD: the corpus file when none is given")
    ap.add_argument("--n", type=int, default=N, help=f"sample size (default {N})")
    a = ap.parse_args(argv)
    corpus = a.corpus
    if corpus is None:
        if not a.day:
            ap.error("give the corpus file or --day")
        shared = os.environ.get("TARIKH_SHARED", os.path.join("..", "shared"))
        corpus = os.path.join(shared, "corpus", "saudinewsnet", a.day + ".jsonl")
    elif a.day and not os.path.basename(corpus).startswith(a.day):
        ap.error(f"--day {a.day} but the corpus file is {corpus}")
    seed = a.seed if a.seed is not None else (a.seed_pos if a.seed_pos is not None else SEED)
    main(a.mentions, corpus, seed, a.n)


if __name__ == "__main__":
    cli(sys.argv[1:])
