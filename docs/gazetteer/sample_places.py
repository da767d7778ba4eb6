"""Draw the 200 imported-place mentions graded in places-precision.md.

Usage (from the repository root, with ../shared present):

    go run ./cmd/tarikh mentions ../shared/corpus/saudinewsnet/2015-08-07.jsonl -o /tmp/m0807.csv
    python3 docs/gazetteer/sample_places.py /tmp/m0807.csv ../shared/corpus/saudinewsnet/2015-08-07.jsonl [SEED]

An imported place is an entity of gazetteer/data/places.tsv or divisions.tsv
that is not a hand-written one (ids gn-... and adm-...; an ambiguous mention
counts when one of its candidates is). The sample is random.Random(SEED)
over those mentions in file order: SEED 20260807 drew sample 1, 20261205
sample 2 (see places-precision.md). The script prints each sampled row with
40 characters of context on either side, for reading only: the graded rows
kept in the repository name the article and offsets, never its text.
"""
import csv
import json
import random
import sys

SEED, N = 20260807, 200


def imported(ids):
    return any(i.startswith(("gn-", "adm-")) for i in ids.split("|"))


def main(mentions, corpus, seed=SEED):
    seed = int(seed)
    texts = {}
    for line in open(corpus, encoding="utf-8"):
        d = json.loads(line)
        t = d["text"]
        if d.get("title"):
            t = d["title"].strip() + "\n\n" + t
        texts[d["id"]] = t
    rows = [r for r in csv.DictReader(open(mentions, encoding="utf-8")) if imported(r["entity_id"])]
    print(f"# {len(rows)} imported-place mentions; sample of {N}, seed {seed}", file=sys.stderr)
    for k, r in enumerate(random.Random(seed).sample(rows, N)):
        t, s, e = texts[r["doc"]], int(r["start"]), int(r["end"])
        ctx = lambda x: x.replace("\n", " ")
        print(k + 1, r["doc"], s, e, r["entity_id"], r["name_en"], "|", ctx(t[max(0, s - 40):s]), "[[", t[s:e], "]]", ctx(t[e:e + 40]), sep="\t")


if __name__ == "__main__":
    main(*sys.argv[1:4])
