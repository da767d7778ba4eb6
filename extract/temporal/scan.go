package temporal

import (
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/tarikh/tarikh/textnorm"
)

// Recognizer finds and resolves temporal expressions. It holds only the
// read-only rule tables and is safe for concurrent use.
type Recognizer struct {
	lx   *lexicon
	pool sync.Pool
}

// New loads the date rules of the built-in language layer
// (lang/<code>/dates.yaml for every language): NewFS(lang.Builtin()),
// read from builtin_rules.json (their decoded form, kept at go generate
// time) instead of parsing the YAML.
func New() (*Recognizer, error) {
	ls, err := builtinRules()
	if err != nil {
		return nil, err
	}
	return newRecognizer(buildLexicon(ls))
}

// NewFS loads the date rules of every language folder of fsys that holds a
// dates.yaml (fsys is laid out like the lang/ folder: <code>/dates.yaml,
// <code>/names.yaml). A new language is a new folder: no Go change.
func NewFS(fsys fs.FS) (*Recognizer, error) {
	return newRecognizer(loadLexicon(fsys))
}

// newRecognizer is a Recognizer of the lexicon lx, or err.
func newRecognizer(lx *lexicon, err error) (*Recognizer, error) {
	if err != nil {
		return nil, err
	}
	r := &Recognizer{lx: lx}
	r.pool.New = func() any { return &scanner{lx: lx} }
	return r, nil
}

// scanner is the state of one Find call.
type scanner struct {
	// out holds the expressions find has found so far (its buffer is
	// reused from text to text).
	out   []Timex
	lx    *lexicon
	t     *textnorm.Text
	toks  []textnorm.Token
	lang  textnorm.Lang
	dct   time.Time
	cache []tokSenses
	// points: the points memoized in cache (tokSenses.pi).
	points []pointMemo
	// fromNow: the text has a word fromNowAt needs (lexicon.fromNowHints:
	// الآن, ago, later...); without one that pattern is not tried. Only
	// Find sets it (ArticleDate's scans try no fromNowAt).
	fromNow bool
	// hijriCtx: whether the text names a Hijri month or era anywhere (0
	// not looked at yet, 1 yes, -1 no); lastHijri: the Hijri year and month
	// of the last Hijri date with a year found so far.
	hijriCtx               int8
	lastHijriY, lastHijriM int
	// sched: the last day after the article's date named so far by a
	// point (a weekday, a day of a month, غدا; not an amount such as بعد
	// ثلاثة أيام), which a bare weekday after it may go on from (see
	// scheduleDay); schedEnd is the token after it, -1 for none.
	sched    time.Time
	schedEnd int
}

// kind of a found expression.
type kind uint8

const (
	kPoint kind = iota + 1
	kRange
	kDuration
	kSet
	kVague
	kAnaphor // في اليوم التالي, وقتها: resolved from an earlier expression
	kOffset  // a compound amount from the article's date (شهر و21 يوما من الآن)
	kShift   // an amount from a date said after it (two days before yesterday)
)

// expr is a found, not yet resolved, expression over tokens [tok, end).
type expr struct {
	tok, end int
	// mod: the TIMEX3 mod of an amount (almost seven years: LESS_THAN).
	mod string
	// skip: leading tokens outside the extent (a preposition of English:
	// "for three years" is the TIMEX3 "three years").
	skip     int
	kind     kind
	p, q     point   // q: the end of a range
	n        float64 // duration/set count, -1 unknown
	u        unit
	vague    int
	setValue string
	future   bool // the expression itself points to the future (بعد, المقبل)
	past     bool // the expression itself points to the past (الماضي)
	ana      int  // kAnaphor: day offset from the antecedent, or anaThen
	// more: further parts of a compound duration (سنة و3 أشهر و21 يوما).
	more  [3]durPart
	nmore int
	sign  int // kOffset, kShift: -1 back, +1 ahead
	// signByTense: a kOffset said with no direction (2 سنة و21 يوما من
	// الآن) counts back after a past verb (غادرت هنا ...), else ahead.
	signByTense bool
	// alt: a kRange of alternatives (September or October): its value
	// spans both, whichever comes first.
	alt bool
	// anchorEvent: a duration that counts from an event without a date
	// (six days before the diversion came to light): no date of its own.
	anchorEvent bool
}

