#!/usr/bin/env bash
# bench/soak.sh — soak test of `tarikh events` on every corpus JSONL file at
# once, with corrupted inputs mixed in (not run in CI: it takes minutes).
#
#   bash bench/soak.sh [--quick] [--bin PATH] [--workers N] [--keep]
#
# 1. clean run: tarikh events over all article JSONL files under
#    $shared/corpus (SaudiNewsNet + Reuters), in sorted order.
# 2. mixed run: the same files with corrupted copies interleaved (made in a
#    temp dir, ids prefixed "bad-" so their rows can be told apart):
#    a JSONL truncated mid-line, one with random bytes flipped, one with NUL
#    bytes inserted, a Windows-1256 re-encoding (iconv), an empty file and a
#    binary file. Then a run on a 4 MB article without punctuation (one
#    line; bench/internal/longtext) and one on the same text with it: events
#    found, time within 3x, peak RSS < 300 MB.
# 3. checks: the mixed run exits 1 (some inputs failed); every event of a
#    clean article in the clean run is in the mixed run, as (doc, type,
#    status) tuples restricted to the clean files' docs, types of a "prefer"
#    pair in timeline/data/types.yaml counted as one (merging may attach
#    bad- copies to a row, refine its date or relabel a visit as a meeting,
#    but never drops an article's event); peak RSS < 300 MB and RSS flat (max over the second half of the
#    run <= 1.5 x max over the first half), from `ps -o rss` every second
#    and /usr/bin/time -v.
# Prints PASS or FAIL per check and overall; exits 0 on PASS, 1 on FAIL.
#
#   --quick      two SaudiNewsNet files and Reuters' first 2000 lines only
#   --bin PATH   soak this tarikh binary instead of building one
#   --workers N  default: nproc
#   --keep       keep the temp dir (outputs, RSS log) and print its path
set -euo pipefail

quick=0 bin="" keep=0 workers="$(nproc)"
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1 ;;
    --bin) bin="$2"; shift ;;
    --bin=*) bin="${1#*=}" ;;
    --workers) workers="$2"; shift ;;
    --workers=*) workers="${1#*=}" ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "soak.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
if [ -n "${TARIKH_SHARED:-}" ]; then shared="$TARIKH_SHARED"
elif [ -d "$root/../shared" ]; then shared="$(cd "$root/../shared" && pwd)"
else shared=/work/shared
fi
[ -d "$shared/corpus" ] || { echo "soak.sh: no corpus under $shared (set TARIKH_SHARED)" >&2; exit 2; }

py=/usr/bin/python3
command -v "$py" >/dev/null || py="$(command -v python3 || true)"
[ -n "$py" ] || { echo "soak.sh: needs python3 to compare CSV outputs" >&2; exit 2; }
command -v iconv >/dev/null || { echo "soak.sh: needs iconv (package libc-bin)" >&2; exit 2; }
timev=/usr/bin/time
if [ ! -x "$timev" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time) >/dev/null 2>&1 || true
fi
[ -x "$timev" ] || { echo "soak.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tarikh-soak.XXXXXX")"
if [ "$keep" = 1 ]; then trap 'echo "kept $tmp" >&2' EXIT; else trap 'rm -rf "$tmp"' EXIT; fi

if [ -z "$bin" ]; then
    echo "building tarikh ..." >&2
    (cd "$root" && go build -o "$tmp/tarikh" ./cmd/tarikh)
    bin="$tmp/tarikh"
fi
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"

# --- inputs -------------------------------------------------------------------
# every article JSONL under corpus/ (first line has a "text" field); the
# gazetteer's JSONL files are place lists, not articles, and are left out
clean=() skipped=()
while IFS= read -r f; do
    if head -n 1 "$f" | grep -q '"text" *:'; then clean+=("$f"); else skipped+=("${f#"$shared"/}"); fi
done < <(find "$shared/corpus" -name '*.jsonl' -type f | LC_ALL=C sort)
[ "${#skipped[@]}" = 0 ] || echo "not articles, left out: ${skipped[*]}" >&2
if [ "$quick" = 1 ]; then
    mkdir -p "$tmp/quick"
    head -n 2000 "$shared/corpus/reuters21578/reuters21578.jsonl" >"$tmp/quick/reuters-head.jsonl"
    clean=("$shared/corpus/saudinewsnet/2015-08-09.jsonl" "$shared/corpus/saudinewsnet/2015-08-10.jsonl"
        "$tmp/quick/reuters-head.jsonl")
