#!/usr/bin/env bash
# bench/run.sh — tarikh throughput benchmark on the real corpora, with peers.
#
#   bash bench/run.sh [--quick] [--no-peers] [--repeat N] [--bin PATH] [--tsv FILE]
#
# Builds tarikh, then times `tarikh events|dates|mentions` on the whole
# SaudiNewsNet folder and on the Reuters JSONL with --workers 1 and
# --workers $(nproc); checks that `tarikh events` throughput is flat from
# 10 MB to 100 MB of SaudiNewsNet; and times `tarikh dates` against
# go-dateparser and Python dateparser on the same 1 MB slice of Arabic
# articles; and times `tarikh events` on a long article without punctuation
# beside the same text with it (800 KB, and 4 MB unless --quick). See
# bench/README.md for what every number means.
#
#   --quick      smoke run: one 5 MB SaudiNewsNet file only (flatness 1 MB vs 5 MB)
#   --no-peers   skip go-dateparser and Python dateparser
#   --repeat N   run every measurement N times and keep the fastest (default 1)
#   --bin PATH   measure this tarikh binary instead of building one
#   --tsv FILE   also write every measurement as tab-separated values to FILE
#
# The corpora are read where they are (never copied into the repository):
# $TARIKH_SHARED, else ../shared beside the repository, else /work/shared.
set -euo pipefail

quick=0 peers=1 repeat=1 bin="" tsv=""
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1 ;;
    --no-peers) peers=0 ;;
    --repeat) repeat="$2"; shift ;;
    --repeat=*) repeat="${1#*=}" ;;
    --bin) bin="$2"; shift ;;
    --bin=*) bin="${1#*=}" ;;
    --tsv) tsv="$2"; shift ;;
    --tsv=*) tsv="${1#*=}" ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

find_shared() {
    if [ -n "${TARIKH_SHARED:-}" ]; then echo "$TARIKH_SHARED"
    elif [ -d "$root/../shared" ]; then (cd "$root/../shared" && pwd)
    else echo /work/shared
    fi
}
shared="$(find_shared)"
snn="$shared/corpus/saudinewsnet"
reuters="$shared/corpus/reuters21578/reuters21578.jsonl"
if [ ! -d "$snn" ]; then
    echo "run.sh: no SaudiNewsNet corpus at $snn (set TARIKH_SHARED)" >&2
    exit 2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tarikh-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
ncpu="$(nproc)"

# --- tools --------------------------------------------------------------
sysinstall() { # sysinstall PACKAGE: apt-get install when possible; says why not
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        echo "run.sh: cannot install $1 (not root or no apt-get)" >&2
        return 1
    fi
    if [ ! -e "$tmp/.apt-updated" ]; then
        apt-get update -qq >"$tmp/apt.log" 2>&1 || { echo "run.sh: apt-get update failed: $(tail -1 "$tmp/apt.log")" >&2; return 1; }
        touch "$tmp/.apt-updated"
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >>"$tmp/apt.log" 2>&1 ||
        { echo "run.sh: apt-get install $1 failed: $(tail -1 "$tmp/apt.log")" >&2; return 1; }
}
timev=/usr/bin/time
if [ ! -x "$timev" ]; then
    sysinstall time || true
fi
[ -x "$timev" ] || timev=""
# rusage.py reads the same figures in microseconds (time -v rounds CPU time
# to hundredths: a sixth of a 1 MB run's); time -v when there is no python.
if [ -x /usr/bin/python3 ] && /usr/bin/python3 "$here/rusage.py" -o /dev/null true 2>/dev/null; then
    timev="rusage"
fi

# --- build --------------------------------------------------------------
if [ -z "$bin" ]; then
    echo "building tarikh ..." >&2
    (cd "$root" && go build -o "$tmp/tarikh" ./cmd/tarikh)
    bin="$tmp/tarikh"
fi
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit+dirty"; fi

