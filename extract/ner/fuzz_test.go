package ner

import (
	"testing"

	"github.com/tarikh/tarikh/textnorm"
)

// FuzzLabel labels any text with the built-in models: no panic, spans
// inside the tokens, in order and not overlapping, and a name key with its
// proclitic inside the first token.
func FuzzLabel(f *testing.F) {
	for _, s := range []string{
		"قال وزير الخارجية اليمني رياض ياسين إن الحوثيين",
		"وللأمم المتحدة وإسرائيل والسعودية",
		"President Barack Obama met U.S. officials in Washington on Monday.",
		"ب و ل لل ال وال\u064b\u0640",
		"\xff\xfe Mr. \u200f A.B.C. 'O'Brien'",
		"",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	models := map[bool]*Model{}
	for en, lang := range map[bool]string{false: "ar", true: "en"} {
		m, err := Builtin(lang)
		if err != nil {
			f.Fatal(err)
		}
		models[en] = m
	}
	f.Fuzz(func(t *testing.T, text string, en bool) {
		m := models[en]
		tx := textnorm.Normalize(text)
		toks := tx.Tokenize()
		hints := make([]Hint, len(toks))
		for i := range hints {
			hints[i] = Hint(i*7) & (HintPerson | HintPlace | HintInside)
		}
		for _, h := range [][]Hint{nil, hints} {
			prev := 0
			for _, sp := range m.Label(tx, toks, 0, len(toks), h, nil) {
				if sp.Tok < prev || sp.Tok >= sp.TokEnd || sp.TokEnd > len(toks) || sp.Type == None {
					t.Fatalf("span %+v after %d of %d tokens", sp, prev, len(toks))
				}
				prev = sp.TokEnd
				_, skip := m.Name(tx, toks, sp)
				if first := toks[sp.Tok]; skip < 0 || skip > int(first.NEnd-first.NStart) {
					t.Fatalf("skip %d outside token %q", skip, tx.TokenText(first))
				}
			}
		}
	})
}
