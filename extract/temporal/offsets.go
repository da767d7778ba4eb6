package temporal

import "github.com/tarikh/tarikh/textnorm"

// Offsets from the article's date: قبل يومين, بعد شهرين, two years ago, in three weeks.

// offsetExpr parses قبل يومين, قبل ثلاثة أسابيع, بعد شهرين, two years ago,
// in three weeks, three weeks from now. Counts without a number (قبل أيام)
// are vague: vague is set and the point is empty.
func (s *scanner) offsetExpr(i int) (p point, end int, vague int, ok bool) {
	sign := 0
	j := i
	if e, okB := s.marker(i, mkBefore); okB {
		sign, j = -1, e
	} else if e, okA := s.marker(i, mkAfter); okA {
		sign, j = 1, e
	}
	n, u, e, few, okC := s.count(j, sign != 0)
	if !okC {
		return point{}, i, 0, false
	}
	anchor := anchorDCT
	if sign == 0 {
		// two years ago, three weeks from now, two days later
		var okS bool
		if sign, e, anchor, okS = s.offsetTail(e); !okS {
			return point{}, i, 0, false
		}
	} else if e2, okL := s.marker(e, mkFromNow); okL {
		e = e2
	} else if s.ofEvent(e) {
		return point{}, i, 0, false // بعد سنتين من الغياب: a span, see durationAt
	} else if sign > 0 && s.arabic(i) {
		// بعد ثلاثة أشهر: after a past verb, three months after the last
		// date named (finish decides by tense).
		anchor = anchorPrevPast
		if (u == uYear && n >= 5 || u == uDecade) && !few {
			// بعد 16 عاما, بعد أربعة عقود: years later than a told event,
			// far more often than years after the article.
			return point{rel: true, relUnit: u, relN: int(n), offset: true, afterYears: true, anchor: anchor}, e, 0, n == float64(int(n))
		}
	}
	if few {
		if sign < 0 {
			return point{}, e, vaguePast, true
		}
		return point{}, e, vagueFuture, true
	}
	if n != float64(int(n)) || u.subDay() {
		return point{}, i, 0, false
	}
	return point{rel: true, relUnit: u, relN: sign * int(n), offset: true, anchor: anchor}, e, 0, true
}

// offsetTail reads what follows an amount that had no بعد/قبل before it:
// ago and from now count from the article's date; earlier, later,
// afterwards, and before or after with no object (two days before.) count
// from the last date named. Before or after with an object (two days
// before yesterday, six days before the diversion) is not an offset from
// now (see shiftAt).
func (s *scanner) offsetTail(e int) (sign, end int, anchor anchorKind, ok bool) {
	arabic := s.arabic(e)
	if e2, okA := s.marker(e, mkAgo); okA && !arabic {
		return -1, e2, anchorDCT, true
	}
	if e2, okL := s.marker(e, mkFromNow); okL {
		return 1, e2, anchorDCT, true
	}
	if e2, okL := s.marker(e, mkLaterWord); okL && !arabic {
		return 1, e2, anchorDCT, true
	}
	if e2, ok := s.marker(e, mkEarlier); ok {
		return -1, e2, anchorPrev, true
	}
	if e2, ok := s.marker(e, mkLater); ok {
		return 1, e2, anchorPrev, true
	}
	sign = -1
	e2, ok := s.marker(e, mkAnchorBefore)
	if !ok {
		sign = 1
		e2, ok = s.marker(e, mkAnchorAfter)
	}
	if !ok || s.hasObject(e2) {
		return 0, e, anchorDCT, false
	}
	return sign, e2, anchorPrev, true
}

// hasObject reports that before/after ending at e governs a following
// phrase (a date or words) rather than standing alone (two days before.).
func (s *scanner) hasObject(e int) bool {
	return e < len(s.toks) && s.toks[e].Kind != textnorm.Punct && !s.lineBreak(e) && !s.has(e, catBreak)
}

// shiftAt parses an amount counted from a date said after it: two days
// before yesterday, three weeks from tomorrow, three days after March 5
// (kShift); or, when what follows is no date, from an event the text tells
// (six days before the diversion came to light): a duration anchored to
// that event, with no date of its own.
func (s *scanner) shiftAt(i int) (expr, bool) {
	n, u, e, few, ok := s.count(i, false)
	if !ok || u == uNone || u.subDay() || n != float64(int(n)) {
		return expr{}, false
	}
	sign := -1
	e2, ok := s.marker(e, mkAnchorBefore)
	if !ok {
		sign = 1
		if e2, ok = s.marker(e, mkAnchorAfter); !ok {
			return expr{}, false
		}
	}
	if !s.hasObject(e2) {
		return expr{}, false
	}
	if p, pe, okP := s.point(e2); okP && !few {
		return expr{end: pe, kind: kShift, p: p, n: n, u: u, sign: sign}, true
	}
	if few {
		n = -1
	}
	return expr{end: e, kind: kDuration, n: n, u: u, anchorEvent: true}, true
}

// ofEvent reports that من at i ties an offset (بعد سنتين, قبل شهر) to an
// event rather than to the article's date: بعد سنتين من الغياب, قبل شهر
// من غزوه. قبل عقدين من الزمن ("two decades ago") still counts from now.
func (s *scanner) ofEvent(i int) bool {
	if !s.arabic(i) {
		// after two years of talks, after several days of negotiations: the
		// span of the talks, not a date two years from the article's
		if s.text(i) != "of" {
			return false
		}
		e := i + 1
		if s.text(e) == "the" {
			e++
		}
		return s.kind(e) == textnorm.Word && !s.anySense(e)
	}
	e, ok := s.marker(i, mkOf)
	if !ok {
		return false
	}
	if _, okN := s.marker(i, mkFromNow); okN {
		return false
	}
	return !s.inSet(e, s.lx.ofTime)
}
