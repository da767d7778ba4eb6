package timeline

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

// Assembler turns an analysed article into events. It is safe for
// concurrent use.
type Assembler struct {
	lx   *Lexicon
	lang string
}

// NewAssembler returns an Assembler using lx; lang ("en" or "ar") chooses
// the names and type labels of headlines.
func NewAssembler(lx *Lexicon, lang string) *Assembler {
	return &Assembler{lx: lx, lang: lang}
}

// Lexicon returns the assembler's lexicon.
func (a *Assembler) Lexicon() *Lexicon { return a.lx }

// leadSentences is how far from the top a dated event may be for an undated
// headline to be taken as telling it.
const leadSentences = 8

// group collects what one dating expression governs in its sentence.
type group struct {
	tx         temporal.Timex
	sent       int
	ents       []*gazetteer.Entity
	core       []*gazetteer.Entity // entities of the clause holding the expression
	weakPlaces []*gazetteer.Entity // places across a border, nationalities: only where no other place is named
	states     []*gazetteer.Entity // the countries of its titles and state bodies (extract.Mention.Country): only where no place, weak or not, is named
	seats      []*gazetteer.Entity // regions in an emir's title: only where no one else is named
	far        []*gazetteer.Entity // persons of a span the date is not in: only where it names no other person (see farName)
	lent       []*gazetteer.Entity // names an amount claims (see lentName): alone, only for an event word's group
	now        []*gazetteer.Entity // names a word of the present claims (see lentName): only with other names
	refs       []*gazetteer.Entity // organizations a definite noun of its words stands for (see roleRefs)
	honored    []*gazetteer.Entity // persons a word of address of its words stands for (see honorifics)
	typeIx     int
	joint      bool
	future     bool
	today      bool   // a present verb of a scheduled happening (يلتقي, تقام)
	statement  bool   // a reporting word: the type when no other word says one
	attributed bool   // an attribution's reporting word (حسب ما أفاد): no statement, but it lends (see lendTrigger)
	seen       uint64 // bit i: a trigger of type i occurs
	stat       bool   // a word of figures (بلغ, ارتفع, reached)
	market     int    // words of a market's trading (المؤشر, نقطة, التداول)
	note       bool   // a word of an analyst's note (في مذكرة)
	quiet      bool   // a forecast, background, a caption: news only with an event word
	told       bool   // an older fact told as such: a background opener's sentence, a date a state began (see oldBackground)
	spanned    bool   // its date lies in a since span or another happening's relative span: "الهجوم ... الذي أدى إلى مقتل 147 طالبًا في أبريل الماضي" (see spannedDate)
	numbers    int    // numbers in its words that are no date
	trigTok    int    // the token of the word that gave typeIx
	trigBand   int    // its distance band from the date (see triggerBand); 0 in a headline
	trigVerb   bool   // that word is a verb
	trigHead   bool   // that word is the verb that opens the date's clause, before the date
	// yieldTok is the last word of a yielding type (انطلقت, قرر); yieldTo
	// the type of the first other trigger within yieldSpan words after one.
	yieldTok, yieldTo int
	// condTok is the first reaction word (أدان, condemned) of its words,
	// -1 for none; published: the date is a publication's (نشرته أمس).
	condTok   int
	published bool
	// stanceTok is the first word of a position (دعا, طالب, warned) of its
	// words, -1 for none; stanceCl its clause. An event word after it, with
	// the date before it, is what the speaker calls for, warns of or
	// denies: the report is a statement ("ودعا إلى انتخابات مبكرة").
	stanceTok, stanceCl int
	// hopeTok is the first word of a hope or a wish (events.yaml hopes) of
	// its words, -1 for none; hopeCl its clause (see hopedFor).
	hopeTok, hopeCl int
	// complTok is the last word of its words, past its date, that opens a
	// complement naming another event (للمشاركة, حسب, according), -1 for
	// none: see complementOf.
	complTok int
	// thatTok is the first "that" of its words past its date (a boundary
	// that attaches: أن, إن, that), -1 for none: a future verb after it is
	// what was said, not when ("قال ... اليوم (السبت)، إن الأراضي ...
	// ستصبح منطقة آمنة": the saying happened).
	thatTok int
	// lentIx is the type of the first event word that an amount of time
	// claims in the date's clause (see lendTrigger), -1 for none; lentTok
	// its token.
	lentIx, lentTok int
	lentOff         bool
}

// yieldSpan is how many words after a word of a yielding type (انطلقت,
// قرر) another trigger says what began or was decided.
const yieldSpan = 3

// noteYield records trigger type ti at token k for the yield rule. The
// group's own date does not count as words between ("وانطلقت في أواخر الشهر
// الماضي الاجتماعات").
func (g *group) noteYield(lx *Lexicon, ti, k int) {
	if lx.yielding(ti) {
		g.yieldTok = k
		return
	}
	gap := k - g.yieldTok
	if g.tx.Tok > g.yieldTok && g.tx.TokEnd <= k {
		gap -= g.tx.TokEnd - g.tx.Tok
	}
	if g.yieldTo < 0 && gap <= yieldSpan {
		g.yieldTo = ti
	}
}

// newGroup is the group of expression tx of sentence sent before its words
// are read: no type, no word it yields to, no condemnation, stance or lent
// event word yet.
func newGroup(tx temporal.Timex, sent int) group {
	return group{tx: tx, sent: sent, typeIx: -1, yieldTo: -1, yieldTok: -10, condTok: -1, stanceTok: -1, hopeTok: -1, complTok: -1, thatTok: -1, lentIx: -1}
}

// statistic reports a group that gives figures rather than an event: no
// event word, and a word of figures or two numbers ("بلغ عدد المنشآت 806
// آلاف عام 2010", "94.9 من 96.2 مليون برميل في يوليو"); or, whatever
// its event word, a market's figures: marketWords words of trading, a word
// of figures and two numbers ("ونقص معيارا الشراء ... فزادت كمية الأسهم
// المتبادلة إلى 137.76 مليون من 108.08 في جلسة الاربعاء" is no purchase).
func (g *group) statistic() bool {
	return g.typeIx < 0 && (g.stat || g.numbers >= 2) || g.market >= marketWords && g.stat && g.numbers >= 2
}

// marketWords is how many words of a market's trading make a clause with
// figures a market report's.
const marketWords = 2

// Events returns the events of one article, in text order. doc is the
// article's id as it should appear in the docs column.
func (a *Assembler) Events(d *extract.Document, doc string) []Event {
	evs, _ := a.events(d, doc)
	return evs
}

// Report returns the events of one article and what the article refers to
// (the dates it gives and the entities it names), for the importance score:
// pass it to Merger.AddReport.
func (a *Assembler) Report(d *extract.Document, doc string) Report {
	evs, body := a.events(d, doc)
	return Report{Events: evs, Refs: a.refs(d, body)}
}

// events returns the events of one article and the sentences that belong
// to its body.
func (a *Assembler) events(d *extract.Document, doc string) ([]Event, []bool) {
	t := d.Text
	dl := a.lx.forDoc(d)
	defer dl.release()
	body := a.bodySentences(d)
	colKnown, col := false, false
	column := func() bool { // worked out on first need
		if !colKnown {
			colKnown, col = true, a.column(d, dl, body) || a.advice(d, dl)
		}
		return col
	}
	var out []Event
	var lead *leadRefs // what the top names, on first need
	var prev *group
	prevSent := -10
	for si, s := range d.Sentences {
		if !body[si] {
			continue
		}
		groups := a.sentenceGroups(d, dl, si)
		for gi := range groups {
			g := &groups[gi]
			ents := g.ents
			if len(ents) == 0 && g.typeIx >= 0 && g.typeIx != a.lx.statementIx {
				ents = g.lent // "واعتقل محمد علان (30 عامًا) ... في نوفمبر": an event word's names
			}
			if len(ents) == 0 && prev != nil && si-prevSent <= 1 && g.typeIx >= 0 && g.typeIx != a.lx.statementIx {
				// A clause with no named actor but a clear event word
				// continues the one before: "... entered Iraq in 2003.
				// After withdrawing in 2011, ...".
				for _, e := range prev.core {
					if e.Type != gazetteer.Person {
						ents = append(ents, e)
					}
				}
			}
			if g.typeIx >= 0 && !hasType(ents, gazetteer.Person) {
				// منذ توليه منصبه, his visit: the event word's pronoun
				// stands for the person named last before it.
				if p := a.possessor(d, dl, g.trigTok); p != nil {
					ents = append([]*gazetteer.Entity{p}, ents...)
				} else if g.trigVerb && !hasType(ents, gazetteer.Organization) && body[si-min(si, 1)] {
					if p := a.droppedSubject(d, dl, si, g.trigTok); p != nil {
						ents = append([]*gazetteer.Entity{p}, ents...)
					}
				}
			}
			if p := a.heSubject(d, dl, si); p != nil && g.typeIx >= 0 && !slices.Contains(ents, p) {
				ents = append([]*gazetteer.Entity{p}, ents...) // He met Blinken: He is its subject
			}
			if len(ents) > 0 && g.typeIx >= 0 && !hasType(ents, gazetteer.Organization) {
				// "It said it will sell its plant in Houston": the company
				// named before. Not for a clause that names no one: alone,
				// "It said" is as often a forecast or a term as an event.
				if o := a.orgSubject(d, dl, si); o != nil {
					ents = append([]*gazetteer.Entity{o}, ents...)
				}
			}
			for _, e := range g.refs {
				ents = addEntity(ents, e) // "وقالت الشركة": the company named before
			}
			for _, e := range g.honored {
				ents = addEntity(ents, e) // "خلال ترؤس سموه": the prince named before
			}
			if deadlineDate(d, dl, s, &g.tx) {
				prev, prevSent = g, si // "بحلول عام 2018": a target; its names still carry to the next sentence
				continue
			}
			if g.published || a.untilDate(d, dl, s, &g.tx) || termDate(d, dl, s, &g.tx) || elapsedSince(d, dl, &g.tx) {
				continue // "ما نشرته الصحيفة أمس", "حتى عام 2019", "payable March 31": no event's date
			}
			if lead == nil {
				lead = a.leadOf(d, dl, body)
			}
			if a.oldBackground(d, dl, g, ents, lead, out) {
				if g.told || g.sent <= leadDaySentences && a.history(d, dl, g) {
					prev, prevSent = g, si // its names still carry to the next clause: "ورغم الاتفاق ... منذ العام 2013، شهد الأسبوع الماضي مجموعة هجمات"
				}
				continue
			}
			if column() && !a.toldAsNews(d, &g.tx) {
				continue // a column's history, anecdote or argument
			}
			if len(ents) == 0 || g.statistic() || (g.typeIx < 0 && (g.quiet || column()) && countType(ents, gazetteer.Person) < 2) {
				continue
			}
			if g.typeIx < 0 && g.note && si > leadDaySentences {
				continue // "وأضاف أوستوالد، في مذكرة ...": an analyst's commentary below the lead
			}
			if g.typeIx < 0 && !g.statement && !hasType(ents, gazetteer.Person) && a.lx.untypedCoarsest != "" &&
				a.lx.untypedCoarsest.Finer(g.tx.Granularity) && !g.tx.EndDate.After(d.DCT) {
				continue // "in 1992 the disease appeared in Taiwan": background
			}
			ev := a.event(g, g.withStates(ents), d, doc, t.Slice(s.Start, s.End))
			ev.at = int32(si + 1)
			out = append(out, ev)
			prev, prevSent = g, si
		}
	}
	out = append(a.leadEvents(d, dl, doc, body, out, column), out...)
	return out, body
}

// bodySentences marks the sentences that belong to the article: not a
// dropped boilerplate line, and before a line that starts another story.
func (a *Assembler) bodySentences(d *extract.Document) []bool {
	body := make([]bool, len(d.Sentences))
	for si, s := range d.Sentences {
		norm := strings.TrimSpace(d.Text.Norm[d.Tokens[s.TokStart].NStart:d.Tokens[s.TokEnd-1].NEnd])
		if d.Tokens[s.TokStart].Newline && (s.End-s.Start <= 80 && hasPrefix(norm, a.lx.cutAt) || hasPrefix(norm, a.lx.cutLinks)) {
			break
		}
		body[si] = !a.lx.dropLine(norm)
	}
	return body
}

// clause is a token range of a sentence between boundaries.
type clause struct {
	start, end int
	attach     bool // joins the dated clause before it when it has no date
	timexes    []int
}

// sentenceGroups splits sentence si into clauses and gives every entity,
// trigger and future cue to the dating expression that governs it.
func (a *Assembler) sentenceGroups(d *extract.Document, dl *docLex, si int) []group {
	s := d.Sentences[si]
	txs := a.sentenceTimexes(d, dl, si)
	if txs == nil {
		return nil
	}
	sw := &sentWork{d: d, dl: dl, si: si, s: s, txs: txs, clauses: a.clauses(d, dl, s, txs), sd: a.newSentDist(d, s)}
	sw.span = a.subSpans(d, dl, s, sw.clauses)
	a.newGroups(sw)
	a.claimTokens(sw)
	a.addEntities(sw)
	a.addTriggers(sw)
	a.roleRefs(sw)
	a.honorifics(sw)
	a.markQuiet(sw)
	sw.countNumbers()
	return sw.groups
}

// sentWork is one sentence on its way to groups: its expressions and
// clauses, the groups of its dating expressions, and which group each of
// its tokens belongs to.
type sentWork struct {
	d       *extract.Document
	dl      *docLex
	si      int
	s       textnorm.Sentence
	txs     []int // the sentence's expressions (indexes into d.Timexes)
	clauses []clause
	span    []int // the subordinate spans of its tokens (see subSpans)
	sd      *sentDist
	groups  []group
	gOf     map[int]int // timex index → group index, -1 for a non-dating one
	// owner[k] is the group that token k of the sentence belongs to, -1 for
	// none; lead[k] marks a token of a dateless clause before the first date
	// ("ومن المفترض أن ..."), which lends its future and joint cues but not
	// its speaker or its reporting verb: "قالت ساكي إن ... عام 2008".
	owner []int
	lead  []bool
	// lend[k] is, for a token that an amount of time in its clause claims
	// (owner -1), the group of the clause's dating expression nearest to
	// it, or of the dated clause before an attached one ("أنها تمكنت من
	// اعتقال ... خلال أربعة أيام"), -1 otherwise: see lendTrigger.
	lend []int
}

// sentenceTimexes returns the expressions of sentence si, or nil when none
// of them dates. Every expression claims the words nearest to it; only
// dating ones make events. A vague or duration expression ("في الأسابيع
// القادمة") keeps the names around it from being given to a date they do
// not belong to.
func (a *Assembler) sentenceTimexes(d *extract.Document, dl *docLex, si int) []int {
	s := d.Sentences[si]
	var txs []int
	dating := 0
	prev := -1
	seasons := 0 // "في فصلي الشتاء والصيف", "الباردة خلال فصل الصيف والدافئة خلال الشتاء": a habit
	for i := range d.Timexes {
		if tx := &d.Timexes[i]; tx.Tok >= s.TokStart && tx.TokEnd <= s.TokEnd && seasonWord(d, tx) {
			seasons++
		}
	}
	for i, tx := range d.Timexes {
		if tx.Tok < s.TokStart || tx.TokEnd > s.TokEnd || a.quotedName(d, tx) || yearOf(d, dl, &tx) ||
			seasons > 1 && seasonWord(d, &tx) {
			continue
		}
		if a.lx.occasion(d, &tx) {
			continue // بمناسبة عيد الفطر: claims no words from the party's own time
		}
		if prev >= 0 && sameDayPair(d, d.Timexes[prev], tx) {
			continue // "مساء أمس السبت": one day said twice
		}
		txs = append(txs, i)
		prev = i
		if a.dating(d, tx, si) {
			dating++
		}
	}
	if dating == 0 {
		return nil
	}
	if dating > 1 {
		txs = dropDateline(d, s, txs)
	}
	return txs
}

// newGroups makes a group of each dating expression.
func (a *Assembler) newGroups(sw *sentWork) {
	sw.gOf = map[int]int{}
	for _, ti := range sw.txs {
		sw.gOf[ti] = -1
		if a.dating(sw.d, sw.d.Timexes[ti], sw.si) {
			sw.gOf[ti] = len(sw.groups)
			sw.groups = append(sw.groups, newGroup(sw.d.Timexes[ti], sw.si))
		}
	}
}

// claimTokens gives each token its group (owner): a dated clause's tokens
// go to the nearest expression, a dateless clause before the first dated
// one lends its tokens to that one's first date (lead), and an attached
// clause goes with the group before it.
func (a *Assembler) claimTokens(sw *sentWork) {
	d, s := sw.d, sw.s
	sw.owner = make([]int, s.TokEnd-s.TokStart)
	sw.lead = make([]bool, s.TokEnd-s.TokStart)
	sw.lend = make([]int, s.TokEnd-s.TokStart)
	firstDated := -1
	for ci, c := range sw.clauses {
		if firstDatingIn(d, c) >= 0 && firstDated < 0 {
			firstDated = ci
		}
	}
	lastGroup := -1
	for ci, c := range sw.clauses {
		for k := c.start; k < c.end; k++ {
			sw.owner[k-s.TokStart], sw.lend[k-s.TokStart] = -1, -1
		}
		switch {
		case len(c.timexes) > 0:
			dated := a.datedIn(sw, c)
			for k := c.start; k < c.end; k++ {
				ti := a.nearest(d, sw.sd, c.timexes, k)
				sw.owner[k-s.TokStart] = sw.gOf[ti]
				if sw.gOf[ti] >= 0 || !a.amountOfTime(sw, ti) {
					continue
				}
				switch {
				case len(dated) > 0:
					sw.lend[k-s.TokStart] = sw.gOf[a.nearest(d, sw.sd, dated, k)]
				case c.attach:
					sw.lend[k-s.TokStart] = lastGroup
				}
			}
			if g := sw.gOf[c.timexes[len(c.timexes)-1]]; g >= 0 {
				lastGroup = g
			}
		case firstDated >= 0 && ci < firstDated:
			for k := c.start; k < c.end; k++ {
				sw.owner[k-s.TokStart] = sw.gOf[firstDatingIn(d, sw.clauses[firstDated])]
				sw.lead[k-s.TokStart] = true
			}
		case c.attach && lastGroup >= 0:
			for k := c.start; k < c.end; k++ {
				sw.owner[k-s.TokStart] = lastGroup
			}
		}
	}
}

// datedIn returns the dating expressions of clause c.
func (a *Assembler) datedIn(sw *sentWork, c clause) []int {
	var out []int
	for _, ti := range c.timexes {
		if sw.gOf[ti] >= 0 {
			out = append(out, ti)
		}
	}
	return out
}

// todayAfterWords is how many words after a date expression a present
// verb of a scheduled happening may stand to make it planned ("اليوم..
// يلتقي الهلال").
const todayAfterWords = 2

// todayVerbAt reports whether a present verb of a scheduled happening at
// token k speaks for the date tx: it comes before the expression, as the
// clause's predicate ("يقيم النادي الأدبي مساء اليوم أمسية"), or right after
// it; not further on, where it tells what the clause goes on to say ("تراجعت
// أسعار النفط اليوم الإثنين مع اقتراب إيران ... من اتفاق قد ينهي
// العقوبات", "قتل أربعة أشخاص الجمعة في هجوم استهدف فندقا يقيم فيه").
func todayVerbAt(d *extract.Document, tx *temporal.Timex, k int) bool {
	if k < tx.Tok {
		return true
	}
	words := 0
	for j := tx.TokEnd; j <= k && j < len(d.Tokens); j++ {
		if d.Tokens[j].Kind == textnorm.Word {
			words++
		}
	}
	return words <= todayAfterWords
}

// amountOfTime reports that expression ti is a duration that says how long
// something took ("خلال أربعة أيام", "for 24 hours"), not when a state began
// ("منذ أكثر من عامين": what the clause tells happened then, not on the
// date of its report).
func (a *Assembler) amountOfTime(sw *sentWork, ti int) bool {
	tx := &sw.d.Timexes[ti]
	if tx.Type != temporal.Duration {
		return false
	}
	for k := tx.Tok; k >= sw.s.TokStart && k >= tx.Tok-1; k-- {
		if sw.d.Tokens[k].Kind == textnorm.Word && sw.dl.cue(k).has(fSince) {
			return false
		}
	}
	return true
}

