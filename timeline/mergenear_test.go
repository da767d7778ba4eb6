package timeline

import (
	"strconv"
	"testing"
	"time"
)

// TestDatesNear checks the date test that Merger.add puts before
// sameEvent (issue #19): the events of real reports (SaudiNewsNet
// 2015-08-10 and 2015-08-02, development days) that the merger may join
// are near (their dates overlap, or they are a day and the day after),
// the others are not, and the spans of Unix seconds answer as the times
// do, also for times that are not UTC (compared as times).
func TestDatesNear(t *testing.T) {
	riyadh := time.FixedZone("AST", 3*60*60)
	day := func(s string) (time.Time, time.Time) { d := mustDay(s); return d, d }
	span := func(a, b string) (time.Time, time.Time) { return mustDay(a), mustDay(b) }
	ev := func(start, end time.Time) Event { return Event{StartDate: start, EndDate: end} }
	tests := []struct {
		name string
		a, b Event
		near bool
	}{
		// 2015-08-10-00756 "يوم أمس" and -01185 (no time word): one session.
		{"yesterday and the article's day", ev(day("2015-08-09")), ev(day("2015-08-10")), true},
		{"the article's day and yesterday", ev(day("2015-08-10")), ev(day("2015-08-09")), true},
		{"one day", ev(day("2015-08-10")), ev(day("2015-08-10")), true},
		// 2015-08-06-01572 "أمس" (5 August) and a report of 3 August.
		{"two days apart", ev(day("2015-08-05")), ev(day("2015-08-03")), false},
		// "خلال شهر أغسطس": the month holds the day.
		{"a month and a day in it", ev(span("2015-08-01", "2015-08-31")), ev(day("2015-08-10")), true},
		{"a month and the day after it", ev(span("2015-07-01", "2015-07-31")), ev(day("2015-08-01")), false},
		// "يومي 2 و3 سبتمبر" against the 4th: a range is no single day.
		{"a two-day range and the day after", ev(span("2015-09-02", "2015-09-03")), ev(day("2015-09-04")), false},
		{"a two-day range and its second day", ev(span("2015-09-02", "2015-09-03")), ev(day("2015-09-03")), true},
		{"a day of Riyadh's zone and the UTC day after", ev(time.Date(2015, 8, 9, 0, 0, 0, 0, riyadh), time.Date(2015, 8, 9, 0, 0, 0, 0, riyadh)), ev(day("2015-08-10")), false},
		{"days of Riyadh's zone a day apart", ev(time.Date(2015, 8, 9, 0, 0, 0, 0, riyadh), time.Date(2015, 8, 9, 0, 0, 0, 0, riyadh)), ev(time.Date(2015, 8, 10, 0, 0, 0, 0, riyadh), time.Date(2015, 8, 10, 0, 0, 0, 0, riyadh)), true},
	}
	for _, tc := range tests {
		if got := datesNear(&tc.a, &tc.b); got != tc.near {
			t.Errorf("%s: datesNear = %v, want %v", tc.name, got, tc.near)
		}
		if got := spanOf(&tc.a).near(spanOf(&tc.b), &tc.a, &tc.b); got != tc.near {
			t.Errorf("%s: dateSpan.near = %v, want %v", tc.name, got, tc.near)
		}
	}
	// The merger still joins a day and the day before (datelineReports):
	// 2015-08-02-00559 (its headline, no time word) and -01048 (أمس).
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	barrak := Entity{ID: "per:خالد البراك", NameAr: "خالد البراك"}
	m := NewMerger()
	m.SetLexicon(lx)
	m.SetPlaces(mapPlaces{"al-ahsa": {"sa"}})
	m.Add([]Event{people(dated(at("2015-08-02", "accident", "a", "البراك ينقل تحيات أمير الشرقية للعمانيين المصابين في حادث خريص"), ""), barrak)})
	m.Add([]Event{people(dated(at("2015-08-01", "accident", "b", "اطمأن وكيل محافظة الأحساء، خالد البراك، يوم أمس، على حالة المرضى العمانيين المصابين في حادث الباص قرب مركز خريص في مستشفى الملك فهد بالهفوف، ومستشفى الأمير سعود بن جلوي، تم خلال الزيارة التأكد من تقديم الخدمات العلاجية للمصابين.", "al-ahsa"), "أمس"), barrak)})
	if n := m.Len(); n != 1 {
		t.Errorf("a day and the day before: %d events, want 1", n)
	}
}

// BenchmarkMergerAdd measures the merger alone: the reports of about 4 MB
// of SaudiNewsNet (2015-08-02), assembled beforehand (untimed), added to a
// new Merger. bytes are the articles' text.
func BenchmarkMergerAdd(b *testing.B) {
	docs, n, g, lx := analyzedNews(b, 4<<20)
	asm := NewAssembler(lx, "en")
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		reports := make([]Report, len(docs))
		for k, d := range docs {
			reports[k] = asm.Report(d, strconv.Itoa(k))
		}
		m := NewMerger()
		m.SetLexicon(lx)
		m.SetPlaces(g)
		b.StartTimer()
		for _, r := range reports {
			m.AddReport(r)
		}
	}
}
