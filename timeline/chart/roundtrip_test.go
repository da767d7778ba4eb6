package chart_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/textnorm"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
	"github.com/tarikh/tarikh/timeline/format"
)

// TestDateRoundTrip follows dates from the resolver through the events CSV
// to the chart: every interval the resolver gives is the one the chart
// draws, read from the CSV's start_date and end_date, and, when a
// hand-edited CSV gives only the date value, from the one date model
// (temporal.ParseValue).
func TestDateRoundTrip(t *testing.T) {
	rec, err := temporal.New()
	if err != nil {
		t.Fatal(err)
	}
	dct := time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"التقى الوزير أمس، وفي 15 أبريل 2024، وفي أواخر يناير، ومطلع فبراير، ومنتصف 2020، وأواسط الأسبوع المقبل، " +
			"والأسبوع الماضي، والشهر المقبل، وبداية العام المقبل، وفي الربع الأول من عام 2023، وبين 2014 و2017، " +
			"ومن 10 إلى 12 مارس 2024، وفي التسعينيات، وفي صيف 2016، وعطلة نهاية الأسبوع المقبل.",
		"They met last Tuesday, in late January, in early 2023, in the third quarter, in H1 2016, in mid-March, " +
			"next week, early next week, late this week, the 1990s, summer 2016, and in the 1980s.",
	}
	var want []timeline.Event
	for _, text := range texts {
		tx := textnorm.Normalize(text)
		toks := tx.Tokenize()
		for _, x := range rec.Find(tx, toks, textnorm.DetectLang(toks, tx), dct) {
			if !x.Dating() {
				continue
			}
			want = append(want, timeline.Event{Date: x.Value, StartDate: x.StartDate, EndDate: x.EndDate,
				Granularity: x.Granularity, Mod: x.Mod, Type: "meeting", Status: timeline.Happened,
				Headline: x.Text, TimeText: x.Text, Text: text, Docs: []string{"doc"}, Sources: 1})
		}
	}
	if len(want) < 25 {
		t.Fatalf("only %d dates resolved", len(want))
	}
	var csv bytes.Buffer
	f, _ := format.Lookup("csv")
	w, err := f.New(&csv, format.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if err := w.Write(&want[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	// check reads data and compares the chart's intervals with the
	// resolver's; noMod: the CSV has no start_date and end_date, and the
	// events CSV has no mod column, so a date said "late January" is drawn
	// as the whole of January, which must hold the resolver's interval.
	check := func(name string, data string, noMod bool) {
		t.Helper()
		events, err := format.ReadCSV(strings.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		p := pageData(t, render(t, events, chart.Options{}))
		if len(p.Items) != len(want) {
			t.Fatalf("%s: %d items, want %d", name, len(p.Items), len(want))
		}
		for i, e := range want {
			it := p.Items[i]
			if noMod && e.Mod != "" {
				if it.Start > day(e.StartDate) || it.End < day(e.EndDate) || it.Gran != e.Granularity {
					t.Errorf("%s: %q (%s %s): chart %s..%s %s does not hold the resolver's %s..%s", name, e.Headline,
						e.Date, e.Mod, it.Start, it.End, it.Gran, day(e.StartDate), day(e.EndDate))
				}
				continue
			}
			if it.Start != day(e.StartDate) || it.End != day(e.EndDate) || it.Gran != e.Granularity {
				t.Errorf("%s: %q (%s %s): chart %s..%s %s, resolver %s..%s %s", name, e.Headline, e.Date, e.Mod,
					it.Start, it.End, it.Gran, day(e.StartDate), day(e.EndDate), e.Granularity)
			}
		}
	}
	check("events CSV", csv.String(), false)
	// The same rows with only the date value, as a hand-made CSV may give them.
	lines := strings.Split(strings.TrimSpace(csv.String()), "\n")
	for i := 1; i < len(lines); i++ {
		cells := strings.SplitN(lines[i], ",", 5)
		cells[1], cells[2], cells[3] = "", "", ""
		lines[i] = strings.Join(cells, ",")
	}
	check("date value only", strings.Join(lines, "\n")+"\n", true)
}

func day(t time.Time) string { return t.Format(time.DateOnly) }
