package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// Name reads the span sp of toks as a name. skip is the number of bytes of
// the first token's normalized text that belong to a proclitic rather than
// to the name ("و" of "وإسرائيل"; for "للأمم" all but the ل that stands for
// the article). key is the name's normalized words, the proclitic removed
// (and the article restored after لل), joined by "_", with a name half
// (name_halves of lang/ar/names.yaml: عبد) joined to the word after it so
// that "عبد الله" and "عبدالله" give one key; it is the
// same wherever the name is written.
func (m *Model) Name(t *textnorm.Text, toks []textnorm.Token, sp Span) (key string, skip int) {
	var b strings.Builder
	words := 0
	prev := ""
	for k := sp.Tok; k < sp.TokEnd; k++ {
		tok := toks[k]
		if tok.Kind == textnorm.Punct {
			continue
		}
		w := t.TokenText(tok)
		if k == sp.Tok && tok.Arabic {
			w, skip = m.FirstWord(t, tok)
		}
		if words > 0 && !slices.Contains(m.fz.st.halves, prev) {
			b.WriteByte('_')
		}
		b.WriteString(w)
		prev = w
		words++
	}
	return b.String(), skip
}

// Conjoined reports an Arabic token that starts with a conjunction (و, ف:
// conjunctions of names.yaml) that Clitic strips before a name ("ورياض").
func (m *Model) Conjoined(t *textnorm.Text, tok textnorm.Token) bool {
	if !tok.Arabic {
		return false
	}
	if !m.ConjunctionStart(t.TokenText(tok)) {
		return false
	}
	skip, _ := m.Clitic(t, tok)
	return skip > 0
}

// ConjunctionStart reports whether the normalized Arabic word w starts with
// one of the conjunctions of names.yaml (و, ف), whether or not it is one.
func (m *Model) ConjunctionStart(w string) bool {
	return slices.ContainsFunc(m.fz.st.conjunctions, func(c string) bool { return strings.HasPrefix(w, c) })
}

// FirstWord returns an Arabic token's normalized word as the first word of a
// name: without its proclitic (skip bytes of the normalized text), the
// article restored after "للـ" (see Clitic).
func (m *Model) FirstWord(t *textnorm.Text, tok textnorm.Token) (w string, skip int) {
	w = t.TokenText(tok)
	skip, restore := m.Clitic(t, tok)
	w = w[skip:]
	if restore {
		w = m.fz.st.articleHead + w
	}
	return w, skip
}

// Clitic returns how many bytes of an Arabic token's normalized text are a
// proclitic in front of a name, and whether the ل left of "للـ" stands for
// the article (the name word is then "ال" + the rest). A proclitic is
// stripped before the article ("والسعودية"), before a hamza on alef as
// written ("وإسرائيل"), and before a word that began names in training when
// the whole word did not ("ومحمد", but not "وليد").
func (m *Model) Clitic(t *textnorm.Text, tok textnorm.Token) (int, bool) {
	w := t.TokenText(tok)
	st := m.fz.st
	for _, p := range st.lamArticle {
		if rest, ok := strings.CutPrefix(w, p); ok && atLeast(rest, 2) {
			return len(p) - len(st.articleLam), true
		}
	}
	for _, p := range st.proclitics {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || !atLeast(rest, 2) {
			continue
		}
		if strings.HasPrefix(rest, st.article) && atLeast(rest, 4) {
			if strings.Contains(p, st.like) && !m.Seen(rest) && !m.KnownNameWord(rest) {
				continue // "كاليفورنيا", "كالغاري": ك + ال ("like the") is rare, كال starts names
			}
			return len(p), false
		}
		if !atLeast(rest, 3) {
			continue
		}
		if r := runeAfter(t.TokenOrig(tok), utf8.RuneCountInString(p)); textnorm.Is(r, textnorm.HamzaAlef) {
			return len(p), false
		}
		if (m.KnownNameWord(rest) || m.given(rest)) && !m.KnownNameWord(w) && !m.given(w) {
			return len(p), false
		}
	}
	return 0, false
}

// runeAfter returns the letter of s after its first n letters, skipping
// marks (a proclitic may carry a vowel sign), or 0.
func runeAfter(s string, n int) rune {
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) || textnorm.Is(r, textnorm.Tatweel) {
			continue
		}
		if n == 0 {
			return r
		}
		n--
	}
	return 0
}

// given reports a common given name (cue lists).
func (m *Model) given(w string) bool { return m.fz.cues.lookup(strHash(w))&cueGiven != 0 }

// GivenName reports whether the normalized word w is a common given name
// (given_names of lang/<code>/ner_cues.yaml and lang/ar/names.yaml).
func (m *Model) GivenName(w string) bool { return m.given(w) }