// durPart is one amount of one unit.
type durPart struct {
	n float64
	u unit
}

// Find returns the temporal expressions of t (whose tokens are toks), sorted
// by position and not overlapping, resolved against dct (zero: unknown; then
// relative expressions are left unresolved with the reason).
func (r *Recognizer) Find(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time) []Timex {
	s := r.pool.Get().(*scanner)
	defer r.put(s)
	s.reset(t, toks, lang, dct)
	return s.find()
}

// find is Find over the text s was reset to.
func (s *scanner) find() []Timex {
	t, toks := s.t, s.toks
	for _, h := range s.lx.fromNowHints {
		if strings.Contains(t.Norm, h) {
			s.fromNow = true
			break
		}
	}
	out := s.out[:0]
	bareWeekday := -1 // the index in out of a bare weekday just found
	for i := 0; i < len(toks); {
		if toks[i].Kind == textnorm.Punct || (toks[i].Kind == textnorm.Word && !s.canStart(i)) {
			i++
			continue
		}
		if toks[i].Kind == textnorm.Word && !s.coreNear(i) {
			i++
			continue
		}
		e, ok := s.at(i)
		if _, be, blocked := s.get(i, catBlock); blocked && (!ok || be >= e.end) {
			i = be // عين اليوم, اليوم الوطني: no date
			continue
		}
		if !ok || e.end <= i {
			i++
			continue
		}
		if e.kind == kPoint && s.namedDate(e.tok, e.p) {
			i = e.end // ثورة 25 يناير, شارع 26 سبتمبر, حرب أكتوبر: a name
			continue
		}
		if e.kind == kPoint && e.p.monthRel && e.p.d != 0 && !e.p.hijri && s.hijriAhead(e.end) {
			// في الـ 27 من الشهر الجاري ويستمر حتى الـ 4 من ذي القعدة: the
			// current month is the Hijri one the sentence goes on to name.
			e.p.hijri = true
		}
		s.textHijriYear(&e)
		x := s.finish(e, out)
		if e.kind == kPoint && e.p.hijri {
			x = s.feastPeriod(e, x)
		}
		if n := len(out); n > 0 && bareWeekday >= 0 && bareWeekday == n-1 {
			s.sameDayAs(&out[n-1], x)
		}
		bareWeekday = -1
		if e.kind == kPoint && e.p.onlyWeekday() && !e.p.rel {
			bareWeekday = len(out)
		}
		out = append(out, x)
		i = e.end
	}
	// out grew in the scanner's buffer, kept for the next text; the caller
	// gets a copy of the size it needs (nil for none).
	s.out = out[:0]
	if len(out) == 0 {
		return nil
	}
	res := slices.Clone(out)
	clear(out)
	return res
}

// feastPeriod widens x, a Hijri feast's first day, to the feast's days when
// a word of feast_periods stands right before it ("خلال إجازة عيد الفطر":
// what happened over the holiday, not on its first day), or makes it one
// of them when an ordinal comes before that word ("ثالث أيام عيد الفطر").
func (s *scanner) feastPeriod(e expr, x Timex) Timex {
	if x.Type != Date || x.Granularity != Day || x.StartDate.IsZero() || !x.StartDate.Equal(x.EndDate) ||
		!(s.inSet(e.tok-1, s.lx.feastPeriods) || s.celebratedFeast(e.tok)) || !s.has(e.tok, catHijriHoliday) {
		return x
	}
	sn, _, _ := s.get(e.tok, catHijriHoliday)
	days := s.lx.feastDays[sn.day]
	if n := s.lx.feastOrdinals[s.text(e.tok-2)]; n > 0 {
		if n > max(days, 1) {
			return x
		}
		d := x.StartDate.AddDate(0, 0, n-1)
		x.Value, x.StartDate, x.EndDate = d.Format(time.DateOnly), d, d
		return x
	}
	if days < 2 {
		return x
	}
	end := x.StartDate.AddDate(0, 0, days-1)
	x.Value, x.EndDate = x.StartDate.Format(time.DateOnly)+"/"+end.Format(time.DateOnly), end
	return x
}

// celebratedWords is how far before a feast a word of celebrating is
// looked for (احتفل أهالي قرية الكبسة بشدا غامد بعيد الفطر).
const celebratedWords = 8

