package temporal

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

// datesFile is the name of a language's date rules in its folder of the
// language layer (lang/<code>/dates.yaml).
const datesFile = "dates.yaml"

// ruleFile is the schema of one <code>/dates.yaml table. The loader is
// strict: a key not listed here is an error with its file:line:col.
type ruleFile struct {
	Lang              string                         `yaml:"lang"`
	Conjunctions      []string                       `yaml:"conjunctions"`
	Prepositions      []string                       `yaml:"prepositions"`
	DayFirst          bool                           `yaml:"day_first"`
	WeekStart         string                         `yaml:"week_start"`
	WeekendPast       bool                           `yaml:"weekend_past_unless_future"`
	NearestAfterPast  bool                           `yaml:"yearless_nearest_after_past"`
	HijriYears        bool                           `yaml:"hijri_years"`
	Months            map[int][]string               `yaml:"months"`
	AmbiguousMonths   []string                       `yaml:"ambiguous_months"`
	MonthsAfterIn     []string                       `yaml:"months_after_in"`
	HijriMonths       map[int][]string               `yaml:"hijri_months"`
	AmbiguousHijri    []string                       `yaml:"ambiguous_hijri"`
	Weekdays          map[int][]string               `yaml:"weekdays"`
	AmbiguousWeekdays []string                       `yaml:"ambiguous_weekdays"`
	RelativeDays      map[int][]string               `yaml:"relative_days"`
	Relative          map[string][]string            `yaml:"relative"`
	Parts             map[string][]string            `yaml:"parts"`
	Later             []string                       `yaml:"later"`
	Earlier           []string                       `yaml:"earlier"`
	Units             map[string]map[string][]string `yaml:"units"`
	Numbers           map[int][]string               `yaml:"numbers"`
	Teen              []string                       `yaml:"teen"`
	Thousands         []string                       `yaml:"thousands"`
	Few               []string                       `yaml:"few"`
	Whole             []string                       `yaml:"whole"`
	WholeAfter        []string                       `yaml:"whole_after"`
	LastWords         []string                       `yaml:"last_words"`
	ShortPeriods      map[string]int                 `yaml:"short_periods"`
	Half              []string                       `yaml:"half"`
	Seasons           map[string][]string            `yaml:"seasons"`
	Rest              []string                       `yaml:"rest"`
	RestOwn           map[string][]string            `yaml:"rest_own"`
	Weekend           []string                       `yaml:"weekend"`
	Ordinals          map[int][]string               `yaml:"ordinals"`
	Markers           map[string][]string            `yaml:"markers"`
	YearPreps         []string                       `yaml:"year_preps"`
	Sets              map[string][]string            `yaml:"sets"`
	DayPartSets       map[string][]string            `yaml:"day_part_sets"`
	Vague             map[string][]string            `yaml:"vague"`
	Decades           map[int][]string               `yaml:"decades"`
	DecadesAfterPrep  []string                       `yaml:"decades_after_prep"`
	Holidays          map[string][]string            `yaml:"holidays"`
	HijriHolidays     map[string][]string            `yaml:"hijri_holidays"`
	WeekdayHolidays   []weekdayHoliday               `yaml:"weekday_holidays"`
	Easter            []string                       `yaml:"easter"`
	FuturePrefix      string                         `yaml:"future_prefix"`
	FuturePrefixNext  []string                       `yaml:"future_prefix_next"`
	FuturePrefixMin   int                            `yaml:"future_prefix_min_runes"`
	NotFuture         []string                       `yaml:"not_future"`
	NotCounted        []string                       `yaml:"not_counted"`
	QuantityPreps     []string                       `yaml:"quantity_preps"`
	FutureWords       []string                       `yaml:"future_words"`
	FutureScope       []string                       `yaml:"future_scope"`
	PastWords         []string                       `yaml:"past_words"`
	PastSuffixes      []string                       `yaml:"past_suffixes"`
	NotPast           []string                       `yaml:"not_past"`
	LimitWords        []string                       `yaml:"limit_words"`
	AfterVerb         []string                       `yaml:"after_verb"`
	DayParts          map[string][]string            `yaml:"day_parts"`
	TodayParts        map[string][]string            `yaml:"today_parts"`
	AmPm              map[string][]string            `yaml:"am_pm"`
	YearDeterminers   []string                       `yaml:"year_determiners"`
	Approx            map[string][]string            `yaml:"approx"`
	DayPreps          []string                       `yaml:"day_preps"`
	DayFollowers      []string                       `yaml:"day_followers"`
	BeforeParticiple  []string                       `yaml:"before_participle"`
	ClauseBreaks      []string                       `yaml:"clause_breaks"`
	NotDates          []string                       `yaml:"not_dates"`
	Anaphora          map[string][]string            `yaml:"anaphora"`

	// Word-level grammar of the language (see ar/dates.yaml).
	Article            string   `yaml:"article"`
	ArticleLam         string   `yaml:"article_lam"`
	AndPrefix          []string `yaml:"and_prefix"`
	Commas             []string `yaml:"commas"`
	Stops              []string `yaml:"stops"`
	Percent            []string `yaml:"percent"`
	RelDayNotAfter     []string `yaml:"relative_day_not_after"`
	RatePreps          []string `yaml:"rate_preps"`
	OfTime             []string `yaml:"of_time"`
	Century            []string `yaml:"century"`
	SeasonNouns        []string `yaml:"season_nouns"`
	DecadeNouns        []string `yaml:"decade_nouns"`
	DecadeAges         []string `yaml:"decade_ages"`
	NonCalendarYears   []string `yaml:"non_calendar_years"`
	CountedSuffix      string   `yaml:"counted_suffix"`
	CountedNotSuffixes []string `yaml:"counted_not_suffixes"`
	NameLinks          []string `yaml:"name_links"`
	ScoreZero          []string `yaml:"score_zero"`
	DateNames          []string `yaml:"date_names"`
	Anniversary        []string `yaml:"anniversary"`
	NearWords          []string `yaml:"near_words"`
	FewCounts          []string `yaml:"few_counts"`
	NearBefore         []string `yaml:"near_before"`
	// OnsetWords: a word of onset right before a date (اعتبارا من,
	// starting): with no tense of its own, the date lies ahead.
	OnsetWords []string `yaml:"onset_words"`
	// ScheduledVerbs: present verbs of a scheduled happening (يزور,
	// تستضيف, يبدأ): a bare weekday they govern, with no tense word in its
	// clause, is the coming one (الجبير يزور موسكو الثلاثاء).
	ScheduledVerbs []string `yaml:"scheduled_verbs"`
	// SameDay: a word between a weekday and a date that says they are one
	// day (الموافق: "يوم الثلاثاء الموافق 3 / 11 / 1436هـ").
	SameDay []string `yaml:"same_day"`
	// FeastPeriods: a word right before a Hijri feast that makes it the
	// feast's days, FeastDays of them from its first (خلال أيام عيد الفطر,
	// إجازة عيد الفطر: not its first day); FeastOrdinals: an ordinal before
	// such a word names one of those days (ثالث أيام عيد الفطر: the third).
	FeastPeriods  []string       `yaml:"feast_periods"`
	FeastOrdinals map[string]int `yaml:"feast_ordinals"`
	FeastDays     map[string]int `yaml:"feast_days"`
	// FeastClitics and FeastCelebrations: a feast written with one of the
	// clitics, after a word of celebrating in its clause, is what was
	// celebrated over its days (احتفل أهالي أشيقر بعيد الفطر): its days too.
	FeastClitics      []string `yaml:"feast_clitics"`
	FeastCelebrations []string `yaml:"feast_celebrations"`

	// Display says dates in output (DisplayNames).
	Display DisplayNames `yaml:"display"`
}

