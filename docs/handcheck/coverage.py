#!/usr/bin/env python3
"""Share of the hand-listed names of docs/handcheck/coverage-gold.csv that a
tarikh binary's gazetteer finds (issue 12's coverage measure).

Usage:
    python3 docs/handcheck/coverage.py --tarikh BIN [--shared DIR] [--gold CSV]
                                       [--include-discovered] [--list] [-- TARIKH-FLAGS...]

It writes the ten gold articles (SaudiNewsNet 2015-08-07 and Reuters-21578
held-out lines, read from the shared corpus) to a temporary JSONL file, runs
`BIN mentions -q` on it (plus any flags after `--`, e.g. `--no-builtin` or a
`--gazetteer FILE`), and counts a gold name as found when a mention of the
same type (person, place, organization) covers one of its occurrences in the
article (title, blank line, body: the text tarikh reads). Occurrences are
found by exact string search of the name and of its other forms (short forms
that name the same entity: حمص for محافظة حمص, "U.S" for "U.S."), at word
boundaries (for Arabic, up to two proclitics و ف ب ك ل may precede), leaving
out occurrences inside a longer gold name of the same article. A mention
must cover a whole occurrence: "Senate" alone does not find the "Senate
Budget Committee", nor does الملك سلمان find the relief centre named after
him.

Mentions found by discovery (`via=discovered`, issue 11) do not count unless
--include-discovered is given: the measure is what the gazetteer knows.
The span test cannot see a wrong link of the right type (a gold "Ali" the
caliph found as some other Ali): --list prints every gold name with the
entity ids that matched it, to be read by hand; docs/handcheck/README.md
gives the figure after that reading.

The shared directory is $TARIKH_SHARED, else ../shared beside the repository
root (as internal/testshared).
"""

import argparse
import collections
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = {
    "snn-": os.path.join("corpus", "saudinewsnet", "2015-08-07.jsonl"),
    "reuters-": os.path.join("corpus", "reuters21578", "reuters21578.jsonl"),
}
TYPES = ("person", "place", "organization")
CLITICS = set("وفبكل")


def shared_dir():
    if os.environ.get("TARIKH_SHARED"):
        return os.environ["TARIKH_SHARED"]
    d = HERE
    while True:
        if os.path.exists(os.path.join(d, "go.mod")):
            return os.path.join(os.path.dirname(d), "shared")
        parent = os.path.dirname(d)
        if parent == d:
            return "shared"
        d = parent


def is_letter(ch):
    return unicodedata.category(ch)[0] in "LM"


def occurrences(text, name):
    """Yields (start, end) of name in text at word boundaries (code points)."""
    arabic = any("\u0600" <= c <= "\u06ff" for c in name)
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        after_ok = j >= len(text) or not is_letter(text[j])
        k = i
        if arabic:  # up to two proclitics before the name
            while k > 0 and i - k < 2 and text[k - 1] in CLITICS:
                k -= 1
        before_ok = k == 0 or not is_letter(text[k - 1])
        if before_ok and after_ok:
            yield i, j
        i = text.find(name, i + 1)


def load_articles(shared, ids):
    arts = {}
    for prefix, rel in CORPUS.items():
        want = {i for i in ids if i.startswith(prefix)}
        if not want:
            continue
        path = os.path.join(shared, rel)
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not want - arts.keys():
                    break
                j = json.loads(line)
                if j["id"] in want:
                    arts[j["id"]] = line
    missing = set(ids) - arts.keys()
    if missing:
        raise SystemExit(f"coverage.py: articles not found in {shared}: {sorted(missing)}")
    return arts


def article_text(line):
    j = json.loads(line)
    title, body = j.get("title") or "", j.get("text") or ""
    if title and body:
        return title + "\n\n" + body
    return title or body