// celebratedFeast reports a feast at token i written with a clitic of
// feast_clitics (بعيد الفطر) after a word of feast_celebrations in its
// clause, at most celebratedWords tokens back.
func (s *scanner) celebratedFeast(i int) bool {
	w, clitic := s.text(i), false
	for _, c := range s.lx.feastClitics {
		clitic = clitic || strings.HasPrefix(w, c)
	}
	if !clitic {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-celebratedWords && !s.inSet(k, s.lx.stops); k-- {
		if s.inSet(k, s.lx.feastCelebrate) {
			return true
		}
		if s.toks[k].Newline {
			break // a headline's line ends its clause
		}
	}
	return false
}

// sameDayAs gives the bare weekday w the day of the date x said right
// after it with a word of the language's same_day between ("يوم الثلاثاء
// الموافق 3 / 11 / 1436هـ" is 18 August, not the Tuesday the tense gives):
// that day, or the day beside it with w's weekday when the calendars
// differ by one ("الأربعاء الموافق 5 / 11 / 1436"; Umm al-Qura's Thursday).
func (s *scanner) sameDayAs(w *Timex, x Timex) {
	if len(s.lx.sameDay) == 0 || w.Granularity != Day || x.Type != Date || x.Granularity != Day ||
		!x.StartDate.Equal(x.EndDate) || w.StartDate.IsZero() || x.StartDate.IsZero() {
		return
	}
	words := 0
	for k := w.TokEnd; k < x.Tok; k++ {
		if s.toks[k].Kind == textnorm.Word {
			if words++; words > 1 || !s.lx.sameDay[s.text(k)] {
				return
			}
		}
	}
	if words != 1 {
		return
	}
	wd := w.StartDate.Weekday()
	for _, off := range []int{0, -1, 1} {
		if d := x.StartDate.AddDate(0, 0, off); d.Weekday() == wd {
			w.Value = d.Format(time.DateOnly) + w.Value[min(len(w.Value), len(time.DateOnly)):]
			w.StartDate, w.EndDate = d, d
			w.Future = !s.dct.IsZero() && d.After(s.dct)
			return
		}
	}
}

// reset readies s for a new text.
func (s *scanner) reset(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time) {
	s.t, s.toks, s.lang, s.dct = t, toks, lang, dct
	s.fromNow = false // Find looks for the hints: only its at reads fromNow
	s.hijriCtx, s.lastHijriY, s.lastHijriM = 0, 0, 0
	s.schedEnd = -1
	s.points = s.points[:0]
	if cap(s.cache) < len(toks) {
		s.cache = make([]tokSenses, len(toks))
	} else {
		s.cache = s.cache[:len(toks)]
		clear(s.cache)
	}
}

// resetKeep is reset for a text whose first keep tokens' senses s.cache
// already holds (the lead that ArticleDate scanned): those are kept, the
// rest of the cache and every memo of a point are cleared.
func (s *scanner) resetKeep(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time, keep int) {
	keep = min(keep, len(s.cache), len(toks))
	if keep == 0 {
		s.reset(t, toks, lang, dct)
		return
	}
	s.t, s.toks, s.lang, s.dct = t, toks, lang, dct
	s.fromNow = false
	s.hijriCtx, s.lastHijriY, s.lastHijriM = 0, 0, 0
	s.schedEnd = -1
	s.points = s.points[:0]
	if cap(s.cache) < len(toks) {
		c := make([]tokSenses, len(toks))
		copy(c, s.cache[:keep])
		s.cache = c
	} else {
		s.cache = s.cache[:len(toks)]
		clear(s.cache[keep:])
	}
	for i := range s.cache[:keep] {
		c := &s.cache[i]
		c.pstate, c.pi = 0, 0
	}
}

// at returns the longest expression that starts at token i.
func (s *scanner) at(i int) (expr, bool) {
	best := expr{end: -1}
	try := func(e expr, ok bool) {
		if ok && e.end > best.end {
			best = e
		}
	}
	try(s.anaphorAt(i))
	try(s.vagueAt(i))
	try(s.setAt(i))
	if s.mayBe(i, 1<<catNum|1<<catUnit|1<<catFew, 0) || s.kind(i) == textnorm.Number {
		try(s.shiftAt(i)) // before durationAt: the same extent, anchored to an event
	}
	try(s.durationAt(i))
	if s.fromNow {
		try(s.fromNowAt(i))
	}
	try(s.rangeAt(i))
	if p, end, ok := s.point(i); ok && p.clock != 0 && end >= best.end {
		best.end = -1 // 11.30 hrs, 1000 hrs EDT: a clock time, not an amount of hours
	}
	if p, end, ok := s.point(i); ok {
		try(expr{tok: i, end: end, kind: kPoint, p: p, future: p.dir > 0 || (p.rel && p.relN > 0), past: p.dir < 0 || (p.rel && p.relN < 0)}, true)
	}
	if best.end < 0 {
		return best, false
	}
	best.tok = i
	return best, true
}

// finish resolves e and builds its Timex; prev are the expressions found
// before it (the antecedents of an anaphoric one).
func (s *scanner) finish(e expr, prev []Timex) Timex {
	first := e.tok + e.skip
	st, en := int(s.toks[first].Start), int(s.toks[e.end-1].End)
	if trim := s.leadTrim(first); trim > 0 {
		tok := s.toks[first]
		st, _ = s.t.OrigSpan(int(tok.NStart)+trim, int(tok.NEnd))
	}
	x := Timex{Start: st, End: en, Text: s.t.Slice(st, en), Tok: first, TokEnd: e.end}
	tn := s.clauseTense(e.tok, e.end)
	if !tn.future && !tn.past && !tn.pastToo && !e.past && e.kind == kPoint && !e.p.rel && (e.p.wd != 0 || e.p.d != 0) && s.onsetBefore(e.tok) {
		// يتولى مهامه اعتبارا من الاثنين, takes over starting Monday: what
		// starts on a day with no tense of its own starts ahead (not بدءا
		// من العام الجاري, اليوم: the period of the article; not a month:
		// "tax laws effective from the end of December" in March are the
		// last December's).
		tn.future = true
	}
	if !tn.future && !tn.past && !tn.pastToo && !e.past && e.kind == kPoint && !e.p.rel && e.p.wd != 0 && e.p.d == 0 &&
		e.p.dir == 0 && s.scheduledBefore(e.tok) {
		// الجبير يزور موسكو الثلاثاء, بورصة أثينا تستأنف عملياتها
		// الإثنين: a bare weekday of a scheduled happening told in the
		// present is the coming one.
		tn.future = true
	}
	future := e.future || (!e.past && tn.future)
	x.Future = future
	if !future && !e.past && (!tn.past || s.lx.nearestAfterPast[s.lang]) {
		// No tense says which occurrence of a month said without a year:
		// the nearest one (see resolveYearless). In English news a past
		// verb does not say it either: a date of another year is written
		// with its year, so "called for redemption on May 4" in late April
		// is this May's.
		e.p.nearest, e.q.nearest = true, true
		// After a limit a deadline may lie further ahead, unless a past
		// verb governs it too.
		e.p.limit = tn.limit && !tn.pastToo
		e.q.limit = e.p.limit
	}
	if tn.direct && !e.past && s.timePrepBefore(e) {
		// سينتخب المؤتمر رئيسا جديدا في فبراير: the verb's own date, not
		// a date of another event it names (بعد اجتماع 27 يناير).
		e.p.governed, e.q.governed = true, true
	}
	if future && tn.limit {
		// will close its plant by October 1: a deadline ahead may lie
		// more than six months off.
		e.p.limit, e.q.limit = true, true
	}
	switch e.kind {
	case kAnaphor:
		x.Type = Date
		r, fromText := anaphor(e.ana, e.u, e.tok, prev, s.dct, future)
		if fromText {
			x.Anchor = AnchorText
		}
		if r.why != "" {
			x.Unresolved = r.why
			x.Granularity = Day
			return x
		}
		x.Value, x.Granularity, x.StartDate, x.EndDate = r.value, r.gran, r.start, r.end
		return x
	case kVague, kSet, kDuration:
		x = finishAmount(x, e, future)
		if e.kind == kDuration && (e.future || e.past) && e.nmore == 0 && !e.anchorEvent {
			// The next three months: a duration that carries its interval
			// (TIMEX3's beginPoint and endPoint); it dates no event.
			x.StartDate, x.EndDate, _ = countSpan(s.dct, e.u, e.n, e.future)
		}
		if e.anchorEvent {
			x.Anchor = AnchorEvent
		}
		return x
	}
	if e.kind == kPoint && e.p.anchor != anchorDCT && !tn.future {
		// two days later, a year earlier; بعد ثلاثة أشهر after a date of
		// the past or a past verb: from the last date named.
		if a, ok := s.antecedent(e.tok, prev); ok && (e.p.anchor == anchorPrev || tn.past || s.before(a)) {
			x.Type, x.Anchor = Date, AnchorText
			x = setResolved(x, resolveRel(e.p, a.StartDate), e.p)
			x.Future = !s.dct.IsZero() && x.StartDate.After(s.dct)
			return x
		}
		if e.p.anchor == anchorPrevPast && tn.past {
			x.Type, x.Future, x.Anchor = Date, false, AnchorEvent
			x.Unresolved, x.Granularity = "counted from an event without a date", granOf(e.p)
			return x
		}
	}
	if e.kind == kPoint && e.p.afterYears && !tn.future {
		x.Type, x.Future = Duration, false
		x.Value, x.Granularity = durationValue(float64(e.p.relN), e.p.relUnit), e.p.relUnit.Granularity()
		return x
	}
	if e.signByTense && tn.past {
		e.sign = -1
	}
	if e.kind == kPoint && pastWeekend(e.p, s.dct, (tn.past || s.lx.weekendPast[s.lang]) && !future) {
		e.p.relN = -1
	}
	if e.kind == kPoint && e.p.dir > 0 && s.coordinated(e) {
		if day, ok := s.scheduleDay(e.tok); ok {
			// السبت والأحد المقبلين in an article of a Saturday: the
			// Sunday after the coming Saturday, not tomorrow.
			off := (e.p.wd - 1 - int(day.Weekday()) + 7) % 7
			if off == 0 {
				off = 7
			}
			x.Type, x.Future = Date, true
			x = setResolved(x, dayValue(day.AddDate(0, 0, off)), e.p)
			s.sched, s.schedEnd = x.StartDate, x.TokEnd
			return x
		}
	}
	if e.kind == kPoint && e.p.onlyWeekday() && !e.p.rel && !future && !tn.past {
		if day, ok := s.scheduleDay(e.tok); ok {
			// A schedule told in order: "ستحيي تنومة الليلة الأولى الأحد
			// المقبل، يليها بلقرن ورجال ألمع الاثنين والثلاثاء، ثم سراة
			// عبيدة ... الأحد والاثنين والثلاثاء": each bare weekday is the
			// first such day after the day named before it.
			// The same weekday right after the day is that day said
			// again ("1 رمضان 1445 هـ يوافق الاثنين").
			off := (e.p.wd - 1 - int(day.Weekday()) + 7) % 7
			if off == 0 && s.wordsBetween(s.schedEnd, e.tok) > sameDayWords {
				off = 7
			}
			r := dayValue(day.AddDate(0, 0, off))
			r.value += timeSuffix(e.p)
			x.Type, x.Future = Date, true
			x = setResolved(x, r, e.p)
			s.sched, s.schedEnd = x.StartDate, x.TokEnd
			return x
		}
	}
	x = s.finishDate(x, e, future)
	switch {
	case e.kind == kPoint && !e.p.offset && x.Granularity == Day && !s.dct.IsZero() && x.StartDate.After(s.dct) && x.StartDate.Equal(x.EndDate):
		s.sched, s.schedEnd = x.StartDate, x.TokEnd
	case x.Dating():
		s.schedEnd = -1 // another date between: the schedule is not told on
	}
	return x
}

// timePrepBefore reports a preposition of time (في, خلال, in, on, during)
// right before the extent of e, inside its leading tokens or before them.
func (s *scanner) timePrepBefore(e expr) bool {
	first := e.tok + e.skip
	if first < 1 {
		return false
	}
	end, ok := s.marker(first-1, mkIn)
	return ok && end == first
}

// coordinated reports a weekday with no date of its own joined by "and" to
// the expression right before it (والأحد, and Friday).
func (s *scanner) coordinated(e expr) bool {
	if e.p.wd == 0 || e.p.d != 0 || e.p.m != 0 || e.p.y != 0 || e.p.rel || e.tok < 1 {
		return false
	}
	if s.andPrefixed(e.tok) {
		return s.schedEnd == e.tok
	}
	end, ok := s.marker(s.schedEnd, mkAnd)
	return ok && end == e.tok
}

// sameDayWords is how many words may stand between a day and its own
// weekday said after it ("يوافق", "الموافق").
const sameDayWords = 1

// wordsBetween counts the words of tokens [a, b).
func (s *scanner) wordsBetween(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if s.toks[k].Kind == textnorm.Word {
			n++
		}
	}
	return n
}