fi
# a long article without punctuation (a transcript, stripped OCR text): 4 MB
# of SaudiNewsNet as one line with no sentence end (800 KB with --quick),
# and the same text with its punctuation; read in a run of their own (a
# single large article would blur the RSS-flatness check of the others)
long_bytes=4000000
[ "$quick" = 1 ] && long_bytes=800000
mkdir -p "$tmp/long"
long_ok=1
(cd "$root" && go run ./bench/internal/longtext make -bytes "$long_bytes" -dir "$tmp/long" \
    "$shared/corpus/saudinewsnet/2015-07-21.jsonl" "$shared/corpus/saudinewsnet/2015-07-22.jsonl") >&2 || long_ok=0
snn_src() { # a SaudiNewsNet file to corrupt (the last ones, or the quick ones)
    local f="$shared/corpus/saudinewsnet/$1"
    [ -f "$f" ] || f="${clean[0]}"
    echo "$f"
}
bad="$tmp/bad"
mkdir -p "$bad"
rename_ids() { sed 's/"id": *"/"id": "bad-/'; }

echo "making corrupted inputs in $bad ..." >&2
# truncated mid-line: the first half of a file, cut inside an article
f=$(snn_src 2015-08-09.jsonl); n=$(wc -c <"$f")
rename_ids <"$f" | head -c $((n / 2)) >"$bad/truncated.jsonl" || true
# random bytes flipped (seeded, so every run corrupts the same way)
rename_ids <"$(snn_src 2015-08-10.jsonl)" >"$bad/flipped.jsonl"
"$py" - "$bad/flipped.jsonl" <<'EOF'
import random, sys
p = sys.argv[1]; b = bytearray(open(p, "rb").read()); r = random.Random(7)
for _ in range(max(1, len(b) // 20000)):   # ~50 flips per MB
    i = r.randrange(len(b)); b[i] ^= 1 << r.randrange(8)
open(p, "wb").write(b)
EOF
# NUL bytes inserted
rename_ids <"$(snn_src 2015-08-11.jsonl)" >"$bad/nul.jsonl"
"$py" - "$bad/nul.jsonl" <<'EOF'
import random, sys
p = sys.argv[1]; b = bytearray(open(p, "rb").read()); r = random.Random(11)
for _ in range(max(1, len(b) // 50000)):
    b[r.randrange(len(b)):0] = b"\x00" * r.randrange(1, 9)
open(p, "wb").write(b)
EOF
# Windows-1256 re-encoding (-c drops the few characters cp1256 lacks)
rename_ids <"$(snn_src 2015-08-08.jsonl)" | iconv -c -f utf-8 -t cp1256 >"$bad/cp1256.jsonl" || true
# a corrupted English file too: Reuters with bytes flipped
rename_ids <"${clean[${#clean[@]}-1]}" | head -n 3000 >"$bad/reuters-flipped.jsonl"
"$py" - "$bad/reuters-flipped.jsonl" <<'EOF'
import random, sys
p = sys.argv[1]; b = bytearray(open(p, "rb").read()); r = random.Random(13)
for _ in range(max(1, len(b) // 20000)):
    i = r.randrange(len(b)); b[i] = r.randrange(256)
open(p, "wb").write(b)
EOF
: >"$bad/empty.jsonl"
"$py" -c 'import random,sys; r=random.Random(5); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(1<<20)))' >"$bad/binary.jsonl"
mapfile -t bads < <(LC_ALL=C ls "$bad"/*.jsonl)

# interleave: one corrupted file after every k clean ones
mixed=()
k=$(((${#clean[@]} + ${#bads[@]} - 1) / ${#bads[@]}))
[ "$k" -ge 1 ] || k=1
j=0
for i in "${!clean[@]}"; do
    mixed+=("${clean[$i]}")
    if [ $(((i + 1) % k)) = 0 ] && [ "$j" -lt "${#bads[@]}" ]; then mixed+=("${bads[$j]}"); j=$((j + 1)); fi
done
while [ "$j" -lt "${#bads[@]}" ]; do mixed+=("${bads[$j]}"); j=$((j + 1)); done

clean_mb=$(cat "${clean[@]}" | wc -c | awk '{printf "%.1f", $1/1e6}')
bad_mb=$(cat "${bads[@]}" | wc -c | awk '{printf "%.1f", $1/1e6}')
echo "tarikh soak  $(date -u +%Y-%m-%dT%H:%MZ)  commit $commit  workers $workers  load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "clean: ${#clean[@]} files, $clean_mb MB;  corrupted: ${#bads[@]} files, $bad_mb MB ($(cd "$bad" && echo *.jsonl))"

# --- runs -----------------------------------------------------------------------
# soak NAME FILE...: tarikh events -> $tmp/NAME.csv; RSS sampled every second
# into $tmp/NAME.rss ("seconds rss_kB"); sets r_rc r_wall r_peak_mb.
soak() {
    local name=$1; shift
    : >"$tmp/$name.rss"
    local t0=$EPOCHREALTIME
    "$timev" -v -o "$tmp/$name.time" "$bin" events --workers "$workers" -o "$tmp/$name.csv" "$@" \
        2>"$tmp/$name.err" &
    local tpid=$! child="" rss
    while kill -0 "$tpid" 2>/dev/null; do
        [ -n "$child" ] || child=$(ps -o pid= --ppid "$tpid" 2>/dev/null | tr -d ' ' || true)
        if [ -n "$child" ] && rss=$(ps -o rss= -p "$child" 2>/dev/null); then
            echo "$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}') ${rss// /}" >>"$tmp/$name.rss"
        fi
        sleep 1
    done
    r_rc=0
    wait "$tpid" || r_rc=$?
    r_wall=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}')
    r_peak_mb=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$tmp/$name.time")
}

echo "clean run ..." >&2
soak clean "${clean[@]}"
c_rc=$r_rc c_wall=$r_wall c_peak=$r_peak_mb
echo "mixed run ..." >&2
soak mixed "${mixed[@]}"
m_rc=$r_rc m_wall=$r_wall m_peak=$r_peak_mb

if [ "$long_ok" = 1 ]; then
    echo "long articles ..." >&2
    soak long-punct "$tmp/long/long-punct.txt"
    lp_rc=$r_rc lp_wall=$r_wall lp_peak=$r_peak_mb
    soak long-nopunct "$tmp/long/long-nopunct.txt"
    ln_rc=$r_rc ln_wall=$r_wall ln_peak=$r_peak_mb
fi

# --- checks -----------------------------------------------------------------------
touch "$tmp/clean.csv" "$tmp/mixed.csv"
fail=0
check() { # check OK|FAIL TEXT
    echo "$1  $2"
    [ "$1" = PASS ] || fail=1
}
echo
echo "clean run: exit $c_rc, $c_wall s, peak RSS $c_peak MB, $(wc -l <"$tmp/clean.csv") CSV lines"
echo "mixed run: exit $m_rc, $m_wall s, peak RSS $m_peak MB, $(wc -l <"$tmp/mixed.csv") CSV lines, $(grep -c . "$tmp/mixed.err" || true) lines on stderr; diagnostics per input:"
{ grep -E '^tarikh: [^ ]+: ' "$tmp/mixed.err" | sed -E 's/^tarikh: ([^:]*)(:[0-9]+)?: .*/\1/' | sed "s|^$tmp/||; s|^$shared/||" |
    sort | uniq -c | sort -rn | head -12 | sed 's/^/    /'; } || true
grep -v '^tarikh: [^ ]*:[0-9]*: ' "$tmp/mixed.err" | head -5 | cut -c1-200 | sed 's/^/    other: /' || true

[ "$c_rc" = 0 ] && check PASS "clean run exits 0" || check FAIL "clean run exits $c_rc (want 0): $(head -2 "$tmp/clean.err")"
[ "$m_rc" = 1 ] && check PASS "mixed run exits 1 (some inputs failed, results for the rest written)" ||
    check FAIL "mixed run exits $m_rc (want 1)"

# every clean article's events: (doc, type, status) tuples of clean docs
cmp_out=$("$py" - "$root/timeline/data/types.yaml" "$tmp/clean.csv" "$tmp/mixed.csv" "${clean[@]}" <<'EOF'
import csv, json, re, sys
csv.field_size_limit(1 << 30)
# Merging relabels the types of a "prefer" pair (a visit merged with a meeting
# is a meeting), so types are compared by pair group.
group = {}
try:
    inprefer = False
    for line in open(sys.argv.pop(1), encoding="utf-8"):
        if re.match(r"^prefer:", line):
            inprefer = True
            continue
        if inprefer:
            m = re.match(r"^\s*-\s*\[\s*([\w-]+)\s*,\s*([\w-]+)\s*\]", line)
            if not m:
                if line.strip() and not line.lstrip().startswith("#"):
                    inprefer = False
                continue
            a, b = m.groups()
            ga, gb = group.get(a, a), group.get(b, b)
            for k, v in list(group.items()):
                if v == gb:
                    group[k] = ga
            group[a] = group[b] = ga
except OSError:
    pass
def tuples(path, keep=None):
    out, rows = set(), 0
    with open(path, newline="", encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            if "docs" not in row:
                break
            rows += 1
            for d in filter(None, row["docs"].split(";")):
                if keep is None or d in keep:
                    out.add((d, group.get(row["type"], row["type"]), row["status"]))
    return out, rows
ids = set()
for p in sys.argv[3:]:
    with open(p, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                ids.add(str(json.loads(line)["id"]))
            except Exception:
                pass
clean, crows = tuples(sys.argv[1])
mixed, mrows = tuples(sys.argv[2], ids)
missing = clean - mixed
extra = mixed - clean
print(len(clean), len(mixed), len(missing), len(extra), crows, mrows, len({t[0] for t in clean}))
for t in sorted(missing)[:5]:
    print("missing", *t, file=sys.stderr)
EOF
)
read -r n_clean n_mixed n_missing n_extra c_rows m_rows c_docs <<<"$cmp_out"
msg="clean run: $c_rows event rows, $n_clean (doc,type,status) tuples from $c_docs articles; mixed run restricted to clean docs: $n_mixed tuples, missing $n_missing, extra $n_extra"
if [ "$n_clean" -gt 0 ] && [ "$n_missing" = 0 ]; then check PASS "every clean article's events came out ($msg)"
elif [ "$n_clean" = 0 ]; then check FAIL "the clean run found no events at all ($msg)"
else check FAIL "events of clean articles missing from the mixed run ($msg)"
fi

# memory
mem=$(awk '{s[NR]=$2} END{
    n=NR; if (n==0) {print "0 0 0 0 0 0"; exit}
    h=int(n/2); if (h<1) h=1; a=0; b=0
    for (i=1;i<=n;i++) { if (i<=h) {if (s[i]>a) a=s[i]} else {if (s[i]>b) b=s[i]} }
    if (b==0) b=a
    q1=s[int((n+3)/4)]; q2=s[int((n+1)/2)]; q3=s[int((3*n+3)/4)]
    printf "%d %.0f %.0f %.0f %.0f %.2f\n", n, q1/1024, q2/1024, q3/1024, s[n]/1024, (a>0)?b/a:0}' "$tmp/mixed.rss")
read -r n_samp q1 q2 q3 q4 growth <<<"$mem"
echo "     RSS samples (mixed run, every 1 s): $n_samp; at 25/50/75/100% of the run: $q1 / $q2 / $q3 / $q4 MB; max 2nd half / max 1st half = $growth"
[ "${m_peak:-999999}" -lt 300 ] && check PASS "peak RSS $m_peak MB < 300 MB" || check FAIL "peak RSS $m_peak MB (target < 300 MB)"
if [ "$n_samp" -lt 4 ]; then check PASS "RSS flat (too short a run to judge: $n_samp samples)"
elif awk -v g="$growth" 'BEGIN{exit !(g<=1.5)}'; then check PASS "RSS flat (growth $growth <= 1.5)"
else check FAIL "RSS grows over the run (growth $growth > 1.5)"
fi

# the long article without punctuation
if [ "$long_ok" = 1 ]; then
    lp_rows=$(grep -c . "$tmp/long-punct.csv" || true) ln_rows=$(grep -c . "$tmp/long-nopunct.csv" || true)
    echo "long article ($long_bytes bytes): with punctuation exit $lp_rc, $lp_wall s, peak $lp_peak MB, $lp_rows CSV lines;" \
        "without exit $ln_rc, $ln_wall s, peak $ln_peak MB, $ln_rows CSV lines"
    echo "    $(cd "$root" && go run ./bench/internal/longtext compare "$tmp/long-punct.csv" "$tmp/long-nopunct.csv" | tail -1)"
    if [ "$ln_rc" = 0 ] && [ "$ln_rows" -gt 1 ]; then check PASS "events found in the long article without punctuation"
    else check FAIL "the long article without punctuation: exit $ln_rc, $ln_rows CSV lines"
    fi
    if awk -v a="$ln_wall" -v b="$lp_wall" 'BEGIN{exit !(a <= 3*b + 1)}'; then
        check PASS "without punctuation within 3x of with it ($ln_wall s vs $lp_wall s; +1 s for start-up and load)"
    else check FAIL "without punctuation $ln_wall s, with it $lp_wall s: over 3x"
    fi
    [ "${ln_peak:-999999}" -lt 300 ] && check PASS "long article peak RSS $ln_peak MB < 300 MB" ||
        check FAIL "long article peak RSS $ln_peak MB (target < 300 MB)"
else
    check FAIL "no long article without punctuation (bench/internal/longtext failed)"
fi

echo
if [ "$fail" = 0 ]; then echo "SOAK PASS"; else echo "SOAK FAIL"; fi
exit "$fail"
