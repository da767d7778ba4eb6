package temporal

import (
	"slices"
	"testing"
	"time"

	"github.com/tarikh/tarikh/textnorm"
)

// TestCoreNear checks the main loop's filter of function words on
// sentences of SaudiNewsNet 2015-07-21: a word such as من or بين with no
// number or date word in the coreReach tokens after it is not tried (skip
// lists those words), and no word it skips starts an expression.
func TestCoreNear(t *testing.T) {
	for _, c := range []struct {
		in   string
		skip []string
		want []string // the expressions found
	}{
		{"انسحب كثيرا من أجل التمركز بين السكان", []string{"من", "بين"}, nil},
		{"ولا ينفع من أجل الملاحقة أو السرعة", []string{"من"}, nil},
		{"بوروندي تأجلت من 15 إلى 21 يوليو (تموز)", nil, []string{"من 15 إلى 21 يوليو (تموز)"}},
		{"مليار يورو اعتبارا من العام 2016 و795", nil, []string{"العام 2016"}},
		{"أعمارهم بين 17 و23 عاما،", nil, []string{"23 عاما"}},
	} {
		norm := textnorm.Normalize(c.in)
		toks := norm.Tokenize()
		s := &scanner{lx: testRec.lx}
		dct := time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC)
		s.reset(norm, toks, textnorm.Arabic, dct)
		var skipped []string
		for i := range toks {
			if toks[i].Kind != textnorm.Word || !s.canStart(i) || s.coreNear(i) {
				continue
			}
			skipped = append(skipped, s.text(i))
			if e, ok := s.at(i); ok && e.end > i {
				t.Errorf("%s: %q is skipped but starts an expression", c.in, s.text(i))
			}
		}
		if !slices.Equal(skipped, c.skip) {
			t.Errorf("%s: skipped %q, want %q", c.in, skipped, c.skip)
		}
		var got []string
		for _, x := range testRec.Find(norm, toks, textnorm.Arabic, dct) {
			got = append(got, x.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: found %q, want %q", c.in, got, c.want)
		}
	}
}
