package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// This file and hijri.go (calendar conversion) are the only places that do
// date arithmetic. Every function here is pure: the same point and DCT give
// the same answer.
//
// Outside the Umm al-Qura table (hijri.go), Hijri dates are converted with
// the tabular (arithmetic) Islamic calendar,
// civil epoch (1 Muharram 1 AH = Friday 16 July 622 Julian), with leap years
// 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each 30-year cycle. It can
// differ by a day or two from the Umm al-Qura calendar and from sighting.

// point is a parsed, not yet resolved, calendar expression.
type point struct {
	y, m, d int  // absolute fields, 0 when not said
	wd      int  // weekday+1 (1 = Sunday), 0 when not said
	hijri   bool // y, m, d are Hijri
	decade  int  // first year of a decade (1990), 0 when not a decade
	quarter int  // 1..4 with y (or relative year)

	// Relative to the DCT: relN units of relUnit from it (أمس: -1 day,
	// الشهر الماضي: -1 month). rel says the point is relative at all.
	rel     bool
	relUnit unit
	relN    int
	// offset: an amount counted from the DCT (قبل ثلاثة أسابيع, two years
	// ago), not the period its unit names (الأسبوع الماضي). As TIMEX3 does,
	// it resolves to the granularity of its unit: قبل عامين is a year.
	offset bool
	// yearRel: y is relative (العام المقبل after a month): DCT year + yearN.
	yearRel bool
	yearN   int
	// monthRel: m is relative (20 من الشهر المقبل): DCT month + monthN.
	monthRel bool
	monthN   int

	earlier bool // "earlier this year": the part before the DCT
	dir     int  // -1 الماضي, +1 المقبل, 0 unsaid: which occurrence of a month or weekday (a weekday's -2/+2: before last, after next)
	mod     int  // modStart, modMid, modEnd
	later   bool
	season  int  // 1 spring .. 4 winter (with y, yearRel or dir)
	rest    bool // بقية الأسبوع: from the DCT to the end of the period
	weekend bool // with relUnit week: its Saturday and Sunday
	// weekUnsaid: the end of the week or the weekend said without
	// this/next/last (نهاية الأسبوع, عطلة نهاية الأسبوع, the weekend): in
	// a past clause early in the week it is the one just past (see
	// pastWeekend).
	weekUnsaid bool
	// sundayWeek: "last week" (or the week before it) in a language whose
	// week starts on Sunday (week_start): said on a Sunday it is the week
	// that ended the day before, six of whose days are the ISO week ending
	// on the DCT.
	sundayWeek bool
	// weekN: the nth week (1..5, -1 last) of the month or year the rest of
	// the point names (الأسبوع الأول من أكتوبر); wdN: the nth weekday wd of
	// its month (أول يوم جمعة من يوليو).
	weekN, wdN int
	half       int  // 1 or 2 with y (or a relative year): H1 2016
	easter     bool // Easter Sunday of y, or of the year the tense points to
	// afterYears: بعد + five or more years (بعد 16 عاما): a date only in a
	// future clause, else the span between two told events (a duration).
	afterYears bool
	// nearest: no tense in the clause says which occurrence of a month
	// said without a year is meant; limit: a preposition of limit (حتى,
	// by) stands before it (see resolveYearless).
	nearest, limit bool
	// governed: a future verb of its clause governs the month through a
	// preposition of time (سينتخب رئيسا في فبراير, will elect in
	// February): its next occurrence up to nine months ahead, as after a
	// limit (see resolveYearless). Further ahead, a month just past is the
	// likelier (أعلن أنه سيصعد الهجمات في منتصف يوليو, in August).
	governed bool
	// anchor says what an offset counts from (anchorDCT: the article's date).
	anchor anchorKind
	// weekOf: the ISO week the day falls in (أسبوع 16 سبتمبر).
	weekOf bool
	// dayPart (dpMorning..dpNight) and clock (minutes after midnight + 1):
	// a time of the day the point names (Sunday night, 15:00 GMT Saturday).
	dayPart, clock int
}

// anchorKind is what an offset counts from.
type anchorKind uint8

const (
	anchorDCT anchorKind = iota
	// anchorPrev: the last date named before it (two days later, a year
	// earlier), else the article's date.
	anchorPrev
	// anchorPrevPast: بعد ثلاثة أشهر after a past verb counts from the last
	// date named; with none it counts from an event without a date.
	anchorPrevPast
)

// resolved is a point turned into a value and an interval.
type resolved struct {
	value      string
	gran       Granularity
	start, end time.Time
	why        string
}