// addEntities gives each group the entities its tokens name, as they were
// on the group's date, that take part in its event.
func (a *Assembler) addEntities(sw *sentWork) {
	d, dl, s := sw.d, sw.dl, sw.s
	for _, m := range d.Mentions {
		if m.Tok < s.TokStart || m.Tok >= s.TokEnd || a.isCredit(d, m) || a.isSource(d, dl, m, s.TokStart) {
			continue
		}
		gi, lent, now := sw.owner[m.Tok-s.TokStart], false, false
		if gi < 0 {
			gi, now = a.lentName(sw, m.Tok)
			lent = gi >= 0
		}
		if gi < 0 || sw.lead[m.Tok-s.TokStart] && !a.leadDoer(sw, m) {
			continue
		}
		g := &sw.groups[gi]
		// A role is held by whoever held it when the event happened:
		// "خادم الحرمين الشريفين" in a sentence about 1990 is King Fahd.
		e := a.entityAt(d, dl, m, g.tx.StartDate)
		if e == nil || a.quotedPlace(d, e, m) {
			continue
		}
		var role int
		if e, role = a.actor(d, dl, e, m, s.TokStart); e == nil {
			continue
		}
		switch role {
		case actorSeat:
			g.seats = addEntity(g.seats, e)
			continue
		case actorWeak:
			g.weakPlaces = addEntity(g.weakPlaces, e)
			continue
		}
		if a.farName(sw, g, m) {
			if e.Type == gazetteer.Place {
				// "لذوي الشهيد سامي معوض الحربي، الذي استشهد في
				// محافظة القطيف": where the dead man fell, not where
				// the condolences were offered.
				g.weakPlaces = addEntity(g.weakPlaces, e)
			} else {
				g.far = addEntity(g.far, e)
			}
			continue
		}
		switch {
		case now:
			g.now = addEntity(g.now, e)
			continue
		case lent:
			g.lent = addEntity(g.lent, e)
			continue
		}
		g.ents = addEntity(g.ents, e)
		if m.Country != nil {
			// "الرئيس الجزائري", "وزارة الداخلية التونسية": the state the
			// title or the body acts for (see withStates).
			g.states = addEntity(g.states, m.Country)
		}
		if clauseOf(sw.clauses, m.Tok) == clauseOf(sw.clauses, g.tx.Tok) {
			g.core = addEntity(g.core, e)
		}
	}
	// A place across a border, a nationality, or a governor's city, stands
	// only where the event names no other place: "قرية قاح الحدودية مع
	// تركيا" happened in Qah; "الطالبة السعودية" honoured in Malaysia is a
	// Saudi student.
	for gi := range sw.groups {
		sw.groups[gi].addWeak()
	}
}

// lentName returns the group that a name at token k belongs to when an
// expression that tells no time of the event claims it (the name is
// nearest to it in its clause), -1 for none: an amount that measures how
// long or how old ("(30 عامًا)", "لمدة عامين", see amount) or a word of the
// present or of recurrence ("حاليًا", see howOften; now is true). The name
// goes to the clause's date, as an event word does (see lendTrigger):
// "واعتقل محمد علان (30 عامًا) ... في نوفمبر من العام الماضي" arrested
// Allan; "أعلن نادي الشباب ... تعاقده مع الكويتي سيف الحشان لمدة عامين أمس
// السبت" is Al-Shabab's signing; "وسيوجد ... هاورد ويب اليوم (الثلاثاء) في
// معسكر الحكام الذي يقام حاليًا في مدينة برنو" is in Brno. A word of the
// present tells a state, so its names join only an event that names others
// ("رئيس النادي ... المتواجد حالياً في أمريكا" is not where the final is).
// A person of a subordinate span that the date is not in stays far (see
// farName). k is a token no group owns (sentWork.owner): its clause's
// nearest expression is no dating one.
func (a *Assembler) lentName(sw *sentWork, k int) (gi int, now bool) {
	d := sw.d
	ci := clauseOf(sw.clauses, k)
	if ci < 0 || len(sw.clauses[ci].timexes) == 0 {
		return -1, false // a lead's token is in a clause with no expression
	}
	c := sw.clauses[ci]
	tx := &d.Timexes[a.nearest(d, sw.sd, c.timexes, k)]
	switch {
	case a.amount(d, sw.dl, tx):
		return sw.lend[k-sw.s.TokStart], false
	case howOften(tx):
		if dated := a.datedIn(sw, c); len(dated) > 0 {
			return sw.gOf[a.nearest(d, sw.sd, dated, k)], true
		}
	}
	return -1, false
}

// doerWords is how many words before an organization a spokesman's word
// may stand (see leadDoer): "المتحدث الرسمي لمديرية الدفاع المدني".
const doerWords = 3

// leadDoer reports an organization, mention m, of a clause with no date
// before the first dated clause (a lead token, whose names otherwise stay
// out: "قالت ساكي إن ... عام 2008") that does what the next clause tells:
// that clause opens with the subject's "that it" (events.yaml participants
// doer_that), and m is the subject right after its clause's first word
// ("أعلن نادي ايفرتون الإنجليزي لكرة القدم، أنه مدد عقد مهاجمه ... حتى
// 2018") or a spokesman's organization ("وأوضح الناطق الإعلامي بشرطة منطقة
// مكة المكرمة ...، أنه أمس الأربعاء، تمكنت دوريات الأمن ... من ضبط").
//
// When the sentence's first clause ends with a comma and the next clause
// opens with a word of where (doer_where: حيث), the lead clause tells the
// main event and the dated clause how it went on: its subject right after
// the first word is a participant of any kind
// ("سلمت الولايات المتحدة الأميركية مصر ثماني طائرات، حيث وصل أمس ...
// الفوج الأول منها", "وكان الهلال خسر مباراته الأولى ...، حيث سيلعب أمام
// العين الإماراتي بعد غد").
func (a *Assembler) leadDoer(sw *sentWork, m extract.Mention) bool {
	d := sw.d
	if m.Entity == nil {
		return false
	}
	ci := clauseOf(sw.clauses, m.Tok)
	if ci < 0 || ci+1 >= len(sw.clauses) {
		return false
	}
	ll := sw.dl.of(d.Tokens[m.Tok].Arabic)
	next := sw.clauses[ci+1].start
	if d.Tokens[next].Kind != textnorm.Word {
		return false
	}
	subject := func() bool {
		heads := clauseHeads(d, sw.clauses[ci:ci+1])
		return heads[0] >= 0 && heads[0] == m.Tok-1
	}
	w := d.Text.TokenText(d.Tokens[next])
	if ll.doerWhere[w] {
		// The sentence's first clause, and a comma before the word: a
		// حيث right after its noun is a place's "where" ("في حفل
		// الافتتاح الذي أقيم في ساحة قصر رام الثقافي حيث"), and a
		// clause that opens with "that" is itself said.
		before := d.Tokens[next-1]
		return ci == 0 && before.Kind == textnorm.Punct && a.lx.commas[d.Text.TokenText(before)] && subject() // سلمت الولايات المتحدة ...، حيث
	}
	if m.Entity.Type != gazetteer.Organization || !ll.doerThat[w] {
		return false
	}
	if subject() {
		return true // أعلن نادي ايفرتون
	}
	for k, words := m.Tok-1, 0; k >= sw.clauses[ci].start && words < doerWords; k-- {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			continue
		}
		if ll.spokesmen[d.Text.TokenText(tok)] {
			return true
		}
		words++
	}
	return false
}

// farName reports a person, mention m, that group g's tokens hold but
// that a relative or since span names which the date is not in: "أعلن
// رئيس الحكومة العراقي حيدر العبادي اليوم الأحد عن اصلاحات جديدة تتضمن
// الغاء مناصب نواب رئيس الجمهورية التي يشغل احدها رئيس الوزراء السابق
// نوري المالكي" is al-Abadi's announcement; al-Maliki only describes a
// post. Such a person is the event's only where the date's own words name
// no other person (see addWeak), and not when the span tells of an event word right
// before it ("الاعتداء الآثم الذي وقع ..."): then its names are that
// event's. Places and organizations of a span stay: a span tells as often
// where the event is ("ورشة العمل ... التي عقدت في ... بتبوك") or who
// organizes it ("التي ينظمها الاتحاد").
func (a *Assembler) farName(sw *sentWork, g *group, m extract.Mention) bool {
	s := sw.s
	sp := sw.span[m.Tok-s.TokStart]
	if sp == 0 || sp == sw.span[g.tx.Tok-s.TokStart] || m.Entity == nil || m.Entity.Type != gazetteer.Person && m.Entity.Type != gazetteer.Place {
		return false
	}
	k := spanOpen(sw.span, s, m.Tok)
	// The span tells of an event word right before it ("الهجوم الذي
	// شهدته العاصمة الأفغانية كابل"): its names are that event's.
	for j, words := k-1, 0; j >= s.TokStart && words < antecedentWords; j, words = j-1, words+1 {
		if sw.d.Tokens[j].Kind != textnorm.Word {
			break
		}
		if a.eventWord(sw.dl.cue(j)) {
			return false
		}
	}
	return true
}

// antecedentWords is how many words before a relative word its antecedent
// and an adjective of it may take ("الاعتداء الآثم الذي").
const antecedentWords = 2

// eventWord reports a word that c, its cue, makes an event word of a type
// other than statement, verb or noun.
func (a *Assembler) eventWord(c cue) bool {
	return a.anySense(c, func(s *sense) bool { return s.typ != a.lx.statementIx })
}

// anySense reports that one of the senses c, a word's cue, gives it is ok.
func (a *Assembler) anySense(c cue, ok func(*sense) bool) bool {
	if c.chain < 0 {
		return false
	}
	for _, si := range a.lx.chains[c.chain] {
		if ok(&a.lx.senses[si]) {
			return true
		}
	}
	return false
}

// What an entity named in a clause is to its event (see actor).
const (
	actorFull = iota // a participant
	actorSeat        // a region in an emir's title: only where no one else is named
	actorWeak        // a place across a border, a nationality, a governor's city: only where no other place is named
)

// actor returns what entity e, named by mention m in a sentence starting
// at token start, stands for as a participant (see participant) and its
// role; nil when it is none: part of an institution's name, the deputy's
// principal ("نائب خادم الحرمين الشريفين" names the deputy, not the king),
// a byline's reporter, or half of a town's name. The body's clauses and
// the headline and lead read their names alike.
func (a *Assembler) actor(d *extract.Document, dl *docLex, e *gazetteer.Entity, m extract.Mention, start int) (*gazetteer.Entity, int) {
	if e = a.participant(d, dl, e, m, start); e == nil {
		return nil, actorFull
	}
	if e.Type == gazetteer.Person && a.deputyOf(d, dl, m, start) {
		return nil, actorFull // نائب خادم الحرمين: the deputy, not the king
	}
	if a.reporter(d, dl, e, m) {
		return nil, actorFull // "حامد القرشي - مكة المكرمة": the reporter
	}
	if a.townHalf(d, dl, e, m, start) {
		return nil, actorFull // تل واسط, بيت إيل: half of a town's name
	}
	if e.Type == gazetteer.Place {
		if st := a.seat(d, dl, e, m, start); st == seatOnly {
			return e, actorSeat
		} else if st == seatWeak || a.nationality(d, dl, e, m, start) || a.borderPlace(d, dl, m, start) || a.destination(d, dl, m, start) || a.locator(d, dl, e, m, start) {
			return e, actorWeak
		}
	}
	return e, actorFull
}

// addWeak adds to g's entities its weak places where it names no other
// place, and the seats of its people's titles where it names no one else
// (see seat): "أمير عسير يقف على موقع التفجير ... ويعود المصابين" is in
// Asir.
func (g *group) addWeak() {
	if len(g.ents) > 0 {
		for _, e := range g.lent {
			g.ents = addEntity(g.ents, e)
		}
		for _, e := range g.now {
			g.ents = addEntity(g.ents, e)
		}
	}
	if !hasType(g.ents, gazetteer.Person) {
		g.ents = append(g.ents, g.far...)
	}
	if len(g.weakPlaces) > 0 && !hasType(g.ents, gazetteer.Place) {
		for _, e := range g.weakPlaces {
			g.ents = addEntity(g.ents, e)
		}
	}
	if len(g.ents) == 0 {
		g.ents = append(g.ents, g.seats...)
	}
}

// withStates returns ents with g's states, the countries of its titles and
// state bodies (extract.Mention.Country), when ents name no place: "وزير
// الداخلية الكويتي ... قال أمس" names Kuwait, "وأفاد بيان لوزارة الداخلية
// التونسية" Tunisia. They are added last, once the event is typed: a
// title's country tells no event word where it happened (needs_place).
func (g *group) withStates(ents []*gazetteer.Entity) []*gazetteer.Entity {
	if len(g.states) == 0 || hasType(ents, gazetteer.Place) {
		return ents
	}
	out := slices.Clone(ents)
	for _, e := range g.states {
		out = addEntity(out, e)
	}
	return out
}

// addTriggers types each group and notes its cues (see noteWord): a word
// speaks for the group that owns it, from its band of triggerBand tokens
// from the date. A trigger in a subordinate span the date is not in types
// nothing (see subSpans).
func (a *Assembler) addTriggers(sw *sentWork) {
	d, dl, s := sw.d, sw.dl, sw.s
	span := sw.span
	cx := wordSent{d: d, dl: dl, start: s.TokStart, cs: sw.clauses, heads: clauseHeads(d, sw.clauses), attribution: true}
	for k := s.TokStart; k < s.TokEnd; k++ {
		gi := sw.owner[k-s.TokStart]
		tok := d.Tokens[k]
		if gi < 0 && tok.Kind == textnorm.Word && !inAnyTimex(d, sw.txs, k) {
			a.lendTrigger(sw, span, k)
		}
		if gi < 0 || tok.Kind != textnorm.Word || insideTimex(&sw.groups[gi].tx, k) {
			continue
		}
		g := &sw.groups[gi]
		c := dl.cue(k)
		g.lentOff = g.lentOff || c.has(fStance|fFuture|fQuiet)
		dist := sw.sd.distance(&g.tx, k)
		ci := clauseOf(sw.clauses, k)
		if ci != clauseOf(sw.clauses, g.tx.Tok) {
			dist += triggerBand // a word in another clause speaks less for the date
		}
		band := dist / triggerBand
		var sn *sense
		if sp := span[k-s.TokStart]; sp != 0 && sp != span[g.tx.Tok-s.TokStart] {
			// "الأزمة التي تشهدها مصر منذ عزل مرسي": not the date's event.
		} else if !sw.lead[k-s.TokStart] {
			sn = a.senseOf(d, dl, c.chain, k, s.TokStart, s.TokEnd, g.ents)
		}
		if sn != nil && a.nameOnly(d, dl, &g.tx, sn, k, s.TokStart, s.TokEnd) {
			sn = nil
		}
		if g.thatTok < 0 && k >= g.tx.TokEnd && dl.of(tok.Arabic).boundary[d.Text.TokenText(tok)] == 1 {
			g.thatTok = k
		}
		a.noteWord(g, &cx, sn, c, k, ci, band, g.reported(k, d.DCT))
		// A today verb outside the date's relative span is not its event's:
		// "تشارك 60 طالبة ... في برنامج ... الذي انطلق اليوم".
		g.today = g.today || c.has(fToday) && todayVerbAt(d, &g.tx, k) && span[k-s.TokStart] == span[g.tx.Tok-s.TokStart]
		g.note = g.note || c.has(fNote)
		g.quiet = g.quiet || c.has(fQuiet)
	}
	for gi := range sw.groups {
		// Only a report of what happened: a date still to come ("لسباق
		// الرئاسة لعام 2016 إن قلقه الرئيسي من الاتفاق") lends nothing.
		if g := &sw.groups[gi]; g.typeIx < 0 && (g.statement || g.attributed) && g.lentIx >= 0 && !g.lentOff &&
			(d.DCT.IsZero() || !g.tx.StartDate.After(d.DCT)) {
			g.typeIx, g.trigTok, g.trigVerb = g.lentIx, g.lentTok, false
		}
	}
	shareCoordinated(sw)
}

// shareCoordinated gives an untyped group the type of the group of a day
// coordinated with its own ("اليوم وغدا", "الجمعة والسبت", "today and
// tomorrow"): the two days are one clause's, whose words the nearer date of
// each claims, so "يعقد معهد ابن سينا ... اليوم وغدا، ندوة دولية" holds a
// meeting on both days, not an untyped event today. A reporting word's
// group keeps its statement; years and months are left alone ("بدء تشغيل
// طاقة تعدينية جديدة ... هذا العام والعام القادم" is a forecast), and so
// is a word far from the pair (see pairWords).
func shareCoordinated(sw *sentWork) {
	for i := 1; i < len(sw.groups); i++ {
		g, h := &sw.groups[i-1], &sw.groups[i]
		if g.tx.Granularity != temporal.Day || h.tx.Granularity != temporal.Day || !coordinated(sw.d, sw.dl, &g.tx, &h.tx) {
			continue
		}
		switch {
		case g.typeIx < 0 && !g.statement && h.typeIx >= 0 && nearPair(&g.tx, &h.tx, h.trigTok):
			g.typeIx, g.trigTok, g.trigVerb, g.trigBand = h.typeIx, h.trigTok, h.trigVerb, h.trigBand
		case h.typeIx < 0 && !h.statement && g.typeIx >= 0 && nearPair(&g.tx, &h.tx, g.trigTok):
			h.typeIx, h.trigTok, h.trigVerb, h.trigBand = g.typeIx, g.trigTok, g.trigVerb, g.trigBand
		}
	}
}

// pairWords is how many tokens from a pair of coordinated days the word
// that types one of them may stand to type both: "يعقد ... اليوم وغدا، ندوة"
// (not a word of another clause: "استقبلت بعد تحريرها من الميليشيات
// المسلحة ... طائرتين ... خلال يومي الأربعاء والخميس الماضيين").
const pairWords = 4

// nearPair reports that token k stands within pairWords tokens of the pair
// of expressions a and b.
func nearPair(a, b *temporal.Timex, k int) bool {
	return k >= a.Tok-pairWords && k < b.TokEnd+pairWords
}

// coordinated reports that expression b follows a with only "and" between
// (events.yaml and_words): a word between them ("today and tomorrow") or
// the prefix of b's first word (اليوم وغدا). Both are words of days near
// the article's (اليوم, غدا, الجمعة, مساء أمس): no digit ("ثورتي 25 يناير
// و30 يونيو" are names; "يومي السبت والأحد في التاسع والعاشر" a span read
// apart) and at most two tokens.
func coordinated(d *extract.Document, dl *docLex, a, b *temporal.Timex) bool {
	for _, tx := range []*temporal.Timex{a, b} {
		if tx.TokEnd-tx.Tok > 2 || strings.IndexFunc(tx.Text, unicode.IsDigit) >= 0 {
			return false
		}
	}
	tok := d.Tokens[b.Tok]
	ll := dl.of(tok.Arabic)
	switch b.Tok - a.TokEnd {
	case 0:
		w := textnorm.NormString(d.Text.TokenText(tok))
		for _, p := range ll.andWords {
			if len(w) > len(p) && strings.HasPrefix(w, p) {
				return true
			}
		}
	case 1:
		w := strings.ToLower(textnorm.NormString(d.Text.TokenText(d.Tokens[a.TokEnd])))
		return slices.Contains(ll.andWords, w)
	}
	return false
}

// reported reports that word k of g's words is in what was said on g's
// date, not in the date's own clause: past the date's "that" (thatTok), the
// date not ahead of the article's (dct) and no future of its own.
func (g *group) reported(k int, dct time.Time) bool {
	return g.thatTok >= 0 && g.thatTok < k && !g.tx.Future && !dct.IsZero() && !g.tx.StartDate.After(dct)
}

// wordSent is what noteWord reads of the sentence of a group's words.
type wordSent struct {
	d     *extract.Document
	dl    *docLex
	start int      // the sentence's first token
	cs    []clause // its clauses
	heads []int    // their opening verbs (see clauseHeads); nil in a headline, whose pseudo-expression no word precedes
	// attribution: a reporting word may be an attribution's (see
	// attribution); a headline's is always a statement.
	attribution bool
}

