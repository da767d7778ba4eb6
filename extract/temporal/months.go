package temporal

import (
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// Month names and years: the parts of a calendar date (كانون الثاني/يناير, عام 2024, 1445 هـ, العام المقبل).

// monthAt parses a month name with its combinations: [شهر] كانون الثاني/يناير,
// أكتوبر (تشرين الأول). strong reports context that makes an ambiguous name a month.
func (s *scanner) monthAt(i int) (m int, hijri bool, end int, amb, strong bool, ok bool) {
	j := i
	if e, okM := s.marker(j, mkMonth); okM {
		j = e
		strong = true
	}
	sn, e, okM := s.get(j, catMonth)
	if !okM {
		sn, e, okM = s.get(j, catHijri)
		if !okM {
			return 0, false, i, false, false, false
		}
		hijri = true
	}
	m, amb, end = sn.val, sn.flags&fAmbiguous != 0, e
	if sn.flags&fAfterIn != 0 && !strong && s.afterIn(j) {
		strong = true // في مارس: "مارس" the verb never follows a preposition
	}
	// (An abbreviation's dot, "Oct.", is part of its entry in the rules; a
	// full stop after a month name, "July.", is not part of the date.)
	// كانون الثاني/يناير, يناير/كانون الثاني, أكتوبر (تشرين الأول)
	if s.punct(end, "/") || s.punct(end, "-") {
		if sn2, e2, ok2 := s.get(end+1, catMonth); ok2 && sn2.val == m {
			end, strong = e2, true
		}
	} else if s.punct(end, "(") {
		if sn2, e2, ok2 := s.get(end+1, catMonth); ok2 && sn2.val == m && s.punct(e2, ")") {
			end, strong = e2+1, true
		}
	} else if sn2, e2, ok2 := s.get(end, catMonth); ok2 && sn2.val == m && !hijri && s.arabic(end) {
		end, strong = e2, true // يوليو تموز
	}
	return m, hijri, end, amb, strong, true
}

// afterIn reports an "in" marker (في, خلال, in) right before the month
// name at j; in English the name must also be written with a capital
// (in May, not "in may").
func (s *scanner) afterIn(j int) bool {
	if j == 0 || s.lineBreak(j) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if end, ok := s.marker(k, mkIn); ok && end == j {
			if s.arabic(j) {
				// the name as written, no clitic read off it: في باب
				// ("in the section") is no ب + آب
				en, ok := s.lx.lookup(s.text(j))
				return ok && en.mask&(1<<catMonth) != 0
			}
			r, _ := utf8.DecodeRuneInString(s.t.TokenOrig(s.toks[j]))
			return unicode.IsUpper(r)
		}
	}
	return false
}

// yearAt parses a year after a month or a year marker: digits, or number
// words of a year (ألفين وثمانية عشر). marked: a year marker came before,
// so any number of up to four digits is a year.
func (s *scanner) yearAt(i int, marked bool) (int, int, bool) {
	if v, nd, ok := s.num(i); ok {
		if nd > 4 || (!marked && (nd != 4 || v < 1000 || v > 2200)) {
			return 0, i, false
		}
		if v == 0 || marked && nd < 3 && !s.has(i+1, catMarker) {
			return 0, i, false // العام 4.36%: an index, not a year (عام 70م is one)
		}
		if s.glued(i+1) && (s.kind(i+1) == textnorm.Punct && s.inSet(i+1, s.lx.percent) || s.punct(i+1, ".") && s.kind(i+2) == textnorm.Number && s.glued(i+2)) {
			return 0, i, false
		}
		// not a time (2024:30) or a longer number (2024/03)
		if s.punct(i+1, ":") && s.glued(i+1) && s.glued(i+2) && s.kind(i+2) == textnorm.Number {
			return 0, i, false
		}
		return v, i + 1, true
	}
	// Words: a year is written out in full (ألفين وخمسة عشر), or as
	// hundreds and the rest (nineteen seventy eight, تسعة عشر تسعة
	// وتسعون); العام الثالث, عام واحد, السنة الأربعة are ordinals and
	// counts, not years.
	if v, e, ok := s.centuryYear(i, true); ok {
		return v, e, true
	}
	if v, e, ok := s.numWords(i); ok && v >= 1000 && v < 3000 {
		return v, e, true
	} else if ok && marked && v >= 100 && v < 1000 && e-i >= 2 {
		return v, e, true // عام مائتين وسبعة وستين: the year 267
	}
	return 0, i, false
}