const (
	whyNoDCT     = "relative expression, no article date"
	whyNoYear    = "year not given, no article date"
	whyBadDate   = "no such date"
	whyNoMonth   = "month not given, no article date"
	whyNoWeekday = "weekday not found near the article date"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return day(y, m, d).Day() == d
}

func lastOfMonth(y, m int) time.Time { return day(y, m+1, 0) }

// resolvePoint resolves p against the article date dct (zero: unknown).
// future says the clause points to the future of the DCT.
func resolvePoint(p point, dct time.Time, future bool) resolved {
	dct = day(dct.Year(), int(dct.Month()), dct.Day())
	noDCT := dct.Year() <= 1
	if p.weekOf {
		q := p
		q.weekOf = false
		r := resolvePoint(q, dct, future)
		if r.why != "" || r.gran != Day {
			return r
		}
		return weekInterval(r.start)
	}
	if p.weekN != 0 || p.wdN != 0 {
		return resolveNth(p, dct, future)
	}
	if p.easter {
		return resolveEaster(p, dct, noDCT, future)
	}
	if p.hijri {
		return resolveHijri(p, dct, noDCT, future)
	}
	if p.season != 0 {
		if noDCT && p.y == 0 {
			return resolved{why: whyNoYear}
		}
		return applyMod(resolveSeason(p, dct, future), p)
	}
	if p.decade != 0 {
		return applyMod(decadeInterval(p.decade), p)
	}
	if p.rel {
		if noDCT {
			return resolved{why: whyNoDCT}
		}
		return applyMod(resolveRel(p, dct), p)
	}
	if p.yearRel || p.monthRel {
		if noDCT {
			return resolved{why: whyNoDCT}
		}
		if p.monthRel {
			t := day(dct.Year(), int(dct.Month())+p.monthN, 1)
			p.y, p.m = t.Year(), int(t.Month())
		} else {
			p.y = dct.Year() + p.yearN
		}
	}
	switch {
	case p.y != 0 && p.m != 0 && p.d != 0:
		if !validDay(p.y, p.m, p.d) {
			return resolved{why: whyBadDate}
		}
		t := day(p.y, p.m, p.d)
		return resolved{value: t.Format(time.DateOnly), gran: Day, start: t, end: t}
	case p.y != 0 && p.m != 0:
		return applyMod(monthInterval(p.y, p.m), p)
	case p.y != 0 && p.half != 0:
		return applyMod(halfInterval(p.y, p.half), p)
	case p.y != 0 && p.quarter != 0:
		return applyMod(quarterInterval(p.y, p.quarter), p)
	case p.y != 0:
		return applyMod(yearInterval(p.y), p)
	case p.m != 0:
		if noDCT {
			return resolved{why: whyNoYear}
		}
		return applyMod(resolveYearless(p, dct, future), p)
	case p.d != 0 && p.wd != 0:
		if noDCT {
			return resolved{why: whyNoMonth}
		}
		return resolveDayWeekday(p, dct)
	case p.wd != 0:
		if noDCT {
			return resolved{why: whyNoDCT}
		}
		return resolveWeekday(p.wd-1, p.dir, dct, future)
	case p.d != 0:
		if noDCT {
			return resolved{why: whyNoMonth}
		}
		return resolveDayOfMonth(p.d, dct, future)
	}
	return resolved{why: "nothing to resolve"}
}

// writtenOn is the day an article dated dct was written on when it says a
// day n days from its own (اليوم n=0, أمس -1, غدا 1) is weekday wd (0
// Sunday): the latest day on or before dct that makes it true, up to six
// days before. An article's date is late, never early: SaudiNewsNet's dates
// are crawl days, and its first crawl day (2015-07-21) holds a week's
// backlog; "اليوم الأربعاء" in an article dated Tuesday 21 July is
// Wednesday the 15th (a Reuters text the day after the Iran deal), not the
// 22nd.
func writtenOn(dct time.Time, n, wd int) time.Time {
	t := dct.AddDate(0, 0, n)
	off := (int(t.Weekday()) - wd + 7) % 7
	return dct.AddDate(0, 0, -off)
}

// shift moves t by n units.
func shift(t time.Time, u unit, n int) time.Time {
	switch u {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		// Clamp to the month's last day rather than overflow (31 March - 1 month).
		first := day(t.Year(), int(t.Month())+n, 1)
		d := t.Day()
		if last := lastOfMonth(first.Year(), int(first.Month())).Day(); d > last {
			d = last
		}
		return day(first.Year(), int(first.Month()), d)
	case uQuarter:
		return shift(t, uMonth, 3*n)
	case uYear:
		return shift(t, uMonth, 12*n)
	case uDecade:
		return shift(t, uMonth, 120*n)
	}
	return t
}

