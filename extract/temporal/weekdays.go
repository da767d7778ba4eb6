package temporal

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// Weekdays: الثلاثاء, يوم الخميس المقبل, الجمعة 11, next Friday, Friday next week.

// weekdayExpr parses [ليل] [يوم] الثلاثاء [الماضي|المقبل], الجمعة 11,
// الاثنين 12 يناير 2016, next Friday.
func (s *scanner) weekdayExpr(i int) (point, int, bool) {
	j := i
	if e, ok := s.marker(j, mkNight); ok {
		j = e
	}
	if e, ok := s.marker(j, mkDay); ok && s.arabic(j) {
		j = e
	}
	var p point
	// English: last/next/this Friday
	if r, e, ok := s.relAt(j); ok && !s.arabic(j) {
		if sn, e2, ok := s.get(e, catWeekday); ok {
			p.wd, p.dir = sn.val+1, r
			return p, e2, true
		}
	}
	if j == i && s.surnameAt(i) {
		return point{}, i, false // أحمد الخميس, عبدالرحمن الجمعة: a family name
	}
	sn, e, ok := s.get(j, catWeekday)
	if !ok {
		v, bare := s.lx.bareWeekday[s.text(j)]
		if !bare || j == i || !s.arabic(j) {
			return point{}, i, false
		}
		sn, e = sense{val: v}, j+1 // يوم خميس
	}
	if sn.flags&fAmbiguous != 0 {
		if s.arabic(j) && j == i && s.marker1(i-1, mkBetween) && !s.weekdayFollows(e) {
			return point{}, i, false // بين الاثنين: "between the two", not Monday
		}
		if !s.arabic(j) && !s.capitalized(j, e) {
			return point{}, i, false // he sat down, the sun: no weekday
		}
	}
	p.wd = sn.val + 1
	k := e
	if s.isComma(k) {
		k++
	}
	if dp, e2, ok := s.dateExpr(k); ok && dp.d != 0 {
		dp.wd = p.wd
		return dp, e2, true
	}
	// Thursday the 21st, Friday the fifteen, الجمعة في خمسة عشر
	k2 := e
	if !s.arabic(e) && s.text(k2) == "the" {
		k2++
	} else if e2, ok := s.marker(k2, mkIn); ok && s.arabic(k2) && s.kind(e2) == textnorm.Word {
		k2 = e2
	}
	if k2 > e {
		if d, e2, ok := s.dayNum(k2); ok {
			p.d = d
			return p, e2, true
		}
		if d, e2, ok := s.numWords(k2); ok && d >= 1 && d <= 31 && !s.has(e2, catUnit) {
			p.d = d
			return p, e2, true
		}
	}
	if d, nd, ok := s.num(e); ok && nd <= 2 && d >= 1 && d <= 31 && !s.has(e+1, catUnit) &&
		!(s.kind(e+1) == textnorm.Word && !s.anySense(e+1)) {
		p.d = d
		return p, e + 1, true
	}
	if rp, e2, ok := s.relPeriod(e); ok && rp.relUnit == uWeek && rp.wd == 0 && !rp.weekend {
		rp.wd = p.wd // Friday next week, الجمعة الأسبوع المقبل
		return rp, e2, true
	}
	if dir, e2, ok := s.beyondRel(e); ok {
		p.dir = dir // الجمعة قبل الماضية: a week before last Friday
		return p, e2, true
	}
	if r, e2, ok := s.relAt(e); ok {
		// الأحد الماضي; الجمعة من الأسبوع المقبل handled below
		if r != 0 {
			p.dir = r
			return p, e2, true
		}
	}
	if e2, ok := s.marker(e, mkOf); ok {
		if rp, e3, ok := s.relPeriod(e2); ok && rp.relUnit == uWeek {
			rp.wd = p.wd
			return rp, e3, true
		}
	}
	return s.sharedModifier(p, e), e, true
}

// beyondRel reads قبل الماضي/الماضية and بعد المقبل/القادم (before last,
// after next) at k: dir -2 or +2, one week beyond the last or the next.
func (s *scanner) beyondRel(k int) (int, int, bool) {
	if e, ok := s.marker(k, mkBefore); ok {
		if r, e2, ok := s.relAt(e); ok && r < 0 {
			return -2, e2, true
		}
	}
	if e, ok := s.marker(k, mkAfter); ok {
		if r, e2, ok := s.relAt(e); ok && r > 0 {
			return 2, e2, true
		}
	}
	return 0, k, false
}

// sharedModifier gives a bare weekday the modifier of the weekday joined to
// it (الخميس والجمعة القادمة, السبت والأحد المقبلين, Monday and Tuesday
// next week): the coming or the last of both. The joined weekday's parse
// is memoized, so a chain of weekdays costs one parse each.
func (s *scanner) sharedModifier(p point, e int) point {
	if !s.weekdayFollows(e) {
		return p
	}
	k := e
	if e2, ok := s.marker(e, mkAnd); ok {
		k = e2
	}
	np, _, ok := s.point(k)
	switch {
	case !ok || np.wd == 0 || np.d != 0 || np.m != 0 || np.y != 0:
	case np.dir != 0 && !np.rel:
		p.dir = np.dir
	case np.rel && np.relUnit == uWeek && np.dir == 0:
		np.wd = p.wd
		return np
	}
	return p
}

// capitalized reports a word written with a capital (Sat, Wed) that no
// lowercase word follows (Sat down is a verb at the start of a sentence).
func (s *scanner) capitalized(j, e int) bool {
	r, _ := utf8.DecodeRuneInString(s.t.TokenOrig(s.toks[j]))
	if !unicode.IsUpper(r) {
		return false
	}
	if e < len(s.toks) && s.toks[e].Kind == textnorm.Word && !s.toks[e].Arabic {
		r2, _ := utf8.DecodeRuneInString(s.t.TokenOrig(s.toks[e]))
		return !unicode.IsLower(r2)
	}
	return true
}

// weekdayFollows reports a second weekday joined to the first at k
// (الاثنين والأربعاء, Monday and Wednesday).
func (s *scanner) weekdayFollows(k int) bool {
	if e, ok := s.marker(k, mkAnd); ok {
		return s.has(e, catWeekday)
	}
	return s.andPrefixed(k) && s.has(k, catWeekday)
}

// surnameAt reports a weekday word used as a family name: right after a
// given name (أحمد الخميس), or after بن and a name when nothing of a date
// follows it (عبدالله بن عبدالله الجمعة, أحمد بن عبدالرحمن الخميس الأمين
// العام: on SaudiNewsNet tuning days all six bare weekdays after بن X are
// family names; بن X الخميس الماضي stays a day, and so does a weekday
// before قبل الماضي or بعد المقبل after any name).
func (s *scanner) surnameAt(i int) bool {
	if !s.arabic(i) || i == 0 || s.toks[i-1].Kind != textnorm.Word {
		return false
	}
	if s.inSet(i-2, s.lx.nameLinks) {
		_, e, _ := s.get(i, catWeekday)
		if _, _, rel := s.relAt(e); rel || s.kind(e) == textnorm.Number {
			return false
		}
		return e > i
	}
	if _, e, _ := s.get(i, catWeekday); e > i {
		if _, _, beyond := s.beyondRel(e); beyond {
			return false // منزل سعد الجمعة قبل الماضي: a day
		}
	}
	prev := s.text(i - 1)
	for _, c := range s.lx.conj {
		if p, ok := strings.CutPrefix(prev, c); ok && s.lx.givenNames[p] {
			return true // وأحمد الخميس
		}
	}
	return s.lx.givenNames[prev]
}
