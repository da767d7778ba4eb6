package extract

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

// Mention is one place where the text names a gazetteer entity.
type Mention struct {
	// Start and End are original code points; Text is the original text.
	Start, End int
	Text       string
	// Tok and TokEnd are the token range of the mention.
	Tok, TokEnd int
	// Entity is the entity meant, nil when the mention is ambiguous.
	Entity *gazetteer.Entity
	// Candidates lists the entities an ambiguous mention may stand for.
	Candidates []*gazetteer.Entity
	Via        gazetteer.Via
	// RoleByDCT: a role description (رئيس الوزراء العراقي) whose Entity is
	// the holder on the article's date; HolderAt gives the holder on another.
	RoleByDCT bool
	// Country is the country whose definite relative adjective ends the
	// mention of a person's title or an organization's name (الرئيس
	// الجزائري, وزارة الداخلية التونسية): the state it acts for. Nil
	// otherwise (see actorCountries).
	Country *gazetteer.Entity
	roles   []roleCand
}

// roleCand is one entity a role description may stand for, and which of its
// roles the description names.
type roleCand struct {
	e    *gazetteer.Entity
	role int
}

// EntityAt returns the entity the mention stands for in an event on day d:
// Entity, except that a role description resolved by the article's date, or
// not resolved at all, is whoever held the role on d.
func (m Mention) EntityAt(d time.Time) *gazetteer.Entity {
	if m.Via == gazetteer.ViaRole && (m.Entity == nil || m.RoleByDCT) && !d.IsZero() {
		if h := m.HolderAt(d); h != nil {
			return h
		}
	}
	return m.Entity
}

// HolderAt returns the one entity that held the role a role mention names on
// day d ("خادم الحرمين الشريفين" in a sentence about 1990 is King Fahd), or
// nil when the mention is no role or no single holder fits.
func (m Mention) HolderAt(d time.Time) *gazetteer.Entity {
	var holder *gazetteer.Entity
	for _, rc := range m.roles {
		if rc.e.Roles[rc.role].Holds(d) && rc.e != holder {
			if holder != nil {
				return nil
			}
			holder = rc.e
		}
	}
	return holder
}

// FormerAt returns, for a role mention said of a former holder ("الرئيس
// الإيراني السابق", "the former president"), the holder whose term ended
// last before day d: the holder before the one of d. nil when the mention
// is no role or none fits.
func (m Mention) FormerAt(d time.Time) *gazetteer.Entity {
	if d.IsZero() {
		return nil
	}
	var best *gazetteer.Entity
	var bestEnd time.Time
	for _, rc := range m.roles {
		r := rc.e.Roles[rc.role]
		if r.To == "" || r.Holds(d) {
			continue
		}
		end, err := time.Parse(time.DateOnly, r.To)
		if err != nil || end.After(d) {
			continue
		}
		if best == nil || end.After(bestEnd) {
			best, bestEnd = rc.e, end
		}
	}
	return best
}

// EntityID is the entity's id, or the candidates' ids joined by "|" for an
// ambiguous mention.
func (m Mention) EntityID() string {
	if m.Entity != nil {
		return m.Entity.ID
	}
	s := ""
	for i, c := range m.Candidates {
		if i > 0 {
			s += "|"
		}
		s += c.ID
	}
	return s
}

