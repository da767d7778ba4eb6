package temporal

import (
	"fmt"
	"strings"
	"time"

	"github.com/tarikh/tarikh/extract/textnorm"
)

// ordinalOfPeriod parses the ordinal of "the nth week/Friday of": Arabic
// الأول..الخامس and الأخير after the noun, أول/آخر before it; English
// first..fifth and last before it. It returns 1..5, or -1 for the last.
func (s *scanner) ordinalOfPeriod(i int) (int, int, bool) {
	if sn, e, ok := s.get(i, catOrd); ok && (sn.val >= 1 && sn.val <= 5 || sn.val == -1) {
		return sn.val, e, true
	}
	if s.lastWord(i) {
		return -1, i + 1, true
	}
	return 0, i, false
}

// lastWord: آخر, last, final (the last week/Friday of).
func (s *scanner) lastWord(i int) bool {
	switch s.text(i) {
	case "اخر", "last", "final":
		return true
	}
	return false
}

// container parses what a week or a weekday is counted in: a month (يوليو,
// أكتوبر 2016, شهر مارس المقبل), a year (عام 2015, 2027 in English), or a
// period relative to the article's date (هذا الشهر, العام المقبل).
func (s *scanner) container(j int, years bool) (point, int, bool) {
	if rp, e, ok := s.relPeriod(j); ok && rp.wd == 0 && rp.quarter == 0 &&
		(rp.relUnit == uMonth || years && rp.relUnit == uYear) {
		return rp, e, true
	}
	if dp, e, ok := s.dateExpr(j); ok && dp.d == 0 && dp.wd == 0 && dp.decade == 0 && dp.quarter == 0 &&
		!dp.hijri && (dp.m != 0 || years && dp.y != 0) {
		return dp, e, true
	}
	if y, e, ok := s.yearAt(j, false); ok && years {
		return point{y: y}, e, true
	}
	return point{}, j, false
}

// weekOfAt parses the nth week of a month or a year: الأسبوع الأول من
// أكتوبر, الأسبوع الأخير من عام 2015, الأسبوع الثالث العام المقبل, the first
// week of October, the last week of 2015.
func (s *scanner) weekOfAt(i int) (point, int, bool) {
	j := i
	n := 0
	if s.arabic(i) {
		u, cnt, def, e, ok := s.unitAt(j)
		if !ok || u != uWeek || cnt != 1 || !def {
			return point{}, i, false
		}
		if n, j, ok = s.ordinalOfPeriod(e); !ok {
			return point{}, i, false
		}
	} else {
		if s.text(j) == "the" {
			j++
		}
		var ok bool
		if n, j, ok = s.ordinalOfPeriod(j); !ok {
			return point{}, i, false
		}
		u, cnt, _, e, ok := s.unitAt(j)
		if !ok || u != uWeek || cnt != 1 {
			return point{}, i, false
		}
		j = e
	}
	of := false
	if e, ok := s.marker(j, mkOf); ok {
		j, of = e, true
	} else if e, ok := s.marker(j, mkIn); ok {
		j, of = e, true
	}
	p, e, ok := s.container(j, true)
	if !ok || (!of && !p.rel) {
		return point{}, i, false
	}
	p.weekN = n
	return p, e, true
}

// nthWeekdayAt parses the nth weekday of a month: أول يوم جمعة من يوليو,
// الخميس الأخير من الشهر الماضي, آخر أحد في هذا الشهر, the first Friday of
// July, the last Monday in May.
func (s *scanner) nthWeekdayAt(i int) (point, int, bool) {
	j := i
	if !s.arabic(i) && s.text(j) == "the" {
		j++
	}
	n, wd := 0, -1
	if k, e, ok := s.ordinalOfPeriod(j); ok {
		n, j = k, e
		if e2, ok := s.marker(j, mkDay); ok && s.arabic(j) {
			j = e2
			if v, ok := s.lx.bareWeekday[s.text(j)]; ok {
				wd, j = v, j+1 // يوم جمعة: the indefinite weekday after يوم
			}
		}
		if wd < 0 {
			if sn, e2, ok := s.get(j, catWeekday); ok {
				wd, j = sn.val, e2
			} else if v, ok := s.lx.bareWeekday[s.text(j)]; ok && s.arabic(j) {
				wd, j = v, j+1 // آخر خميس من الشهر: the container below decides
			} else {
				return point{}, i, false
			}
		}
	} else if sn, e, ok := s.get(j, catWeekday); ok && s.arabic(j) {
		// الخميس الأخير من الشهر, الجمعة الأولى من رمضان
		if k, e2, ok := s.ordinalOfPeriod(e); ok {
			n, wd, j = k, sn.val, e2
		}
	}
	if n == 0 || wd < 0 {
		return point{}, i, false
	}
	e, ok := s.marker(j, mkOf)
	if !ok {
		if e, ok = s.marker(j, mkIn); !ok {
			return point{}, i, false
		}
	}
	p, end, ok := s.container(e, false)
	if !ok {
		return point{}, i, false
	}
	p.wdN, p.wd = n, wd+1
	return p, end, true
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
	if r.gran != "month" {
		return resolved{why: fmt.Sprintf("weekday counted in a %s", r.gran)}
	}
	return nthWeekday(r, p.wdN, p.wd-1)
}