def run_mentions(binary, lines, extra):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for line in lines:
            f.write(line.rstrip("\n") + "\n")
        path = f.name
    try:
        p = subprocess.run([binary, "mentions", "-q", *extra, path], capture_output=True, text=True)
    finally:
        os.unlink(path)
    if p.returncode not in (0, 1):
        raise SystemExit(f"coverage.py: {binary} mentions failed ({p.returncode}): {p.stderr.strip()}")
    return list(csv.DictReader(io.StringIO(p.stdout)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tarikh", required=True, help="the tarikh binary to measure")
    ap.add_argument("--shared", default=shared_dir(), help="shared data directory")
    ap.add_argument("--gold", default=os.path.join(HERE, "coverage-gold.csv"))
    ap.add_argument("--include-discovered", action="store_true", help="count via=discovered mentions too")
    ap.add_argument("--list", action="store_true", help="print every gold name with what matched it")
    ap.add_argument("extra", nargs="*", help="flags passed to `tarikh mentions` (after --)")
    args = ap.parse_args()

    with open(args.gold, newline="", encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    ids = sorted({g["article_id"] for g in gold})
    arts = load_articles(args.shared, ids)
    texts = {i: article_text(arts[i]) for i in ids}
    mentions = collections.defaultdict(list)
    for m in run_mentions(args.tarikh, [arts[i] for i in ids], args.extra):
        if m["via"] == "discovered" and not args.include_discovered:
            continue
        mentions[m["doc"]].append(m)

    # Occurrences of every gold name, minus those inside a longer gold name.
    spans = {}
    for n, g in enumerate(gold):
        forms = [g["name_as_written"]] + [x for x in g["other_forms"].split("|") if x]
        spans[n] = sorted({s for form in forms for s in occurrences(texts[g["article_id"]], form)})
        if not spans[n]:
            raise SystemExit(f"coverage.py: {g['name_as_written']!r} not found in {g['article_id']}")
    for n, g in enumerate(gold):
        others = [s for k, h in enumerate(gold) if k != n and h["article_id"] == g["article_id"] for s in spans[k]]
        kept = [s for s in spans[n] if not any(a <= s[0] and s[1] <= b and (b - a) > (s[1] - s[0]) for a, b in others)]
        spans[n] = kept or spans[n]

    found = collections.Counter()
    total = collections.Counter()
    out = csv.writer(sys.stdout, lineterminator="\n")
    if args.list:
        out.writerow(["article_id", "name_as_written", "gloss_en", "type", "found", "matched_ids"])
    for n, g in enumerate(gold):
        ids_hit = set()
        for m in mentions[g["article_id"]]:
            if m["type"] != g["type"]:
                continue
            a, b = int(m["start"]), int(m["end"])
            if any(a <= s and e <= b for s, e in spans[n]):
                ids_hit.add(f'{m["entity_id"]} ({m["via"]})')
        corpus = "snn" if g["article_id"].startswith("snn-") else "reuters"
        for key in ((corpus, g["type"]), ("all", g["type"]), (corpus, "all"), ("all", "all")):
            total[key] += 1
            found[key] += bool(ids_hit)
        if args.list:
            out.writerow([g["article_id"], g["name_as_written"], g["gloss_en"], g["type"],
                          "found" if ids_hit else "not found", "; ".join(sorted(ids_hit))])

    print(f"\ncoverage of {len(gold)} gold names in {len(ids)} articles by {args.tarikh}"
          + (" (discovered names counted)" if args.include_discovered else ""), file=sys.stdout)
    print(f"{'':10}" + "".join(f"{t:>16}" for t in TYPES + ("all",)))
    for corpus in ("snn", "reuters", "all"):
        cells = []
        for t in TYPES + ("all",):
            k = (corpus, t)
            cells.append(f"{found[k]}/{total[k]} {100 * found[k] / total[k]:.0f}%" if total[k] else "-")
        print(f"{corpus:10}" + "".join(f"{c:>16}" for c in cells))


if __name__ == "__main__":
    main()
