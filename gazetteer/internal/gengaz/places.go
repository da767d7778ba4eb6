package main

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"iter"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/lang"
)

//go:embed places_extra.yaml
var placesExtraYAML []byte

// placesExtra is the hand-written part of the place import.
type placesExtra struct {
	// ArabicCountries are the countries whose first-level divisions keep
	// their Arabic names from dr5hn (where name and native agree).
	ArabicCountries []string `yaml:"arabic_countries"`
	// DivisionAr replaces the Arabic names of divisions, by ISO 3166-2 code
	// (an empty list drops them: machine translations such as يشيد for Ha'il).
	DivisionAr map[string][]string `yaml:"division_ar"`
	// Cues are the words that qualify a populated place whose own name is a
	// common word: مدينة السلام, بلدة النصر.
	Cues []string `yaml:"cues"`
	// ContextFrom is the population from which a town that is not notable
	// keeps its one-word Arabic names beside their cue forms, as context
	// names (matched next to a place word: في مليلية, من البيرة), when no
	// rule holds them back as common or news words; 0: never.
	ContextFrom int `yaml:"context_from"`
	// ContextFromWorld is ContextFrom outside MENA, where a name written in
	// Arabic letters is a transliteration that namesakes share more often
	// (Alençon's النسون is ب + نسون in بنسون).
	ContextFromWorld int `yaml:"context_from_world"`
	// ContextMin and ContextShare hold such a name back as a word where
	// the news days write it ContextMin times or more, less than
	// ContextShare of them after a place word (see holdBareNames).
	ContextMin   int     `yaml:"context_min"`
	ContextShare float64 `yaml:"context_share"`
	// MENA are the countries whose towns are notable from 100,000 people
	// or as a division's seat (see notable).
	MENA []string `yaml:"mena"`
	// DivisionWords are the Arabic words that name a division, by dr5hn
	// type and country (see arabicDivisionWord).
	DivisionWords []divisionWord `yaml:"division_words"`
	// DivisionForms are the forms of a division's name that a hand-written
	// entity may give it, tried in order after the bare name ({} is the
	// name: "منطقة {}").
	DivisionForms []string `yaml:"division_forms"`
	// NotTownWords begin a governorate's name (محافظة مسقط): a populated
	// place's Arabic name that begins with one and a space is not its own.
	NotTownWords []string `yaml:"not_town_words"`
	// AlefForms are the rarer alefs some GeoNames names are written with
	// (ٲبو عريش), each with the common letter it stands for: a name is
	// imported with the common letter, not dropped as not Arabic.
	AlefForms map[string]string `yaml:"alef_forms"`
	// NeverBare are names never imported alone (held back like common words).
	NeverBare []string `yaml:"never_bare"`
	// Skip are feature codes of GeoNames rows left out (abandoned,
	// historical, destroyed places).
	Skip []string `yaml:"skip_features"`
	// NewsDays, NewsPlaceWords, NewsMin and NewsShare are the news-word
	// rule's corpus days, place words and thresholds (see newsWords).
	NewsDays       []string `yaml:"news_days"`
	NewsPlaceWords []string `yaml:"news_place_words"`
	NewsMin        int      `yaml:"news_min"`
	NewsShare      float64  `yaml:"news_share"`
	// NewsProclitics are cut from the word before a name (و ف ب ل);
	// NewsPlaceProclitic (ب, "in") makes a long word behind it cued.
	NewsProclitics     []string `yaml:"news_proclitics"`
	NewsPlaceProclitic string   `yaml:"news_place_proclitic"`
}

// geoRow is one GeoNames row of places.tsv.
type geoRow struct {
	id, name, ascii, cc, admin1, feature string
	pop                                  int64
	lat, lon                             float64
	ar                                   []string
}

