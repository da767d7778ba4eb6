package temporal

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
	if sign == 0 {
		// two years ago, three weeks from now
		if e2, okA := s.marker(e, mkAgo); okA && !s.arabic(i) {
			sign, e = -1, e2
		} else if e2, okL := s.marker(e, mkFromNow); okL {
			sign, e = 1, e2
		} else if e2, okL := s.marker(e, mkLaterWord); okL && !s.arabic(i) {
			sign, e = 1, e2
		} else {
			return point{}, i, 0, false
		}
	} else if e2, okL := s.marker(e, mkFromNow); okL {
		e = e2
	} else if s.ofEvent(e) {
		return point{}, i, 0, false // بعد سنتين من الغياب: a span, see durationAt
	} else if sign > 0 && s.arabic(i) && (u == uYear && n >= 5 || u == uDecade) && !few {
		// بعد 16 عاما, بعد أربعة عقود: years later than a told event, far
		// more often than years after the article; finish decides by tense.
		return point{rel: true, relUnit: u, relN: int(n), offset: true, afterYears: true}, e, 0, n == float64(int(n))
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
	return point{rel: true, relUnit: u, relN: sign * int(n), offset: true}, e, 0, true
}

// ofEvent reports that من at i ties an offset (بعد سنتين, قبل شهر) to an
// event rather than to the article's date: بعد سنتين من الغياب, قبل شهر
// من غزوه. قبل عقدين من الزمن ("two decades ago") still counts from now.
func (s *scanner) ofEvent(i int) bool {
	e, ok := s.marker(i, mkOf)
	if !ok || !s.arabic(i) {
		return false
	}
	if _, okN := s.marker(i, mkFromNow); okN {
		return false
	}
	return !s.inSet(e, s.lx.ofTime)
}