// noteWord records into group g what word k of clause ci says: sn is the
// sense that types it (nil for none), c its cue, band its distance band
// from the date (see triggerBand). The body's groups and a headline's
// pseudo-group take their type, statement, reaction, stance, joint,
// future and figure cues alike here; said marks a word of what a stance
// says, whose future cue is not the group's. The trigger nearest the date
// wins; within a band a verb does, then the word that comes first: it
// governs the words after it ("قضت محكمة ... بإعدام القرضاوي" is a trial,
// not a killing).
func (a *Assembler) noteWord(g *group, cx *wordSent, sn *sense, c cue, k, ci, band int, said bool) {
	ti, verb := -1, false
	if sn != nil {
		ti, verb = sn.typ, sn.verb
	}
	if ti >= 0 && ti != a.lx.statementIx && a.calledFor(cx.cs, g, ti, k, ci) {
		ti = a.lx.statementIx
	}
	if ti >= 0 && ti != a.lx.statementIx && hopedFor(cx.d, cx.cs, g, k, ci) {
		ti = -1
	}
	if ti >= 0 && ti != a.lx.statementIx && ti != a.lx.otherIx && a.complementOf(cx, g, k) {
		ti = -1
	}
	switch {
	case ti < 0:
	case ti == a.lx.statementIx:
		// "حسب ما أفاد به المتحدث": an attribution, the clause tells
		// what happened.
		if cx.attribution && a.attribution(cx.d, cx.dl, k, cx.start) {
			g.attributed = true
		} else {
			g.statement = true
		}
	case ti == a.lx.otherIx:
		// A word of an action with no type of its own ("said it filed a
		// registration statement", "said it has extended its
		// suspension"): the report tells an event, not a statement.
		// Any typed word of the sentence still says what the event is.
		if g.typeIx < 0 {
			g.typeIx, g.trigBand, g.trigTok, g.trigVerb = ti, band, k, verb
		}
	default:
		g.noteYield(a.lx, ti, k)
		g.seen |= 1 << uint(ti%64)
		// Nearest wins; at about the same distance, a verb (the
		// clause's predicate: يصوت على الاتفاق is a vote) over a noun,
		// then the first word (the governing one: خلال اجتماع اللجنة
		// ... جهود المغفور له is a meeting).
		// The verb that opens the date's clause is its predicate: a
		// word after the date is its complement and does not take the
		// date from it, however near ("واعتقل المتهمون ... في 2012
		// متهمين بالتخطيط لشن هجمات" is an arrest). A word between
		// the verb and the date may own the date ("يحاكم ... بتهمة
		// تفجير مسجد ... 26 يونيو" dates the bombing). A verb of a
		// yielding type says only that something began or was decided:
		// a word of another type after the date says what ("انطلقت في
		// بغداد ... أمس تظاهرات" is a protest).
		if g.trigHead && k >= g.tx.TokEnd && (!a.lx.yielding(g.typeIx) || a.lx.yielding(ti)) {
			break
		}
		if g.typeIx < 0 || g.typeIx == a.lx.otherIx || band < g.trigBand ||
			(band == g.trigBand && verb && !g.trigVerb) {
			g.typeIx, g.trigBand, g.trigTok, g.trigVerb = ti, band, k, verb
			g.trigHead = verb && k < g.tx.Tok && ci == clauseOf(cx.cs, g.tx.Tok) && k == cx.heads[ci]
		}
	}
	if c.has(fCondemn) && g.condTok < 0 {
		g.condTok = k
	}
	if c.has(fStance) && g.stanceTok < 0 {
		g.stanceTok, g.stanceCl = k, ci
	}
	if g.hopeTok < 0 && cx.hope(k) {
		g.hopeTok, g.hopeCl = k, ci
	}
	if k >= g.tx.TokEnd && cx.complement(k) {
		g.complTok = k
	}
	g.joint = g.joint || c.has(fJoint)
	g.future = g.future || c.has(fFuture) && !said
	g.stat = g.stat || c.has(fStat)
	if c.has(fMarket) {
		g.market++
	}
}

// calledFor reports whether the event word at token k, in clause ci, is
// what a position of its group's report is about: it follows the group's
// stance word (a call, a demand, a warning, a denial) with no separate
// clause between (see boundaries in lang/<code>/events.yaml), and the date
// comes before it, so the date is the report's. "حمّل نائب الرئيس العراقي
// ... المالكي المسؤولية ... ودعا إلى انتخابات مبكرة" is a statement, not an
// election; "طالب ... بالإفراج عن المعتقلين" no release.
func (a *Assembler) calledFor(cs []clause, g *group, ti, k, ci int) bool {
	if g.stanceTok < 0 || g.stanceTok >= k || g.tx.Tok >= k || a.lx.stanceKeeps&(1<<uint(ti%64)) != 0 {
		return false
	}
	for i := g.stanceCl + 1; i <= ci && i < len(cs); i++ {
		if !cs[i].attach {
			return false
		}
	}
	return true
}

// hopedFor reports whether the event word at token k, in clause ci, is
// what a hope or a wish of group g is for: it follows the group's hope word
// (events.yaml hopes) by at most hopeWords words, with no separate clause
// between ("ministers hope to approve a closure program when they meet
// again in Brussels on June 1" still meet then). What is hoped for has
// not happened and may not: "Reagan hopes to lift Japan sanctions soon"
// lifts none, "the company said it hopes to complete the acquisition in
// May" completes none. The word types nothing; the hope word keeps the
// clause quiet (events.yaml hedges), so with no other event word it gives
// no event.
func hopedFor(d *extract.Document, cs []clause, g *group, k, ci int) bool {
	if g.hopeTok < 0 || g.hopeTok >= k {
		return false
	}
	words := 0
	for j := g.hopeTok + 1; j < k; j++ {
		if d.Tokens[j].Kind == textnorm.Word {
			words++
		}
	}
	if words > hopeWords {
		return false
	}
	for i := g.hopeCl + 1; i <= ci && i < len(cs); i++ {
		if !cs[i].attach {
			return false
		}
	}
	return true
}

// hopeWords is how many words may stand between a hope word and the event
// word hoped for ("hopes to finalize a Contel agreement").
const hopeWords = 4

// hope reports that word k opens a hope or a wish (events.yaml hopes): a
// listed word, or a listed pair of it and the word right after it ("hopes
// to", not the noun of "no hope of rescuing").
func (cx *wordSent) hope(k int) bool {
	tok := cx.d.Tokens[k]
	if tok.Kind != textnorm.Word {
		return false
	}
	set := cx.dl.of(tok.Arabic).hope
	w := cx.word(k)
	if set[w] {
		return true
	}
	return k+1 < len(cx.d.Tokens) && cx.d.Tokens[k+1].Kind == textnorm.Word && set[w+" "+cx.word(k+1)]
}

// word returns token k as the word sets of events.yaml hold it: lowercased
// unless Arabic.
func (cx *wordSent) word(k int) string {
	tok := cx.d.Tokens[k]
	w := cx.d.Text.TokenText(tok)
	if !tok.Arabic {
		w = strings.ToLower(w)
	}
	return w
}

// complementWords is how many words after a complement's opening word
// (events.yaml complements) an event word is what the complement names.
const complementWords = 3

// complement reports that word k opens a complement naming another event
// than its clause's (events.yaml complements): a purpose ("للمشاركة"), what
// something is done according to ("حسب", "بموجب", "according").
func (cx *wordSent) complement(k int) bool {
	tok := cx.d.Tokens[k]
	w := cx.d.Text.TokenText(tok)
	if !tok.Arabic {
		w = strings.ToLower(w)
	}
	return cx.dl.of(tok.Arabic).complement[w]
}

// complementOf reports whether the event word at token k is what a
// complement of group g's clause names: it stands up to complementWords
// words after the complement's opening word (complTok), which follows the
// group's date, with no comma between. The complement tells why or under
// what the clause's event took place, not what it was: "خاطبت نظيرتها
// الطائي في الأول من شهر رمضان الماضي تشعرها بأنها ستقوم بإسقاطي من
// الكشوفات حسب الاتفاقية" is a letter, not an agreement; "to take part in
// the final" no match of the refusal's date.
//
// The opening word itself, past the date, names the complement's event
// when it is an event word (للبحث, لمناقشة: a purpose): "وصل وزير الدفاع
// الاميركي آشتون كارتر الخميس الى بغداد للبحث مع مسؤولين" is a visit.
func (a *Assembler) complementOf(cx *wordSent, g *group, k int) bool {
	if k >= g.tx.TokEnd && cx.complement(k) {
		return true
	}
	if g.complTok < 0 || g.complTok >= k {
		return false
	}
	words := 0
	for j := g.complTok + 1; j < k; j++ {
		tok := cx.d.Tokens[j]
		switch {
		case a.isComma(cx.d, j):
			return false
		case tok.Kind == textnorm.Word:
			words++
		}
	}
	return words < complementWords
}

// lendTrigger notes the event word at token k, which an amount of time in
// its clause claims, for the group of the clause's date (sw.lend): a
// report of that date with no event word of its own tells that event
// ("ذكرت وزارة الداخلية التونسية أمس الثلاثاء أنها تمكنت من اعتقال أكثر من
// 20 عنصرا ... خلال أربعة أيام" is an arrest; "قالت يوم الأربعاء إن عمر
// توفي منذ أكثر من عامين" stays a statement). The first such word wins,
// outside a subordinate span the date is not in. What is said of the
// future, hedged, or a position (a call, a threat, a denial) lends
// nothing: the report stays a statement (lentOff).
func (a *Assembler) lendTrigger(sw *sentWork, span []int, k int) {
	s := sw.s
	gi := sw.lend[k-s.TokStart]
	if gi < 0 {
		return
	}
	g := &sw.groups[gi]
	g.lentOff = g.lentOff || sw.dl.cue(k).has(fStance|fFuture|fQuiet)
	if g.lentIx >= 0 || sw.lead[k-s.TokStart] {
		return
	}
	if sp := span[k-s.TokStart]; sp != 0 && sp != span[g.tx.Tok-s.TokStart] {
		return
	}
	if sn := a.senseOf(sw.d, sw.dl, sw.dl.cue(k).chain, k, s.TokStart, s.TokEnd, g.ents); sn != nil && sn.typ != a.lx.statementIx &&
		!a.nameOnly(sw.d, sw.dl, &g.tx, sn, k, s.TokStart, s.TokEnd) {
		g.lentIx, g.lentTok = sn.typ, k
	}
}

// markQuiet marks the groups of background and caption sentences quiet,
// and of a date a state began ("منذ 2003"), and notes a publication date.
func (a *Assembler) markQuiet(sw *sentWork) {
	d, dl, s := sw.d, sw.dl, sw.s
	if opener := a.background(d, dl, s); opener || a.caption(d, dl, s) {
		for gi := range sw.groups {
			sw.groups[gi].quiet = true
			sw.groups[gi].told = opener
		}
	}
	for gi := range sw.groups {
		sw.groups[gi].published = a.publishedDate(d, dl, s, &sw.groups[gi].tx)
	}
	for gi := range sw.groups {
		sw.groups[gi].spanned = a.spannedDate(sw, &sw.groups[gi].tx)
		// "منذ 2003": the date a state began.
		if k := sw.groups[gi].tx.Tok - 1; k >= s.TokStart && d.Tokens[k].Kind == textnorm.Word {
			if dl.cue(k).has(fSince) {
				sw.groups[gi].quiet, sw.groups[gi].told = true, true
			}
		}
	}
}

// spannedDate reports a date tx of sw's sentence that lies in a since span
// ("منذ مقتل 19 من مشجعي الزمالك في فبراير الماضي", "since the U.S. Group
// formally launched its MD-11 plane program at the end of 1986"), or in a
// relative span that tells of another happening than the sentence's (see
// otherClause: not "الجولة الأولى للحوار الثنائي، التي عقدت في بغداد في 27
// يناير الفائت، إلى اتفاق", where the span dates what it follows).
func (a *Assembler) spannedDate(sw *sentWork, tx *temporal.Timex) bool {
	s := sw.s
	if sw.span[tx.Tok-s.TokStart] == 0 {
		return false
	}
	return sw.dl.cue(spanOpen(sw.span, s, tx.Tok)).has(fSince) || a.otherClause(sw.d, sw.dl, s, sw.span, tx.Tok)
}

// countNumbers counts the numbers each group's tokens hold outside the
// sentence's expressions (a number glued to the one before counts once).
func (sw *sentWork) countNumbers() {
	d, s := sw.d, sw.s
	for k := s.TokStart; k < s.TokEnd; k++ {
		if gi := sw.owner[k-s.TokStart]; gi >= 0 && d.Tokens[k].Kind == textnorm.Number && !inAnyTimex(d, sw.txs, k) &&
			!(k > s.TokStart && d.Tokens[k].Start == d.Tokens[k-1].End && d.Tokens[k-1].Kind == textnorm.Number) {
			sw.groups[gi].numbers++
		}
	}
}

// spanOpen returns the first token of the subordinate span (span: subSpans
// of sentence s) that token k lies in.
func spanOpen(span []int, s textnorm.Sentence, k int) int {
	n := span[k-s.TokStart]
	for k > s.TokStart && span[k-1-s.TokStart] == n {
		k--
	}
	return k
}

// subSpans numbers the subordinate spans of sentence s: span[k-s.TokStart]
// is 0 for a token of no span, i > 0 for a token of the i-th. A span opens
// at a relative word or a since-word (التي, منذ, who) and runs to the end of
// its clause or the next comma: "الأزمة التي تشهدها مصر منذ عزل مرسي". In a
// language whose relative spans end at a second verb (relEndsAtVerb), a
// relative span ends before the main clause's predicate that follows it
// (see relativeEnd).
func (a *Assembler) subSpans(d *extract.Document, dl *docLex, s textnorm.Sentence, clauses []clause) []int {
	span := make([]int, s.TokEnd-s.TokStart)
	n, cur, end := 0, 0, -1
	rel, words := false, 0 // the open span is a relative's; its words so far
	for k := s.TokStart; k < s.TokEnd; k++ {
		tok := d.Tokens[k]
		if k >= end || a.isComma(d, k) {
			cur = 0
		}
		if cur != 0 && rel && tok.Kind == textnorm.Word {
			switch words++; {
			case dl.cue(k).has(fRelative):
				words = 0 // a relative inside the span: the verb after it is its own
			case words > relativeVerbWords && a.relativeEnd(d, dl, k):
				cur = 0
			}
		}
		if c := dl.cue(k); cur == 0 && tok.Kind == textnorm.Word && c.has(fRelative|fSince) {
			n++
			cur = n
			rel, words = false, 0
			if ci := clauseOf(clauses, k); ci >= 0 {
				end = clauses[ci].end
				rel = c.has(fRelative) && a.subjectFirst(d, dl, clauses[ci], k)
			}
		}
		span[k-s.TokStart] = cur
	}
	return span
}

// subjectFirst reports that clause c opens with a word that puts the
// subject before its verb (an attaching boundary word: أن, إن) and that no
// verb form of a trigger word stands between it and the relative word at
// token k: the relative clause belongs to that subject, and the clause's
// own verb is still to come ("أن رئيس شركة ... التي يجري التحقيق معها ...
// انتحر"). Where the verb came first ("شنت مقاتلات التحالف الذي بدأ"), or a
// clause opens otherwise, a verb after the relative word is its own.
func (a *Assembler) subjectFirst(d *extract.Document, dl *docLex, c clause, k int) bool {
	tok := d.Tokens[c.start]
	if tok.Kind != textnorm.Word || dl.of(tok.Arabic).boundary[d.Text.TokenText(tok)] != 1 {
		return false
	}
	for j := c.start + 1; j < k; j++ {
		if d.Tokens[j].Kind == textnorm.Word && a.relativeEnd(d, dl, j) {
			return false
		}
	}
	return true
}

// relativeVerbWords is how many words after a relative word are its
// clause's own predicate and what it governs ("التي يجري", "الذي قتل"): a
// verb there does not end the span.
const relativeVerbWords = 1

// relativeEnd reports that word k of a relative span is a verb that ends
// it: in a language whose relative spans end at a second verb
// (relative_ends_at_verb), a verb form of a trigger word as written (a
// block's verbs, not what its except lists), with no clitic on it (a verb
// joined by a conjunction, "وقتل", continues the relative clause; one
// after a preposition, "لتصل", is a purpose) and no noun form of any
// trigger reading the same letters (سيطرته is "its control" as often as
// "she controlled it"). "أن رئيس شركة تشاينا فيرست ... التي يجري التحقيق
// معها في قضية فساد انتحر شنقا" tells a suicide.
func (a *Assembler) relativeEnd(d *extract.Document, dl *docLex, k int) bool {
	tok := d.Tokens[k]
	ll := dl.of(tok.Arabic)
	if !ll.relEndsAtVerb {
		return false
	}
	w := d.Text.TokenText(tok)
	c := ll.cues.lookup(w)
	if c.chain < 0 {
		return false
	}
	readings := []string{w}
	verb := false
	for _, si := range a.lx.chains[c.chain] {
		s := &a.lx.senses[si]
		if s.except != nil && s.except.hasAny(readings) {
			continue
		}
		if !s.verb {
			return false
		}
		verb = true
	}
	return verb
}

// publishedDate reports a date that a publishing word stands within three
// words before (clitics and quotation marks aside): "تعقيبه على ما نشرته
// «عكاظ» يوم الجمعة", "التي نشرت الخبر أمس" date a publication, no event;
// so does a newspaper's issue word up to issueWindow words before, with no
// boundary word between ("في عددها رقم 5149 الصادر يوم الخميس").
func (a *Assembler) publishedDate(d *extract.Document, dl *docLex, s textnorm.Sentence, tx *temporal.Timex) bool {
	for k, words := tx.Tok-1, 0; k >= s.TokStart && words < 3; k-- {
		if d.Tokens[k].Kind != textnorm.Word {
			continue
		}
		words++
		// نشر is also a deployment ("نشرت القوات أمس"): a publishing word
		// with a sense of an event here publishes nothing.
		if c := dl.cue(k); c.has(fPublished) && (c.chain < 0 || a.senseType(d, dl, c.chain, k, s.TokStart, s.TokEnd, nil) < 0) {
			return true
		}
	}
	for k, words := tx.Tok-1, 0; k >= s.TokStart && words < issueWindow; k-- {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			continue
		}
		words++
		w, ll := d.Text.TokenText(tok), dl.of(tok.Arabic)
		if ll.boundary[w] != 0 {
			break
		}
		if ll.issue[w] || ll.issueHead[w] && k+1 < s.TokEnd && ll.issueNext[d.Text.TokenText(d.Tokens[k+1])] {
			return true
		}
	}
	return false
}

// issueWindow is how many words before a date an issue word dates it.
const issueWindow = 8

// untilDate reports a date still to come right after an until-word
// ("جدد عقده حتى عام 2019", "until September 17"): the end of a period.
func (a *Assembler) untilDate(d *extract.Document, dl *docLex, s textnorm.Sentence, tx *temporal.Timex) bool {
	if d.DCT.IsZero() || !tx.StartDate.After(d.DCT) {
		return false
	}
	k := wordBefore(d, s, tx)
	return k >= 0 && dl.cue(k).has(fUntil)
}

// deadlineDate reports a date still to come, of a quarter or coarser, right
// after a word of deadlines ("بحلول عام 2018", "قبل نهاية العام الحالي"): a
// target, a promise or a forecast's horizon ("ستصدر سندات مالية قبل نهاية
// العام الجاري", "لتصل الى ربع المساحة الحضرية بحلول عام ألفين وعشرين"), no
// event's day.
func deadlineDate(d *extract.Document, dl *docLex, s textnorm.Sentence, tx *temporal.Timex) bool {
	if d.DCT.IsZero() || !tx.EndDate.After(d.DCT) || !temporal.Month.Finer(tx.Granularity) {
		return false
	}
	k := wordBefore(d, s, tx)
	if k < 0 {
		return false
	}
	tok := d.Tokens[k]
	return dl.of(tok.Arabic).deadline[strings.ToLower(d.Text.TokenText(tok))]
}

// termDate reports a date right after a word of terms ("payable March 31",
// "holders of record March 19", "fiscal 1987"), or after a word of what is
// due and its preposition ("المستحقة حتى نهاية شهر مايو", events.yaml due):
// a term of an instrument, a payment or a company's period, not the day of
// an event.
func termDate(d *extract.Document, dl *docLex, s textnorm.Sentence, tx *temporal.Timex) bool {
	if d.Tokens[tx.Tok].Kind == textnorm.Word && dl.cue(tx.Tok).has(fTerm) {
		return true // the expression opens with the word: "fiscal 1987's third quarter"
	}
	k := wordBefore(d, s, tx)
	if k < 0 {
		return false
	}
	if dl.cue(k).has(fTerm) {
		return true
	}
	// "رواتب اللاعبين المستحقة حتى نهاية شهر مايو": when a payment is due
	ll := dl.of(d.Tokens[k].Arabic)
	if !ll.duePreps[tokenWord(d, k)] {
		return false
	}
	for j := k - 1; j >= s.TokStart; j-- {
		if d.Tokens[j].Kind == textnorm.Word {
			return ll.dueWords[tokenWord(d, j)]
		}
	}
	return false
}

// wordBefore returns the last word token of sentence s before tx, or -1:
// the word untilDate, deadlineDate and termDate read.
func wordBefore(d *extract.Document, s textnorm.Sentence, tx *temporal.Timex) int {
	for k := tx.Tok - 1; k >= s.TokStart; k-- {
		if d.Tokens[k].Kind == textnorm.Word {
			return k
		}
	}
	return -1
}