// cat is the category of a lexicon sense.
type cat uint8

const (
	catMonth            cat = iota + 1 // val month 1..12
	catHijri                           // val Hijri month 1..12
	catWeekday                         // val 0 (Sunday)..6
	catRelDay                          // val day offset from the DCT
	catRel                             // val -1 past, +1 future, 0 present/this
	catPart                            // val modStart, modMid, modEnd
	catLater                           // "later this ..."
	catUnit                            // unit, count: 1, 2, or 0 for plural
	catNum                             // val cardinal value
	catTeen                            // عشر after a unit
	catThousand                        // multiplier
	catFew                             // بضعة, قليلة, few
	catWhole                           // طوال, all, another: one whole unit (طوال الشهر = P1M)
	catShort                           // val periods per year: Q (4) and H (2) of Q3 2016, H1 2016
	catWholeAfter                      // كامل, بأكمله: after a unit, the whole of it (يوم كامل)
	catLastWord                        // آخر, last: "the last" before a week or a weekday
	catOrd                             // val ordinal day
	catMarker                          // val marker kind
	catYearPrep                        // a bare year may follow
	catSet                             // unit
	catVague                           // val vaguePast, vaguePresent, vagueFuture
	catDecade                          // val first year
	catHoliday                         // day: month and day
	catWdHoliday                       // day: month, weekday and nth (-1 the last): Thanksgiving
	catEaster                          // Easter Sunday (Western computus)
	catHijriHoliday                    // day: Hijri month and day
	catFuture                          // future marker, clause scope
	catFutureScope                     // future marker, sentence scope
	catBreak                           // clause break
	catNotFuture                       // looks like a future verb but is not
	catNotCounted                      // ends like a counted noun (ـا) but is a function word (عندما, أيضا)
	catBlock                           // a phrase that contains a date word but is no date (عين اليوم)
	catAnaphor                         // val offset from the antecedent in unit, anaThen: its value
	catHalf                            // نصف, half
	catSeason                          // val 1 spring .. 4 winter
	catRest                            // بقية, the rest of (val 0); a period said as its own (أسبوعي): val its unit
	catPast                            // a past-tense word (قد, كان, said, was)
	catNotPast                         // ends like an English past verb but is not one (need, hundred)
	catLimit                           // a preposition of limit (حتى, بحلول, until, by)
	catAfterVerb                       // a function word that follows a verb rather than an adjective (the, in)
	catBeforeParticiple                // be, been, to: the -ed word after it is no past verb
	catDayPart                         // val dpMorning..dpNight; fToday: tonight (today's)
	catAmPm                            // val 0 (a.m.) or 12 (p.m.)
	catYearDet                         // a determiner before a year used as a modifier (a 2010 raid)
	catApprox                          // val index of approxMods: almost, about, more than before an amount
	catWeekend                         // عطلة نهاية الأسبوع, weekend (keep last)
)

// Every category is a bit of tokSenses.mask: this fails to compile when
// there are more than 64.
const _ uint64 = 1 << (63 - catWeekend)

// anaThen is the catAnaphor value of وقتها / آنذاك / at that time: the
// antecedent's own value whatever its granularity (day or month).
const anaThen = 99

// Marker kinds.
const (
	mkDay = iota + 1
	mkMonth
	mkYear
	mkHijri
	mkAD
	mkEvery
	mkNight
	mkSince
	mkIn
	mkBefore
	mkAfter
	mkWithin
	mkBetween
	mkFrom
	mkTo
	mkAnd
	mkOf
	mkThis
	mkAgo
	mkLaterWord
	mkEarlier       // an adverb after an amount: two days earlier (from the last date named)
	mkLater         // two days later, afterwards
	mkAnchorBefore  // before after an amount: a date (two days before yesterday), an event, or the last date named
	mkAnchorAfter   // after, from after an amount
	mkDecadeCentury // القرن الماضي after a decade
	mkTimeZone      // GMT, EST after a clock time
	mkHours         // hrs after a clock time (11.30 hrs)
	mkAt            // at before a clock time (Saturday at 15:00 GMT)
	mkFromNow
	mkContinue
	mkOr        // September or October: alternatives, one expression
	mkOrdSuffix // keep last
)

