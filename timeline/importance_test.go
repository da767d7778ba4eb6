package timeline

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// told is an event of one article told at sentence `at` (1 = title).
func told(date, gran, typ, doc string, at int32, people ...string) Event {
	start, end := date, date
	if gran == "year" {
		start, end = date+"-01-01", date+"-12-31"
	}
	e := ev(date, start, end, gran, typ, Happened, doc, people...)
	e.at = at
	return e
}

// mentions is the Refs of an article that gives date with each of people
// in one sentence.
func mentions(date string, people ...string) Refs {
	r := Refs{}
	for _, p := range people {
		r.pairs = append(r.pairs, dateEntity{date, p})
		r.entities = append(r.entities, p)
	}
	r.compact()
	return r
}

// art is the Report of an article that tells evs and refers to what they
// tell and, besides, to extra.
func art(extra Refs, evs ...Event) Report {
	r := eventRefs(evs)
	r.pairs = append(r.pairs, extra.pairs...)
	r.entities = append(r.entities, extra.entities...)
	r.compact()
	return Report{Events: evs, Refs: r}
}

// unrelated is an article about something else: it names other, at another date.
func unrelated(i int) Report {
	return Report{Refs: mentions("2001-01-01", fmt.Sprintf("other%d", i))}
}

// scores merges the reports and returns the importance of each event by
// its type (the tests give each event its own type).
func scores(t *testing.T, reports []Report) map[string]Event {
	t.Helper()
	m := NewMerger()
	for _, r := range reports {
		m.AddReport(r)
	}
	evs, err := m.Events()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]Event{}
	for _, e := range evs {
		if _, dup := out[e.Type]; dup {
			t.Fatalf("two events of type %s", e.Type)
		}
		out[e.Type] = e
	}
	return out
}

// TestImportanceSignals checks each signal of the score on a small corpus
// where two events differ by that signal alone: the first must outrank the
// second.
func TestImportanceSignals(t *testing.T) {
	pad := func(rs ...Report) []Report { // a run of 20 articles
		for i := len(rs); i < 20; i++ {
			rs = append(rs, unrelated(i))
		}
		return rs
	}
	tests := []struct {
		name    string
		reports []Report
	}{
		{"a date many articles refer to outranks one told once", pad(
			art(Refs{}, told("2024-03-26", "day", "high", "a", 10, "hussein"), told("2024-03-10", "day", "low", "a", 10, "sudani")),
			Report{Refs: mentions("2024-03-26", "hussein")},
			Report{Refs: mentions("2024-03-26", "hussein")},
			Report{Refs: mentions("2024-03-26", "hussein")},
			// The other event's people are as central: only the date differs.
			Report{Refs: mentions("2024-02-01", "sudani")},
			Report{Refs: mentions("2024-02-02", "sudani")},
			Report{Refs: mentions("2024-02-03", "sudani")},
		)},
		{"told by three articles outranks told by one", pad(
			art(Refs{}, told("2024-03-26", "day", "high", "a", 10, "hussein"), told("2024-03-10", "day", "low", "a", 10, "sudani")),
			// The other event's date is as cited, its people as central.
			art(mentions("2024-03-10", "sudani"), told("2024-03-26", "day", "high", "b", 10, "hussein")),
			art(mentions("2024-03-10", "sudani"), told("2024-03-26", "day", "high", "c", 10, "hussein")),
		)},
		{"told in a title outranks told deep in the body", pad(
			art(Refs{}, told("2024-03-26", "day", "high", "a", 1, "hussein")),
			art(Refs{}, told("2024-03-10", "day", "low", "b", 12, "sudani")),
		)},
		{"told in the lead outranks told deep in the body", pad(
			art(Refs{}, told("2024-03-26", "day", "high", "a", 3, "hussein")),
			art(Refs{}, told("2024-03-10", "day", "low", "b", 12, "sudani")),
		)},
		{"a participant the corpus names often outranks a rare one", pad(
			art(Refs{}, told("2024-03-26", "day", "high", "a", 10, "hussein"), told("2024-03-10", "day", "low", "a", 10, "sudani")),
			Report{Refs: Refs{entities: []string{"hussein"}}},
			Report{Refs: Refs{entities: []string{"hussein"}}},
			Report{Refs: Refs{entities: []string{"hussein"}}},
		)},
		{"a day outranks a year with the same counts", pad(
			art(Refs{}, told("2024-03-26", "day", "high", "a", 10, "hussein"), told("2024", "year", "low", "a", 10, "sudani")),
		)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scores(t, tt.reports)
			hi, lo := got["high"], got["low"]
			if hi.Importance <= lo.Importance {
				t.Errorf("importance %.1f (%s) <= %.1f (%s)", hi.Importance, hi.Date, lo.Importance, lo.Date)
			}
			for _, e := range []Event{hi, lo} {
				if e.Importance <= 0 || e.Importance > 100 {
					t.Errorf("%s: importance %.1f outside (0, 100]", e.Type, e.Importance)
				}
			}
		})
	}
}