func resolveRel(p point, dct time.Time) resolved {
	t := shift(dct, p.relUnit, p.relN)
	if p.sundayWeek && dct.Weekday() == time.Sunday {
		t = shift(dct, p.relUnit, p.relN+1)
	}
	if p.relUnit == uDay && p.wd != 0 && !p.offset {
		// أمس الجمعة: the weekday names the day (see writtenOn).
		return dayValue(writtenOn(dct, p.relN, p.wd-1).AddDate(0, 0, p.relN))
	}
	if p.wd != 0 && p.relUnit == uWeek {
		// الأسبوع المقبل يوم الجمعة: that weekday of the shifted week.
		return weekdayOfWeek(t, p.wd-1)
	}
	if p.relUnit == uDay || p.relUnit.subDay() {
		return dayValue(t)
	}
	if p.d != 0 && p.relUnit == uMonth {
		if !validDay(t.Year(), int(t.Month()), p.d) {
			return resolved{why: whyBadDate}
		}
		return dayValue(day(t.Year(), int(t.Month()), p.d))
	}
	switch p.relUnit {
	case uWeek:
		if p.wd != 0 {
			return weekdayOfWeek(t, p.wd-1)
		}
		w := weekInterval(t)
		if p.weekend {
			w.value += "-WE"
			w.start = w.start.AddDate(0, 0, 5)
		}
		return w
	case uMonth:
		return monthInterval(t.Year(), int(t.Month()))
	case uQuarter:
		return quarterInterval(t.Year(), (int(t.Month())-1)/3+1)
	case uYear:
		if p.half != 0 {
			return halfInterval(t.Year(), p.half)
		}
		if p.quarter != 0 {
			return quarterInterval(t.Year(), p.quarter)
		}
		return yearInterval(t.Year())
	case uDecade:
		return decadeInterval(t.Year() / 10 * 10)
	}
	return dayValue(t)
}

// resolveSeason picks the year of a season: said (صيف 2016), relative to the
// DCT's year (صيف العام الماضي), or the occurrence الماضي/القادم/the tense
// points to; a bare or "this" season is the one around the DCT.
func resolveSeason(p point, dct time.Time, future bool) resolved {
	if p.y != 0 {
		return seasonInterval(p.y, p.season)
	}
	if p.yearRel {
		return seasonInterval(dct.Year()+p.yearN, p.season)
	}
	y := dct.Year()
	if int(dct.Month()) <= 2 {
		y-- // January and February belong to the winter of the year before
	}
	r := seasonInterval(y, p.season)
	switch {
	case p.dir > 0 || (p.dir == 0 && future && !p.rel && r.end.Before(dct)):
		for !r.start.After(dct) {
			y++
			r = seasonInterval(y, p.season)
		}
	case p.dir < 0 || (p.dir == 0 && !future && r.start.After(dct) && !p.rel):
		for !r.end.Before(dct) {
			y--
			r = seasonInterval(y, p.season)
		}
	}
	return r
}

// weekdayOfWeek returns weekday wd (0 Sunday) of t's ISO week (Monday..Sunday).
func weekdayOfWeek(t time.Time, wd int) resolved {
	w := weekInterval(t)
	off := (wd + 6) % 7
	return dayValue(w.start.AddDate(0, 0, off))
}

// resolveYearless picks the year of a month (and day) said without one: the
// occurrence الماضي/المقبل or the clause's tense points to; a past report
// by default.
func resolveYearless(p point, dct time.Time, future bool) resolved {
	y := dct.Year()
	cm := int(dct.Month())
	if p.d != 0 {
		cand := func(yy int) (time.Time, bool) {
			if !validDay(yy, p.m, p.d) {
				return time.Time{}, false
			}
			return day(yy, p.m, p.d), true
		}
		var t time.Time
		ok := false
		switch {
		case p.dir < 0:
			for yy := y; yy >= y-4 && !ok; yy-- {
				if c, good := cand(yy); good && c.Before(dct) {
					t, ok = c, true
				}
			}
		case p.dir > 0 || future:
			for yy := y; yy <= y+4 && !ok; yy++ {
				if c, good := cand(yy); good && (c.After(dct) || (p.dir == 0 && c.Equal(dct))) {
					t, ok = c, true
				}
			}
			// Only the clause's tense points ahead: a date half a year off
			// is more likely the recent past one (بعد اجتماع 27 يناير).
			// A limit allows nine months (will close by October 1 in March).
			if ok && p.dir == 0 && t.Sub(dct) > futureWindow(p) {
				if c, good := cand(t.Year() - 1); good && dct.Sub(c) < 183*24*time.Hour {
					t = c
				}
			}
		default:
			for yy := y; yy >= y-4 && !ok; yy-- {
				if c, good := cand(yy); good && !c.After(dct) {
					t, ok = c, true
				}
			}
			// No tense: the nearest occurrence, ahead when it is close
			// (20 أغسطس in an article of 10 August is ten days ahead).
			for yy := y; yy <= y+1 && p.nearest; yy++ {
				if c, good := cand(yy); good && c.After(dct) {
					if c.Sub(dct) <= nearWindow(p) {
						t, ok = c, true
					}
					break
				}
			}
		}
		if !ok {
			return resolved{why: whyBadDate}
		}
		return dayValue(t)
	}
	switch {
	case p.dir < 0:
		if p.m >= cm {
			y--
		}
	case p.dir > 0:
		if p.m <= cm {
			y++
		}
	case future:
		// The clause's tense alone: the next occurrence unless it is over
		// six months away (أواخر يناير in a March article is past).
		// After a limit, up to nine months (as futureWindow).
		// Governed through في/in by the future verb, as after a limit.
		if p.m < cm && (p.m+12-cm <= 6 || (p.limit || p.governed) && p.m+12-cm <= 9) {
			y++
		}
	default:
		// A month later in the year than the DCT's is last year's, unless
		// no tense says so and it starts soon (March in a late February
		// article).
		if p.m > cm && !(p.nearest && day(y, p.m, 1).Sub(dct) <= nearWindow(p)) {
			y--
		}
	}
	return monthInterval(y, p.m)
}