// Every marker kind is a bit of tokSenses.markers: this fails to compile
// when there are more than 64.
const _ uint64 = 1 << (63 - mkOrdSuffix)

var markerKinds = map[string]int{
	"day": mkDay, "month": mkMonth, "year": mkYear, "hijri": mkHijri, "ad": mkAD,
	"every": mkEvery, "night": mkNight, "since": mkSince, "in": mkIn, "before": mkBefore,
	"after": mkAfter, "within": mkWithin, "between": mkBetween, "from": mkFrom, "to": mkTo,
	"and": mkAnd, "of": mkOf, "this": mkThis, "ago": mkAgo, "later_word": mkLaterWord, "earlier": mkEarlier, "later": mkLater,
	"anchor_before": mkAnchorBefore, "anchor_after": mkAnchorAfter, "decade_century": mkDecadeCentury,
	"time_zone": mkTimeZone, "hours": mkHours, "at": mkAt,
	"from_now": mkFromNow, "ordinal_suffix": mkOrdSuffix, "continue": mkContinue, "or": mkOr,
}

// unit is a calendar unit.
type unit uint8

const (
	uNone unit = iota
	uHour
	uDay
	uWeek
	uMonth
	uQuarter
	uYear
	uDecade
	uMinute // durations only
	uSecond // durations only
)

// subDay reports units shorter than a day (durations only, never offsets).
func (u unit) subDay() bool { return u == uHour || u == uMinute || u == uSecond }

var unitNames = map[string]unit{string(Hour): uHour, string(Day): uDay, string(Week): uWeek, string(Month): uMonth,
	string(Quarter): uQuarter, string(Year): uYear, string(Decade): uDecade,
	string(Minute): uMinute, string(Second): uSecond}

// Granularity is the unit as a granularity of the date model (a day unit
// is Day); empty for no unit.
func (u unit) Granularity() Granularity {
	switch u {
	case uHour:
		return Hour
	case uDay:
		return Day
	case uWeek:
		return Week
	case uMonth:
		return Month
	case uQuarter:
		return Quarter
	case uYear:
		return Year
	case uDecade:
		return Decade
	case uMinute:
		return Minute
	case uSecond:
		return Second
	}
	return ""
}

// weekdayHoliday is a holiday on the nth weekday of a month (Thanksgiving:
// the fourth Thursday of November; nth -1 is the last).
type weekdayHoliday struct {
	Month   int      `yaml:"month"`
	Weekday int      `yaml:"weekday"`
	Nth     int      `yaml:"nth"`
	Names   []string `yaml:"names"`
}

// Part-of-period modifiers.
const (
	modStart = iota + 1
	modMid
	modEnd
)

var modNames = map[string]int{"START": modStart, "MID": modMid, "END": modEnd}

// approxMods are the TIMEX3 mods of an amount said with about, almost,
// more than (index 0: none).
var approxMods = [...]string{"", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}

// Vague references.
const (
	vaguePast = iota + 1
	vaguePresent
	vagueFuture
)

var vagueNames = map[string]int{"PAST_REF": vaguePast, "PRESENT_REF": vaguePresent, "FUTURE_REF": vagueFuture}

// Sense flags.
const (
	fAmbiguous uint8 = 1 << iota // a month name that is also a common word; a decade word that needs a preposition (الألفين)
	fDefinite                    // a unit with the article (الشهرين)
	fCurrent                     // a present word that dates a month to the current year (الجاري)
	fToday                       // a part of day that is today's (tonight)
	fAfterIn                     // an ambiguous month name that "in" before it makes a month (في مارس)
)

// sense is one meaning of a word or phrase: its category, value and the
// further words a phrase needs.
type sense struct {
	cat   cat
	flags uint8
	// val is the category's value (see cat): a month, a weekday, a number,
	// a marker kind...
	val int
	// unit and count: catUnit's unit and form (1, 2, or 0 for the plural);
	// catAnaphor's unit.
	unit  unit
	count int
	// day: the calendar day of a holiday.
	day holidayDay
	// rest are the words after the first of a phrase.
	rest []string
}

// holidayDay is the day of a holiday: a fixed month and day (Christmas,
// 1 Shawwal), or the nth weekday of a month (Thanksgiving: the fourth
// Thursday of November; nth -1 is the last).
type holidayDay struct {
	month, day int
	weekday    int // 0 Sunday .. 6, with nth
	nth        int
}