// oldBackground reports an event of group g (its entities ents) below the
// lead that ended background_days or more before the article's date and
// names nothing the headline and lead name, nor the country of a lead place
// (Obama's fast-track win "in late June" in a story on the Pacific trade
// talks; the US-Iraq dialogue of April in a story on al-Kadhimi's visit to
// Washington is the story's), or that ended
// background_months or more before and is not the story's own subject: a history, a biography, a programme launched years
// ago. The subject (a death in 2013 that the article reveals) is what the
// headline and first sentences name: the event shares an entity with them
// (a country too, or one that a place of the lead lies in: a history of the
// two countries a story is about is its background, told on purpose), or the lead itself speaks of that time. lead holds what the top names (see leadOf).
// A sentence that a recalled opener opens (a pluperfect, "وكان ... قد
// انضم عام 2012") recalls an older fact, and so do a background opener's
// sentence ("يذكر أنه تم التصويت ... في أكتوبر 2013") and a date a state
// began ("ويتولى بيكرمان تدريب المنتخب الكولومبي منذ 2012", g.told): sharing an entity with the lead
// does not make it the subject; nor does it for a date told as earlier than
// the news, however recent ("وفي وقت سابق من الشهر الحالي", earlierTold),
// nor for a date of background_days or more, but under background_months,
// inside a relative or since span (g.spanned: "الهجوم على جامعة غاريسا،
// الذي أدى إلى مقتل 147 طالبًا في أبريل الماضي" in a story on Obama in
// Kenya, "منذ مقتل 19 من مشجعي الزمالك في فبراير الماضي", "Microstuf Inc,
// which Digital acquired in October 1986"), unless its event is of a type that the
// lead's events out (the events so far) tell too ("أكدت طالبان أمس وفاة
// الملا عمر ... وكان الملا عمر قد توفي في أبريل 2013").
func (a *Assembler) oldBackground(d *extract.Document, dl *docLex, g *group, ents []*gazetteer.Entity, lead *leadRefs, out []Event) bool {
	if a.history(d, dl, g) {
		return true // history, whatever the lead names
	}
	if d.DCT.IsZero() || g.sent <= leadDaySentences {
		return false
	}
	old := a.lx.backgroundMonths > 0 && g.tx.EndDate.Before(d.DCT.AddDate(0, -a.lx.backgroundMonths, 0))
	earlier := earlierTold(d, dl, &g.tx)
	recent := a.lx.backgroundDays > 0 && g.tx.Dating() && g.tx.EndDate.Before(d.DCT.AddDate(0, 0, -a.lx.backgroundDays))
	if !old && !earlier && !recent {
		return false
	}
	spanned := g.spanned && recent && !old // an older span keeps what it shares with the lead: seed 000's 2014 coalition
	if !(old || earlier || spanned) || !(earlier || spanned || g.told || a.recalled(d, dl, g.sent)) || a.leadTells(g, out) {
		for _, e := range ents {
			if lead.ids[e.ID] || lead.within[e.ID] || !old && lead.countries[e.ID] {
				return false
			}
		}
	}
	for _, tx := range lead.old {
		if !tx.StartDate.After(g.tx.EndDate) && !g.tx.StartDate.After(tx.EndDate) {
			return false
		}
	}
	return true
}

// history reports an event of group g that ended history_years or more
// before the article's date: history, no news of the day. Below the lead
// always; in the headline and the first sentences too in a language whose
// events.yaml sets history_in_lead (Arabic: "ولد عمر الشريف في 10 ابريل عام
// 1932" opening his obituary, "تأسست المدرسة رسميا في 29 أغسطس 1987" a
// school's story, "سبينوزا (توفي عام 1677م)" an essay's).
func (a *Assembler) history(d *extract.Document, dl *docLex, g *group) bool {
	if a.lx.historyYears <= 0 || d.DCT.IsZero() || !g.tx.EndDate.Before(d.DCT.AddDate(-a.lx.historyYears, 0, 0)) {
		return false
	}
	return g.sent > leadDaySentences || dl.of(d.Lang == textnorm.Arabic).historyInLead
}

// earlierTold reports a date of the past coarser than a day that says it
// is earlier than the news (events.yaml earlier): "وفي وقت سابق من الشهر
// قضت محكمة في فيينا ...", "earlier this month". It recalls what came
// before the story: below the lead it is background however recent, like a
// recalled opener's sentence of background_months (see oldBackground).
func earlierTold(d *extract.Document, dl *docLex, tx *temporal.Timex) bool {
	if !tx.Dating() || !temporal.Day.Finer(tx.Granularity) || d.DCT.IsZero() || !tx.EndDate.Before(d.DCT) {
		return false
	}
	for k := tx.Tok; k < tx.TokEnd && k < len(d.Tokens); k++ {
		tok := d.Tokens[k]
		if tok.Kind == textnorm.Word && dl.of(tok.Arabic).earlier[strings.ToLower(d.Text.TokenText(tok))] {
			return true
		}
	}
	return false
}

// leadRefs is what an article's headline and first sentences name: the
// ids of their entities, and their dating expressions of the past before
// background_days (background_months when that is 0).
type leadRefs struct {
	ids    map[string]bool
	within map[string]bool // ids of the places that a place of the lead lies in (بغداد: Iraq)
	// countries: the country entities of the lead's places (واشنطن: the
	// United States), shared for recent background only.
	countries map[string]bool
	old       []*temporal.Timex
}

// leadOf returns what the headline and the first sentences of the article's
// body name.
func (a *Assembler) leadOf(d *extract.Document, dl *docLex, body []bool) *leadRefs {
	l := &leadRefs{ids: map[string]bool{}, within: map[string]bool{}, countries: map[string]bool{}}
	inLead := func(tok int) bool {
		si := d.SentenceOf(tok)
		return si >= 0 && si <= leadDaySentences && body[si]
	}
	for _, m := range d.Mentions {
		if !inLead(m.Tok) {
			continue
		}
		if e := a.entityAt(d, dl, m, d.DCT); e != nil {
			l.ids[e.ID] = true
			for _, w := range e.Within {
				l.within[w] = true
			}
			if e.Type == gazetteer.Place && e.Country != "" {
				l.countries[gazetteer.CountryID(e.Country)] = true
			}
		}
	}
	limit := d.DCT.AddDate(0, -a.lx.backgroundMonths, 0)
	if a.lx.backgroundDays > 0 {
		limit = d.DCT.AddDate(0, 0, -a.lx.backgroundDays)
	}
	for i := range d.Timexes {
		if tx := &d.Timexes[i]; inLead(tx.Tok) && tx.Dating() && tx.EndDate.Before(limit) {
			l.old = append(l.old, tx)
		}
	}
	return l
}

// leadTells reports whether an event of the lead sentences among out has
// the type of group g.
func (a *Assembler) leadTells(g *group, out []Event) bool {
	if g.typeIx < 0 {
		return false
	}
	for i := range out {
		if int(out[i].at)-1 <= leadDaySentences && out[i].Type == a.lx.types[g.typeIx] {
			return true
		}
	}
	return false
}

// recalled reports a sentence (index si of d.Sentences) that a recalled
// opener opens, its first word: "وكان بينتيكي قد انضم ...".
func (a *Assembler) recalled(d *extract.Document, dl *docLex, si int) bool {
	if si < 0 || si >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[si]
	for k := s.TokStart; k < s.TokEnd; k++ {
		if d.Tokens[k].Kind == textnorm.Word {
			return dl.cue(k).has(fRecalled)
		}
	}
	return false
}

// background reports a sentence that a background opener opens ("يذكر
// أن", "ويشار إلى أن"): what it says of the past is background.
func (a *Assembler) background(d *extract.Document, dl *docLex, s textnorm.Sentence) bool {
	for k, words := s.TokStart, 0; k < s.TokEnd && words < 2; k++ {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			continue
		}
		words++
		if dl.cue(k).has(fOpener) {
			return true
		}
	}
	return false
}

// caption reports a sentence that ends with a photo credit in brackets:
// "... في عدن أمس (رويترز)".
func (a *Assembler) caption(d *extract.Document, dl *docLex, s textnorm.Sentence) bool {
	end := s.TokEnd
	for end > s.TokStart && d.Tokens[end-1].Kind == textnorm.Punct && d.Text.TokenText(d.Tokens[end-1]) != ")" {
		end--
	}
	if end == s.TokStart || d.Text.TokenText(d.Tokens[end-1]) != ")" {
		return false
	}
	for k := end - 2; k >= s.TokStart && k >= end-8; k-- {
		tok := d.Tokens[k]
		if d.Text.TokenText(tok) == "(" {
			return false
		}
		if tok.Kind != textnorm.Word {
			continue
		}
		if dl.cue(k).has(fCredit) {
			return true
		}
	}
	return false
}

// column reports an opinion column: a byline that is a columnist's bare
// name (langLex.columnist), an opinion page's address (langLex.columnURL),
// or at least opinion.min first-person words outside quotations, at least
// opinion.per_thousand per thousand words, and no day's date in the lead
// (a news story says when in its first sentences).
func (a *Assembler) column(d *extract.Document, dl *docLex, body []bool) bool {
	ll := dl.of(d.Lang == textnorm.Arabic)
	if d.Byline != "" && ll.columnist(d.Byline) || ll.columnURL(d.URL) {
		return true
	}
	if ll.opinionMin <= 0 {
		return false
	}
	for _, tx := range d.Timexes {
		if si := d.SentenceOf(tx.Tok); si >= 0 && si <= leadDaySentences && tx.Dating() && tx.Granularity == temporal.Day && !a.lx.weakDate(d, &tx, a.lx.weakLead) {
			return false
		}
	}
	first, words := 0, 0
	quote := false
	for si, s := range d.Sentences {
		if !body[si] {
			continue
		}
		if words >= columnWords {
			break // a column says "we" from its start
		}
		for k := s.TokStart; k < s.TokEnd; k++ {
			tok := d.Tokens[k]
			if tok.Kind == textnorm.Punct {
				w := d.Text.TokenText(tok)
				switch {
				case a.lx.openQuote[w] && !quote:
					quote = true
				case a.lx.closeQuote[w]:
					quote = false
				}
				continue
			}
			if tok.Kind != textnorm.Word {
				continue
			}
			words++
			if !quote && tok.Arabic == ll.arabic && ll.firstPerson(d.Text.TokenText(tok)) {
				first++
			}
		}
	}
	return first >= ll.opinionMin && float64(first)*1000 >= ll.opinionRate*float64(words)
}

// toldAsNews reports a date that makes a column's clause news: a day's
// date within columnNewsDays of the article ("الخميس الماضي", "فجر أمس
// (السبت)"), not a bare اليوم ("nowadays" as often as today). A column's
// other clauses recall history, tell an anecdote or argue.
func (a *Assembler) toldAsNews(d *extract.Document, tx *temporal.Timex) bool {
	if !tx.Dating() || tx.Granularity != temporal.Day || a.lx.weakDate(d, tx, a.lx.weakLead) {
		return false
	}
	return tx.StartDate.Sub(d.DCT).Abs() <= columnNewsDays*24*time.Hour
}

// advice reports an advice piece: its headline counts the tips it gives
// (a number, an advice noun, a word of purpose: "6 خطوات لمنع تلوث
// الأغذية"), or its headline or first sentence offers tips for a purpose
// ("نصائح للحجاج", "دعت الهيئة العامة للغذاء والدواء إلى اتباع الإرشادات
// الصحية لمنع تلوث الأغذية"). It is general advice, no news: the assembler
// reads it as a column.
func (a *Assembler) advice(d *extract.Document, dl *docLex) bool {
	n := a.headlineSentences(d)
	for si := 0; si <= n && si < len(d.Sentences); si++ {
		s := d.Sentences[si]
		for k := s.TokStart; k < s.TokEnd; k++ {
			tok := d.Tokens[k]
			if tok.Kind != textnorm.Word {
				continue
			}
			ll, w := dl.of(tok.Arabic), d.Text.TokenText(tok)
			counted := si < n && ll.adviceNoun[w] && k > s.TokStart &&
				(d.Tokens[k-1].Kind == textnorm.Number || ll.adviceNumber[d.Text.TokenText(d.Tokens[k-1])])
			if !counted && !ll.adviceTips[w] {
				continue
			}
			for j := k + 1; j < s.TokEnd && j <= k+adviceGap && d.Tokens[j].Kind == textnorm.Word; j++ {
				if ll.purpose(d.Text.TokenText(d.Tokens[j])) {
					return true
				}
				if counted {
					break // the purpose right after the count
				}
			}
		}
	}
	return false
}

// adviceGap is how many words after tips their purpose may come
// ("الإرشادات الصحية لمنع").
const adviceGap = 2

// columnNewsDays is how many days from the article a column's news is.
const columnNewsDays = 7

// columnWords is how many words of an article the column test reads.
const columnWords = 400

// leadDaySentences is how far a news story's lead reaches for its day's
// date (the headline is sentence 0).
const leadDaySentences = 3

// senseType returns the type of the trigger word at token k (chain lists
// its senses) in a clause naming ents, -1 for none; see senseOf.
func (a *Assembler) senseType(d *extract.Document, dl *docLex, chain int16, k, start, end int, ents []*gazetteer.Entity) int {
	if s := a.senseOf(d, dl, chain, k, start, end, ents); s != nil {
		return s.typ
	}
	return -1
}

// senseOf returns the sense of the trigger word at token k (chain lists its
// senses) in a clause naming ents: the first sense whose conditions hold,
// nil for none. [start, end) is the word's sentence.
func (a *Assembler) senseOf(d *extract.Document, dl *docLex, chain int16, k, start, end int, ents []*gazetteer.Entity) *sense {
	if chain < 0 {
		return nil
	}
	for _, si := range a.lx.chains[chain] {
		s := &a.lx.senses[si]
		if s.needs != 0 && !hasNeeds(ents, s.needs) {
			continue
		}
		if s.notBeforeAmount && a.beforeAmount(d, dl, k, end) {
			continue
		}
		if s.except != nil {
			// As written or with its clitics off: التوقف ("stopping") is
			// توقف, no form of أوقف ("arrested").
			tok := d.Tokens[k]
			var buf [8]string
			if s.except.hasAny(dl.of(tok.Arabic).morph.stems(d.Text.TokenText(tok), buf[:0])) {
				continue
			}
		}
		if !neighbours(d, dl, s, k, start, end) {
			continue
		}
		return s
	}
	return nil
}

// nameDateWords is how many words from its date a word of a name written
// in capitals may stand and still name the date's event ("the 1976 Berne
// Agreement", "the Venice Economic Summit in June").
const nameDateWords = 3

// nameOnly reports that the event word at token k of the sentence [start,
// end), of sense sn, is part of a name written in capitals (inCapName)
// that does not name the event of date tx: a treaty, a company or a
// meeting named in passing ("Reagan sent the International Natural Rubber
// Agreement to the Senate", "MTS Acquisition Corp said"). A name next to
// the date names the event it dates ("the February 22 Paris Accord"), and a
// type of types.yaml name_keeps keeps its word (a court rules).
func (a *Assembler) nameOnly(d *extract.Document, dl *docLex, tx *temporal.Timex, sn *sense, k, start, end int) bool {
	if a.lx.nameKeeps&(1<<uint(sn.typ%64)) != 0 || !inCapName(d, dl, k, start, end) {
		return false
	}
	lo, hi := tx.TokEnd, k
	if k < tx.Tok {
		lo, hi = k+1, tx.Tok
	}
	words := 0
	for j := lo; j < hi; j++ {
		if d.Tokens[j].Kind == textnorm.Word {
			words++
		}
	}
	return words > nameDateWords
}

// inCapName reports that Latin word k of the sentence [start, end) is part
// of a name written in capitals: it is capitalized (not all capitals, as in
// a headline), is not the sentence's first word, and the word before it is
// capitalized too ("Berne Agreement", "Tokyo Summit", "MTS Acquisition"), or
// a linking word of the language's name_links and a capitalized word follow
// it ("General Agreement on Tariffs"). A word after "U.S." does not count: the wire capitalizes
// whatever follows it ("U.S. Sanctions", "U.S. Has dropped").
func inCapName(d *extract.Document, dl *docLex, k, start, end int) bool {
	tok := d.Tokens[k]
	if tok.Arabic || k <= start || !titleCase(d.Text.TokenOrig(tok)) {
		return false
	}
	if p := d.Tokens[k-1]; p.Kind == textnorm.Word && !p.Arabic && p.End == tok.Start-1 {
		if w := d.Text.TokenOrig(p); titleCase(w) || capitals(w) && !strings.HasSuffix(w, ".") {
			return true
		}
	}
	return k+2 < end && d.Tokens[k+1].Kind == textnorm.Word && d.Tokens[k+2].Kind == textnorm.Word &&
		dl.of(false).nameLink[d.Text.TokenOrig(d.Tokens[k+1])] && titleCase(d.Text.TokenOrig(d.Tokens[k+2]))
}

// titleCase reports a word whose first letter is a capital and that is not
// all capitals ("Agreement", not "AGREEMENT" or "agreement").
func titleCase(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToUpper(w) != w
}

// opensCapital reports a word written with a capital first letter
// ("He", "It"), reading that letter alone.
func opensCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// capitals reports a word of two letters or more all in capitals ("MTS").
func capitals(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// neighbours reports that the words around token k meet the neighbour
// conditions of sense s.
func neighbours(d *extract.Document, dl *docLex, s *sense, k, start, end int) bool {
	if !s.hasNeighbours {
		return true
	}
	var buf []string
	word := func(j int) []string {
		if j < start || j >= end || d.Tokens[j].Kind != textnorm.Word {
			return nil
		}
		tok := d.Tokens[j]
		buf = dl.of(tok.Arabic).morph.stems(d.Text.TokenText(tok), buf)
		return buf
	}
	test := func(set *wordSet, j int, want bool) bool {
		return set == nil || set.hasAny(word(j)) == want
	}
	if !test(s.next, k+1, true) || !test(s.notNext, k+1, false) || !test(s.prev, k-1, true) || !test(s.notPrev, k-1, false) {
		return false
	}
	if s.near == nil && s.notNear == nil {
		return true
	}
	found := false
	for j := max(start, k-s.window); j < min(end, k+s.window+1); j++ {
		if j == k {
			continue
		}
		w := word(j)
		if s.notNear != nil && s.notNear.hasAny(w) {
			return false
		}
		found = found || (s.near != nil && s.near.hasAny(w))
	}
	return s.near == nil || found
}

// hasNeeds reports that ents hold every kind of entity need asks for.
func hasNeeds(ents []*gazetteer.Entity, need needMask) bool {
	if need&needPlace != 0 && !hasType(ents, gazetteer.Place) {
		return false
	}
	if need&needPerson != 0 && !hasType(ents, gazetteer.Person) {
		return false
	}
	if need&needOrg != 0 && !hasType(ents, gazetteer.Organization) {
		return false
	}
	if need&needActor != 0 && !hasType(ents, gazetteer.Person) && !hasType(ents, gazetteer.Organization) {
		return false
	}
	return true
}

// dropDateline leaves out a dateline's date ("Washington, March 26, 2024 -
// U.S. Secretary...") when the sentence has another date: the dateline says
// when the report was filed, the other date when the event happened.
func dropDateline(d *extract.Document, s textnorm.Sentence, txs []int) []int {
	out := txs[:0:0]
	for _, ti := range txs {
		tx := d.Timexes[ti]
		if tx.Tok-s.TokStart <= 6 && tx.TokEnd < s.TokEnd {
			switch d.Text.TokenText(d.Tokens[tx.TokEnd]) {
			case "-", "–", "—", ":":
				continue
			}
		}
		out = append(out, ti)
	}
	if len(out) == 0 {
		return txs
	}
	return out
}

// quotedName reports an expression that stands alone in quotation marks: a
// name, not a date — the newspaper «اليوم», a programme called "غداً".
// yearOf reports a year expression that a word of the language's for_year
// opens or stands right before: the year a thing is of or for, part of its
// name ("مهرجان أبها يجمعنا لهذا العام", "مصحف الحرم المكي لعام 1436هـ",
// "للعام 1436 / 1437هـ"), not when anything happened; so is a year said
// again right after one ("لهذا العام 1436هـ", "للعام الحالي (1436هـ/
// 2015م)"). Like a quoted name, it is no expression of its sentence: its
// words go to the sentence's other dates, and an undated lead with it
// keeps the article's day.
func yearOf(d *extract.Document, dl *docLex, tx *temporal.Timex) bool {
	if tx.Granularity != temporal.Year {
		return false
	}
	if forYearWord(d, dl, tx.Tok) || nameYear(d, dl, tx) {
		return true
	}
	k := tx.Tok - 1
	for k >= 0 && d.Tokens[k].Kind == textnorm.Punct && tx.Tok-k <= 2 {
		k-- // "للعام الحالي (1436هـ", "1436 / 1437هـ"
	}
	if k < 0 {
		return false
	}
	for i := range d.Timexes {
		if p := &d.Timexes[i]; p.TokEnd == k+1 && p.Tok <= k {
			return p.Tok < tx.Tok && yearOf(d, dl, p)
		}
	}
	return forYearWord(d, dl, k) // "للعام 1436": the word outside the expression
}

// bareSeason reports a season named by its word alone (events.yaml
// name_seasons), with no year and no "last" or "this", that the calendar
// puts before the article's day: in an
// August article "الربيع" and "الخريف" are names (سعد الربيع, شركة الربيع,
// حي الربيع, المهندس محمد إبراهيم الخريف), habits ("مرتين في العام في فصلي
// الشتاء والصيف") or figures of speech ("أوراق الخريف"), not a past spring
// or autumn. Like a quoted name, it is no expression of its sentence, and
// neither is a one-word season beside another (a habit). A season still to
// come ("يزور الولايات المتحدة في الخريف") stays a date.
func (a *Assembler) bareSeason(d *extract.Document, tx *temporal.Timex) bool {
	if tx.Future || d.DCT.IsZero() || !tx.EndDate.Before(d.DCT) || !seasonWord(d, tx) {
		return false
	}
	for k := tx.Tok; k < tx.TokEnd && k < len(d.Tokens); k++ {
		if d.Tokens[k].Kind == textnorm.Word {
			return a.lx.nameSeasons[strings.ToLower(textnorm.NormString(d.Text.TokenText(d.Tokens[k])))]
		}
	}
	return false
}

// seasonWord reports a season named by one word, with no year and no
// "last" or "this" ("الشتاء", not "صيف 2014" nor "الصيف الماضي"). Two of
// them in one sentence name a habit, what happens every winter and summer.
func seasonWord(d *extract.Document, tx *temporal.Timex) bool {
	if tx.Granularity != temporal.Season {
		return false
	}
	n := 0 // words and numbers: "صيف 2014" has its year
	for k := tx.Tok; k < tx.TokEnd && k < len(d.Tokens); k++ {
		if d.Tokens[k].Kind != textnorm.Punct {
			n++
		}
	}
	return n == 1
}

// elapsedSince reports an amount of time after a word of the language's
// elapsed.after and before a word of elapsed.links, with at most one word
// between ("بعد ثلاثة أيام على إعلان الحكومة تحرير عدن", "بعد عامين على
// الهجوم الدامي", "بعد أربعة أيام فقط من اعادة اختياره"): the time gone
// since another happening, not a day that far from the article's: its
// clause, which tells that other happening, dates no event, and an undated
// lead with it keeps the article's day.
func elapsedSince(d *extract.Document, dl *docLex, tx *temporal.Timex) bool {
	if tx.TokEnd >= len(d.Tokens) {
		return false
	}
	first := d.Tokens[tx.Tok]
	ll := dl.of(first.Arabic)
	if len(ll.elapsedAfter) == 0 || first.Kind != textnorm.Word || !ll.elapsedAfter[d.Text.TokenText(first)] ||
		tx.Tok+1 < tx.TokEnd && ll.elapsedNot[d.Text.TokenText(d.Tokens[tx.Tok+1])] {
		return false
	}
	for k, words := tx.TokEnd, 0; k < len(d.Tokens) && words < 2; k++ {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			return false
		}
		if ll.elapsedLinks[d.Text.TokenText(tok)] {
			return true
		}
		words++
	}
	return false
}