func readGeoNames(path string) ([]geoRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []geoRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for line := 1; sc.Scan(); line++ {
		if line == 1 {
			continue // header
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 13 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 13", path, line, len(c))
		}
		r := geoRow{id: c[0], name: c[1], ascii: c[2], cc: c[3], admin1: c[4], feature: c[5]}
		var e1, e2, e3 error
		r.pop, e1 = strconv.ParseInt(c[6], 10, 64)
		r.lat, e2 = strconv.ParseFloat(c[7], 64)
		r.lon, e3 = strconv.ParseFloat(c[8], 64)
		if e1 != nil || e2 != nil || e3 != nil {
			return nil, fmt.Errorf("%s:%d: bad number", path, line)
		}
		for _, a := range strings.Split(c[10], "|") {
			if a = strings.TrimSpace(a); a != "" {
				r.ar = append(r.ar, a)
			}
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

// state is one dr5hn first-level division.
type state struct {
	ID          int      `json:"id"`
	Name        string   `json:"name"`
	CC          string   `json:"country_code"`
	ISO         string   `json:"iso3166_2"`
	Code        string   `json:"code"`
	Type        string   `json:"type"`
	Native      string   `json:"native"`
	Ar          string   `json:"ar"`
	Lat         *float64 `json:"latitude"`
	Lon         *float64 `json:"longitude"`
	Parent      *int     `json:"parent_id"`
	genID, hand string
}

// arabicOnly reports a name written in Arabic letters, spaces and hyphens
// only (no Persian or Kurdish letters, no joiners, no Latin).
func arabicOnly(s string) bool {
	for _, r := range s {
		switch {
		case r >= 0x621 && r <= 0x64A, r == ' ', r == '-', r >= 0x64B && r <= 0x652:
		default:
			return false
		}
	}
	return strings.ContainsFunc(s, unicode.IsLetter)
}

var parens = regexp.MustCompile(`\s*\([^)]*\)`)

func cleanName(s string) string { return strings.TrimSpace(parens.ReplaceAllString(s, "")) }

// idSlug makes an id part from s.
func idSlug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// distance is a rough squared distance between two points (degrees, with
// longitude shrunk by latitude): enough to find the nearest centroid.
func distance(lat1, lon1, lat2, lon2 float64) float64 {
	dx := (lon1 - lon2) * math.Cos((lat1+lat2)/2*math.Pi/180)
	dy := lat1 - lat2
	return dx*dx + dy*dy
}

// vocabulary holds the common words that hold names back (lang.Words).
type vocabulary struct {
	ar, en    map[string]bool
	function  map[string]bool // function words of both languages
	neverBare map[string]bool // placesExtra.NeverBare, normalized
}

// commonAr reports an Arabic name all of whose words are common words, that
// starts or ends with a function word (في صلاح, In Salah, would read "in
// Salah"), or that the hand-written files never list alone.
func (v vocabulary) commonAr(name string) bool {
	ws := gazetteer.WordTokens(name)
	if len(ws) > 1 && (v.function[ws[0]] || v.function[ws[len(ws)-1]]) || v.neverBare[key(name)] {
		return true
	}
	for _, w := range ws {
		if !v.ar[w] {
			return false
		}
	}
	return len(ws) > 0
}

// commonEn reports a one-word English name that is a common word.
func (v vocabulary) commonEn(name string) bool {
	ws := gazetteer.WordTokens(name)
	return len(ws) == 1 && v.en[ws[0]]
}

// shortName reports a name too short to match safely: one word of fewer
// than three letters (Arabic) or four (English).
func shortName(name string, arabic bool) bool {
	ws := gazetteer.WordTokens(name)
	if len(ws) != 1 {
		return false
	}
	n := len([]rune(ws[0]))
	if arabic {
		return n < 3
	}
	return n < 4
}

// handIndex knows the hand-written entities' names.
type handIndex struct {
	g *gazetteer.Gazetteer
	// byName: normalized name -> entities having it.
	byName map[string][]*gazetteer.Entity
}

func newHandIndex(g *gazetteer.Gazetteer) *handIndex {
	h := &handIndex{g: g, byName: map[string][]*gazetteer.Entity{}}
	for _, e := range g.Entities {
		seen := map[string]bool{}
		for _, n := range slices.Concat(e.Names.En, e.Names.Ar) {
			k := key(n)
			if !seen[k] {
				seen[k] = true
				h.byName[k] = append(h.byName[k], e)
			}
		}
	}
	return h
}

// division reports a hand-written entity that names a first-level division.
func division(e *gazetteer.Entity) bool {
	for _, s := range []string{"-province", "-governorate", "-region", "-emirate", "-state"} {
		if strings.HasSuffix(e.ID, s) {
			return true
		}
	}
	for _, n := range e.Names.En {
		for _, w := range []string{"Province", "Governorate", "Region", "Emirate"} {
			if strings.Contains(n, w) {
				return true
			}
		}
	}
	return false
}

// geoResult is what the place import writes, with its counts.
type geoResult struct {
	divisions, places []*gazetteer.Entity
	heldBack          []string // "name (id, population)" of names held back as common words
	newsHeld          []string // "name, id, country, population, total, cued" of news words
	stats             map[string]int
}

// genPlaces imports the first-level divisions (dr5hn) and populated places
// (GeoNames) against the hand-written gazetteer hand.
func genPlaces(src string, hand *gazetteer.Gazetteer, v vocabulary) (*geoResult, error) {
	p, err := newPlaceImport(hand, v)
	if err != nil {
		return nil, err
	}
	byCC, err := p.readDivisions(src)
	if err != nil {
		return nil, err
	}
	p.importDivisions(byCC)
	rows, err := readGeoNames(filepath.Join(src, "geonames-cities500", "places.tsv"))
	if err != nil {
		return nil, err
	}
	out := p.importPlaces(rows, mapAdmin1(rows, byCC))
	p.leaveHandNames(out)
	nw, err := newsWords(filepath.Join(src, "..", "saudinewsnet"), p.x)
	if err != nil {
		return nil, err
	}
	p.holdNewsWords(nw)
	p.holdBareNames(nw)
	return p.res, nil
}

// placeImport is one run of the place import: the hand-written rules
// (places_extra.yaml), the hand-written gazetteer and its names, the
// vocabulary of common words, and the result being built.
type placeImport struct {
	x         placesExtra
	hand      *gazetteer.Gazetteer
	hi        *handIndex
	v         vocabulary
	countries map[string]bool // ISO codes of the countries the gazetteer has
	res       *geoResult
	// bare holds, by entity id, the one-word Arabic names of towns below
	// the notable size kept as context names (ContextFrom).
	bare map[string]map[string]bool
	// alternations are the Arabic spelling alternations (names.yaml),
	// normalized.
	alternations [][2]string
	// article is the Arabic definite article (ال).
	article string
}

func newPlaceImport(hand *gazetteer.Gazetteer, v vocabulary) (*placeImport, error) {
	p := &placeImport{hand: hand, v: v, res: &geoResult{stats: map[string]int{}}, countries: map[string]bool{}}
	if err := lang.DecodeBytes(placesExtraYAML, "gazetteer/internal/gengaz/places_extra.yaml", &p.x); err != nil {
		return nil, err
	}
	if len(p.x.NewsProclitics) == 0 || p.x.NewsPlaceProclitic == "" {
		return nil, fmt.Errorf("places_extra.yaml: news_proclitics and news_place_proclitic are required")
	}
	if len(p.x.DivisionForms) == 0 || len(p.x.NotTownWords) == 0 {
		return nil, fmt.Errorf("places_extra.yaml: division_forms and not_town_words are required")
	}
	ar, err := lang.LoadArabic()
	if err != nil {
		return nil, err
	}
	p.alternations, p.article = ar.Alternations, ar.Article
	for _, f := range p.x.DivisionForms {
		if strings.Count(f, "{}") != 1 {
			return nil, fmt.Errorf("places_extra.yaml: division_forms: %q has no {} or more than one", f)
		}
	}
	p.v.neverBare = map[string]bool{}
	for _, n := range p.x.NeverBare {
		p.v.neverBare[key(n)] = true
	}
	p.hi = newHandIndex(hand)
	for _, e := range hand.Entities {
		if strings.HasPrefix(e.ID, "country-") {
			p.countries[strings.ToUpper(strings.TrimPrefix(e.ID, "country-"))] = true
		}
	}
	return p, nil
}

// nameless reports an entity left with no name to match.
func nameless(e *gazetteer.Entity) bool {
	return len(e.Names.En)+len(e.Names.Ar)+len(e.ContextNames) == 0
}

// iraqStateIDs maps dr5hn state ids to the hand-checked divisions of
// iraq.yaml, which records the dr5hn state of each in its note.
func iraqStateIDs(hand *gazetteer.Gazetteer) map[int]string {
	out := map[int]string{}
	stateNote := regexp.MustCompile(`dr5hn state (\d+)`)
	for _, e := range hand.Entities {
		if m := stateNote.FindStringSubmatch(e.Note); m != nil {
			n, _ := strconv.Atoi(m[1])
			out[n] = e.ID
		}
	}
	return out
}

// readDivisions reads dr5hn's first-level divisions of the gazetteer's
// countries, by country, each with its generated id and the hand-written
// entity it supplements, if any.
func (p *placeImport) readDivisions(src string) (map[string][]*state, error) {
	states, err := readJSONL(filepath.Join(src, "dr5hn-csc", "states.jsonl"), func(s state) bool {
		return s.Parent == nil && s.Lat != nil && s.Lon != nil
	})
	if err != nil {
		return nil, err
	}
	iraqState := iraqStateIDs(p.hand)
	byCC := map[string][]*state{}
	usedID := map[string]bool{}
	for i := range states {
		s := &states[i]
		if !p.countries[s.CC] {
			continue
		}
		byCC[s.CC] = append(byCC[s.CC], s)
		s.genID = "adm-" + idSlug(s.ISO)
		if s.ISO == "" || usedID[s.genID] {
			s.genID = fmt.Sprintf("adm-%s-%d", strings.ToLower(s.CC), s.ID)
		}
		usedID[s.genID] = true
		if id, ok := iraqState[s.ID]; ok {
			s.hand = id
		}
	}
	p.matchHandDivisions(byCC)
	return byCC, nil
}

// matchHandDivisions gives a division that a hand-written entity already
// names (the Saudi regions of world.yaml) that entity to supplement.
func (p *placeImport) matchHandDivisions(byCC map[string][]*state) {
	for _, ss := range byCC {
		for _, s := range ss {
			if s.hand != "" {
				continue
			}
			for _, n := range []string{cleanName(s.Name), cleanName(s.Native), cleanName(s.Ar)} {
				cands := []string{n}
				for _, f := range p.x.DivisionForms {
					cands = append(cands, strings.Replace(f, "{}", n, 1))
				}
				for _, cand := range cands {
					for _, e := range p.hi.byName[key(cand)] {
						if s.hand == "" && e.Type == gazetteer.Place && (e.Country == s.CC || p.hand.CountryOf(e.ID) == gazetteer.CountryID(s.CC)) && division(e) {
							s.hand = e.ID
						}
					}
				}
			}
		}
	}
}

// importDivisions makes the division entities, country by country.
func (p *placeImport) importDivisions(byCC map[string][]*state) {
	arabicCC := map[string]bool{}
	for _, c := range p.x.ArabicCountries {
		arabicCC[c] = true
	}
	for _, cc := range sortedKeys(byCC) {
		for _, s := range byCC[cc] {
			e := p.divisionEntity(s, cc, arabicCC[cc])
			p.res.filterNames(e, p.hi, p.v, nil, s.hand != "")
			toContext(e)
			if nameless(e) {
				continue
			}
			p.res.divisions = append(p.res.divisions, e)
			p.res.stats["divisions"]++
			if s.hand != "" {
				p.res.stats["divisions supplementing hand-written entities"]++
			}
		}
	}
}

// divisionEntity is division s of country cc with its English names and,
// in an Arabic country (arabic), its Arabic ones (rule 1 of the README).
func (p *placeImport) divisionEntity(s *state, cc string, arabic bool) *gazetteer.Entity {
	e := &gazetteer.Entity{ID: s.genID, Type: gazetteer.Place, Country: cc, Within: []string{gazetteer.CountryID(cc)},
		Note: fmt.Sprintf("%s of %s, ISO 3166-2 %s (dr5hn state %d)", strings.ToLower(s.Type), cc, s.ISO, s.ID)}
	if s.hand != "" {
		e.ID, e.Note = s.hand, ""
	}
	en := cleanName(s.Name)
	e.Names.En = []string{en}
	if s.Type != "" {
		e.Names.En = append(e.Names.En, en+" "+titleWord(s.Type))
	}
	var ar []string
	if fix, ok := p.x.DivisionAr[s.ISO]; ok {
		ar = fix
	} else if arabic {
		a, n := cleanName(s.Ar), cleanName(s.Native)
		if a != "" && key(a) == key(n) && arabicOnly(a) {
			ar = []string{a}
			if cue := p.x.arabicDivisionWord(s.Type, cc); cue != "" && !strings.HasPrefix(a, cue+" ") {
				ar = append(ar, cue+" "+a)
			}
		}
	}
	e.Names.Ar = ar
	return e
}

// importPlaces makes the populated places of GeoNames rows, the most
// populous first (rules 2 to 5 of the README); admin maps their admin1
// codes to divisions.
func (p *placeImport) importPlaces(rows []geoRow, admin map[string]*state) []*gazetteer.Entity {
	mena := map[string]bool{}
	for _, c := range p.x.MENA {
		mena[c] = true
	}
	handBare := p.handPlaceNamesAr()
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].pop > rows[j].pop })
	matched := map[string]bool{} // hand-written ids already supplemented
	var out []*gazetteer.Entity
	for _, r := range rows {
		if !p.countries[r.cc] || slices.Contains(p.x.Skip, r.feature) {
			continue
		}
		e := p.placeEntity(r, admin)
		// The same place as a hand-written one (same country, a shared
		// name) supplements it: the biggest such row, once.
		if id := p.hi.samePlace(e, matched); id != "" {
			matched[id] = true
			e.ID = id
			p.res.stats["places supplementing hand-written entities"]++
			p.res.filterNames(e, p.hi, p.v, nil, true)
			out = append(out, e)
			continue
		}
		p.addCueForms(e, notable(r, mena), p.contextFrom(r, mena), handBare)
		p.res.filterNames(e, p.hi, p.v, p.x.Cues, false)
		if r.feature != "PPLC" && r.pop < bigPopulation {
			toContext(e)
		}
		if nameless(e) {
			p.res.stats["places left without a name"]++
			continue
		}
		out = append(out, e)
		p.res.stats["places"]++
		if len(e.Names.Ar) > 0 {
			p.res.stats["places with an Arabic name"]++
		}
	}
	return out
}

