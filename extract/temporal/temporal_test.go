package temporal

import (
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/textnorm"
)

var testRec = func() *Recognizer {
	r, err := New()
	if err != nil {
		panic(err)
	}
	return r
}()

func find(text string, lang textnorm.Lang, dct string) []Timex {
	var d time.Time
	if dct != "" {
		d, _ = time.Parse(time.DateOnly, dct)
	}
	t := textnorm.Normalize(text)
	return testRec.Find(t, t.Tokenize(), lang, d)
}

func ds(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// testDCT is the article date of most table cases: a Wednesday.
const testDCT = "2024-03-27"

// want is what a table case expects of its one expression.
type want struct {
	text, typ, value, start, end, mod string
	future                            bool
}

// findCase is one row of a table test: a text, its language and article
// date, and the one expression it holds (want.text "" means: no expression
// at all). Each family of patterns has its table beside its file
// (numeric_test.go, weekdays_test.go...).
type findCase struct {
	in   string
	lang textnorm.Lang
	dct  string
	want want
}

// valuesCase is a text and every expression it holds, as "text=value".
type valuesCase struct {
	in   string
	lang textnorm.Lang
	dct  string
	want []string
}

// runValues checks the text and value of every expression of each case.
func runValues(t *testing.T, cases []valuesCase) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, x := range find(c.in, c.lang, c.dct) {
			got = append(got, x.Text+"="+x.Value)
		}
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q (dct %s):\n got  %q\n want %q", c.in, c.dct, got, c.want)
		}
	}
}

// runFind checks each case's one expression: its text, type, value,
// interval, mod and future flag.
func runFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		xs := find(c.in, c.lang, c.dct)
		if c.want.text == "" {
			if len(xs) != 0 {
				t.Errorf("%q: want no expression, got %q (%s)", c.in, xs[0].Text, xs[0].Value)
			}
			continue
		}
		if len(xs) != 1 {
			var got []string
			for _, x := range xs {
				got = append(got, x.Text)
			}
			t.Errorf("%q: want one expression %q, got %q", c.in, c.want.text, got)
			continue
		}
		x := xs[0]
		got := want{x.Text, string(x.Type), x.Value, ds(x.StartDate), ds(x.EndDate), x.Mod, x.Future}
		if got != c.want {
			t.Errorf("%q:\n got  %+v\n want %+v", c.in, got, c.want)
		}
		if c.want.value == "" && x.Unresolved == "" {
			t.Errorf("%q: unresolved without a reason", c.in)
		}
	}
}