// nameYear reports a year expression between a word of the language's
// name_years (a determiner, "fiscal", or a possessive "'s") and a word: the
// year of a thing named, "the 1988-89 budget bill", "its fiscal 1988/89
// estimates", "Japan's 1987/88 budget", "a two-year contract", not when
// anything happened; unless a word of name_year_periods follows it or the
// word after ("during the 1987/88 financial year": a time).
func nameYear(d *extract.Document, dl *docLex, tx *temporal.Timex) bool {
	if tx.Tok < 1 || tx.TokEnd >= len(d.Tokens) || d.Tokens[tx.TokEnd].Kind != textnorm.Word {
		return false
	}
	// A year or a span in figures ("1988-89"), or an amount of time said as
	// an adjective, singular ("two-year", "five year"); not "the coming
	// year" nor "the two years".
	adjective := tx.Type == temporal.Duration && !strings.HasSuffix(tokenWord(d, tx.TokEnd-1), "s")
	if d.Tokens[tx.Tok].Kind != textnorm.Number && !adjective {
		return false
	}
	prev := d.Tokens[tx.Tok-1]
	if prev.Kind != textnorm.Word {
		return false
	}
	ll := dl.of(prev.Arabic)
	w := tokenWord(d, tx.Tok-1)
	possessive := strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
	if !ll.nameYears[w] && !(possessive && ll.nameYears["'s"]) {
		return false
	}
	for k := tx.TokEnd; k < len(d.Tokens) && k <= tx.TokEnd+1; k++ {
		if d.Tokens[k].Kind != textnorm.Word {
			break
		}
		if ll.nameYearPeriods[tokenWord(d, k)] {
			return false
		}
	}
	return true
}

// forYearWord reports that token k is a word of the language's for_year.
func forYearWord(d *extract.Document, dl *docLex, k int) bool {
	tok := d.Tokens[k]
	return tok.Kind == textnorm.Word && dl.of(tok.Arabic).forYear[d.Text.TokenText(tok)]
}

func (a *Assembler) quotedName(d *extract.Document, tx temporal.Timex) bool {
	if tx.Tok == 0 || tx.TokEnd >= len(d.Tokens) {
		return false
	}
	return a.lx.openQuote[d.Text.TokenText(d.Tokens[tx.Tok-1])] && a.lx.closeQuote[d.Text.TokenText(d.Tokens[tx.TokEnd])]
}

// sameDayPair reports two dating expressions side by side (at most one
// token apart) that name the same interval: "أمس السبت", "Friday, yesterday".
func sameDayPair(d *extract.Document, a, b temporal.Timex) bool {
	return a.Dating() && b.Dating() && b.Tok-a.TokEnd <= 1 &&
		a.StartDate.Equal(b.StartDate) && a.EndDate.Equal(b.EndDate)
}

// firstDatingIn returns the first dating timex of clause c, or -1.
func firstDatingIn(d *extract.Document, c clause) int {
	for _, ti := range c.timexes {
		if d.Timexes[ti].Dating() {
			return ti
		}
	}
	return -1
}

func insideTimex(tx *temporal.Timex, k int) bool { return k >= tx.Tok && k < tx.TokEnd }

// isComma reports that token k of d is a comma of the lexicon's
// (Lexicon.commas: "،", ",").
func (a *Assembler) isComma(d *extract.Document, k int) bool {
	tok := d.Tokens[k]
	return tok.Kind == textnorm.Punct && a.lx.commas[d.Text.TokenText(tok)]
}

// commaCost is how many tokens crossing a comma is worth when giving a word
// to the nearest date: "وبعد انسحابها في عام 2011، عادت في عام 2014" gives
// عادت to 2014.
const commaCost = 5

// nearest returns the one of cands (timex indexes) nearest to token k.
func (a *Assembler) nearest(d *extract.Document, sd *sentDist, cands []int, k int) int {
	best, bestD := cands[0], -1
	for _, c := range cands {
		if dist := sd.distance(&d.Timexes[c], k); bestD < 0 || dist < bestD {
			best, bestD = c, dist
		}
	}
	return best
}

// triggerBand is the width, in tokens, of the distance bands in which
// triggers compete by priority.
const triggerBand = 4

// sentDist measures distances between the tokens of one sentence: commas
// count commaCost each (commas[k] is the number of commas among the
// sentence's tokens before token start+k).
type sentDist struct {
	start  int
	commas []int32
}

func (a *Assembler) newSentDist(d *extract.Document, s textnorm.Sentence) *sentDist {
	sd := &sentDist{start: s.TokStart, commas: make([]int32, s.TokEnd-s.TokStart+1)}
	for k := s.TokStart; k < s.TokEnd; k++ {
		sd.commas[k-s.TokStart+1] = sd.commas[k-s.TokStart]
		if a.isComma(d, k) {
			sd.commas[k-s.TokStart+1]++
		}
	}
	return sd
}

// distance is the number of tokens between token k and tx, commas counting
// commaCost each, except the comma right after a date that opens its
// sentence after at most one word ("Last week, Blinken said", "وفي الشهر
// الماضي، أعلن"): it ends the adverbial, not the clause.
func (sd *sentDist) distance(tx *temporal.Timex, k int) int {
	if k >= tx.Tok && k < tx.TokEnd {
		return 0
	}
	lo, hi := k, tx.Tok
	if k >= tx.TokEnd {
		lo, hi = tx.TokEnd-1, k
	}
	if lo+1 >= hi {
		return hi - lo
	}
	n := int(sd.commas[hi-sd.start] - sd.commas[lo+1-sd.start])
	if k >= tx.TokEnd && tx.Tok-sd.start <= 1 && sd.commas[tx.TokEnd+1-sd.start] > sd.commas[tx.TokEnd-sd.start] {
		n-- // the comma at tx.TokEnd closes a fronted date
	}
	return hi - lo + commaCost*n
}

func clauseOf(cs []clause, k int) int {
	for i, c := range cs {
		if k >= c.start && k < c.end {
			return i
		}
	}
	return -1
}

// clauseHeads returns the first word token of each clause (-1 for a
// clause without words).
func clauseHeads(d *extract.Document, cs []clause) []int {
	heads := make([]int, len(cs))
	for i, c := range cs {
		heads[i] = -1
		for k := c.start; k < c.end; k++ {
			if d.Tokens[k].Kind == textnorm.Word {
				heads[i] = k
				break
			}
		}
	}
	return heads
}

// clauses splits sentence s at boundary words and punctuation.
func (a *Assembler) clauses(d *extract.Document, dl *docLex, s textnorm.Sentence, txs []int) []clause {
	var cs []clause
	cur := clause{start: s.TokStart, attach: true}
	for k := s.TokStart; k < s.TokEnd; k++ {
		tok := d.Tokens[k]
		v := 0
		w := d.Text.TokenText(tok)
		if tok.Kind == textnorm.Punct {
			v = a.lx.punctBound[w]
		} else {
			v = dl.of(tok.Arabic).boundary[w]
		}
		if v != 0 && k > cur.start && !inAnyTimex(d, txs, k) {
			cur.end = k
			cs = append(cs, cur)
			cur = clause{start: k, attach: v == 1}
		}
	}
	cur.end = s.TokEnd
	cs = append(cs, cur)
	for i := range cs {
		for _, ti := range txs {
			if tx := d.Timexes[ti]; tx.Tok >= cs[i].start && tx.Tok < cs[i].end {
				cs[i].timexes = append(cs[i].timexes, ti)
			}
		}
	}
	return cs
}

func inAnyTimex(d *extract.Document, txs []int, k int) bool {
	for _, ti := range txs {
		if insideTimex(&d.Timexes[ti], k) {
			return true
		}
	}
	return false
}

// entityAt returns the entity mention m stands for in an event on day t: a
// role is held by whoever held it then ("خادم الحرمين الشريفين" in a
// sentence about 1990 is King Fahd), and a role said of a former holder
// ("الرئيس الإيراني السابق", "the former president") by the one before; nil
// when there is none.
// A news medium (types.yaml media) is no participant: nil.
func (a *Assembler) entityAt(d *extract.Document, dl *docLex, m extract.Mention, t time.Time) *gazetteer.Entity {
	var e *gazetteer.Entity
	if m.Via == gazetteer.ViaRole && a.former(d, dl, m) {
		if t.IsZero() {
			t = d.DCT
		}
		e = m.FormerAt(t)
	} else {
		e = m.EntityAt(t)
	}
	if e != nil && a.lx.media[e.ID] {
		return nil
	}
	return e
}

// former reports a role mention said of a former holder: a former word
// right after it (السابق) or right before it (former).
func (a *Assembler) former(d *extract.Document, dl *docLex, m extract.Mention) bool {
	if k := m.TokEnd; k < len(d.Tokens) && d.Tokens[k].Kind == textnorm.Word {
		if dl.cue(k).has(fFormerA) {
			return true
		}
	}
	for k := m.Tok - 1; k >= 0 && k >= m.Tok-2; k-- {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			continue
		}
		return dl.cue(k).has(fFormerB)
	}
	return false
}

// sourceSpan is how many words before an entity a source word reaches.
const sourceSpan = 3

// isSource reports an entity that is where the report comes from, not an
// actor: named within sourceSpan words after a source word ("بحسب وكالة
// رويترز", "according to Reuters", "بتوقيت لندن") with no event verb but a
// reporting one between them, a name in press quotes
// after a one-letter word ("قال لـ«عكاظ»"), in source quotes after told_before
// ("قالت لـ”عين اليوم”"), or a byline's paper (bylinePaper). start is its
// sentence's.
func (a *Assembler) isSource(d *extract.Document, dl *docLex, m extract.Mention, start int) bool {
	if newsAgency(dl, m) {
		return true // "أفادت وكالة الأنباء البحرينية، أن ...": the source
	}
	if m.Tok >= start+2 && d.Tokens[m.Tok-2].Kind == textnorm.Word {
		open, before := d.Text.TokenText(d.Tokens[m.Tok-1]), d.Text.TokenText(d.Tokens[m.Tok-2])
		if a.lx.pressOpen != "" && open == a.lx.pressOpen && utf8.RuneCountInString(before) == 1 {
			return true
		}
		if ll := dl.of(d.Tokens[m.Tok].Arabic); ll.sourceQuote[open] && ll.toldBefore[textnorm.NormString(before)] {
			return true
		}
	}
	if a.bylinePaper(d, dl, m) {
		return true // "قاسم الزرعي - عين اليوم": the reporter's paper
	}
	if a.teller(d, dl, m, start) {
		return true
	}
	words, verb := 0, false
	for k := m.Tok - 1; k >= start && words < sourceSpan; k-- {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			continue
		}
		words++
		c := dl.cue(k)
		if c.has(fSource) {
			// "وبحسب التلفزيون الإسرائيلي قرر نتنياهو": the name is
			// the subject of a verb after the source's words, no
			// source; the word right after the source word is in its
			// name ("إذاعة صوت إسرائيل").
			return !verb
		}
		// A reporting verb is the source's own ("بحسب ما أعلن البيت
		// الأبيض").
		if !verb && a.eventVerb(c) && !a.prevWordSource(d, dl, k, start) {
			verb = true
		}
	}
	return false
}

// agencyMemo remembers whether an entity's gazetteer names name a news
// agency (newsAgency), under the lexicons of the two scripts that read
// them: the answer depends on nothing else, and working it out puts every
// name of the entity in form (nameKey) for every organization mention of
// every article. A memo that grows past maxAgencyMemo starts again empty
// (discovered entities are new for each article).
type agencyMemo map[agencyKey]bool

type agencyKey struct {
	e      *gazetteer.Entity
	en, ar *langLex
}

// maxAgencyMemo bounds the entities an agencyMemo keeps.
const maxAgencyMemo = 1 << 12

// newsAgency reports an organization, mention m, that is a news agency:
// its written name or one of the entity's names holds a phrase of a news
// agency (events.yaml participants news_agencies: "وكالة الأنباء", "News
// Agency"). An agency tells what others do; it is the report's source,
// no participant, also as the subject of a reporting verb ("أفادت وكالة
// الأنباء البحرينية، أن الخارجية البحرينية قامت باستدعاء سفيرها", "ونقلت
// وكالة الأنباء العمانية أمس أن ...").
func newsAgency(dl *docLex, m extract.Mention) bool {
	if m.Entity == nil || m.Entity.Type != gazetteer.Organization {
		return false
	}
	if holdsAgency(dl.of(dl.d.Tokens[m.Tok].Arabic), m.Text) {
		return true
	}
	key := agencyKey{e: m.Entity, en: dl.of(false), ar: dl.of(true)}
	if is, ok := dl.agency[key]; ok {
		return is
	}
	is := slices.ContainsFunc(m.Entity.Names.Ar, func(n string) bool { return holdsAgency(key.ar, n) }) ||
		slices.ContainsFunc(m.Entity.Names.En, func(n string) bool { return holdsAgency(key.en, n) })
	if dl.agency == nil || len(dl.agency) >= maxAgencyMemo {
		dl.agency = agencyMemo{}
	}
	dl.agency[key] = is
	return is
}

// holdsAgency reports whether name, put in form with nameKey, holds one of
// the language's news-agency phrases.
func holdsAgency(ll *langLex, name string) bool {
	if ll == nil || len(ll.newsAgency) == 0 {
		return false
	}
	s := " " + nameKey(name) + " "
	for _, ph := range ll.newsAgency {
		if strings.Contains(s, ph) {
			return true
		}
	}
	return false
}

// tellerSpan is how many words after an attribution's reporting verb its
// teller's title and name may run.
const tellerSpan = 10

// teller reports an entity named in an attribution after what it tells:
// after a source word and its reporting verb ("حسب ما أفاد به المتحدث
// الإعلامي للدفاع المدني بالمنطقة المقدم علي بن عمير آل جرمان الشهراني",
// "وفقا لما أعلنته وزارة الداخلية"), within tellerSpan words with no
// punctuation, clause boundary or event verb between: the report's source,
// no actor of what happened. A place named there stays ("بحسب ما صرح رئيس
// شرطة كابول": Kabul, where it happened), but not a country named by its
// actor's adjective ("بحسب ما أعلنت السلطات الإسرائيلية"). start is its
// sentence's first token.
func (a *Assembler) teller(d *extract.Document, dl *docLex, m extract.Mention, start int) bool {
	if m.Entity != nil && m.Entity.Type == gazetteer.Place && m.Via != gazetteer.ViaAdjective {
		return false // "بحسب ما صرح رئيس شرطة كابول": where it happened
	}
	for k, words := m.Tok-1, 0; k >= start && words < tellerSpan; k, words = k-1, words+1 {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word || dl.of(tok.Arabic).boundary[d.Text.TokenText(tok)] != 0 {
			return false
		}
		c := dl.cue(k)
		if a.eventVerb(c) {
			return false
		}
		if a.attribution(d, dl, k, start) {
			return true
		}
	}
	return false
}

// attributionReach is how many words a source word may stand before the
// reporting verb of its attribution ("حسب ما أفاد", "وفقا لما ذكره").
const attributionReach = 2

// attribution reports a reporting word at token k that a source word
// shortly before it makes an attribution ("حسب ما أفاد به", "بحسب ما
// أعلن", "وفقا لما ذكرته"): what the clause tells is the event, the
// report is where it comes from, no statement. start is its sentence's
// first token.
func (a *Assembler) attribution(d *extract.Document, dl *docLex, k, start int) bool {
	if !a.reportWord(dl.cue(k)) {
		return false
	}
	for j, words := k-1, 0; j >= start && words < attributionReach; j, words = j-1, words+1 {
		if d.Tokens[j].Kind != textnorm.Word {
			return false
		}
		if dl.cue(j).has(fSource) {
			return true
		}
	}
	return false
}

// reportWord reports a word that c, its cue, makes a reporting one: one of
// its senses is of type statement.
func (a *Assembler) reportWord(c cue) bool {
	return a.anySense(c, func(s *sense) bool { return s.typ == a.lx.statementIx })
}

// prevWordSource reports that the word before token k (start being its
// sentence's first token) is a source word.
func (a *Assembler) prevWordSource(d *extract.Document, dl *docLex, k, start int) bool {
	for j := k - 1; j >= start; j-- {
		if d.Tokens[j].Kind == textnorm.Word {
			return dl.cue(j).has(fSource)
		}
	}
	return false
}

// eventVerb reports a word that c, its cue, makes an event verb other than
// a reporting one: one of its senses is a verb form of a type other than
// statement.
func (a *Assembler) eventVerb(c cue) bool {
	return a.anySense(c, func(s *sense) bool { return s.verb && s.typ != a.lx.statementIx })
}

// borderPlace reports a place named on the far side of a border: after a
// border word and a with-word, perhaps with other places between ("الحدود
// مع العراق وسورية", "الحدود التركية مع العراق", "the border with Syria").
// start is its sentence's first token.
func (a *Assembler) borderPlace(d *extract.Document, dl *docLex, m extract.Mention, start int) bool {
	k := m.Tok - 1
	for hops := 0; k >= start && hops < 3; hops++ {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			return false
		}
		if dl.cue(k).has(fWith) {
			for j, words := k-1, 0; j >= start && words < 2; j-- {
				if d.Tokens[j].Kind != textnorm.Word {
					return false
				}
				if dl.cue(j).has(fBorder) {
					return true
				}
				words++
			}
			return false
		}
		// Another place of the list: "مع العراق وسورية".
		p := placeEndingAt(d, k)
		if p < 0 {
			return false
		}
		k = p - 1
	}
	return false
}

// destinationWords is how many words before a place a word of heading
// for may stand (see destination): "متجهة للعاصمة الأردنية".
const destinationWords = 3

// destination reports a place that something is heading for: one of
// events.yaml participants destination stands up to destinationWords words
// before it, with no punctuation between ("الهيروين المتجه إلى هولندا",
// "طريق أبها المتجه لمنتزه الفرعا"). Where a thing is bound for is no
// place of what happens to it; it stands only where the event names no
// other place. start is its sentence's first token.
//
// A place something comes from is one too: a word of origin (events.yaml
// participants origin: قادما, قادمة) right before one of origin_from (من)
// up to destinationWords words before it: "وصل جثمان ... إلى الرياض فجر
// اليوم قادماً من العاصمة الفرنسية", "دخلت السفينة ... قادمة من ميناء جدة".
func (a *Assembler) destination(d *extract.Document, dl *docLex, m extract.Mention, start int) bool {
	for k, words := m.Tok-1, 0; k >= start && words < destinationWords; k, words = k-1, words+1 {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			return false
		}
		ll := dl.of(tok.Arabic)
		w := d.Text.TokenText(tok)
		if ll.destination[w] {
			return true
		}
		if ll.origin[w] && k+1 < m.Tok && ll.originFrom[d.Text.TokenText(d.Tokens[k+1])] {
			return true
		}
	}
	return false
}