// mentions finds the gazetteer mentions of a tokenized text: names and
// aliases, role descriptions resolved against dct, and short forms of people
// named in full elsewhere in the text (coreference).
func (x *Extractor) mentions(d *Document) []Mention {
	t, toks, dct := d.Text, d.Tokens, d.DCT
	var w *gazetteer.Words
	var wordOf []int // token → word index
	if sc := d.sc; sc != nil {
		w = gazetteer.PrepareWordsReusing(t, toks, sc.words)
		wordOf = wordIndexAppend(sc.wordOf, w, len(toks))
		sc.words, sc.wordOf = w, wordOf
	} else {
		w = gazetteer.PrepareWords(t, toks)
		wordOf = wordIndexAppend(nil, w, len(toks))
	}
	var sports sportsCache // the text's sports words, found on first need
	found := x.findBare(w, wordOf, &sports)
	ms := make([]Mention, 0, len(found))
	// others holds the people whose family name the article gives to
	// someone else (سليمان الأسد): alone, that name is not theirs.
	var others map[*gazetteer.Entity]bool
	// adjectives holds the first tokens of the matches that are a
	// country's adjective after its noun, not a person (nisbaAfterNoun).
	var adjectives map[int]bool
	for _, m := range found {
		mn := x.mention(t, toks, m)
		isPerson, isPlace := only(mn, gazetteer.Person), only(mn, gazetteer.Place)
		if isPerson || isPlace {
			wi, wj := wordOf[m.Tok], wordOf[m.TokEnd-1]+1
			if wi < 0 || wj <= wi {
				ms = append(ms, mn)
				continue
			}
			if isPerson && mn.Entity != nil && wj-wi == 1 && m.Skip == 0 && x.ix.OtherPersonsName(w, wi, mn.Entity) {
				if others == nil {
					others = map[*gazetteer.Entity]bool{}
				}
				others[mn.Entity] = true
				continue // معاذ الجعفري is not Ibrahim al-Jaafari
			}
			if isPerson && mn.Entity != nil && wj-wi == 1 && (x.actors.nisbaAfterNoun(w, toks, t, wi) || x.actors.nisbaBeforeName(w, toks, t, wi)) {
				// الجيش السوداني is the Sudanese army, السوداني محمد
				// الفيتوري a Sudanese poet, not Mohammed Shia al-Sudani:
				// no mention, and no hint of a name for discovery
				// either, but in a kunya (أبو الفداء السوداني), which is
				// someone's name.
				if !x.actors.inKunya(w, wi) {
					if adjectives == nil {
						adjectives = map[int]bool{}
					}
					adjectives[m.Tok] = true
				}
				continue
			}
			if isPerson && x.ix.NamedAfter(w, wi, wj) {
				continue // مستشفى الملك فهد is a hospital, King Fahd University a university
			}
			if isPlace && x.placeRejected(w, wi, wj, m.Skip, mn, &sports) {
				continue
			}
		}
		ms = append(ms, mn)
	}
	if others != nil {
		// Every al-Assad is not Bashar: where the article names another
		// bearer of the family name, the name alone stands for no one.
		ms = slices.DeleteFunc(ms, func(mn Mention) bool {
			return mn.Entity != nil && others[mn.Entity] && mn.Via != gazetteer.ViaRole && oneWord(wordOf, mn)
		})
	}
	x.resolveRoles(ms, dct)
	if x.discovering() {
		if adjectives != nil {
			found = slices.DeleteFunc(found, func(m gazetteer.Match) bool {
				return adjectives[m.Tok] && only(x.mention(t, toks, m), gazetteer.Person)
			})
		}
		disc, veto := x.discover(d, found, ms)
		// Sized once for every mention and discovered name (in place when
		// ms has room): appending the names one by one grew it again and
		// again.
		kept := slices.Grow(ms[:0], len(ms)+len(disc))
		for i, m := range ms {
			if veto == nil || !veto[i] {
				kept = append(kept, m)
			}
		}
		for _, dm := range disc {
			if dm.Entity != nil && dm.Entity.Type == gazetteer.Place && !IsDiscovered(dm.Entity) || dm.Entity == nil && len(dm.Candidates) > 1 {
				wi, wj := wordOf[dm.Tok], wordOf[dm.TokEnd-1]+1
				if wi >= 0 && wj > wi && x.placeRejected(w, wi, wj, 0, dm, &sports) {
					continue // برشلونة in a match report: the club, though the labeller says LOC
				}
			}
			kept = append(kept, dm)
		}
		ms = kept
		x.companyShortForms(d, ms)
	}
	ms = x.coref(w, t, toks, ms)
	if others != nil {
		ms = slices.DeleteFunc(ms, func(mn Mention) bool { return mn.Via == gazetteer.ViaCoref && others[mn.Entity] })
	}
	resolveShared(ms)
	ms = x.resolvePlaces(ms, w, wordOf)
	ms = x.actorCountries(w, toks, t, ms)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	resolveRolesByName(ms)
	return ms
}

