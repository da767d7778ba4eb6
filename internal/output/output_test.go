package output

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// entries lists dir, to see that no temporary file is left.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestFileIsAtomic(t *testing.T) {
	big := strings.Repeat("row,of,data\n", 20000) // more than the buffer: the temp file has content
	cases := []struct {
		name   string
		old    string // "" for no existing file
		commit bool
		want   string // file content after; "" for no file
	}{
		{"new file, committed", "", true, big},
		{"existing file, committed", "old\n", true, big},
		{"existing file, run failed", "old\n", false, "old\n"},
		{"no file, run failed", "", false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "out.csv")
			if c.old != "" {
				if err := os.WriteFile(p, []byte(c.old), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			f, err := Create(p, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Write([]byte(big)); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(p); string(got) != c.old {
				t.Errorf("destination changed before the end of the run")
			}
			if c.commit {
				if err := f.Commit(); err != nil {
					t.Fatal(err)
				}
			} else {
				f.Abort()
			}
			f.Abort() // after either, nothing more happens
			if err := f.Commit(); err != nil {
				t.Errorf("second Commit: %v", err)
			}
			got, err := os.ReadFile(p)
			switch {
			case c.want == "" && !os.IsNotExist(err):
				t.Errorf("file exists after a failed run: %v", err)
			case c.want != "" && string(got) != c.want:
				t.Errorf("file has %d bytes, want %d", len(got), len(c.want))
			}
			names := entries(t, dir)
			if (c.want == "" && len(names) != 0) || (c.want != "" && (len(names) != 1 || names[0] != "out.csv")) {
				t.Errorf("directory holds %q; a temporary file was left", names)
			}
			if c.commit {
				if st, _ := os.Stat(p); st.Mode().Perm() != 0o644 {
					t.Errorf("mode %v, want 0644", st.Mode().Perm())
				}
			}
		})
	}
}

func TestCommitFailureRemovesTemp(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out")
	if err := os.Mkdir(p, 0o755); err != nil { // a directory where the file should go
		t.Fatal(err)
	}
	f, err := Create(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("x"))
	if err := f.Commit(); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("Commit onto a directory = %v, want an error naming it", err)
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("directory holds %q; a temporary file was left", names)
	}
}

func TestCreateInMissingDirectory(t *testing.T) {
	if _, err := Create(filepath.Join(t.TempDir(), "no", "out.csv"), nil); err == nil {
		t.Error("Create in a missing directory did not fail")
	}
}

func TestStdout(t *testing.T) {
	var out bytes.Buffer
	for _, name := range []string{"", "-"} {
		out.Reset()
		f, err := Create(name, &out)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte("a,b\n"))
		if err := f.Commit(); err != nil || out.String() != "a,b\n" {
			t.Errorf("Create(%q): wrote %q, %v", name, out.String(), err)
		}
	}
}

// TestCSVRoundTrip writes awkward cells and reads them back with
// encoding/csv.
func TestCSVRoundTrip(t *testing.T) {
	cases := []struct {
		name string
		cell string
		want string // as read back
	}{
		{"plain", "بغداد", "بغداد"},
		{"comma", "بغداد، العراق, Iraq", "بغداد، العراق, Iraq"},
		{"quotes", `قال "نعم"`, `قال "نعم"`},
		{"newline", "سطر\nسطر", "سطر\nسطر"},
		{"CRLF becomes LF", "a\r\nb\r\r\nc", "a\nb\nc"},
		{"lone CR kept", "a\rb", "a\rb"},
		{"RTL and LTR marks", "\u200fبغداد\u200e 2024\u202b", "\u200fبغداد\u200e 2024\u202b"},
		{"leading space", " x", " x"},
		{"equals", "=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"plus", "+1", "'+1"},
		{"minus", "-1", "'-1"},
		{"at", "@SUM(A1)", "'@SUM(A1)"},
		{"tab", "\t=1", "'\t=1"},
		{"CR", "\r=1", "'\r=1"},
		{"CRLF then formula", "\r\n=1", "\n=1"},
		{"formula later is fine", "a=1", "a=1"},
		{"empty", "", ""},
	}
	for _, bom := range []bool{false, true} {
		var buf bytes.Buffer
		w, err := NewCSV(&buf, bom)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if err := w.Write([]string{c.name, c.cell, "end"}); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		data := buf.Bytes()
		if bom != bytes.HasPrefix(data, []byte("\ufeff")) {
			t.Errorf("bom %v: output starts %q", bom, data[:min(len(data), 8)])
		}
		recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != len(cases) {
			t.Fatalf("read %d records, want %d", len(recs), len(cases))
		}
		for i, c := range cases {
			if recs[i][0] != c.name || recs[i][1] != c.want || recs[i][2] != "end" {
				t.Errorf("%s: read back %q, want %q", c.name, recs[i], []string{c.name, c.want, "end"})
			}
		}
	}
}

// TestCSVWriteKeepsRecord checks that Write neutralizes what it writes,
// not the caller's record: a header slice shared by every run stays intact.
func TestCSVWriteKeepsRecord(t *testing.T) {
	var b strings.Builder
	c, err := NewCSV(&b, false)
	if err != nil {
		t.Fatal(err)
	}
	rec := []string{"=1+1", "a\r\nb", "@x"}
	if err := c.Write(rec); err != nil {
		t.Fatal(err)
	}
	if err := c.Flush(); err != nil {
		t.Fatal(err)
	}
	if rec[0] != "=1+1" || rec[1] != "a\r\nb" || rec[2] != "@x" {
		t.Errorf("Write changed its argument to %q", rec)
	}
	if want := "'=1+1,\"a\nb\",'@x\n"; b.String() != want {
		t.Errorf("wrote %q, want %q", b.String(), want)
	}
}