// TestImportanceInvariant: the score depends on the set of articles, not on
// their order, and is the same for an in-memory and a spilling Merger.
// (The events are built so that they merge the same way in any order.)
func TestImportanceInvariant(t *testing.T) {
	var reports []Report
	pairs := [][]string{{"a", "b"}, {"c", "d"}, {"e", "f"}}
	for i := range 30 {
		p := pairs[i%len(pairs)]
		day := fmt.Sprintf("2024-03-%02d", 10+i%len(pairs))
		r := art(mentions(fmt.Sprintf("2024-04-%02d", 1+i%4), p[0], "x"), told(day, "day", "meeting", fmt.Sprint("doc", i), int32(1+i%7), p...))
		reports = append(reports, r)
	}
	key := func(evs []Event) []string {
		var s []string
		for _, e := range evs {
			s = append(s, fmt.Sprintf("%s %s %d %.1f", e.Date, ids(e.People), e.Sources, e.Importance))
		}
		slices.Sort(s)
		return s
	}
	run := func(rs []Report, spill bool) []string {
		m := NewMerger()
		if spill {
			var err error
			if m, err = NewSpillingMerger(t.TempDir()); err != nil {
				t.Fatal(err)
			}
			defer m.Close()
		}
		for _, r := range rs {
			m.AddReport(r)
		}
		evs, err := m.Events()
		if err != nil {
			t.Fatal(err)
		}
		return key(evs)
	}
	want := run(reports, false)
	if !slices.Equal(run(reports, true), want) {
		t.Error("a spilling Merger scores differently")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		rs := slices.Clone(reports)
		rng.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
		if got := run(rs, false); !slices.Equal(got, want) {
			t.Fatalf("another article order changes the scores:\n got %v\nwant %v", got, want)
		}
	}
}

// TestImportanceWithoutRefs: Add (events only) still scores, from the
// events' own dates and participants.
func TestImportanceWithoutRefs(t *testing.T) {
	m := NewMerger()
	m.Add([]Event{told("2024-03-26", "day", "meeting", "a", 1, "blinken", "hussein")})
	m.Add([]Event{told("2024-03-26", "day", "meeting", "b", 5, "hussein", "blinken")})
	m.Add([]Event{told("2024-03-10", "day", "visit", "b", 9, "sudani")})
	evs, err := m.Events()
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 || evs[1].Sources != 2 || evs[1].Importance <= evs[0].Importance {
		t.Fatalf("want the meeting told twice first by importance, got %+v", evs)
	}
}

func TestImportanceBounds(t *testing.T) {
	if got := NewMerger(); got.Len() != 0 {
		t.Fatal("new merger not empty")
	}
	// Every article tells it in its title with the same date and person:
	// the score reaches its cap.
	m := NewMerger()
	for i := range 5 {
		m.AddReport(Report{Events: []Event{told("2024-03-26", "day", "meeting", fmt.Sprint(i), 1, "hussein")}, Refs: mentions("2024-03-26", "hussein")})
	}
	evs, _ := m.Events()
	if len(evs) != 1 || evs[0].Importance != 100 {
		t.Fatalf("want one event at 100, got %+v", evs)
	}
	if got := FormatImportance(43.25); got != "43.2" && got != "43.3" {
		t.Errorf("FormatImportance(43.25) = %q", got)
	}
}

