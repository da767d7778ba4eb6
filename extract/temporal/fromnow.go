package temporal

// fromNowAt parses a compound amount counted from the article's date:
// منذ شهر و21 يوما من الآن, بعد عامين و21 يوما من الآن. منذ and قبل count
// back, بعد or nothing ahead. (One amount, بعد شهرين من الآن, is an
// offsetExpr.)
func (s *scanner) fromNowAt(i int) (expr, bool) {
	if !s.arabic(i) {
		return s.agoAt(i)
	}
	j, sign, byTense := i, 1, true
	if e, ok := s.marker(j, mkSince); ok {
		j, sign, byTense = e, -1, false
	} else if e, ok := s.marker(j, mkBefore); ok {
		j, sign, byTense = e, -1, false
	} else if e, ok := s.marker(j, mkAfter); ok {
		j, byTense = e, false
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
	x.kind, x.end, x.sign, x.signByTense = kOffset, e2, sign, byTense
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
	_, fromNow := s.marker(x.end, mkFromNow)
	sign, end, _, ok := s.offsetTail(x.end)
	if !ok {
		return expr{}, false
	}
	x.kind, x.end, x.sign, x.signByTense = kOffset, end, sign, fromNow
	return x, true
}
