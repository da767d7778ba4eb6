package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

// actorWords are one language's actor nouns and country adjectives
// (lang/<code>/actors.yaml), normalized, with the countries of the
// gazetteer they name.
type actorWords struct {
	nouns   map[string]bool // words joined by one space
	maxNoun int
	adjs    map[string]countryAdj
	firsts  map[string]bool // the adjectives' first words
	// lastByte and minLen sift words before the lookup in firsts: the
	// last bytes and fewest bytes of those first words.
	lastByte [256]bool
	minLen   int
	maxAdj   int
	adjFirst bool
	notAfter map[string]bool
	// notBefore: a noun with one of these after it is a modifier.
	notBefore map[string]bool
	// heads are the words that open a state body's name, joined by one
	// space (lang.Actors.StateHeads); maxHead the most words of one.
	heads   map[string]bool
	maxHead int
}

// addFirst records the first word of an adjective.
func (aw *actorWords) addFirst(w string) {
	aw.firsts[w] = true
	aw.lastByte[w[len(w)-1]] = true
	if aw.minLen == 0 || len(w) < aw.minLen {
		aw.minLen = len(w)
	}
}

// countryAdj is a country's adjective in one form: the country, and whether
// the form is definite (التركية, not تركية).
type countryAdj struct {
	e        *gazetteer.Entity
	definite bool
}

// actorLexicon holds the Arabic and English actor words and the Arabic
// article and conjunctions they are read with.
type actorLexicon struct {
	ar, en  *actorWords
	article string
	conj    []string
	nisba   []string
	// accNisba ends an accusative relative adjective without its tanween
	// (فلسطينيا), accEnding the indefinite accusative noun before it.
	accNisba, accEnding string
	accNot              []string
	// accTanween is the accusative's tanween as written; gap the marks
	// that may stand between a noun and its adjective (nisbaAfterNoun).
	accTanween, gap string
	// particles begin a name the next word belongs to (أبو, عبد, بن:
	// names.yaml coref_not_after).
	particles []string
	// given are common given names, normalized (names.yaml given_names);
	// function the function words as written (words.yaml), some of which
	// normalize to a given name (على, علي: Ali).
	given, function map[string]bool
	// procl are the proclitics a noun may carry (و, ب, ل...), longest
	// first; lamArticle the forms of ل + ال (للقوات).
	procl, lamArticle []string
}

// loadActors reads lang/ar and lang/en actors.yaml and links each
// adjective to its country in g ("country-" and the lowercase code, or a
// former state's id); a country g lacks is left out.
func loadActors(g *gazetteer.Gazetteer) (*actorLexicon, error) {
	ar, err := lang.LoadArabic()
	if err != nil {
		return nil, fmt.Errorf("extract: actors: %w", err)
	}
	lx := &actorLexicon{article: ar.Article, conj: ar.Conjunctions, nisba: ar.NisbaSuffixes, lamArticle: ar.LamArticle,
		accNisba: ar.AccusativeNisba, accEnding: ar.AccusativeEnding, accNot: ar.AccusativeNot, accTanween: ar.AccusativeTanween, gap: ar.NisbaGap, particles: ar.CorefNotAfter}
	lx.given = normSet(ar.GivenNames)
	words, err := lang.LoadWords("ar")
	if err != nil {
		return nil, fmt.Errorf("extract: actors: %w", err)
	}
	lx.function = make(map[string]bool, len(words.FunctionWords))
	for _, f := range words.FunctionWords {
		lx.function[f] = true
	}
	lx.procl = slices.Clone(ar.Proclitics)
	slices.SortStableFunc(lx.procl, func(a, b string) int { return len(b) - len(a) })
	for _, code := range []string{"ar", "en"} {
		a, err := lang.LoadActors(code)
		if err != nil {
			return nil, fmt.Errorf("extract: actors: %w", err)
		}
		aw := &actorWords{nouns: map[string]bool{}, adjs: map[string]countryAdj{}, firsts: map[string]bool{}, adjFirst: a.AdjectiveFirst,
			notAfter: normSet(a.NotAfter), notBefore: normSet(a.NotBefore), heads: map[string]bool{}}
		for _, n := range a.Nouns {
			ws := strings.Fields(textnorm.NormString(n))
			aw.nouns[strings.Join(ws, " ")] = true
			aw.maxNoun = max(aw.maxNoun, len(ws))
		}
		// A state body's name opens with an actor noun or a state head.
		for _, n := range slices.Concat(a.Nouns, a.StateHeads) {
			ws := strings.Fields(textnorm.NormString(n))
			aw.heads[strings.Join(ws, " ")] = true
			aw.maxHead = max(aw.maxHead, len(ws))
		}
		fem := textnorm.NormString(a.Feminine)
		ids := map[string][]string{}
		for c, adjs := range a.Adjectives {
			ids["country-"+strings.ToLower(c)] = adjs
		}
		maps.Copy(ids, a.FormerStates)
		for id, adjs := range ids {
			e, ok := g.Lookup(id)
			if !ok {
				continue
			}
			for _, adj := range adjs {
				ws := strings.Fields(textnorm.NormString(adj))
				aw.maxAdj = max(aw.maxAdj, len(ws))
				forms := [][]string{ws}
				if fem != "" {
					f := make([]string, len(ws))
					for i, w := range ws {
						f[i] = w + fem
					}
					forms = append(forms, f)
				}
				for _, f := range forms {
					aw.adjs[strings.Join(f, " ")] = countryAdj{e, true}
					aw.addFirst(f[0])
					if code == "ar" {
						// The indefinite form: every word without the article.
						bare := make([]string, len(f))
						for i, w := range f {
							bare[i] = strings.TrimPrefix(w, ar.Article)
						}
						aw.adjs[strings.Join(bare, " ")] = countryAdj{e, false}
						aw.addFirst(bare[0])
					}
				}
			}
		}
		if code == "ar" {
			lx.ar = aw
		} else {
			lx.en = aw
		}
	}
	return lx, nil
}

