package temporal

import (
	"github.com/tarikh/tarikh/textnorm"
)

// Numeric dates: 2024/03/27, 27/3/2024, 27.3.2024, 2015/3, 7 / 11 / 1436هـ.

// minHijriYear and maxHijriYear bound the years a numeric date is read in
// the Hijri calendar (1300 AH = 1882, 1500 AH = 2077): no Gregorian date of
// those centuries is printed as d/m/yyyy in the news tarikh reads.
const (
	minHijriYear = 1300
	maxHijriYear = 1500
)

// numericAt parses 2024/03/27, 27/3/2024, 2024-03-27, 27.3.2024, 2015/3,
// 3/2015, and Hijri numeric dates (6/10/1436 هـ).
func (s *scanner) numericAt(i int) (point, int, bool) {
	a, na, ok := s.num(i)
	if !ok {
		return point{}, i, false
	}
	sep, spaced := s.numericSep(i)
	if sep == "" {
		return point{}, i, false
	}
	b, nb, ok := s.num(i + 2)
	if !ok {
		return point{}, i, false
	}
	if s.punct(i+3, sep) && (spaced || s.glued(i+3) && s.glued(i+4)) {
		return s.numericDMY(i, sep, spaced, numPart{a, na}, numPart{b, nb})
	}
	if spaced || s.glued(i+3) && (s.kind(i+3) == textnorm.Number || s.punct(i+3, sep) || s.punct(i+3, ".")) {
		return point{}, i, false
	}
	return s.numericPair(i, sep, numPart{a, na}, numPart{b, nb})
}

// yearMonthNameDay parses 2019-sep-1, 2019/sep/01: a year, a month name
// and a day joined by - or / without spaces.
func (s *scanner) yearMonthNameDay(i int) (point, int, bool) {
	y, ny, ok := s.num(i)
	if !ok || ny != 4 || !(s.punct(i+1, "-") || s.punct(i+1, "/")) || !s.glued(i+1) || !s.glued(i+2) {
		return point{}, i, false
	}
	m, hijri, e, _, _, ok := s.monthAt(i + 2)
	if !ok || hijri || !s.punct(e, s.text(i+1)) || !s.glued(e) || !s.glued(e+1) {
		return point{}, i, false
	}
	d, nd, ok := s.num(e + 1)
	if !ok || nd > 2 || !validDay(y, m, d) || s.glued(e+2) && s.kind(e+2) == textnorm.Number {
		return point{}, i, false
	}
	return point{y: y, m: m, d: d}, e + 2, true
}

// numPart is one number of a numeric date: its value and digit count.
type numPart struct{ v, digits int }

// numericSep returns the separator after the number at i: / - or . glued
// on both sides, or a spaced slash (7 / 11 / 1436هـ, 23 /8/ 2015: Saudi
// papers space them; such a date needs all three parts and a four-digit
// year).
func (s *scanner) numericSep(i int) (sep string, spaced bool) {
	for _, c := range []string{"/", "-", "."} {
		if s.punct(i+1, c) && s.glued(i+1) && s.glued(i+2) {
			sep = c
		}
	}
	if s.punct(i+1, "/") && s.punct(i+3, "/") && !s.numericGlue(i) &&
		!(s.glued(i+1) && s.glued(i+2) && s.glued(i+3) && s.glued(i+4)) {
		sep, spaced = "/", true
	}
	return sep, spaced
}

