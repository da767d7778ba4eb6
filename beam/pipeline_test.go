package tarikhbeam

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/tarikh/tarikh"
	"github.com/tarikh/tarikh/timeline"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

// sharedDir is the shared data beside the repository: $TARIKH_SHARED, else
// ../shared next to the repository root (the parent of beam/).
func sharedDir(t *testing.T, elem ...string) string {
	t.Helper()
	d := os.Getenv("TARIKH_SHARED")
	if d == "" {
		d = filepath.Join("..", "..", "shared")
	}
	p := filepath.Join(append([]string{d}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data %s not found beside the repository (set TARIKH_SHARED): skipping", filepath.Join(elem...))
	}
	return p
}

// runBeam runs the pipeline on prism and returns the CSV it wrote.
func runBeam(t *testing.T, inputs []string) []byte {
	t.Helper()
	o := Options{Inputs: inputs, Output: filepath.Join(t.TempDir(), "timeline.csv")}
	if err := o.Check(); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, o)
	if _, err := prism.Execute(context.Background(), p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	b, err := os.ReadFile(o.Output)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// runEvents returns the CSV of one tarikh events run over files, in their
// order (the library behind the command: its test holds it to the
// command's golden files).
func runEvents(t *testing.T, files []string) []byte {
	t.Helper()
	e, err := tarikh.New(tarikh.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	tl := e.NewTimeline()
	err = e.Read(ctx, files, nil, time.Time{}, func(a *tarikh.Article, err error) error {
		if err != nil {
			t.Errorf("read: %v", err)
			return nil
		}
		_, err = tl.Add(ctx, a)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tl.Write(&buf, "csv"); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rows returns the data rows of a CSV, each joined into one string.
func rows(t *testing.T, b []byte) (header string, out []string) {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 {
		t.Fatal("no header")
	}
	for _, r := range recs[1:] {
		out = append(out, strings.Join(r, "\x1f"))
	}
	return strings.Join(recs[0], ","), out
}

// agreement compares the rows of got and want as multisets and returns
// the share of want's rows that got has, and the rows of each the other
// lacks.
func agreement(got, want []string) (share float64, missing, extra []string) {
	n := map[string]int{}
	for _, r := range got {
		n[r]++
	}
	same := 0
	for _, r := range want {
		if n[r] > 0 {
			n[r]--
			same++
		} else {
			missing = append(missing, r)
		}
	}
	for r, k := range n {
		for range k {
			extra = append(extra, r)
		}
	}
	if len(want) == 0 && len(got) == 0 {
		return 1, nil, nil
	}
	return float64(same) / float64(max(len(want), len(got))), missing, extra
}

// TestSeeds: the pipeline on prism gives the rows of tarikh events over
// the repository's example articles, row for row and in order.
func TestSeeds(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "examples", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	want := runEvents(t, files)
	// One pattern, and the files one by one in reverse order: the rows do
	// not depend on the order of the inputs.
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	for _, inputs := range [][]string{{filepath.Join("..", "examples", "*.txt")}, reversed} {
		got := runBeam(t, inputs)
		if !bytes.Equal(got, want) {
			t.Errorf("inputs %q: beam and events differ:\n--- beam\n%s\n--- events\n%s", inputs, got, want)
		}
	}
	if _, r := rows(t, want); len(r) == 0 {
		t.Error("events gave no rows on the examples: the test compares nothing")
	}
}

// TestSaudiNewsNetDays: on three days of SaudiNewsNet (not the held-out
// days), at least 99% of the pipeline's rows are tarikh events' rows.
func TestSaudiNewsNetDays(t *testing.T) {
	if testing.Short() {
		t.Skip("short: skipping three days of SaudiNewsNet")
	}
	dir := sharedDir(t, "corpus", "saudinewsnet")
	var files []string
	for _, day := range []string{"2015-08-02", "2015-08-03", "2015-08-06"} {
		files = append(files, filepath.Join(dir, day+".jsonl"))
	}
	start := time.Now()
	got := runBeam(t, files)
	beamTime := time.Since(start)
	want := runEvents(t, files)
	gh, gr := rows(t, got)
	wh, wr := rows(t, want)
	if gh != wh {
		t.Fatalf("headers differ: %s vs %s", gh, wh)
	}
	share, missing, extra := agreement(gr, wr)
	t.Logf("beam %d rows, events %d rows: %.2f%% identical (beam on prism %v)", len(gr), len(wr), 100*share, beamTime.Round(time.Second))
	for i, r := range missing[:min(len(missing), 5)] {
		t.Logf("only in events %d: %s", i, strings.ReplaceAll(r, "\x1f", " | "))
	}
	for i, r := range extra[:min(len(extra), 5)] {
		t.Logf("only in beam %d: %s", i, strings.ReplaceAll(r, "\x1f", " | "))
	}
	if len(wr) == 0 || share < 0.99 {
		t.Errorf("%.2f%% of rows identical, want >= 99%%", 100*share)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		ok   bool
	}{
		{"defaults", Options{Inputs: []string{"a/*.jsonl"}, Output: "t.csv"}, true},
		{"no input", Options{Output: "t.csv"}, false},
		{"no output", Options{Inputs: []string{"a"}}, false},
		{"bad format", Options{Inputs: []string{"a"}, Output: "t", Format: "xml"}, false},
		{"html", Options{Inputs: []string{"a"}, Output: "t", Format: "html"}, false},
		{"bad lang", Options{Inputs: []string{"a"}, Output: "t", Lang: "fr"}, false},
		{"negative top", Options{Inputs: []string{"a"}, Output: "t", Top: -1}, false},
		{"bad since", Options{Inputs: []string{"a"}, Output: "t", Filter: timeline.FilterSpec{Since: "soon"}}, false},
		{"filters", Options{Inputs: []string{"a"}, Output: "t", Format: "jsonl", Lang: "ar", Top: 5,
			Filter: timeline.FilterSpec{Types: []string{"attack"}, Since: "2015-08", Status: "happened"}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.o.Check()
			if (err == nil) != tt.ok {
				t.Errorf("Check() = %v, want ok %v", err, tt.ok)
			}
		})
	}
}