// handPlaceNamesAr returns the Arabic names of hand-written places: no
// other place gets a cue form of them, or مدينة الرياض would be a village
// of Kirkuk named الرياض, not Riyadh (the hand-written entity has no cue
// forms; the longest match would take the village's).
func (p *placeImport) handPlaceNamesAr() map[string]bool {
	out := map[string]bool{}
	for _, e := range p.hand.Entities {
		if e.Type == gazetteer.Place {
			for _, n := range e.Names.Ar {
				out[key(n)] = true
			}
		}
	}
	return out
}

// placeEntity is GeoNames row r as a place within its division (admin),
// with its English names and its Arabic names in Arabic letters, neither a
// governorate's (not_town_words: محافظة ...) nor a cue form.
func (p *placeImport) placeEntity(r geoRow, admin map[string]*state) *gazetteer.Entity {
	e := &gazetteer.Entity{ID: "gn-" + r.id, Type: gazetteer.Place, Country: r.cc, Population: r.pop}
	if d := admin[r.cc+"."+r.admin1]; d != nil {
		if d.hand != "" {
			e.Within = []string{d.hand}
		} else {
			e.Within = []string{d.genID}
		}
	}
	e.Names.En = merge([]string{r.name}, []string{r.ascii}, nil)
	var ar []string
	for _, a := range r.ar {
		a = p.x.commonAlefs(a)
		if arabicOnly(a) && !startsWithWord(a, p.x.NotTownWords) && !hasCue(a, p.x.Cues) {
			ar = append(ar, a)
		}
	}
	e.Names.Ar = merge(ar, nil, nil)
	return e
}