// numericDMY parses a three-part date whose first two parts a and b are at
// i and i+2: year first (2024/03/27) or last (27/3/2024, 3/27/24), in the
// Hijri era for the years Saudi papers print (6/10/1436).
func (s *scanner) numericDMY(i int, sep string, spaced bool, a, b numPart) (point, int, bool) {
	c, nc, ok := s.num(i + 4)
	if !ok || s.glued(i+5) && (s.punct(i+5, sep) || s.kind(i+5) == textnorm.Number) ||
		spaced && (nc != 4 || s.punct(i+5, sep)) {
		return point{}, i, false
	}
	var p point
	switch {
	case a.digits == 4 && b.digits <= 2 && nc <= 2:
		p.y, p.m, p.d = a.v, b.v, c
	case (nc == 4 || nc == 2) && a.digits <= 2 && b.digits <= 2:
		p.y = c
		if nc == 2 {
			p.y = twoDigitYear(c)
		}
		p.d, p.m = s.dayMonth(a.v, b.v)
	default:
		return point{}, i, false
	}
	end := i + 5
	if p.y >= minHijriYear && p.y <= maxHijriYear {
		// 6/10/1436, 1436/2/19: a year of the Hijri era, as Saudi and
		// Gulf papers print dates; an optional هـ follows.
		p.hijri = true
		if e, ok := s.marker(end, mkHijri); ok {
			end = e
		}
		if p.m < 1 || p.m > 12 || p.d < 1 || p.d > 30 {
			return point{}, i, false
		}
		return p, end, true
	}
	if !validDay(p.y, p.m, p.d) {
		return point{}, i, false
	}
	if e, ok := s.marker(end, mkAD); ok && s.glued(end) {
		end = e // 23/8/2015م
	}
	return p, end, true
}

// numericPair parses a two-part date: a year and a month (2015/3, 3/2015),
// or a day and a month after a word that says a day follows (في 30/11).
func (s *scanner) numericPair(i int, sep string, a, b numPart) (point, int, bool) {
	var p point
	switch {
	case a.digits == 4 && b.digits <= 2 && b.v >= 1 && b.v <= 12 && a.v >= 1900 && a.v <= 2100:
		p.y, p.m = a.v, b.v
	case b.digits == 4 && a.digits <= 2 && a.v >= 1 && a.v <= 12 && b.v >= 1900 && b.v <= 2100 && sep != ".":
		p.y, p.m = b.v, a.v
	case sep == "/" && a.digits <= 2 && b.digits <= 2 && (s.dayContext(i) || zeroPadded(s.text(i)) || zeroPadded(s.text(i+2))):
		// في 30/11, or 22/04 (a zero-padded part is a date's)
		p.d, p.m = s.dayMonth(a.v, b.v)
		if p.m < 1 || p.m > 12 || p.d < 1 || p.d > 31 {
			return point{}, i, false
		}
	default:
		return point{}, i, false
	}
	return p, i + 3, true
}

// dayMonth orders the first two parts of a numeric date: day first in the
// languages whose rules say so (day_first), else month first unless the
// first part is over 12; a second part over 12 is always the day.
func (s *scanner) dayMonth(a, b int) (d, m int) {
	if !s.lx.dayFirst[s.lang] && a <= 12 || b > 12 {
		return b, a
	}
	return a, b
}

// zeroPadded reports a two-digit number written with a leading zero (04).
func zeroPadded(w string) bool { return len(w) == 2 && w[0] == '0' }

// twoDigitYear reads a two-digit year: 50..99 are 1950..1999, 0..49 are
// 2000..2049.
func twoDigitYear(c int) int {
	if c < 50 {
		return 2000 + c
	}
	return 1900 + c
}

// numericGlue reports that token i continues a number without white space
// (2024/03, 2024-3, 20:30, 2024.5).
func (s *scanner) numericGlue(i int) bool {
	if !s.glued(i) {
		return false
	}
	if s.kind(i) == textnorm.Number {
		return true
	}
	return (s.punct(i, "/") || s.punct(i, "-") || s.punct(i, ":") || s.punct(i, ".")) && s.glued(i+1) && s.kind(i+1) == textnorm.Number
}

// dayContext: the token before i says a day follows (في, يوم, on), or
// starts a range (من 30/11 وحتى 2/12/2015, بين).
func (s *scanner) dayContext(i int) bool {
	for _, k := range []int{mkIn, mkDay, mkFrom, mkBetween} {
		if _, ok := s.marker(i-1, k); ok {
			return true
		}
	}
	return false
}
