package timeline

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// morphology strips the clitics of one language's words (lang/<code>/
// morphology.yaml), all in normalized form. A nil *morphology strips nothing.
type morphology struct {
	conj, prep, article, prepArticle, future []string
	futureBefore                             []string
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
		prepArticle: norm(f.PrepositionArticle), future: norm(f.Future), futureBefore: norm(f.FutureBefore), min: f.MinLetters, futureMin: f.FutureMinLetters}
}

// forms returns the written forms of the word w (normalized, lowercased):
// w, w after a preposition (لسموه), w's article fused with a preposition
// (بالشركة, للشركة), and each of those after a conjunction (والشركة,
// ولمعاليه). A nil *morphology gives w alone.
func (m *morphology) forms(w string) []string {
	forms := []string{w}
	if m == nil {
		return forms
	}
	for _, p := range m.prep {
		forms = append(forms, p+w)
	}
	for _, a := range m.article {
		if base, ok := strings.CutPrefix(w, a); ok {
			for _, pa := range m.prepArticle {
				forms = append(forms, pa+base)
			}
		}
	}
	for _, f := range forms { // the forms so far: range reads forms once
		for _, c := range m.conj {
			forms = append(forms, c+f)
		}
	}
	return forms
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
		if r, ok := cut(b, m.future, m.futureMin); ok && (len(m.futureBefore) == 0 || hasPrefix(r, m.futureBefore)) {
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

// inflector makes the forms of verbs and nouns (lang/<code>/
// morphology.yaml verb and noun), in normalized form.
type inflector struct {
	pastSuf, impPre, impSuf, impDrop, objSuf, weakDrop []string
	objRewrite                                         [][2]string
	weak                                               string
	nounSuf, possSuf, replaceTaa, possAfter            []string
	taa                                                [2]string
	verbs, nouns                                       bool
}

func newInflector(f *morphFile) *inflector {
	n := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = textnorm.NormString(w)
		}
		return out
	}
	in := &inflector{}
	if v := f.Verb; v != nil {
		in.verbs = true
		in.pastSuf, in.impPre, in.impSuf, in.impDrop = n(v.PastSuffixes), n(v.ImperfectPrefixes), n(v.ImperfectSuffixes), n(v.ImperfectDrop)
		in.objSuf, in.weakDrop, in.weak = n(v.ObjectSuffixes), n(v.WeakDrop), textnorm.NormString(v.WeakFinal)
		for _, r := range v.ObjectRewrite {
			in.objRewrite = append(in.objRewrite, [2]string{textnorm.NormString(r[0]), textnorm.NormString(r[1])})
		}
	}
	if nn := f.Noun; nn != nil {
		in.nouns = true
		in.nounSuf, in.possSuf, in.replaceTaa = n(nn.Suffixes), n(nn.PossessiveSuffixes), n(nn.ReplaceTaa)
		in.possAfter = n(nn.PossessiveAfter)
		in.taa = [2]string{textnorm.NormString(nn.TaaMarbuta[0]), textnorm.NormString(nn.TaaMarbuta[1])}
	}
	return in
}

// verbForms returns the forms of a verb given as "past" or "past/imperfect"
// (normalized), the past itself first.
func (in *inflector) verbForms(v string) []string {
	past, imp, _ := strings.Cut(v, "/")
	stem := ""
	if imp != "" {
		if r, ok := cut(imp, in.impPre, 1); ok {
			stem = r
		}
	}
	if stem == "" {
		stem = past
		if r, ok := cut(past, in.impDrop, 2); ok {
			stem = r
		}
	}
	weak := in.weak != "" && strings.HasSuffix(past, in.weak)
	out := []string{past}
	// f and f with each object pronoun.
	withObj := func(f string) {
		out = append(out, f)
		for _, rw := range in.objRewrite {
			if r, ok := strings.CutSuffix(f, rw[0]); ok {
				f = r + rw[1]
				break
			}
		}
		for _, o := range in.objSuf {
			out = append(out, f+o)
		}
	}
	inflect := func(base, suf string) string {
		if weak && slices.Contains(in.weakDrop, suf) {
			base = strings.TrimSuffix(base, in.weak)
		}
		return base + suf
	}
	withObj(past)
	for _, s := range in.pastSuf {
		withObj(inflect(past, s))
	}
	if imp != "" {
		withObj(imp)
	}
	for _, p := range in.impPre {
		withObj(p + stem)
		for _, s := range in.impSuf {
			withObj(p + inflect(stem, s))
		}
	}
	return dedupe(out)
}

// nounForms returns the forms of a noun (normalized), the noun itself
// first.
func (in *inflector) nounForms(n string) []string {
	out := []string{n}
	base, bare := n, ""
	if in.taa[0] != "" {
		if r, ok := strings.CutSuffix(n, in.taa[0]); ok && utf8.RuneCountInString(r) >= 2 {
			base, bare = r+in.taa[1], r
		}
	}
	for _, s := range in.nounSuf {
		f := base + s // زيارتان, اعتقالات
		if bare != "" && slices.Contains(in.replaceTaa, s) {
			f = bare + s // زيارات
		}
		out = append(out, f)
		if slices.Contains(in.possAfter, s) {
			for _, p := range in.possSuf {
				out = append(out, f+p) // غاراته, زياراتها
			}
		}
	}
	for _, s := range in.possSuf {
		out = append(out, base+s) // زيارته
	}
	return dedupe(out)
}

func dedupe(xs []string) []string {
	seen := make(map[string]bool, len(xs))
	out := xs[:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func hasPrefix(w string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