// futureWindow is how far ahead of the DCT the next occurrence of a
// month and day said without a year may lie when only the clause's tense
// points ahead: half a year, nine months after a preposition of limit
// (will close its plant by October 1, in an article of 3 March) or when a
// future verb governs it through a preposition of time (will be held on
// 10 February, in an article of July). Further
// off, the recent past one is the likelier (had been scheduled to expire
// February 28, in an article of 2 March).
func futureWindow(p point) time.Duration {
	if p.limit || p.governed {
		return 275 * 24 * time.Hour
	}
	return 183 * 24 * time.Hour
}

// nearWindow is how far ahead of the DCT the nearest occurrence of a
// month said without a year and without a tense may lie: about three
// months, six after a preposition of limit (حتى, بحلول, until, by).
func nearWindow(p point) time.Duration {
	if p.limit {
		return 183 * 24 * time.Hour
	}
	return 92 * 24 * time.Hour
}

// resolveDayWeekday finds the date near the DCT whose day of month is p.d
// and weekday p.wd (الجمعة 11).
func resolveDayWeekday(p point, dct time.Time) resolved {
	best := time.Time{}
	for dm := -2; dm <= 2; dm++ {
		first := day(dct.Year(), int(dct.Month())+dm, 1)
		if !validDay(first.Year(), int(first.Month()), p.d) {
			continue
		}
		t := day(first.Year(), int(first.Month()), p.d)
		if int(t.Weekday()) != p.wd-1 {
			continue
		}
		if best.IsZero() || absDays(t, dct) < absDays(best, dct) {
			best = t
		}
	}
	if best.IsZero() {
		return resolved{why: whyNoWeekday}
	}
	return dayValue(best)
}

func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

// resolveWeekday: the most recent such weekday (the DCT itself included)
// for a past report; الماضي: strictly before; المقبل or a future clause:
// the next one.
func resolveWeekday(wd, dir int, dct time.Time, future bool) resolved {
	diff := (int(dct.Weekday()) - wd + 7) % 7 // days back to the most recent wd
	switch {
	case dir < 0:
		if diff == 0 {
			diff = 7
		}
		return dayValue(dct.AddDate(0, 0, -diff+7*(dir+1))) // dir -2: the one before last
	case dir > 0 || future:
		ahead := (wd - int(dct.Weekday()) + 7) % 7
		if ahead == 0 && dir > 0 {
			ahead = 7
		}
		if dir > 1 {
			ahead += 7 * (dir - 1) // the one after next
		}
		return dayValue(dct.AddDate(0, 0, ahead))
	}
	return dayValue(dct.AddDate(0, 0, -diff))
}

// applyMod narrows an interval to its start, middle or end (late January =
// 21..31 January), and "later this ..." to the part after the DCT.
func applyMod(r resolved, p point) resolved {
	if r.why != "" || r.start.IsZero() {
		return r
	}
	switch p.mod {
	case modStart, modMid, modEnd:
		r.start, r.end = partOf(r, p.mod)
	}
	return r
}

// laterPart narrows r to the days after the DCT ("later this year").
func laterPart(r resolved, dct time.Time) resolved {
	if r.why != "" || dct.IsZero() {
		return r
	}
	next := day(dct.Year(), int(dct.Month()), dct.Day()+1)
	if next.After(r.start) && !next.After(r.end) {
		r.start = next
	}
	return r
}

