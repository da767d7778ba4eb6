package temporal

import (
	"github.com/tarikh/tarikh/textnorm"
)

// Parts and kinds of periods: مطلع فبراير, late last year, الربع الأول, Q3 2016, الصيف المقبل, التسعينيات.

// partExpr parses مطلع فبراير, أواخر الشهر الماضي, منتصف 2020, late last
// year, the end of March, and "later this year".
func (s *scanner) partExpr(i int) (point, int, bool) {
	mod := 0
	later, earlier := false, false
	e := i
	if sn, e2, ok := s.get(i, catPart); ok {
		mod, e = sn.val, e2
	} else if sn, e2, ok := s.get(i, catLater); ok {
		later, e = sn.val >= 0, e2
		earlier = sn.val < 0
	} else {
		return point{}, i, false
	}
	if s.punct(e, "-") && s.glued(e) {
		e++
	}
	if e2, ok := s.marker(e, mkOf); ok {
		e = e2
	}
	if e2, ok := s.marker(e, mkYear); ok {
		if y, e3, ok := s.yearAt(e2, true); ok {
			p := point{y: y, mod: mod, later: later, earlier: earlier}
			return p, s.eraTail(e3, &p), true
		}
	}
	var p point
	end := -1
	if rp, e2, ok := s.relPeriod(e); ok && rp.wd == 0 {
		p, end = rp, e2
	} else if dp, e2, ok := s.dateExpr(e); ok && dp.d == 0 {
		p, end = dp, e2
	} else if y, nd, ok := s.num(e); ok && nd == 4 && y >= 1000 && y <= 2200 {
		p, end = point{y: y}, e+1
	} else if dp, e2, ok := s.decadeAt(e); ok {
		p, end = dp, e2
	} else if dp, e2, ok := s.dayPartAt(e); ok && mod != 0 {
		p, end = dp, e2 // late last night
	} else if sp, e2, ok := s.seasonAt(e); ok && mod != 0 {
		p, end = sp, e2 // منتصف الصيف, نهاية الصيف الماضي
	} else if rd, e2, ok := s.relDayAt(e); ok && (later || earlier) {
		p, end = rd, e2
	} else if u, cnt, def, e2, ok := s.unitAt(e); ok && cnt == 1 && (def || s.mayBe(e-1, 0, 1<<mkThis)) && (u == uYear || u == uMonth || u == uWeek) && !s.nonCalendarYear(u, e2) {
		// مطلع العام: this year; later this month (this read by the later words);
		// بداية العام الدراسي is no date (a school year)
		p, end = point{rel: true, relUnit: u, weekUnsaid: u == uWeek && def && mod == modEnd}, e2
	}
	if end < 0 {
		return point{}, i, false
	}
	p.mod, p.later, p.earlier = mod, later, earlier
	return p, end, true
}

// nonCalendarYear reports that a year unit (u, ending before token e) is
// qualified as a year that is no calendar year: العام الدراسي, السنة
// الجامعية (non_calendar_years in dates.yaml).
func (s *scanner) nonCalendarYear(u unit, e int) bool {
	return u == uYear && s.inSet(e, s.lx.nonCalYears)
}

// afterPart reports that a part-of-period word ends right before token j
// (the end of | March).
func (s *scanner) afterPart(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if _, e, ok := s.get(k, catPart); ok && e == j {
			return true
		}
	}
	return false
}

// seasonAt parses الصيف, هذا الصيف, الربيع القادم, صيف 2016, صيف العام
// الماضي, this summer, summer 2016. An indefinite season (صيف) needs a year.
func (s *scanner) seasonAt(i int) (point, int, bool) {
	j := i
	var p point
	this := false
	if e, ok := s.marker(j, mkThis); ok {
		j, this = e, true
	} else if r, e, ok := s.relAt(j); ok && !s.arabic(j) {
		j, p.dir, this = e, r, true // next summer
	}
	if s.inSet(j, s.lx.seasonNouns) {
		j++ // فصل الصيف
	}
	sn, e, ok := s.get(j, catSeason)
	if !ok {
		return point{}, i, false
	}
	p.season = sn.val
	if s.isComma(e) && !s.arabic(e+1) {
		e++
	}
	if e2, ok := s.yearTail(e, &p); ok {
		return p, e2, true
	}
	if r, e2, ok := s.relAt(e); ok {
		p.dir = r
		p.rel = r == 0 // الصيف الحالي: the one around the DCT
		return p, e2, true
	}
	if this {
		p.rel = true
		return p, e, true
	}
	if sn.flags&fDefinite == 0 && s.arabic(j) {
		return point{}, i, false
	}
	return p, e, true
}

