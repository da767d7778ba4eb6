package cli

import (
	"context"
	"encoding/json"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/format"
)

// perArticleAndEvents runs tarikh events over input, as the timeline and
// --per-article, and returns the timeline (CSV) and the per-article lines.
func perArticleAndEvents(t *testing.T, input string) (string, []string) {
	t.Helper()
	code, want, stderr := run(t, context.Background(), "", "events", "-q", input)
	if code != ExitOK {
		t.Fatalf("events: exit %d: %s", code, stderr)
	}
	code, pa, stderr := run(t, context.Background(), "", "events", "-q", "--per-article", "--format", "jsonl", input)
	if code != ExitOK {
		t.Fatalf("events --per-article: exit %d: %s", code, stderr)
	}
	lines := strings.SplitAfter(pa, "\n")
	return want, lines[:len(lines)-1] // after the last "\n", nothing
}

// TestMergeEqualsEvents: merging the per-article output gives the rows of
// tarikh events, whatever the order of the lines and how they are split
// into files, with any number of workers, and with the filters applied the
// same way.
func TestMergeEqualsEvents(t *testing.T) {
	tests := []struct {
		name  string
		input func(t *testing.T) string
	}{
		{"seeds", func(t *testing.T) string { seedDir(t); return "seeds" }},
		// A SaudiNewsNet day (not the held-out 2015-08-07).
		{"saudinewsnet 2015-08-03", func(t *testing.T) string {
			return testshared.Path(t, "corpus", "saudinewsnet", "2015-08-03.jsonl")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			input := tt.input(t)
			want, lines := perArticleAndEvents(t, input)
			if len(lines) < 10 || strings.Count(want, "\n") < 10 {
				t.Fatalf("too little to compare: %d per-article lines, timeline %q", len(lines), want)
			}
			dir := t.TempDir()
			for i, split := range []struct{ files, workers int }{{1, 1}, {2, 4}, {3, 2}, {5, 1}} {
				rng := rand.New(rand.NewPCG(uint64(i), 7))
				shuffled := slices.Clone(lines)
				if i > 0 {
					rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
				}
				args := []string{"merge", "-q", "--workers", strconv.Itoa(split.workers)}
				for f := range split.files {
					var b strings.Builder
					for j := f; j < len(shuffled); j += split.files {
						b.WriteString(shuffled[j])
					}
					p := filepath.Join(dir, "part"+strconv.Itoa(i)+"-"+strconv.Itoa(f)+".jsonl")
					if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
						t.Fatal(err)
					}
					args = append(args, p)
				}
				// The files in reverse order too: the order of inputs does not matter.
				if i%2 == 1 {
					slices.Reverse(args[4:])
				}
				code, got, stderr := run(t, context.Background(), "", args...)
				if code != ExitOK {
					t.Fatalf("%v: exit %d: %s", args, code, stderr)
				}
				if got != want {
					t.Errorf("shuffle %d, %d files, %d workers: merge differs from events:\n%s", i, split.files, split.workers, firstDiff(want, got))
				}
			}
			// Filters and --top give the same rows as events.
			p := filepath.Join(dir, "all.jsonl")
			if err := os.WriteFile(p, []byte(strings.Join(lines, "")), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, f := range [][]string{{"--top", "5"}, {"--status", "planned", "--format", "jsonl"}, {"--type", "meeting", "--lang", "ar"}} {
				_, want, _ := run(t, context.Background(), "", append(append([]string{"events", "-q"}, f...), input)...)
				_, got, stderr := run(t, context.Background(), "", append(append([]string{"merge", "-q"}, f...), p)...)
				if got != want {
					t.Errorf("%v: merge differs from events (%s):\n%s", f, stderr, firstDiff(want, got))
				}
			}
		})
	}
}