// lexicon is the merged word table of all languages. Arabic and English
// words never collide (different scripts), so one table serves text that
// mixes them.
type lexicon struct {
	words map[string][]sense
	// keyBits has bit keyHash(k) set for every key k of words: a word whose
	// bit is clear is not a key (most words of a text), found without
	// hashing it into the map.
	keyBits []uint64
	// entries holds the senses of every key of words with the categories
	// and marker kinds among them, computed once; index maps a key to its
	// entry's place in entries.
	entries []lexEntry
	index   map[string]int32
	// conj and preps are clitic prefixes stripped from Arabic tokens.
	conj, preps []string
	dayFirst    map[textnorm.Lang]bool
	// sundayWeek: the language's week starts on Sunday (week_start), so
	// its "last week" said on a Sunday is the ISO week ending that day.
	sundayWeek map[textnorm.Lang]bool
	// weekendPast: the language's news means the weekend just past by a
	// bare weekend said early in the week unless a future cue governs it
	// (weekend_past_unless_future; see pastWeekend).
	weekendPast map[textnorm.Lang]bool
	// nearestAfterPast: the language's news writes the year of a date in
	// another year, so a month or day said without one after a past verb
	// is still the nearest occurrence (yearless_nearest_after_past; see
	// resolveYearless).
	nearestAfterPast map[textnorm.Lang]bool
	// hijriYears: the language's texts write Hijri years without an era
	// (Saudi news: عام 1436), read by context (see hijriYearByContext).
	hijriYears map[textnorm.Lang]bool
	futPrefix  string
	futNext    []string
	futMin     int
	maxWordLen int
	// bareWeekday: Arabic weekdays without the article (جمعة, أحد), which
	// are weekdays only after يوم (أول يوم جمعة): alone they are names and
	// numbers.
	bareWeekday map[string]int
	// quantityPreps introduce amounts as often as years (من, إلى, بين).
	quantityPreps map[string]bool
	// givenNames: a weekday word after one is a family name (أحمد الخميس).
	givenNames map[string]bool
	// fromNowHints: the last words of the from_now, ago and later_word
	// markers; a text with none of them has no compound amount from now.
	fromNowHints []string

	// Word-level grammar, merged over the languages (ruleFile).
	articles       []string // definite articles written as a prefix (ال)
	andPrefixes    []string // "and" written as a prefix (والجمعة)
	commas         map[string]bool
	stops          map[string]bool // punctuation that ends a clause for good
	percent        map[string]bool
	relDayNotAfter map[string]bool // ذلك اليوم, the day: no relative day
	ratePreps      map[string]bool // 2000 ريال في اليوم: a rate, not today
	ofTime         map[string]bool // قبل عقدين من الزمن: counts from now
	century        map[string]bool // ربع قرن: no quarter
	seasonNouns    map[string]bool // فصل الصيف
	decadeNouns    map[string]bool // سنوات التسعينات
	decadeAges     map[string]bool // الثلاثينيات من عمره: an age, not a decade
	nonCalYears    map[string]bool // العام الدراسي: a school year, not a calendar year
	nameLinks      map[string]bool // بن, ابن: a bare weekday after بن X is a family name
	scoreZero      map[string]bool // صفر: a month name that is also "zero" in a score
	dateNames      map[string]bool // ثورة, شارع: a yearless date after one is a name
	sameDay        map[string]bool // الموافق: a weekday and the date after it are one day
	feastPeriods   map[string]bool // أيام, إجازة: a Hijri feast after one is its days
	feastOrdinals  map[string]int  // ثالث: ثالث أيام عيد الفطر is its third day
	feastDays      map[holidayDay]int
	feastClitics   []string        // ب: بعيد الفطر
	feastCelebrate map[string]bool // احتفل: احتفل ... بعيد الفطر is over its days
	anniversary    map[string]bool // ذكرى: ذكرى ثورة 23 يوليو is this year's day
	nearWords      map[string]bool // قريبا, soon: also "near" (قريبا من) or anchored (soon after)
	fewCounts      map[string]bool // عدة, بضعة: before a unit, a vague duration without a preposition
	onsetWords     map[string]bool // اعتبارا, starting: the date after it starts something ahead
	scheduledVerbs map[string]bool // يزور, تستضيف: a bare weekday after one is ahead
	nearBefore     map[string]bool // من, after: the words that make them so
	dayPreps       map[string]bool // on the 27th: a day of the month alone needs one
	dayFollowers   map[string]bool // the words that may follow it (the 27th and)
	counted        []countedRule
	// pastSuffixes end the past-tense verbs of a language written in Latin
	// script (English -ed); a word with one is a past cue unless not_past
	// lists it.
	pastSuffixes []string
}

// countedRule says how a counted noun in the accusative ends (2049
// مبتعثاً): with suffix, and not with any of not.
type countedRule struct {
	suffix string
	not    []string
}

// langRules is what the lexicon reads of one language folder: its date
// rules (dates.yaml, Lang set to the folder's name when the file names
// none) and the given names of its names.yaml, when it has one.
type langRules struct {
	Dir        string
	Rules      ruleFile
	GivenNames []string
}

// readRules reads, strictly, the date rules of every language folder of
// fsys that has a dates.yaml, and the given names of its names.yaml when
// it has one; an error when no folder has a dates.yaml.
func readRules(fsys fs.FS) ([]langRules, error) {
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("temporal: language layer: %w", err)
	}
	var out []langRules
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		name := path.Join(e.Name(), datesFile)
		if _, err := fs.Stat(fsys, name); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		lr := langRules{Dir: e.Name()}
		if err := lang.Decode(fsys, name, &lr.Rules); err != nil {
			return nil, fmt.Errorf("temporal: %w", err)
		}
		if lr.Rules.Lang == "" {
			lr.Rules.Lang = e.Name()
		}
		// Given names (a weekday after one is a family name: أحمد الخميس)
		// come from the language's name data, shared with the name matcher.
		names := path.Join(e.Name(), "names.yaml")
		if _, err := fs.Stat(fsys, names); err == nil {
			var nd lang.Arabic
			if err := lang.Decode(fsys, names, &nd); err != nil {
				return nil, fmt.Errorf("temporal: %w", err)
			}
			lr.GivenNames = nd.GivenNames
		}
		out = append(out, lr)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("temporal: no language folder with a %s", datesFile)
	}
	return out, nil
}

// loadLexicon reads the date rules of every language folder of fsys that
// has a dates.yaml, and the given names of its names.yaml when it has one.
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	ls, err := readRules(fsys)
	if err != nil {
		return nil, err
	}
	return buildLexicon(ls)
}