// restPart narrows r to the DCT and the days after it ("the rest of the week").
func restPart(r resolved, dct time.Time) resolved {
	if r.why != "" || dct.IsZero() {
		return r
	}
	d := day(dct.Year(), int(dct.Month()), dct.Day())
	if d.After(r.start) && !d.After(r.end) {
		r.start = d
	}
	return r
}

// earlierPart narrows r to the days before the DCT ("earlier this year").
func earlierPart(r resolved, dct time.Time) resolved {
	if r.why != "" || dct.IsZero() {
		return r
	}
	prev := day(dct.Year(), int(dct.Month()), dct.Day()-1)
	if prev.Before(r.end) && !prev.Before(r.start) {
		r.end = prev
	}
	return r
}

// rangeOf joins two resolved ends into one interval.
func rangeOf(a, b resolved) resolved {
	if a.why != "" {
		return a
	}
	if b.why != "" {
		return b
	}
	if b.end.Before(a.start) {
		return resolved{why: "range ends before it starts"}
	}
	v := a.value + "/" + b.value
	if strings.Contains(a.value, "/") || strings.Contains(b.value, "/") {
		// a Hijri year is itself an interval: write the range by its days
		v = a.start.Format(time.DateOnly) + "/" + b.end.Format(time.DateOnly)
	}
	return resolved{value: v, gran: a.gran, start: a.start, end: b.end}
}

// anaphor resolves an anaphoric expression at token tok from the closest
// dated expression before it (prev, in text order) within anaWindow tokens:
// اليوم التالي / اليوم نفسه / اليوم السابق need a day and shift it by off
// days; وقتها / آنذاك (anaThen) take the value of a day or a month that is
// not the article's own week ("at that time" is not now; years are too
// coarse to be "that time"). With no antecedent, "the next day" in a
// clause that points to the future is the day after the DCT; otherwise the
// expression stays unresolved. fromText reports a value taken from an
// antecedent.
func anaphor(off int, u unit, tok int, prev []Timex, dct time.Time, future bool) (resolved, bool) {
	dct = day(dct.Year(), int(dct.Month()), dct.Day())
	for k := len(prev) - 1; k >= 0; k-- {
		x := prev[k]
		if tok-x.TokEnd > anaWindow {
			break
		}
		if !x.Dating() {
			continue
		}
		switch u {
		case uYear: // في العام التالي: the year after the last one named
			if !Year.Finer(x.Granularity) {
				return yearInterval(x.StartDate.Year() + off), true
			}
			continue
		case uMonth:
			if !Month.Finer(x.Granularity) {
				t := day(x.StartDate.Year(), int(x.StartDate.Month())+off, 1)
				return monthInterval(t.Year(), int(t.Month())), true
			}
			continue
		case uWeek:
			if !Week.Finer(x.Granularity) {
				return weekInterval(x.StartDate.AddDate(0, 0, 7*off)), true
			}
			continue
		}
		if off == anaThen {
			if (x.Granularity == Day || x.Granularity == Month) && x.EndDate.Before(dct.AddDate(0, 0, -7)) {
				return resolved{value: x.Value, gran: x.Granularity, start: x.StartDate, end: x.EndDate}, true
			}
			continue
		}
		if x.Granularity == Day && x.StartDate.Equal(x.EndDate) {
			return dayValue(x.StartDate.AddDate(0, 0, off)), true
		}
	}
	switch {
	case dct.Year() <= 1:
	case off == 1 && future:
		return resolveRel(point{rel: true, relUnit: u, relN: 1}, dct), false
	case off == -1 && u != uDay:
		// العام السابق, the previous year, with nothing named before it:
		// the one before the article's (compared with the previous year).
		return resolveRel(point{rel: true, relUnit: u, relN: -1}, dct), false
	}
	return resolved{why: "anaphoric, no antecedent date before it"}, false
}

// shiftFrom moves the resolved date r by n units: a day stays a day (two
// days before yesterday); a coarser date takes the granularity of the unit.
func shiftFrom(r resolved, u unit, n int) resolved {
	if r.why != "" {
		return r
	}
	if r.gran == Day {
		return dayValue(shift(r.start, u, n))
	}
	return resolveRel(point{rel: true, relUnit: u, relN: n, offset: true}, r.start)
}

// anaWindow is how many tokens back an anaphoric expression looks for its
// antecedent (about a paragraph).
const anaWindow = 150

