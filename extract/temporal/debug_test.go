package temporal

import (
	"os"
	"testing"
	"time"

	"github.com/tarikh/tarikh/extract/textnorm"
)

func TestDebugFile(t *testing.T) {
	f := os.Getenv("TARIKH_DEBUG_FILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tx := textnorm.Normalize(string(b))
	toks := tx.Tokenize()
	dct, _ := time.Parse(time.DateOnly, os.Getenv("TARIKH_DEBUG_DCT"))
	for _, x := range r.Find(tx, toks, textnorm.DetectLang(toks, tx), dct) {
		t.Logf("%d %q %s %s %v", x.Start, x.Text, x.Type, x.Value, x.Future)
	}
	s := &scanner{lx: r.lx, t: tx, toks: toks, cache: make([]tokSenses, len(toks))}
	for i := range toks {
		if tx.TokenText(toks[i]) == "قبل" {
			t.Logf("tok %d %q senses=%d", i, tx.TokenText(toks[i]), s.senses(i).n)
		}
	}
}
