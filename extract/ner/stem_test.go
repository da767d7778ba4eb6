package ner

import (
	"testing"

	"github.com/tarikh/tarikh/textnorm"
)

// TestStemLeads checks that stem, trying only the entries its first letter
// may begin (byLead), strips what trying every entry strips: on the words
// of a sentence of SaudiNewsNet 2015-08-02, on every entry before a few
// stems, and on malformed text.
func TestStemLeads(t *testing.T) {
	st, err := newStemmer()
	if err != nil {
		t.Fatal(err)
	}
	if st.byLead == nil {
		t.Fatal("the built-in lists have no index by first letter")
	}
	all := *st
	all.byLead = nil
	sentence := "وقال صالح بحسب هافنغتون بوست عربي إن العلاقات بينه وبين مسؤولين أمريكيين في الحزبين الجمهوري والديمقراطي لا زالت قائمة، لكنه اعتبر أن الحل في اليمن لن يكون إلا في إطار الأمم المتحدة وحوار بين الأطراف اليمنية برعاية روسية للأمم وللرئيس"
	tx := textnorm.Normalize(sentence)
	var words []string
	for _, tok := range tx.Tokenize() {
		words = append(words, tx.TokenText(tok))
	}
	for _, p := range append(append(append([]string{st.article}, st.lamArticle...), st.proclitics...), "") {
		for _, s := range []string{"", "ي", "من", "يمن", "ال", "الي", "اليمن", "لامي", "ab", "\xd8", "\xd8\xa7\xd9"} {
			words = append(words, p+s, p+st.article+s)
		}
	}
	words = append(words, "\xd8\x41bcd", "\xd9\xc0\xd9\x84\xd9\x84", "\xdb\xbf\xd8\xa7\xd9\x84\xd9\x84", "abcdef", "")
	stripped := 0
	for _, w := range words {
		gs, gf := st.stem(w)
		ws, wf := all.stem(w)
		if gs != ws || gf != wf {
			t.Errorf("stem(%q) = %q, %d; trying every entry: %q, %d", w, gs, gf, ws, wf)
		}
		if gf != 0 {
			stripped++
		}
	}
	if stripped < 20 {
		t.Errorf("only %d of %d words stripped: the test words say little", stripped, len(words))
	}
}

// TestNewLeads checks the lists newLeads refuses to index: an empty entry
// begins every word, a malformed one may begin a malformed word.
func TestNewLeads(t *testing.T) {
	for _, tc := range []struct {
		name       string
		lam, procl []string
		article    string
		ok         bool
	}{
		{"arabic", []string{"لل"}, []string{"و", "ب"}, "ال", true},
		{"latin entries begin no arabic word", []string{"ll"}, []string{"w"}, "al", true},
		{"empty proclitic", nil, []string{"و", ""}, "ال", false},
		{"empty article", nil, []string{"و"}, "", false},
		{"cut letter", []string{"\xd9"}, []string{"و"}, "ال", false},
		{"bad second byte", nil, []string{"\xd9A"}, "ال", false},
		{"too many", nil, make33(), "ال", false},
	} {
		if got := newLeads(tc.lam, tc.procl, tc.article) != nil; got != tc.ok {
			t.Errorf("%s: indexed %v, want %v", tc.name, got, tc.ok)
		}
	}
}

func make33() []string {
	out := make([]string, 33)
	for i := range out {
		out[i] = "و"
	}
	return out
}