// compoundDuration is the ISO 8601 duration of several parts (P1Y1M21D,
// P1W3D, PT1H30M): years, months, weeks, days, then hours, minutes, seconds.
func compoundDuration(parts []durPart) string {
	var v [9]float64 // Y M W D H Min S
	for _, p := range parts {
		switch p.u {
		case uDecade:
			v[0] += 10 * p.n
		case uYear:
			v[0] += p.n
		case uQuarter:
			v[1] += 3 * p.n
		case uMonth:
			v[1] += p.n
		case uWeek:
			v[2] += p.n
		case uDay:
			v[3] += p.n
		case uHour:
			v[4] += p.n
		case uMinute:
			v[5] += p.n
		case uSecond:
			v[6] += p.n
		}
	}
	out := "P"
	for k, d := range "YMWD" {
		if v[k] != 0 {
			out += strconv.FormatFloat(v[k], 'f', -1, 64) + string(d)
		}
	}
	if v[4]+v[5]+v[6] != 0 {
		out += "T"
		for k, d := range "HMS" {
			if v[4+k] != 0 {
				out += strconv.FormatFloat(v[4+k], 'f', -1, 64) + string(d)
			}
		}
	}
	return out
}

// durationValue is the ISO 8601 duration of n units (n < 0: unknown count).
func durationValue(n float64, u unit) string {
	num := "X"
	if n >= 0 {
		num = strconv.FormatFloat(n, 'f', -1, 64)
	}
	switch u {
	case uHour:
		return "PT" + num + "H"
	case uMinute:
		return "PT" + num + "M"
	case uSecond:
		return "PT" + num + "S"
	case uDay:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uMonth:
		return "P" + num + "M"
	case uQuarter:
		if n >= 0 {
			return "P" + strconv.FormatFloat(3*n, 'f', -1, 64) + "M"
		}
		return "PXQ"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		if n >= 0 {
			return "P" + strconv.FormatFloat(10*n, 'f', -1, 64) + "Y"
		}
		return "PXDE"
	}
	return ""
}

// ---- Hijri (tabular Islamic calendar, civil epoch) ----

const hijriEpochJDN = 1948440 // JDN of 1 Muharram 1 AH (16 July 622 Julian)
const unixEpochJDN = 2440588  // JDN of 1970-01-01

func hijriToJDN(y, m, d int) int {
	return d + (295*(m-1)+9)/10 + (y-1)*354 + (3+11*y)/30 + hijriEpochJDN - 1
}

func jdnToTime(j int) time.Time { return day(1970, 1, 1+j-unixEpochJDN) }

func timeToJDN(t time.Time) int {
	days := t.Unix() / 86400
	if t.Unix() < 0 && t.Unix()%86400 != 0 {
		days--
	}
	return unixEpochJDN + int(days)
}

// tabularMonthLen is 30 for odd months, 29 for even ones, 30 for Dhu al-Hijja in a leap year.
func tabularMonthLen(y, m int) int {
	if m%2 == 1 || (m == 12 && (14+11*y)%30 < 11) {
		return 30
	}
	return 29
}

// toTabularHijri converts a Gregorian day to the tabular Hijri calendar.
func toTabularHijri(t time.Time) (y, m, d int) {
	j := timeToJDN(t)
	y = (30*(j-hijriEpochJDN) + 10646) / 10631
	for y > 1 && hijriToJDN(y, 1, 1) > j {
		y--
	}
	for hijriToJDN(y+1, 1, 1) <= j {
		y++
	}
	m = 1
	for m < 12 && hijriToJDN(y, m+1, 1) <= j {
		m++
	}
	d = j - hijriToJDN(y, m, 1) + 1
	return
}

func resolveHijri(p point, dct time.Time, noDCT, future bool) resolved {
	if p.monthRel {
		// 27 من الشهر الجاري, in a Hijri context: that day of the Hijri
		// month the article's date falls in, or of the one before or after.
		if noDCT {
			return resolved{why: whyNoDCT}
		}
		hy, hm, _ := toHijri(dct)
		m := hm - 1 + p.monthN
		p.y, p.m, p.monthRel = hy+floorDiv(m, 12), m-12*floorDiv(m, 12)+1, false
	}
	y := p.y
	if y == 0 {
		if noDCT || p.m == 0 {
			return resolved{why: whyNoYear}
		}
		y = hijriYearless(p, dct, future)
		if p.d != 0 && p.wd != 0 && p.dir == 0 && !p.yearRel {
			var shift int
			if y, shift = hijriYearOfWeekday(p, y, dct); shift != 0 && p.d <= hijriMonthLen(y, p.m) {
				return dayValue(HijriToGregorian(y, p.m, p.d).AddDate(0, 0, shift))
			}
		}
	}
	return hijriValue(p, y)
}

