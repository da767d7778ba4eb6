package timeline

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSpillFileGet reads back records shorter and longer than one read
// (spillRead), empty strings, and a record at the very end of the file.
func TestSpillFileGet(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "spill"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := &spillFile{f: f, w: bufio.NewWriterSize(f, 1<<16)}
	recs := [][2]string{
		{"أمس", "قال الوزير أمس إن ..."},
		{"", ""},
		{strings.Repeat("x", 3*spillRead), "y"},
		{"z", strings.Repeat("é", spillRead)},
		{"last", "record"},
	}
	refs := make([]int64, len(recs))
	for i, r := range recs {
		refs[i] = s.put(r[0], r[1])
	}
	if err := s.w.Flush(); err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{4, 2, 0, 3, 1, 2} {
		var a, b string
		if err := s.get(refs[i], &a, &b); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if a != recs[i][0] || b != recs[i][1] {
			t.Errorf("record %d: got %.20q %.20q, want %.20q %.20q", i, a, b, recs[i][0], recs[i][1])
		}
	}
	// A record cut short is an error, not a short string.
	var a, b, c string
	if err := s.get(refs[4], &a, &b, &c); err == nil {
		t.Error("reading past the last record: no error")
	}
}
