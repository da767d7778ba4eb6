package temporal

import "github.com/tarikh/tarikh/textnorm"

// dayOfMonthAt parses a day of the month said alone after يوم: يوم 27,
// يوم الحادي والعشرين ("on the 27th"). A month, a unit, a count or a
// numeric date after it makes it something else.
func (s *scanner) dayOfMonthAt(i int) (point, int, bool) {
	e, ok := s.marker(i, mkDay)
	if !ok || !s.arabic(i) {
		return point{}, i, false
	}
	if s.kind(e) != textnorm.Number && !s.definite(e) {
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

// theDayAt parses an English day of the month alone: on the 27th, for the
// 21st, until the twenty second. "The 12th largest bank" and "the 56th
// consecutive gain" are ranks: a day needs a preposition of time before it
// (day_preps) and no noun after it (day_followers, or punctuation); a
// number without a suffix (for the 27.) and a cardinal (for the thirty)
// need the end of the clause after them.
func (s *scanner) theDayAt(i int) (point, int, bool) {
	if s.arabic(i) || s.text(i) != "the" || !s.inSet(i-1, s.lx.dayPreps) {
		return point{}, i, false
	}
	v, e, bare := 0, i, false
	if n, nd, ok := s.num(i + 1); ok {
		if nd > 2 || n < 1 || n > 31 {
			return point{}, i, false
		}
		v, e = n, i+2
		if e2, ok := s.marker(e, mkOrdSuffix); ok && s.glued(e) {
			e = e2
		} else {
			bare = true
		}
	} else if d, e2, ok := s.dayNum(i + 1); ok {
		v, e, bare = d, e2, true // for the second: at the end of the sentence only
	} else if sn, e2, ok := s.get(i+1, catNum); ok && (sn.val == 20 || sn.val == 30) {
		v, e, bare = sn.val, e2, true
	} else {
		return point{}, i, false
	}
	if s.glued(e) && s.kind(e) == textnorm.Punct && s.glued(e+1) && s.kind(e+1) == textnorm.Number {
		return point{}, i, false // the 9,140,000 dlrs, the 19.9 pct
	}
	end := e >= len(s.toks) || s.kind(e) == textnorm.Punct && !s.punct(e, "-") && !s.punct(e, "/")
	if bare && !(e >= len(s.toks) || s.hardStop(e)) {
		return point{}, i, false // the first, second and third months
	}
	if !end && s.kind(e) == textnorm.Word && !s.inSet(e, s.lx.dayFollowers) {
		return point{}, i, false
	}
	if !end && s.kind(e) == textnorm.Number {
		return point{}, i, false
	}
	return point{d: v}, e, true
}
