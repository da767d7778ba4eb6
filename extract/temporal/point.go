package temporal

import "github.com/tarikh/tarikh/textnorm"

// The point dispatcher: the longest single date expression at a token.
//
// The grammar is one file per family of patterns (numbers.go, months.go,
// numeric.go, dates.go, weekdays.go, relative.go, periods.go, offsets.go,
// holidays.go, weeks.go, dayofmonth.go, fromnow.go, durations.go, sets.go,
// vague.go, ranges.go), each with its table test beside it. Each pattern
// method parses one kind of expression starting at a token and returns the
// token after it. Patterns read the lexicon only; none of them resolves
// dates (resolve.go does).

// point parses any single date expression at i, the longest that fits
// (memoized: ranges and the main loop ask for the same positions).
func (s *scanner) point(i int) (point, int, bool) {
	if i < 0 || i >= len(s.toks) {
		return point{}, i, false
	}
	c := s.senses(i)
	if c.n == 0 && s.toks[i].Kind == textnorm.Word && !s.mayStartBare(i) {
		return point{}, i, false // a word of no date sense starts no date
	}
	switch c.pstate {
	case 1:
		return point{}, i, false
	case 2:
		m := &s.points[c.pi]
		return m.p, int(m.end), true
	}
	p, e, ok := s.point1(i)
	c = &s.cache[i]
	if ok {
		c.pstate, c.pi = 2, int32(len(s.points))
		s.points = append(s.points, pointMemo{p, int32(e)})
	} else {
		c.pstate = 1
	}
	return p, e, ok
}

// mayStartBare reports whether word token i, which has no sense in the
// lexicon, may still start a date: a season noun (فصل الصيف) or a decade
// noun (حقبة السبعينات), which the patterns read by their text. point
// asks it before trying the patterns: most words of a text have no sense,
// and a word after من or بين is tried as the start of a range.
func (s *scanner) mayStartBare(i int) bool {
	w := s.text(i)
	return s.lx.seasonNouns[w] || s.lx.decadeNouns[w]
}

func (s *scanner) point1(i int) (point, int, bool) {
	best, bestEnd := point{}, -1
	try := func(p point, e int, ok bool) {
		if ok && e > bestEnd {
			best, bestEnd = p, e
		}
	}
	try(s.relDayAt(i))
	try(s.weekdayExpr(i))
	try(s.dateExpr(i))
	try(s.relPeriod(i))
	try(s.weekendAt(i)) // before partExpr: نهاية الأسبوع is the weekend
	if s.mayBe(i, 1<<catOrd|1<<catHalf, 0) || s.lastWord(i) || s.text(i) == "the" {
		try(s.yearPartAt(i)) // before partExpr: the first half of 1987 is 1987-H1
	}
	try(s.partExpr(i))
	try(s.decadeAt(i))
	try(s.holidayAt(i))
	try(s.quarterAt(i))
	if !s.arabic(i) {
		try(s.shortPeriodAt(i))
	}
	try(s.seasonAt(i))
	try(s.restAt(i))
	// The rarer patterns, tried only where the first word can start them.
	if s.mayBe(i, 0, 1<<mkDay) {
		try(s.dayOfMonthAt(i))
		try(s.theDayAt(i))
	}
	if s.mayBe(i, 1<<catUnit|1<<catOrd, 1<<mkDay) {
		try(s.weekOfAt(i))
		try(s.weekOfDayAt(i))
	}
	if s.mayBe(i, 1<<catOrd|1<<catWeekday, 1<<mkDay) || s.lastWord(i) {
		try(s.nthWeekdayAt(i))
	}
	if p, e, v, ok := s.offsetExpr(i); ok && v == 0 {
		try(p, e, true)
	}
	if !s.arabic(i) {
		if s.mayBe(i, 1<<catDayPart|1<<catRel, 1<<mkThis) {
			try(s.dayPartAt(i))
		}
		if s.kind(i) == textnorm.Number && (s.kind(i+1) == textnorm.Punct || s.mayBe(i+1, 1<<catAmPm, 1<<mkHours|1<<mkTimeZone)) {
			try(s.clockAt(i))
		}
	}
	if bestEnd < 0 {
		return point{}, i, false
	}
	best, bestEnd = s.dayPartTail(best, bestEnd)
	// اليوم (السبت), أمس الجمعة, غدا الأحد: the weekday names the day, and
	// wins over the article's date when they disagree (an article dated the
	// day it was crawled, written the day before).
	if best.rel && best.relUnit == uDay && !best.offset && best.wd == 0 && s.arabic(i) {
		k := bestEnd
		if s.isComma(k) {
			k++
		}
		if s.punct(k, "(") {
			if sn, e, ok := s.get(k+1, catWeekday); ok && s.punct(e, ")") {
				best.wd, bestEnd = sn.val+1, e+1
			}
		} else if sn, e, ok := s.get(k, catWeekday); ok && !s.has(e, catRel) {
			best.wd, bestEnd = sn.val+1, e
		}
	}
	return best, bestEnd, true
}
