package ner

import (
	"math/bits"
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
	// byLead says, by a word's first letter (leadKey), which entries of
	// lamArticle and proclitics (bit i: entry i) and whether the article
	// can begin it, so that stem tries only those; nil when the lists do
	// not allow it (see newLeads), and stem then tries every entry.
	byLead *[leadKeys]leads
}

// leadKeys is the number of two-byte letters U+0600..U+06FF (the Arabic
// block): leadKey's range.
const leadKeys = 256

// leads is what may begin a word of one first letter.
type leads struct {
	lam, procl uint32 // entries of lamArticle, proclitics
	article    bool
}

func newStemmer() (*stemmer, error) {
	ar, err := lang.LoadArabic()
	if err != nil {
		return nil, err
	}
	st := &stemmer{given: ar.GivenNames, particles: ar.CorefNotAfter, proclitics: byLength(ar.Proclitics), lamArticle: byLength(ar.LamArticle), halves: ar.NameHalves,
		article: ar.Article, articleLam: ar.ArticleLam, articleHead: ar.ArticleHead,
		conjunctions: ar.Conjunctions, like: ar.LikeProclitic}
	st.byLead = newLeads(st.lamArticle, st.proclitics, st.article)
	return st, nil
}

// leadKey returns the index of w's first letter in the Arabic block, or
// false when w does not begin with a two-byte letter of it.
func leadKey(w string) (int, bool) {
	if len(w) < 2 || w[0] < 0xD8 || w[0] > 0xDB || w[1]&0xC0 != 0x80 {
		return 0, false
	}
	return int(w[0]-0xD8)<<6 | int(w[1]&0x3F), true
}

// leadOf returns leadKey of an entry of newLeads, and ok false for an
// entry that can begin no word stem looks at (its first byte is no lead
// byte of the Arabic block). broken is an entry whose first byte is one
// but whose letter is cut or malformed: it may begin a malformed word.
func leadOf(p string) (k int, ok, broken bool) {
	if p == "" || p[0] < 0xD8 || p[0] > 0xDB {
		return 0, false, p == ""
	}
	k, ok = leadKey(p)
	return k, ok, !ok
}

// newLeads indexes the entries of lam, procl and the article by their first
// letter. An entry that begins with no letter of the Arabic block begins
// no word stem looks at; an empty or malformed one may begin any, and more
// than 32 entries do not fit a mask: then it returns nil.
func newLeads(lam, procl []string, article string) *[leadKeys]leads {
	if len(lam) > 32 || len(procl) > 32 {
		return nil
	}
	var t [leadKeys]leads
	if !leadBits(&t, lam, func(l *leads) *uint32 { return &l.lam }) ||
		!leadBits(&t, procl, func(l *leads) *uint32 { return &l.procl }) {
		return nil
	}
	k, ok, broken := leadOf(article)
	if broken {
		return nil
	}
	if ok {
		for i := range t {
			t[i].article = i == k
		}
	}
	return &t
}

// leadBits sets, for each entry i of entries, bit i of the mask that mask
// returns of t's row of its first letter (leadOf); false for a broken
// entry, which newLeads cannot index.
func leadBits(t *[leadKeys]leads, entries []string, mask func(*leads) *uint32) bool {
	for i, p := range entries {
		k, ok, broken := leadOf(p)
		if broken {
			return false
		}
		if ok {
			*mask(&t[k]) |= 1 << i
		}
	}
	return true
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
	lam, procl, article := ^uint32(0), ^uint32(0), true
	if st.byLead != nil {
		k, ok := leadKey(w)
		if !ok {
			return w, 0 // no entry begins with a broken letter
		}
		l := &st.byLead[k]
		lam, procl, article = l.lam, l.procl, l.article
	}
	for m := lam; m != 0; m &= m - 1 {
		i := bits.TrailingZeros32(m)
		if i >= len(st.lamArticle) {
			break
		}
		if rest, ok := strings.CutPrefix(w, st.lamArticle[i]); ok && atLeast(rest, 2) {
			return rest, stemClitic | stemArticle
		}
	}
	if article {
		if rest, ok := strings.CutPrefix(w, st.article); ok && atLeast(rest, 2) {
			return rest, stemArticle
		}
	}
	for m := procl; m != 0; m &= m - 1 {
		i := bits.TrailingZeros32(m)
		if i >= len(st.proclitics) {
			break
		}
		rest, ok := strings.CutPrefix(w, st.proclitics[i])
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
	if len(s) >= n*utf8.UTFMax {
		return true // no code point is longer
	}
	return utf8.RuneCountInString(s) >= n
}