// hijriYearless is the Hijri year of p, said without one, from the
// article's date: this year, or the year before or after by p's direction
// (الماضي, المقبل) or the tense.
func hijriYearless(p point, dct time.Time, future bool) int {
	hy, hm, hd := toHijri(dct)
	y := hy
	after := p.m > hm || (p.m == hm && p.d > hd)
	switch {
	case p.yearRel:
		y = hy + p.yearN // شوال الجاري
	case p.dir < 0 && (after || p.m == hm && (p.d == 0 || p.d >= hd)):
		y-- // رمضان الماضي in Ramadan is last year's; عيد الفطر الماضي on 17 Shawwal is this year's
	case p.dir > 0 && !after:
		y++
	case p.dir == 0 && future && !after && p.m != hm:
		y++
	case p.dir == 0 && !future && after && p.m != hm:
		y--
	}
	return y
}

// weekdayYearSpan is how many days from the article's date a yearless
// Hijri day may be put in another year than the tense gives, by its weekday.
const weekdayYearSpan = 183

// hijriYearOfWeekday keeps year y for p's day when it falls on p's weekday,
// or a day beside it (a month begun by sighting a day before or after Umm
// al-Qura's), else takes the year after or before that does: الاثنين 15 ذي
// الحجة said on 8 Shawwal 1436 is 1436's (Monday 2015-09-28), not 1435's (a
// Thursday), whatever the tense; another year only within half a year of
// the article's date (سيبدأ يوم الأحد 22 شوال on 21 Shawwal is no day of a
// year before or after). It returns the year and the days to move the date
// to the weekday said (الأربعاء 5 ذو القعدة 1436: Umm al-Qura's Thursday
// 2015-08-20, -1). With no such year, y stays, unmoved.
func hijriYearOfWeekday(p point, y int, dct time.Time) (int, int) {
	for _, c := range []int{y, y + 1, y - 1} {
		if p.d > hijriMonthLen(c, p.m) {
			continue
		}
		if c != y && absDays(HijriToGregorian(c, p.m, p.d), dct) > weekdayYearSpan {
			continue
		}
		switch (p.wd - 1 - int(HijriToGregorian(c, p.m, p.d).Weekday()) + 7) % 7 {
		case 0:
			return c, 0
		case 1:
			return c, 1
		case 6:
			return c, -1
		}
	}
	return y, 0
}

// hijriValue is p's Hijri day, month or year in year y.
func hijriValue(p point, y int) resolved {
	if p.m == 0 {
		s := HijriToGregorian(y, 1, 1)
		e := HijriToGregorian(y+1, 1, 1).AddDate(0, 0, -1)
		return applyMod(resolved{value: s.Format(time.DateOnly) + "/" + e.Format(time.DateOnly), gran: Year, start: s, end: e}, p)
	}
	if p.d != 0 {
		if p.d > hijriMonthLen(y, p.m) {
			return resolved{why: whyBadDate}
		}
		return dayValue(HijriToGregorian(y, p.m, p.d))
	}
	s := HijriToGregorian(y, p.m, 1)
	e := s.AddDate(0, 0, hijriMonthLen(y, p.m)-1)
	r := resolved{value: s.Format(time.DateOnly) + "/" + e.Format(time.DateOnly), gran: Month, start: s, end: e}
	if p.mod != 0 {
		// Thirds of the month: days 1-10, 11-20, 21-end.
		r.gran = Month
		r.start, r.end = partOf(resolved{gran: Month, start: s, end: e}, p.mod)
	}
	return r
}

// resolveDayOfMonth resolves a day of the month said alone (يوم 27): the
// latest such day on or before the DCT in a past report, the first on or
// after it in a future one, within a year.
func resolveDayOfMonth(d int, dct time.Time, future bool) resolved {
	step := -1
	if future {
		step = 1
	}
	for k := 0; k <= 12; k++ {
		first := day(dct.Year(), int(dct.Month())+step*k, 1)
		if !validDay(first.Year(), int(first.Month()), d) {
			continue
		}
		t := day(first.Year(), int(first.Month()), d)
		if (future && !t.Before(dct)) || (!future && !t.After(dct)) {
			return dayValue(t)
		}
	}
	return resolved{why: whyBadDate}
}

// offsetFrom moves the DCT by every part of a compound amount, back
// (sign -1) or ahead, to a day.
func offsetFrom(dct time.Time, sign int, parts []durPart) resolved {
	if dct.Year() <= 1 {
		return resolved{why: whyNoDCT}
	}
	t := day(dct.Year(), int(dct.Month()), dct.Day())
	for _, p := range parts {
		if p.n != float64(int(p.n)) || p.n < 0 || p.u.subDay() {
			return resolved{why: "amount not in whole days"}
		}
		t = shift(t, p.u, sign*int(p.n))
	}
	return dayValue(t)
}

