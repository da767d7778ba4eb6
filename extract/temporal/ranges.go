package temporal

import (
	"unicode"

	"github.com/tarikh/tarikh/textnorm"
)

// Ranges: بين 2014 و2017, من 10 إلى 12 مارس, 19-20 نوفمبر, from March 10 to 12.

// rangeAt parses بين 2014 و2017, من 10 إلى 12 مارس, 19-20 نوفمبر,
// between 2014 and 2017, from March 10 to 12: [between|from] start
// connector end, each end a date or a bare number the other end completes.
func (s *scanner) rangeAt(i int) (expr, bool) {
	if x, ok := s.weekdaysInWeek(i); ok {
		return x, true
	}
	j := i
	between := false
	if e, ok := s.marker(j, mkBetween); ok {
		j, between = e, true
	} else if e, ok := s.marker(j, mkFrom); ok {
		j = e
	}
	if s.glued(j) && (s.punct(j-1, "/") || s.punct(j-1, "-")) {
		return expr{}, false // the tail of a numeric date (30/11)
	}
	if j > i {
		if r, ok := s.wordYearRange(j, between); ok {
			return r, true
		}
	}
	x, ok := s.rangeEnd(j)
	if !ok && j > i {
		x, ok = s.ordinalDay(j)
	}
	if !ok {
		return expr{}, false
	}
	if r, ok := s.monthDaysBetween(x); ok {
		return r, true
	}
	k, ok := s.rangeConnector(x.end, between, x.isPoint)
	alt := false
	if !ok && j == i {
		// September or October, الاثنين أو الثلاثاء: alternatives, one
		// expression whose value spans both
		k, alt = s.marker(x.end, mkOr)
		ok = alt
	}
	slash := false
	if !ok && (x.isNum && x.digits == 4 || j == i && x.isPoint && x.p.y >= 1000 && x.p.m == 0 && x.p.d == 0 && !x.p.rel) &&
		s.punct(x.end, "/") && (s.glued(x.end) && s.glued(x.end+1) || s.kind(x.end+1) == textnorm.Number) {
		k, ok, slash = x.end+1, true, true // 1436/1437هـ, 1436 / 1437هـ, 1986/87: a school or fiscal year
	}
	and := false
	if !ok && j == i && plainYear(x) && s.arabic(x.end) {
		// عامي 2013 و2014, في 2013 و2014: a year and the next said together
		// are the two years, one span (English keeps 1986 and 1987 two
		// expressions, as TIMEX3 tags them)
		k, and = s.marker(x.end, mkAnd)
		ok = and
	}
	if !ok {
		return expr{}, false
	}
	if s.isArticle(k) && s.kind(k+1) == textnorm.Number {
		k++ // حتى الـ 4 من ذي القعدة
	}
	var y rangeSide
	if slash || and {
		// the second year alone: its era (هـ) is read with the range
		y = rangeSide{tok: k, end: k + 1}
		y.n, y.digits, y.isNum = s.num(k)
	}
	switch {
	case slash:
		ok = y.isNum && (consecutiveYears(x, y) || x.isPoint && !x.isNum && y.digits == 4 && y.n == x.p.y+1)
	case and:
		_, marked := s.marker(x.tok, mkYear) // عامي 2015 و2016 متذرعا: no amount after a named year pair
		ok = y.isNum && y.digits == 4 && y.n == x.p.y+1 && (marked || !s.countedNoun(k+1))
	default:
		y, ok = s.rangeEnd(k)
	}
	if !ok || alt && !alternatives(x, y) {
		return expr{}, false
	}
	if alt {
		if _, ok := s.rangeConnector(y.end, false, y.isPoint); ok {
			return expr{}, false // الثلاثينات أو الأربعينات وحتى الخمسينات: the second starts a range
		}
	}
	p, q, end, ok := s.rangeEnds(i, x, y)
	if !ok {
		return expr{}, false
	}
	if q.monthRel && q.monthN == 0 && q.d != 0 && q.m == 0 && p.m != 0 && !p.monthRel {
		// من الأحد 11 أكتوبر 2015 وحتى الأربعاء 14 من الشهر نفسه: the
		// month of the range's start, not the article's
		q.monthRel = false
		q.m, q.y, q.yearRel, q.yearN, q.hijri = p.m, p.y, p.yearRel, p.yearN, p.hijri
	}
	if p, ok = fillRangeStart(p, q); !ok {
		return expr{}, false
	}
	if slash && x.isPoint && !x.isNum {
		end = s.eraTail(end, &q) // العام 1434/1435هـ
		p.hijri = p.hijri || q.hijri
	}
	if and {
		// الأعوام 2010 و2011 و2012: each next year said extends the range
		for n := 0; n < 8; n++ {
			e, ok := s.marker(end, mkAnd)
			if y, nd, isNum := s.num(e); !ok || !isNum || nd != 4 || y != q.y+1 || s.countedNoun(e+1) {
				break
			}
			q.y, end = q.y+1, e+1
		}
		end = s.eraTail(end, &q)
		p.hijri = p.hijri || q.hijri
	}
	return expr{end: end, kind: kRange, p: p, q: q, future: q.dir > 0, past: q.dir < 0, alt: alt}, true
}