// locatorWords is how many tokens of direction, distance and lying may
// stand between a place and the place that locates it (see locator): "دمت
// الواقعة على بعد 60 كيلومترا شمال مدينة الضالع".
const locatorWords = 8

// locator reports a place e, not a country, named by mention m, that tells
// where another place lies: right before it a run of events.yaml
// participants locator words (locator_directions: a direction, near;
// locator_lying: الواقعة; a number and one of locator_units; locator_links
// between them: من, على بعد) holds a direction word, or a number and a
// unit, and another place's mention ends right before the run, perhaps with
// a comma between: "قرية دوما جنوب نابلس", "مدينة مري
// قرب إسلام آباد", "سيفاري الواقعة على بعد 12 كيلومترا من مدينة موبتي". The
// first place is where the event is; the second stands only where the event
// names no other place. A link does not open the run alone ("أطلق من قطاع
// غزة على جنوب إسرائيل" fell on Israel); "في شمال سوريا" (no place before
// the run) and "لحج وجنوب اليمن" (a list) name places of the event. A
// country after its town or province holds it ("مدينة الحديدة غربي اليمن")
// and stays; so does a place after a country or after a road or an airport
// named for another place ("بطريق مكة غربي القويعية"). start is its
// sentence's first token.
func (a *Assembler) locator(d *extract.Document, dl *docLex, e *gazetteer.Entity, m extract.Mention, start int) bool {
	if strings.HasPrefix(e.ID, "country-") {
		return false
	}
	isLink := func(k int) bool {
		tok := d.Tokens[k]
		return tok.Kind == textnorm.Word && dl.of(tok.Arabic).locatorLink[strings.ToLower(d.Text.TokenText(tok))]
	}
	dir, number, unit := false, false, false
	k := m.Tok - 1
run:
	for n := 0; k >= start && n < locatorWords; k, n = k-1, n+1 {
		tok := d.Tokens[k]
		ll := dl.of(tok.Arabic)
		w := strings.ToLower(d.Text.TokenText(tok))
		switch {
		case tok.Kind == textnorm.Number:
			number = true
		case tok.Kind != textnorm.Word:
			break run
		case ll.locatorDir[w]:
			dir = true
		case ll.locatorUnit[w]:
			unit = true
		case !ll.locatorLink[w] && !ll.locatorLying[w]:
			break run
		}
	}
	if k < start || !dir && !(number && unit) || isLink(k+1) && !isLink(k+2) {
		return false // "أطلق من قطاع غزة على جنوب إسرائيل": a link alone opens no run
	}
	if a.isComma(d, k) && k > start {
		k-- // "Nea Makri, north of Athens"
	}
	// A country is no place the second lies from ("ATTACKS ON IRAQ NEAR
	// BASRA" are near Basra), nor is a road or an airport named for a place
	// (locator_landmarks): "بطريق مكة غربي القويعية" is west of Al-Quwayiyah.
	p := placeMentionEndingAt(d, k)
	if p == nil || strings.HasPrefix(p.Entity.ID, "country-") {
		return false
	}
	return p.Tok == start || !dl.of(d.Tokens[p.Tok-1].Arabic).locatorLandmark[tokenWord(d, p.Tok-1)]
}

// townHalf reports a place, or a one-word person, right after a town head
// (lang/<code>/events.yaml town_heads): the second half of a town's name
// the gazetteer does not know ("وتل واسط" near Hama is not Wasit; "في بيت
// إيل" is the settlement, no person إيل). A person of two words or more is
// named whole ("النيران في بيت سعد دوابشة", the man's house). start is its
// sentence's first token.
func (a *Assembler) townHalf(d *extract.Document, dl *docLex, e *gazetteer.Entity, m extract.Mention, start int) bool {
	switch {
	case m.Tok <= start || d.Tokens[m.Tok-1].Kind != textnorm.Word || !dl.cue(m.Tok-1).has(fTownHead):
		return false
	case e.Type == gazetteer.Place:
		return true
	case e.Type == gazetteer.Person:
		return m.TokEnd-m.Tok == 1
	}
	return false
}

// nationality reports a country named right after a noun of people
// (lang/<code>/events.yaml nationality_nouns) whose adjective its name
// reads as: "فتاة سعودية", "الطالبة السعودية" are a Saudi girl and student,
// not where they are. start is its sentence's first token.
func (a *Assembler) nationality(d *extract.Document, dl *docLex, e *gazetteer.Entity, m extract.Mention, start int) bool {
	return strings.HasPrefix(e.ID, "country-") && m.Tok > start && d.Tokens[m.Tok-1].Kind == textnorm.Word && dl.cue(m.Tok-1).has(fNationality)
}

// byline reports a person named as a byline's reporter: opening a line
// with a dash after the name ("محمد البقمي - سبق - متابعة:", "حامد القرشي
// - مكة المكرمة"; lang/<code>/events.yaml byline_dashes).
func (a *Assembler) byline(d *extract.Document, dl *docLex, m extract.Mention) bool {
	if m.TokEnd >= len(d.Tokens) || m.Tok > 0 && !d.Tokens[m.Tok].Newline {
		return false
	}
	return dl.of(d.Tokens[m.Tok].Arabic).bylineDash[d.Text.TokenText(d.Tokens[m.TokEnd])]
}

// reporter reports a byline's reporter (byline): a person, or an
// organization the labeller found, as it reads a reporter's name in a sabq
// byline ("فهد العتيبي- سبق- الطائف:") for one.
func (a *Assembler) reporter(d *extract.Document, dl *docLex, e *gazetteer.Entity, m extract.Mention) bool {
	return (e.Type == gazetteer.Person || e.Type == gazetteer.Organization && m.Via == gazetteer.ViaDiscovered) && a.byline(d, dl, m)
}

// bylineWords is the most words a reporter's name in a byline has.
const bylineWords = 4

// bylinePaper reports an organization named after a byline's dash: a line
// that opens with at most bylineWords words, then the dash, then the
// organization ("قاسم الزرعي - عين اليوم أعربت ..."): the reporter's
// newspaper, no participant.
func (a *Assembler) bylinePaper(d *extract.Document, dl *docLex, m extract.Mention) bool {
	if m.Entity == nil || m.Entity.Type != gazetteer.Organization || m.Tok < 2 || d.Tokens[m.Tok-1].Newline || !dl.of(d.Tokens[m.Tok].Arabic).bylineDash[d.Text.TokenText(d.Tokens[m.Tok-1])] {
		return false
	}
	for k, words := m.Tok-2, 1; k >= 0 && words <= bylineWords; k, words = k-1, words+1 {
		if d.Tokens[k].Kind != textnorm.Word {
			return false
		}
		if k == 0 || d.Tokens[k].Newline {
			return true
		}
	}
	return false
}

// placeEndingAt returns the first token of a place mention whose last token
// is k, or -1.
func placeEndingAt(d *extract.Document, k int) int {
	if m := placeMentionEndingAt(d, k); m != nil {
		return m.Tok
	}
	return -1
}

// placeMentionEndingAt returns a place mention whose last token is k, or
// nil.
func placeMentionEndingAt(d *extract.Document, k int) *extract.Mention {
	i, _ := slices.BinarySearchFunc(d.Mentions, k+1, func(m extract.Mention, t int) int { return cmp.Compare(m.Tok, t) })
	for j := i - 1; j >= 0 && d.Mentions[j].TokEnd >= k+1; j-- {
		if m := &d.Mentions[j]; m.TokEnd == k+1 && m.Entity != nil && m.Entity.Type == gazetteer.Place {
			return m
		}
	}
	return nil
}

// deputyOf reports a person named right after a word that makes the name
// part of another's title (lang/<code>/events.yaml deputy_of): "نائب خادم
// الحرمين الشريفين" names the deputy, not the king. start is its sentence's.
func (a *Assembler) deputyOf(d *extract.Document, dl *docLex, m extract.Mention, start int) bool {
	k := m.Tok - 1
	if k < start || d.Tokens[k].Kind != textnorm.Word || !dl.cue(k).has(fDeputyOf) {
		return false
	}
	// The word in construct, without the article: "المستشار هشام بركات" is
	// the person's own title.
	ll := dl.of(d.Tokens[k].Arabic)
	return ll.morph == nil || !hasPrefix(ll.morph.stripConjunction(d.Text.TokenText(d.Tokens[k])), ll.morph.article)
}

// participant returns what entity e, named by mention m (its sentence
// starting at token start), stands for as a participant: e itself; nil when
// it is part of an institution's name (see inName); and for a place right
// after a club word ("نادي ليفربول", "فريق برشلونة"), the club, an
// organization named as the place is (its id as discovery would make it,
// "org:ليفربول", so that it is the club discovery finds elsewhere).
func (a *Assembler) participant(d *extract.Document, dl *docLex, e *gazetteer.Entity, m extract.Mention, start int) *gazetteer.Entity {
	if !a.inName(d, dl, e, m, start) {
		return e
	}
	if e.Type != gazetteer.Place || m.Tok <= start || !dl.cue(m.Tok-1).has(fClubHead) {
		return nil
	}
	var key strings.Builder
	for k := m.Tok; k < m.TokEnd; k++ {
		if tok := d.Tokens[k]; tok.Kind != textnorm.Punct {
			if key.Len() > 0 {
				key.WriteByte('_')
			}
			key.WriteString(d.Text.TokenText(tok))
		}
	}
	club := &gazetteer.Entity{ID: "org:" + key.String(), Type: gazetteer.Organization}
	name := strings.Clone(m.Text)
	if d.Tokens[m.Tok].Arabic {
		club.Names.Ar = []string{name}
	} else {
		club.Names.En = []string{name}
	}
	return club
}

// Seats: what a place named in a person's title says of the event (see seat).
const (
	noSeat   = iota
	seatWeak // a city's governor or mayor: the place stands where the event names no other
	seatOnly // a region's emir: never the event's place
)

// seat reports a place, not a country, named as the seat of an office in a
// person's title: right after a seat title, perhaps with a division word
// between (lang/<code>/events.yaml seat_titles, city_seat_titles,
// seat_divisions). The title names the person; a region's emir's region is
// not where the event is ("أمير مكة المكرمة يفتتح معرض" in Taif, "أمير
// الرياض يكلف الرويس محافظاً لشقراء": seatOnly, named only where the event
// names no one else); a governor's or a mayor's
// city mostly is, unless the event names another place ("أمين جدة ... تفقد
// سير أعمال اللجنة العامة بالمحافظة": seatWeak). start is its sentence's
// first token.
func (a *Assembler) seat(d *extract.Document, dl *docLex, e *gazetteer.Entity, m extract.Mention, start int) int {
	if e.Type != gazetteer.Place || strings.HasPrefix(e.ID, "country-") || m.Start > int(d.Tokens[m.Tok].Start) {
		return noSeat // a country is the ruler's state; "لأمير بمكة": no construct
	}
	ll := dl.of(d.Tokens[m.Tok].Arabic)
	if len(ll.seatTitle) == 0 && len(ll.citySeatTitle) == 0 {
		return noSeat
	}
	for k, words := m.Tok-1, 0; k >= start && words < 2; k, words = k-1, words+1 {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			return noSeat
		}
		w := textnorm.NormString(d.Text.TokenText(tok))
		switch {
		case ll.seatTitle[w]:
			return seatOnly
		case ll.citySeatTitle[w]:
			return seatWeak
		case !ll.seatDivision[w]:
			return noSeat
		}
	}
	return noSeat
}

// inName reports a person or a place that is part of an institution's
// name: right after a head noun (a title may stand between) such as مسجد in
// "مسجد الإمام الصادق" or جامعة in "جامعة الإسكندرية" (lang/<code>/events.yaml
// participants: name_heads, place_name_heads, titles; a place also after a
// quoted_name_heads word that opens a quotation), unless a proclitic
// joins the place to the head ("مستشفى بسلطنة عمان", a hospital in Oman);
// and a place right before a capitalized company word
// (place_name_tails: "New York Life", "U.S. Bancorp").
func (a *Assembler) inName(d *extract.Document, dl *docLex, e *gazetteer.Entity, m extract.Mention, start int) bool {
	if e.Type != gazetteer.Person && e.Type != gazetteer.Place {
		return false
	}
	if e.Type == gazetteer.Place && m.Start > int(d.Tokens[m.Tok].Start) {
		// A proclitic stripped from the place's name (ب, ل, و):
		// "مستشفى بسلطنة عمان" is a hospital in Oman, no construct with
		// the head.
		return false
	}
	if e.Type == gazetteer.Place && m.TokEnd < len(d.Tokens) {
		// "New York Life Insurance", "U.S. Bancorp": a capitalized
		// company word right after the place (not a headline in capitals:
		// "INDONESIA OIL CONTRACT NEGOTIATIONS END").
		if tok := d.Tokens[m.TokEnd]; tok.Kind == textnorm.Word && !tok.Arabic && dl.cue(m.TokEnd).has(fPlaceTail) {
			w := d.Text.TokenOrig(tok)
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && strings.ToUpper(w) != w {
				return true
			}
		}
	}
	k := m.Tok - 1
	if e.Type == gazetteer.Place && k > start && d.Tokens[k].Kind == textnorm.Word &&
		d.Tokens[k-1].Kind == textnorm.Punct && a.lx.openQuote[d.Text.TokenText(d.Tokens[k-1])] &&
		dl.of(d.Tokens[k].Arabic).quotedHead[textnorm.NormString(d.Text.TokenText(d.Tokens[k]))] {
		return true // «إعلان القاهرة»: a declaration's name
	}
	if k > start && d.Tokens[k].Kind == textnorm.Punct && a.lx.openQuote[d.Text.TokenText(d.Tokens[k])] {
		k-- // دوري «عبداللطيف جميل»: a name in quotes after its head
	}
	for titles := 0; k >= start && titles <= 2; k-- {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			return false
		}
		c := dl.cue(k)
		if c.has(fTitle) {
			titles++
			continue
		}
		if e.Type == gazetteer.Person || titles > 0 {
			return c.has(fNameHead)
		}
		return c.has(fPlaceHead)
	}
	return false
}

// quotedPlace reports a place name standing alone in press quotes («»): in
// the Arab press that is a newspaper («الشرق الأوسط», «الرياض», «الخليج»),
// not the place ("تنظيم «داعش»", an organization, stays).
func (a *Assembler) quotedPlace(d *extract.Document, e *gazetteer.Entity, m extract.Mention) bool {
	if e.Type != gazetteer.Place || m.Tok == 0 || m.TokEnd >= len(d.Tokens) || a.lx.pressOpen == "" {
		return false
	}
	return d.Text.TokenText(d.Tokens[m.Tok-1]) == a.lx.pressOpen && d.Text.TokenText(d.Tokens[m.TokEnd]) == a.lx.pressClose
}

// isCredit reports a mention that stands alone in brackets, like a photo
// credit "(رويترز)" or "(أ.ف.ب - غيتي)": it names the source, not an actor.
func (a *Assembler) isCredit(d *extract.Document, m extract.Mention) bool {
	if m.TokEnd >= len(d.Tokens) {
		return false
	}
	if a.shareBar(d, m) {
		return true
	}
	if d.Text.TokenText(d.Tokens[m.TokEnd]) == ":" && m.Tok == d.Sentences[max(d.SentenceOf(m.Tok), 0)].TokStart {
		return true // a source opening a line: "لوبوان24: بغداد وواشنطن تؤكدان ..."
	}
	if m.Tok == 0 {
		return false
	}
	open := d.Text.TokenText(d.Tokens[m.Tok-1])
	// A dateline's source: "ياوندي - «الشرق الأوسط»:", "الرياض - واس:".
	next := d.Text.TokenText(d.Tokens[m.TokEnd])
	if a.lx.pressOpen != "" && open == a.lx.pressOpen && next == a.lx.pressClose && m.TokEnd+1 < len(d.Tokens) && d.Text.TokenText(d.Tokens[m.TokEnd+1]) == ":" {
		return true
	}
	if (open == "-" || open == "–") && next == ":" {
		return true
	}
	if open != "(" {
		return false
	}
	for k := m.TokEnd; k < len(d.Tokens) && k < m.TokEnd+6; k++ {
		switch d.Text.TokenText(d.Tokens[k]) {
		case ")":
			return true
		case "(":
			return false
		}
	}
	return false
}

// shareBar reports a mention inside the share buttons that open a line
// ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد ..."; lang/<code>/events.yaml
// boilerplate: share_bars): the site's furniture glued before the article's
// first sentence names Facebook and Google, no participant.
func (a *Assembler) shareBar(d *extract.Document, m extract.Mention) bool {
	if len(a.lx.shareBars) == 0 {
		return false
	}
	si := d.SentenceOf(m.Tok)
	if si < 0 {
		return false
	}
	first := d.Tokens[d.Sentences[si].TokStart]
	if !first.Newline && d.Sentences[si].TokStart > 0 {
		return false
	}
	end := d.Tokens[m.TokEnd-1].NEnd
	for _, p := range a.lx.shareBars {
		if int(end) <= int(first.NStart)+len(p) && strings.HasPrefix(d.Text.Norm[first.NStart:], p) {
			return true
		}
	}
	return false
}

func addEntity(list []*gazetteer.Entity, e *gazetteer.Entity) []*gazetteer.Entity {
	for _, x := range list {
		if x == e || x.ID == e.ID {
			return list
		}
	}
	return append(list, e)
}

// event builds the event of group g.
func (a *Assembler) event(g *group, ents []*gazetteer.Entity, d *extract.Document, doc, text string) Event {
	tx := g.tx
	ti := g.typeIx
	for _, p := range a.lx.prefer {
		if ti == p[1] && g.seen&(1<<uint(p[0]%64)) != 0 {
			ti = p[0]
		}
	}
	if ti >= 0 && a.lx.yields&(1<<uint(ti)) != 0 && g.yieldTo >= 0 {
		ti = g.yieldTo // "انطلقت الاجتماعات": the meetings started
	}
	if ti >= 0 && g.condTok >= 0 && g.condTok < g.trigTok && tx.Tok < g.trigTok &&
		a.lx.reactedTo&(1<<uint(ti%64)) != 0 && a.lx.statementIx >= 0 {
		// "وندد بان كي مون أمس بالهجوم": the reaction is the event. (A
		// date after the attack's word is the attack's: "استنكر التفجير
		// الذي وقع الخميس" dates the attack.)
		ti, g.statement = -1, true
	}
	if ti < 0 && g.statement && a.lx.statementIx >= 0 {
		ti = a.lx.statementIx
	}
	notype := ti < 0
	if ti < 0 {
		ti = a.lx.otherIx
	}
	people := 0
	for _, e := range ents {
		if e.Type == gazetteer.Person {
			people++
		}
	}
	switch {
	case ti == a.lx.statementIx && g.joint && g.stanceTok < 0 && a.lx.jointIs >= 0:
		// (A position one takes on the other is no meeting: "حمّل ...
		// النجيفي نظيره ... المالكي المسؤولية".)
		ti = a.lx.jointIs
	case notype && people >= 2 && g.stanceTok < 0 && a.lx.jointIs >= 0:
		// Two people together on a date with no other word for what they
		// did, as in a photo caption, met.
		ti = a.lx.jointIs
	}
	ev := Event{
		Date: tx.Value, StartDate: tx.StartDate, EndDate: tx.EndDate, Granularity: tx.Granularity, Mod: tx.Mod,
		Type: a.lx.types[ti], Status: status(tx, g.future, g.today, d.DCT),
		TimeText: tx.Text, Text: strings.TrimSpace(text), Docs: []string{doc}, Sources: 1,
	}
	if ti == g.typeIx && g.trigTok >= 0 && g.trigTok < len(d.Tokens) {
		ev.Trigger = d.Text.TokenOrig(d.Tokens[g.trigTok])
	}
	fillEntities(&ev, ents)
	ev.Headline = a.lx.Headline(&ev, a.lang)
	return ev
}

// status is whether the event dated tx happened or is planned, given the
// article's date dct, a future cue of its clause (سيلتقي, المقرر) and a
// present verb of a scheduled happening (يلتقي, تقام), which makes an
// event of the article's own day planned ("على أن يلتقي دي ميستورا اليوم
// الجمعة بالرئيس بشار الأسد").
func status(tx temporal.Timex, futureCue, todayCue bool, dct time.Time) Status {
	if dct.IsZero() {
		if tx.Future || futureCue {
			return Planned
		}
		return Happened
	}
	if tx.StartDate.After(dct) {
		return Planned
	}
	if (tx.Future || futureCue) && !tx.EndDate.Before(dct) {
		return Planned
	}
	if todayCue && sameDate(tx.StartDate, dct) && sameDate(tx.EndDate, dct) {
		return Planned
	}
	return Happened
}

