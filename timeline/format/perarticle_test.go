package format

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/timeline"
)

const paSample = `{"v":1,"kind":"article","doc":"a","src":"d/a.jsonl","line":3,"date":"2024-03-26","dct_source":"jsonl","events":1,"refs":{"pairs":[["2024-03-26","sudani"]],"entities":["sudani"]}}
{"v":1,"kind":"event","doc":"a","src":"d/a.jsonl","line":3,"index":0,"sentence":2,"date":"2024-03-26","start_date":"2024-03-26","end_date":"2024-03-26","granularity":"day","type":"meeting","status":"happened","people":[{"id":"sudani","name_en":"Mohammed Shia al-Sudani","name_ar":"محمد شياع السوداني"}],"places":[],"organizations":[],"time_text":"الثلاثاء","text":"التقى السوداني","url":"https://x.example/a"}
`

// TestPerArticleRoundTrip: what ReadPerArticle reads writes back the same.
func TestPerArticleRoundTrip(t *testing.T) {
	var info *ArticleInfo
	var refs timeline.Refs
	var evs []timeline.Event
	err := ReadPerArticle(strings.NewReader(paSample), "s", func(r PerArticleRecord) error {
		if r.Article != nil {
			info, refs = r.Article, r.Refs
		} else {
			evs = append(evs, r.Event.Event)
			if r.Event.Order != (timeline.Order{Src: "d/a.jsonl", Line: 3}) {
				t.Errorf("order %+v", r.Event.Order)
			}
		}
		return nil
	}, func(e *LineError) { t.Error(e) })
	if err != nil || info == nil || len(evs) != 1 {
		t.Fatalf("read %v, %v, %d events", err, info, len(evs))
	}
	if evs[0].Sentence() != 2 || evs[0].Docs[0] != "a" || evs[0].URLs[0] != "https://x.example/a" {
		t.Errorf("event %+v", evs[0])
	}
	var b bytes.Buffer
	w := NewPerArticleWriter(&b)
	if err := w.Write(*info, timeline.Report{Events: evs, Refs: refs}); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if b.String() != paSample {
		t.Errorf("wrote\n%s\nwant\n%s", b.String(), paSample)
	}
}

// FuzzReadPerArticle: arbitrary lines never panic; every line is either a
// record or a *LineError naming its line, and accepted events have their
// interval in order.
func FuzzReadPerArticle(f *testing.F) {
	f.Add(paSample)
	f.Add(`{"v":1}` + "\n" + `{"v":1,"kind":"event","start_date":"2024-01-02","end_date":"2024-01-01"}`)
	f.Add("{\"v\":2}\n\n[]\nnull\n")
	f.Fuzz(func(t *testing.T, in string) {
		n := 0
		err := ReadPerArticle(strings.NewReader(in), "f", func(r PerArticleRecord) error {
			n++
			if e := r.Event; e != nil && e.EndDate.Before(e.StartDate) {
				t.Errorf("interval out of order: %+v", e)
			}
			return nil
		}, func(e *LineError) {
			n++
			if e.Path != "f" || e.Line < 1 {
				t.Errorf("bad LineError %v", e)
			}
		})
		if err != nil {
			return
		}
		lines := 0
		for _, l := range strings.Split(in, "\n") {
			if strings.TrimSpace(l) != "" {
				lines++
			}
		}
		if n != lines {
			t.Errorf("%d lines, %d records and errors", lines, n)
		}
	})
}