// placeRejected reports that a mention of a place, words [wi, wj) of w (skip
// bytes of its first word being a stripped proclitic), names something else:
// an organization, a man, a province, a team. sports caches the text's
// sports words. A discovered name linked to a gazetteer place passes the
// same test.
func (x *Extractor) placeRejected(w *gazetteer.Words, wi, wj, skip int, mn Mention, sports *sportsCache) bool {
	if x.ix.InOrgName(w, wi, wj) {
		return true // وكالة أنباء الشرق الأوسط is a news agency, Port Sudan a city
	}
	if x.ix.OpensIdiom(w, wi, wj) || x.ix.ClosesIdiom(w, wi, wj) {
		return true // مسقط رأسه is his birthplace, not Muscat; صلاة المغرب a prayer, not Morocco
	}
	if wj-wi == 1 && x.ix.AfterPersonName(w, wi) {
		return true // علي الأحمدي is a man, not the town Al Ahmadi
	}
	if skip == 0 && imported(mn) && w.Joined(wi) && x.titles[w.Text(wi-1)] {
		return true // الدكتور أبو كمال is a man, not the town Albu Kamal
	}
	if wj-wi == 1 && skip == 0 && x.ix.BeforeFamilyName(w, wi) {
		return true // بشار الجعفري is a man, not the town Béchar
	}
	if x.ix.BeforeSonOf(w, wj) {
		return true // الشيخ بدر بن محمد is a man, not Ash Shaykh Badr
	}
	if wj-wi == 1 && x.ix.AfterQuantity(w, wi, skip) {
		return true // 90 ميلا is miles, مليون أكرا acres: not Mila, not Accra
	}
	if wj-wi == 1 && !country(mn) && x.ix.AdjectiveAfterNoun(w, wi) {
		return true // الحالة المطرية is rainy weather, not Al Matariyah
	}
	if wj-wi == 1 && mn.Entity != nil && x.ix.PronounSuffixed(w, wi, skip, mn.Entity) && !x.ix.PlaceContext(w, wi, 0) {
		// (the proclitic ب is no place cue here: يهيم بزواره, with his visitors)
		return true // أضلاع قفصه: his rib cage, not Gafsa
	}
	if wj-wi == 1 && !division(mn) && x.ix.AfterProvinceWord(w, wi) {
		return true // ولاية قندهار is the province, not the city
	}
	if !x.ix.SportsPlaceContext(w, wi) {
		if gazetteer.SportsNear(sports.get(x.ix, w), wi, wj, sportsRadius) {
			return true // تقدم مانشستر, من نانت: in a match report, the team
		}
	}
	return false
}

// sportsCache holds the sports words of a text once found.
type sportsCache struct {
	done  bool
	marks []gazetteer.SportMark
}

// get returns the sports words of w (Index.SportMarks), found on the first
// call.
func (s *sportsCache) get(ix *gazetteer.Index, w *gazetteer.Words) []gazetteer.SportMark {
	if !s.done {
		s.marks, s.done = ix.SportMarks(w), true
	}
	return s.marks
}

// sportsRadius is how many words on each side of a place's name make its
// passage (about a paragraph of news): three distinct sports words there
// make it a match report's, and the name its team's.
const sportsRadius = 100

func (x *Extractor) mention(t *textnorm.Text, toks []textnorm.Token, m gazetteer.Match) Mention {
	first, last := toks[m.Tok], toks[m.TokEnd-1]
	start, _ := t.OrigSpan(int(first.NStart)+m.Skip, int(first.NEnd))
	end := int(last.End)
	mn := Mention{Start: start, End: end, Text: t.Slice(start, end), Tok: m.Tok, TokEnd: m.TokEnd, Via: m.Cands[0].Via}
	seen := map[int32]bool{}
	for _, c := range m.Cands {
		if c.Via == gazetteer.ViaRole {
			mn.roles = append(mn.roles, roleCand{x.ix.Entity(c), int(c.Role)})
		}
		if !seen[c.Entity] {
			seen[c.Entity] = true
			mn.Candidates = append(mn.Candidates, x.ix.Entity(c))
		}
	}
	if len(mn.Candidates) == 1 && mn.Via != gazetteer.ViaRole {
		mn.Entity = mn.Candidates[0]
	}
	return mn
}