// wordYearRange parses two years in words after من/بين/from (من ألفين إلى
// ألفين وأربعة عشر, from two thousand until two thousand and fourteen): a
// year in words may stand alone as a range's end when both ends are years
// of 1900-2100, the second later, and no counted noun follows (ما بين
// ألفين وألفين وخمسمائة ريال is money, بين ألف وألفين a head count).
func (s *scanner) wordYearRange(j int, between bool) (expr, bool) {
	if s.kind(j) != textnorm.Word || !s.mayBe(j, 1<<catNum|1<<catThousand, 0) {
		return expr{}, false
	}
	a, e, ok := s.numWords(j)
	if !ok || a < 1900 || a > 2100 {
		return expr{}, false
	}
	k, ok := s.rangeConnector(e, between, false)
	if !ok || s.kind(k) != textnorm.Word {
		return expr{}, false
	}
	b, end, ok := s.numWords(k)
	if !ok || b <= a || b > 2100 || s.kind(end) == textnorm.Word && !s.anySense(end) {
		return expr{}, false
	}
	return expr{end: end, kind: kRange, p: point{y: a}, q: point{y: b}}, true
}

// monthDaysBetween parses a month and the days of it after: شهر نوفمبر
// بين 19 و 20, in March between the 10th and the 12th (the days of that
// month).
func (s *scanner) monthDaysBetween(x rangeSide) (expr, bool) {
	if !x.isPoint || x.p.m == 0 || x.p.d != 0 || x.p.rel {
		return expr{}, false
	}
	k, ok := s.marker(x.end, mkBetween)
	if !ok {
		return expr{}, false
	}
	a, e, ok := s.dayNum(k)
	if !ok {
		return expr{}, false
	}
	k2, ok := s.marker(e, mkAnd)
	if !ok {
		return expr{}, false
	}
	b, end, ok := s.dayNum(k2)
	if !ok || b <= a {
		return expr{}, false
	}
	p, q := x.p, x.p
	p.d, q.d = a, b
	return expr{end: end, kind: kRange, p: p, q: q}, true
}

// weekdaysInWeek parses a range of weekdays inside a named week: الأسبوع
// المقبل بين الأربعاء والجمعة, هذا الأسبوع من الثلاثاء إلى الخميس.
func (s *scanner) weekdaysInWeek(i int) (expr, bool) {
	rp, e, ok := s.relPeriod(i)
	if !ok || rp.relUnit != uWeek || rp.wd != 0 || rp.weekend {
		return expr{}, false
	}
	r, ok := s.rangeAt(e)
	if !ok || !r.p.onlyWeekday() || !r.q.onlyWeekday() {
		return expr{}, false
	}
	p, q := rp, rp
	p.wd, q.wd = r.p.wd, r.q.wd
	return expr{end: r.end, kind: kRange, p: p, q: q, future: rp.relN > 0, past: rp.relN < 0}, true
}

// rangeSide is one end of a range as read at token tok: a date (isPoint,
// p), a bare number (isNum, n of digits), or both when the number is the
// whole date (a year); end is the token after it.
type rangeSide struct {
	tok, end  int
	p         point
	isPoint   bool
	n, digits int
	isNum     bool
}

// rangeEnd reads one end of a range at j.
func (s *scanner) rangeEnd(j int) (rangeSide, bool) {
	r := rangeSide{tok: j}
	r.p, r.end, r.isPoint = s.point(j)
	r.n, r.digits, r.isNum = s.num(j)
	if !r.isPoint && !r.isNum {
		return r, false
	}
	if r.isNum && !r.isPoint {
		r.end = j + 1
	}
	if r.isPoint && r.isNum && r.end > j+1 {
		r.isNum = false // the number is part of a longer date
	}
	return r, true
}