// normSet is the set of ws, normalized.
func normSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[textnorm.NormString(w)] = true
	}
	return m
}

// actorCountries adds to ms the countries named by their adjective next to
// an actor noun (lang/<code>/actors.yaml): الطائرات التركية and "Turkish
// jets" name Turkey, السلطات الإيرانية Iran. One descriptive adjective may
// stand between (الطائرات الحربية التركية, "Turkish fighter jets"). An
// adjective a mention already covers is left to it; a bare adjective (a
// "Saudi student") names no one.
func (x *Extractor) actorCountries(w *gazetteer.Words, toks []textnorm.Token, t *textnorm.Text, ms []Mention) []Mention {
	if x.actors == nil {
		return ms
	}
	x.actors.nameCountries(w, toks, ms)
	var covered []bool
	for j := 0; j < w.Len(); j++ {
		tok := toks[w.TokenIndex(j)]
		aw := x.actors.en
		if tok.Arabic {
			aw = x.actors.ar
		}
		e, n := x.actors.adjectiveAt(w, j, aw)
		if e == nil {
			continue
		}
		if covered == nil {
			covered = make([]bool, len(toks))
			for _, m := range ms {
				for k := m.Tok; k < m.TokEnd && k < len(covered); k++ {
					covered[k] = true
				}
			}
		}
		first, last := w.TokenIndex(j), w.TokenIndex(j+n-1)
		free := true
		for k := first; k <= last; k++ {
			free = free && !covered[k]
		}
		if !free {
			continue
		}
		start, end := int(toks[first].Start), int(toks[last].End)
		ms = append(ms, Mention{Start: start, End: end, Text: t.Slice(start, end), Tok: first, TokEnd: last + 1,
			Entity: e, Candidates: []*gazetteer.Entity{e}, Via: gazetteer.ViaAdjective})
		j += n - 1
		// Another country's adjective joined by a conjunction goes with the
		// same noun: السلطات الماليزية والفرنسية.
		for tok.Arabic && j+1 < w.Len() && w.Joined(j+1) {
			e2 := x.actors.conjoined(w.Text(j+1), w.Text(j), aw)
			k := w.TokenIndex(j + 1)
			if e2 == nil || covered[k] {
				break
			}
			j++
			start, end := int(toks[k].Start), int(toks[k].End)
			ms = append(ms, Mention{Start: start, End: end, Text: t.Slice(start, end), Tok: k, TokEnd: k + 1,
				Entity: e2, Candidates: []*gazetteer.Entity{e2}, Via: gazetteer.ViaAdjective})
		}
	}
	return ms
}

