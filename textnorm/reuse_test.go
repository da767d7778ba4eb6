package textnorm

import (
	"reflect"
	"strings"
	"testing"
)

// TestNormalizeReusing checks that a Text normalized over the arrays of an
// earlier one, longer or shorter, with marks, tatweel and a long run of
// marks (bigTo), equals a fresh Normalize, and so do its tokens.
func TestNormalizeReusing(t *testing.T) {
	texts := []string{
		"قال الوزير يوم الأحد 26 يوليو 2015 إن المشروع سيكتمل",
		"Reuters, March 3 - The company said on Tuesday.",
		"مـــــرحبا بِكُمْ",
		"x" + strings.Repeat("\u064e", 300) + " y",
		"ﷺ ﻻ ½ short",
		"",
	}
	var old *Text
	var toks []Token
	for round := range 2 {
		for _, s := range texts {
			want := Normalize(s)
			got := NormalizeReusing(s, old)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, %q: reused text differs from a fresh one", round, s)
			}
			toks = got.TokenizeAppend(toks)
			if w := want.Tokenize(); !reflect.DeepEqual(toks, w) && len(w)+len(toks) > 0 {
				t.Fatalf("round %d, %q: tokens %v, want %v", round, s, toks, w)
			}
			old = got
		}
	}
}