// centuryYear parses a year said as its hundreds and the rest: nineteen
// seventy eight, nineteen zero one, تسعة عشر تسعة وتسعون, تسعة عشر وثمانية
// وسبعين. joined allows "and" between the two parts (a year after عام or a
// month may have it; alone, a و between would make them one sum).
func (s *scanner) centuryYear(i int, joined bool) (int, int, bool) {
	h, j := 0, i
	if sn, e, ok := s.get(i, catNum); ok && sn.val >= 10 && sn.val <= 20 && !s.has(e, catTeen) {
		h, j = sn.val, e // nineteen
	} else if ok && sn.val >= 1 && sn.val <= 9 {
		if _, e2, ok := s.get(e, catTeen); ok {
			h, j = 10+sn.val, e2 // تسعة عشر
		}
	}
	if h == 0 || j >= len(s.toks) || s.kind(j) != textnorm.Word {
		return 0, i, false
	}
	if e, ok := s.marker(j, mkAnd); ok && joined {
		j = e
	} else if s.andPrefixed(j) && !joined {
		return 0, i, false
	}
	rest := 0
	if sn, e, ok := s.get(j, catNum); ok && sn.val == 0 {
		// nineteen zero one
		u, e2, ok := s.get(e, catNum)
		if !ok || u.val < 1 || u.val > 9 {
			return 0, i, false
		}
		return 100*h + u.val, e2, true
	}
	r, e, ok := s.numWords(j)
	if !ok || r < 10 || r > 99 {
		return 0, i, false
	}
	rest = r
	return 100*h + rest, e, true
}

// yearTail parses what may follow a month: [،/,] [من] [عام] YEAR [هـ|م],
// or العام الماضي/المقبل. It sets p.y (or p.yearRel) and p.hijri.
func (s *scanner) yearTail(i int, p *point) (int, bool) {
	j := i
	if s.punct(j, "/") && s.glued(j) {
		// 10/شوال/ 1436هـ, 15/ذو الحجة/1436هـ: a slash glued to the month
		// name joins its four-digit year (Saudi papers print them so).
		if y, e, ok := s.yearAt(j+1, false); ok {
			p.y = y
			return s.eraTail(e, p), true
		}
		return i, false
	}
	if s.isComma(j) || (s.punct(j, ".") && s.glued(j)) {
		j++
	}
	if e, ok := s.marker(j, mkOf); ok {
		j = e
	}
	if e, ok := s.marker(j, mkYear); ok {
		if y, e2, ok := s.yearAt(e, true); ok {
			p.y = y
			return s.eraTail(e2, p), true
		}
	} else if y, e, ok := s.yearAt(j, false); ok {
		p.y = y
		return s.eraTail(e, p), true
	}
	// يونيو العام المقبل / june next year
	if u, cnt, _, e, ok := s.unitAt(j); ok && u == uYear && cnt == 1 {
		if r, e2, ok := s.relAt(e); ok {
			p.yearRel, p.yearN = true, r
			return e2, true
		}
	}
	if r, e, ok := s.relAt(j); ok {
		if u, cnt, _, e2, ok := s.unitAt(e); ok && u == uYear && cnt == 1 {
			p.yearRel, p.yearN = true, r
			return e2, true
		}
	}
	return i, false
}

// eraTail consumes هـ / م / AH / AD after a year.
func (s *scanner) eraTail(i int, p *point) int {
	if e, ok := s.marker(i, mkHijri); ok {
		p.hijri = true
		return e
	}
	if e, ok := s.marker(i, mkAD); ok {
		return e
	}
	if (p.m == 0 || p.hijri) && s.hijriYearByContext(p.y, i-1) {
		p.hijri = true // عام 1436 in a Saudi paper
	}
	return i
}

// dirTail consumes الماضي/المقبل after a date, and الجاري/الحالي, which put
// a month said without a year in the current one (29 أغسطس الجاري).
func (s *scanner) dirTail(i int, p *point) int {
	if r, e, ok := s.relAt(i); ok && r != 0 {
		p.dir = r
		return e
	}
	if sn, e, ok := s.get(i, catRel); ok && sn.flags&fCurrent != 0 && p.m != 0 && p.y == 0 && !p.yearRel {
		p.yearRel, p.yearN = true, 0
		return e
	}
	return i
}