// scheduleDay returns the last day after the article's date named before
// token tok (s.sched), when it is at most offsetWindow tokens back in the
// same sentence and paragraph: a bare weekday after it, with no past tense
// of its own, goes on with the schedule it opens. An amount counted from
// the article's date ("بعد ثلاثة أيام على الهجوم") opens none.
func (s *scanner) scheduleDay(tok int) (time.Time, bool) {
	if s.schedEnd < 0 || s.schedEnd > tok || tok-s.schedEnd > offsetWindow {
		return time.Time{}, false
	}
	for j := s.schedEnd; j < tok; j++ {
		if s.lineBreak(j) || s.hardStop(j) {
			return time.Time{}, false
		}
	}
	return s.sched, true
}

// finishAmount fills the type and value of a vague reference, a set or a
// duration.
func finishAmount(x Timex, e expr, future bool) Timex {
	switch e.kind {
	case kVague:
		x.Type = Vague
		x.Value = [...]string{"", "PAST_REF", "PRESENT_REF", "FUTURE_REF"}[e.vague]
		x.Future = e.vague == vagueFuture || (e.vague == vaguePresent && future)
	case kSet:
		x.Type = Set
		x.Value = e.setValue
		if x.Value == "" {
			x.Value = durationValue(e.n, e.u)
		}
		x.Granularity = e.u.Granularity()
	case kDuration:
		x.Type, x.Mod = Duration, e.mod
		x.Value = durationValue(e.n, e.u)
		if e.nmore > 0 {
			x.Value = compoundDuration(append([]durPart{{e.n, e.u}}, e.more[:e.nmore]...))
		}
		x.Granularity = e.u.Granularity()
	}
	return x
}