// decadeAt parses التسعينيات, سنوات التسعينات, ثمانينيات القرن الماضي.
func (s *scanner) decadeAt(i int) (point, int, bool) {
	sn, e, ok := s.get(i, catDecade)
	if ok && sn.flags&fAmbiguous != 0 && (!s.has(i-1, catYearPrep) || s.kind(e) == textnorm.Word && !s.anySense(e)) {
		// الألفين is a decade after a preposition (حتى بعد الألفين), not
		// as an amount (الألف والألفين) or before a counted noun
		return point{}, i, false
	}
	if !ok && s.inSet(i, s.lx.decadeNouns) {
		sn, e, ok = s.get(i+1, catDecade) // سنوات التسعينات
	}
	if !ok {
		return point{}, i, false
	}
	if s.decadeAge(e) {
		return point{}, i, false // في الثلاثينيات من عمره: an age
	}
	if e2, ok := s.marker(e, mkDecadeCentury); ok {
		e = e2 // ثمانينيات القرن الماضي
	}
	return point{decade: sn.val}, e, true
}

// decadeAge reports that what follows a decade word ending at e makes it
// an age: من عمره, من العمر, or a second decade that is one (السبعينيات
// والثمانينيات من العمر).
func (s *scanner) decadeAge(e int) bool {
	if e2, ok := s.marker(e, mkOf); ok && s.inSet(e2, s.lx.decadeAges) {
		return true
	}
	k := e
	if e2, ok := s.marker(k, mkAnd); ok {
		k = e2
	} else if !s.andPrefixed(k) {
		return false
	}
	if _, e2, ok := s.get(k, catDecade); ok {
		if e3, ok := s.marker(e2, mkOf); ok && s.inSet(e3, s.lx.decadeAges) {
			return true
		}
	}
	return false
}

// quarterAt parses الربع الأول من عام 2024, the third quarter of 2016.
func (s *scanner) quarterAt(i int) (point, int, bool) {
	j := i
	q := 0
	if s.text(i) == "the" {
		j++
	}
	if sn, e, ok := s.get(j, catOrd); ok && !s.arabic(j) && sn.val >= 1 && sn.val <= 4 {
		if u, cnt, _, e2, ok := s.unitAt(e); ok && u == uQuarter && cnt == 1 {
			q, j = sn.val, e2
		}
	} else if u, cnt, _, e, ok := s.unitAt(j); ok && u == uQuarter && cnt == 1 {
		if sn, e2, ok := s.get(e, catOrd); ok && sn.val >= 1 && sn.val <= 4 {
			q, j = sn.val, e2
		} else if sn, e2, ok := s.get(e, catOrd); ok && sn.val == -1 {
			q, j = 4, e2
		}
	}
	if q == 0 {
		return point{}, i, false
	}
	qEnd := j
	if e, ok := s.marker(j, mkOf); ok {
		j = e
	} else if e, ok := s.marker(j, mkIn); ok {
		j = e
	}
	if e, ok := s.marker(j, mkYear); ok {
		if y, e2, ok := s.yearAt(e, true); ok {
			return point{y: y, quarter: q}, e2, true
		}
	}
	if y, e, ok := s.yearAt(j, false); ok {
		return point{y: y, quarter: q}, e, true
	}
	if rp, e, ok := s.relPeriod(j); ok && rp.relUnit == uYear {
		rp.quarter = q
		return rp, e, true
	}
	// the third quarter, الربع الثالث: of the year the article is in
	return point{rel: true, relUnit: uYear, quarter: q}, qEnd, true
}

