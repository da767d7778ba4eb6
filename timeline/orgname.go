package timeline

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/textnorm"
)

// One body named with and without the relative adjectives that end its
// name: "هيئة التنسيق الوطنية السورية" in one paper, "هيئة التنسيق
// الوطنية" in another (SaudiNewsNet 2015-07-25 articles 00121 and 01356),
// both found by name discovery under two ids. A longer name that adds other
// words is another body: الاتحاد الدولي للسباحة is not الاتحاد الدولي.

// orgWords returns the normalized words of an organization's name (its
// Arabic name, else its English one).
func orgWords(x Entity) []string {
	name := x.NameAr
	if name == "" {
		name = x.NameEn
	}
	return strings.Fields(textnorm.NormString(name))
}

// nisbaWord reports a definite relative adjective (السورية, السويسري):
// the article, then four letters at least ending in a nisba suffix.
func (m *Merger) nisbaWord(w string) bool {
	nf := m.nameData()
	rest, ok := strings.CutPrefix(w, nf.article)
	if !ok || utf8.RuneCountInString(rest) < 4 {
		return false
	}
	return slices.ContainsFunc(nf.nisba, func(s string) bool { return strings.HasSuffix(rest, s) })
}

// orgStem returns the words of an organization's name less the relative
// adjectives that end it, two words kept at least: the key under which its
// forms with and without them meet (bucketKeys).
func (m *Merger) orgStem(words []string) []string {
	for len(words) > 2 && m.nisbaWord(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return words
}

// orgVariant reports two organizations, one at least found by name
// discovery, of which one's name is the other's with relative adjectives
// added at its end (two words at least in the shorter).
func (m *Merger) orgVariant(p, q Entity) bool {
	if p.ID == q.ID || m.broad[p.ID] || m.broad[q.ID] || !extract.IsDiscoveredID(p.ID) && !extract.IsDiscoveredID(q.ID) {
		return false
	}
	a, b := orgWords(p), orgWords(q)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 || len(a) == len(b) || !slices.Equal(a, b[:len(a)]) {
		return false
	}
	for _, w := range b[len(a):] {
		if !m.nisbaWord(w) {
			return false
		}
	}
	return true
}

// orgVariantTie reports an organization of a that b names under another
// id in a form with or without the relative adjectives that end its name
// (orgVariant).
func (m *Merger) orgVariantTie(a, b *Event) bool {
	for _, p := range a.Organizations {
		if slices.ContainsFunc(b.Organizations, func(q Entity) bool { return m.orgVariant(p, q) }) {
			return true
		}
	}
	return false
}

// orgKey returns the stem (orgStem) of x's name when x is an organization
// of e named in two words or more, else "".
func (m *Merger) orgKey(x Entity, e *Event) string {
	if !slices.ContainsFunc(e.Organizations, func(o Entity) bool { return o.ID == x.ID }) {
		return ""
	}
	w := orgWords(x)
	if len(w) < 2 {
		return ""
	}
	return strings.Join(m.orgStem(w), " ")
}