// finishDate resolves a point, a range or an offset from the article's date.
func (s *scanner) finishDate(x Timex, e expr, future bool) Timex {
	x.Type = Date
	var r resolved
	switch e.kind {
	case kOffset:
		r = offsetFrom(s.dct, e.sign, append([]durPart{{e.n, e.u}}, e.more[:e.nmore]...))
		x.Future = e.sign > 0
	case kShift:
		r = shiftFrom(s.resolve(e.p, future), e.u, e.sign*int(e.n))
	case kRange:
		a := s.resolve(e.p, future)
		var b resolved
		if a.why == "" && a.gran == Day && e.q.onlyWeekday() && e.p.onlyWeekday() {
			// من الثلاثاء إلى الخميس: the first Thursday from that Tuesday.
			b = dayValue(a.start.AddDate(0, 0, (e.q.wd-1-int(a.start.Weekday())+7)%7))
		} else {
			b = s.resolve(e.q, future)
		}
		if e.alt && a.why == "" && b.why == "" && b.end.Before(a.start) {
			a, b = b, a // January or December, said of the past
		}
		if !e.alt && a.why == "" && b.why == "" && b.end.Before(a.start) && yearless(e.q) && e.q.hijri && a.gran != Week &&
			(future || s.dct.IsZero() || !a.start.After(s.dct.AddDate(0, 0, 60))) {
			// من 25 شوال وتستمر حتى 7 ذي القعدة: a yearless Hijri end
			// resolved before the start is the first one after it. With no
			// future tense, a start more than two months ahead is left
			// unresolved. (Gregorian ends so read gave Reuters 46 values,
			// about a quarter wrong: fiscal years said of the past, "extended
			// from March six to March 31"; not done.)
			b = s.resolveInYear(e.q, a.start, func(x resolved) bool { return !x.end.Before(a.start) }, future)
		}
		r = rangeOf(a, b)
	default:
		r = s.resolve(e.p, future)
	}
	if r.why != "" {
		x.Unresolved = r.why
		x.Granularity = granOf(e.p)
		return x
	}
	x = setResolved(x, r, e.p)
	if x.Future && !e.future && !s.dct.IsZero() && r.end.Before(s.dct) {
		x.Future = false // a date wholly before the article's is not planned
	}
	return x
}

