package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// run runs tarikh with args from the repository root and returns its exit
// code, stdout and stderr.
func run(t *testing.T, ctx context.Context, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(ctx, args, IO{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// chdirRoot makes paths in args relative to the repository root, as a user
// running the README's commands would give them.
func chdirRoot(t *testing.T) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(wd, "..", ".."))
}

// timelineRows returns the rows of a timeline as JSON lines (tarikh events
// --format jsonl), without the article lines that follow them.
func timelineRows(out string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(out, "\n") {
		if !strings.HasPrefix(l, `{"v":`) {
			b.WriteString(l)
		}
	}
	return b.String()
}

// golden compares got with testdata/golden/name (from the repository root),
// rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenAt(t, filepath.Join("internal", "cli", "testdata", "golden", name), got)
}

func goldenAt(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/cli -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run with -update after checking the change):\n%s", path, firstDiff(string(want), got))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n want: " + w + "\n  got: " + g
		}
	}
	return ""
}

func TestGoldenExamples(t *testing.T) {
	chdirRoot(t)
	tests := []struct {
		golden string
		args   []string
	}{
		{"mentions-examples.csv", []string{"mentions", "examples/"}},
		{"events-examples.csv", []string{"events", "examples/"}},
		{"events-examples-timelinejs-ar.csv", []string{"events", "--format", "timelinejs", "--lang", "ar", "examples/"}},
		// The filters, each on its own and together.
		{"events-examples-entity-sudani.csv", []string{"events", "--entity", "sudani", "examples/"}},
		{"events-examples-entity-arabic-type-status.csv", []string{"events", "--entity", "فؤاد حسين", "--type", "meeting", "--status", "happened", "examples/"}},
		{"events-examples-since-until.jsonl", []string{"events", "--since", "2024-03", "--until", "2024-04-14", "--format", "jsonl", "examples/"}},
		{"events-examples-types-planned.csv", []string{"events", "--type", "meeting", "--type", "appointment", "--status", "planned", "examples/"}},
		{"events-examples-entity-place-untyped.csv", []string{"events", "--entity", "Global Coalition to Defeat ISIS", "--entity", "Moscow", "--until", "2024-03-22", "examples/"}},
		{"articles-examples.csv", []string{"articles", "examples/"}},
	}
	for _, tc := range tests {
		t.Run(tc.golden, func(t *testing.T) {
			code, out, stderr := run(t, context.Background(), "", tc.args...)
			if code != ExitOK {
				t.Fatalf("exit %d, stderr: %s", code, stderr)
			}
			golden(t, tc.golden, out)
		})
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	os.WriteFile(good, []byte(`{"id":"a","date":"2024-03-27","text":"التقى بلينكن فؤاد حسين في واشنطن."}`+"\n"+
		`not json`+"\n"+
		`{"id":"c","text":"زار السوداني بغداد."}`+"\n"), 0o644)
	badGaz := filepath.Join(dir, "bad.yaml")
	os.WriteFile(badGaz, []byte("entities:\n  - id: x\n    type: planet\n    names: {en: [X]}\n"), 0o644)
	tests := []struct {
		name       string
		args       []string
		want       int
		stderrHas  string
		stdoutHas  string
		stdoutMiss string
	}{
		{"no command", nil, ExitUsage, "Usage:", "", ""},
		{"help", []string{"--help"}, ExitOK, "", "Exit codes:", ""},
		{"unknown command", []string{"frobnicate"}, ExitUsage, "unknown command", "", ""},
		{"bad flag", []string{"mentions", "--nope", good}, ExitUsage, "flag provided but not defined", "", ""},
		{"bad dct", []string{"mentions", "--dct", "27/03/2024", good}, ExitUsage, "bad --dct", "", ""},
		{"bad format", []string{"mentions", "--format", "xml", good}, ExitUsage, "unknown --format", "", ""},
		{"no input", []string{"mentions"}, ExitUsage, "no input", "", ""},
		{"bad gazetteer", []string{"mentions", "--gazetteer", badGaz, good}, ExitUsage, "bad.yaml:3:11", "", ""},
		{"a bad line is reported and the rest goes on", []string{"mentions", good}, ExitSomeBad, "good.jsonl:2:", "blinken", ""},
		{"a missing file is reported and the rest goes on", []string{"mentions", filepath.Join(dir, "missing.txt"), good}, ExitSomeBad, "missing.txt", "sudani", ""},
		{"flags after paths", []string{"mentions", good, "--format", "jsonl"}, ExitSomeBad, "", `"entity_id":"antony-blinken"`, ""},
		{"gazetteer check", []string{"gazetteer", "check", badGaz}, ExitUsage, "", "bad.yaml:3:11: error: unknown type \"planet\"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, context.Background(), "", tc.args...)
			if code != tc.want {
				t.Errorf("exit %d, want %d; stderr: %s", code, tc.want, stderr)
			}
			if !strings.Contains(stderr, tc.stderrHas) {
				t.Errorf("stderr lacks %q: %s", tc.stderrHas, stderr)
			}
			if !strings.Contains(out, tc.stdoutHas) {
				t.Errorf("stdout lacks %q: %s", tc.stdoutHas, out)
			}
		})
	}
}