// resolveRoles picks, for each role mention, the entity holding the role on
// dct. Without a date, or when no single holder fits, the mention stays
// ambiguous.
func (x *Extractor) resolveRoles(ms []Mention, dct time.Time) {
	if dct.IsZero() {
		return
	}
	for i := range ms {
		if ms[i].Via != gazetteer.ViaRole {
			continue
		}
		if h := ms[i].HolderAt(dct); h != nil {
			ms[i].Entity, ms[i].RoleByDCT = h, true
		}
	}
}

// resolveRolesByName settles a role mention the date left open (no article
// date, or no single holder on it) when the article itself names exactly one
// of the candidates: "رئيس الوزراء العراقي محمد شياع السوداني". That is the
// text's own reading, not a guess.
func resolveRolesByName(ms []Mention) {
	named := map[*gazetteer.Entity]bool{}
	for _, m := range ms {
		if m.Entity != nil && m.Via != gazetteer.ViaRole {
			named[m.Entity] = true
		}
	}
	for i := range ms {
		if ms[i].Via != gazetteer.ViaRole || (ms[i].Entity != nil && !ms[i].RoleByDCT) {
			continue
		}
		// Apposition first, over the article's date: the role followed at
		// once by a candidate's name ("خادم الحرمين الشريفين الملك فهد").
		if i+1 < len(ms) && ms[i+1].Tok-ms[i].TokEnd <= 1 && ms[i+1].Entity != nil && ms[i+1].Via != gazetteer.ViaRole {
			named := false
			for _, c := range ms[i].Candidates {
				if c == ms[i+1].Entity {
					ms[i].Entity, ms[i].RoleByDCT, named = c, false, true
				}
			}
			if named {
				continue
			}
		}
		if ms[i].Entity != nil {
			continue
		}
		var pick *gazetteer.Entity
		n := 0
		for _, c := range ms[i].Candidates {
			if named[c] {
				pick, n = c, n+1
			}
		}
		if n == 1 {
			ms[i].Entity = pick
		}
	}
}

// resolveShared settles a name that several entities share in favour of the
// one the article names unambiguously elsewhere; otherwise it stays ambiguous.
func resolveShared(ms []Mention) {
	known := map[*gazetteer.Entity]bool{}
	for _, m := range ms {
		if m.Entity != nil {
			known[m.Entity] = true
		}
	}
	for i := range ms {
		if ms[i].Entity != nil || ms[i].Via == gazetteer.ViaRole || len(ms[i].Candidates) < 2 {
			continue
		}
		var pick *gazetteer.Entity
		n := 0
		for _, c := range ms[i].Candidates {
			if known[c] {
				pick, n = c, n+1
			}
		}
		if n == 1 {
			ms[i].Entity = pick
		}
	}
}

// resolvePlaces settles a name that several places share (Tripoli in Libya
// and in Lebanon; a town and its governorate; villages of one name) and
// checks imported towns against the countries the article names. It
// returns ms without the mentions it drops.
//
// A shared name goes to the candidate that lies in another candidate (the
// town over its governorate), else the one that lies in a place the article
// names, else the one in a country the article names (the country itself
// or a place in it) when it is the only such candidate and no other
// candidate is a city of a million people ten times bigger (Duma near
// Nablus in an article that names Nablus; Moscow, not Moscow in Texas, in an
// article that names the United States), else the one with the greatest
// weight, if it weighs at least twice the next. A place's weight is its
// population + 1, times ten when it lies in a place the article names.
// Otherwise the mention stays ambiguous.
//
// An imported town of fewer than 300,000 people (an id gn-…) in a country
// the article names nothing of, with a place of another country named within
// nearCountry tokens of it and no place word or relative adjective after it
// (مرسيليا الفرنسية), is a namesake the gazetteer lacks or a word (مفرق
// العند بمحافظة لحج is a crossroads in Yemen, not Mafraq in Jordan): the
// mention is dropped. An ambiguous mention of imported towns none of which
// lies in a country the article names, in an article that names other
// countries, is dropped the same way. w and wordOf are the text's words and
// its token-to-word map.
func (x *Extractor) resolvePlaces(ms []Mention, w *gazetteer.Words, wordOf []int) []Mention {
	pc := newPlaceContext(x, ms, w, wordOf)
	var drop []bool
	for i := range ms {
		if !pc.settle(i) {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(ms))
		}
		drop[i] = true
	}
	if drop == nil {
		return ms
	}
	kept := ms[:0]
	for i, m := range ms {
		if !drop[i] {
			kept = append(kept, m)
		}
	}
	return kept
}

