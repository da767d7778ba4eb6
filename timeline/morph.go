package timeline

import (
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// morphology strips the clitics of one language's words (lang/<code>/
// morphology.yaml), all in normalized form. A nil *morphology strips nothing.
type morphology struct {
	conj, prep, article, prepArticle, future []string
	min, futureMin                           int
}

func newMorphology(f *morphFile) *morphology {
	norm := func(ws []string) []string {
		out := make([]string, 0, len(ws))
		for _, w := range ws {
			if n := textnorm.NormString(w); n != "" {
				out = append(out, n)
			}
		}
		return out
	}
	return &morphology{conj: norm(f.Conjunctions), prep: norm(f.Prepositions), article: norm(f.Article),
		prepArticle: norm(f.PrepositionArticle), future: norm(f.Future), min: f.MinLetters, futureMin: f.FutureMinLetters}
}

// cut returns w without the first of ps that starts it, when at least min
// letters remain.
func cut(w string, ps []string, min int) (string, bool) {
	for _, p := range ps {
		if r, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(r) >= min {
			return r, true
		}
	}
	return "", false
}

// stems returns the readings of w: w itself, then w with its clitics
// stripped, longest first (وبالاتفاق: وبالاتفاق, بالاتفاق, الاتفاق, اتفاق).
// The strings are slices of w.
func (m *morphology) stems(w string, out []string) []string {
	out = append(out[:0], w)
	if m == nil {
		return out
	}
	bases := [2]string{w}
	nb := 1
	if r, ok := cut(w, m.conj, m.min); ok {
		bases[1], nb = r, 2
	}
	for i, b := range bases[:nb] {
		if i > 0 {
			out = append(out, b)
		}
		for _, p := range m.prep {
			if r, ok := strings.CutPrefix(b, p); ok && utf8.RuneCountInString(r) >= m.min {
				out = append(out, r)
				if r2, ok := cut(r, m.article, m.min); ok {
					out = append(out, r2)
				}
			}
		}
		if r, ok := cut(b, m.prepArticle, m.min); ok {
			out = append(out, r)
		}
		if r, ok := cut(b, m.article, m.min); ok {
			out = append(out, r)
		}
		if r, ok := cut(b, m.future, m.futureMin); ok {
			out = append(out, r)
		}
	}
	return out
}

// stripConjunction returns w without a leading conjunction (و, ف).
func (m *morphology) stripConjunction(w string) string {
	if m == nil {
		return w
	}
	for _, p := range m.conj {
		if r, ok := strings.CutPrefix(w, p); ok {
			return r
		}
	}
	return w
}
