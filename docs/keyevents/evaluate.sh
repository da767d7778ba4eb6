#!/bin/sh
# Run tarikh on the Yemen-war story of SaudiNewsNet and score its top dates
# against docs/keyevents/reference.md. Run from the repository root; needs
# ../shared (the corpus), Go and python3. Writes only under $TMPDIR.
set -eu
corpus=${CORPUS:-${TARIKH_SHARED:-../shared}/corpus/saudinewsnet}
tmp=${TMPDIR:-/tmp}/tarikh-keyevents
mkdir -p "$tmp"
python3 docs/keyevents/select.py "$corpus" > "$tmp/ids.txt"
python3 - "$corpus" "$tmp/ids.txt" > "$tmp/story.jsonl" <<'PY'
import json, os, sys
root, ids = sys.argv[1], set(open(sys.argv[2]).read().split())
for name in sorted(os.listdir(root)):
    if name.endswith(".jsonl"):
        for line in open(os.path.join(root, name), encoding="utf-8"):
            if json.loads(line)["id"] in ids:
                sys.stdout.write(line)
PY
echo "story: $(wc -l < "$tmp/ids.txt") articles"
go run ./cmd/tarikh events -q "$tmp/story.jsonl" -o "$tmp/events.csv"
python3 docs/keyevents/evaluate.py "$tmp/events.csv"