// buildLexicon puts the rules read by readRules into a lexicon.
func buildLexicon(ls []langRules) (*lexicon, error) {
	lx := &lexicon{words: map[string][]sense{}, dayFirst: map[textnorm.Lang]bool{}, sundayWeek: map[textnorm.Lang]bool{}, weekendPast: map[textnorm.Lang]bool{}, nearestAfterPast: map[textnorm.Lang]bool{}, hijriYears: map[textnorm.Lang]bool{}, bareWeekday: map[string]int{},
		quantityPreps: map[string]bool{}, givenNames: map[string]bool{}, commas: map[string]bool{}, stops: map[string]bool{},
		percent: map[string]bool{}, relDayNotAfter: map[string]bool{}, ratePreps: map[string]bool{}, ofTime: map[string]bool{},
		century: map[string]bool{}, seasonNouns: map[string]bool{}, decadeNouns: map[string]bool{}, decadeAges: map[string]bool{}, nonCalYears: map[string]bool{},
		dayPreps: map[string]bool{}, dayFollowers: map[string]bool{}, nameLinks: map[string]bool{}, scoreZero: map[string]bool{}, dateNames: map[string]bool{}, sameDay: map[string]bool{}, feastPeriods: map[string]bool{}, feastOrdinals: map[string]int{}, feastDays: map[holidayDay]int{}, feastCelebrate: map[string]bool{}, anniversary: map[string]bool{}, nearWords: map[string]bool{}, nearBefore: map[string]bool{}, fewCounts: map[string]bool{}, onsetWords: map[string]bool{}, scheduledVerbs: map[string]bool{}}
	if len(ls) == 0 {
		return nil, fmt.Errorf("temporal: no language folder with a %s", datesFile)
	}
	for i := range ls {
		if err := lx.add(&ls[i].Rules); err != nil {
			return nil, fmt.Errorf("temporal: %s: %v", path.Join(ls[i].Dir, datesFile), err)
		}
		for _, w := range ls[i].GivenNames {
			lx.givenNames[textnorm.NormString(w)] = true
		}
	}
	// Longest phrases first, so the first match of a category is the longest.
	for k, ss := range lx.words {
		sort.SliceStable(ss, func(i, j int) bool { return len(ss[i].rest) > len(ss[j].rest) })
		lx.words[k] = ss
		if len(k) > lx.maxWordLen {
			lx.maxWordLen = len(k)
		}
	}
	lx.keyBits = make([]uint64, keyBitsLen/64)
	lx.index = make(map[string]int32, len(lx.words))
	lx.entries = make([]lexEntry, 0, len(lx.words))
	for k, ss := range lx.words {
		h := keyHash(k)
		lx.keyBits[h/64] |= 1 << (h % 64)
		en := lexEntry{ss: ss}
		for _, sn := range ss {
			en.mask |= 1 << sn.cat
			if sn.cat == catMarker {
				en.markers |= 1 << sn.val
			}
		}
		lx.index[k] = int32(len(lx.entries))
		lx.entries = append(lx.entries, en)
	}
	return lx, nil
}

// keyBitsLen is the size of lexicon.keyBits in bits: a few thousand keys
// set well under 1% of them.
const keyBitsLen = 1 << 18

// keyHash is a cheap hash of a word (its length and a few bytes at either
// end) into [0, keyBitsLen). It reads odd and even bytes alike: in Arabic
// script every other byte is a lead byte (0xD8-0xDB) that says nearly
// nothing, and a hash of those let 15% of the words that are no key through.
func keyHash(w string) uint32 {
	n := len(w)
	h := uint32(n) * 0x9E3779B1
	if n > 0 {
		h ^= uint32(w[0])<<24 | uint32(w[n-1])<<16
	}
	if n > 3 {
		h ^= uint32(w[1])<<8 | uint32(w[n-3])
		h ^= (uint32(w[3])<<8 | uint32(w[n-2])) * 0x85EBCA6B
	}
	if n > 5 {
		h ^= (uint32(w[5])<<8 | uint32(w[n-5])) * 0xC2B2AE35
	}
	h ^= h >> 15
	h *= 0x2C1B3C6D
	h ^= h >> 13
	return h % keyBitsLen
}

// lexEntry is a key's senses, with a bit 1<<cat for every category among
// them (mask) and 1<<kind for every marker kind (markers).
type lexEntry struct {
	ss            []sense
	mask, markers uint64
}

// lookup returns the entry of the word w, ok false when w is no key.
func (lx *lexicon) lookup(w string) (*lexEntry, bool) {
	id, ok := lx.lookupID(w)
	if !ok {
		return nil, false
	}
	return &lx.entries[id], true
}

// lookupID returns the place in lx.entries of the entry of the word w, ok
// false when w is no key.
func (lx *lexicon) lookupID(w string) (int32, bool) {
	h := keyHash(w)
	if lx.keyBits[h/64]&(1<<(h%64)) == 0 {
		return 0, false
	}
	id, ok := lx.index[w]
	return id, ok
}

// phraser splits table entries into normalized token texts, the way the
// tokenizer splits running text, normalizing and tokenizing entry after
// entry into the same arrays (the words it returns are slices of each
// entry's own normalized text, which it does not reuse).
type phraser struct {
	t    *textnorm.Text
	toks []textnorm.Token
}

func (p *phraser) words(s string) []string {
	p.t = textnorm.NormalizeReusing(strings.TrimSpace(s), p.t)
	p.toks = p.t.TokenizeAppend(p.toks)
	out := make([]string, 0, len(p.toks))
	for _, tok := range p.toks {
		out = append(out, p.t.TokenText(tok))
	}
	return out
}

// adder puts the words of one language's rule file into the lexicon.
type adder struct {
	lx *lexicon
	// article and lam: the definite article and its contraction after the
	// preposition ل (ال, لل: للثاني stands for ل + الثاني); empty when the
	// language writes no article as a prefix.
	article, lam string
	ph           *phraser
}

func (a adder) put(word string, s sense) {
	w := a.ph.words(word)
	if len(w) == 0 {
		return
	}
	s.rest = w[1:]
	a.lx.words[w[0]] = append(a.lx.words[w[0]], s)
	if a.lam != "" && strings.HasPrefix(w[0], a.article) && utf8.RuneCountInString(w[0]) > utf8.RuneCountInString(a.article)+1 {
		k := a.lam + strings.TrimPrefix(w[0], a.article)
		a.lx.words[k] = append(a.lx.words[k], s)
	}
}

func (a adder) putAll(words []string, s sense) {
	for _, w := range words {
		a.put(w, s)
	}
}

