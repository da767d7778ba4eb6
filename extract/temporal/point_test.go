package temporal

import (
	"testing"
	"time"

	"github.com/tarikh/tarikh/textnorm"
)

// TestPointBareWords checks point's fast path for words with no sense in
// the lexicon against the full set of patterns (point1), token by token,
// on sentences of tuning days (SaudiNewsNet 2015-07-21): a word the
// patterns read by its text (فصل, حقبة, فترة) must still be tried.
func TestPointBareWords(t *testing.T) {
	for _, in := range []string{
		"للغزو في فصل الصيف باتجاه حام وبريتال ومعربون",
		"الجنسية خلال حقبة السبعينات، في محاولة لتفسير",
		"رئيسًا للوزراء فترة الثمانينات، ومهدي كروبي",
	} {
		norm := textnorm.Normalize(in)
		toks := norm.Tokenize()
		s := &scanner{lx: testRec.lx}
		s.reset(norm, toks, textnorm.DetectLang(toks, norm), time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC))
		tried := 0
		for i := range toks {
			if toks[i].Kind != textnorm.Word || s.senses(i).n != 0 {
				continue
			}
			p1, e1, ok1 := s.point1(i)
			p, e, ok := s.point(i)
			if ok != ok1 || e != e1 || p != p1 {
				t.Errorf("%s: at %q point gives %v %d %+v, the patterns %v %d %+v", in, s.text(i), ok, e, p, ok1, e1, p1)
			}
			if ok1 {
				tried++
			}
		}
		if tried == 0 {
			t.Errorf("%s: no word without a sense starts a date: the case tests nothing", in)
		}
	}
}