// nameCountries sets the Country of each mention of a person's role or a
// state body's name that an English country adjective opens (see
// enCountry) or whose Arabic last words, after its first, are a country's
// definite adjective: الرئيس الجزائري, وزير الداخلية الكويتي (a
// role), وزارة الداخلية التونسية (a name opening with a state head, see
// lang.Actors.StateHeads). A company's or a club's name (الخطوط السعودية,
// الأهلي المصري) says where it is from, not where it acts, and a person's
// name (محمد المصري) a family: left out.
func (lx *actorLexicon) nameCountries(w *gazetteer.Words, toks []textnorm.Token, ms []Mention) {
	aw := lx.ar
	var wordAt map[int]int // a word's token: the word
	for i := range ms {
		m := &ms[i]
		e := m.Entity
		if e == nil && len(m.Candidates) > 0 {
			e = m.Candidates[0]
		}
		if e == nil || m.TokEnd-m.Tok < 2 {
			continue
		}
		if e.Type != gazetteer.Person && e.Type != gazetteer.Organization || e.Type == gazetteer.Person && m.Via != gazetteer.ViaRole {
			continue
		}
		if wordAt == nil {
			wordAt = make(map[int]int, w.Len())
			for j := 0; j < w.Len(); j++ {
				wordAt[w.TokenIndex(j)] = j
			}
		}
		first, ok1 := wordAt[m.Tok]
		last, ok := wordAt[m.TokEnd-1]
		if !toks[m.Tok].Arabic {
			if ok && ok1 {
				m.Country = lx.enCountry(w, first, last, e.Type == gazetteer.Organization)
			}
			continue
		}
		if !ok || !ok1 || e.Type == gazetteer.Organization && !lx.stateHead(w, first, last, aw) {
			continue
		}
		for n := min(aw.maxAdj, last); n >= 1; n-- {
			j := last - n + 1
			if w.TokenIndex(j-1) < m.Tok || !joinedRun(w, j-1, n+1) {
				continue
			}
			if ca, ok := aw.adjs[wordsText(w, j, n)]; ok && ca.definite {
				m.Country = ca.e
				break
			}
		}
	}
}

// enCountry returns the country whose adjective opens the English title or
// state body of words first..last of w: "Japanese Finance Minister", "West
// German Chancellor"; for a body (org), only when an actor noun or a state
// head ends it ("Iraqi news agency", "French Finance Ministry"), not a
// company's name ("British Petroleum", "American Aircraft Corp"). Nil
// otherwise.
func (lx *actorLexicon) enCountry(w *gazetteer.Words, first, last int, org bool) *gazetteer.Entity {
	aw := lx.en
	if !w.Capitalized(first) || first > 0 && w.Joined(first) && aw.notAfter[w.Text(first-1)] {
		return nil
	}
	for n := min(aw.maxAdj, last-first); n >= 1; n-- {
		ca, ok := aw.adjs[wordsText(w, first, n)]
		if !ok || !joinedRun(w, first, n+1) {
			continue
		}
		if !org {
			return ca.e
		}
		if k := last - first - n + 1; k <= aw.maxHead && aw.heads[wordsText(w, first+n, k)] {
			return ca.e
		}
		return nil
	}
	return nil
}

// stateHead reports that words first.. of w, up to last, open with a state
// body's head (وزارة, القوات الجوية); its first word may carry a proclitic
// (لوزارة).
func (lx *actorLexicon) stateHead(w *gazetteer.Words, first, last int, aw *actorWords) bool {
	f := w.Text(first)
	fs := append([]string{f}, lx.unclitic(f)...)
	for n := min(aw.maxHead, last-first); n >= 1; n-- {
		rest := ""
		if n > 1 {
			rest = " " + wordsText(w, first+1, n-1)
		}
		for _, h := range fs {
			if aw.heads[h+rest] {
				return true
			}
		}
	}
	return false
}

// conjoined returns the country of word, a one-word country adjective
// after a conjunction (والفرنسية), of the definiteness of prev, the
// adjective before it; nil otherwise.
func (lx *actorLexicon) conjoined(word, prev string, aw *actorWords) *gazetteer.Entity {
	for _, c := range lx.conj {
		if rest, ok := strings.CutPrefix(word, c); ok {
			if ca, ok := aw.adjs[rest]; ok && ca.definite == strings.HasPrefix(prev, lx.article) {
				return ca.e
			}
		}
	}
	return nil
}