// TestSummary: a run ends with a summary on stderr (none with -q) that says
// what was read, written, left without a date and not read.
func TestSummary(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news.jsonl")
	os.WriteFile(news, []byte(`{"id":"a","date":"2024-03-27","text":"التقى بلينكن فؤاد حسين في واشنطن الثلاثاء."}`+"\n"+
		`[1]`+"\n"+`{"id":"c","text":"زار السوداني بغداد أمس."}`+"\n"+`{"text":5}`+"\n"), 0o644)
	undated := filepath.Join(dir, "undated.txt")
	os.WriteFile(undated, []byte("Blinken met Fuad Hussein in Washington on Tuesday."), 0o644)
	empty := t.TempDir()
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr []string // lines, in order, with the time taken as T
	}{
		{"events", []string{"events", news, undated, filepath.Join(dir, "missing.txt")}, ExitSomeBad, []string{
			"tarikh: NEWS:2: the line is a JSON array, not an object: JSONL has one object per line, such as {\"id\": \"a1\", \"date\": \"2024-03-27\", \"text\": \"...\"}",
			"tarikh: NEWS:4: \"text\" is a JSON number; want a string",
			"tarikh: DIR/missing.txt: stat DIR/missing.txt: no such file or directory",
			"tarikh: 3 articles read, 1 event written in T",
			"tarikh: 2 articles without a date (relative dates in them are unresolved; give --dct, or see tarikh articles): NEWS:3, DIR/undated.txt",
			"tarikh: not read: 1 input and 2 lines in 1 file (see the messages above); the rest was written",
		}},
		{"quiet", []string{"events", "-q", news, undated}, ExitSomeBad, nil},
		{"dates", []string{"dates", "--dct", "2024-03-27", undated}, ExitOK, []string{"tarikh: 1 article read, 1 date written in T"}},
		{"empty directory", []string{"mentions", empty}, ExitSomeBad, []string{
			"tarikh: warning: EMPTY: no article files (.txt, .jsonl, .jsonl.gz, .html, .htm) in this directory",
			"tarikh: 0 articles read, 0 mentions written in T",
			"tarikh: no article in the inputs (tarikh reads .txt, .jsonl, .jsonl.gz, .html and .htm files)",
		}},
	}
	took := regexp.MustCompile(`in [0-9.]+ s\n`)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(t, context.Background(), "", tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
			got := took.ReplaceAllString(stderr, "in T\n")
			got = strings.NewReplacer(news, "NEWS", empty, "EMPTY", dir, "DIR").Replace(got)
			want := strings.Join(tc.stderr, "\n")
			if want != "" {
				want += "\n"
			}
			if got != want {
				t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestStdinName: an article from standard input is "stdin" in the output,
// not "-" (which a spreadsheet would take for a formula, and tarikh writes
// as '-).
func TestStdinName(t *testing.T) {
	code, out, stderr := run(t, context.Background(), "2024-03-27\nالتقى بلينكن فؤاد حسين في واشنطن اليوم.", "events", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, ",stdin,1,") || strings.Contains(out, "'-") {
		t.Errorf("docs of a stdin article: %s", out)
	}
}

func TestOutputIsAtomic(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("التقى بلينكن فؤاد حسين في واشنطن."), 0o644)
	out := filepath.Join(dir, "out.csv")
	os.WriteFile(out, []byte("previous results\n"), 0o644)

	// An interrupted run leaves the old output as it was, and no temp file.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	code, _, _ := run(t, ctx, "", "mentions", "-o", out, in)
	if code != ExitFailed {
		t.Errorf("interrupted run: exit %d, want %d", code, ExitFailed)
	}
	if b, _ := os.ReadFile(out); string(b) != "previous results\n" {
		t.Errorf("interrupted run changed the output: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	// A good run replaces it.
	code, _, stderr := run(t, context.Background(), "", "mentions", "-o", out, in)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(b), "doc,start,end,text,entity_id") || !strings.Contains(string(b), "blinken") {
		t.Errorf("output: %s", b)
	}
	// The input is never modified.
	if b, _ := os.ReadFile(in); string(b) != "التقى بلينكن فؤاد حسين في واشنطن." {
		t.Errorf("input modified: %q", b)
	}
}

func TestWorkersDoNotChangeOutput(t *testing.T) {
	chdirRoot(t)
	_, one, _ := run(t, context.Background(), "", "events", "--workers", "1", "examples/")
	_, many, _ := run(t, context.Background(), "", "events", "--workers", "8", "examples/")
	if one != many {
		t.Errorf("output depends on --workers:\n1: %s\n8: %s", one, many)
	}
}

// TestEventsURLs follows each article's url from JSONL input to the
// events CSV's urls column and the JSONL urls field, merged events listing
// the address of each of their articles in the order of docs.
func TestEventsURLs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	lines := `{"id":"a","date":"2024-03-27","url":"https://a.example/news/1","text":"Antony Blinken met Fuad Hussein in Washington on Tuesday."}
{"id":"b","date":"2024-03-27","text":"Blinken met Fuad Hussein in Washington on Tuesday, the ministry said."}
{"id":"c","date":"2024-03-27","url":"https://c.example/p;2","text":"Fuad Hussein and Antony Blinken met in Washington on Tuesday."}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := run(t, context.Background(), "", "events", "-q", in)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("want a header and one merged row: %v\n%s", err, out)
	}
	col := func(name string) string { return rows[1][slices.Index(rows[0], name)] }
	if col("docs") != "a;b;c" || col("urls") != "https://a.example/news/1;;https://c.example/p%3B2" {
		t.Errorf("docs %q urls %q", col("docs"), col("urls"))
	}
	code, out, stderr = run(t, context.Background(), "", "events", "-q", "--format", "jsonl", in)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, `"urls":["https://a.example/news/1","","https://c.example/p;2"]`) {
		t.Errorf("jsonl lacks the urls field: %s", out)
	}
}
