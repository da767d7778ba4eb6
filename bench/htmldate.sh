#!/usr/bin/env bash
# bench/htmldate.sh — web pages' publication dates: tarikh against go-htmldate
# on htmldate's thousand pages with known dates.
#
#   bash bench/htmldate.sh
#
# The pages and their dates (annotated by htmldate's authors) ship in the Go
# module github.com/markusmobius/go-htmldate v1.10.1 (test-files/ and
# scripts/comparison/data-*.go). The script downloads it into the module
# cache from the Go module proxy (through the throwaway module
# bench/peers/htmldate, which also builds the go-htmldate peer), then:
#   1. runs input's TestPageDatesCorpus: tarikh reads every page as it reads
#      a .html input and its date is compared with the label, by language
#      (tarikh reads dates in words in English and Arabic: the target is 90%
#      of those pages right); the peer's dates are scored the same way;
#   2. times the peer on the same pages, and the start-up cost of each
#      binary (time and peak RSS of a run on no input), and their sizes.
# The pages are never copied into the repository: they belong to their
# publishers.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
peer="$here/peers/htmldate"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/tarikh-htmldate.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

echo "downloading go-htmldate v1.10.1 and building the peer ..." >&2
(cd "$peer" && go mod download github.com/markusmobius/go-htmldate && go build -o "$tmp/peer" .)
dir="$(cd "$peer" && go list -m -f '{{.Dir}}' github.com/markusmobius/go-htmldate)"
(cd "$root" && go build -o "$tmp/tarikh" ./cmd/tarikh)

# the pages, as the test resolves them: comparison/, else mock/; mediacloud/
pages=()
while read -r name; do
    if [ -f "$dir/test-files/comparison/$name" ]; then pages+=("$dir/test-files/comparison/$name")
    else pages+=("$dir/test-files/mock/$name"); fi
done < <(grep -o 'File: *"[^"]*"' "$dir/scripts/comparison/data-default.go" | sed 's/.*"\(.*\)"/\1/' | awk '!seen[$0]++')
while read -r name; do pages+=("$dir/test-files/mediacloud/$name")
done < <(grep -o 'File: *"[^"]*"' "$dir/scripts/comparison/data-mediacloud.go" | sed 's/.*"\(.*\)"/\1/' | awk '!seen[$0]++')

echo "tarikh web-page dates  $(date -u +%Y-%m-%dT%H:%MZ)  commit $(git -C "$root" rev-parse --short HEAD)  load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "${#pages[@]} pages from $dir"
echo
echo "go-htmldate on the pages ..." >&2
"$tmp/peer" "${pages[@]}" >"$tmp/peer.tsv" 2>"$tmp/peer.err"
cat "$tmp/peer.err"
echo "tarikh on the pages ..." >&2
(cd "$root" && TARIKH_HTMLDATE="$dir" TARIKH_HTMLDATE_ALL=1 TARIKH_HTMLDATE_PEER="$tmp/peer.tsv" \
    go test ./input -run 'TestPageDates' -count=1 -v 2>&1) | grep -E 'pagedate_corpus_test|^(--- |ok|FAIL)' | sed 's/^ *pagedate_corpus_test.go:[0-9]*: /  /'
echo
if [ -x /usr/bin/time ]; then
    for b in tarikh peer; do
        args=(); [ "$b" = tarikh ] && args=(version)
        /usr/bin/time -f "start-up of $b (a run on no input): %e s, peak RSS %M KB" "$tmp/$b" "${args[@]}" >/dev/null
    done 2>&1
fi
echo "binary sizes: tarikh $(stat -c %s "$tmp/tarikh") bytes; the peer (go-htmldate and a main) $(stat -c %s "$tmp/peer") bytes"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