// definite reports a normalized word that starts with the article.
func (a adder) definite(w string) bool { return a.article != "" && strings.HasPrefix(w, a.article) }

func addSet(m map[string]bool, ws []string) {
	for _, w := range ws {
		m[textnorm.NormString(w)] = true
	}
}

// addGrammar reads the word-level grammar of a rule file.
func (lx *lexicon) addGrammar(rf *ruleFile) {
	if rf.Article != "" {
		lx.articles = append(lx.articles, textnorm.NormString(rf.Article))
	}
	for _, w := range rf.AndPrefix {
		lx.andPrefixes = append(lx.andPrefixes, textnorm.NormString(w))
	}
	addSet(lx.commas, rf.Commas)
	addSet(lx.stops, rf.Stops)
	addSet(lx.percent, rf.Percent)
	addSet(lx.relDayNotAfter, rf.RelDayNotAfter)
	addSet(lx.ratePreps, rf.RatePreps)
	addSet(lx.ofTime, rf.OfTime)
	addSet(lx.century, rf.Century)
	addSet(lx.seasonNouns, rf.SeasonNouns)
	addSet(lx.decadeNouns, rf.DecadeNouns)
	addSet(lx.decadeAges, rf.DecadeAges)
	addSet(lx.nonCalYears, rf.NonCalendarYears)
	addSet(lx.nameLinks, rf.NameLinks)
	addSet(lx.scoreZero, rf.ScoreZero)
	addSet(lx.dateNames, rf.DateNames)
	addSet(lx.sameDay, rf.SameDay)
	addSet(lx.feastPeriods, rf.FeastPeriods)
	addSet(lx.feastCelebrate, rf.FeastCelebrations)
	for _, c := range rf.FeastClitics {
		lx.feastClitics = append(lx.feastClitics, textnorm.NormString(c))
	}
	for w, n := range rf.FeastOrdinals {
		lx.feastOrdinals[textnorm.NormString(w)] = n
	}
	addSet(lx.anniversary, rf.Anniversary)
	addSet(lx.nearWords, rf.NearWords)
	addSet(lx.fewCounts, rf.FewCounts)
	addSet(lx.onsetWords, rf.OnsetWords)
	addSet(lx.scheduledVerbs, rf.ScheduledVerbs)
	addSet(lx.nearBefore, rf.NearBefore)
	addSet(lx.dayPreps, rf.DayPreps)
	addSet(lx.dayFollowers, rf.DayFollowers)
	if rf.CountedSuffix != "" {
		r := countedRule{suffix: textnorm.NormString(rf.CountedSuffix)}
		for _, w := range rf.CountedNotSuffixes {
			r.not = append(r.not, textnorm.NormString(w))
		}
		lx.counted = append(lx.counted, r)
	}
}

func normSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[textnorm.NormString(w)] = true
	}
	return m
}

// add puts the words of one language's rule file into the lexicon.
func (lx *lexicon) add(rf *ruleFile) error {
	lx.addGrammar(rf)
	a := adder{lx: lx, article: textnorm.NormString(rf.Article), lam: textnorm.NormString(rf.ArticleLam), ph: new(phraser)}
	for _, step := range []func(adder, *ruleFile) error{
		addScript, addRelative, addAmounts, addPeriods, addMarkers, addHolidays, addClauseWords,
	} {
		if err := step(a, rf); err != nil {
			return err
		}
	}
	return nil
}

// addScript puts the clitics, the future prefix, month names, Hijri month names and weekdays.
func addScript(a adder, rf *ruleFile) error {
	lx := a.lx
	lx.dayFirst[textnorm.Lang(rf.Lang)] = rf.DayFirst
	switch rf.WeekStart {
	case "", "monday":
	case "sunday":
		lx.sundayWeek[textnorm.Lang(rf.Lang)] = true
	default:
		return fmt.Errorf("week_start: %q is not monday or sunday", rf.WeekStart)
	}
	lx.hijriYears[textnorm.Lang(rf.Lang)] = rf.HijriYears
	lx.weekendPast[textnorm.Lang(rf.Lang)] = rf.WeekendPast
	lx.nearestAfterPast[textnorm.Lang(rf.Lang)] = rf.NearestAfterPast
	for _, c := range rf.Conjunctions {
		lx.conj = append(lx.conj, textnorm.NormString(c))
	}
	for _, p := range rf.Prepositions {
		lx.preps = append(lx.preps, textnorm.NormString(p))
	}
	if rf.FuturePrefix != "" {
		lx.futPrefix = textnorm.NormString(rf.FuturePrefix)
		for _, n := range rf.FuturePrefixNext {
			lx.futNext = append(lx.futNext, textnorm.NormString(n))
		}
		lx.futMin = rf.FuturePrefixMin
	}
	amb, afterIn := normSet(rf.AmbiguousMonths), normSet(rf.MonthsAfterIn)
	for w := range afterIn {
		if !amb[w] {
			return fmt.Errorf("months_after_in: %q is not in ambiguous_months", w)
		}
	}
	for m, ws := range rf.Months {
		if m < 1 || m > 12 {
			return fmt.Errorf("month %d out of range", m)
		}
		for _, w := range ws {
			var f uint8
			if n := textnorm.NormString(w); amb[n] {
				f = fAmbiguous
				if afterIn[n] {
					f |= fAfterIn
				}
			}
			a.put(w, sense{cat: catMonth, val: m, flags: f})
		}
	}
	ambH := normSet(rf.AmbiguousHijri)
	for m, ws := range rf.HijriMonths {
		if m < 1 || m > 12 {
			return fmt.Errorf("hijri month %d out of range", m)
		}
		for _, w := range ws {
			var f uint8
			if ambH[textnorm.NormString(w)] {
				f = fAmbiguous
			}
			a.put(w, sense{cat: catHijri, val: m, flags: f})
		}
	}
	ambW := normSet(rf.AmbiguousWeekdays)
	for d, ws := range rf.Weekdays {
		if d < 0 || d > 6 {
			return fmt.Errorf("weekday %d out of range", d)
		}
		for _, w := range ws {
			var f uint8
			if ambW[textnorm.NormString(w)] {
				f = fAmbiguous
			}
			a.put(w, sense{cat: catWeekday, val: d, flags: f})
		}
		for _, w := range ws {
			if n := textnorm.NormString(w); a.definite(n) && len(n) > len(a.article)+2 {
				lx.bareWeekday[n[len(a.article):]] = d
			}
		}
	}
	return nil
}