// countSpan is the interval of an amount counted from the article's date
// (الأشهر الثلاثة القادمة, the past three weeks): the next n units run from
// the day after the DCT to n units on, the past n units from n units back to
// the day before it. Decades are the calendar's (العقدين الماضيين in 2016:
// 1990-2009), as العقد الماضي is the decade before this one. ok is false for
// an unknown DCT, a vague or fractional amount, or a unit under a day.
func countSpan(dct time.Time, u unit, n float64, future bool) (start, end time.Time, ok bool) {
	if dct.Year() <= 1 || n < 1 || n != float64(int(n)) || u.subDay() || u == uNone {
		return time.Time{}, time.Time{}, false
	}
	t := day(dct.Year(), int(dct.Month()), dct.Day())
	if u == uDecade {
		first := day(t.Year()-t.Year()%10, 1, 1)
		if future {
			return first.AddDate(10, 0, 0), first.AddDate(10*(int(n)+1), 0, -1), true
		}
		return first.AddDate(-10*int(n), 0, 0), first.AddDate(0, 0, -1), true
	}
	if future {
		return t.AddDate(0, 0, 1), shift(t, u, int(n)), true
	}
	return shift(t, u, -int(n)), t.AddDate(0, 0, -1), true
}

// onlyWeekday reports a bare weekday (الثلاثاء, Tuesday): no date, offset or
// direction of its own.
func (p point) onlyWeekday() bool {
	return p.wd != 0 && p.y == 0 && p.m == 0 && p.d == 0 && p.dir == 0 && !p.hijri && p.wdN == 0 && p.weekN == 0 &&
		(!p.rel || p.relUnit == uWeek)
}

// nthWeek returns the nth week (Monday..Sunday) of the interval r, counting
// the weeks whose Thursday falls in it, as ISO 8601 counts the weeks of a
// year (n = -1: the last). The first week of October 2016 is 3..9 October;
// the first week of 2015 is 29 December 2014..4 January 2015.
func nthWeek(r resolved, n int) resolved {
	monday := func(t time.Time) time.Time { return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) }
	inside := func(m time.Time) bool {
		th := m.AddDate(0, 0, 3)
		return !th.Before(r.start) && !th.After(r.end)
	}
	var m time.Time
	if n > 0 {
		m = monday(r.start)
		if !inside(m) {
			m = m.AddDate(0, 0, 7)
		}
		m = m.AddDate(0, 0, 7*(n-1))
	} else {
		m = monday(r.end)
		if !inside(m) {
			m = m.AddDate(0, 0, -7)
		}
	}
	if !inside(m) {
		return resolved{why: whyBadDate}
	}
	return weekInterval(m)
}

// nthWeekday returns the nth weekday wd (0 Sunday) of the month interval r
// (n = -1: the last).
func nthWeekday(r resolved, n, wd int) resolved {
	var t time.Time
	if n > 0 {
		t = r.start.AddDate(0, 0, (wd-int(r.start.Weekday())+7)%7+7*(n-1))
	} else {
		t = r.end.AddDate(0, 0, -((int(r.end.Weekday()) - wd + 7) % 7))
	}
	if t.Before(r.start) || t.After(r.end) {
		return resolved{why: whyBadDate}
	}
	return dayValue(t)
}

// resolveNth resolves "the nth week/weekday of" p's container.
func resolveNth(p point, dct time.Time, future bool) resolved {
	q := p
	q.weekN, q.wdN, q.wd = 0, 0, 0
	r := resolvePoint(q, dct, future)
	if r.why != "" || r.start.IsZero() {
		return r
	}
	if p.weekN != 0 {
		return nthWeek(r, p.weekN)
	}
	if r.gran != Month {
		return resolved{why: fmt.Sprintf("weekday counted in a %s", r.gran)}
	}
	return nthWeekday(r, p.wdN, p.wd-1)
}

// floorDiv is a / b rounded down (b > 0).
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// easterSunday is Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian computus of Meeus, Jones and Butcher).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	return day(y, month, (h+l-7*m+114)%31+1)
}

// resolveEaster: Easter of the year said, else the last one for a past
// report, the next for a future one.
func resolveEaster(p point, dct time.Time, noDCT, future bool) resolved {
	y := p.y
	if y == 0 && p.yearRel && !noDCT {
		y = dct.Year() + p.yearN
	}
	if y == 0 {
		if noDCT {
			return resolved{why: whyNoYear}
		}
		y = dct.Year()
		t := easterSunday(y)
		switch {
		case (p.dir > 0 || future) && t.Before(dct):
			y++
		case p.dir < 0 && !t.Before(dct), p.dir == 0 && !future && t.After(dct):
			y--
		}
	}
	return dayValue(easterSunday(y))
}