// TestFollowingPeriod: "the following week/month/year" counts from the last
// period named before it, else (in a future clause) from the article's date.
// TestHijriContext: "the current month" before a Hijri date in the same
// sentence is the Hijri month (DCT 2015-08-02 = 17 Shawwal 1436), and "X
// ويستمر حتى Y" is one range.
func TestHijriContext(t *testing.T) {
	xs := find("يطلق الملتقى فعالياته في الـ 27 من الشهر الجاري ويستمر حتى الـ 4 من شهر ذي القعدة القادم", "ar", "2015-08-02")
	var got []string
	for _, x := range xs {
		got = append(got, x.Text+"="+x.Value)
	}
	want := []string{"27 من الشهر الجاري ويستمر حتى الـ 4 من شهر ذي القعدة القادم=2015-08-12/2015-08-19"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestEasterSunday(t *testing.T) {
	for y, want := range map[int]string{2000: "2000-04-23", 2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2038: "2038-04-25"} {
		if got := easterSunday(y).Format(time.DateOnly); got != want {
			t.Errorf("Easter %d: got %s, want %s", y, got, want)
		}
	}
}

func TestFollowingPeriod(t *testing.T) {
	cases := []struct {
		in, lang, dct, text, value string
	}{
		{"انضمت عام 1967، وفي العام التالي انضمت ألمانيا الشرقية", "ar", "2015-08-02", "العام التالي", "1968"},
		{"It opened in March 2010 and closed the following month", "en", "2015-08-02", "the following month", "2010-04"},
		{"وقعت الاتفاقية في 3 مايو 2014 ثم عُدّلت في الشهر التالي", "ar", "2015-08-02", "الشهر التالي", "2014-06"},
		{"ستبدأ المرحلة الأولى، ثم تتبعها الثانية في العام التالي", "ar", "2015-08-02", "العام التالي", "2016"},
		{"وفي العام التالي تغير كل شيء", "ar", "2015-08-02", "العام التالي", ""},
	}
	for _, c := range cases {
		xs := find(c.in, textnorm.Lang(c.lang), c.dct)
		if len(xs) == 0 || xs[len(xs)-1].Text != c.text {
			t.Errorf("%q: the last expression is not %q: %+v", c.in, c.text, xs)
			continue
		}
		if x := xs[len(xs)-1]; x.Value != c.value {
			t.Errorf("%q: value %q, want %q (%s)", c.in, x.Value, c.value, x.Unresolved)
		}
	}
}

// TestOffsets checks that Start/End are code points of the original text and
// Tok/TokEnd the token range, with marks and clitics in the text.
func TestOffsets(t *testing.T) {
	in := "وَقَالَ، وبالأمسِ وفي ١٥ أبريلَ ٢٠٢٤ حدث"
	xs := find(in, textnorm.Arabic, "2024-04-20")
	if len(xs) != 2 {
		t.Fatalf("got %d expressions: %+v", len(xs), xs)
	}
	runes := []rune(in)
	for _, x := range xs {
		if x.Start < 0 || x.End > len(runes) || x.Start >= x.End {
			t.Fatalf("bad span %d..%d", x.Start, x.End)
		}
		if string(runes[x.Start:x.End]) != x.Text {
			t.Errorf("span %d..%d is %q, Text %q", x.Start, x.End, string(runes[x.Start:x.End]), x.Text)
		}
		if x.Tok >= x.TokEnd {
			t.Errorf("bad token range %d..%d", x.Tok, x.TokEnd)
		}
	}
	if xs[0].Text != "الأمسِ" || xs[1].Text != "١٥ أبريلَ ٢٠٢٤" {
		t.Errorf("texts %q, %q", xs[0].Text, xs[1].Text)
	}
}

func TestHijri(t *testing.T) {
	cases := []struct {
		y, m, d int
		want    string
	}{
		// Umm al-Qura, the Saudi calendar: Ramadan 1445 began on Monday 11
		// March 2024, Eid al-Fitr 1444 was Friday 21 April 2023, 1 Muharram
		// 1446 Sunday 7 July 2024, 1 Muharram 1400 the day of the Grand
		// Mosque seizure, 20 November 1979; 1 Shawwal 1436 = 17 July 2015.
		{1445, 9, 1, "2024-03-11"},
		{1444, 10, 1, "2023-04-21"},
		{1446, 1, 1, "2024-07-07"},
		{1400, 1, 1, "1979-11-20"},
		{1436, 10, 1, "2015-07-17"},
		// Outside the Umm al-Qura table (1356–1500): the tabular calendar.
		{1, 1, 1, "0622-07-19"},
		{1300, 1, 1, "1882-11-12"},
	}
	for _, c := range cases {
		if got := HijriToGregorian(c.y, c.m, c.d).Format(time.DateOnly); got != c.want {
			t.Errorf("%d-%d-%d: got %s want %s", c.y, c.m, c.d, got, c.want)
		}
		y, m, d := toHijri(HijriToGregorian(c.y, c.m, c.d))
		if y != c.y || m != c.m || d != c.d {
			t.Errorf("round trip %d-%d-%d: got %d-%d-%d", c.y, c.m, c.d, y, m, d)
		}
	}
}

func TestConcurrent(t *testing.T) {
	in := "قال أمس إن الاجتماع في 15 أبريل المقبل، بعد شهرين من مطلع فبراير"
	want := find(in, textnorm.Arabic, "2024-03-27")
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 50; k++ {
				got := find(in, textnorm.Arabic, "2024-03-27")
				if len(got) != len(want) || got[0] != want[0] {
					t.Error("concurrent Find differs")
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}