// yearless reports a date of a month (and day) said without a year or a
// word that dates it from now.
func yearless(p point) bool {
	return p.m != 0 && p.y == 0 && !p.yearRel && !p.rel && !p.monthRel && p.season == 0
}

// resolveInYear resolves p in the year (Hijri when p is) of t, or in the
// next one when ok does not hold there.
func (s *scanner) resolveInYear(p point, t time.Time, ok func(resolved) bool, future bool) resolved {
	p.y = t.Year()
	if p.hijri {
		p.y, _, _ = toHijri(t)
	}
	r := s.resolve(p, future)
	if r.why == "" && !ok(r) {
		p.y++
		r = s.resolve(p, future)
	}
	return r
}

// setResolved fills x with the resolution r of p (or why it has none).
func setResolved(x Timex, r resolved, p point) Timex {
	if r.why != "" {
		x.Unresolved = r.why
		x.Granularity = granOf(p)
		return x
	}
	x.Value, x.Granularity, x.StartDate, x.EndDate = r.value, r.gran, r.start, r.end
	x.Mod = [...]string{"", "START", "MID", "END"}[p.mod]
	return x
}

// antecedent returns the last date named before token tok in its
// paragraph, at most offsetWindow tokens back, that is not itself counted
// from another (a year earlier ... a year earlier: both from 1986).
func (s *scanner) antecedent(tok int, prev []Timex) (Timex, bool) {
	for k := len(prev) - 1; k >= 0; k-- {
		x := prev[k]
		if tok-x.TokEnd > offsetWindow {
			break
		}
		if !x.Dating() || x.Anchor == AnchorText {
			continue
		}
		for j := x.TokEnd; j <= tok; j++ {
			if s.lineBreak(j) {
				return Timex{}, false
			}
		}
		return x, true
	}
	return Timex{}, false
}

