package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

// datelineWords is how many words open an article's dateline ("سبق- جدة:",
// "الرياض - واس"): a place named there, before a colon, a dash or the
// line's end, is where the story happens.
const datelineWords = 8

// findBare finds the gazetteer matches of w, the bare names (Entity.Bare)
// among them only where the article is of the entity's country (see
// articleCountry): الدفاع المدني in a Jeddah story is Saudi civil defence,
// in a Kuwaiti one no one the gazetteer knows. A club's (Entity.BareSports)
// matches only in a sports passage, and there also in an article of another
// country (see clubAbroad): its training camp in Austria, its friendly
// against Qatar's al-Sadd. wordOf maps each token of the text to its word
// of w (wordIndex).
func (x *Extractor) findBare(w *gazetteer.Words, wordOf []int, sports *sportsCache) []gazetteer.Match {
	if !x.ix.HasBare() {
		return x.ix.Find(w)
	}
	w.MatchBare(func(int32, int) bool { return true })
	found := x.ix.Find(w)
	country := ""
	countryDone := false
	fits := func(m gazetteer.Match, c gazetteer.Candidate) bool {
		e := x.ix.Entity(c)
		if !countryDone {
			country, countryDone = x.articleCountry(w, found, len(wordOf)), true
		}
		if e.Country == "" {
			return false
		}
		if !e.BareSports {
			return e.Country == country
		}
		wi, wj := wordOf[m.Tok], wordOf[m.TokEnd-1]+1
		if wi < 0 || wj <= wi || !gazetteer.SportsNear(sports.get(x.ix, w), wi, wj, sportsRadius) {
			return false
		}
		if x.clubNoun(w, m, wi, wj) {
			return false
		}
		return e.Country == country || x.clubAbroad(c.Entity, country, found)
	}
	var ok map[bareAt]bool
	dropped := false
	for _, m := range found {
		for _, c := range m.Cands {
			if !c.Bare {
				continue
			}
			if !fits(m, c) {
				dropped = true
				continue
			}
			if ok == nil {
				ok = map[bareAt]bool{}
			}
			ok[bareAt{c.Entity, wordOf[m.Tok]}] = true
		}
	}
	if !dropped {
		w.MatchBare(nil)
		return found
	}
	// A bare name that does not fit may have hidden another name where it
	// stood: find again, with only the bare names that fit, where they fit
	// (a club's name fits in the match report, not in the news item before
	// it).
	w.MatchBare(func(e int32, word int) bool { return ok[bareAt{e, word}] })
	found = x.ix.Find(w)
	w.MatchBare(nil)
	return found
}

// bareAt is an entity's bare name (Entity.Bare) found at a word of a text.
type bareAt struct {
	entity int32
	word   int
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

// clubAbroad reports that the bare name of club (an entity index; see
// Entity.BareSports), in a sports passage of an article of country (""
// when unsettled, see articleCountry) that is not the club's, is still
// the club: no club that bears the same name (clubNamesakes) is of that
// country or named in the article (found, its matches). النصر in a story
// of its camp in Austria is Riyadh's al-Nassr; الأهلي in a Cairo story,
// or beside الأهلي المصري, is not al-Ahli of Jeddah.
func (x *Extractor) clubAbroad(club int32, country string, found []gazetteer.Match) bool {
	others := x.namesakes[club]
	for _, o := range others {
		if x.ix.Gazetteer().Entities[o].Country == country && country != "" {
			return false
		}
	}
	if len(others) == 0 {
		return true
	}
	for _, m := range found {
		for _, c := range m.Cands {
			if !c.Bare && slices.Contains(others, c.Entity) {
				return false
			}
		}
	}
	return true
}

// clubNamesakes maps each club of ix whose bare names match only in a
// sports passage (Entity.BareSports), by index into the gazetteer's
// entities, to the other organizations of a country named by one of its
// one-word bare names and a relative adjective (الأهلي المصري, النصر
// الإماراتي: another country's club of that name), by index too.
func clubNamesakes(ix *gazetteer.Index) map[int32][]int32 {
	g := ix.Gazetteer()
	bare := map[string][]int32{} // a one-word bare name, normalized → the clubs
	for i, e := range g.Entities {
		if !e.BareSports || e.Bare == nil {
			continue
		}
		for _, n := range e.Bare.Ar {
			if !strings.Contains(n, " ") {
				k := textnorm.NormString(n)
				bare[k] = append(bare[k], int32(i))
			}
		}
	}
	if len(bare) == 0 {
		return nil
	}
	out := map[int32][]int32{}
	for i, e := range g.Entities {
		if e.Type != gazetteer.Organization || e.Country == "" {
			continue
		}
		for _, n := range e.Names.Ar {
			first, rest, ok := strings.Cut(n, " ")
			if !ok || strings.Contains(rest, " ") || !ix.Nisba(textnorm.NormString(rest)) {
				continue
			}
			for _, club := range bare[textnorm.NormString(first)] {
				if g.Entities[club].Country != e.Country && !slices.Contains(out[club], int32(i)) {
					out[club] = append(out[club], int32(i))
				}
			}
		}
	}
	return out
}

// clubNoun reports that the club's bare name of m, words [wi, wj) of w,
// reads as the common noun it also is (lang.NounSense): تم الاتفاق معه is
// an agreement reached with a player, not al-Ettifaq.
func (x *Extractor) clubNoun(w *gazetteer.Words, m gazetteer.Match, wi, wj int) bool {
	word := w.Text(wi)
	if m.Skip > len(word) {
		return false
	}
	// (a lam article leaves لاتفاق of للاتفاق; loadClubNouns keys that too)
	s := x.clubNouns[word[m.Skip:]]
	if s == nil {
		return false
	}
	return wj < w.Len() && w.Joined(wj) && s.before[w.Text(wj)] ||
		wi > 0 && w.Joined(wi) && s.after[w.Text(wi-1)]
}

// nounSense is a lang.NounSense, its words normalized.
type nounSense struct {
	before, after map[string]bool
}

// loadClubNouns reads the clubs' noun senses of lang/ar/words.yaml
// (lang.Words.ClubNounSenses), by normalized word.
func loadClubNouns() (map[string]*nounSense, error) {
	lw, err := lang.LoadWords("ar")
	if err != nil {
		return nil, fmt.Errorf("extract: club noun senses: %w", err)
	}
	ar, err := lang.LoadArabic()
	if err != nil {
		return nil, fmt.Errorf("extract: club noun senses: %w", err)
	}
	out := map[string]*nounSense{}
	for _, ns := range lw.ClubNounSenses {
		s := &nounSense{before: normSet(ns.Before), after: normSet(ns.After)}
		for _, word := range ns.Words {
			word = textnorm.NormString(word)
			out[word] = s
			if rest, ok := strings.CutPrefix(word, ar.Article); ok {
				out[ar.ArticleLam+rest] = s // للاتفاق less its proclitic ل
			}
		}
	}
	return out, nil
}