// placeContext is what resolvePlaces knows of an article: its mentions,
// the places they name, and the countries of those places.
type placeContext struct {
	x      *Extractor
	g      *gazetteer.Gazetteer
	ms     []Mention
	w      *gazetteer.Words
	wordOf []int
	named  []*gazetteer.Entity
	// countries: country id -> the places of the article in it (a town
	// named twice counts once).
	countries map[string]map[*gazetteer.Entity]bool
}

func newPlaceContext(x *Extractor, ms []Mention, w *gazetteer.Words, wordOf []int) *placeContext {
	pc := &placeContext{x: x, g: x.ix.Gazetteer(), ms: ms, w: w, wordOf: wordOf, countries: map[string]map[*gazetteer.Entity]bool{}}
	for _, m := range ms {
		if m.Entity != nil && m.Entity.Type == gazetteer.Place {
			pc.named = append(pc.named, m.Entity)
			if c := pc.g.CountryOf(m.Entity.ID); c != "" {
				if pc.countries[c] == nil {
					pc.countries[c] = map[*gazetteer.Entity]bool{}
				}
				pc.countries[c][m.Entity] = true
			}
		}
	}
	return pc
}

// settle settles mention i if it is a place's, and reports whether it is
// to be dropped.
func (pc *placeContext) settle(i int) bool {
	m := &pc.ms[i]
	if m.Via == gazetteer.ViaRole || !only(*m, gazetteer.Place) {
		return false
	}
	if m.Entity != nil {
		return foreignTown(m.Entity) && !pc.inNamedCountry(m.Entity) && pc.nearForeign(i, m.Entity) && !pc.placeAfter(i)
	}
	if len(m.Candidates) < 2 {
		return false
	}
	if e := pc.pick(m.Candidates); e != nil {
		m.Entity = e
		return false
	}
	if !slices.ContainsFunc(m.Candidates, pc.inNamedCountry) && slices.ContainsFunc(m.Candidates, pc.otherCountries) && !pc.placeAfter(i) &&
		!slices.ContainsFunc(m.Candidates, func(c *gazetteer.Entity) bool { return !foreignTown(c) }) {
		return true // قرية السودة in an article on Asir: neither the Syrian nor the Yemeni one
	}
	m.Entity = pc.heaviest(m.Candidates)
	return false
}

// pick returns the candidate that lies in another candidate, else the one
// that lies in a place the article names, else the only one in a country
// the article names unless another is a city ten times bigger; or nil.
func (pc *placeContext) pick(cands []*gazetteer.Entity) *gazetteer.Entity {
	if e := onlyOne(cands, func(c *gazetteer.Entity) bool {
		for _, o := range cands {
			if o != c && pc.g.Within(c.ID, o.ID) {
				return true
			}
		}
		return false
	}); e != nil {
		return e
	}
	if e := onlyOne(cands, func(c *gazetteer.Entity) bool {
		for _, n := range pc.named {
			if !strings.HasPrefix(n.ID, "country-") && pc.g.Within(c.ID, n.ID) {
				return true
			}
		}
		return false
	}); e != nil {
		return e // رفح when the article names North Sinai
	}
	if e := onlyOne(cands, pc.inNamedCountry); e != nil {
		for _, o := range cands {
			if o != e && o.Population >= bigPopulation && o.Population >= 10*(e.Population+1) {
				return nil
			}
		}
		return e // قرية دوما جنوب نابلس is in Palestine, not Syria
	}
	return nil
}

