package temporal

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// FuzzFind: no panic, offsets inside the text, sorted and not overlapping,
// token ranges inside the token list, with and without an article date.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"الأربعاء 2024/03/27", "من 10 إلى 12 مارس", "بين 2014 و", "بين", "من", "قبل", "كل",
		"1 رمضان 1445 هـ", "كانون", "كانون الثاني/", "أكتوبر (", "أكتوبر (تشرين الأول", "2024/", "2024/03/",
		"اليوم (السبت", "أواخر", "منذ", "الحادي و", "ألف و", "March 27,", "between 2014 and", "the 1990",
		"٢٠٢٤/٣/٢٧", "وَقَالَ، وبالأمسِ", "\u200f2024\u200e/03/27", "99999999999999999999/1/1", "31/2/2024",
		"عام 0", "في 0000", "early", "mid-", "Q", "9999 هـ", "1 محرم 1 هـ", "كل يوم جمعة",
	} {
		f.Add(s, int64(0))
		f.Add(s, time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC).Unix())
	}
	f.Fuzz(func(t *testing.T, s string, dctUnix int64) {
		var dct time.Time
		if dctUnix != 0 {
			dct = time.Unix(dctUnix%(400*365*86400), 0).UTC()
		}
		checkFind(t, s, dct)
	})
}

// checkFind runs s through Find in both languages and fails on a span
// outside the text, out of order or overlapping, a token range outside the
// token list, a Text that is not its span, or an interval that ends before
// it starts. It returns how many expressions each language found.
func checkFind(t *testing.T, s string, dct time.Time) map[textnorm.Lang]int {
	t.Helper()
	tx := textnorm.Normalize(s)
	toks := tx.Tokenize()
	n := utf8.RuneCountInString(s)
	found := map[textnorm.Lang]int{}
	for _, lang := range []textnorm.Lang{textnorm.Arabic, textnorm.English} {
		prevEnd := 0
		for _, x := range testRec.Find(tx, toks, lang, dct) {
			if x.Start < prevEnd || x.Start >= x.End || x.End > n {
				t.Fatalf("bad span %d..%d (prev end %d, %d runes) in %.80q", x.Start, x.End, prevEnd, n, s)
			}
			if x.Tok < 0 || x.Tok >= x.TokEnd || x.TokEnd > len(toks) {
				t.Fatalf("bad token range %d..%d of %d", x.Tok, x.TokEnd, len(toks))
			}
			if x.Text != tx.Slice(x.Start, x.End) {
				t.Fatalf("Text %q is not the span", x.Text)
			}
			if x.Dating() && x.EndDate.Before(x.StartDate) {
				t.Fatalf("interval ends before it starts: %+v", x)
			}
			prevEnd = x.End
			found[lang]++
		}
	}
	return found
}

// TestAdversarial runs hostile inputs through Find with the fuzz target's
// checks, and checks that a long repetition of the same clause is read the
// same way in every repetition: the cost of one repetition must not depend on
// what came before (a scanner that backtracks over the whole text, or stops
// early, changes the count).
func TestAdversarial(t *testing.T) {
	dct := time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC)
	const clause = "من بين 2014 و2017 قبل 3 أيام كل يوم. "
	one := checkFind(t, clause, dct)[textnorm.Arabic]
	if one == 0 {
		t.Fatalf("%q: no expression found", clause)
	}
	reps := (1 << 16) / len(clause)
	if got := checkFind(t, strings.Repeat(clause, reps), dct)[textnorm.Arabic]; got != one*reps {
		t.Errorf("%d repetitions of %q: %d expressions, want %d (%d each)", reps, clause, got, one*reps, one)
	}
	for _, tc := range []struct {
		in   string
		want int // Arabic expressions found
	}{
		{"\xff\xfe2024/03/27\xff", 1},
		{"٢٠٢٤/١٣/٤٠", 0}, // month 13, day 40: no date
		{"0/0/0", 0},
		{"-1/-1/2024", 1}, // the year alone
		{"", 0},
		{strings.Repeat("قبل ", 5000), 0},
		{strings.Repeat("(", 5000) + "عام 2024", 1},
	} {
		if got := checkFind(t, tc.in, dct)[textnorm.Arabic]; got != tc.want {
			t.Errorf("%.40q: %d expressions, want %d", tc.in, got, tc.want)
		}
	}
}
