package ner

import (
	"testing"

	"github.com/tarikh/tarikh/textnorm"
)

// TestNameKey: a name's key is its words joined by "_", the proclitic cut
// and a name half (name_halves of lang/ar/names.yaml: عبد) joined to the
// next word, so that a name written in two words or one has one key.
func TestNameKey(t *testing.T) {
	m, err := Builtin("ar")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text  string
		words int // the name: the text's last words
		key   string
	}{
		{"الملك عبد الله", 2, "عبدالله"},
		{"الملك عبدالله", 1, "عبدالله"},
		{"ووزير الخارجية عادل الجبير", 2, "عادل_الجبير"}, // other words keep the _
	} {
		tx := textnorm.Normalize(tc.text)
		toks := tx.Tokenize()
		sp := Span{Tok: len(toks) - tc.words, TokEnd: len(toks), Type: Person}
		if got, _ := m.Name(tx, toks, sp); got != tc.key {
			t.Errorf("Name(%q) = %q, want %q", tc.text, got, tc.key)
		}
	}
}