// heaviest returns the candidate of the greatest weight if it weighs at
// least twice the next, or nil. A place's weight is its population + 1,
// times ten when it lies in a place the article names.
func (pc *placeContext) heaviest(cands []*gazetteer.Entity) *gazetteer.Entity {
	weight := func(c *gazetteer.Entity) int64 {
		w := c.Population + 1
		for _, n := range pc.named {
			if pc.g.Within(c.ID, n.ID) {
				return 10 * w
			}
		}
		return w
	}
	var top *gazetteer.Entity
	var tw, nw int64
	for _, c := range cands {
		switch w := weight(c); {
		case w > tw:
			top, tw, nw = c, w, tw
		case w > nw:
			nw = w
		}
	}
	if tw >= 2*nw {
		return top
	}
	return nil
}

// inNamedCountry reports that the article names c's country by something
// other than c itself.
func (pc *placeContext) inNamedCountry(c *gazetteer.Entity) bool {
	cc := pc.g.CountryOf(c.ID)
	if cc == "" {
		return true // unknown: no evidence against it
	}
	ps := pc.countries[cc]
	return len(ps) > 1 || len(ps) == 1 && !ps[c]
}

// otherCountries reports that the article names a place of a country other
// than c's.
func (pc *placeContext) otherCountries(c *gazetteer.Entity) bool {
	cc := pc.g.CountryOf(c.ID)
	for k := range pc.countries {
		if k != cc {
			return true
		}
	}
	return false
}

// nearForeign reports a place of a country other than c's named within
// nearCountry tokens of mention i.
func (pc *placeContext) nearForeign(i int, c *gazetteer.Entity) bool {
	cc := pc.g.CountryOf(c.ID)
	for k, o := range pc.ms {
		if k == i || o.Entity == nil || o.Entity.Type != gazetteer.Place || o.Tok-pc.ms[i].TokEnd > nearCountry || pc.ms[i].Tok-o.TokEnd > nearCountry {
			continue
		}
		if oc := pc.g.CountryOf(o.Entity.ID); oc != "" && oc != cc {
			return true
		}
	}
	return false
}

// placeAfter reports a place word or relative adjective right after
// mention i.
func (pc *placeContext) placeAfter(i int) bool {
	j := pc.ms[i].TokEnd - 1
	if j < 0 || j >= len(pc.wordOf) || pc.wordOf[j] < 0 {
		return false
	}
	return pc.x.ix.PlaceWordAfter(pc.w, pc.wordOf[j]+1)
}

// nearCountry is how many tokens on either side of a town's name a place of
// another country must stand within to make the town a doubtful namesake.
const nearCountry = 20

// bigPopulation is the population from which a town outweighs a namesake in
// a country the article names.
const bigPopulation = 1_000_000

// knownTownPopulation is the population from which a town is known well
// enough that its name stands for it wherever the article looks (Detroit,
// Jerusalem, Lisbon), as the generator lets one-word names of towns abroad
// stand alone from 300,000 people.
const knownTownPopulation = 300_000

// foreignTown reports an imported populated place (GeoNames, id gn-…) of
// fewer than knownTownPopulation people: one whose name, in an article about
// other countries, is more likely a namesake or a word.
func foreignTown(e *gazetteer.Entity) bool {
	return strings.HasPrefix(e.ID, "gn-") && e.Population < knownTownPopulation
}

// imported reports a mention all of whose candidates are imported places
// (GeoNames towns gn-…, dr5hn divisions adm-…), for which the rules that
// read the words around a name are stricter than for hand-written entities.
func imported(m Mention) bool {
	for _, c := range m.Candidates {
		if !strings.HasPrefix(c.ID, "gn-") && !strings.HasPrefix(c.ID, "adm-") {
			return false
		}
	}
	return len(m.Candidates) > 0
}

// country reports that one of m's candidates is a country.
func country(m Mention) bool {
	for _, c := range m.Candidates {
		if strings.HasPrefix(c.ID, "country-") {
			return true
		}
	}
	return false
}

// division reports a mention one of whose candidates has places within it
// in the gazetteer's terms: a country or first-level division (its id
// starts with "country-" or "adm-", or it ends in -governorate/-province/
// -region as the hand-written ones do).
func division(m Mention) bool {
	for _, c := range m.Candidates {
		for _, s := range []string{"-governorate", "-province", "-region"} {
			if strings.HasSuffix(c.ID, s) {
				return true
			}
		}
		if strings.HasPrefix(c.ID, "country-") || strings.HasPrefix(c.ID, "adm-") {
			return true
		}
	}
	return false
}

