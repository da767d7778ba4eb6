package output

import (
	"bytes"
	"encoding/csv"
	"testing"
)

// FuzzCSV writes a record and reads it back with encoding/csv: every cell
// must come back as Neutralize made it, and a neutralized cell must not
// start with a formula character.
func FuzzCSV(f *testing.F) {
	for _, s := range []string{"", "a,b", `"q"`, "line\nbreak", "crlf\r\nx", "\r\r\n", "\r", "=1+2", "-3", "@x", "\tx", "\u200fبغداد\u200e", " lead", "\xff"} {
		f.Add(s, "x", s, true)
	}
	f.Fuzz(func(t *testing.T, a, b, c string, bom bool) {
		var buf bytes.Buffer
		w, err := NewCSV(&buf, bom)
		if err != nil {
			t.Fatal(err)
		}
		in := []string{a, b, c}
		want := []string{Cell(a), Cell(b), Cell(c)}
		if err := w.Write(append([]string(nil), in...)); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		data := bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff"))
		r := csv.NewReader(bytes.NewReader(data))
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("read back %q: %v", data, err)
		}
		if len(recs) != 1 || len(recs[0]) != 3 {
			t.Fatalf("read back %q as %q, want one record of 3", data, recs)
		}
		for i := range want {
			if recs[0][i] != want[i] {
				t.Fatalf("cell %d: wrote %q, read back %q, want %q", i, in[i], recs[0][i], want[i])
			}
			if s := recs[0][i]; s != "" && isFormulaStart(s[0]) {
				t.Fatalf("cell %d: %q starts like a formula", i, s)
			}
		}
	})
}

func isFormulaStart(c byte) bool {
	switch c {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}