// ordinalDay reads a day in ordinal words at j as a range's first end after
// بين or من, a number the date at the other end completes: ما بين الثاني
// والثاني عشر من سبتمبر is 2-12 September, not the 12th alone. Without the
// marker an ordinal is no range's end (الدور الثاني حتى 15 سبتمبر).
func (s *scanner) ordinalDay(j int) (rangeSide, bool) {
	if s.kind(j) != textnorm.Word {
		return rangeSide{}, false
	}
	if _, _, ok := s.get(j, catOrd); !ok {
		return rangeSide{}, false
	}
	d, e, ok := s.dayNum(j)
	if !ok {
		return rangeSide{}, false
	}
	return rangeSide{tok: j, end: e, n: d, digits: 2, isNum: true}, true
}

// rangeConnector reads what joins the two ends at k: و/and after بين (or
// a hyphen, or the clitic of والجمعة), else to/إلى/حتى, a hyphen or a dash,
// or ويستمر حتى ("and goes on until") after a date. It returns where the
// second end starts.
func (s *scanner) rangeConnector(k int, between, startIsPoint bool) (int, bool) {
	if between {
		if e, ok := s.marker(k, mkAnd); ok {
			return e, true
		}
		if s.punct(k, "-") {
			return k + 1, true
		}
		return k, s.arabic(k) && s.andPrefixed(k) // والجمعة: the clitic joins
	}
	if e, ok := s.marker(k, mkTo); ok {
		return e, true
	}
	if s.punct(k, "-") || s.punct(k, "–") {
		return k + 1, true
	}
	if s.tatweelDash(k) {
		return k, true // الفترة 2007 ــ 2014: a dash drawn with tatweel
	}
	if e, ok := s.marker(k, mkContinue); ok && startIsPoint {
		// في 27 شوال ويستمر حتى 4 ذي القعدة: "and goes on until"
		if e2, ok := s.marker(e, mkTo); ok {
			return e2, true
		}
	}
	return k, false
}

// tatweelDash reports two numbers with nothing but white space and tatweel
// between them in the original text (2005 ـــ 2007): Saudi papers draw a
// dash so, and normalizing drops the tatweel (lang/ar/script.yaml says
// which runes are tatweel).
func (s *scanner) tatweelDash(k int) bool {
	if k < 1 || s.kind(k) != textnorm.Number || s.kind(k-1) != textnorm.Number || !s.toks[k].Space {
		return false
	}
	gap := s.t.Slice(int(s.toks[k-1].End), int(s.toks[k].Start))
	if len(gap) > 64 {
		return false
	}
	dash := false
	for _, r := range gap {
		switch {
		case textnorm.Is(r, textnorm.Tatweel):
			dash = true
		case !unicode.IsSpace(r):
			return false
		}
	}
	return dash
}

// rangeEnds builds the two points of a range from its sides x and y: two
// dates; a day or a year number before a date (10 إلى 12 مارس, between 2015
// and Feb 2018); a date and a number after it (2014-17, March 10 to 12);
// or two bare years (بين 2014 و2017). It returns the token after the range.
func (s *scanner) rangeEnds(i int, x, y rangeSide) (p, q point, end int, ok bool) {
	end = y.end
	switch {
	case x.isPoint && !x.isNum && y.isPoint && !y.isNum:
		return x.p, y.p, end, true
	case x.isNum && y.isPoint && !y.isNum:
		q = y.p
		switch {
		case q.d != 0 && (q.m != 0 || q.monthRel) && x.digits <= 2 && x.n >= 1 && x.n <= 31:
			p = q
			p.d, p.wd = x.n, 0
		case q.d == 0 && q.m == 0 && q.y != 0 && !q.hijri && x.digits == 4 && x.n >= 1000:
			p = point{y: x.n}
		case q.d == 0 && q.m == 0 && q.hijri && x.digits == 4 && x.n >= minHijriYear && x.n <= q.y && q.y-x.n <= 10:
			p = point{y: x.n, hijri: true} // 1434 - 1435هـ: the era written once
		case q.y != 0 && q.m != 0 && q.d == 0 && x.digits == 4 && x.n >= 1000:
			p = point{y: x.n} // between 2015 and Feb 2018
		default:
			return p, q, end, false
		}
		return p, q, end, true
	case x.isPoint && !x.isNum && y.isNum:
		p = x.p
		end = y.tok + 1
		switch {
		case p.y != 0 && p.m == 0 && p.d == 0 && y.digits == 4 && y.n >= p.y:
			q = point{y: y.n}
		case p.y != 0 && p.m == 0 && p.d == 0 && y.digits == 2 && !s.arabic(i):
			q = point{y: p.y/100*100 + y.n} // 2014-17
		case p.d != 0 && p.m != 0 && y.digits <= 2 && y.n > p.d && y.n <= 31:
			q = p
			q.d, q.wd = y.n, 0
			if p.y == 0 {
				if e2, ok := s.yearTail(end, &q); ok {
					end = e2
					p.y, p.yearRel, p.yearN = q.y, q.yearRel, q.yearN
				}
			}
		default:
			return p, q, end, false
		}
		return p, q, end, true
	case x.isNum && y.isNum:
		// bare years on both sides (بين 2014 و2017, 1957-58, 1436/1437هـ)
		p, q = point{y: x.n}, point{y: y.n}
		if consecutiveYears(x, y) {
			q.y = x.n + 1
		} else if !(x.digits == 4 && y.digits == 4 && x.n >= 1000 && x.n <= 2200 && y.n >= x.n && y.n <= 2200 &&
			!(x.n%100 == 0 && y.n%100 == 0)) {
			return p, q, end, false
		}
		if s.countedNoun(y.tok + 1) {
			return p, q, end, false
		}
		end = s.eraTail(y.tok+1, &q)
		p.hijri = p.hijri || q.hijri && p.y >= minHijriYear || s.hijriYearByContext(p.y, x.tok)
		q.hijri = q.hijri || p.hijri
		return p, q, end, true
	}
	return p, q, end, false
}