// onlyOne returns the one candidate for which ok holds, or nil.
func onlyOne(cands []*gazetteer.Entity, ok func(*gazetteer.Entity) bool) *gazetteer.Entity {
	var pick *gazetteer.Entity
	for _, c := range cands {
		if ok(c) {
			if pick != nil {
				return nil
			}
			pick = c
		}
	}
	return pick
}

// coref finds the last word of a person's multi-word name, used alone, after
// (or before) the article names that person in full: "حسين" for "فؤاد حسين";
// and in Arabic the first word, after the full name only (gazetteer.Index.
// CorefFirstKey): "نزار" for "نزار قباني".
// When two people named in full share the word, the nearest full mention
// before it wins, else the nearest after it. Discovered names count as full
// names, and a one-word discovered person that is such a word is that
// person rather than a person of its own. It returns ms with the short
// forms added.
func (x *Extractor) coref(w *gazetteer.Words, t *textnorm.Text, toks []textnorm.Token, ms []Mention) []Mention {
	keys, firsts := x.fullNames(ms)
	if len(keys) == 0 && len(firsts) == 0 {
		return ms
	}
	covered, weak := corefCovered(ms, len(toks))
	var out []Mention
	drop := map[int]bool{} // indexes in ms of the short forms' one-word persons
	for i := 0; i < w.Len(); i++ {
		ti := w.TokenIndex(i)
		if covered[ti] || !w.Capitalized(i) {
			continue
		}
		pick, skip := x.corefPick(w, i, keys, firsts)
		if pick == nil {
			continue
		}
		if j, ok := weak[ti]; ok {
			drop[j] = true
		}
		tok := toks[ti]
		if n := len(out); n > 0 && skip == 0 && out[n-1].TokEnd == ti && out[n-1].Entity == pick && w.Joined(i) {
			// "عبير الدخيل" for "عبير الدخيل": a short form's given
			// name and last word side by side are one mention.
			out[n-1].End, out[n-1].TokEnd = int(tok.End), ti+1
			out[n-1].Text = t.Slice(out[n-1].Start, out[n-1].End)
			continue
		}
		start, _ := t.OrigSpan(int(tok.NStart)+skip, int(tok.NEnd))
		from := ti
		if j, ok := x.givenBefore(w, i, pick, firsts, weak); ok && skip == 0 && !drop[j] {
			// "محمد فقي" for "محمد حسن فقي": the given name before the
			// last word, which the labeller found as a person of its
			// own, is the same person's.
			drop[j] = true
			from, start = ms[j].Tok, ms[j].Start
		}
		end := int(tok.End)
		out = append(out, Mention{Start: start, End: end, Text: t.Slice(start, end),
			Tok: from, TokEnd: ti + 1, Entity: pick, Candidates: []*gazetteer.Entity{pick}, Via: gazetteer.ViaCoref})
	}
	if len(drop) > 0 {
		kept := ms[:0]
		for i, m := range ms {
			if !drop[i] {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	return append(ms, out...)
}

// givenBefore returns the index in ms of the one-word discovered person
// (weak: its token → its index) right before word i of w, after a space,
// when that word is the first word of a name of e in full elsewhere in
// the article (firsts, by CorefFirstKey).
func (x *Extractor) givenBefore(w *gazetteer.Words, i int, e *gazetteer.Entity, firsts map[string][]fullName, weak map[int]int) (int, bool) {
	if i == 0 || !w.Joined(i) {
		return 0, false
	}
	prev := w.TokenIndex(i - 1)
	j, ok := weak[prev]
	if !ok || prev+1 != w.TokenIndex(i) {
		return 0, false
	}
	found := false
	x.ix.Stripped(w, i-1, func(word string, _ int, alRest bool) {
		for _, f := range firsts[word] {
			found = found || !alRest && f.e == e
		}
	})
	return j, found
}

// fullName is a person named in full at token tok.
type fullName struct {
	e   *gazetteer.Entity
	tok int
}

// fullNames files the people the article names in full (two words or more,
// not by a role) under the coreference keys of their names: keys for the
// last word (gazetteer.Index.CorefKey), firsts for the first
// (CorefFirstKey), once per position.
func (x *Extractor) fullNames(ms []Mention) (keys, firsts map[string][]fullName) {
	keys, firsts = map[string][]fullName{}, map[string][]fullName{}
	remember := func(into map[string][]fullName, key func(string) (string, bool), n string, f fullName) {
		k, ok := key(n)
		if !ok {
			return
		}
		if fs := into[k]; len(fs) == 0 || fs[len(fs)-1].tok != f.tok {
			into[k] = append(into[k], f)
		}
	}
	for _, m := range ms {
		if m.Entity == nil || m.Entity.Type != gazetteer.Person || m.Via == gazetteer.ViaRole || m.Via == gazetteer.ViaCoref {
			continue
		}
		if m.TokEnd-m.Tok < 2 {
			continue
		}
		f := fullName{m.Entity, m.Tok}
		for _, names := range [][]string{m.Entity.Names.Ar, m.Entity.Names.En} {
			for _, n := range names {
				remember(keys, x.ix.CorefKey, n, f)
				remember(firsts, x.ix.CorefFirstKey, n, f)
			}
		}
	}
	return keys, firsts
}

// corefCovered marks the n tokens that a mention covers, but for a
// one-word discovered person (weak: its token → its index in ms), which a
// short form may replace.
func corefCovered(ms []Mention, n int) (covered []bool, weak map[int]int) {
	covered, weak = make([]bool, n), map[int]int{}
	for i, m := range ms {
		if m.Via == gazetteer.ViaDiscovered && m.TokEnd-m.Tok == 1 && IsDiscovered(m.Entity) && m.Entity.Type == gazetteer.Person {
			weak[m.Tok] = i
			continue
		}
		for k := m.Tok; k < m.TokEnd; k++ {
			covered[k] = true
		}
	}
	return covered, weak
}

// corefPick returns the person that word i of w (as written or without a
// proclitic: skip bytes) stands for: of the people whose last word it is,
// the nearest named before it, else the first named after; else a person
// whose first word it is, named before it; or nil.
func (x *Extractor) corefPick(w *gazetteer.Words, i int, keys, firsts map[string][]fullName) (*gazetteer.Entity, int) {
	ti := w.TokenIndex(i)
	var fs []fullName
	var first *gazetteer.Entity // a first name alone, after the full name
	skip, firstSkip := 0, 0
	x.ix.Stripped(w, i, func(word string, s int, alRest bool) {
		if fs != nil || alRest {
			return
		}
		if f, ok := keys[word]; ok {
			fs, skip = f, s
			return
		}
		if first == nil {
			for _, f := range firsts[word] {
				if f.tok < ti {
					first, firstSkip = f.e, s
				}
			}
		}
	})
	if fs == nil {
		return first, firstSkip
	}
	var pick *gazetteer.Entity
	for _, f := range fs {
		if f.tok < ti {
			pick = f.e
		}
	}
	if pick == nil {
		pick = fs[0].e
	}
	return pick, skip
}

// oneWord reports a mention of one word (a family name used alone).
func oneWord(wordOf []int, mn Mention) bool {
	if wordOf == nil || mn.TokEnd-1 >= len(wordOf) {
		return false
	}
	wi, wj := wordOf[mn.Tok], wordOf[mn.TokEnd-1]+1
	return wi >= 0 && wj-wi == 1
}

// only reports a mention that can only be an entity of type t.
func only(m Mention, t gazetteer.Type) bool {
	if m.Entity != nil {
		return m.Entity.Type == t
	}
	for _, c := range m.Candidates {
		if c.Type != t {
			return false
		}
	}
	return len(m.Candidates) > 0
}

// wordIndexAppend maps each token of w's text to its word index (-1 for
// tokens that are no word), in idx[:0] when it is large enough.
func wordIndexAppend(idx []int, w *gazetteer.Words, ntok int) []int {
	if cap(idx) < ntok {
		idx = make([]int, ntok)
	}
	idx = idx[:ntok]
	for i := range idx {
		idx[i] = -1
	}
	for i := 0; i < w.Len(); i++ {
		idx[w.TokenIndex(i)] = i
	}
	return idx
}