// TestMergeShardings: however the shards are grouped onto workers (all in
// one, each alone, by a hash into 3), the merged events are the same.
func TestMergeShardings(t *testing.T) {
	in := testshared.Path(t, "corpus", "saudinewsnet", "2015-08-02.jsonl")
	_, lines := perArticleAndEvents(t, in)
	run := newPerArticleRun()
	if err := format.ReadPerArticle(strings.NewReader(strings.Join(lines, "")), "day", func(rec format.PerArticleRecord) error {
		if rec.Event != nil {
			run.events[rec.Event.Order] = *rec.Event
		} else {
			run.articles[timeline.Order{Src: rec.Article.Src, Line: rec.Article.Line}] = paArticle{info: *rec.Article, refs: rec.Refs}
		}
		return nil
	}, func(e *format.LineError) { t.Error(e) }); err != nil {
		t.Fatal(err)
	}
	c := newCommon()
	g, err := loadGazetteer(c, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	lx, err := timeline.LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	timelineOf := func(xs []timeline.MergedEvent) []timeline.Event {
		m := timeline.NewMerger()
		for _, a := range run.articles {
			m.AddRefs(a.refs)
		}
		for _, x := range xs {
			m.Put(x)
		}
		evs, err := m.Events()
		if err != nil {
			t.Fatal(err)
		}
		return evs
	}
	var all []timeline.Arrival
	for _, a := range run.events {
		all = append(all, a)
	}
	want := timelineOf(timeline.MergeShard(all, lx, g))
	groupings := map[string]func(key string) string{
		"by shard": func(k string) string { return k },
		"hash 3": func(k string) string {
			h := fnv.New32a()
			h.Write([]byte(k))
			return strconv.Itoa(int(h.Sum32() % 3))
		},
	}
	for name, group := range groupings {
		groups := map[string][]timeline.Arrival{}
		for _, a := range all {
			k := group(timeline.ShardKey(&a.Event))
			groups[k] = append(groups[k], a)
		}
		var xs []timeline.MergedEvent
		for _, g2 := range groups {
			xs = append(xs, timeline.MergeShard(g2, lx, g)...)
		}
		got := timelineOf(xs)
		if len(groups) < 2 && name == "by shard" {
			t.Errorf("%s: %d shards, want several", name, len(groups))
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d events, want %d", name, len(got), len(want))
		}
		for i := range want {
			if !slices.Equal(got[i].Docs, want[i].Docs) || got[i].Date != want[i].Date || got[i].Text != want[i].Text || got[i].Importance != want[i].Importance {
				t.Errorf("%s: event %d: %s %v %.1f, want %s %v %.1f", name, i, got[i].Date, got[i].Docs, got[i].Importance, want[i].Date, want[i].Docs, want[i].Importance)
				break
			}
		}
	}
}

// TestMergeBadLines: lines that cannot be read are reported with their
// file and line, counted in the summary and skipped; the rest is merged.
func TestMergeBadLines(t *testing.T) {
	seedDir(t)
	want, lines := perArticleAndEvents(t, "seeds")
	bad := []string{
		"not json\n",
		`{"v":2,"kind":"event"}` + "\n",
		`{"kind":"article"}` + "\n",
		`{"v":1,"kind":"event","doc":"x","src":"x","line":0,"index":0,"date":"2024","start_date":"2024-01-01","end_date":"2024-12-31","granularity":"year","type":"","status":"happened","people":[],"places":[],"organizations":[],"time_text":"","text":"","colour":"red"}` + "\n",
		`{"v":1,"kind":"event","doc":"x","src":"x","line":0,"index":0,"date":"2024","start_date":"2024-13-01","end_date":"2024-12-31","granularity":"year","type":"","status":"happened","people":[],"places":[],"organizations":[],"time_text":"","text":""}` + "\n",
		`{"v":1,"kind":"lunch"}` + "\n",
	}
	content := strings.Join(bad[:3], "") + strings.Join(lines, "") + strings.Join(bad[3:], "")
	if err := os.WriteFile("pa.jsonl", []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	code, got, stderr := run(t, context.Background(), "", "merge", "pa.jsonl", "missing.jsonl")
	if code != ExitSomeBad {
		t.Errorf("exit %d, want %d", code, ExitSomeBad)
	}
	if got != want {
		t.Errorf("the readable lines do not give the timeline:\n%s", firstDiff(want, got))
	}
	n := len(lines)
	for _, w := range []string{
		"pa.jsonl:1: not a JSON object",
		"pa.jsonl:2: per-article schema version 2, this tarikh reads version 1",
		`pa.jsonl:3: no "v" (version)`,
		"pa.jsonl:" + strconv.Itoa(n+4) + `: event: json: unknown field "colour"`,
		"pa.jsonl:" + strconv.Itoa(n+5) + `: event: bad start_date "2024-13-01"`,
		"pa.jsonl:" + strconv.Itoa(n+6) + `: unknown "kind" "lunch"`,
		"missing.jsonl: no such file",
		"not read: 1 input and 6 lines in 1 file",
	} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
}

// TestMergeOldTimelineJSONL: a timeline as JSON lines without its reports
// (rows only, as an earlier tarikh wrote it) is not merge input: merge says
// so once for the file, names the command that writes what it takes, and
// merges the per-article files beside it as if the timeline file were
// absent, whatever the order of the files. Other JSON lines without "v" are
// refused the same way, with a message of their own.
func TestMergeOldTimelineJSONL(t *testing.T) {
	seedDir(t)
	want, lines := perArticleAndEvents(t, "seeds")
	code, tl, stderr := run(t, context.Background(), "", "events", "-q", "--format", "jsonl", "seeds")
	if code != ExitOK || strings.Count(tl, "\n") < 10 {
		t.Fatalf("events --format jsonl: exit %d, %d lines: %s", code, strings.Count(tl, "\n"), stderr)
	}
	var old strings.Builder // the rows without their reports, no article lines
	for _, l := range strings.SplitAfter(tl, "\n") {
		if strings.HasPrefix(l, `{"v":`) || l == "" {
			continue
		}
		var row map[string]any
		if err := json.Unmarshal([]byte(l), &row); err != nil {
			t.Fatal(err)
		}
		if _, ok := row["reports"]; !ok {
			t.Fatalf("a row without reports: %s", l)
		}
		delete(row, "reports")
		b, err := json.Marshal(row)
		if err != nil {
			t.Fatal(err)
		}
		old.Write(append(b, '\n'))
	}
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	half := len(lines) / 2
	pa1 := write("a.events.jsonl", strings.Join(lines[:half], ""))
	pa2 := write("b.events.jsonl", strings.Join(lines[half:], ""))
	timelineFile := write("timeline.jsonl", "\n"+old.String()) // a blank first line changes nothing
	other := write("other.jsonl", `{"title":"x","text":"y"}`+"\n"+lines[0])
	tests := []struct {
		name  string
		files []string
		msg   string
	}{
		{"timeline in the middle", []string{pa1, timelineFile, pa2},
			"timeline.jsonl: not a per-article file: it is a merged timeline without its reports"},
		{"timeline first, files reversed", []string{timelineFile, pa2, pa1},
			"timeline.jsonl: not a per-article file: it is a merged timeline without its reports"},
		{"other JSON lines", []string{pa2, other, pa1},
			`other.jsonl: not a per-article file: its first line is JSON without "v"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, got, stderr := run(t, context.Background(), "", append([]string{"merge"}, tt.files...)...)
			if code != ExitSomeBad {
				t.Errorf("exit %d, want %d", code, ExitSomeBad)
			}
			if got != want {
				t.Errorf("the per-article files do not give the timeline of events:\n%s", firstDiff(want, got))
			}
			if strings.Count(stderr, tt.msg) != 1 || !strings.Contains(stderr, "tarikh events --per-article --format jsonl") {
				t.Errorf("stderr does not say once %q and what merge takes:\n%s", tt.msg, stderr)
			}
			if strings.Contains(stderr, ".jsonl:2:") || !strings.Contains(stderr, "not read: 1 input") {
				t.Errorf("want one error for the file, none for its lines:\n%s", stderr)
			}
		})
	}
}

// TestMergeOwnTimeline: merge takes its own timeline as JSON lines (and
// that of tarikh events) beside per-article files, so a timeline grows day
// by day: a SaudiNewsNet day cut into three files, the first one's
// timeline merged with the second's per-article file, that timeline with
// the third's, gives the rows of one tarikh events run over all three —
// as CSV, and byte for byte as JSON lines — whatever the order of the
// files and of their lines, with any number of workers, and when an
// article comes twice (an older timeline given again).
func TestMergeOwnTimeline(t *testing.T) {
	day, err := os.ReadFile(testshared.Path(t, "corpus", "saudinewsnet", "2015-08-03.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	articles := strings.SplitAfter(string(day), "\n")
	articles = articles[:len(articles)-1]
	t.Chdir(t.TempDir())
	parts := []string{"a.jsonl", "b.jsonl", "c.jsonl"}
	for i, p := range parts {
		lo, hi := i*len(articles)/3, (i+1)*len(articles)/3
		if err := os.WriteFile(p, []byte(strings.Join(articles[lo:hi], "")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tarikh := func(args ...string) string {
		t.Helper()
		code, out, stderr := run(t, context.Background(), "", append([]string{args[0], "-q"}, args[1:]...)...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return out
	}
	write := func(name, content string) string {
		t.Helper()
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	wantCSV := tarikh(append([]string{"events"}, parts...)...)
	wantJSONL := tarikh(append([]string{"events", "--format", "jsonl"}, parts...)...)
	if strings.Count(wantCSV, "\n") < 100 || !strings.Contains(wantCSV, ";snn-") {
		t.Fatalf("too little to compare, or no merged rows: %d rows", strings.Count(wantCSV, "\n"))
	}
	t1 := write("t1.jsonl", tarikh("events", "--format", "jsonl", "a.jsonl"))
	pb := write("pb.jsonl", tarikh("events", "--per-article", "--format", "jsonl", "b.jsonl"))
	pc := write("pc.jsonl", tarikh("events", "--per-article", "--format", "jsonl", "c.jsonl"))
	t2 := write("t2.jsonl", tarikh("merge", "--format", "jsonl", pb, t1))

	if got := tarikh("merge", "--format", "jsonl", t2, pc); got != wantJSONL {
		t.Errorf("merge of the grown timeline as JSON lines differs from events:\n%s", firstDiff(wantJSONL, got))
	}
	// The timeline's lines shuffled (rows and article lines), the files in
	// any order, on any number of workers.
	lines := strings.SplitAfter(tarikh("merge", "--format", "jsonl", pc, t2), "\n")
	lines = lines[:len(lines)-1]
	rand.New(rand.NewPCG(3, 7)).Shuffle(len(lines), func(a, b int) { lines[a], lines[b] = lines[b], lines[a] })
	t3 := write("t3.jsonl", strings.Join(lines, ""))
	all := write("all.jsonl", wantJSONL)
	for _, args := range [][]string{
		{t2, pc},
		{pc, t2, "--workers", "1"},
		{t3, "--workers", "3"},
		{pc, t1, t2, all, pb}, // every article more than once
	} {
		if got := tarikh(append([]string{"merge"}, args...)...); got != wantCSV {
			t.Errorf("merge %v differs from events:\n%s", args, firstDiff(wantCSV, got))
		}
	}
}

// TestPerArticleFlags: --per-article writes JSON lines and takes no filters.
func TestPerArticleFlags(t *testing.T) {
	for _, args := range [][]string{
		{"events", "--per-article", "examples/"},
		{"events", "--per-article", "--format", "jsonl", "--top", "3", "examples/"},
		{"events", "--per-article", "--format", "jsonl", "--entity", "sudani", "examples/"},
		{"merge"},
	} {
		if code, _, stderr := run(t, context.Background(), "", args...); code != ExitUsage || stderr == "" {
			t.Errorf("%v: exit %d (%q), want %d and a message", args, code, stderr, ExitUsage)
		}
	}
}