// alternatives reports two sides joined by "or" that name the same kind
// of date: two months, two weekdays, two years (2014 أو 2015), or a number
// the other side completes (10 or 11 March, in 2014 or 2015). Two bare
// numbers are amounts (2 or 3 days), never dates.
func alternatives(x, y rangeSide) bool {
	switch {
	case x.p.season != 0 || y.p.season != 0:
		return false // في الصيف أو الشتاء: any summer or winter, no date
	case x.isPoint && !x.isNum && y.isPoint && !y.isNum:
		return granOf(x.p) == granOf(y.p) && x.p.rel == y.p.rel
	case x.isNum && !x.isPoint:
		return y.isPoint && !y.isNum && x.digits <= 2
	case y.isNum && !y.isPoint:
		return x.isPoint && (x.p.d != 0 && y.digits <= 2 || x.p.m == 0 && x.p.d == 0 && y.digits == 4 && y.n > x.p.y && y.n <= x.p.y+10)
	}
	return false
}

// plainYear reports a side that is a year said alone (2013, عام 2013,
// عامي 2013), no part or offset of it.
func plainYear(x rangeSide) bool {
	p := x.p
	return x.isPoint && p.y >= 1000 && p.m == 0 && p.d == 0 && p.wd == 0 && !p.rel && !p.yearRel && p.decade == 0 &&
		p.quarter == 0 && p.season == 0 && p.half == 0 && p.mod == 0 && !p.hijri
}

// consecutiveYears reports two numbers that are a year and the next
// (1436/1437, 2015-2016, 1957-58).
func consecutiveYears(x, y rangeSide) bool {
	if x.digits != 4 {
		return false
	}
	return y.digits == 4 && y.n == x.n+1 || y.digits == 2 && y.n == (x.n+1)%100
}

// fillRangeStart fills what the start of a range leaves unsaid from its
// end (من 10 إلى 12 مارس 2024: March 2024; لعام 1435-1436هـ: the Hijri
// era written once), and reports false for a range across calendars.
func fillRangeStart(p, q point) (point, bool) {
	// الـ 27 من الشهر الجاري ... حتى 4 ذي القعدة: the Hijri current month.
	if q.hijri && p.monthRel && p.d != 0 && !p.hijri {
		p.hijri = true
	}
	// لعام 1435-1436هـ: the era written once, after the end.
	if q.hijri && !p.hijri && p.y >= minHijriYear && p.y <= maxHijriYear && p.m == 0 && q.m == 0 {
		p.hijri = true
	}
	if p.y == 0 && !p.yearRel && !p.rel && q.y != 0 {
		p.y = q.y
		if p.m > q.m && q.m != 0 {
			p.y--
		}
	}
	if p.y == 0 && !p.rel && q.yearRel && !p.yearRel {
		p.yearRel, p.yearN = true, q.yearN
	}
	if p.m == 0 && p.d != 0 && q.m != 0 && !p.rel && !p.monthRel {
		p.m = q.m
	}
	if p.dir == 0 {
		p.dir = q.dir
	}
	return p, p.hijri == q.hijri || p.m == 0
}