// shortPeriodAt parses the quarters and halves of financial news: Q3 2016,
// 2016 Q3, Q4, H1 2016, 2016 H2 (a half needs its year: H1 alone is also a
// virus).
func (s *scanner) shortPeriodAt(i int) (point, int, bool) {
	var p point
	j := i
	if y, e, ok := s.yearAt(i, false); ok && !s.arabic(i) {
		p.y, j = y, e
	}
	sn, _, ok := s.get(j, catShort)
	if !ok || !s.glued(j+1) {
		return point{}, i, false
	}
	n, nd, ok := s.num(j + 1)
	if !ok || nd != 1 || n < 1 || n > sn.val || s.glued(j+2) && s.kind(j+2) != textnorm.Punct {
		return point{}, i, false
	}
	e := j + 2
	if p.y == 0 {
		k := e
		if s.isComma(k) {
			k++
		}
		if y, e2, ok := s.yearAt(k, false); ok {
			p.y, e = y, e2
		} else if rp, e2, ok := s.relPeriod(k); ok && rp.relUnit == uYear {
			p.rel, p.relUnit, p.relN, e = true, uYear, rp.relN, e2
		} else if sn.val == 2 {
			return point{}, i, false
		} else {
			p.rel, p.relUnit = true, uYear
		}
	}
	if sn.val == 4 {
		p.quarter = n
	} else {
		p.half = n
	}
	return p, e, true
}

// yearPartAt parses the halves of a year and the runs of months that make
// a quarter or a half of one: the first half of 1987, the second half of
// the year, النصف الأول من عام 2015, the first three months of 1987
// (1987-Q1), the last six months of 1986 (1986-H2). The year must be said
// (the first half of the match is no date); other runs (the first nine
// months) stay durations, as TIMEX3 has no single value for them.
func (s *scanner) yearPartAt(i int) (point, int, bool) {
	j := i
	if s.text(i) == "the" {
		j++
	}
	var p point
	if n, e, ok := s.ordinalOfPeriod(j); ok && !s.arabic(j) {
		if _, e2, ok := s.get(e, catHalf); ok && (n == 1 || n == 2 || n == -1) {
			p.half, j = n, e2
			if n == -1 {
				p.half = 2
			}
		} else if c, e2, ok := s.countAt(e); ok && (c == 3 || c == 6) {
			if u, cnt, _, e3, ok := s.unitAt(e2); ok && u == uMonth && cnt != 1 {
				j = e3
				switch {
				case c == 3 && n == 1:
					p.quarter = 1
				case c == 3 && n == -1:
					p.quarter = 4
				case c == 6 && n == 1:
					p.half = 1
				case c == 6 && n == -1:
					p.half = 2
				}
			}
		}
	} else if _, e, ok := s.get(j, catHalf); ok && s.arabic(j) {
		if n, e2, ok := s.ordinalOfPeriod(e); ok && (n == 1 || n == 2 || n == -1) {
			p.half, j = n, e2
			if n == -1 {
				p.half = 2
			}
		}
	}
	if p.half == 0 && p.quarter == 0 {
		return point{}, i, false
	}
	e, ok := s.marker(j, mkOf)
	if !ok {
		return point{}, i, false
	}
	if e2, ok := s.marker(e, mkYear); ok {
		if y, e3, ok := s.yearAt(e2, true); ok {
			p.y = y
			return p, e3, true
		}
	}
	if y, e2, ok := s.yearAt(e, false); ok {
		p.y = y
		return p, e2, true
	}
	if rp, e2, ok := s.relPeriod(e); ok && rp.relUnit == uYear && rp.quarter == 0 && rp.half == 0 {
		rp.quarter, rp.half = p.quarter, p.half
		return rp, e2, true
	}
	k := e
	if s.text(k) == "the" {
		k++ // of the year
	}
	if u, cnt, def, e2, ok := s.unitAt(k); ok && u == uYear && cnt == 1 && (def || k > e) && !s.nonCalendarYear(u, e2) {
		if _, ok := s.marker(e2, mkTo); ok {
			return point{}, i, false // the first half of the year to March 31: a fiscal year
		}
		p.rel, p.relUnit = true, uYear
		return p, e2, true
	}
	return point{}, i, false
}

// countAt parses a small count in digits or words (3, three, ثلاثة).
func (s *scanner) countAt(i int) (int, int, bool) {
	if v, nd, ok := s.num(i); ok && nd <= 2 {
		return v, i + 1, true
	}
	if sn, e, ok := s.get(i, catNum); ok {
		return sn.val, e, true
	}
	return 0, i, false
}
