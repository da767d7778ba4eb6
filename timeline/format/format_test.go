package format

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/timeline"
)

func readFixture(t *testing.T) []timeline.Event {
	t.Helper()
	f, err := os.Open("testdata/events.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	events, err := ReadCSV(f)
	if err != nil {
		t.Fatal(err)
	}
	return events
}

// TestFormats writes the fixture's events, and no events, in every
// registered format and reads each output back as its format says.
func TestFormats(t *testing.T) {
	events := readFixture(t)
	lx, err := timeline.LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	check := map[string]func(t *testing.T, out string, n int){
		"csv": func(t *testing.T, out string, n int) {
			back, err := ReadCSV(strings.NewReader(out))
			if err != nil || len(back) != n {
				t.Errorf("read back %d events (%v), want %d", len(back), err, n)
			}
			for i := range back {
				if back[i].Text != events[i].Text || back[i].Date != events[i].Date {
					t.Errorf("event %d read back as %+v", i, back[i])
				}
			}
		},
		"timelinejs": func(t *testing.T, out string, n int) {
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(rows) != n+1 || strings.Join(rows[0], ",") != strings.Join(TimelineJSHeader, ",") {
				t.Errorf("%d rows (%v), want a header and %d", len(rows), err, n)
			}
		},
		"jsonl": func(t *testing.T, out string, n int) {
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if n == 0 {
				lines = nil
				if out != "" {
					t.Errorf("no events written as %q", out)
				}
			}
			if len(lines) != n {
				t.Errorf("%d lines, want %d", len(lines), n)
			}
			for _, l := range lines {
				var e map[string]any
				if err := json.Unmarshal([]byte(l), &e); err != nil || e["start_date"] == nil {
					t.Errorf("line %q: %v", l, err)
				}
			}
		},
		"html": func(t *testing.T, out string, n int) {
			if !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, `id="tk-data"`) {
				t.Errorf("not the chart page: %.200s", out)
			}
		},
	}
	if len(check) != len(Formats()) {
		t.Errorf("%d formats registered, %d checked: check each new one here", len(Formats()), len(check))
	}
	for _, f := range Formats() {
		for _, evs := range [][]timeline.Event{events, nil} {
			t.Run(f.Name, func(t *testing.T) {
				var b bytes.Buffer
				w, err := f.New(&b, Options{Lang: "ar", Lexicon: lx})
				if err != nil {
					t.Fatal(err)
				}
				for i := range evs {
					if err := w.Write(&evs[i]); err != nil {
						t.Fatal(err)
					}
				}
				if err := w.Close(); err != nil {
					t.Fatal(err)
				}
				check[f.Name](t, b.String(), len(evs))
			})
		}
	}
}

func TestLookup(t *testing.T) {
	for _, name := range Names() {
		if f, err := Lookup(name); err != nil || f.Name != name || f.New == nil {
			t.Errorf("Lookup(%q) = %+v, %v", name, f, err)
		}
		if !strings.Contains(Help("  "), "\n  "+name+" ") && !strings.HasPrefix(Help("  "), "  "+name+" ") {
			t.Errorf("help lacks %q:\n%s", name, Help("  "))
		}
	}
	if _, err := Lookup("xml"); err == nil || !strings.Contains(err.Error(), `unknown format "xml" (want csv, timelinejs, jsonl, html)`) {
		t.Errorf("Lookup(xml) error %v", err)
	}
}

// TestJSONLEmptyLists: an event without people, places, organizations or
// docs writes [] for each, not null, so that readers can iterate.
func TestJSONLEmptyLists(t *testing.T) {
	var b bytes.Buffer
	w, err := newJSONL(&b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := &timeline.Event{Date: "2024", Type: "other", Status: timeline.Happened}
	if err := w.Write(e); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"people":[]`, `"places":[]`, `"organizations":[]`, `"docs":[]`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("%s lacks %s", b.String(), want)
		}
	}
	if strings.Contains(b.String(), "null") {
		t.Errorf("null written: %s", b.String())
	}
	if e.People != nil {
		t.Error("Write changed the event")
	}
}
