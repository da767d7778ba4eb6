package format

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// FuzzReadCSV feeds arbitrary text to the events CSV reader: no panic, and
// every event it accepts has a date and an interval in order, and writes
// back as a CSV that reads again to as many events.
func FuzzReadCSV(f *testing.F) {
	if b, err := os.ReadFile("testdata/events.csv"); err == nil {
		f.Add(string(b))
	}
	for _, s := range []string{
		"date,docs,urls\n2024,a;b,;https://b.example/\n",
		"\ufeffDATE,Mod\n2024-01,END\n",
		"start_date,end_date\n2024-03-01,2024-03-05\n",
		"date\n2024-W53\n202\n2024-Q4\n",
		"date,text\n2024,\"a\"\"b\n\"\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		events, err := ReadCSV(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, e := range events {
			if e.Date == "" || e.StartDate.IsZero() || e.EndDate.Before(e.StartDate) {
				t.Fatalf("accepted an event without a date or with its interval reversed: %+v", e)
			}
		}
		var b bytes.Buffer
		w, _ := newCSV(&b, Options{})
		for i := range events {
			if err := w.Write(&events[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		back, err := ReadCSV(&b)
		if err != nil || len(back) != len(events) {
			t.Fatalf("wrote %d events that read back as %d: %v\n%s", len(events), len(back), err, b.String())
		}
	})
}