# --- measuring ------------------------------------------------------------
# measure LABEL -- CMD...: runs CMD (stdin from $m_stdin or /dev/null,
# stdout to $m_out), best of $repeat runs. Sets m_wall m_cpu m_rss_mb m_rc.
m_stdin=/dev/null m_out=/dev/null
measure() {
    shift # the label is for reading the call only
    [ "$1" = -- ] && shift
    local best="" i t0 t1 wall cpu rss rc
    for ((i = 0; i < repeat; i++)); do
        rc=0
        t0=$EPOCHREALTIME
        if [ "$timev" = rusage ]; then
            /usr/bin/python3 "$here/rusage.py" -o "$tmp/time.txt" "$@" <"$m_stdin" >"$m_out" 2>"$tmp/stderr.txt" || rc=$?
        elif [ -n "$timev" ]; then
            "$timev" -v -o "$tmp/time.txt" "$@" <"$m_stdin" >"$m_out" 2>"$tmp/stderr.txt" || rc=$?
        else
            "$@" <"$m_stdin" >"$m_out" 2>"$tmp/stderr.txt" || rc=$?
        fi
        t1=$EPOCHREALTIME
        wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b-a}')
        if [ -n "$timev" ]; then
            cpu=$(awk -F': ' '/User time|System time/{s+=$2} END{printf "%.3f", s}' "$tmp/time.txt")
            rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$tmp/time.txt")
        else
            cpu="-" rss="-"
        fi
        if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN{exit !(a<b)}'; then
            best=$wall m_wall=$wall m_cpu=$cpu m_rss_mb=$rss m_rc=$rc
        fi
    done
}

bytes_of() { cat "$@" | wc -c; }
lines_of() { cat "$@" | grep -c . || true; }
csv_rows() { # records of a CSV file less its header (quoted newlines allowed)
    if [ ! -s "$1" ]; then echo 0; return; fi
    if [ -x /usr/bin/python3 ]; then
        /usr/bin/python3 -c 'import csv,sys; csv.field_size_limit(1<<30); print(max(0, sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8", errors="replace")))-1))' "$1"
    else
        echo $(($(wc -l <"$1") - 1))
    fi
}

# supports CMD: does this tarikh have subcommand CMD? (pending ones exit 2)
supports() {
    printf '{"id":"x","date":"2015-08-02","title":"t","text":"اليوم"}\n' >"$tmp/probe.jsonl"
    local rc=0
    "$bin" "$1" -q "$tmp/probe.jsonl" >/dev/null 2>"$tmp/probe.err" || rc=$?
    [ "$rc" -ne 2 ]
}

rows=()        # printable table rows
row() {        # row COMMAND CORPUS WORKERS BYTES ARTICLES [OUTROWS]
    local cmd=$1 corpus=$2 w=$3 bytes=$4 arts=$5 outrows=${6:--}
    local mb mbs aps mbc
    mbc=$(awk -v b="$bytes" -v s="$m_cpu" 'BEGIN{if (s=="-"||s<=0) print "-"; else printf "%.2f", b/1e6/s}')
    mb=$(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}')
    mbs=$(awk -v b="$bytes" -v s="$m_wall" 'BEGIN{printf "%.2f", (s>0)?b/1e6/s:0}')
    aps=$(awk -v a="$arts" -v s="$m_wall" 'BEGIN{printf "%.0f", (s>0)?a/s:0}')
    local status=ok
    [ "$m_rc" = 0 ] || status="exit $m_rc"
    rows+=("$(printf '%-9s %-13s %7s %7s %8s %7s %7s %9s %8s %8s %9s  %s' \
        "$cmd" "$corpus" "$w" "$mb" "$m_wall" "$m_cpu" "$mbs" "$aps" "$m_rss_mb" "$mbc" "$outrows" "$status")")
    if [ -n "$tsv" ]; then
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$commit" "$cmd" "$corpus" "$w" "$mb" "$m_wall" \
            "$m_cpu" "$mbs" "$aps" "$m_rss_mb" "$mbc" "$outrows" "$status" >>"$tsv"
    fi
}
header() {
    printf '%-9s %-13s %7s %7s %8s %7s %7s %9s %8s %8s %9s  %s\n' \
        command corpus workers MB seconds cpu_s MB/s art/s rss_MB MB/cpu_s out_rows status
}