// commonAlefs writes name's rarer alefs (AlefForms) as the common ones.
func (x placesExtra) commonAlefs(name string) string {
	for rare, common := range x.AlefForms {
		name = strings.ReplaceAll(name, rare, common)
	}
	return name
}

// startsWithWord reports that s begins with one of words and a space.
func startsWithWord(s string, words []string) bool {
	for _, w := range words {
		if rest, ok := strings.CutPrefix(s, w); ok && strings.HasPrefix(rest, " ") {
			return true
		}
	}
	return false
}

// addCueForms gives e's one-word Arabic names their cue forms (بلدة X)
// except where a hand-written place has the name (handBare). A small place
// (not notable) keeps its one-word names only behind a cue, in Arabic, and
// loses its one-word English names: they are too often words; from
// ContextFrom people it keeps its one-word Arabic names too, which
// toContext makes context names. A notable
// place keeps them and gains the cue forms too, so that مدينة زنجبار names
// Zinjibar as well as Zanzibar, and the article decides.
func (p *placeImport) addCueForms(e *gazetteer.Entity, notable bool, contextFrom int, handBare map[string]bool) {
	if notable {
		for _, n := range e.Names.Ar {
			if oneWord(n) && !handBare[key(n)] {
				for _, c := range p.x.Cues {
					e.Names.Ar = append(e.Names.Ar, c+" "+n)
				}
			}
		}
		return
	}
	e.Names.En = slices.DeleteFunc(e.Names.En, oneWord)
	bare := contextFrom > 0 && e.Population >= int64(contextFrom)
	var ar []string
	for _, n := range e.Names.Ar {
		if !oneWord(n) {
			ar = append(ar, n)
			continue
		}
		if handBare[key(n)] {
			continue
		}
		if bare && utf8.RuneCountInString(strings.TrimPrefix(n, p.article)) >= minBare {
			ar = append(ar, n) // a context name (toContext), unless held back
			if p.bare == nil {
				p.bare = map[string]map[string]bool{}
			}
			if p.bare[e.ID] == nil {
				p.bare[e.ID] = map[string]bool{}
			}
			p.bare[e.ID][n] = true
		}
		for _, c := range p.x.Cues {
			ar = append(ar, c+" "+n)
		}
	}
	e.Names.Ar = ar
	p.res.stats["small places matched by their one-word names only behind a cue"]++
}

