package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/lang"
)

// Stem flags: what stem removed from a word.
const (
	stemClitic  = 1 << iota // a proclitic (و ف ب ك ل and their combinations)
	stemArticle             // the article ال (or the ل of للـ standing for it)
)

// stemmer removes Arabic proclitics and the article from a normalized word,
// with the lists of lang/ar/names.yaml. For other scripts it is the identity.
type stemmer struct {
	given      []string // common given names, normalized
	particles  []string // name words the next word belongs to, normalized
	proclitics []string // longest first
	lamArticle []string // longest first
	halves     []string // words that begin a name written as two or one (عبد), normalized
	article    string   // the article (ال), normalized
	// conjunctions are the joining proclitics (و, ف); like is the
	// proclitic "like" (ك), rarely before the article.
	conjunctions []string
	like         string
	// articleLam and articleHead split the article: the lam "للـ" keeps for
	// it and the letters restored before that lam.
	articleLam, articleHead string
}

func newStemmer() (*stemmer, error) {
	ar, err := lang.LoadArabic()
	if err != nil {
		return nil, err
	}
	st := &stemmer{given: ar.GivenNames, particles: ar.CorefNotAfter, proclitics: byLength(ar.Proclitics), lamArticle: byLength(ar.LamArticle), halves: ar.NameHalves,
		article: ar.Article, articleLam: ar.ArticleLam, articleHead: ar.ArticleHead,
		conjunctions: ar.Conjunctions, like: ar.LikeProclitic}
	return st, nil
}

func byLength(l []string) []string {
	out := append([]string(nil), l...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// stem returns the word without its proclitic and article, and flags saying
// what was removed. It keeps at least two letters after the article and
// three after a proclitic alone, so that "بان" and "وليد" lose nothing they
// need... mostly: "وليد" → "ليد" is a reading the word feature corrects.
func (st *stemmer) stem(w string) (string, uint8) {
	if len(w) < 4 || w[0] < 0xD8 || w[0] > 0xDB { // not an Arabic letter
		return w, 0
	}
	for _, p := range st.lamArticle {
		if rest, ok := strings.CutPrefix(w, p); ok && atLeast(rest, 2) {
			return rest, stemClitic | stemArticle
		}
	}
	if rest, ok := strings.CutPrefix(w, st.article); ok && atLeast(rest, 2) {
		return rest, stemArticle
	}
	for _, p := range st.proclitics {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		if r2, ok := strings.CutPrefix(rest, st.article); ok && atLeast(r2, 2) {
			return r2, stemClitic | stemArticle
		}
		if atLeast(rest, 3) {
			return rest, stemClitic
		}
	}
	return w, 0
}

// atLeast reports whether s has at least n code points.
func atLeast(s string, n int) bool {
	if len(s) < n {
		return false
	}
	return utf8.RuneCountInString(s) >= n
}