// dayOfMonthAt parses a day of the month said alone after يوم: يوم 27,
// يوم الحادي والعشرين ("on the 27th"). A month, a unit, a count or a
// numeric date after it makes it something else.
func (s *scanner) dayOfMonthAt(i int) (point, int, bool) {
	e, ok := s.marker(i, mkDay)
	if !ok || !s.arabic(i) {
		return point{}, i, false
	}
	if s.kind(e) != textnorm.Number && !strings.HasPrefix(s.text(e), "ال") {
		return point{}, i, false // يوم أول أمس, يوم ثان: not a day of the month
	}
	d, e2, ok := s.dayNum(e)
	if !ok || s.has(e2, catUnit) || s.has(e2, catMonth) || s.has(e2, catHijri) || s.numericGlue(e2) ||
		s.punct(e2, "/") || s.punct(e2, "-") || s.kind(e2) == textnorm.Number {
		return point{}, i, false
	}
	if _, _, ok := s.dateExpr(e); ok {
		return point{}, i, false
	}
	if _, ok := s.marker(e2, mkOf); ok && s.has(e2+1, catMonth) {
		return point{}, i, false
	}
	return point{d: d}, e2, true
}

// fromNowAt parses a compound amount counted from the article's date:
// منذ شهر و21 يوما من الآن, بعد عامين و21 يوما من الآن. منذ and قبل count
// back, بعد or nothing ahead. (One amount, بعد شهرين من الآن, is an
// offsetExpr.)
func (s *scanner) fromNowAt(i int) (expr, bool) {
	if !s.arabic(i) {
		return s.agoAt(i)
	}
	j, sign := i, 1
	if e, ok := s.marker(j, mkSince); ok {
		j, sign = e, -1
	} else if e, ok := s.marker(j, mkBefore); ok {
		j, sign = e, -1
	} else if e, ok := s.marker(j, mkAfter); ok {
		j = e
	}
	n, u, e, few, ok := s.count(j, true)
	if !ok || few || u == uNone {
		return expr{}, false
	}
	x := expr{end: e, kind: kDuration, n: n, u: u}
	s.compound(&x)
	e2, ok := s.marker(x.end, mkFromNow)
	if !ok || x.nmore == 0 {
		return expr{}, false
	}
	x.kind, x.end, x.sign = kOffset, e2, sign
	return x, true
}

// agoAt parses an English compound amount before "ago" or "later": 1 month
// 21 days ago, 2 years and 21 days later.
func (s *scanner) agoAt(i int) (expr, bool) {
	if _, _, ok := s.get(i, catOrd); ok {
		return expr{}, false // first quarter a year ago: a period, not an amount
	}
	n, u, e, few, ok := s.count(i, false)
	if !ok || few || u == uNone {
		return expr{}, false
	}
	x := expr{end: e, kind: kDuration, n: n, u: u}
	s.compound(&x)
	if x.nmore == 0 {
		return expr{}, false
	}
	for k := e; k < x.end; k++ {
		if t := s.text(k); t == "a" || t == "an" {
			return expr{}, false // six weeks a year ago: the span a year back
		}
	}
	switch s.text(x.end) {
	case "ago":
		x.sign = -1
	case "later", "hence":
		x.sign = 1
	default:
		return expr{}, false
	}
	x.kind, x.end = kOffset, x.end+1
	return x, true
}

// theDayAt parses an English day of the month alone: the 27th, on the 21st.
func (s *scanner) theDayAt(i int) (point, int, bool) {
	if s.arabic(i) || s.text(i) != "the" {
		return point{}, i, false
	}
	v, nd, ok := s.num(i + 1)
	if !ok || nd > 2 || v < 1 || v > 31 {
		return point{}, i, false
	}
	e, ok := s.marker(i+2, mkOrdSuffix)
	if !ok || !s.glued(i+2) {
		return point{}, i, false
	}
	// "the 12th largest bank", "the 56th consecutive gain" are ranks: a day
	// needs a preposition of time before it and no noun after it.
	switch s.text(i - 1) {
	case "on", "before", "after", "until", "till", "by", "since", "from", "to":
	default:
		return point{}, i, false
	}
	if e < len(s.toks) && s.kind(e) == textnorm.Word {
		switch s.text(e) {
		case "and", "or", "whether", "when", "if", "at", "in", "but", "as", "which", "that", "to":
		default:
			return point{}, i, false
		}
	}
	return point{d: v}, e, true
}
