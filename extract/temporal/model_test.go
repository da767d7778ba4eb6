package temporal

import (
	"testing"
	"time"

	"github.com/tarikh/tarikh/textnorm"
)

func TestGranularityOrder(t *testing.T) {
	order := []Granularity{Second, Minute, Hour, Day, Week, Month, Quarter, Season, Half, Year, Decade, "", "fortnight"}
	for i := 0; i+1 < len(order); i++ {
		if order[i+1].Finer(order[i]) {
			t.Errorf("%q is finer than %q", order[i+1], order[i])
		}
	}
	if !Day.Finer(Month) || Month.Finer(Day) || Day.Finer(Day) {
		t.Error("Finer: day < month, not the other way, not itself")
	}
	if g, ok := ParseGranularity(" Month "); !ok || g != Month {
		t.Errorf("ParseGranularity(Month) = %q, %v", g, ok)
	}
	if _, ok := ParseGranularity("fortnight"); ok {
		t.Error("ParseGranularity(fortnight) ok")
	}
}

// TestParseValue: a TIMEX3 value and its modifier as an interval, the way
// the resolver builds the same values (early week = Monday..Wednesday,
// parts of quarters and decades by months).
func TestParseValue(t *testing.T) {
	tests := []struct{ value, mod, want string }{
		{"2024-03-26", "", "2024-03-26 2024-03-26 day"},
		{"2024-02", "", "2024-02-01 2024-02-29 month"},
		{"2024-01", "START", "2024-01-01 2024-01-10 month"},
		{"2024-01", "MID", "2024-01-11 2024-01-20 month"},
		{"2024-01", "END", "2024-01-21 2024-01-31 month"},
		{"2024", "", "2024-01-01 2024-12-31 year"},
		{"2023", "START", "2023-01-01 2023-04-30 year"},
		{"2023", "END", "2023-09-01 2023-12-31 year"},
		{"2024-W01", "", "2024-01-01 2024-01-07 week"},
		{"2024-W13", "", "2024-03-25 2024-03-31 week"},
		{"2021-W01", "", "2021-01-04 2021-01-10 week"},
		{"2020-W53", "", "2020-12-28 2021-01-03 week"},
		{"2021-W53", "", "error"},
		{"2024-W13", "START", "2024-03-25 2024-03-27 week"},
		{"2024-W13", "MID", "2024-03-26 2024-03-28 week"},
		{"2024-W13", "END", "2024-03-28 2024-03-31 week"},
		{"2016-W45-WE", "", "2016-11-12 2016-11-13 week"},
		{"2024-Q2", "", "2024-04-01 2024-06-30 quarter"},
		{"2024-Q2", "END", "2024-06-01 2024-06-30 quarter"},
		{"2016-H1", "", "2016-01-01 2016-06-30 half"},
		{"2016-SU", "", "2016-06-01 2016-08-31 season"},
		{"2016-WI", "", "2016-12-01 2017-02-28 season"},
		{"2016-WI", "START", "2016-12-01 2016-12-31 season"},
		{"2014-SU", "END", "2014-08-01 2014-08-31 season"},
		{"202", "", "2020-01-01 2029-12-31 decade"},
		{"199", "START", "1990-01-01 1993-04-30 decade"},
		{"2014/2017", "", "2014-01-01 2017-12-31 year"},
		{"2024-03-10/2024-03-12", "", "2024-03-10 2024-03-12 day"},
		{"2017/2014", "", "error"},
		{"2024-3-26", "", "error"},
		{"2024-13", "", "error"},
		{"2024-02-30", "", "error"},
		{"2024-Q5", "", "error"},
		{"2024-XX", "", "error"},
		{"PAST_REF", "", "error"},
		{"P3M", "", "error"},
		{"", "", "error"},
	}
	for _, tt := range tests {
		start, end, gran, err := ParseValue(tt.value, tt.mod)
		got := "error"
		if err == nil {
			got = start.Format(time.DateOnly) + " " + end.Format(time.DateOnly) + " " + string(gran)
		}
		if got != tt.want {
			t.Errorf("ParseValue(%q, %q) = %s, want %s", tt.value, tt.mod, got, tt.want)
		}
	}
}

// TestParseValueMatchesResolver: every resolved date whose value says its
// whole interval parses back to the interval the resolver gave it.
func TestParseValueMatchesResolver(t *testing.T) {
	texts := []struct {
		text string
		lang textnorm.Lang
	}{
		{"التقى الوزير أمس وفي 15 أبريل 2024 وفي أواخر يناير ومطلع فبراير ومنتصف 2020 وأواسط الأسبوع المقبل " +
			"والأسبوع الماضي والشهر المقبل والعام الحالي وبداية العام المقبل وفي الربع الأول من عام 2023 " +
			"وبين 2014 و2017 ومن 10 إلى 12 مارس 2024 وفي التسعينيات وفي صيف 2016 وعطلة نهاية الأسبوع المقبل.", textnorm.Arabic},
		{"They met last Tuesday, in late January, in early 2023, in the third quarter, in H1 2016, in mid-March, " +
			"next week, the end of March, the 1990s, early next week, late this week, summer 2016.", textnorm.English},
	}
	n := 0
	for _, tc := range texts {
		for _, x := range find(tc.text, tc.lang, testDCT) {
			if !x.Dating() {
				continue
			}
			n++
			start, end, gran, err := ParseValue(x.Value, x.Mod)
			if err != nil {
				t.Errorf("%q = %s: %v", x.Text, x.Value, err)
				continue
			}
			if !start.Equal(x.StartDate) || !end.Equal(x.EndDate) || gran != x.Granularity {
				t.Errorf("%q = %s %s: resolver %s..%s %s, ParseValue %s..%s %s", x.Text, x.Value, x.Mod,
					ds(x.StartDate), ds(x.EndDate), x.Granularity, ds(start), ds(end), gran)
			}
		}
	}
	if n < 25 {
		t.Errorf("only %d dates resolved", n)
	}
}

func TestDisplay(t *testing.T) {
	for _, c := range []struct{ lang, march, late string }{{"en", "March", "late"}, {"ar", "مارس", "أواخر"}} {
		d, ok := Display(c.lang)
		if !ok || d.Month(3) != c.march || d.Parts["END"] != c.late || d.Month(13) != "" {
			t.Errorf("Display(%s) = %+v, %v", c.lang, d, ok)
		}
	}
	if _, ok := Display("xx"); ok {
		t.Error("Display(xx) ok")
	}
}