// leaveHandNames drops from the generated places (out) and divisions the
// names of a hand-written place that no GeoNames row supplemented (a
// region, an area, a place without population), which keeps them: a
// namesake could not be weighed against it. It sets res.places, sorted by
// id, and drops the divisions left without a name.
func (p *placeImport) leaveHandNames(out []*gazetteer.Entity) {
	handPop := map[string]bool{}
	for _, e := range out {
		if _, ok := p.hand.Lookup(e.ID); ok && e.Population > 0 {
			handPop[e.ID] = true
		}
	}
	for _, e := range p.hand.Entities {
		if e.Population > 0 {
			handPop[e.ID] = true
		}
	}
	leaveAll := func(e *gazetteer.Entity) {
		e.Names.En, e.Names.Ar, e.ContextNames = p.leave(e, e.Names.En, handPop), p.leave(e, e.Names.Ar, handPop), p.leave(e, e.ContextNames, handPop)
	}
	var kept []*gazetteer.Entity
	for _, e := range out {
		if _, own := p.hand.Lookup(e.ID); !own {
			leaveAll(e)
			if nameless(e) {
				p.res.stats["places left without a name"]++
				p.res.stats["places"]--
				continue
			}
		}
		kept = append(kept, e)
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].ID < kept[j].ID })
	p.res.places = kept
	for _, e := range p.res.divisions {
		if _, own := p.hand.Lookup(e.ID); !own {
			leaveAll(e)
		}
	}
	p.res.divisions = slices.DeleteFunc(p.res.divisions, nameless)
}

// leave returns the names of e that no hand-written place without
// population (handPop false) has.
func (p *placeImport) leave(e *gazetteer.Entity, names []string, handPop map[string]bool) []string {
	var kept []string
	for _, n := range names {
		taken := false
		for _, k := range indexKeys(n, arabicName(n)) {
			for _, o := range p.hi.byName[k] {
				if o.ID != e.ID && o.Type == gazetteer.Place && !handPop[o.ID] {
					taken = true
				}
			}
		}
		if taken {
			p.res.stats["names left to a hand-written place without population"]++
			continue
		}
		kept = append(kept, n)
	}
	return kept
}

// holdNewsWords applies the news-word rule (rule 6 of the README, nw from
// newsWords) to the divisions and places.
func (p *placeImport) holdNewsWords(nw map[string]newsCount) {
	for k, es := range [][]*gazetteer.Entity{p.res.divisions, p.res.places} {
		for _, e := range es {
			_, own := p.hand.Lookup(e.ID)
			e.Names.Ar = p.newsNames(e, e.Names.Ar, nw, false, k == 0, own)
			e.ContextNames = p.newsNames(e, e.ContextNames, nw, true, k == 0, own)
		}
	}
}

// newsNames returns names without the news words among them, which e gets
// back as context names when it is a generated place; context: names are
// e's context names (only a generated division's are dropped); division: e
// is a division; own: e supplements a hand-written entity.
func (p *placeImport) newsNames(e *gazetteer.Entity, names []string, nw map[string]newsCount, context, division, own bool) []string {
	var keep []string
	for _, n := range names {
		c, ok := nw[key(n)]
		if !ok || !p.x.newsWord(c) || !oneWord(n) || context && !(division && !own) {
			keep = append(keep, n)
			continue
		}
		what := "next to a place word"
		switch {
		case own:
			// An alias of a hand-written entity, which keeps its
			// own names (الجزائر): the news word adds only errors.
			what = "dropped"
		case division:
			// A division keeps its division-word form (ولاية
			// الجزيرة); "في الجزيرة" is still the island.
			what = "dropped"
		default:
			e.ContextNames = append(e.ContextNames, n)
		}
		p.res.newsHeld = append(p.res.newsHeld, fmt.Sprintf("%s\t%s\t%s\t%d\t%d\t%d\t%s", n, e.ID, e.Country, e.Population, c.total, c.cued, what))
		p.res.stats["news words: "+what]++
	}
	return keep
}

// newsCount is how often a word is written on the news days, and how often
// right after a place word.
type newsCount struct{ total, cued int }

