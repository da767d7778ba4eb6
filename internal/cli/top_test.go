package cli

import (
	"context"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/format"
)

// TestTopFlag: --top N writes the N rows of the full output with the
// highest importance, in the full output's (date) order; the same through
// chart --from.
func TestTopFlag(t *testing.T) {
	chdirRoot(t)
	ctx := context.Background()
	code, full, stderr := run(t, ctx, "", "events", "examples/")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows := readRows(t, full)
	imp := slices.Index(rows[0], "importance")
	if imp < 0 {
		t.Fatalf("no importance column in %q", rows[0])
	}
	body := rows[1:]
	for _, n := range []int{1, 3, 5, len(body), len(body) + 4} {
		code, out, stderr := run(t, ctx, "", "events", "--top", strconv.Itoa(n), "examples/")
		if code != ExitOK {
			t.Fatalf("--top %d: exit %d: %s", n, code, stderr)
		}
		got := readRows(t, out)[1:]
		if want := min(n, len(body)); len(got) != want {
			t.Fatalf("--top %d: %d rows, want %d", n, len(got), want)
		}
		// The rows kept are in the order of the full output...
		last := -1
		for _, r := range got {
			i := slices.IndexFunc(body, func(b []string) bool { return slices.Equal(b, r) })
			if i <= last {
				t.Fatalf("--top %d: row %q not in the full output's order", n, r)
			}
			last = i
		}
		// ...and they are the ones the events CSV's importance column
		// picks (timeline.Top, as chart --from does): the merger and the
		// CSV choose alike.
		evs, err := format.ReadCSV(strings.NewReader(full))
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, e := range timeline.Top(evs, n) {
			want = append(want, e.Date+" "+e.Type+" "+timeline.FormatImportance(e.Importance))
		}
		var have []string
		for _, r := range got {
			have = append(have, r[0]+" "+r[4]+" "+r[imp])
		}
		if !slices.Equal(have, want) {
			t.Errorf("--top %d:\n got %q\nwant %q", n, have, want)
		}
		// ...and none left out is more important than one kept.
		minKept := 101.0
		for _, r := range got {
			minKept = min(minKept, num(t, r[imp]))
		}
		for _, b := range body {
			if num(t, b[imp]) > minKept && !slices.ContainsFunc(got, func(r []string) bool { return slices.Equal(b, r) }) {
				t.Fatalf("--top %d left out %q (importance %s > %.1f)", n, b[:7], b[imp], minKept)
			}
		}
	}
	// chart --from reads the importance column back and keeps the same rows.
	code, html, stderr := run(t, ctx, full, "chart", "--top", "2", "--from", "-")
	if code != ExitOK {
		t.Fatalf("chart --top: exit %d: %s", code, stderr)
	}
	_, top2, _ := run(t, ctx, "", "events", "--top", "2", "examples/")
	for _, r := range readRows(t, top2)[1:] {
		if !strings.Contains(html, r[0]) {
			t.Errorf("chart --top 2 lacks the event of %s", r[0])
		}
	}
}

func TestTopFlagErrors(t *testing.T) {
	chdirRoot(t)
	for _, args := range [][]string{
		{"events", "--top", "-1", "examples/"},
		{"events", "--top", "many", "examples/"},
		{"chart", "--top", "-3", "examples/"},
	} {
		code, _, stderr := run(t, context.Background(), "", args...)
		if code != ExitUsage || !strings.Contains(stderr, "top") {
			t.Errorf("%q: exit %d, stderr %q; want %d and a word on --top", args, code, stderr, ExitUsage)
		}
	}
}

func readRows(t *testing.T, s string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("bad CSV (%v): %q", err, s)
	}
	return rows
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("importance %q: %v", s, err)
	}
	return v
}