func TestTop(t *testing.T) {
	mk := func(date string, imp float64, src int) Event {
		return Event{Date: date, Importance: imp, Sources: src, StartDate: mustDay(date)}
	}
	evs := []Event{
		mk("2024-01-01", 10, 1),
		mk("2024-01-02", 50, 1),
		mk("2024-01-03", 30, 4),
		mk("2024-01-04", 30, 2), // tie with the one before: more sources wins
		mk("2024-01-05", 50, 1), // tie with 01-02 in all: the first one wins
		mk("2024-01-06", 5, 9),
	}
	dates := func(es []Event) string {
		var s []string
		for _, e := range es {
			s = append(s, e.Date[8:])
		}
		return strings.Join(s, ",")
	}
	tests := []struct {
		n    int
		want string
	}{
		{0, "01,02,03,04,05,06"},
		{-1, "01,02,03,04,05,06"},
		{1, "02"},
		{2, "02,05"},
		{3, "02,03,05"},
		{4, "02,03,04,05"},
		{6, "01,02,03,04,05,06"},
		{9, "01,02,03,04,05,06"},
	}
	for _, tt := range tests {
		if got := dates(Top(slices.Clone(evs), tt.n)); got != tt.want {
			t.Errorf("Top(%d) = %s, want %s", tt.n, got, tt.want)
		}
	}
}

// TestTopBusyDay: the key events are the most important, also when many
// are of one day.
func TestTopBusyDay(t *testing.T) {
	mk := func(date string, imp float64) Event {
		return Event{Date: date, Importance: imp, Sources: 1, StartDate: mustDay(date), Type: fmt.Sprint(imp)}
	}
	evs := []Event{
		mk("2015-07-26", 61), mk("2015-07-26", 60), mk("2015-07-26", 59), mk("2015-07-26", 58),
		mk("2015-08-01", 57),
		mk("2015-08-03", 40),
	}
	types := func(es []Event) string {
		var s []string
		for _, e := range es {
			s = append(s, e.Type)
		}
		return strings.Join(s, ",")
	}
	for _, tt := range []struct {
		n    int
		want string
	}{
		{1, "61"},
		{2, "61,60"},
		{5, "61,60,59,58,57"},
	} {
		if got := types(Top(evs, tt.n)); got != tt.want {
			t.Errorf("Top(%d) = %s, want %s", tt.n, got, tt.want)
		}
	}
}