// before reports a date that ends before the article's.
func (s *scanner) before(x Timex) bool { return !s.dct.IsZero() && x.EndDate.Before(s.dct) }

// offsetWindow is how many tokens back an offset looks for the date it
// counts from (a sentence or two).
const offsetWindow = 60

func (s *scanner) resolve(p point, future bool) resolved {
	r := resolvePoint(p, s.dct, future)
	if r.why == "" && r.gran == Day && r.start.Equal(r.end) {
		r.value += timeSuffix(p) // Sunday night: 2024-03-24TNI
	}
	switch {
	case p.later:
		r = laterPart(r, s.dct)
	case p.rest:
		r = restPart(r, s.dct)
	case p.earlier:
		r = earlierPart(r, s.dct)
	}
	return r
}

// anaphorAt parses في اليوم التالي, اليوم نفسه, وقتها, آنذاك, the next day.
func (s *scanner) anaphorAt(i int) (expr, bool) {
	sn, e, ok := s.get(i, catAnaphor)
	if !ok {
		return expr{}, false
	}
	if r, _, okR := s.relAt(e); okR && r != 0 && sn.unit != uNone && s.arabic(e) {
		// فعلوا ذلك الشهر الماضي: "did that last month", the demonstrative
		// is the verb's object and الشهر الماضي the date
		return expr{}, false
	}
	return expr{end: e, kind: kAnaphor, ana: sn.val, u: sn.unit}, true
}

// leadTrim returns how many bytes of clitic prefix (و, ف, ب...) the first
// token of an expression carries: they are left out of its extent.
func (s *scanner) leadTrim(i int) int {
	tok := s.toks[i]
	if !tok.Arabic {
		return 0
	}
	w := s.text(i)
	if _, ok := s.lx.words[w]; ok {
		return 0
	}
	trim := 0
	for _, pre := range [][]string{s.lx.conj, s.lx.preps} {
		for _, p := range pre {
			if len(w) > len(p)+2 && w[:len(p)] == p {
				w = w[len(p):]
				trim += len(p)
				if _, ok := s.lx.words[w]; ok {
					return trim
				}
				break
			}
		}
	}
	return 0
}

// granOf guesses the granularity of an unresolved point.
func granOf(p point) Granularity {
	switch {
	case p.decade != 0:
		return Decade
	case p.weekN != 0:
		return Week
	case p.d != 0 || p.wd != 0 || (p.rel && p.relUnit == uDay):
		return Day
	case p.rel:
		return p.relUnit.Granularity()
	case p.m != 0:
		return Month
	case p.quarter != 0:
		return Quarter
	}
	return Year
}