// sameDate reports whether a and b fall on the same calendar day.
func sameDate(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// entityRef is e as an event lists it.
func entityRef(e *gazetteer.Entity) Entity {
	return Entity{ID: e.ID, NameEn: e.NameEn(), NameAr: e.NameAr()}
}

func fillEntities(ev *Event, ents []*gazetteer.Entity) {
	for _, e := range ents {
		ref := Entity{ID: e.ID, NameEn: e.NameEn(), NameAr: e.NameAr()}
		switch e.Type {
		case gazetteer.Person:
			ev.People = append(ev.People, ref)
		case gazetteer.Place:
			ev.Places = append(ev.Places, ref)
		default:
			ev.Organizations = append(ev.Organizations, ref)
		}
	}
}

// headlineEvent dates an article's undated headline. When a dated event near
// the top tells the same thing (same type, a shared entity) the headline adds
// nothing; otherwise the headline's event is dated by the article's date, as
// news reports the day's events. bare reports a lead that names no
// participant (kept by its type alone; leadEvents decides); figures a
// sentence left out only as figures (no event word of its own and a word of
// figures), which may give the count of its headline's event (leadEvents).
func (a *Assembler) headlineEvent(d *extract.Document, dl *docLex, doc string, si int, body []bool, evs []Event, column func() bool, ld leadDate) (ev Event, ok, bare, figures bool) {
	if si >= len(d.Sentences) || d.DCT.IsZero() || !body[si] {
		return Event{}, false, false, false
	}
	s := d.Sentences[si]
	for _, tx := range d.Timexes {
		if tx.Tok < s.TokStart || tx.TokEnd > s.TokEnd {
			continue
		}
		if a.lx.occasion(d, &tx) {
			continue // "حفل معايدة بمناسبة عيد الفطر": the day's news all the same
		}
		if (tx.Dating() || si > 0 && !a.amount(d, dl, &tx) && !howOften(&tx)) &&
			!a.untilDate(d, dl, s, &tx) && !termDate(d, dl, s, &tx) && !yearOf(d, dl, &tx) && !elapsedSince(d, dl, &tx) && !a.bareSeason(d, &tx) {
			// Dated: already an event; or said to be at another time ("قبل
			// أيام", "in the coming weeks"): not the day's news. An amount
			// of time says how long or how old, not when ("وقع عقدا لمدة
			// عامين", "لقي مواطن يبلغ من العمر ١٩ عاما مصرعه"); the end of
			// a period still to come ("تمديد عقد مدربه حتى عام 2019"), a
			// term ("payable March 31") or a past season's bare word (a
			// name: "المهندس محمد إبراهيم الخريف") dates no event (as in
			// the body).
			return Event{}, false, false, false
		}
		if tx.Anchor == temporal.AnchorEvent {
			return Event{}, false, false, false // counted from an undated event: not the article's day
		}
	}
	tx := dayTimex(ld.day, s.TokStart)
	// Give the whole headline to one pseudo-expression.
	g := newGroup(tx, 0)
	for _, m := range d.Mentions {
		if m.Tok < s.TokStart || m.Tok >= s.TokEnd || a.isCredit(d, m) || a.isSource(d, dl, m, s.TokStart) {
			continue
		}
		if e := a.entityAt(d, dl, m, d.DCT); e != nil {
			switch e, role := a.actor(d, dl, e, m, s.TokStart); {
			case e == nil:
			case role == actorSeat:
				g.seats = addEntity(g.seats, e)
			case role == actorWeak:
				g.weakPlaces = addEntity(g.weakPlaces, e)
			default:
				g.ents = addEntity(g.ents, e)
				if m.Country != nil {
					g.states = addEntity(g.states, m.Country)
				}
			}
		}
	}
	g.addWeak()
	// A word in a relative or since span tells what the headline's subject
	// is, not what happened: "الأزمة التي تشهدها مصر منذ عزل مرسي" (as in
	// the body, see subSpans).
	cs := a.clauses(d, dl, s, nil)
	span := a.subSpans(d, dl, s, cs)
	// The whole headline is one band, its pseudo-expression before every
	// word: the verb over a noun, then the first word, types it.
	cx := wordSent{d: d, dl: dl, start: s.TokStart, cs: cs}
	stance, said := false, false
	// reporting: a reporting word (a sense of type statement) came;
	// reported: so did the boundary after it that opens what is said;
	// saidFuture: a future cue came in it.
	// forecast: a forecaster (a report, a poll) came before what is said.
	reporting, reported, saidFuture, forecast := false, false, false, false
	future := -1 // the word of the first future cue
	for k := s.TokStart; k < s.TokEnd; k++ {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word {
			continue
		}
		c := dl.cue(k)
		var sn *sense
		if span[k-s.TokStart] == 0 {
			sn = a.senseOf(d, dl, c.chain, k, s.TokStart, s.TokEnd, g.ents)
		}
		if sn != nil && a.nameOnly(d, dl, &g.tx, sn, k, s.TokStart, s.TokEnd) {
			sn = nil
		}
		// A future verb in what a warning, a refusal or a call says (after
		// the stance word and a "that" of the language's attaching clause
		// boundaries) is what the position is about, not when it was
		// taken: "محذرا المشرعين الأمريكيين من أن رفض الحلول الدبلوماسية
		// سيؤدي إلى الحرب" warned on the article's day.
		a.noteWord(&g, &cx, sn, c, k, clauseOf(cs, k), 0, said || reported)
		if c.has(fFuture) && !said && future < 0 {
			future = k
		}
		saidFuture = saidFuture || reported && !said && c.has(fFuture)
		ll := dl.of(tok.Arabic)
		forecast = forecast || !reported && ll.forecasters[tokenWord(d, k)]
		boundary := ll.boundary[d.Text.TokenText(tok)] == 1
		said = said || stance && boundary
		reported = reported || reporting && boundary
		stance = stance || c.has(fStance)
		reporting = reporting || sn != nil && sn.typ == a.lx.statementIx
	}
	if saidFuture && (forecast || !(g.statement && (g.typeIx < 0 || g.typeIx == a.lx.statementIx))) {
		// A future verb in what a statement reports is what was said,
		// not when: "أكدت عمادة القبول ... أن ... ستكون الجامعة قد
		// استوعبت"; but one that types the event plans it ("أفادت
		// مصادر إسرائيلية أن حكومة إسرائيل ستطلب"), and what a report
		// or a poll says will be is its forecast ("كشف تقرير ... عن أن
		// عدد سكان العالم سيصل").
		g.future = true
	}
	if g.future && a.laterStep(d, s, &g, future) {
		// What is to come after a comma that follows the event's verb is a
		// later step, not the event: "أطلقت وزارة التجارة والصناعة خدمة
		// الدفع المباشر ...، ومن المقرر أن تشمل عدداً من الخدمات الأخرى".
		g.future = false
	}
	if g.statistic() && !(g.statement && stance) {
		// "U.K. MONEY MARKET DEFICIT FORECAST AT 800 MLN STG"; but one
		// who says he opposes a tax increase takes a position.
		return Event{}, false, false, g.typeIx < 0 && !g.statement
	}
	// Two people in a headline statement met: "Blinken and Hussein reaffirm...";
	// not in a reaction or a cable, which one sends to the other ("بعث ...
	// برقية عزاء ومواساة لمساعد مدير جوازات محافظة الجبيل"), nor in a
	// position one takes on the other ("حمّل نائب الرئيس العراقي أسامة
	// النجيفي نظيره ... ودعا إلى انتخابات مبكرة").
	people := 0
	for _, e := range g.ents {
		if e.Type == gazetteer.Person {
			people++
		}
	}
	g.joint = g.joint || people >= 2 && g.condTok < 0 && g.stanceTok < 0
	// A headline about what is to come ("لقاء ... المرتقب") has no date to take.
	// A lead that names no participant is kept only when an event word of
	// its own type tells what happened (not a statement, which needs its
	// speaker), and only when the headline and the first sentence both
	// tell it (leadEvents): "شاب يفارق الحياة بمسجد" / "توفي شاب" is the
	// day's news all the same, and the merger ties two papers' such leads
	// by their rare words (rareLeads).
	if len(g.ents) == 0 && (g.typeIx < 0 || g.typeIx == a.lx.otherIx || g.statement) ||
		(g.typeIx < 0 && !g.statement) || g.future || column() {
		return Event{}, false, false, false
	}
	if !ld.clause.IsZero() && (ld.clauseType < 0 || g.typeIx >= 0 && a.lx.family[g.typeIx] == a.lx.family[ld.clauseType]) {
		// The lead's relative clause tells no other event than the
		// headline's: its day is the headline's.
		g.tx = dayTimex(ld.clause, s.TokStart)
	}
	ev = a.event(&g, g.withStates(g.ents), d, doc, d.Text.Slice(s.Start, s.End))
	ev.TimeText = ""
	ev.Status = Happened
	if toldDated(d, &ev, evs, si >= a.headlineSentences(d)) {
		return Event{}, false, false, false
	}
	return ev, true, len(g.ents) == 0, false
}

// laterStep reports whether every future cue of a headline or lead
// sentence s comes after a comma that follows the verb that types group g
// and opens the sentence: the verb tells what happened, the cues a step
// still to come. A future cue on the verb itself or before it ("ستطلق", "من المقرر أن تطلق") makes the event planned; so
// does one after a verb inside the sentence, which may be what a column
// recalls ("لا شك أن القلق ينتاب ... بعد الإعلان الرسمي عن التعاقد ...،
// ومن خلال التقرير التالي سنكشف").
//
// future is the token of the first of the cues (-1 for none): when a
// comma stands between the verb and it, one does before every later cue.
func (a *Assembler) laterStep(d *extract.Document, s textnorm.Sentence, g *group, future int) bool {
	if g.typeIx < 0 || g.typeIx == a.lx.statementIx || !g.trigVerb || future < 0 {
		return false
	}
	for k := s.TokStart; k < g.trigTok; k++ {
		if d.Tokens[k].Kind == textnorm.Word {
			return false // the verb does not open the sentence
		}
	}
	for j := g.trigTok + 1; j < future; j++ {
		if a.isComma(d, j) {
			return true
		}
	}
	return false
}

// dayTimex is a pseudo-expression of day at token tok (a headline's day).
func dayTimex(day time.Time, tok int) temporal.Timex {
	return temporal.Timex{Type: temporal.Date, Value: day.Format(time.DateOnly), Granularity: temporal.Day,
		StartDate: day, EndDate: day, Tok: tok, TokEnd: tok}
}

// toldDated reports whether a dated event near the top of the article, evs
// being its dated events, tells the same thing as ev: same type and a shared
// entity. For a body's first sentence (lead), only an event of the article's
// days can: one that ended more than leadRecent days before the article's
// date tells an older story ("Energen Corp said it has acquired the
// distribution system of the City of Clanton" beside the systems "acquired
// by Energen's Alabama Gas subsidiary since October 1986"), one that starts
// after it or spans more than leadSpan a later step or a plan (Goldstar
// "agreed with Japan's Canon Inc" beside what Canon will sell it "under the
// agreement ... in 1988"). A headline's story may be an older day's, which
// its lead dates ("مقتل 12 شخصاً ... في مالي" over the killing "يوم 20
// يوليو").
func toldDated(d *extract.Document, ev *Event, evs []Event, lead bool) bool {
	for _, e := range evs {
		if lead && !e.EndDate.IsZero() && (e.EndDate.Before(d.DCT.AddDate(0, 0, -leadRecent)) || e.StartDate.After(d.DCT) || e.EndDate.Sub(e.StartDate) > leadSpan) {
			continue
		}
		if e.Type == ev.Type && overlaps(&e, ev, false) && sentenceIndex(d, e.Text) < leadSentences {
			return true
		}
	}
	return false
}

// howOften reports an expression that tells how often or that it is so now,
// not when: a recurrence ("(750) ريالاً شهرياً") or the present ("التي
// تستضيفها حالياً"). It keeps no lead from the article's date.
func howOften(tx *temporal.Timex) bool {
	return tx.Type == temporal.Set || tx.Type == temporal.Vague && tx.Value == "PRESENT_REF"
}

// amount reports a duration that measures (how long, how old) rather
// than places: an exact amount (not "السنوات الماضية"), counted from no
// date and not in the future, that a word or mark of the language's
// duration measures opens (in its first two words) or follows ("لمدة
// عامين", "على مدى ثلاثة أيام", "يبلغ من العمر ١٩ عاما", "(31 عاماً)").
// Other durations may say when ("منذ عامين", "خلال 15 يوما") or be what
// the sentence is about ("أربعة أعوام ونصف العام مضت على انطلاقة الثورة").
// A language that lists no measures has no amounts.
func (a *Assembler) amount(d *extract.Document, dl *docLex, tx *temporal.Timex) bool {
	if tx.Type != temporal.Duration || tx.Future || !tx.StartDate.IsZero() || tx.Anchor != "" ||
		strings.Contains(tx.Value, "X") {
		return false
	}
	ll := dl.of(d.Lang == textnorm.Arabic)
	for k := max(tx.Tok-1, 0); k <= tx.Tok+1 && k < tx.TokEnd; k++ {
		tok := d.Tokens[k]
		if tok.Kind == textnorm.Word && dl.cue(k).has(fMeasure) || tok.Kind != textnorm.Word && ll.measureMarks[d.Text.TokenText(tok)] {
			return true
		}
	}
	return false
}

// leadEvents dates a story's lead by the article's date: its headline (the
// first line, when it is a line of its own) and the first sentence of its
// body, when they carry no date of their own and say what happened (the
// dateline convention: news reports the day's events). The first sentence
// and the headline of one event are one event, told by the sentence.
func (a *Assembler) leadEvents(d *extract.Document, dl *docLex, doc string, body []bool, evs []Event, column func() bool) []Event {
	if len(d.Sentences) == 0 || d.DCT.IsZero() {
		return nil
	}
	var out []Event
	first := 0
	hBare := false // the headline's event names no participant
	headline := a.headlineSentences(d)
	if headline > 0 {
		if h, ok, bare, _ := a.headlineEvent(d, dl, doc, 0, body, evs, column, a.leadDay(d, dl, body)); ok {
			h.at = 1
			out = append(out, h)
			hBare = bare
		}
		first = headline // the headline is a line of its own: the body follows
		if len(out) == 1 && len(out[0].People) == 0 && first < len(d.Sentences) && body[first] {
			// The first sentence names who the headline is about ("بغداد
			// وواشنطن تؤكدان ..." / "وقال بلينكن ...").
			h := &out[0]
			fs := d.Sentences[first]
			for _, m := range d.Mentions {
				if m.Tok < fs.TokStart || m.Tok >= fs.TokEnd || a.isCredit(d, m) || a.isSource(d, dl, m, fs.TokStart) {
					continue
				}
				e := a.entityAt(d, dl, m, d.DCT)
				if e != nil && e.Type == gazetteer.Person && !a.inName(d, dl, e, m, fs.TokStart) && !a.byline(d, dl, m) {
					h.People = unionEntities(h.People, []Entity{entityRef(e)})
				}
				if e != nil && e.Type == gazetteer.Organization && len(h.Organizations) == 0 && headlineWord(d, headline, m.Tok) {
					h.Organizations = unionEntities(h.Organizations, []Entity{entityRef(e)})
				}
			}
			h.Headline = a.lx.Headline(h, a.lang)
			if len(h.People) > 0 && toldDated(d, h, evs, false) {
				// With the people the lead names, a dated event near the
				// top tells the headline's: "ألمانيا تحذر تركيا ..." is
				// Steinmeier's warning "يوم أمس السبت" two sentences on.
				out = out[:0]
			}
		}
	}
	told := false // the first sentence gives the headline's figures
	if first < len(d.Sentences) {
		// A first sentence that names no participant tells the day's news
		// when the headline tells it too, in its type or in its words
		// ("شاب يفارق الحياة بمسجد في عفيف" / "توفي شاب ... في أحد مساجد
		// عفيف"); not a lead that goes on from another headline ("كما
		// تتواصل الاشتباكات العنيفة").
		thin := func(f *Event, si int) bool {
			return !(len(out) == 1 && a.lx.MergeClass(out[0].Type) == a.lx.MergeClass(f.Type)) &&
				(headline == 0 || !a.sameWords(d, d.Sentences[0], d.Sentences[si], 2))
		}
		f, ok, bare, figures := a.headlineEvent(d, dl, doc, first, body, evs, column, a.leadOwnDay(d, dl, first))
		ok = ok && !(bare && thin(&f, first))
		if lf := a.leadFirst(d, body); !ok && first > 0 && lf > first {
			// A byline line between the headline and the lead ("سلوى
			// المدني – عين اليوم"): the lead is the sentence after it.
			first = lf
			f, ok, bare, figures = a.headlineEvent(d, dl, doc, first, body, evs, column, a.leadOwnDay(d, dl, first))
			ok = ok && !(bare && thin(&f, first))
		}
		// A first sentence with no event word that counts what its
		// headline counts, in the headline's words, gives the headline's
		// event its figures, not a statistic: "إحباط تهريب 33 ألف زجاجة
		// خمر" over "فشلت محاولة ... في إدخال كمية ... بلغت 33288 زجاجة خمر".
		// A headline with no number of its own may tell another thing than
		// the lead's figures ("ELECTRONIC MAIL<EMCAC> REFINANCES, PRESIDENT
		// QUITS" over its financing "in the amount of 200,000 dlrs").
		told = !ok && figures && headline > 0 && counts(d, d.Sentences[0]) &&
			a.sameWords(d, d.Sentences[0], d.Sentences[first], 2)
		if ok && headline > 1 && !a.namesHeadline(d, dl, headline, &f) {
			// Under a headline cut by its dots, a lead that names none of
			// its participants tells something else: most often an opinion
			// column's opening ("التحرش.. المدرسة والبيت أولاً").
			ok = false
		}
		if ok {
			f.at = int32(first + 1)
			switch {
			case len(out) == 1 && a.lx.statementIx >= 0 && f.Type == a.lx.types[a.lx.statementIx]:
				// The first sentence says what the headline's event was
				// ("وقال بلينكن إن ..."): its people join it.
				h := &out[0]
				h.People = unionEntities(h.People, f.People)
				h.Organizations = unionEntities(h.Organizations, f.Organizations)
				h.Headline = a.lx.Headline(h, a.lang)
			case len(out) == 1 && a.lx.MergeClass(out[0].Type) == a.lx.MergeClass(f.Type):
				hBare = false // told twice: the one event
				f.People = unionEntities(f.People, out[0].People)
				f.Places = unionEntities(f.Places, out[0].Places)
				f.Organizations = unionEntities(f.Organizations, out[0].Organizations)
				f.Headline = a.lx.Headline(&f, a.lang)
				out[0] = f
			default:
				out = append(out, f)
			}
		}
	}
	if hBare && len(out) > 0 && len(out[0].People)+len(out[0].Places)+len(out[0].Organizations) == 0 && !told {
		// A headline that names no participant and that the first
		// sentence does not tell in its type (nor count, told) is too
		// thin to be the day's news alone: an opinion column's title
		// ("دعم الدولة الإيرانية للجماعات والتنظيمات الإرهابية").
		out = out[1:]
	}
	return out
}

// headlineWord reports that the word at token tok is a word of the
// headline, its first n sentences ("APOLLO COMPUTER <APCI.O> IN PACT WITH
// INFERENCE" over "Apollo Computer Inc said it has entered into ...").
func headlineWord(d *extract.Document, n, tok int) bool {
	w := d.Text.TokenText(d.Tokens[tok])
	for si := 0; si < n && si < len(d.Sentences); si++ {
		for k := d.Sentences[si].TokStart; k < d.Sentences[si].TokEnd; k++ {
			if d.Tokens[k].Kind == textnorm.Word && d.Text.TokenText(d.Tokens[k]) == w {
				return true
			}
		}
	}
	return false
}

// counts reports that sentence s holds a number outside its dating
// expressions.
func counts(d *extract.Document, s textnorm.Sentence) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		if d.Tokens[k].Kind == textnorm.Number && !slices.ContainsFunc(d.Timexes, func(tx temporal.Timex) bool { return insideTimex(&tx, k) }) {
			return true
		}
	}
	return false
}

// sameWords reports that sentences s and t share at least n words of three
// letters or more (normalized): a lead that tells its headline's story.
func (a *Assembler) sameWords(d *extract.Document, s, t textnorm.Sentence, n int) bool {
	seen := map[string]bool{}
	for k := s.TokStart; k < s.TokEnd; k++ {
		if w := d.Tokens[k]; w.Kind == textnorm.Word && utf8.RuneCountInString(d.Text.TokenText(w)) >= 3 {
			seen[textnorm.NormString(d.Text.TokenText(w))] = true
		}
	}
	for k := t.TokStart; k < t.TokEnd && n > 0; k++ {
		if w := d.Tokens[k]; w.Kind == textnorm.Word && seen[textnorm.NormString(d.Text.TokenText(w))] {
			delete(seen, textnorm.NormString(d.Text.TokenText(w)))
			n--
		}
	}
	return n == 0
}

// leadSpan is the longest time a dated event may span and tell a lead
// sentence's news: a month ("Genex said as part of the transaction, it has
// signed" this March), not a year.
const leadSpan = 31 * 24 * time.Hour

// leadRecent is how many days before the article's date the lead's own day
// may be for a headline to take it ("أمس", "last Thursday").
const leadRecent = 7