func TestEachTop(t *testing.T) {
	m := NewMerger()
	// Three events: "big" told by three articles, "mid" by two, "small" by one.
	for i, typ := range []string{"big", "big", "big", "mid", "mid", "small"} {
		day := map[string]string{"big": "2024-03-20", "mid": "2024-03-10", "small": "2024-03-01"}[typ]
		m.AddReport(Report{Events: []Event{told(day, "day", typ, fmt.Sprint("doc", i), 5, typ)}, Refs: mentions(day, typ)})
	}
	collect := func(n int, keep func(*Event) bool) string {
		var s []string
		err := m.EachTop(n, keep, func(e *Event) error {
			if e.Importance == 0 {
				t.Errorf("%s: no importance", e.Type)
			}
			s = append(s, e.Type)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(s, ",")
	}
	notBig := func(e *Event) bool { return e.Type != "big" }
	tests := []struct {
		n    int
		keep func(*Event) bool
		want string
	}{
		{0, nil, "small,mid,big"}, // all, in date order
		{1, nil, "big"},
		{2, nil, "mid,big"},
		{1, notBig, "mid"}, // the key events among those the filter keeps
		{0, notBig, "small,mid"},
	}
	for _, tt := range tests {
		if got := collect(tt.n, tt.keep); got != tt.want {
			t.Errorf("EachTop(%d) = %s, want %s", tt.n, got, tt.want)
		}
	}
}

// TestReportRefs: the assembler's Refs pair every date of a sentence with
// every entity it names, also in sentences that make no event, and leave
// out what is not the article's body.
func TestReportRefs(t *testing.T) {
	days := map[string]time.Time{"الجمعة": mustDay("2021-07-16"), "الخميس": mustDay("2021-07-15")}
	x, asm := newTestAssembler(t, days)
	text := "أعلن البيت الأبيض الجمعة أن جو بايدن سيستقبل الكاظمي في واشنطن. " +
		"وبلغ عدد زوار واشنطن 806 آلاف عام 2010 و900 ألف عام 2011.\n" +
		"مقالات ذات صلة\nبلينكن يزور العراق الخميس"
	d, err := x.Analyze(context.Background(), text, mustDay("2021-07-17"))
	if err != nil {
		t.Fatal(err)
	}
	r := asm.Report(d, "doc")
	var got []string
	for _, p := range r.Refs.pairs {
		got = append(got, p.date+" "+p.entity)
	}
	want := []string{
		"2010 washington", "2011 washington", // figures: no event, still a reference
		"2021-07-16 biden", "2021-07-16 kadhimi", "2021-07-16 washington", "2021-07-16 white-house",
	}
	if !slices.Equal(got, want) {
		t.Errorf("pairs:\n got %q\nwant %q", got, want)
	}
	if want := []string{"biden", "kadhimi", "washington", "white-house"}; !slices.Equal(r.Refs.entities, want) {
		t.Errorf("entities = %q, want %q (nothing after the related-articles line)", r.Refs.entities, want)
	}
	if evs := asm.Events(d, "doc"); len(evs) != len(r.Events) {
		t.Errorf("Report has %d events, Events %d", len(r.Events), len(evs))
	}
}

// TestReportRefsBounded: a sentence with many dates and names gives a
// bounded number of pairs.
func TestReportRefsBounded(t *testing.T) {
	x, asm := newTestAssembler(t, nil)
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, "واشنطن %d بايدن ", 1900+i)
	}
	d, err := x.Analyze(context.Background(), b.String(), mustDay("2021-07-17"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(asm.Report(d, "doc").Refs.pairs); n > maxSentenceDates*maxSentenceEntities {
		t.Errorf("%d pairs from one sentence, want at most %d", n, maxSentenceDates*maxSentenceEntities)
	}
}

// TestKeyEventsEndToEnd runs a small hand-made corpus through the real
// date finder, the built-in gazetteer, the assembler and the merger: the
// meeting whose date three later articles refer to outranks a visit told
// once, though both are told by one article and the visit comes first in it.
func TestKeyEventsEndToEnd(t *testing.T) {
	x, asm := builtinAssembler(t)
	lx := asm.Lexicon()
	articles := []struct{ id, dct, text string }{
		{"a", "2024-03-27", "Iraq diplomacy this month.\n\nThe week was busy for Iraqi diplomats. " +
			"Sudani visited Tehran on March 10. Blinken met Fuad Hussein in Washington on March 26."},
		{"b", "2024-04-02", "Gaza talks.\n\nOfficials spoke about the war.\n\nFuad Hussein gave a television interview on March 26, his office said."},
		{"c", "2024-04-05", "Oil prices rose.\n\nMarkets were calm.\n\nFuad Hussein spoke about oil exports in an interview on March 26."},
		{"d", "2024-04-09", "Parliament debate.\n\nThe debate was long.\n\nFuad Hussein spoke to reporters on March 26 about the Gaza war."},
	}
	m := NewMerger()
	m.SetLexicon(lx)
	for _, a := range articles {
		d, err := x.Analyze(context.Background(), a.text, mustDay(a.dct))
		if err != nil {
			t.Fatal(err)
		}
		m.AddReport(asm.Report(d, a.id))
	}
	evs, err := m.Events()
	if err != nil {
		t.Fatal(err)
	}
	find := func(date, person string) Event {
		for _, e := range evs {
			if e.Date == date && strings.Contains(ids(e.People), person) && slices.Contains(e.Docs, "a") {
				return e
			}
		}
		t.Fatalf("no event of article a on %s with %s in %+v", date, person, evs)
		return Event{}
	}
	meeting, visit := find("2024-03-26", "antony-blinken"), find("2024-03-10", "sudani")
	if meeting.Sources != 1 || visit.Sources != 1 {
		t.Fatalf("want both told by one article, got %d and %d", meeting.Sources, visit.Sources)
	}
	if meeting.Importance <= visit.Importance {
		t.Errorf("meeting %.1f <= visit %.1f", meeting.Importance, visit.Importance)
	}
	if top := Top(evs, 1); len(top) != 1 || top[0].Date != "2024-03-26" {
		t.Errorf("Top(1) = %+v, want an event of 2024-03-26", top)
	}
}
