package extract

import (
	"github.com/tarikh/tarikh/gazetteer"
)

// datelineWords is how many words open an article's dateline ("سبق- جدة:",
// "الرياض - واس"): a place named there, before a colon, a dash or the
// line's end, is where the story happens.
const datelineWords = 8

// findBare finds the gazetteer matches of w, the bare names (Entity.Bare)
// among them only where the article is of the entity's country (see
// articleCountry) and, for a club's (Entity.BareSports), in a sports
// passage: الدفاع المدني in a Jeddah story is Saudi civil defence, in a
// Kuwaiti one no one the gazetteer knows. wordOf maps each token of the
// text to its word of w (wordIndex).
func (x *Extractor) findBare(w *gazetteer.Words, wordOf []int, sports *sportsCache) []gazetteer.Match {
	if !x.ix.HasBare() {
		return x.ix.Find(w)
	}
	w.MatchBare(func(int32) bool { return true })
	found := x.ix.Find(w)
	country := ""
	countryDone := false
	var ok, dropped map[int32]bool
	fits := func(m gazetteer.Match, c gazetteer.Candidate) bool {
		e := x.ix.Entity(c)
		if !countryDone {
			country, countryDone = x.articleCountry(w, found, len(wordOf)), true
		}
		if e.Country == "" || e.Country != country {
			return false
		}
		if !e.BareSports {
			return true
		}
		wi, wj := wordOf[m.Tok], wordOf[m.TokEnd-1]+1
		return wi >= 0 && wj > wi && gazetteer.SportsNear(sports.get(x.ix, w), wi, wj, sportsRadius)
	}
	for _, m := range found {
		for _, c := range m.Cands {
			if !c.Bare {
				continue
			}
			if fits(m, c) {
				if ok == nil {
					ok = map[int32]bool{}
				}
				ok[c.Entity] = true
			} else {
				if dropped == nil {
					dropped = map[int32]bool{}
				}
				dropped[c.Entity] = true
			}
		}
	}
	if dropped == nil {
		w.MatchBare(nil)
		return found
	}
	// A bare name that does not fit may have hidden another name where it
	// stood: find again, with only the bare names that fit every time.
	w.MatchBare(func(e int32) bool { return ok[e] && !dropped[e] })
	found = x.ix.Find(w)
	w.MatchBare(nil)
	return found
}

// articleCountry returns the country code (Entity.Country) of the article
// of w, whose gazetteer matches are found (bare names aside): that of the
// place its dateline names, else the one its places name most often, else
// "" (a tie, or no place).
func (x *Extractor) articleCountry(w *gazetteer.Words, found []gazetteer.Match, ntok int) string {
	counts := map[string]int{}
	lim := ntok
	if w.Len() > datelineWords {
		lim = w.TokenIndex(datelineWords)
	}
	for _, m := range found {
		code := ""
		for _, c := range m.Cands {
			if c.Bare || c.Via == gazetteer.ViaRole {
				continue
			}
			e := x.ix.Entity(c)
			if e.Type != gazetteer.Place || e.Country == "" || code != "" && e.Country != code {
				code = ""
				break
			}
			code = e.Country
		}
		if code == "" {
			continue
		}
		if m.Tok < lim && datelineEnd(w, m.TokEnd) {
			return code // the dateline
		}
		counts[code]++
	}
	best, n, tie := "", 0, false
	for code, k := range counts {
		switch {
		case k > n:
			best, n, tie = code, k, false
		case k == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// datelineEnd reports that token k of w ends a dateline's place: it is a
// colon or dash, or starts a new line, or the text ends before it.
func datelineEnd(w *gazetteer.Words, k int) bool {
	if k >= len(w.Toks) {
		return true
	}
	tok := w.Toks[k]
	if tok.Newline {
		return true
	}
	switch w.T.TokenText(tok) {
	case ":", "-", "–", "—", "/":
		return true
	}
	return false
}