// newsWords returns the news words of the SaudiNewsNet days x.NewsDays under
// dir, by normalized form: the words written at least x.NewsMin times, less
// than x.NewsShare of them right after a place word (x.NewsPlaceWords, a
// proclitic و ف ب ل cut from it) or with the proclitic ب (بزنجبار). A
// one-word Arabic name that is a news word is more often a newspaper, a
// club or a plain word than a place where the news writes it (الجزيرة
// "told Al-Jazirah", برشلونة the club, السويس the canal): the import keeps
// it only next to a place word (في برشلونة, مدينة السويس), and drops it
// when it is an alias added to a hand-written entity (الجزيره of Algiers,
// خبر of al-Khobar), which keeps its own names, or a division's bare name
// (ولاية الجزيرة stays, الجزيرة goes: "in the island").
func newsWords(dir string, x placesExtra) (map[string]newsCount, error) {
	place := map[string]bool{}
	for _, w := range x.NewsPlaceWords {
		place[key(w)] = true
	}
	counts := map[string]*newsCount{}
	at := func(w string) *newsCount {
		c := counts[w]
		if c == nil {
			c = &newsCount{}
			counts[w] = c
		}
		return c
	}
	for _, day := range x.NewsDays {
		f, err := os.Open(filepath.Join(dir, day+".jsonl"))
		if err != nil {
			return nil, fmt.Errorf("news words: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
		for sc.Scan() {
			var d struct {
				Title, Text string
			}
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				f.Close()
				return nil, fmt.Errorf("news words: %s: %w", day, err)
			}
			for _, t := range []string{d.Title, d.Text} {
				prev := ""
				for _, w := range gazetteer.WordTokens(t) {
					c := at(w)
					c.total++
					if place[prev] || place[cutProclitic(prev, x.NewsProclitics)] {
						c.cued++
					} else if rest, ok := strings.CutPrefix(w, x.NewsPlaceProclitic); ok && utf8.RuneCountInString(rest) >= 4 {
						r := at(rest)
						r.total++
						r.cued++
					}
					prev = w
				}
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("news words: %s: %w", day, err)
		}
	}
	out := make(map[string]newsCount, len(counts))
	for w, c := range counts {
		out[w] = *c
	}
	return out, nil
}

// newsWord reports a word of counts c that is a news word: written at least
// NewsMin times, less than NewsShare of them after a place word.
func (x placesExtra) newsWord(c newsCount) bool {
	return c.total >= x.NewsMin && float64(c.cued) < x.NewsShare*float64(c.total)
}

// spellings returns k and the spellings the Arabic alternations
// (names.yaml: غ and ج, ميرك and مريك) make of it, each once.
func (p *placeImport) spellings(k string) []string {
	out := []string{k}
	for _, alt := range p.alternations {
		for _, v := range out {
			for _, w := range []string{strings.ReplaceAll(v, alt[0], alt[1]), strings.ReplaceAll(v, alt[1], alt[0])} {
				if !slices.Contains(out, w) {
					out = append(out, w)
				}
			}
		}
	}
	return out
}

// canonical is the first in byte order of the spellings of k: the same for
// all of them.
func (p *placeImport) canonical(k string) string { return slices.Min(p.spellings(k)) }

// holdBareNames drops the one-word context names that addCueForms kept
// for a town below the notable size (bare) that another place or a
// hand-written entity bears too, or where the news days write the word
// ContextMin times or more, less than ContextShare of them after a place
// word: a word of the language there (خالص, جودة, المنشأة), not the town
// (سيهات, يريم stay; so do names the days never write: مليلية).
func (p *placeImport) holdBareNames(nw map[string]newsCount) {
	// How many places and divisions bear each one-word name: a name that
	// another bears too (فانكوفر, Vancouver BC and WA) is no
	// town's alone, nor one a hand-written entity has.
	bearers := map[string]int{}
	for _, es := range [][]*gazetteer.Entity{p.res.divisions, p.res.places} {
		for _, e := range es {
			seen := map[string]bool{}
			for _, n := range slices.Concat(e.Names.Ar, e.ContextNames) {
				if k := p.canonical(key(n)); oneWord(n) && !seen[k] {
					seen[k] = true
					bearers[k]++
				}
			}
		}
	}
	for _, e := range p.res.places {
		bare := p.bare[e.ID]
		if bare == nil {
			continue
		}
		e.ContextNames = slices.DeleteFunc(e.ContextNames, func(n string) bool {
			if !bare[n] {
				return false
			}
			if bearers[p.canonical(key(n))] > 1 || slices.ContainsFunc(p.spellings(key(n)), func(v string) bool { return len(p.hi.byName[v]) > 0 }) {
				p.res.stats["one-word names of towns below the notable size that others bear"]++
				return true
			}
			// Counted in every spelling the index matches it in: غودة
			// (Gouda) is also the word جودة.
			var c newsCount
			for _, v := range p.spellings(key(n)) {
				c.total += nw[v].total
				c.cued += nw[v].cued
			}
			if c.total >= p.x.ContextMin && float64(c.cued) < p.x.ContextShare*float64(c.total) {
				p.res.stats["one-word names of towns below the notable size held back as words"]++
				return true
			}
			return false
		})
	}
}

// cutProclitic returns w without the first of proclitics it starts with (و
// ف ب ل: news_proclitics), or "" when it has none.
func cutProclitic(w string, proclitics []string) string {
	for _, p := range proclitics {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return ""
}

// indexKeys returns the keys under which the index will know name n: its
// normalized words, and for an English name starting with al/el, the rest
// (the index also matches "Bahah" for "Al Bahah").
func indexKeys(n string, arabic bool) []string {
	ws := gazetteer.WordTokens(n)
	keys := []string{strings.Join(ws, " ")}
	if !arabic && len(ws) > 1 && (ws[0] == "al" || ws[0] == "el") {
		keys = append(keys, strings.Join(ws[1:], " "))
	}
	return keys
}

// contextFrom is the population from which a town that is not notable
// keeps its one-word Arabic names as context names (0: never).
func (p *placeImport) contextFrom(r geoRow, mena map[string]bool) int {
	if mena[r.cc] {
		return p.x.ContextFrom
	}
	return p.x.ContextFromWorld
}

// notable reports a place whose one-word name may stand alone: a capital;
// in the Middle East and North Africa a first-level division's seat or a
// town of 100,000 people; elsewhere a city of 300,000 (a smaller town
// abroad is far more often a surname or a word: Nelson, Galle, Albany).
func notable(r geoRow, mena map[string]bool) bool {
	if mena[r.cc] {
		return r.feature == "PPLC" || r.feature == "PPLA" || r.pop >= 100000
	}
	return r.feature == "PPLC" || r.pop >= 300000
}

// minBare is the fewest letters of a one-word name, without its article,
// that a town below the notable size keeps beside its cue forms
// (ContextFrom): a shorter one is too often a word with a proclitic (كفار:
// ك + فار), and the index matches a place's name without its article too
// (البرز as برز: "وبرز من برز").
const minBare = 4

// bigPopulation is the population from which a town's one-word names match
// anywhere; below it (and for divisions) they are context names, matched
// only after or before a place word (في زنجبار، شمال حلب، مدينة X).
const bigPopulation = 1000000

// toContext makes e's one-word names context names.
func toContext(e *gazetteer.Entity) {
	for _, names := range []*[]string{&e.Names.En, &e.Names.Ar} {
		var keep []string
		for _, n := range *names {
			if oneWord(n) {
				e.ContextNames = append(e.ContextNames, n)
			} else {
				keep = append(keep, n)
			}
		}
		*names = keep
	}
}

// hasCue reports a name that starts with a cue word (مدينة X): cue forms are
// made by the rules, not taken from GeoNames.
func hasCue(n string, cues []string) bool {
	for _, c := range cues {
		if strings.HasPrefix(n, c+" ") {
			return true
		}
	}
	return false
}

// cutCue returns the rest of a name that starts with one of cues (مدينة X
// → X), and whether it did.
func cutCue(n string, cues []string) (string, bool) {
	for _, c := range cues {
		if rest, ok := strings.CutPrefix(n, c+" "); ok {
			return rest, true
		}
	}
	return n, false
}

func arabicName(n string) bool {
	return strings.ContainsFunc(n, func(r rune) bool { return r >= 0x600 && r < 0x700 })
}

func oneWord(n string) bool { return len(gazetteer.WordTokens(n)) == 1 }

// titleWord is a dr5hn division type as an English name word.
func titleWord(t string) string {
	ws := strings.Fields(t)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// divisionWord is a rule of placesExtra.DivisionWords: Word names a
// division of one of Types in one of Countries (an empty list: any).
type divisionWord struct {
	Word      string   `yaml:"word"`
	Types     []string `yaml:"types"`
	Countries []string `yaml:"countries"`
}

// arabicDivisionWord is the Arabic word that names a division of type t in
// country cc by the first rule of x.DivisionWords that fits, or "".
func (x placesExtra) arabicDivisionWord(t, cc string) string {
	for _, r := range x.DivisionWords {
		if (len(r.Types) == 0 || slices.Contains(r.Types, t)) && (len(r.Countries) == 0 || slices.Contains(r.Countries, cc)) {
			return r.Word
		}
	}
	return ""
}

// samePlace returns the id of the hand-written place in e's country that has
// one of e's names and is not a division, or "".
func (h *handIndex) samePlace(e *gazetteer.Entity, matched map[string]bool) string {
	for _, n := range slices.Concat(e.Names.En, e.Names.Ar) {
		for _, c := range h.byName[key(n)] {
			if c.Type == gazetteer.Place && !matched[c.ID] && !division(c) && !strings.HasPrefix(c.ID, "country-") &&
				h.g.CountryOf(c.ID) == gazetteer.CountryID(e.Country) {
				return c.ID
			}
		}
	}
	return ""
}

// filterNames applies the precision rules to e's names: a name another
// hand-written entity has is left to it when that entity is a country,
// person or organization; a name too short, or made of common words, is
// held back (with cue-qualified forms added for a populated place, when
// cues are given). own: e supplements a hand-written entity, whose own
// names are not filtered.
func (res *geoResult) filterNames(e *gazetteer.Entity, hi *handIndex, v vocabulary, cues []string, own bool) {
	keep := func(names []string, arabic bool) []string {
		var out []string
		for _, n := range names {
			taken := false
			for _, k := range indexKeys(n, arabic) {
				for _, o := range hi.byName[k] {
					switch {
					case o.ID == e.ID:
						taken = taken || own // already its name
					case own, o.Type != gazetteer.Place, strings.HasPrefix(o.ID, "country-"):
						// A hand-written entity keeps its names; a generated
						// supplement adds none another one has.
						taken = true
					}
				}
			}
			rest, cued := cutCue(n, cues)
			switch {
			case taken:
				res.stats["names left to a hand-written entity"]++
				continue
			case cued && (shortName(rest, true) || v.function[key(rest)]):
				// بلدة بن (from بَنِ): a cue does not make a short or
				// function word a name.
				res.stats["cue forms of short names or function words"]++
				continue
			case cued && v.commonAr(n):
				// مدينة حديثة is "a modern city": a cue form made of
				// common words is dropped, not qualified again (no مدينة
				// مدينة X, which no text says).
				res.heldBack = append(res.heldBack, fmt.Sprintf("%s\t%s\t%s\t%d", n, e.ID, e.Country, e.Population))
				res.stats["cue forms made of common words"]++
				continue
			case cued:
			case shortName(n, arabic):
				res.stats["names too short"]++
				continue
			case arabic && v.commonAr(n), !arabic && v.commonEn(n):
				res.heldBack = append(res.heldBack, fmt.Sprintf("%s\t%s\t%s\t%d", n, e.ID, e.Country, e.Population))
				res.stats["names held back as common words"]++
				if arabic && cues != nil {
					for _, c := range cues {
						out = append(out, c+" "+n)
					}
				}
				continue
			}
			out = append(out, n)
		}
		return merge(out, nil, nil)
	}
	e.Names.En = keep(e.Names.En, false)
	e.Names.Ar = keep(e.Names.Ar, true)
}

// mapAdmin1 maps each GeoNames "CC.admin1" code to a dr5hn division: the one
// whose code it is when GeoNames writes a division's letters (US "MD"), else
// the one whose centre lies nearest the centre of the code's places, nearest
// pairs first, each division given to one code only.
func mapAdmin1(rows []geoRow, byCC map[string][]*state) map[string]*state {
	m := &adminMatch{rows: rows, byCC: byCC, codes: map[string]bool{}, perCC: map[string]int{},
		out: map[string]*state{}, taken: map[*state]bool{}}
	for _, r := range rows {
		if len(byCC[r.cc]) > 0 && r.admin1 != "" {
			m.codes[r.cc+"."+r.admin1] = true
		}
	}
	for k := range m.codes {
		cc, _, _ := strings.Cut(k, ".")
		m.perCC[cc]++
	}
	m.byLetters()
	m.bySeat()
	m.byVotes()
	m.byNearest()
	return m.out
}

// adminMatch is the matching of GeoNames admin1 codes to dr5hn divisions,
// step by step: each step settles the codes it can and leaves the rest.
type adminMatch struct {
	rows  []geoRow
	byCC  map[string][]*state
	codes map[string]bool // the codes still to match ("CC.admin1")
	perCC map[string]int  // how many codes each country has
	out   map[string]*state
	taken map[*state]bool // divisions already given to a code
}

// fine reports a country where GeoNames has about as many codes as dr5hn
// has divisions, matched one to one; elsewhere (the West Bank and Gaza for
// Palestine's 16 governorates) a code is the division most of its places
// lie nearest to, when most do (byVotes).
func (m *adminMatch) fine(cc string) bool { return 4*m.perCC[cc] >= 3*len(m.byCC[cc]) }

// byLetters: a code GeoNames writes in the division's own letters (US "MD"
// for Maryland, whose places lie nearer the centre of the District of
// Columbia) is that division.
func (m *adminMatch) byLetters() {
	for _, k := range sortedKeys(m.codes) {
		cc, code, _ := strings.Cut(k, ".")
		if !letters(code) {
			continue
		}
		for _, s := range m.byCC[cc] {
			if s.Code == code && !m.taken[s] {
				m.out[k], m.taken[s] = s, true
			}
		}
	}
}

// bySeat: a code whose seat (PPLA, or the capital) bears a division's name
// is that division, the nearest of that name (Moscow the city, not the
// region around it).
func (m *adminMatch) bySeat() {
	for _, r := range m.rows {
		k := r.cc + "." + r.admin1
		if !m.codes[k] || m.out[k] != nil || r.feature != "PPLA" && r.feature != "PPLC" || !m.fine(r.cc) {
			continue
		}
		var pick *state
		bd := math.Inf(1)
		for _, s := range m.byCC[r.cc] {
			if m.taken[s] || key(cleanName(s.Name)) != key(r.ascii) && key(cleanName(s.Name)) != key(r.name) {
				continue
			}
			// Of two at the same point (dr5hn gives Moscow the city and the
			// region one centre) the city is the seat's.
			if d := distance(r.lat, r.lon, *s.Lat, *s.Lon); d < bd || d == bd && strings.Contains(s.Type, "city") {
				pick, bd = s, d
			}
		}
		if pick != nil {
			m.out[k], m.taken[pick] = pick, true
		}
	}
}

// byVotes settles the codes of the countries that are not fine: a code is
// the division more than half of its places lie nearest to, or none (the
// place has its country only).
func (m *adminMatch) byVotes() {
	votes := map[string]map[*state]int{}
	for _, r := range m.rows {
		k := r.cc + "." + r.admin1
		if !m.codes[k] || m.out[k] != nil || m.fine(r.cc) {
			continue
		}
		var best *state
		bd := math.Inf(1)
		for _, s := range m.byCC[r.cc] {
			if d := distance(r.lat, r.lon, *s.Lat, *s.Lon); d < bd {
				best, bd = s, d
			}
		}
		if votes[k] == nil {
			votes[k] = map[*state]int{}
		}
		votes[k][best]++
	}
	for _, k := range sortedKeys(votes) {
		total, top := 0, 0
		var pick *state
		for _, s := range m.byCC[strings.SplitN(k, ".", 2)[0]] {
			n := votes[k][s]
			total += n
			if n > top {
				top, pick = n, s
			}
		}
		if 2*top > total {
			m.out[k] = pick
		}
		m.codes[k] = false // settled, or left with its country only
	}
}

// byNearest matches the remaining codes one division per code, nearest
// first: of all pairs of a code and a division no code has taken, the one
// whose division centre lies nearest the centre of the code's places is
// matched, until none is left (Quebec's places, around Montreal, lie nearer
// the centre of New Brunswick than of Quebec, far north; New Brunswick's
// own code lies nearer still and takes it first).
func (m *adminMatch) byNearest() {
	type pair struct {
		k string
		s *state
		d float64
	}
	var pairs []pair
	for k, c := range m.centres() {
		if m.out[k] != nil {
			continue
		}
		cc, _, _ := strings.Cut(k, ".")
		for _, s := range m.byCC[cc] {
			if !m.taken[s] {
				pairs = append(pairs, pair{k, s, distance(c.lat, c.lon, *s.Lat, *s.Lon)})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].d != pairs[j].d {
			return pairs[i].d < pairs[j].d
		}
		return pairs[i].s.ID < pairs[j].s.ID
	})
	for _, p := range pairs {
		if m.out[p.k] == nil && !m.taken[p.s] {
			m.out[p.k], m.taken[p.s] = p.s, true
		}
	}
}

// centres returns the centre of the places of each code still to match,
// in the order of the codes.
func (m *adminMatch) centres() iter.Seq2[string, point] {
	sums := map[string]*point{}
	counts := map[string]int{}
	for _, r := range m.rows {
		k := r.cc + "." + r.admin1
		if !m.codes[k] {
			continue
		}
		c := sums[k]
		if c == nil {
			c = &point{}
			sums[k] = c
		}
		c.lat += r.lat
		c.lon += r.lon
		counts[k]++
	}
	return func(yield func(string, point) bool) {
		for _, k := range sortedKeys(sums) {
			n := float64(counts[k])
			if !yield(k, point{sums[k].lat / n, sums[k].lon / n}) {
				return
			}
		}
	}
}

// point is a position in degrees.
type point struct{ lat, lon float64 }

// letters reports a code of two or more ASCII letters.
func letters(code string) bool {
	if len(code) < 2 {
		return false
	}
	for _, r := range code {
		if (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
