package temporal

import (
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
		tx := textnorm.Normalize(s)
		toks := tx.Tokenize()
		n := utf8.RuneCountInString(s)
		for _, lang := range []textnorm.Lang{textnorm.Arabic, textnorm.English} {
			prevEnd := 0
			for _, x := range testRec.Find(tx, toks, lang, dct) {
				if x.Start < prevEnd || x.Start >= x.End || x.End > n {
					t.Fatalf("bad span %d..%d (prev end %d, %d runes) in %q", x.Start, x.End, prevEnd, n, s)
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
			}
		}
	})
}

// TestAdversarial runs hostile inputs through Find once (the fuzz seeds run
// in every plain go test too).
func TestAdversarial(t *testing.T) {
	long := make([]byte, 0, 1<<16)
	for len(long) < 1<<16 {
		long = append(long, "من بين 2014 و2017 قبل 3 أيام كل "...)
	}
	for _, s := range []string{string(long), "\xff\xfe2024/03/27\xff", "٢٠٢٤/١٣/٤٠", "0/0/0", "-1/-1/2024"} {
		tx := textnorm.Normalize(s)
		_ = testRec.Find(tx, tx.Tokenize(), textnorm.Arabic, time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC))
	}
}
