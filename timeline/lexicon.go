package timeline

import (
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

// cue is what one word says about its clause: the trigger senses it may
// have (an index into the lexicon's chains, -1 for none) and its flags.
type cue struct {
	chain int16
	f     cueFlag
}

// cueFlag is a set of things a word says.
type cueFlag uint32

const (
	fJoint       cueFlag = 1 << iota // two parties acted together
	fFuture                          // the clause is about the future
	fStat                            // a word of figures: reached, rose (بلغ, ارتفع)
	fQuiet                           // a weather word: no news without an event word
	fOpener                          // a background opener (يذكر), when it opens its sentence
	fSince                           // a date right after it starts a state (منذ)
	fCredit                          // a word of photo credits (رويترز)
	fFormerA                         // a role before it is a former holder's (السابق)
	fFormerB                         // a role after it is a former holder's (former)
	fSource                          // an entity after it is a report's source
	fNameHead                        // a person after it is in a name (مسجد الإمام الصادق)
	fPlaceHead                       // a place after it is in a name too (جامعة الإسكندرية)
	fTitle                           // a title between a head and a name (الملك)
	fPublished                       // a date right after it is a publication's (نشرت)
	fCondemn                         // an event word after it is reacted to (أدان)
	fUntil                           // a date right after it ends a period (حتى)
	fTerm                            // a date right after it is a term (payable, fiscal)
	fRelative                        // it opens a subordinate span (التي, who)
	fClubHead                        // a place after it names a club (نادي ليفربول)
	fPlaceTail                       // a place before it is in a name (New York Life)
	fBorder                          // a border word (الحدود, border)
	fWith                            // with, after a border word: "الحدود مع سوريا"
	fDeputyOf                        // a person right after it is in a title (نائب خادم الحرمين)
	fTownHead                        // a place or one-word person right after it is half a town's name (تل واسط, بيت إيل)
	fToday                           // a present verb of a scheduled happening (يلتقي): planned if dated today
	fNationality                     // a country right after it is a nationality (فتاة سعودية)
	fMeasure                         // a duration it opens or precedes is an amount (لمدة, العمر)
	fStance                          // a reporting word of a position: a call, a threat, a denial (دعا, نفى)
	fRecalled                        // a pluperfect auxiliary (كان): opening its sentence, it recalls an older fact
	fMarket                          // a word of a market's trading (المؤشر, نقطة, التداول)
	fNote                            // an analyst's note (مذكرة): a report quoted from one is commentary
	fDone        cueFlag = 1 << 31   // (docLex: the token's cue is worked out)
)

func (c cue) has(f cueFlag) bool { return c.f&f != 0 }

func (c *cue) merge(o cue) {
	if c.chain < 0 {
		c.chain = o.chain
	}
	c.f |= o.f
}

// sense is one reading of a trigger word: its type and the conditions under
// which the word has it.
type sense struct {
	typ             int
	verb            bool // the words are verb forms: a clause's predicate
	needs           needMask
	notBeforeAmount bool
	// Neighbour conditions (nil: none).
	next, notNext, prev, notPrev, near, notNear *wordSet
	except                                      *wordSet
	window                                      int
	hasNeighbours                               bool
}

// wordSet is a set of normalized words, exact or, for entries ending in *,
// prefixes.
type wordSet struct {
	exact    map[string]bool
	prefixes []string
}

func newWordSet(ws []string) *wordSet {
	if len(ws) == 0 {
		return nil
	}
	s := &wordSet{exact: map[string]bool{}}
	for _, w := range ws {
		if p, ok := strings.CutSuffix(w, "*"); ok {
			s.prefixes = append(s.prefixes, textnorm.NormString(p))
		} else {
			s.exact[textnorm.NormString(w)] = true
		}
	}
	return s
}

// hasAny reports that one of the readings of a word is in s.
func (s *wordSet) hasAny(readings []string) bool {
	for _, r := range readings {
		if s.exact[r] {
			return true
		}
		for _, p := range s.prefixes {
			if strings.HasPrefix(r, p) {
				return true
			}
		}
	}
	return false
}

// needMask is a set of entity kinds a clause must name.
type needMask uint8

const (
	needPlace needMask = 1 << iota
	needPerson
	needOrg
	needActor // a person or an organization
)

var needNames = map[string]needMask{"place": needPlace, "person": needPerson, "organization": needOrg, "actor": needActor}

// cueSet maps normalized words to cues, exactly or, for entries ending in *,
// by prefix. Prefixes are kept by byte length, so a lookup costs one map
// probe per distinct prefix length.
type cueSet struct {
	exact    map[string]cue
	prefixes map[string]cue
	lens     []int // distinct prefix lengths, ascending
}

// add records c for word w (normalized; a trailing * makes it a prefix).
func (s *cueSet) add(w string, c cue) {
	if s.exact == nil {
		s.exact, s.prefixes = map[string]cue{}, map[string]cue{}
	}
	m := s.exact
	p, prefix := strings.CutSuffix(w, "*")
	if prefix {
		w, m = p, s.prefixes
	}
	if w == "" {
		return
	}
	old, ok := m[w]
	if !ok {
		old = cue{chain: -1}
	}
	old.merge(c)
	m[w] = old
	if prefix && !slices.Contains(s.lens, len(w)) {
		s.lens = append(s.lens, len(w))
		slices.Sort(s.lens)
	}
}

// lookup returns what w says: its exact entry, completed by the shortest
// matching prefixes.
func (s *cueSet) lookup(w string) cue {
	c, ok := s.exact[w]
	if !ok {
		c = cue{chain: -1}
	}
	for _, n := range s.lens {
		if n > len(w) {
			break
		}
		if p, ok := s.prefixes[w[:n]]; ok {
			c.merge(p)
		}
	}
	return c
}

// Lexicon is the event knowledge: the event types (timeline/data/types.yaml)
// and, per language (lang/<code>/events.yaml), the trigger words with their
// senses, future and joint markers, clause boundaries, type labels and
// boilerplate lines.
type Lexicon struct {
	types       []string // in priority order, "other" last
	statementIx int
	otherIx     int
	jointIs     int
	prefer      [][2]int // type index pairs: the first wins when both occur
	family      []int    // type index → the first type of its merge family
	// group maps a type index to the first type of its group of compatible
	// families (types.yaml compatible); compat holds the pairs of family
	// heads that are compatible.
	group  []int
	compat map[[2]int]bool
	// names is the name data the merger folds names with.
	names *nameFold
	// stop are the stop words of every language, as written: words that
	// tell nothing of which event a sentence reports.
	stop       []string
	common     []string        // the next most frequent words (langData.common)
	yields     uint64          // bit i: type i gives way to another type told in its clause
	broad      map[string]bool // ids of broad actors (see types.yaml)
	services   map[string]bool // ids of services: rescue bodies, a region's police (types.yaml)
	busy       map[string]bool // ids of busy people: heads of state named in many stories of a day (types.yaml)
	media      map[string]bool // ids of news media, never participants (types.yaml)
	placeMerge map[string]bool // types whose events of one day in one town are one
	reactedTo  uint64          // bit i: a reaction word before a word of type i makes a statement
	// stanceKeeps: bit i: a word of type i after a stance word still
	// types its clause (a court that rejects a motion rules).
	stanceKeeps uint64
	// nameKeeps: bit i: a word of type i in a capitalized name still types
	// its clause (a court that rules: "a U.S. Court of Appeals ... vacated").
	nameKeeps uint64
	// backgroundMonths: an event that ended this many months or more before
	// the article's date is background unless it shares a participant with
	// the article's headline or lead (0: no limit).
	backgroundMonths int
	// backgroundDays: an event below the lead that ended this many days or
	// more before the article's date and names nothing the headline or lead
	// names is background told in passing (0: no limit).
	backgroundDays int
	// historyYears: an event that ended this many years or more before the
	// article's date is history, never the day's news (0: no limit).
	historyYears int
	// untypedCoarsest: an untyped event without a person is dated at least
	// this precisely ("" for no limit).
	untypedCoarsest temporal.Granularity
	weakLead        int
	senses          []sense
	chains          [][]int16 // alternative senses of a word, in type order
	langs           map[string]*langLex
	byScript        [2]*langLex // the first language (by code) of each script: [latin, arabic]
	// What holds across languages: punctuation and boilerplate lines are
	// the same whatever the article's language.
	punctBound            map[string]int // punctuation → 1 attach, 2 separate
	commas                map[string]bool
	openQuote, closeQuote map[string]bool
	pressOpen, pressClose string
	weakDates             map[string]bool
	relativeDays          map[string]bool // relative_days: bare today, yesterday (normalized, lower-cased)
	cutAt                 []string
	cutLinks              []string
	dropLines             map[string]bool
	dropPrefix            []string
	shareBars             []string

	// nameSeasons: season words that, alone and past, date nothing
	// (events.yaml name_seasons), normalized and lowercased.
	nameSeasons map[string]bool

	// occasions: phrases (as lower-cased normalized words) that make the
	// date after them an occasion; occasionFillers: words between.
	occasions       [][]string
	occasionFillers map[string]bool
	// occasionWords: a feast's first word with a proclitic (بعيد, لعيد),
	// lower-cased and normalized.
	occasionWords map[string]bool
	// celebrations: verbs of celebrating, lower-cased and normalized.
	celebrations map[string]bool
	// occasionAfter, occasionPeriods, occasionNames: بعد (إجازة) عيد الفطر.
	occasionAfter, occasionPeriods, occasionNames map[string]bool
	// occasionNouns: مسرحيات (عيد الفطر), مهرجان (عيد الفطر).
	// occasionDuring: خلال, أثناء (احتفالات عيد الفطر): the feast is when.
	occasionNouns, occasionDuring map[string]bool

	// cueCaches holds *docCaches between documents (one per goroutine
	// at a time: the Assembler works on many documents at once).
	cueCaches sync.Pool
}

// wordCueCache remembers the cue of the words already met, by language:
// working one out takes the word's stems and a map lookup for each stem and
// each prefix length, and most words recur from article to article. A
// word's cue depends only on its language and its normalized text.
type wordCueCache map[*langLex]*wordTable

// maxCachedWords bounds the words a wordCueCache keeps per language (a
// cache that fills up starts again empty).
const maxCachedWords = 1 << 16

// langLex is one language's part of the lexicon.
type langLex struct {
	code   string
	arabic bool
	// measureMarks are the marks of duration_measures ("("; its words are
	// cues, fMeasure).
	measureMarks map[string]bool
	labels       map[string]string
	sep          string
	cues         cueSet // trigger words, joint, future and figure markers
	morph        *morphology
	infl         *inflector
	futureVerb   []string
	futureExcl   []string
	futureMin    int
	// todayVerb holds the present verbs of a scheduled happening (يلتقي),
	// matched as whole words or after و only: their stems would find them
	// in names and purposes (فيصل, لتصل).
	todayVerb  map[string]bool
	todayAfter []string       // prefixes a today verb may take (و)
	andWords   []string       // words or prefixes joining two dates (و, and): see shareCoordinated
	boundary   map[string]int // word → 1 attach, 2 separate
	// amountWords lead from a word to an amount (إلى: وصل إلى 12 مليار);
	// subjectPron and possPron are pronouns (He; his), compared lowercased;
	// possSuffix are possessive suffixes as written (ـه).
	amountWords, subjectPron, possPron map[string]bool
	// orgSubject (normalized, lowercased, split into words) and
	// notAfterOrg: a sentence's opening words that stand for the
	// organization named before, and the words after them that make them
	// no subject (events.yaml pronouns subject_org, not_after_org; see
	// orgSubject).
	orgSubject  [][]string
	notAfterOrg map[string]bool
	// companyEnds: the legal forms that show a name before "It" is a
	// company's (events.yaml pronouns company_ends; see looksCompany).
	companyEnds map[string]bool
	possSuffix  []string
	// opinionMin and opinionRate: how many first-person words, and how many
	// per thousand words, make an article a column.
	opinionMin  int
	opinionRate float64
	first       map[string]bool // first-person words of columns
	// issue, issueHead and issueNext: a newspaper's issue (events.yaml
	// issue), normalized.
	issue, issueHead, issueNext map[string]bool
	// forYear: a year expression opened by one is the year a thing is of
	// (events.yaml for_year), normalized; see yearOf.
	forYear map[string]bool
	// nameYears: a year expression after one and before a word is a
	// thing's year (events.yaml name_years), lowercased; see yearOf.
	nameYears, nameYearPeriods map[string]bool
	// elapsedAfter, elapsedLinks, elapsedNot: events.yaml elapsed after,
	// links and not, normalized; see elapsedSince.
	elapsedAfter, elapsedLinks, elapsedNot map[string]bool
	// forecasters: a report, a study or a poll (events.yaml forecasters):
	// what one reports in the future is a forecast.
	forecasters map[string]bool
	// historyInLead: history_years counts in the lead too (events.yaml
	// history_in_lead).
	historyInLead bool
	// earlier: words of a date told as earlier than the news (events.yaml
	// earlier), normalized and lowercased; see earlierTold.
	earlier map[string]bool
	// deadline: words of a target date (events.yaml deadlines),
	// normalized and lowercased; see deadlineDate.
	deadline map[string]bool
	// held: verbs of holding after a relative word (events.yaml held),
	// normalized.
	held map[string]bool
	// dueWords and duePreps: events.yaml due, normalized and lowercased.
	dueWords, duePreps map[string]bool
	// continuations: the words of lead_continuations, normalized and
	// lowercased; continuationPreps the words that may follow them.
	continuations     [][]string
	continuationPreps map[string]bool
	// relEndsAtVerb: a relative span ends at a second verb (events.yaml
	// relative_ends_at_verb).
	relEndsAtVerb bool
	// complement: words that open a complement naming another event
	// (events.yaml complements), normalized and lowercased.
	complement map[string]bool
	// hope: words of a hope or a wish (events.yaml hopes), normalized and
	// lowercased.
	hope map[string]bool
	// nameLink: words that join a capitalized name (events.yaml
	// name_links), as written.
	nameLink map[string]bool
	// doerThat and spokesmen (normalized): a lead clause's organization
	// that does what the next clause tells (events.yaml participants
	// doer_that, spokesmen; see leadDoer), and a lead clause's subject
	// of any kind before a clause of doer_where.
	doerThat, spokesmen, doerWhere map[string]bool
	// refs: definite nouns that stand for an entity named before
	// (events.yaml participants refs; see roleRef).
	refs    []roleRef
	refForm map[string]int // a written form of a ref's word (normalized) → its index in refs
	// newsAgency: phrases of a news agency's name (events.yaml
	// participants news_agencies), normalized, lowercased and set off by
	// spaces; see newsAgency.
	newsAgency []string
	// honorific: the written forms (normalized, with a conjunction or a
	// preposition) of a word of address with a pronoun (events.yaml
	// participants honorifics; see honorifics).
	honorific map[string]bool
	// behalf (normalized): words of acting for someone (events.yaml
	// participants behalf; see onBehalf).
	behalf map[string]bool
	// destination (normalized): words of heading for (events.yaml
	// participants destination; see destination).
	destination map[string]bool
	// origin, originFrom (normalized): words of coming from (events.yaml
	// participants origin, origin_from; see destination).
	origin, originFrom map[string]bool
	// locatorDir, locatorUnit, locatorLink, locatorLying (normalized,
	// lowercased): the words of where a place lies from another
	// (events.yaml participants locator_directions, locator_units,
	// locator_links, locator_lying; see locator).
	locatorDir, locatorUnit, locatorLink, locatorLying map[string]bool
	// locatorLandmark (normalized, lowercased): a road or an airport
	// named for the place after it (events.yaml participants
	// locator_landmarks; see locator).
	locatorLandmark map[string]bool
	// adviceNoun, adviceTips, adviceNumber (normalized) and advicePurpose
	// (prefixes): an advice piece's headline (events.yaml advice).
	adviceNoun, adviceTips, adviceNumber map[string]bool
	advicePurpose                        []string
	// bylineMarks (as written) and bylineWords (normalized) show a news
	// byline; a byline with none of them is a columnist's name.
	bylineMarks []string
	bylineWords map[string]bool
	// columnURLs are the path.Match patterns of opinion pages' addresses
	// (events.yaml opinion.urls).
	columnURLs []string
	// bylineDash: a person opening a line with one of these after the
	// name is a byline's reporter (events.yaml byline_dashes).
	bylineDash map[string]bool
	// sourceQuote and toldBefore: a name after one of toldBefore and an
	// opening mark of sourceQuote is the newspaper a speaker told
	// (events.yaml source_quotes, told_before).
	sourceQuote, toldBefore map[string]bool
	// quotedHead: a place after one of these that opens a quotation is in
	// its name (events.yaml quoted_name_heads).
	quotedHead map[string]bool
	// seatTitle, citySeatTitle and seatDivision: a place after one of
	// seatTitle or citySeatTitle (and perhaps one of seatDivision) is an
	// office's seat (events.yaml seat_titles, city_seat_titles,
	// seat_divisions).
	seatTitle, citySeatTitle, seatDivision map[string]bool
}

// firstPerson reports a first-person word of opinion columns (w
// normalized), with or without a leading conjunction.
func (ll *langLex) firstPerson(w string) bool {
	return ll.first[w] || ll.first[ll.morph.stripConjunction(w)]
}

// columnist reports a byline that is a bare name, a columnist's: two to
// seven words, no digit, none of the marks and words of a news byline
// ("جدة - واس", "فارس القحطاني (الرياض)", "رنا حكيم من جدة").
func (ll *langLex) columnist(byline string) bool {
	if len(ll.bylineMarks) == 0 || strings.IndexFunc(byline, unicode.IsDigit) >= 0 {
		return false
	}
	for _, m := range ll.bylineMarks {
		if strings.Contains(byline, m) {
			return false
		}
	}
	words := strings.Fields(textnorm.NormString(byline))
	if len(words) < 2 || len(words) > columnistWords {
		return false
	}
	for _, w := range words {
		if ll.bylineWords[strings.Trim(w, ".")] {
			return false
		}
	}
	return true
}

// purpose reports a word of purpose: one of the advice purpose prefixes
// and two letters or more after it (لمنع, للاستيقاظ).
func (ll *langLex) purpose(w string) bool {
	for _, p := range ll.advicePurpose {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 2 {
			return true
		}
	}
	return false
}

// columnURL reports an opinion page's address: its host (without
// "www.") and path, unescaped, begin with the segments of one of the
// language's column patterns.
func (ll *langLex) columnURL(u string) bool {
	if len(ll.columnURLs) == 0 || u == "" {
		return false
	}
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	segs := strings.FieldsFunc(strings.TrimPrefix(p.Host, "www.")+p.Path, func(r rune) bool { return r == '/' })
	for _, pat := range ll.columnURLs {
		n := strings.Count(pat, "/") + 1
		if len(segs) < n {
			continue
		}
		if ok, _ := path.Match(pat, strings.Join(segs[:n], "/")); ok {
			return true
		}
	}
	return false
}

// columnistWords is the most words a columnist's name has in a byline
// ("محمد بن متعب بن ثنيان آل سعود").
const columnistWords = 7

// docLex is the lexicon of one document's words, [latin, arabic] by
// script, with the cue of each token worked out once.
type docLex struct {
	lx     *Lexicon
	langs  [2]*langLex
	d      *extract.Document
	cues   []cue // by token; fDone marks those worked out
	buf    []string
	cache  wordCueCache
	cached [2]*wordTable // cache[langs[i]]
	// agency remembers newsAgency's answer for an entity's names.
	agency agencyMemo
}

func (dl *docLex) of(arabic bool) *langLex {
	if arabic {
		return dl.langs[1]
	}
	return dl.langs[0]
}

// cue returns what token k says (its cue in its language; none for a token
// that is no word).
func (dl *docLex) cue(k int) cue {
	if c := dl.cues[k]; c.f&fDone != 0 {
		return c
	}
	tok := dl.d.Tokens[k]
	c := cue{chain: -1}
	if tok.Kind == textnorm.Word {
		i := b2i(tok.Arabic)
		t := dl.cached[i]
		if t == nil {
			t = dl.cache[dl.langs[i]]
			if t == nil {
				t = newWordTable()
				dl.cache[dl.langs[i]] = t
			}
			dl.cached[i] = t
		}
		w := dl.d.Text.TokenText(tok)
		var ok bool
		var at int
		if c, at, ok = t.get(w); !ok {
			c, dl.buf = dl.langs[i].wordCues(w, dl.buf)
			t.put(w, at, c)
		}
	}
	c.f |= fDone
	dl.cues[k] = c
	return c
}

// release gives the document's word cache and its array of cues back for
// the next document.
func (dl *docLex) release() {
	dl.lx.cueCaches.Put(&docCaches{words: dl.cache, cues: dl.cues, agency: dl.agency})
	dl.cache, dl.cached, dl.cues, dl.agency = nil, [2]*wordTable{}, nil, nil
}

// docCaches is what a docLex leaves for the next document: the word cache,
// the array of its tokens' cues to write the next one's over, and the
// news-agency memo.
type docCaches struct {
	words  wordCueCache
	cues   []cue
	agency agencyMemo
}

// forDoc returns the lexicon of document d's words: its language for the
// words of its script, the first language of the other script for the
// others (an English name in an Arabic article).
func (lx *Lexicon) forDoc(d *extract.Document) *docLex {
	dl := &docLex{lx: lx, langs: lx.byScript, d: d}
	if ll := lx.langs[string(d.Lang)]; ll != nil {
		dl.langs[b2i(ll.arabic)] = ll
	}
	if c, ok := lx.cueCaches.Get().(*docCaches); ok {
		dl.cache, dl.agency = c.words, c.agency
		if cap(c.cues) >= len(d.Tokens) {
			dl.cues = c.cues[:len(d.Tokens)]
			clear(dl.cues)
		}
	} else {
		dl.cache = wordCueCache{}
	}
	if dl.cues == nil {
		dl.cues = make([]cue, len(d.Tokens))
	}
	return dl
}

// LoadLexicon reads the built-in lexicon (timeline/data/types.yaml and the
// event words of every language of the language layer) and, when extra is
// not empty, the user's trigger file on top of it.
func LoadLexicon(extra string) (*Lexicon, error) {
	return loadLexicon(lang.Builtin(), extra)
}

func loadLexicon(fsys fs.FS, extra string) (*Lexicon, error) {
	var tf typesFile
	if err := lang.DecodeBytes(typesYAML, "timeline/data/types.yaml", &tf); err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	langs, err := readLanguages(fsys)
	if err != nil {
		return nil, err
	}
	names, err := loadNameFold()
	if err != nil {
		return nil, err
	}
	if extra != "" {
		uf, err := readUserFile(extra)
		if err != nil {
			return nil, err
		}
		if langs, err = addUserFile(&tf, langs, uf); err != nil {
			return nil, err
		}
	}
	lx, err := buildLexicon(&tf, langs)
	if err != nil {
		return nil, err
	}
	lx.names = names
	return lx, nil
}

func buildLexicon(tf *typesFile, langs []*langData) (*Lexicon, error) {
	lx := &Lexicon{types: tf.Types, langs: map[string]*langLex{}, weakLead: tf.WeakDateLead,
		punctBound: map[string]int{}, commas: map[string]bool{}, openQuote: map[string]bool{}, closeQuote: map[string]bool{},
		weakDates: map[string]bool{}, nameSeasons: map[string]bool{}, occasionFillers: map[string]bool{}, occasionWords: map[string]bool{}, celebrations: map[string]bool{}, occasionAfter: map[string]bool{}, occasionPeriods: map[string]bool{}, occasionNames: map[string]bool{}, occasionNouns: map[string]bool{}, occasionDuring: map[string]bool{}, relativeDays: map[string]bool{}, dropLines: map[string]bool{}}
	if err := lx.setOrder(tf); err != nil {
		return nil, err
	}
	if err := lx.setSettings(tf); err != nil {
		return nil, err
	}
	if err := lx.setFamilies(tf.Families); err != nil {
		return nil, err
	}
	if err := lx.setCompatible(tf.Compatible); err != nil {
		return nil, err
	}
	if err := lx.addLanguages(langs); err != nil {
		return nil, err
	}
	return lx, nil
}

// setOrder checks the types of types.yaml (other last, at most 64) and
// sets their indexes, the pairs where one is preferred and the types that
// yield.
func (lx *Lexicon) setOrder(tf *typesFile) error {
	if len(lx.types) == 0 || lx.types[len(lx.types)-1] != tf.Other {
		return fmt.Errorf("timeline: data/types.yaml: the last type must be %q", tf.Other)
	}
	lx.statementIx, lx.otherIx, lx.jointIs = indexOf(lx.types, tf.Statement), len(lx.types)-1, indexOf(lx.types, tf.JointStatementIs)
	if len(lx.types) > 64 {
		return fmt.Errorf("timeline: %d event types, at most 64", len(lx.types))
	}
	for _, p := range tf.Prefer {
		a, b := indexOf(lx.types, p[0]), indexOf(lx.types, p[1])
		if a < 0 || b < 0 {
			return fmt.Errorf("timeline: data/types.yaml: prefer names unknown type in %v", p)
		}
		lx.prefer = append(lx.prefer, [2]int{a, b})
	}
	for _, t := range tf.Yield {
		i := indexOf(lx.types, t)
		if i < 0 {
			return fmt.Errorf("timeline: data/types.yaml: yield names unknown type %q", t)
		}
		lx.yields |= 1 << uint(i)
	}
	return nil
}

// typeMask returns the bits (bit i: type i) of the types that names, the
// list under key of types.yaml, names; an error for an unknown type.
func (lx *Lexicon) typeMask(key string, names []string) (uint64, error) {
	var mask uint64
	for _, t := range names {
		i := indexOf(lx.types, t)
		if i < 0 {
			return 0, fmt.Errorf("timeline: data/types.yaml: %s names unknown type %q", key, t)
		}
		mask |= 1 << uint(i%64)
	}
	return mask, nil
}

// setSettings sets the rest of types.yaml's settings: the coarsest date of
// an untyped event, the types merged by place and reacted to, the months
// and years of background and history, the broad actors and the media.
func (lx *Lexicon) setSettings(tf *typesFile) error {
	if tf.UntypedCoarsest != "" {
		g, ok := temporal.ParseGranularity(tf.UntypedCoarsest)
		if !ok {
			return fmt.Errorf("timeline: data/types.yaml: untyped_coarsest: unknown granularity %q", tf.UntypedCoarsest)
		}
		lx.untypedCoarsest = g
	}
	lx.placeMerge = map[string]bool{}
	for _, t := range tf.PlaceMerge {
		if indexOf(lx.types, t) < 0 {
			return fmt.Errorf("timeline: data/types.yaml: place_merge names unknown type %q", t)
		}
		lx.placeMerge[t] = true
	}
	var err error
	if lx.reactedTo, err = lx.typeMask("reacted_to", tf.ReactedTo); err != nil {
		return err
	}
	if lx.stanceKeeps, err = lx.typeMask("stance_keeps", tf.StanceKeeps); err != nil {
		return err
	}
	if lx.nameKeeps, err = lx.typeMask("name_keeps", tf.NameKeeps); err != nil {
		return err
	}
	if tf.BackgroundMonths < 0 {
		return fmt.Errorf("timeline: data/types.yaml: background_months: %d is negative", tf.BackgroundMonths)
	}
	lx.backgroundMonths = tf.BackgroundMonths
	if tf.BackgroundDays < 0 {
		return fmt.Errorf("timeline: data/types.yaml: background_days: %d is negative", tf.BackgroundDays)
	}
	lx.backgroundDays = tf.BackgroundDays
	if tf.HistoryYears < 0 {
		return fmt.Errorf("timeline: data/types.yaml: history_years: %d is negative", tf.HistoryYears)
	}
	lx.historyYears = tf.HistoryYears
	lx.broad = map[string]bool{}
	for _, id := range tf.BroadActors {
		lx.broad[id] = true
	}
	lx.services = make(map[string]bool, len(tf.Services))
	for _, id := range tf.Services {
		lx.services[id] = true
	}
	lx.busy = make(map[string]bool, len(tf.BusyPeople))
	for _, id := range tf.BusyPeople {
		lx.busy[id] = true
	}
	lx.media = make(map[string]bool, len(tf.Media))
	for _, id := range tf.Media {
		lx.media[id] = true
	}
	return nil
}

// setFamilies gives every type its family's head, the family's type
// listed first (a type of no family heads its own).
func (lx *Lexicon) setFamilies(families [][]string) error {
	lx.family = make([]int, len(lx.types))
	for i := range lx.family {
		lx.family[i] = i
	}
	for _, fam := range families {
		head := -1
		for _, t := range fam {
			i := indexOf(lx.types, t)
			if i < 0 {
				return fmt.Errorf("timeline: data/types.yaml: families names unknown type %q", t)
			}
			if lx.family[i] != i {
				return fmt.Errorf("timeline: data/types.yaml: %q is in two families", t)
			}
			if head < 0 || i < head {
				head = i
			}
		}
		for _, t := range fam {
			lx.family[indexOf(lx.types, t)] = head
		}
	}
	return nil
}

// addLanguages adds every language's words (and their stop words) and
// picks the first language of each script for documents of that script.
func (lx *Lexicon) addLanguages(langs []*langData) error {
	for _, ld := range langs {
		lx.stop = append(lx.stop, ld.stop...)
		lx.common = append(lx.common, ld.common...)
	}
	chainIx := map[string]int16{}
	for _, ld := range langs {
		ll, err := lx.addLanguage(ld, chainIx)
		if err != nil {
			return err
		}
		lx.langs[ld.code] = ll
		if s := b2i(ll.arabic); lx.byScript[s] == nil {
			lx.byScript[s] = ll
		}
	}
	for s := range lx.byScript {
		if lx.byScript[s] == nil {
			lx.byScript[s] = &langLex{labels: map[string]string{}, boundary: map[string]int{}}
		}
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addLanguage builds one language's part of the lexicon. chainIx interns
// chains of senses across languages.
func (lx *Lexicon) addLanguage(ld *langData, chainIx map[string]int16) (*langLex, error) {
	f := &ld.file
	where := "lang/" + ld.code + "/events.yaml"
	ll, err := lx.newLangLex(ld, where)
	if err != nil {
		return nil, err
	}
	ws, err := lx.addSenses(ll, f, where)
	if err != nil {
		return nil, err
	}
	lx.addTriggers(ll, ws, chainIx)
	lx.addCueWords(ll, f)
	ll.addHonorifics(f.Participants.Honorifics)
	ll.behalf = normSet(f.Participants.Behalf)
	if err := ll.addRefs(f.Participants.Refs, where); err != nil {
		return nil, err
	}
	for _, p := range f.Opinion.URLs {
		if _, err := path.Match(p, ""); err != nil || strings.Contains(p, "://") {
			return nil, fmt.Errorf("timeline: %s: opinion url %q: want a path.Match pattern of a host and path", where, p)
		}
	}
	if err := lx.addShared(f, where); err != nil {
		return nil, err
	}
	return ll, nil
}

// newLangLex starts a language's lexicon from its events file: script,
// labels, list separator and morphology, after checking that its triggers
// and labels name known types.
func (lx *Lexicon) newLangLex(ld *langData, where string) (*langLex, error) {
	f := &ld.file
	ll := &langLex{code: ld.code, labels: f.Labels, sep: f.ListSeparator, boundary: map[string]int{}, futureMin: f.FutureVerbMinLetters}
	switch f.Script {
	case "arabic":
		ll.arabic = true
	case "latin":
	default:
		return nil, fmt.Errorf("timeline: %s: script %q: want arabic or latin", where, f.Script)
	}
	if ll.sep == "" {
		ll.sep = ", "
	}
	if ld.morph != nil {
		ll.morph, ll.infl = newMorphology(ld.morph), newInflector(ld.morph)
	}
	for t := range f.Triggers {
		if indexOf(lx.types, t) < 0 {
			return nil, fmt.Errorf("timeline: %s: triggers of unknown type %q (the types are timeline/data/types.yaml)", where, t)
		}
	}
	for t := range f.Labels {
		if indexOf(lx.types, t) < 0 {
			return nil, fmt.Errorf("timeline: %s: label of unknown type %q", where, t)
		}
	}
	return ll, nil
}

// triggerKey is a trigger word, normalized, exact or a prefix (written
// with a final *).
type triggerKey struct {
	w      string
	prefix bool
}

// wordSenses holds every trigger word's senses (indexes into
// Lexicon.senses), the words in the order first met.
type wordSenses struct {
	senses map[triggerKey][]int16
	order  []triggerKey
}

// addSenses appends the senses of the language's trigger blocks to
// lx.senses, in type order then block order, and returns every trigger
// word's senses.
func (lx *Lexicon) addSenses(ll *langLex, f *langFile, where string) (*wordSenses, error) {
	ws := &wordSenses{senses: make(map[triggerKey][]int16, 1<<14)}
	for ti, t := range lx.types {
		for _, b := range f.Triggers[t] {
			s, err := newSense(ti, t, b, f, where)
			if err != nil {
				return nil, err
			}
			verbs, words, err := ll.expand(b, where, t)
			if err != nil {
				return nil, err
			}
			for _, group := range [][]string{verbs, words} {
				if len(group) == 0 {
					continue
				}
				s.verb = len(verbs) > 0 && &group[0] == &verbs[0]
				si := int16(len(lx.senses))
				lx.senses = append(lx.senses, s)
				for _, w := range group {
					if strings.ContainsAny(w, " \t") {
						return nil, fmt.Errorf("timeline: %s: %s: %q: a trigger is one word", where, t, w)
					}
					p, prefix := strings.CutSuffix(w, "*")
					k := triggerKey{p, prefix} // expand normalized it
					if k.w == "" {
						continue
					}
					if _, ok := ws.senses[k]; !ok {
						ws.order = append(ws.order, k)
					}
					if !slices.Contains(ws.senses[k], si) {
						ws.senses[k] = append(ws.senses[k], si)
					}
				}
			}
		}
	}
	return ws, nil
}

// newSense is the sense of trigger block b of type t (index ti): its
// neighbour conditions, with @context names replaced by the contexts' words,
// its window and the entities it needs.
func newSense(ti int, t string, b senseBlock, f *langFile, where string) (sense, error) {
	s := sense{typ: ti, notBeforeAmount: b.NotBeforeAmount, window: b.Window}
	for _, c := range []struct {
		dst  **wordSet
		list []string
	}{{&s.next, b.Next}, {&s.notNext, b.NotNext}, {&s.prev, b.Prev}, {&s.notPrev, b.NotPrev},
		{&s.near, b.Near}, {&s.notNear, b.NotNear}, {&s.except, b.Except}} {
		set, err := contextWords(c.list, t, f, where)
		if err != nil {
			return sense{}, err
		}
		*c.dst = set
	}
	if s.window <= 0 {
		s.window = 5
	}
	s.hasNeighbours = s.next != nil || s.notNext != nil || s.prev != nil || s.notPrev != nil || s.near != nil || s.notNear != nil
	for _, n := range b.Needs {
		m, ok := needNames[n]
		if !ok {
			return sense{}, fmt.Errorf("timeline: %s: %s: needs %q: want place, person, organization or actor", where, t, n)
		}
		s.needs |= m
	}
	return s, nil
}

// contextWords is the word set of a neighbour list of type t, a @name
// standing for the words of context name (f.Contexts).
func contextWords(list []string, t string, f *langFile, where string) (*wordSet, error) {
	var out []string
	for _, w := range list {
		if strings.ContainsAny(w, " \t") {
			return nil, fmt.Errorf("timeline: %s: %s: %q: a word list holds single words", where, t, w)
		}
		name, ok := strings.CutPrefix(w, "@")
		if !ok {
			out = append(out, w)
			continue
		}
		c, ok := f.Contexts[name]
		if !ok {
			return nil, fmt.Errorf("timeline: %s: %s: no context %q (contexts:)", where, t, name)
		}
		out = append(out, c...)
	}
	return newWordSet(out), nil
}

// addTriggers adds the trigger words to the language's cues, each with its
// chain of senses, interned across languages in chainIx.
func (lx *Lexicon) addTriggers(ll *langLex, ws *wordSenses, chainIx map[string]int16) {
	ll.cues.exact, ll.cues.prefixes = make(map[string]cue, len(ws.order)+1024), map[string]cue{}
	for _, k := range ws.order {
		ch := ws.senses[k]
		idb := make([]byte, 0, 2*len(ch))
		for _, si := range ch {
			idb = append(idb, byte(si), byte(si>>8))
		}
		id := string(idb)
		ci, ok := chainIx[id]
		if !ok {
			ci = int16(len(lx.chains))
			chainIx[id] = ci
			lx.chains = append(lx.chains, ch)
		}
		w := k.w
		if k.prefix {
			w += "*"
		}
		ll.cues.add(w, cue{chain: ci})
	}
}

// addCueWords adds the language's other word lists to its cues (future,
// joint, statistic, background... and the participant cues) and sets its
// opinion, future-verb, boundary and pronoun words; a boundary's
// punctuation goes to the lexicon's.
func (lx *Lexicon) addCueWords(ll *langLex, f *langFile) {
	addAll := func(ws []string, c cue) {
		for _, w := range ws {
			p, prefix := strings.CutSuffix(w, "*")
			if prefix {
				ll.cues.add(textnorm.NormString(p)+"*", c)
			} else {
				ll.cues.add(textnorm.NormString(w), c)
			}
		}
	}
	addAll(f.Future, cue{chain: -1, f: fFuture})
	ll.todayVerb = normSet(f.TodayPlanned)
	for _, w := range f.AndWords {
		ll.andWords = append(ll.andWords, strings.ToLower(textnorm.NormString(w)))
	}
	for _, w := range f.TodayPlannedAfter {
		ll.todayAfter = append(ll.todayAfter, textnorm.NormString(w))
	}
	addAll(f.Joint, cue{chain: -1, f: fJoint})
	addAll(f.Statistic, cue{chain: -1, f: fStat})
	addAll(f.Market, cue{chain: -1, f: fMarket})
	addAll(f.Notes, cue{chain: -1, f: fNote})
	addAll(f.Weather, cue{chain: -1, f: fQuiet})
	addAll(f.Hedges, cue{chain: -1, f: fQuiet})
	addAll(f.BackgroundOpeners, cue{chain: -1, f: fOpener})
	addAll(f.Since, cue{chain: -1, f: fSince})
	addAll(f.RecalledOpeners, cue{chain: -1, f: fRecalled})
	ll.measureMarks = map[string]bool{}
	for _, w := range f.DurationMeasures {
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			ll.measureMarks[w] = true // "(": a mark, not a word
		} else {
			addAll([]string{w}, cue{chain: -1, f: fMeasure})
		}
	}
	addAll(f.Credits, cue{chain: -1, f: fCredit})
	addAll(f.Published, cue{chain: -1, f: fPublished})
	addAll(f.Condemn, cue{chain: -1, f: fCondemn})
	addAll(f.Stance, cue{chain: -1, f: fStance})
	addAll(f.Until, cue{chain: -1, f: fUntil})
	addAll(f.Terms, cue{chain: -1, f: fTerm})
	addAll(f.Relatives, cue{chain: -1, f: fRelative})
	ll.first = lowerSet(f.Opinion.Words)
	ll.issue, ll.issueHead, ll.issueNext = normSet(f.Issue.Words), normSet(f.Issue.Heads), normSet(f.Issue.Next)
	ll.forYear = normSet(f.ForYear)
	ll.forecasters = lowerSet(f.Forecasters)
	ll.historyInLead = f.HistoryInLead
	ll.nameYears, ll.nameYearPeriods = lowerSet(f.NameYears), lowerSet(f.NameYearPeriods)
	ll.elapsedAfter, ll.elapsedLinks, ll.elapsedNot = normSet(f.Elapsed.After), normSet(f.Elapsed.Links), normSet(f.Elapsed.Not)
	ll.earlier = lowerSet(f.Earlier)
	ll.deadline = lowerSet(f.Deadlines)
	ll.held = normSet(f.Held)
	ll.dueWords, ll.duePreps = lowerSet(f.Due.Words), lowerSet(f.Due.Preps)
	for _, p := range f.LeadContinuations {
		if ws := strings.Fields(strings.ToLower(textnorm.NormString(p))); len(ws) > 0 {
			ll.continuations = append(ll.continuations, ws)
		}
	}
	ll.continuationPreps = lowerSet(f.LeadContinuationPreps)
	ll.relEndsAtVerb = f.RelativeEndsAtVerb
	ll.complement = lowerSet(f.Complements)
	ll.hope = lowerSet(f.Hopes)
	ll.nameLink = map[string]bool{}
	for _, w := range f.NameLinks {
		ll.nameLink[w] = true
	}
	ll.adviceNoun, ll.adviceTips, ll.adviceNumber = normSet(f.Advice.Nouns), normSet(f.Advice.Tips), normSet(f.Advice.Numbers)
	for _, w := range f.Advice.Purpose {
		ll.advicePurpose = append(ll.advicePurpose, textnorm.NormString(w))
	}
	addAll(f.Participants.FormerAfter, cue{chain: -1, f: fFormerA})
	addAll(f.Participants.FormerBefore, cue{chain: -1, f: fFormerB})
	addAll(f.Participants.SourceBefore, cue{chain: -1, f: fSource})
	addAll(f.Participants.NameHeads, cue{chain: -1, f: fNameHead})
	addAll(f.Participants.PlaceNameHeads, cue{chain: -1, f: fNameHead | fPlaceHead})
	addAll(f.Participants.ClubHeads, cue{chain: -1, f: fPlaceHead | fClubHead})
	addAll(f.Participants.PlaceNameTails, cue{chain: -1, f: fPlaceTail})
	addAll(f.Participants.NationalityNouns, cue{chain: -1, f: fNationality})
	ll.sourceQuote = map[string]bool{} // as written
	for _, w := range f.Participants.SourceQuotes {
		ll.sourceQuote[w] = true
	}
	ll.toldBefore = normSet(f.Participants.ToldBefore)
	for _, ph := range f.Participants.NewsAgencies {
		ll.newsAgency = append(ll.newsAgency, " "+nameKey(ph)+" ")
	}
	ll.quotedHead = normSet(f.Participants.QuotedNameHeads)
	ll.doerThat, ll.spokesmen = normSet(f.Participants.DoerThat), normSet(f.Participants.Spokesmen)
	ll.doerWhere = normSet(f.Participants.DoerWhere)
	ll.destination = normSet(f.Participants.Destination)
	ll.origin, ll.originFrom = normSet(f.Participants.Origin), normSet(f.Participants.OriginFrom)
	ll.locatorDir, ll.locatorUnit = lowerSet(f.Participants.LocatorDirections), lowerSet(f.Participants.LocatorUnits)
	ll.locatorLink, ll.locatorLying = lowerSet(f.Participants.LocatorLinks), lowerSet(f.Participants.LocatorLying)
	ll.locatorLandmark = lowerSet(f.Participants.LocatorLandmarks)
	ll.bylineDash = normSet(f.Participants.BylineDashes)
	ll.seatTitle = normSet(f.Participants.SeatTitles)
	ll.citySeatTitle = normSet(f.Participants.CitySeatTitles)
	ll.seatDivision = normSet(f.Participants.SeatDivisions)
	addAll(f.Participants.Titles, cue{chain: -1, f: fTitle})
	addAll(f.Participants.BorderWords, cue{chain: -1, f: fBorder})
	addAll(f.Participants.BorderWith, cue{chain: -1, f: fWith})
	addAll(f.Participants.DeputyOf, cue{chain: -1, f: fDeputyOf})
	addAll(f.Participants.TownHeads, cue{chain: -1, f: fTownHead})
	ll.opinionMin, ll.opinionRate = f.Opinion.Min, f.Opinion.PerThousand
	ll.bylineMarks, ll.bylineWords = f.Opinion.BylineMarks, normSet(f.Opinion.BylineWords)
	ll.columnURLs = f.Opinion.URLs
	for _, w := range f.FutureVerbPrefixes {
		ll.futureVerb = append(ll.futureVerb, textnorm.NormString(w))
	}
	for _, w := range f.FutureVerbExclude {
		ll.futureExcl = append(ll.futureExcl, textnorm.NormString(w))
	}
	for _, b := range f.Boundaries {
		v := 2
		if b.Attach {
			v = 1
		}
		for _, w := range b.Words {
			ll.boundary[textnorm.NormString(w)] = v
		}
		for _, p := range b.Punct {
			lx.punctBound[p] = v
		}
	}
	ll.amountWords, ll.subjectPron, ll.possPron = lowerSet(f.AmountWords), lowerSet(f.Pronouns.Subject), lowerSet(f.Pronouns.Possessive)
	for _, ph := range f.Pronouns.SubjectOrg {
		ll.orgSubject = append(ll.orgSubject, strings.Fields(strings.ToLower(textnorm.NormString(ph))))
	}
	ll.notAfterOrg = lowerSet(f.Pronouns.NotAfterOrg)
	ll.companyEnds = lowerSet(f.Pronouns.CompanyEnds)
	ll.possSuffix = f.Pronouns.PossessiveSuffixes
}

// addShared adds what a language's file gives every language: weak dates,
// name seasons, punctuation, press quotes and boilerplate.
func (lx *Lexicon) addShared(f *langFile, where string) error {
	addLower(lx.nameSeasons, f.NameSeasons)
	addLower(lx.weakDates, f.WeakDates)
	for _, p := range f.Occasions {
		if ws := strings.Fields(strings.ToLower(textnorm.NormString(p))); len(ws) > 0 {
			lx.occasions = append(lx.occasions, ws)
		}
	}
	addLower(lx.occasionFillers, f.OccasionFillers)
	addLower(lx.celebrations, f.Celebrations)
	addLower(lx.occasionAfter, f.OccasionAfter)
	addLower(lx.occasionPeriods, f.OccasionPeriods)
	addLower(lx.occasionNames, f.OccasionNames)
	addLower(lx.occasionNouns, f.OccasionNouns)
	addLower(lx.occasionDuring, f.OccasionDuring)
	for _, c := range f.OccasionClitics {
		for _, n := range f.OccasionNames {
			lx.occasionWords[strings.ToLower(textnorm.NormString(c+n))] = true
		}
	}
	addLower(lx.relativeDays, f.RelativeDays)
	for _, c := range f.Punctuation.Commas {
		lx.commas[c] = true
	}
	for _, q := range f.Punctuation.Quotes {
		lx.openQuote[q[0]], lx.closeQuote[q[1]] = true, true
	}
	if pq := f.Punctuation.PressQuotes; len(pq) > 0 {
		if len(pq) != 2 || lx.pressOpen != "" {
			return fmt.Errorf("timeline: %s: press_quotes: want one pair of quotation marks for all languages", where)
		}
		lx.pressOpen, lx.pressClose = pq[0], pq[1]
	}
	for _, c := range f.Boilerplate.CutAt {
		lx.cutAt = append(lx.cutAt, textnorm.NormString(c))
	}
	for _, c := range f.Boilerplate.CutLinks {
		lx.cutLinks = append(lx.cutLinks, textnorm.NormString(c))
	}
	for _, b := range f.Boilerplate.ShareBars {
		lx.shareBars = append(lx.shareBars, textnorm.NormString(b))
	}
	for _, d := range f.Boilerplate.DropLines {
		if p, ok := strings.CutSuffix(d, "*"); ok {
			lx.dropPrefix = append(lx.dropPrefix, textnorm.NormString(p))
			continue
		}
		lx.dropLines[textnorm.NormString(d)] = true
	}
	return nil
}

// expand returns the words of block b: every form of its verbs, and its
// words with every form of its nouns.
func (ll *langLex) expand(b senseBlock, where, typ string) (verbs, words []string, err error) {
	for _, w := range b.Words {
		p, prefix := strings.CutSuffix(w, "*")
		if p = textnorm.NormString(p); prefix {
			p += "*"
		}
		words = append(words, p)
	}
	if len(b.Verbs)+len(b.Nouns) == 0 {
		return nil, words, nil
	}
	if ll.infl == nil || (len(b.Verbs) > 0 && !ll.infl.verbs) || (len(b.Nouns) > 0 && !ll.infl.nouns) {
		return nil, nil, fmt.Errorf("timeline: %s: %s: verbs and nouns need the inflections of lang/%s/morphology.yaml", where, typ, ll.code)
	}
	for _, v := range b.Verbs {
		verbs = append(verbs, ll.infl.verbForms(textnorm.NormString(v))...)
	}
	for _, n := range b.Nouns {
		words = append(words, ll.infl.nounForms(textnorm.NormString(n))...)
	}
	return verbs, words, nil
}

// Types returns the event types in priority order; "other" is last.
func (lx *Lexicon) Types() []string { return slices.Clone(lx.types) }

// MergeClass returns the type an event of type typ merges as: the first
// type of its family ("visit" merges as "meeting"), else typ itself.
func (lx *Lexicon) MergeClass(typ string) string {
	if i := lx.typeIndex(typ); i >= 0 {
		return lx.types[lx.family[i]]
	}
	return typ
}

// TypeRank orders types by priority (timeline/data/types.yaml): lower is
// more specific; an unknown type ranks after all.
func (lx *Lexicon) TypeRank(typ string) int {
	if i := lx.typeIndex(typ); i >= 0 {
		return i
	}
	return len(lx.types)
}

// setCompatible reads the compatible pairs of types.yaml: two families
// whose events of one day may be one event when the reports' wording says
// so (a crash typed killing in one report and accident in another).
// Untyped types are compatible with none.
func (lx *Lexicon) setCompatible(pairs [][2]string) error {
	lx.group = slices.Clone(lx.family)
	lx.compat = map[[2]int]bool{}
	for _, p := range pairs {
		a, b := indexOf(lx.types, p[0]), indexOf(lx.types, p[1])
		if a < 0 || b < 0 {
			return fmt.Errorf("timeline: data/types.yaml: compatible names unknown type in %v", p)
		}
		if a == lx.otherIx || b == lx.otherIx || a == lx.statementIx || b == lx.statementIx {
			return fmt.Errorf("timeline: data/types.yaml: compatible pairs typed events only: %v", p)
		}
		fa, fb := lx.family[a], lx.family[b]
		lx.compat[[2]int{fa, fb}], lx.compat[[2]int{fb, fa}] = true, true
		// Join the two groups: every type of the later group moves to the
		// earlier one's head.
		ga, gb := lx.group[fa], lx.group[fb]
		if gb < ga {
			ga, gb = gb, ga
		}
		for i, g := range lx.group {
			if g == gb {
				lx.group[i] = ga
			}
		}
	}
	return nil
}

// Compatible reports that events of types a and b may tell one event: the
// same family, or families the data says are compatible.
func (lx *Lexicon) Compatible(a, b string) bool {
	i, j := lx.typeIndex(a), lx.typeIndex(b)
	if i < 0 || j < 0 {
		return a == b
	}
	fi, fj := lx.family[i], lx.family[j]
	return fi == fj || lx.compat[[2]int{fi, fj}]
}

// mergeGroup returns the first type of typ's group of compatible families
// (the bucket the merger looks its events up in), else typ itself.
func (lx *Lexicon) mergeGroup(typ string) string {
	if i := lx.typeIndex(typ); i >= 0 {
		return lx.types[lx.group[i]]
	}
	return typ
}

func (lx *Lexicon) typeIndex(typ string) int { return indexOf(lx.types, typ) }

// TypeLabel returns the display label of an event type in the language
// with code lang ("en", "ar"): the language's own label, else the English
// one, else the type itself. The labels are lang/<code>/events.yaml's.
func (lx *Lexicon) TypeLabel(typ, lang string) string {
	if ll := lx.langs[lang]; ll != nil {
		if l := ll.labels[typ]; l != "" {
			return l
		}
	}
	if ll := lx.langs["en"]; ll != nil {
		if l := ll.labels[typ]; l != "" {
			return l
		}
	}
	return typ
}

// listSeparator returns the separator of names in lang's headlines.
func (lx *Lexicon) listSeparator(lang string) string {
	if ll := lx.langs[lang]; ll != nil {
		return ll.sep
	}
	return ", "
}

// dropLine reports a boilerplate line (normalized, trimmed).
func (lx *Lexicon) dropLine(norm string) bool {
	if lx.dropLines[norm] {
		return true
	}
	for _, p := range lx.dropPrefix {
		if strings.HasPrefix(norm, p) {
			return true
		}
	}
	return false
}

// wordCues returns what the word w (normalized) says under any of its
// readings (see morphology.stems); buf is scratch space.
func (ll *langLex) wordCues(w string, buf []string) (cue, []string) {
	buf = ll.morph.stems(w, buf)
	c := cue{chain: -1}
	for _, st := range buf {
		c.merge(ll.cues.lookup(st))
	}
	if ll.isFutureVerb(w) {
		c.f |= fFuture
	}
	if ll.isTodayVerb(w) {
		c.f |= fToday
	}
	return c, buf
}

// isTodayVerb reports whether w is a present verb of a scheduled happening
// (يلتقي, ويلتقي): the word itself or, after one of its prefixes, the rest.
func (ll *langLex) isTodayVerb(w string) bool {
	if ll.todayVerb[w] {
		return true
	}
	for _, p := range ll.todayAfter {
		if r, ok := strings.CutPrefix(w, p); ok && ll.todayVerb[r] {
			return true
		}
	}
	return false
}

func (ll *langLex) isFutureVerb(w string) bool {
	if len(ll.futureVerb) == 0 {
		return false
	}
	w = ll.morph.stripConjunction(w)
	if !hasPrefix(w, ll.futureVerb) || utf8.RuneCountInString(w) < ll.futureMin {
		return false
	}
	if !hasPrefix(w, ll.futureVerb) {
		return false
	}
	return !hasPrefix(w, ll.futureExcl)
}

// Headline is a short chart label for e in lang ("en" or "ar"): the type,
// up to three people and organizations, up to two places —
// "Meeting: Antony Blinken, Fuad Hussein — Washington".
func (lx *Lexicon) Headline(e *Event, lang string) string {
	name := func(x Entity) string {
		if lang == "ar" {
			return x.NameAr
		}
		return x.NameEn
	}
	sep := lx.listSeparator(lang)
	var actors []string
	for _, x := range e.People {
		actors = append(actors, name(x))
	}
	for _, x := range e.Organizations {
		actors = append(actors, name(x))
	}
	if len(actors) > 3 {
		actors = actors[:3]
	}
	var places []string
	for _, x := range e.Places {
		places = append(places, name(x))
	}
	if len(places) > 2 {
		places = places[:2]
	}
	h := lx.TypeLabel(e.Type, lang)
	if len(actors) > 0 {
		h += ": " + strings.Join(actors, sep)
		if len(places) > 0 {
			h += " — " + strings.Join(places, sep)
		}
	} else if len(places) > 0 {
		h += ": " + strings.Join(places, sep)
	}
	return h
}

// weakDate reports an expression that dates an event only in the article's
// lead (its first weak_date_lead sentences): a bare اليوم is "today" there,
// and as often "nowadays" in the body of a column ("كما نجده اليوم").
func (lx *Lexicon) weakDate(d *extract.Document, tx *temporal.Timex, sentence int) bool {
	if sentence < lx.weakLead || tx.TokEnd-tx.Tok != 1 || tx.Tok >= len(d.Tokens) {
		return false
	}
	return lx.weakDates[tokenWord(d, tx.Tok)]
}

// occasion reports a date named as the occasion of what its sentence
// tells, not its time: after بمناسبة, احتفالا, "to mark" (occasions), with
// at most one of occasion_fillers between ("بمناسبة حلول عيد الفطر"). A
// party held "بمناسبة عيد الفطر" is not dated by the feast's day.
func (lx *Lexicon) occasion(d *extract.Document, tx *temporal.Timex) bool {
	k := tx.Tok - 1
	if len(lx.occasions) == 0 || k < 0 || k >= len(d.Tokens) {
		return false
	}
	if lx.occasionWords[tokenWord(d, tx.Tok)] {
		if si := d.SentenceOf(tx.Tok); si >= 0 {
			s := d.Sentences[si]
			if otherDate(d, s, tx) || d.DCT.After(tx.EndDate) && !lx.celebrated(d, s, tx.Tok) {
				return true // هنأهم بعيد الفطر; تحتفل ... بعيد الفطر بعد غد: what is celebrated, not when
			}
		}
	}
	if lx.feastAfter(d, tx) {
		return true // بعد إجازة عيد الفطر: what came after the feast
	}
	if lx.feastOfNoun(d, tx) {
		return true // اختتمت مساء أمس فعاليات مسرحيات عيد الفطر: the plays' feast, not their day
	}
	last := tokenWord(d, k)
	if lx.occasionFillers[last] {
		if k--; k < 0 {
			return false
		}
		last = tokenWord(d, k)
	}
	for _, ph := range lx.occasions {
		first := k - len(ph) + 1
		if first < 0 || ph[len(ph)-1] != last {
			continue // the word before the date ends no such phrase
		}
		ok := true
		for j, w := range ph[:len(ph)-1] {
			if tokenWord(d, first+j) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// feastAfter reports a feast (occasion_names) right after a word of
// occasion_after, or after one and a word of occasion_periods ("مع بداية
// الدوام بعد إجازة عيد الفطر"), in an article dated after the feast: the
// feast says what the event followed, not its day.
func (lx *Lexicon) feastAfter(d *extract.Document, tx *temporal.Timex) bool {
	k := tx.Tok - 1
	if !lx.occasionNames[tokenWord(d, tx.Tok)] || !d.DCT.After(tx.EndDate) {
		return false
	}
	if k >= 0 && lx.occasionPeriods[tokenWord(d, k)] {
		k--
	}
	return k >= 0 && lx.occasionAfter[tokenWord(d, k)]
}

// feastOfNoun reports a feast (occasion_names) right after a noun of what
// is held on it (occasion_nouns: مسرحيات عيد الفطر, مهرجان عيد الفطر) in a
// sentence whose other day, not a feast, says when: the feast names the
// plays, not their day. After a word of occasion_during (خلال احتفالات عيد
// الفطر: during the feast's celebrations) the feast is when; so is a feast
// after any other word (أثناء صلاة عيد الفطر, خطبة عيد الفطر: the feast's
// morning) or with no other day.
func (lx *Lexicon) feastOfNoun(d *extract.Document, tx *temporal.Timex) bool {
	k := tx.Tok - 1
	if k < 0 || !lx.occasionNames[tokenWord(d, tx.Tok)] || !lx.occasionNouns[tokenWord(d, k)] ||
		k > 0 && lx.occasionDuring[tokenWord(d, k-1)] {
		return false // خلال احتفالات عيد الفطر: during the feast, its time
	}
	si := d.SentenceOf(tx.Tok)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	for _, o := range d.Timexes {
		if o.Tok >= s.TokStart && o.TokEnd <= s.TokEnd && o.Dating() && o.Granularity == temporal.Day && o.Value != tx.Value &&
			!lx.occasionNames[tokenWord(d, o.Tok)] {
			return true // a day that is not the feast said again (بمناسبة عيد الفطر ... في احتفالات عيد الفطر)
		}
	}
	return false
}

// celebratedWords is how far before a feast's name a verb of celebrating
// is looked for (احتفل أهالي قرية الكبسة بشدا غامد بعيد الفطر).
const celebratedWords = 8

// celebrated reports a verb of celebrating in sentence s in the few words
// before token k: the feast it names is when the celebrating was.
func (lx *Lexicon) celebrated(d *extract.Document, s textnorm.Sentence, k int) bool {
	for j := max(s.TokStart, k-celebratedWords); j < k; j++ {
		if lx.celebrations[tokenWord(d, j)] {
			return true
		}
	}
	return false
}

// otherDate reports a day in sentence s other than tx's (أمس, بعد غد
// الاثنين): a period around the feast (عيد الفطر المبارك لهذا العام) or a
// season's word (a name: سعد الربيع) says no other time.
func otherDate(d *extract.Document, s textnorm.Sentence, tx *temporal.Timex) bool {
	for _, o := range d.Timexes {
		if o.Tok >= s.TokStart && o.TokEnd <= s.TokEnd && o.Dating() && o.Granularity == temporal.Day && o.Value != tx.Value {
			return true
		}
	}
	return false
}

// normSet is the set of ws, normalized.
func normSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[textnorm.NormString(w)] = true
	}
	return m
}

// lowerSet is the set of ws, normalized and lowercased.
func lowerSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	addLower(m, ws)
	return m
}

// addLower adds ws to m, normalized and lowercased (as lowerSet): for the
// sets every language's file adds to (addShared).
func addLower(m map[string]bool, ws []string) {
	for _, w := range ws {
		m[strings.ToLower(textnorm.NormString(w))] = true
	}
}

// yielding reports whether type ti gives way to another type told in its
// clause (types.yaml yield: launch, decision, agreement).
func (lx *Lexicon) yielding(ti int) bool {
	return ti >= 0 && lx.yields&(1<<uint(ti%64)) != 0
}