// addRelative puts words relative to the article's date: relative days, past/next/this words, part-of-period words, later/earlier.
func addRelative(a adder, rf *ruleFile) error {
	for off, ws := range rf.RelativeDays {
		a.putAll(ws, sense{cat: catRelDay, val: off})
	}
	for k, ws := range rf.Relative {
		v, ok := map[string]int{"past": -1, "future": 1, "present": 0, "current": 0}[k]
		if !ok {
			return fmt.Errorf("relative: unknown kind %q", k)
		}
		var f uint8
		if k == "current" {
			f = fCurrent
		}
		a.putAll(ws, sense{cat: catRel, val: v, flags: f})
	}
	for k, ws := range rf.Parts {
		v, ok := modNames[k]
		if !ok {
			return fmt.Errorf("parts: unknown modifier %q", k)
		}
		a.putAll(ws, sense{cat: catPart, val: v})
	}
	a.putAll(rf.Later, sense{cat: catLater})
	a.putAll(rf.Earlier, sense{cat: catLater, val: -1})
	return nil
}

// addAmounts puts units, numbers and the words that count them.
func addAmounts(a adder, rf *ruleFile) error {
	for un, forms := range rf.Units {
		u, ok := unitNames[un]
		if !ok {
			return fmt.Errorf("units: unknown unit %q", un)
		}
		for form, ws := range forms {
			n, ok := map[string]int{"one": 1, "two": 2, "many": 0}[form]
			if !ok {
				return fmt.Errorf("units: %s: unknown form %q", un, form)
			}
			for _, w := range ws {
				var f uint8
				if a.definite(textnorm.NormString(w)) {
					f = fDefinite
				}
				a.put(w, sense{cat: catUnit, unit: u, count: n, flags: f})
			}
		}
	}
	for n, ws := range rf.Numbers {
		a.putAll(ws, sense{cat: catNum, val: n})
	}
	a.putAll(rf.Teen, sense{cat: catTeen, val: 10})
	a.putAll(rf.Thousands, sense{cat: catThousand, val: 1000})
	a.putAll(rf.Few, sense{cat: catFew})
	a.putAll(rf.Whole, sense{cat: catWhole})
	a.putAll(rf.WholeAfter, sense{cat: catWholeAfter})
	a.putAll(rf.LastWords, sense{cat: catLastWord})
	for w, n := range rf.ShortPeriods {
		if n != 2 && n != 4 {
			return fmt.Errorf("short_periods: %q: %d periods a year (2 halves or 4 quarters)", w, n)
		}
		a.put(w, sense{cat: catShort, val: n})
	}
	a.putAll(rf.Half, sense{cat: catHalf})
	return nil
}

// addPeriods puts seasons, the rest of a period, weekends, ordinals and decades.
func addPeriods(a adder, rf *ruleFile) error {
	for k, ws := range rf.Seasons {
		v, ok := map[string]int{"SP": 1, "SU": 2, "FA": 3, "WI": 4}[k]
		if !ok {
			return fmt.Errorf("seasons: unknown season %q", k)
		}
		for _, w := range ws {
			var f uint8
			if a.definite(textnorm.NormString(w)) {
				f = fDefinite
			}
			a.put(w, sense{cat: catSeason, val: v, flags: f})
		}
	}
	a.putAll(rf.Rest, sense{cat: catRest})
	for un, ws := range rf.RestOwn {
		u, ok := unitNames[un]
		if !ok || (u != uWeek && u != uMonth && u != uYear) {
			return fmt.Errorf("rest_own: unit %q is not week, month or year", un)
		}
		a.putAll(ws, sense{cat: catRest, val: int(u)})
	}
	a.putAll(rf.Weekend, sense{cat: catWeekend})
	for n, ws := range rf.Ordinals {
		a.putAll(ws, sense{cat: catOrd, val: n})
	}
	afterPrep := normSet(rf.DecadesAfterPrep)
	for y, ws := range rf.Decades {
		for _, w := range ws {
			var f uint8
			if afterPrep[textnorm.NormString(w)] {
				f = fAmbiguous
				delete(afterPrep, textnorm.NormString(w))
			}
			a.put(w, sense{cat: catDecade, val: y, flags: f})
		}
	}
	for w := range afterPrep {
		return fmt.Errorf("decades_after_prep: %q is not in decades", w)
	}
	return nil
}

// addMarkers puts markers, year prepositions, sets and vague references.
func addMarkers(a adder, rf *ruleFile) error {
	lx := a.lx
	for k, ws := range rf.Markers {
		v, ok := markerKinds[k]
		if !ok {
			return fmt.Errorf("markers: unknown marker %q", k)
		}
		a.putAll(ws, sense{cat: catMarker, val: v})
		if v == mkFromNow || v == mkAgo || v == mkLaterWord || v == mkEarlier || v == mkLater {
			for _, w := range ws {
				ph := a.ph.words(w)
				lx.fromNowHints = append(lx.fromNowHints, ph[len(ph)-1])
			}
		}
	}
	a.putAll(rf.YearPreps, sense{cat: catYearPrep})
	for un, ws := range rf.Sets {
		u, ok := unitNames[un]
		if !ok {
			return fmt.Errorf("sets: unknown unit %q", un)
		}
		a.putAll(ws, sense{cat: catSet, unit: u})
	}
	for k, ws := range rf.DayPartSets {
		v, ok := dayPartNames[k]
		if !ok {
			return fmt.Errorf("day_part_sets: unknown part %q (MO, AF, EV, NI)", k)
		}
		a.putAll(ws, sense{cat: catSet, unit: uDay, val: v})
	}
	for k, ws := range rf.Vague {
		v, ok := vagueNames[k]
		if !ok {
			return fmt.Errorf("vague: unknown kind %q", k)
		}
		a.putAll(ws, sense{cat: catVague, val: v})
	}
	return nil
}