// leadDate is the day a headline with no time word of its own takes from
// its lead (leadDay): day, or clause, the day a relative clause of the lead
// gives first, when that clause tells the headline's event (its event
// word's type, clauseType, is of the headline's type family) or no event
// at all (clauseType -1); clauseType is read only where clause is set.
type leadDate struct {
	day, clause time.Time
	clauseType  int
}

// leadDay returns the day of a headline line with no time word of its own:
// the day that the first dating expression of the body's first sentence
// names, when it is one day of the week before the article's date (the
// headline tells what the lead tells: "... أمس"), else the article's date
// (the dateline convention). A date in a relative span with an event word
// of another type family than the headline's tells of another happening
// (otherClause, headlineEvent): "شيع أهالي الخرمة ... جثمان الشهيد ...,
// والذي استشهد يوم الجمعة الماضي" is the funeral of the article's day,
// not Friday's martyrdom. A headline of the clause's family takes its day
// ("تفجير مسجد قوات الطوارئ في أبها عمل جبان" over "... العمل الإرهابي الذي
// استهدف ... بمدينة أبها الخميس الماضي"). A first sentence with no dating
// expression gives the day leadOwnDay gives it.
func (a *Assembler) leadDay(d *extract.Document, dl *docLex, body []bool) leadDate {
	ld := leadDate{day: d.DCT}
	first := a.leadFirst(d, body)
	if first >= len(d.Sentences) || !body[first] {
		return ld
	}
	s := d.Sentences[first]
	if !hasDate(d, s) {
		return a.leadOwnDay(d, dl, first) // "وجه الأمير ..." / "جاء ذلك خلال زيارته ... أمس الأول"
	}
	var span []int
	for i := range d.Timexes {
		tx := &d.Timexes[i]
		if tx.Tok < s.TokStart || tx.TokEnd > s.TokEnd || !a.dating(d, *tx, first) {
			continue
		}
		if tx.Granularity != temporal.Day || !tx.StartDate.Before(d.DCT) || tx.StartDate.Before(d.DCT.AddDate(0, 0, -leadRecent)) {
			break
		}
		if ld.clause.IsZero() {
			if span == nil {
				span = a.subSpans(d, dl, s, a.clauses(d, dl, s, nil))
			}
			if a.otherClause(d, dl, s, span, tx.Tok) {
				ld.clause, ld.clauseType = tx.StartDate, a.spanType(d, dl, s, span, tx.Tok)
				continue
			}
		}
		ld.day = tx.StartDate
		break
	}
	return ld
}

// leadOwnDay is the day of the lead, sentence si, when it has no time word:
// the article's, or the day the sentence after it says the lead's event
// took place (continuationDay).
func (a *Assembler) leadOwnDay(d *extract.Document, dl *docLex, si int) leadDate {
	if si < len(d.Sentences) && !hasDate(d, d.Sentences[si]) {
		if day, ok := a.continuationDay(d, dl, si+1); ok {
			return leadDate{day: day}
		}
	}
	return leadDate{day: d.DCT}
}

// hasDate reports a dating expression in sentence s.
func hasDate(d *extract.Document, s textnorm.Sentence) bool {
	for i := range d.Timexes {
		if tx := &d.Timexes[i]; tx.Tok >= s.TokStart && tx.TokEnd <= s.TokEnd && tx.Dating() {
			return true
		}
	}
	return false
}

// continuationDay returns the day that sentence si gives the sentence
// before it: si opens with a lead continuation and its preposition ("جاء
// ذلك خلال", "وجاء ذلك في", events.yaml lead_continuations) and its first
// dating expression is a day of the last leadRecent days ("جاء ذلك خلال
// زيارته قصر أبا السعود ... أمس الأول"): the lead, which has no time word,
// told what happened on that day.
func (a *Assembler) continuationDay(d *extract.Document, dl *docLex, si int) (time.Time, bool) {
	if si >= len(d.Sentences) {
		return time.Time{}, false
	}
	s := d.Sentences[si]
	var words []int
	for k := s.TokStart; k < s.TokEnd && len(words) < 4; k++ {
		if d.Tokens[k].Kind == textnorm.Word {
			words = append(words, k)
		}
	}
	ll := dl.of(d.Lang == textnorm.Arabic)
	opens := false
	for _, ph := range ll.continuations {
		if len(ph) >= len(words) {
			continue
		}
		ok := true
		for j, w := range ph {
			ok = ok && tokenWord(d, words[j]) == w
		}
		if ok && ll.continuationPreps[tokenWord(d, words[len(ph)])] {
			opens = true
			break
		}
	}
	if !opens {
		return time.Time{}, false
	}
	for i := range d.Timexes {
		tx := &d.Timexes[i]
		if tx.Tok < s.TokStart || tx.TokEnd > s.TokEnd || !a.dating(d, *tx, si) {
			continue
		}
		if tx.Granularity != temporal.Day || tx.StartDate.After(d.DCT) || tx.StartDate.Before(d.DCT.AddDate(0, 0, -leadRecent)) {
			return time.Time{}, false
		}
		return tx.StartDate, true
	}
	return time.Time{}, false
}

// spanType returns the type of the first event word of the subordinate
// span that token k of sentence s lies in (span: subSpans), -1 for none.
func (a *Assembler) spanType(d *extract.Document, dl *docLex, s textnorm.Sentence, span []int, k int) int {
	n := span[k-s.TokStart]
	for j := spanOpen(span, s, k); j < s.TokEnd && span[j-s.TokStart] == n; j++ {
		if d.Tokens[j].Kind != textnorm.Word {
			continue
		}
		if sn := a.senseOf(d, dl, dl.cue(j).chain, j, s.TokStart, s.TokEnd, nil); sn != nil && sn.typ != a.lx.statementIx {
			return sn.typ
		}
	}
	return -1
}

// otherClause reports that token k of sentence s (subordinate spans span,
// subSpans) lies in a relative or since span that tells of another
// happening than the sentence's: not when the span opens with a verb of
// holding before k, which tells when what it follows took place ("الجلسة
// التي عقدتها أمس", "بنك التنمية الجديد الذي أسسته دول مجموعة بريكس ...
// بدأ عملياته أمس": events.yaml held), nor past a full stop with no space
// that ended the span's sentence ("... حرب كوسوفو.وتحدث الوزير امس").
func (a *Assembler) otherClause(d *extract.Document, dl *docLex, s textnorm.Sentence, span []int, k int) bool {
	n := span[k-s.TokStart]
	if n == 0 {
		return false
	}
	for j := spanOpen(span, s, k) + 1; j < k; j++ {
		tok := d.Tokens[j]
		if tok.Kind == textnorm.Punct && d.Text.TokenText(tok) == "." {
			return false
		}
		if tok.Kind == textnorm.Word && dl.of(tok.Arabic).held[d.Text.TokenText(tok)] {
			return false
		}
	}
	return true
}

// bylineChars is the longest line, in characters, that is taken for a
// byline ("قاسم الزرعي – عين اليوم") between a headline and its lead.
const bylineChars = 60

// leadFirst returns the sentence of the lead that follows the headline
// (sentence 0): the next one, past up to two lines of their own that are
// dropped boilerplate or short lines with no dating expression, the byline
// and dateline of a story ("قاسم الزرعي – عين اليوم" before "أوضحت الشؤون
// الصحية بمنطقة جازان، أنه وقع ظهر أمس الخميس حريق ...").
func (a *Assembler) leadFirst(d *extract.Document, body []bool) int {
	first := max(a.headlineSentences(d), 1)
	for skip := 0; skip < 2 && first+1 < len(d.Sentences); skip++ {
		s := d.Sentences[first]
		if body[first] && !(a.ownLine(d, s) && s.End-s.Start <= bylineChars && !a.hasDating(d, s, first)) {
			break
		}
		first++
	}
	return first
}

// headlineLineWords is the most words of a first line that is taken for a
// headline cut into sentences by its dots ("هاكر يخترق حساب ... في تويتر..
// واللاعب: حسبي الله"); headlinePieces the most sentences it spans.
const (
	headlineLineWords = 25
	headlinePieces    = 3
)

// headlineSentences returns how many sentences the article's first line,
// its headline, spans: 1 when the first sentence is a line of its own; 2
// or 3 when dots cut a short first line ("..", "د."), so that its lead is
// the sentence after the line, not a piece of the headline; 0 when the
// first line is no headline (a paragraph).
func (a *Assembler) headlineSentences(d *extract.Document) int {
	words := 0
	for si, s := range d.Sentences {
		if si >= headlinePieces {
			return 0
		}
		for k := s.TokStart; k < s.TokEnd; k++ {
			if d.Tokens[k].Kind == textnorm.Word {
				words++
			}
		}
		if s.TokEnd >= len(d.Tokens) || d.Tokens[s.TokEnd].Newline {
			if si > 0 && words > headlineLineWords {
				return 0
			}
			return si + 1
		}
	}
	return 0
}

// namesHeadline reports whether ev names a gazetteer entity that the
// article's headline, its first n sentences, names.
func (a *Assembler) namesHeadline(d *extract.Document, dl *docLex, n int, ev *Event) bool {
	end := d.Sentences[n-1].TokEnd
	for _, m := range d.Mentions {
		if m.Tok >= end {
			break
		}
		e := a.entityAt(d, dl, m, d.DCT)
		if e == nil {
			continue
		}
		for _, l := range [][]Entity{ev.People, ev.Places, ev.Organizations} {
			for _, r := range l {
				if r.ID == e.ID {
					return true
				}
			}
		}
	}
	return false
}

// ownLine reports whether sentence s is a line of its own.
func (a *Assembler) ownLine(d *extract.Document, s textnorm.Sentence) bool {
	return d.Tokens[s.TokStart].Newline && (s.TokEnd >= len(d.Tokens) || d.Tokens[s.TokEnd].Newline)
}

// hasDating reports whether sentence si (s) holds a dating expression.
func (a *Assembler) hasDating(d *extract.Document, s textnorm.Sentence, si int) bool {
	for i := range d.Timexes {
		tx := &d.Timexes[i]
		if tx.Tok >= s.TokStart && tx.TokEnd <= s.TokEnd && a.dating(d, *tx, si) {
			return true
		}
	}
	return false
}

// sentenceIndex returns the index of the sentence whose text is text.
func sentenceIndex(d *extract.Document, text string) int {
	for si, s := range d.Sentences {
		if strings.TrimSpace(d.Text.Slice(s.Start, s.End)) == text {
			return si
		}
	}
	return len(d.Sentences)
}

// dating reports that tx, in sentence si, can date an event: a resolved
// date, not a weak one (a bare اليوم) outside the lead, and not the
// occasion of what the sentence tells (بمناسبة عيد الفطر).
func (a *Assembler) dating(d *extract.Document, tx temporal.Timex, si int) bool {
	return tx.Dating() && !a.lx.weakDate(d, &tx, leadRank(d, si, a.lx.weakLead)) && !a.bareSeason(d, &tx) &&
		!a.lx.occasion(d, &tx)
}

// leadRank returns the place of sentence si in the article's lead, counting
// only the sentences before it of leadWords words or more (at most max): a
// kicker line over the story ("وزير التعليم") and the pieces of a headline
// cut at its dots ("... لسفراء الحزم.. اليوم") do not push the story's first
// sentence out of the lead.
func leadRank(d *extract.Document, si, max int) int {
	n := 0
	for i := 0; i < si && i < len(d.Sentences) && n < max; i++ {
		s, words := d.Sentences[i], 0
		for k := s.TokStart; k < s.TokEnd && words < leadWords; k++ {
			if d.Tokens[k].Kind == textnorm.Word {
				words++
			}
		}
		if words >= leadWords {
			n++
		}
	}
	return n
}

// leadWords is the fewest words of a sentence that counts in the lead.
const leadWords = 3

// beforeAmount reports that word k leads to a number: directly, or through
// إلى/to within the next few words ("وصل دعم الطاقة إلى 12.64 مليار").
func (a *Assembler) beforeAmount(d *extract.Document, dl *docLex, k, end int) bool {
	if k+1 < end && d.Tokens[k+1].Kind == textnorm.Number {
		return true
	}
	for j := k + 1; j < end-1 && j <= k+6; j++ {
		tok := d.Tokens[j]
		if tok.Kind == textnorm.Punct {
			return false
		}
		if dl.of(tok.Arabic).amountWords[strings.ToLower(d.Text.TokenText(tok))] {
			return d.Tokens[j+1].Kind == textnorm.Number
		}
	}
	return false
}

// possessor returns the person an event word's possessive pronoun refers
// to: the Arabic word ends in ـه as written (زيارته, توليه; a ة folded to ه
// by normalization does not count), or the English word follows his/her.
// The referent is the first person its sentence names before the word (the
// subject, in news: "التقى السوداني بايدن ... منذ توليه منصبه" is Sudani's
// taking office); nil when there is none or the word has no pronoun.
func (a *Assembler) possessor(d *extract.Document, dl *docLex, k int) *gazetteer.Entity {
	if k <= 0 || k >= len(d.Tokens) {
		return nil
	}
	tok := d.Tokens[k]
	if ll := dl.of(tok.Arabic); len(ll.possSuffix) > 0 {
		// (ـها is mostly a country or a force: انسحابها)
		w := d.Text.TokenOrig(tok)
		if utf8.RuneCountInString(w) < 4 || !slices.ContainsFunc(ll.possSuffix, func(s string) bool { return strings.HasSuffix(w, s) }) {
			return nil
		}
	} else if !ll.possPron[tokenWord(d, k-1)] {
		return nil
	}
	si := d.SentenceOf(k)
	if si < 0 {
		return nil
	}
	if p := a.firstPerson(d, dl, d.Sentences[si].TokStart, k); p != nil {
		return p // most often the subject
	}
	if si > 0 {
		// "... أعلن الرئيس. وجاء إعلانه بعد": the subject of the sentence before.
		return a.firstPerson(d, dl, d.Sentences[si-1].TokStart, d.Sentences[si-1].TokEnd)
	}
	return nil
}

// droppedSubject returns, for a clause whose event verb (token k, in
// sentence si) names no actor and no subject after it ("وفي 2011 أرغم على
// التنحي", "منع من الترشح"), the subject of the sentence before: its first
// person. Arabic drops the pronoun subject; the verb is the person's.
func (a *Assembler) droppedSubject(d *extract.Document, dl *docLex, si, k int) *gazetteer.Entity {
	if si == 0 || k+1 >= len(d.Tokens) {
		return nil
	}
	ll := dl.of(d.Tokens[k].Arabic)
	if ll.morph == nil {
		return nil // a language that writes its subject pronouns (He met)
	}
	if next := d.Tokens[k+1]; next.Kind == textnorm.Word {
		w := ll.morph.stripConjunction(d.Text.TokenText(next))
		if hasPrefix(w, ll.morph.article) {
			return nil // أعلنت الشرطة: the subject follows the verb
		}
	}
	for _, m := range d.Mentions {
		if m.Tok == k+1 {
			return nil // its subject is a name
		}
		if m.Tok > k+1 {
			break
		}
	}
	prev := d.Sentences[si-1]
	return a.firstPerson(d, dl, prev.TokStart, prev.TokEnd)
}

// heSubject returns, for an English sentence that opens with He or She,
// the first person the sentence before it names: "Sudani said ... He met
// Romanowski on Thursday."
func (a *Assembler) heSubject(d *extract.Document, dl *docLex, si int) *gazetteer.Entity {
	if si == 0 {
		return nil
	}
	s := d.Sentences[si]
	tok := d.Tokens[s.TokStart]
	if !dl.of(tok.Arabic).subjectPron[d.Text.TokenText(tok)] || !opensCapital(d.Text.TokenOrig(tok)) {
		return nil
	}
	prev := d.Sentences[si-1]
	return a.firstPerson(d, dl, prev.TokStart, prev.TokEnd)
}

// orgSentences is how many sentences back orgSubject looks for the company
// a sentence's "It" stands for (a Reuters story names it in its lead and
// then says "The company said", "It said").
const orgSentences = 3

// orgSubject returns, for an English sentence that opens with a pronoun or
// a definite noun of a company (events.yaml pronouns subject_org: It, The
// company), not followed by a copula (pronouns not_after_org: "It is
// expected"), the organization that the nearest of the orgSentences
// sentences before it that names anyone names first: "<Brascan Ltd> said
// ... . It said it received the warrants when it agreed to sell ...". When
// that sentence's first name is a person, a place, a source or a photo
// credit, no one is taken.
func (a *Assembler) orgSubject(d *extract.Document, dl *docLex, si int) *gazetteer.Entity {
	if si == 0 {
		return nil
	}
	s := d.Sentences[si]
	tok := d.Tokens[s.TokStart]
	ll := dl.of(tok.Arabic)
	if len(ll.orgSubject) == 0 || tok.Kind != textnorm.Word || !opensCapital(d.Text.TokenOrig(tok)) {
		return nil
	}
	n := 0 // the words of the subject
	for _, ph := range ll.orgSubject {
		if s.TokStart+len(ph) < s.TokEnd && slices.EqualFunc(ph, d.Tokens[s.TokStart:s.TokStart+len(ph)], func(w string, t textnorm.Token) bool {
			return t.Kind == textnorm.Word && strings.ToLower(d.Text.TokenText(t)) == w
		}) {
			n = len(ph)
			break
		}
	}
	if n == 0 || ll.notAfterOrg[tokenWord(d, s.TokStart+n)] {
		return nil
	}
	for _, m := range d.Mentions {
		if m.Tok >= s.TokStart && m.Tok < s.TokStart+n+1 {
			return nil // "The Company Store Inc said": a name, not the subject
		}
	}
	for back := 1; back <= orgSentences && si-back >= 0; back++ {
		prev := d.Sentences[si-back]
		for _, m := range d.Mentions {
			if m.Tok >= prev.TokEnd {
				break
			}
			if m.Tok < prev.TokStart || m.Entity == nil {
				continue
			}
			// The sentence's first name is its subject, most often: a
			// person or a place there ("Tanjug said ... . It said")
			// leaves "It" to another.
			if !isOrg(m) || a.isCredit(d, m) || a.isSource(d, dl, m, prev.TokStart) || !looksCompany(d, ll, m) {
				return nil
			}
			return m.Entity
		}
	}
	return nil
}

// looksCompany reports whether the article writes the organization that
// mention m names as a company: a mention of it, or of a name that opens
// with m's first word or with the first word of one of its names, holds a
// legal form (events.yaml pronouns company_ends: "American Motors Corp",
// "Electronic Mail Corp of America", "Volkswagen AG" for "VW"), or such a
// word has a ticker in angle brackets right after it somewhere, the
// headline most often ("FIRESTONE <FIR> TO CLOSE THREE TIRE PLANTS"). A
// country's "It had signed", a news agency's "It said" take no government
// body, international organization or agency this way ("International
// Monetary Fund").
func looksCompany(d *extract.Document, ll *langLex, m extract.Mention) bool {
	first := func(m extract.Mention) string { return tokenWord(d, m.Tok) }
	words := map[string]bool{first(m): true} // "VW" and "Volkswagen" alike
	for _, n := range m.Entity.Names.En {
		if f := strings.Fields(strings.ToLower(textnorm.NormString(n))); len(f) > 0 {
			words[f[0]] = true
		}
	}
	for _, o := range d.Mentions {
		if o.TokEnd <= o.Tok || (o.Entity != m.Entity && !words[first(o)]) {
			continue
		}
		for _, t := range d.Tokens[o.Tok:o.TokEnd] {
			if t.Kind == textnorm.Word && ll.companyEnds[strings.ToLower(d.Text.TokenText(t))] {
				return true
			}
		}
	}
	for i := 0; i+1 < len(d.Tokens); i++ {
		if d.Text.TokenOrig(d.Tokens[i+1]) == "<" && words[tokenWord(d, i)] {
			return true
		}
	}
	return false
}

// countType counts the entities of type t among ents.
func countType(ents []*gazetteer.Entity, t gazetteer.Type) int {
	n := 0
	for _, e := range ents {
		if e.Type == t {
			n++
		}
	}
	return n
}

// hasType reports an entity of type t among ents.
func hasType(ents []*gazetteer.Entity, t gazetteer.Type) bool {
	return slices.ContainsFunc(ents, func(e *gazetteer.Entity) bool { return e.Type == t })
}

// firstPerson returns the first person mentioned in tokens [from, to),
// not a byline's reporter ("عبدالعزيز السلمي- سبق- جدة: ... تعيينه" is
// not the reporter's appointment).
func (a *Assembler) firstPerson(d *extract.Document, dl *docLex, from, to int) *gazetteer.Entity {
	return a.firstPersonBut(d, dl, from, to, nil)
}

// firstPersonBut is firstPerson passing over, besides a byline's reporter,
// the mentions that skip (if not nil) reports.
func (a *Assembler) firstPersonBut(d *extract.Document, dl *docLex, from, to int, skip func(extract.Mention) bool) *gazetteer.Entity {
	for _, m := range d.Mentions {
		if m.Tok >= to {
			break
		}
		if m.Tok >= from && m.Entity != nil && m.Entity.Type == gazetteer.Person && !a.byline(d, dl, m) && (skip == nil || !skip(m)) {
			return m.Entity
		}
	}
	return nil
}