echo "tarikh benchmark  $(date -u +%Y-%m-%dT%H:%MZ)  commit $commit  $(go version 2>/dev/null | awk '{print $3}')  $ncpu cores  load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "shared: $shared"
[ -n "$tsv" ] && printf 'commit\tcommand\tcorpus\tworkers\tMB\tseconds\tcpu_s\tMB_per_s\tarticles_per_s\trss_MB\tMB_per_cpu_s\tout_rows\tstatus\n' >"$tsv"

# --- 1. commands x corpora x workers ----------------------------------------
snn_files=("$snn"/*.jsonl)
if [ "$quick" = 1 ]; then
    snn_files=("$snn/2015-08-07.jsonl") # 5.05 MB
fi
corpora=(saudinewsnet)
declare -A stage_cpu # CPU seconds of each stage on SaudiNewsNet, --workers 1
[ "$quick" = 0 ] && [ -f "$reuters" ] && corpora+=(reuters)

cmds=()
for c in events dates mentions; do
    if supports "$c"; then cmds+=("$c"); else
        echo "note: tarikh $c is not available in this build ($(head -1 "$tmp/probe.err")); skipped" >&2
    fi
done

for corpus in "${corpora[@]}"; do
    if [ "$corpus" = saudinewsnet ]; then files=("${snn_files[@]}"); else files=("$reuters"); fi
    bytes=$(bytes_of "${files[@]}")
    arts=$(lines_of "${files[@]}")
    for c in "${cmds[@]}"; do
        for w in 1 "$ncpu"; do
            echo "  $c $corpus --workers $w ..." >&2
            m_out=/dev/null
            measure "$c" -- "$bin" "$c" -q --workers "$w" -o "$tmp/out.csv" "${files[@]}"
            row "$c" "$corpus" "$w" "$bytes" "$arts" "$(csv_rows "$tmp/out.csv")"
            rm -f "$tmp/out.csv"
            if [ "$corpus" = saudinewsnet ] && [ "$w" = 1 ]; then stage_cpu[$c]=$m_cpu; fi
        done
    done
done

# --- 1b. stages: what each part costs next to the floor ------------------------
# The floor reads the same files, decodes each JSON line and makes one pass
# over the runes of title and text (bench/internal/floor); `tarikh articles`
# reads as tarikh does (decoding, language, dates of the articles); dates,
# mentions and events (measured above) add the normalization and their own
# stage. All --workers 1 on the SaudiNewsNet files.
stage_bytes=$(bytes_of "${snn_files[@]}")
echo "  stages: the floor ..." >&2
(cd "$root" && go build -o "$tmp/floor" ./bench/internal/floor)
measure floor -- "$tmp/floor" "${snn_files[@]}"
stage_cpu[floor]=$m_cpu
row floor saudinewsnet 1 "$stage_bytes" "$(lines_of "${snn_files[@]}")"
if supports articles; then
    echo "  stages: tarikh articles --workers 1 ..." >&2
    measure articles -- "$bin" articles -q --workers 1 -o "$tmp/out.csv" "${snn_files[@]}"
    stage_cpu[articles]=$m_cpu
    row articles saudinewsnet 1 "$stage_bytes" "$(lines_of "${snn_files[@]}")" "$(csv_rows "$tmp/out.csv")"
    rm -f "$tmp/out.csv"
fi

# --- 2. flatness: tarikh events on 10 MB and on 100 MB of SaudiNewsNet --------
# Whole articles in file order up to the size, concatenated into temp files.
take() { # take BYTES FILE...: the first whole lines totalling about BYTES
    local limit=$1; shift
    # (cat dies of SIGPIPE when awk has enough; that is not a failure)
    cat "$@" | LC_ALL=C awk -v lim="$limit" '{n+=length($0)+1; print; if (n>=lim) exit}' || true
}
if [ "$quick" = 1 ]; then small=1000000 large=5000000; else small=10000000 large=100000000; fi
take "$small" "${snn_files[@]}" >"$tmp/flat-small.jsonl"
take "$large" "${snn_files[@]}" >"$tmp/flat-large.jsonl"
declare -A flat
for size in small large; do
    f="$tmp/flat-$size.jsonl"
    b=$(wc -c <"$f"); a=$(lines_of "$f")
    echo "  events flatness $size ($b bytes) ..." >&2
    measure "events" -- "$bin" events -q --workers "$ncpu" -o "$tmp/out.csv" "$f"
    row events "snn-$(awk -v b="$b" 'BEGIN{printf "%.0fMB", b/1e6}')" "$ncpu" "$b" "$a" "$(csv_rows "$tmp/out.csv")"
    rm -f "$tmp/out.csv"
    flat[$size]=$(awk -v b="$b" -v s="$m_wall" 'BEGIN{printf "%.3f", b/1e6/s}')
    flat[${size}_cpu]=$(awk -v b="$b" -v s="$m_cpu" 'BEGIN{printf "%.3f", (s>0)?b/1e6/s:0}')
done
rm -f "$tmp"/flat-*.jsonl

# --- 3. peers on the same 1 MB slice -----------------------------------------
peer_lines=()
if [ "$peers" = 1 ]; then
    slice="$tmp/slice.jsonl"
    take 1000000 "$snn/2015-08-02.jsonl" >"$slice"
    sb=$(wc -c <"$slice"); sa=$(lines_of "$slice")
    m_stdin=/dev/null
    declare -A pmbs pcpu pfound
    # tarikh dates (or events, if dates is missing) on the slice
    if printf '%s\n' "${cmds[@]}" | grep -qx dates; then
        for w in 1 "$ncpu"; do
            echo "  tarikh dates on the 1 MB slice --workers $w ..." >&2
            measure dates -- "$bin" dates -q --workers "$w" -o "$tmp/out.csv" "$slice"
            n=$(csv_rows "$tmp/out.csv"); rm -f "$tmp/out.csv"
            row dates "slice-1MB" "$w" "$sb" "$sa" "$n"
            pmbs["tarikh-w$w"]=$(awk -v b="$sb" -v s="$m_wall" 'BEGIN{printf "%.3f", b/1e6/s}')
            pcpu["tarikh-w$w"]=$(awk -v b="$sb" -v s="$m_cpu" 'BEGIN{printf "%.3f", (s>0)?b/1e6/s:0}')
            pfound["tarikh-w$w"]=$n
        done
    else
        echo "note: no tarikh dates in this build; peer ratios cannot be computed" >&2
    fi

    # go-dateparser, built in its own throwaway module
    echo "  building the go-dateparser peer ..." >&2
    if (cd "$here/peers/godateparser" && go build -o "$tmp/godateparser" .) 2>"$tmp/gdp-build.log"; then
        echo "  go-dateparser on the 1 MB slice ..." >&2
        m_stdin="$slice" m_out="$tmp/peer.out"
        measure gdp -- "$tmp/godateparser" -lang ar
        m_stdin=/dev/null m_out=/dev/null
        n=$(wc -l <"$tmp/peer.out")
        row go-dp "slice-1MB" 1 "$sb" "$sa" "$n"
        pmbs[go-dateparser]=$(awk -v b="$sb" -v s="$m_wall" 'BEGIN{printf "%.3f", b/1e6/s}')
        pcpu[go-dateparser]=$(awk -v b="$sb" -v s="$m_cpu" 'BEGIN{printf "%.3f", (s>0)?b/1e6/s:0}'); pfound[go-dateparser]=$n
    else
        echo "note: go-dateparser peer did not build, skipped: $(tail -3 "$tmp/gdp-build.log")" >&2
    fi

    # Debian's python3-dateparser (needs Debian's python, not a pyenv one)
    py=/usr/bin/python3
    if [ -x "$py" ] && ! "$py" -c 'import dateparser' 2>/dev/null; then
        echo "  installing python3-dateparser ..." >&2
        sysinstall python3-dateparser || true
    fi
    if [ -x "$py" ] && "$py" -c 'import dateparser' 2>/dev/null; then
        echo "  python dateparser on the 1 MB slice ..." >&2
        m_stdin="$slice" m_out="$tmp/peer.out"
        measure pydp -- "$py" -W ignore "$here/peers/pydateparser.py" ar
        m_stdin=/dev/null m_out=/dev/null
        n=$(wc -l <"$tmp/peer.out")
        row py-dp "slice-1MB" 1 "$sb" "$sa" "$n"
        pmbs[python-dateparser]=$(awk -v b="$sb" -v s="$m_wall" 'BEGIN{printf "%.3f", b/1e6/s}')
        pcpu[python-dateparser]=$(awk -v b="$sb" -v s="$m_cpu" 'BEGIN{printf "%.3f", (s>0)?b/1e6/s:0}'); pfound[python-dateparser]=$n
    else
        echo "note: python3-dateparser is not available (no /usr/bin/python3 or install failed), skipped" >&2
    fi
    for p in go-dateparser python-dateparser; do
        [ -n "${pmbs[$p]:-}" ] || continue
        for t in tarikh-w1 "tarikh-w$ncpu"; do
            [ -n "${pmbs[$t]:-}" ] || continue
            peer_lines+=("$(printf '%-9s vs %-17s %6s vs %6s MB/s, ratio tarikh/peer %6s;  per CPU-second %6s vs %6s MB, ratio %6s;  found %s vs %s' \
                "$t" "$p" "${pmbs[$t]}" "${pmbs[$p]}" \
                "$(awk -v a="${pmbs[$t]}" -v b="${pmbs[$p]}" 'BEGIN{printf "%.1fx", a/b}')" \
                "${pcpu[$t]}" "${pcpu[$p]}" \
                "$(awk -v a="${pcpu[$t]}" -v b="${pcpu[$p]}" 'BEGIN{printf "%.1fx", (b>0)?a/b:0}')" \
                "${pfound[$t]}" "${pfound[$p]}")")
            [ "$ncpu" = 1 ] && break
        done
    done
fi

# --- 4. a long article without punctuation, beside the same with it ----------
# The same SaudiNewsNet text as one article twice: with its punctuation, and
# with its punctuation and line breaks taken out (a transcript, OCR output):
# one 800 KB run with no sentence end. Both with --workers 1, alternately,
# best of 3 (or --repeat); the ratio of their CPU seconds should be under 3,
# and the events of the stripped text are compared with the others'.
long_lines=()
long_src=("$snn/2015-07-21.jsonl" "$snn/2015-07-22.jsonl")
[ -f "${long_src[0]}" ] || long_src=("${snn_files[0]}")
long_sizes=(800000)
[ "$quick" = 0 ] && long_sizes+=(4000000)
for size in "${long_sizes[@]}"; do
    mkdir -p "$tmp/long-$size"
    (cd "$root" && go run ./bench/internal/longtext make -bytes "$size" -dir "$tmp/long-$size" "${long_src[@]}")
    declare -A lw lc lr ln
    saved_repeat=$repeat
    repeat=1
    for ((r = 0; r < (saved_repeat > 3 ? saved_repeat : 3); r++)); do
        for kind in punct nopunct; do
            f="$tmp/long-$size/long-$kind.txt"
            echo "  events on a $size-byte article, $kind, run $((r + 1)) ..." >&2
            measure events -- "$bin" events -q --workers 1 -o "$tmp/long-$size/$kind.csv" "$f"
            if [ -z "${lw[$kind]:-}" ] || awk -v a="$m_cpu" -v b="${lc[$kind]}" 'BEGIN{exit !(a<b)}'; then
                lw[$kind]=$m_wall lc[$kind]=$m_cpu lr[$kind]=$m_rss_mb ln[$kind]=$(csv_rows "$tmp/long-$size/$kind.csv")
            fi
        done
    done
    repeat=$saved_repeat
    for kind in punct nopunct; do
        m_wall=${lw[$kind]} m_cpu=${lc[$kind]} m_rss_mb=${lr[$kind]} m_rc=0
        row events "long-$kind" 1 "$(wc -c <"$tmp/long-$size/long-$kind.txt")" 1 "${ln[$kind]}"
    done
    ratio=$(awk -v a="${lc[nopunct]}" -v b="${lc[punct]}" 'BEGIN{printf "%.2f", (b>0)?a/b:0}')
    verdict=$(awk -v r="$ratio" 'BEGIN{print (r>0 && r<=3) ? "within 3x" : "NOT within 3x"}')
    long_lines+=("$(printf '%s bytes: without punctuation %s cpu_s (%s s wall, %s MB), with %s cpu_s (%s s, %s MB): ratio %s (%s); events %s vs %s' \
        "$size" "${lc[nopunct]}" "${lw[nopunct]}" "${lr[nopunct]}" "${lc[punct]}" "${lw[punct]}" "${lr[punct]}" "$ratio" "$verdict" "${ln[nopunct]}" "${ln[punct]}")")
    while IFS= read -r l; do long_lines+=("    $l"); done < <(cd "$root" && go run ./bench/internal/longtext compare "$tmp/long-$size/punct.csv" "$tmp/long-$size/nopunct.csv" | tail -2)
    rm -rf "$tmp/long-$size"
    unset lw lc lr ln
done

# --- report -------------------------------------------------------------------
echo
header
printf '%s\n' "${rows[@]}"
echo
if [ -n "${stage_cpu[floor]:-}" ]; then
    echo "stages on SaudiNewsNet ($(awk -v b="$stage_bytes" 'BEGIN{printf "%.1f", b/1e6}') MB, --workers 1): MB per CPU-second, next to the floor (read + JSON decode + one pass over the runes)"
    printf '  %-9s %-58s %8s %8s %9s %11s\n' stage "what it runs" cpu_s MB/cpu_s "of floor" "+cpu_s"
    for st in floor articles dates mentions events; do
        [ -n "${stage_cpu[$st]:-}" ] || continue
        case $st in
        floor) what="read + JSON decode + one pass over the runes" ;;
        articles) what="tarikh's reader: + encodings, language, article dates" ;;
        dates) what="+ normalization, tokens, the date finder" ;;
        mentions) what="+ normalization, tokens, gazetteer mentions" ;;
        events) what="+ dates, mentions, sentences, assembler, merger, CSV" ;;
        esac
        base=${stage_cpu[articles]:-${stage_cpu[floor]}}
        [ "$st" = floor ] || [ "$st" = articles ] && base=${stage_cpu[floor]}
        printf '  %-9s %-58s %8s %8s %9s %11s\n' "$st" "$what" "${stage_cpu[$st]}" \
            "$(awk -v b="$stage_bytes" -v s="${stage_cpu[$st]}" 'BEGIN{printf "%.2f", (s>0)?b/1e6/s:0}')" \
            "$(awk -v f="${stage_cpu[floor]}" -v s="${stage_cpu[$st]}" 'BEGIN{printf "%.0f%%", (s>0)?100*f/s:0}')" \
            "$(if [ "$st" = floor ]; then echo -; else awk -v a="${stage_cpu[$st]}" -v b="$base" 'BEGIN{printf "%+.2f", a-b}'; fi)"
    done
    echo "  (+cpu_s: CPU seconds over the reader's, or over the floor's for the reader; 'of floor': the floor's CPU time as a share of the stage's)"
    echo
fi
ratio=$(awk -v a="${flat[small]}" -v b="${flat[large]}" 'BEGIN{printf "%.2f", b/a}')
verdict=$(awk -v r="$ratio" 'BEGIN{print (r>=0.8 && r<=1.2) ? "within 20%" : "NOT within 20%"}')
echo "flatness (events, --workers $ncpu): small ${flat[small]} MB/s, large ${flat[large]} MB/s, large/small $ratio ($verdict)"
ratio_cpu=$(awk -v a="${flat[small_cpu]}" -v b="${flat[large_cpu]}" 'BEGIN{printf "%.2f", (a>0)?b/a:0}')
verdict_cpu=$(awk -v r="$ratio_cpu" 'BEGIN{print (r>=0.8 && r<=1.2) ? "within 20%" : "NOT within 20%"}')
echo "flatness per CPU-second (load-independent): small ${flat[small_cpu]} MB/cpu_s, large ${flat[large_cpu]} MB/cpu_s, large/small $ratio_cpu ($verdict_cpu)"
if [ "${#peer_lines[@]}" -gt 0 ]; then
    echo "peers on the same 1 MB slice ($(awk -v b="$sb" 'BEGIN{printf "%.2f", b/1e6}') MB, $sa articles of 2015-08-02.jsonl; 'found' = expressions output):"
    printf '  %s\n' "${peer_lines[@]}"
fi
if [ "${#long_lines[@]}" -gt 0 ]; then
    echo "a long article without punctuation beside the same with it (events --workers 1, best CPU time of 3):"
    printf '  %s\n' "${long_lines[@]}"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