// addHolidays puts fixed, Hijri and weekday holidays and Easter.
func addHolidays(a adder, rf *ruleFile) error {
	for md, ws := range rf.Holidays {
		v, err := monthDay(md)
		if err != nil {
			return fmt.Errorf("holidays: %v", err)
		}
		a.putAll(ws, sense{cat: catHoliday, day: v})
	}
	for _, h := range rf.WeekdayHolidays {
		if h.Month < 1 || h.Month > 12 || h.Weekday < 0 || h.Weekday > 6 || h.Nth == 0 || h.Nth < -1 || h.Nth > 5 {
			return fmt.Errorf("weekday_holidays: %v: month 1-12, weekday 0-6 (Sunday 0), nth 1-5 or -1", h.Names)
		}
		a.putAll(h.Names, sense{cat: catWdHoliday, day: holidayDay{month: h.Month, weekday: h.Weekday, nth: h.Nth}})
	}
	a.putAll(rf.Easter, sense{cat: catEaster})
	for md, ws := range rf.HijriHolidays {
		v, err := monthDay(md)
		if err != nil {
			return fmt.Errorf("hijri_holidays: %v", err)
		}
		a.putAll(ws, sense{cat: catHijriHoliday, day: v})
	}
	for md, n := range rf.FeastDays {
		v, err := monthDay(md)
		if err != nil {
			return fmt.Errorf("feast_days: %w", err)
		}
		if n < 1 {
			return fmt.Errorf("feast_days: %q: %d days, want 1 or more", md, n)
		}
		a.lx.feastDays[v] = n
	}
	return nil
}

// addClauseWords puts the words of tense and clauses, not-dates and anaphora.
func addClauseWords(a adder, rf *ruleFile) error {
	lx := a.lx
	a.putAll(rf.FutureWords, sense{cat: catFuture})
	a.putAll(rf.FutureScope, sense{cat: catFutureScope})
	a.putAll(rf.ClauseBreaks, sense{cat: catBreak})
	a.putAll(rf.PastWords, sense{cat: catPast})
	a.putAll(rf.NotPast, sense{cat: catNotPast})
	a.putAll(rf.LimitWords, sense{cat: catLimit})
	a.putAll(rf.AfterVerb, sense{cat: catAfterVerb})
	a.putAll(rf.YearDeterminers, sense{cat: catYearDet})
	for k, ws := range rf.Approx {
		v := slices.Index(approxMods[:], k)
		if v <= 0 {
			return fmt.Errorf("approx: unknown modifier %q (APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE)", k)
		}
		a.putAll(ws, sense{cat: catApprox, val: v})
	}
	for k, ws := range rf.DayParts {
		v, ok := dayPartNames[k]
		if !ok {
			return fmt.Errorf("day_parts: unknown part %q (MO, AF, EV, NI)", k)
		}
		a.putAll(ws, sense{cat: catDayPart, val: v})
	}
	for k, ws := range rf.TodayParts {
		v, ok := dayPartNames[k]
		if !ok {
			return fmt.Errorf("today_parts: unknown part %q (MO, AF, EV, NI)", k)
		}
		a.putAll(ws, sense{cat: catDayPart, val: v, flags: fToday})
	}
	for k, ws := range rf.AmPm {
		v, ok := map[string]int{"am": 0, "pm": 12}[k]
		if !ok {
			return fmt.Errorf("am_pm: unknown kind %q (am, pm)", k)
		}
		a.putAll(ws, sense{cat: catAmPm, val: v})
	}
	a.putAll(rf.BeforeParticiple, sense{cat: catBeforeParticiple})
	for _, w := range rf.PastSuffixes {
		lx.pastSuffixes = append(lx.pastSuffixes, textnorm.NormString(w))
	}
	a.putAll(rf.NotFuture, sense{cat: catNotFuture})
	a.putAll(rf.NotCounted, sense{cat: catNotCounted})
	for w := range normSet(rf.QuantityPreps) {
		lx.quantityPreps[w] = true
	}
	a.putAll(rf.NotDates, sense{cat: catBlock})
	type anaKind struct {
		off int
		u   unit
	}
	kinds := map[string]anaKind{"same": {0, uDay}, "next": {1, uDay}, "previous": {-1, uDay},
		"then": {anaThen, uDay}, "next_week": {1, uWeek}, "next_month": {1, uMonth}, "next_year": {1, uYear},
		"same_week": {0, uWeek}, "same_month": {0, uMonth}, "same_year": {0, uYear},
		"previous_week": {-1, uWeek}, "previous_month": {-1, uMonth}, "previous_year": {-1, uYear}}
	for k, ws := range rf.Anaphora {
		v, ok := kinds[k]
		if !ok {
			return fmt.Errorf("anaphora: unknown kind %q", k)
		}
		a.putAll(ws, sense{cat: catAnaphor, val: v.off, unit: v.u})
	}
	return nil
}

// monthDay parses a holiday's "MM-DD".
func monthDay(s string) (holidayDay, error) {
	m, d, ok := strings.Cut(s, "-")
	mi, err1 := strconv.Atoi(m)
	di, err2 := strconv.Atoi(d)
	if !ok || err1 != nil || err2 != nil || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return holidayDay{}, fmt.Errorf("bad month-day %q", s)
	}
	return holidayDay{month: mi, day: di}, nil
}