// pastWeekend reports whether p, the end of the week or the weekend said
// without this/next/last, is the one just past: a past verb governs it (or
// no future cue does, in a language whose news reads it so:
// weekend_past_unless_future) and the article is of a Monday or Tuesday, when the week's end is days ahead
// while the one told of is over (قتل 14 شخصا خلال عطلة نهاية الأسبوع, said
// on a Monday). On a Sunday the ISO week ending that day holds it already.
func pastWeekend(p point, dct time.Time, past bool) bool {
	if !past || !p.weekUnsaid || p.relN != 0 || dct.IsZero() {
		return false
	}
	wd := dct.Weekday()
	return wd == time.Monday || wd == time.Tuesday
}

// namedDate reports a month or a day and month said without a year or
// الماضي/المقبل right after a word that makes it a name (date_names:
// ثورة 25 يناير, أحداث 11 سبتمبر, حرب أكتوبر, دفعة يناير, شارع 26 سبتمبر,
// مدينة 6 أكتوبر, قصر 22 مايو): the revolution of 2011, a street, a city,
// not this year's date. With a year it is a date (ثورة 25 يناير 2011);
// after an anniversary word (anniversary: ذكرى ثورة 23 يوليو) it is this
// year's day.
func (s *scanner) namedDate(tok int, p point) bool {
	if p.m == 0 || p.y != 0 || p.yearRel || p.monthRel || p.dir != 0 || p.rel || p.wd != 0 ||
		tok == 0 || !s.arabic(tok-1) || s.kind(tok-1) != textnorm.Word || len(s.lx.dateNames) == 0 {
		return false
	}
	if !s.cliticIn(tok-1, s.lx.dateNames) {
		return false
	}
	// ذكرى ثورة 23 يوليو, الذكرى الـ63 لثورة 23 يوليو, احتفالات ثورة
	// يوليو: the anniversary, this year's day
	for k := tok - 2; k >= 0 && k >= tok-4; k-- {
		if s.kind(k) == textnorm.Word && s.cliticIn(k, s.lx.anniversary) {
			return false
		}
	}
	return true
}

// cliticIn reports the Arabic word at i in set, as written or with a و
// and a ل/ب prefix read off (لثورة, وبمدينة).
func (s *scanner) cliticIn(i int, set map[string]bool) bool {
	w := s.text(i)
	if set[w] {
		return true
	}
	for _, c := range s.lx.conj {
		if rest, ok := strings.CutPrefix(w, c); ok {
			if set[rest] {
				return true
			}
			w = rest // وبمدينة
			break
		}
	}
	for _, pr := range s.lx.preps {
		if rest, ok := strings.CutPrefix(w, pr); ok && set[rest] {
			return true
		}
	}
	return false
}

// Categories of the function words that start expressions only together
// with a date word after them (من, بين, خلال, هذا, كل, نحو): markers,
// prepositions before a year, tense and limit cues, approximators. (A
// word that starts a blocked phrase, عين اليوم, is always tried: the main
// loop skips the whole phrase.)
const functionCats = 1<<catMarker | 1<<catYearPrep | 1<<catFuture | 1<<catFutureScope | 1<<catBreak |
	1<<catNotFuture | 1<<catNotCounted | 1<<catPast | 1<<catNotPast | 1<<catLimit | 1<<catAfterVerb |
	1<<catBeforeParticiple | 1<<catAmPm | 1<<catYearDet | 1<<catApprox | 1<<catWholeAfter

// coreReach is how many tokens after a function word coreNear looks for
// the date word that an expression starting with it holds.
const coreReach = 4

// coreNear reports whether word token i may start an expression: it has
// a sense other than a function word's, or one of the coreReach tokens
// after it is a number, a word with such a sense, or a season or decade
// noun. A function word with none after it starts nothing (من as a
// preposition: most of its occurrences).
func (s *scanner) coreNear(i int) bool {
	if s.senses(i).mask&^functionCats != 0 {
		return true
	}
	for k := i + 1; k <= i+coreReach && k < len(s.toks); k++ {
		switch s.toks[k].Kind {
		case textnorm.Number:
			return true
		case textnorm.Word:
			if c := s.senses(k); c.mask&^functionCats != 0 || c.n == 0 && s.mayStartBare(k) {
				return true
			}
		}
	}
	return false
}
