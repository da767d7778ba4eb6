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
