package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const seedsCSV = "../../timeline/format/testdata/events.csv"

func runTarikh(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Run(context.Background(), args, IO{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

func TestChartCommand(t *testing.T) {
	dir := t.TempDir()
	badCSV := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(badCSV, []byte("date,headline\n2024-01-01,ok\nlast week,x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	seeds, err := os.ReadFile(seedsCSV)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		stdin    string
		args     []string
		code     int
		stdout   []string // in stdout
		stderr   string   // in stderr
		htmlFile bool     // -o out.html written
	}{
		{name: "from file to -o", args: []string{"chart", "--from", seedsCSV, "-o", "OUT"}, code: ExitOK, htmlFile: true},
		{name: "from stdin to stdout", stdin: string(seeds), args: []string{"chart", "--from", "-", "--group", "person"},
			code: ExitOK, stdout: []string{"<!DOCTYPE html>", `"group":"person"`, "Antony Blinken"}},
		{name: "Arabic", args: []string{"chart", "--lang", "ar", "--from", seedsCSV}, code: ExitOK,
			stdout: []string{`<html lang="ar" dir="rtl">`, "الخط الزمني للأحداث"}},
		{name: "title", args: []string{"chart", "--title", "Iraq <2024>", "--from", seedsCSV}, code: ExitOK,
			stdout: []string{"<title>Iraq &lt;2024&gt;</title>"}},
		{name: "bad group", args: []string{"chart", "--group", "colour", "--from", seedsCSV}, code: ExitUsage,
			stderr: `bad --group "colour"`},
		{name: "bad lang", args: []string{"chart", "--lang", "fr", "--from", seedsCSV}, code: ExitUsage, stderr: `bad --lang "fr"`},
		{name: "from and paths", args: []string{"chart", "--from", seedsCSV, "examples/"}, code: ExitUsage,
			stderr: "give --from FILE or article paths, not both"},
		{name: "no input", args: []string{"chart"}, code: ExitUsage, stderr: "no input"},
		{name: "missing CSV", args: []string{"chart", "--from", filepath.Join(dir, "nope.csv"), "-o", "OUT"}, code: ExitFailed,
			stderr: "nope.csv: no such file"},
		{name: "a bad row is reported with file and line, and left out", args: []string{"chart", "--from", badCSV, "-o", "OUT"}, code: ExitSomeBad,
			stderr: `bad.csv:3: bad date "last week": want YYYY-MM-DD`, htmlFile: true},
		{name: "filters on a CSV", args: []string{"chart", "--from", seedsCSV, "--entity", "فؤاد حسين", "--since", "2024-03"}, code: ExitOK,
			stdout: []string{"Blinken meets Fuad Hussein in Washington"}, stderr: "12 events read from " + seedsCSV + ", 1 written (1 told by several articles)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "timeline.html")
			if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string(nil), tt.args...)
			for i, a := range args {
				if a == "OUT" {
					args[i] = out
				}
			}
			code, stdout, stderr := runTarikh(tt.stdin, args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout lacks %q", s)
				}
			}
			if tt.stderr != "" && !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q, want it to contain %q", stderr, tt.stderr)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if tt.htmlFile {
				if !bytes.Contains(got, []byte(`id="tk-data"`)) || stdout != "" {
					t.Errorf("-o file is not the chart (%d bytes), or stdout was written (%d bytes)", len(got), len(stdout))
				}
			} else if string(got) != "old" {
				t.Errorf("a failed or stdout run changed the -o file")
			}
		})
	}
}

// TestChartArticles draws the example articles: the chart holds every event
// tarikh events finds in them, labelled in the language asked for.
func TestChartArticles(t *testing.T) {
	chdirRoot(t)
	code, events, stderr := runTarikh("", "events", "--format", "jsonl", "examples/")
	if code != ExitOK {
		t.Fatalf("events: exit %d: %s", code, stderr)
	}
	n := strings.Count(timelineRows(events), "\n")
	code, stdout, stderr := runTarikh("", "chart", "examples/", "--lang", "ar")
	if code != ExitOK {
		t.Fatalf("chart: exit %d: %s", code, stderr)
	}
	// Every event has one headline ("h") in the page's early data.
	if n == 0 || strings.Count(stdout, `"h":`) != n {
		t.Errorf("chart holds %d events, events found %d", strings.Count(stdout, `"h":`), n)
	}
	// The chart says what happened in its language: "لقاء جو بايدن ومصطفى الكاظمي في واشنطن".
	if !strings.Contains(stdout, `"h":"لقاء جو بايدن و`) {
		t.Error("the chart's headlines are not in Arabic with --lang ar")
	}
}

// TestEventsHTML checks that tarikh events --format html is the chart, with
// the chart's own headlines.
func TestEventsHTML(t *testing.T) {
	chdirRoot(t)
	code, stdout, stderr := runTarikh("", "events", "-q", "--format", "html", "examples/")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, `id="tk-data"`) || !strings.Contains(stdout, `"h":"Joe Biden and Mustafa al-Kadhimi meet in Washington"`) {
		t.Errorf("events --format html is not the chart with its headlines: %.300s", stdout)
	}
}
