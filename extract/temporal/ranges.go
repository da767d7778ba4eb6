package temporal

import (
	"github.com/tarikh/tarikh/textnorm"
)

// Ranges: بين 2014 و2017, من 10 إلى 12 مارس, 19-20 نوفمبر, from March 10 to 12.

// rangeAt parses بين 2014 و2017, من 10 إلى 12 مارس, 19-20 نوفمبر,
// between 2014 and 2017, from March 10 to 12.
func (s *scanner) rangeAt(i int) (expr, bool) {
	// الأسبوع المقبل بين الأربعاء والجمعة, هذا الأسبوع من الثلاثاء إلى
	// الخميس: a range of weekdays inside a named week.
	if rp, e, ok := s.relPeriod(i); ok && rp.relUnit == uWeek && rp.wd == 0 && !rp.weekend {
		if r, ok := s.rangeAt(e); ok && r.p.onlyWeekday() && r.q.onlyWeekday() {
			p, q := rp, rp
			p.wd, q.wd = r.p.wd, r.q.wd
			return expr{end: r.end, kind: kRange, p: p, q: q, future: rp.relN > 0, past: rp.relN < 0}, true
		}
	}
	j := i
	between, from := false, false
	if e, ok := s.marker(j, mkBetween); ok {
		j, between = e, true
	} else if e, ok := s.marker(j, mkFrom); ok {
		j, from = e, true
	}
	if s.glued(j) && (s.punct(j-1, "/") || s.punct(j-1, "-")) {
		return expr{}, false // the tail of a numeric date (30/11)
	}
	xp, xe, xok := s.point(j)
	xn, xnd, xnum := s.num(j)
	if xnum {
		if !xok || xe == j+1 {
			xe = j + 1
		}
	}
	if !xok && !xnum {
		return expr{}, false
	}
	if xok && xnum && xe > j+1 {
		xnum = false // the number is part of a longer date
	}
	k := xe
	conn := false
	if between {
		if e, ok := s.marker(k, mkAnd); ok {
			k, conn = e, true
		} else if s.punct(k, "-") {
			k, conn = k+1, true
		} else if s.arabic(k) && s.andPrefixed(k) {
			conn = true // والجمعة: the clitic joins
		}
	} else {
		if e, ok := s.marker(k, mkTo); ok {
			k, conn = e, true
		} else if s.punct(k, "-") || s.punct(k, "–") {
			k, conn = k+1, true
		} else if e, ok := s.marker(k, mkContinue); ok && xok {
			// في 27 شوال ويستمر حتى 4 ذي القعدة: "and goes on until"
			if e2, ok := s.marker(e, mkTo); ok {
				k, conn = e2, true
			}
		}
	}
	if !conn || (!from && !between && !xok && s.punct(xe, "-") && s.glued(xe) && s.glued(xe+1) && false) {
		return expr{}, false
	}
	if s.isArticle(k) && s.kind(k+1) == textnorm.Number {
		k++ // حتى الـ 4 من ذي القعدة
	}
	yp, ye, yok := s.point(k)
	yn, ynd, ynum := s.num(k)
	if yok && ynum && ye > k+1 {
		ynum = false
	}
	if !yok && !ynum {
		return expr{}, false
	}
	var p, q point
	end := ye
	switch {
	case xok && !xnum && yok && !ynum:
		p, q = xp, yp
	case xnum && yok && !ynum:
		q = yp
		switch {
		case q.d != 0 && (q.m != 0 || q.monthRel) && xnd <= 2 && xn >= 1 && xn <= 31:
			p = q
			p.d, p.wd = xn, 0
		case q.d == 0 && q.m == 0 && q.y != 0 && !q.hijri && xnd == 4 && xn >= 1000:
			p = point{y: xn}
		case q.y != 0 && q.m != 0 && q.d == 0 && xnd == 4 && xn >= 1000:
			p = point{y: xn} // between 2015 and Feb 2018
		default:
			return expr{}, false
		}
	case xok && !xnum && ynum:
		p = xp
		end = k + 1
		switch {
		case p.y != 0 && p.m == 0 && p.d == 0 && ynd == 4 && yn >= p.y:
			q = point{y: yn}
		case p.y != 0 && p.m == 0 && p.d == 0 && ynd == 2 && !s.arabic(i):
			q = point{y: p.y/100*100 + yn} // 2014-17
		case p.d != 0 && p.m != 0 && ynd <= 2 && yn > p.d && yn <= 31:
			q = p
			q.d, q.wd = yn, 0
			if p.y == 0 {
				if e2, ok := s.yearTail(end, &q); ok {
					end = e2
					p.y, p.yearRel, p.yearN = q.y, q.yearRel, q.yearN
				}
			}
		default:
			return expr{}, false
		}
	case xnum && ynum:
		// bare years on both sides (بين 2014 و2017), or days before a month
		if xnd == 4 && ynd == 4 && xn >= 1000 && xn <= 2200 && yn >= xn && yn <= 2200 &&
			!(xn%100 == 0 && yn%100 == 0) && !s.countedNoun(k+1) {
			p, q = point{y: xn}, point{y: yn}
			end = k + 1
		} else {
			return expr{}, false
		}
	default:
		return expr{}, false
	}
	// الـ 27 من الشهر الجاري ... حتى 4 ذي القعدة: the Hijri current month.
	if q.hijri && p.monthRel && p.d != 0 && !p.hijri {
		p.hijri = true
	}
	// لعام 1435-1436هـ: the era written once, after the end.
	if q.hijri && !p.hijri && p.y >= minHijriYear && p.y <= maxHijriYear && p.m == 0 && q.m == 0 {
		p.hijri = true
	}
	// Fill what the start leaves unsaid from the end.
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
	if p.hijri != q.hijri && (p.m != 0) {
		return expr{}, false
	}
	e := expr{end: end, kind: kRange, p: p, q: q, future: q.dir > 0, past: q.dir < 0}
	return e, true
}