// adjectiveAt returns the country whose adjective words j.. of w are, and
// how many words it has, when an actor noun goes with it; nil otherwise.
func (lx *actorLexicon) adjectiveAt(w *gazetteer.Words, j int, aw *actorWords) (*gazetteer.Entity, int) {
	if s := w.Text(j); len(s) < aw.minLen || !aw.lastByte[s[len(s)-1]] || !aw.firsts[s] {
		return nil, 0
	}
	for n := min(aw.maxAdj, w.Len()-j); n >= 1; n-- {
		if !w.Capitalized(j) || !joinedRun(w, j, n) || w.Joined(j) && aw.notAfter[w.Text(j-1)] {
			continue
		}
		ca, ok := aw.adjs[wordsText(w, j, n)]
		if !ok {
			continue
		}
		if aw.adjFirst {
			if lx.nounAfter(w, j+n, aw) {
				return ca.e, n
			}
		} else if lx.nounBefore(w, j, aw, ca.definite) {
			return ca.e, n
		}
	}
	return nil, 0
}

// nounBefore reports an actor noun ending right before word j, or before
// one descriptive adjective of the same definiteness there (الطائرات
// الحربية التركية). The noun's last word agrees in definiteness.
func (lx *actorLexicon) nounBefore(w *gazetteer.Words, j int, aw *actorWords, definite bool) bool {
	if lx.nounEndingAt(w, j, aw, definite) {
		return true
	}
	if !w.Joined(j) || j < 1 {
		return false
	}
	mid := w.Text(j - 1)
	if strings.HasPrefix(mid, lx.article) != definite || !lx.isNisba(mid) {
		return false
	}
	if _, ok := aw.adjs[mid]; ok {
		return false
	}
	return lx.nounEndingAt(w, j-1, aw, definite)
}

// nounEndingAt reports an actor noun of words [j-k, j) for some k, joined to
// word j, its last word definite as said. Its first word may carry a
// proclitic (والقوات, للقوات).
func (lx *actorLexicon) nounEndingAt(w *gazetteer.Words, j int, aw *actorWords, definite bool) bool {
	if !w.Joined(j) {
		return false
	}
	for k := 1; k <= aw.maxNoun && k <= j; k++ {
		if !joinedRun(w, j-k, k+1) {
			break
		}
		first := w.Text(j - k)
		for _, f := range append([]string{first}, lx.unclitic(first)...) {
			s, last := f, f
			if k > 1 {
				s += " " + wordsText(w, j-k+1, k-1)
				last = w.Text(j - 1)
			}
			if aw.nouns[s] && strings.HasPrefix(last, lx.article) == definite {
				return true
			}
		}
	}
	return false
}

// unclitic returns word without a proclitic (والقوات, بالقوات: القوات),
// and with ل + ال read as the article (للقوات: القوات).
func (lx *actorLexicon) unclitic(word string) []string {
	var out []string
	for _, la := range lx.lamArticle {
		if rest, ok := strings.CutPrefix(word, la); ok && rest != "" {
			out = append(out, lx.article+rest)
		}
	}
	for _, p := range lx.procl {
		if rest, ok := strings.CutPrefix(word, p); ok && rest != "" {
			out = append(out, rest)
		}
	}
	return out
}

// nounAfter reports an actor noun starting at word j, or one word later
// ("Turkish fighter jets"), joined to the adjective before it.
func (lx *actorLexicon) nounAfter(w *gazetteer.Words, j int, aw *actorWords) bool {
	for skip := 0; skip <= 1; skip++ {
		s := j + skip
		if s >= w.Len() || !joinedRun(w, j-1, skip+2) {
			return false
		}
		if skip == 1 && w.Capitalized(j) {
			return false
		}
		for k := 1; k <= aw.maxNoun && s+k <= w.Len(); k++ {
			if !joinedRun(w, s, k) {
				break
			}
			if aw.nouns[wordsText(w, s, k)] {
				// "American Aircraft Corp": a capitalized noun with a
				// capitalized word after it is a name's.
				e := s + k
				// "Japanese government bond", "government 10-year bond":
				// the noun is a modifier.
				for b := e; b < e+3 && b < w.Len() && w.Joined(b); b++ {
					if aw.notBefore[w.Text(b)] {
						return false
					}
				}
				return !(w.Capitalized(e-1) && e < w.Len() && w.Joined(e) && w.Capitalized(e))
			}
		}
	}
	return false
}

// isNisba reports a relative adjective's ending (الحربية, حربية).
func (lx *actorLexicon) isNisba(word string) bool {
	for _, suf := range lx.nisba {
		if strings.HasSuffix(word, suf) {
			return true
		}
	}
	return false
}

