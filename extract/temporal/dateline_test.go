package temporal

import (
	"strings"
	"testing"
	"time"
)

func TestDateLine(t *testing.T) {
	tests := []struct {
		line string
		want string // YYYY-MM-DD, or "" for no date line
	}{
		{"March 17, 1987", "1987-03-17"},
		{"17 March 1987", "1987-03-17"},
		{"WASHINGTON, March 17, 1987 -", "1987-03-17"},
		{"WASHINGTON, March 17, 1987 - The U.S. Agriculture Department said it expects wheat exports to rise", "1987-03-17"},
		{"NEW YORK, Oct 19, 1987 (Reuters) - Stocks fell", "1987-10-19"},
		{"Tue, Sep 15 2020 10:01:41 EDT", "2020-09-15"},
		{"Published: 3 June 2021 | Updated 4 June", "2021-06-03"},
		{"Updated 3:15 p.m. GMT, June 4, 2021", "2021-06-04"}, // a clock time and its day are one expression
		{"الأربعاء 27 مارس 2024", "2024-03-27"},
		{"الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07"},
		{"الرياض - الأربعاء 27 مارس 2024", "2024-03-27"},
		{"بغداد، 27 آذار/مارس 2024 (واس)", "2024-03-27"},
		{"تم نشره الجمعة 24 نيسان / أبريل 2020", "2020-04-24"},
		{"٢٧ مارس ٢٠٢٤", "2024-03-27"},
		{"2024-03-27", "2024-03-27"},
		// Not date lines.
		{"On March 17, 1987 the president said the talks would go on", ""},
		{"Biden to meet Sudani in Washington on April 15, 2024", ""},
		{"March 17", ""},     // no year: a relative date, not the article's
		{"الثلاثاء", ""},     // a weekday alone
		{"March 1987", ""},   // no day
		{"الرياض - واس", ""}, // a place and an agency
		{"التقى الوزير نظيره في 27 مارس 2024 في بغداد", ""},
		{"", ""},
	}
	for _, tc := range tests {
		d, ok := testRec.DateLine(tc.line)
		got := ""
		if ok {
			got = d.Format(time.DateOnly)
		}
		if got != tc.want {
			t.Errorf("DateLine(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestFirstDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24"},
		{"Posted on Tuesday, September 15, 2020 at 10:01 am by John", "2020-09-15"},
		{"Tue, 15 Sep 2020 10:01:41 EDT", "2020-09-15"},
		{"الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07"},
		{"Updated 3 hours ago", ""},
		{"March 2020", ""},
	}
	for _, tc := range tests {
		d, ok := testRec.FirstDate(tc.in)
		got := ""
		if ok {
			got = d.Format(time.DateOnly)
		}
		if got != tc.want {
			t.Errorf("FirstDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDateLineReadsTheStartOnly: the cost of DateLine does not grow with the
// line: a date past the first 100 characters is not read.
func TestDateLineReadsTheStartOnly(t *testing.T) {
	long := strings.Repeat("word ", 30) + "- March 17, 1987"
	if _, ok := testRec.DateLine(long); ok {
		t.Errorf("a date at character %d was read", len(long)-14)
	}
	huge := "March 17, 1987 - " + strings.Repeat("كلمة ", 1<<20)
	if d, ok := testRec.DateLine(huge); !ok || d.Format(time.DateOnly) != "1987-03-17" {
		t.Errorf("DateLine on a 5 MB line = %v, %v", d, ok)
	}
}

// FuzzDateLine: no input panics, and a date line's date is a real day.
func FuzzDateLine(f *testing.F) {
	for _, s := range []string{"March 17, 1987", "WASHINGTON, March 17, 1987 -", "الأربعاء 27 مارس 2024", " - - | ",
		"(((( March 17, 1987", "March 17, 1987 ))))", "٢٧ مارس ٢٠٢٤ - ", "31 February 2024", "0 March 0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := testRec.DateLine(s)
		if ok && (d.IsZero() || d.Hour() != 0) {
			t.Fatalf("DateLine(%q) = %v", s, d)
		}
	})
}