// joinedRun reports that words [j, j+n) of w follow each other with no
// punctuation between.
func joinedRun(w *gazetteer.Words, j, n int) bool {
	if j < 0 || j+n > w.Len() {
		return false
	}
	for i := j + 1; i < j+n; i++ {
		if !w.Joined(i) {
			return false
		}
	}
	return true
}

// wordsText is the normalized text of words [j, j+n), joined by a space.
func wordsText(w *gazetteer.Words, j, n int) string {
	if n == 1 {
		return w.Text(j)
	}
	var b strings.Builder
	for i := j; i < j+n; i++ {
		if i > j {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text(i))
	}
	return b.String()
}

// nisbaAfterNoun reports that Arabic word i of w is a country's definite
// adjective (السوداني, والسوداني) right after a definite word it agrees
// with, at most quotation marks or a comma between: الأمن السوداني, الفول
// السوداني, أبو الفداء «السوداني», والمغربي، والسوداني. There it says
// "Sudanese", not the person whose family name it is (Mohammed Shia
// al-Sudani), whatever the article says of him elsewhere.
func (lx *actorLexicon) nisbaAfterNoun(w *gazetteer.Words, toks []textnorm.Token, t *textnorm.Text, i int) bool {
	if lx == nil || i < 1 || i >= w.Len() {
		return false
	}
	cur, prev := toks[w.TokenIndex(i)], toks[w.TokenIndex(i-1)]
	if !cur.Arabic || !prev.Arabic {
		return false
	}
	ca, ok := lx.ar.adjs[lx.unprefixed(w.Text(i), func(s string) bool { _, ok := lx.ar.adjs[s]; return ok })]
	if !ok || !ca.definite {
		return false
	}
	for k := w.TokenIndex(i-1) + 1; k < w.TokenIndex(i); k++ {
		if toks[k].Kind != textnorm.Punct || lx.gap == "" || !strings.ContainsAny(t.TokenText(toks[k]), lx.gap) {
			return false
		}
	}
	p := w.Text(i - 1)
	for _, la := range lx.lamArticle {
		if strings.HasPrefix(p, la) {
			return true // للقضاء السوداني
		}
	}
	return strings.HasPrefix(lx.unprefixed(p, func(s string) bool { return strings.HasPrefix(s, lx.article) }), lx.article)
}

// nisbaBeforeName reports that Arabic word i of w is a country's definite
// adjective (السوداني) right before a common given name and a definite word,
// no mark between: "يغيب السوداني محمد الفيتوري", "حكمها السوداني محمد
// الجمل". There it says "the Sudanese" of the name after it, not the person
// whose family name it is (Mohammed Shia al-Sudani). A function word as
// written is no name: "وشدد السوداني على التزام" (على normalizes to علي).
func (lx *actorLexicon) nisbaBeforeName(w *gazetteer.Words, toks []textnorm.Token, t *textnorm.Text, i int) bool {
	if lx == nil || i+2 >= w.Len() || !toks[w.TokenIndex(i)].Arabic || !joinedRun(w, i, 3) {
		return false
	}
	if !lx.given[w.Text(i+1)] || lx.function[t.TokenText(toks[w.TokenIndex(i+1)])] || !strings.HasPrefix(w.Text(i+2), lx.article) {
		return false
	}
	ca, ok := lx.ar.adjs[lx.unprefixed(w.Text(i), func(s string) bool { _, ok := lx.ar.adjs[s]; return ok })]
	return ok && ca.definite
}

// inKunya reports that word i of w follows a particle and one word, as a
// nisba ends a kunya (أبو الفداء السوداني): a name still stands there,
// though not the person whose family name the nisba is.
func (lx *actorLexicon) inKunya(w *gazetteer.Words, i int) bool {
	if lx == nil || i < 2 {
		return false
	}
	p := w.Text(i - 2)
	return slices.Contains(lx.particles, lx.unprefixed(p, func(s string) bool { return slices.Contains(lx.particles, s) }))
}

// unprefixed returns word without the proclitic (و, ب, ل...) it starts with
// where what is left passes ok, else word as it is.
func (lx *actorLexicon) unprefixed(word string, ok func(string) bool) string {
	if ok(word) {
		return word
	}
	for _, p := range lx.procl {
		if rest, found := strings.CutPrefix(word, p); found && ok(rest) {
			return rest
		}
	}
	return word
}
