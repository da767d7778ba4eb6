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
	sep := ""
	for _, c := range []string{"/", "-", "."} {
		if s.punct(i+1, c) && s.glued(i+1) && s.glued(i+2) {
			sep = c
		}
	}
	// 7 / 11 / 1436هـ, 23 /8/ 2015: Saudi papers space the slashes; such a
	// date needs all three parts and a four-digit year.
	spaced := false
	if s.punct(i+1, "/") && s.punct(i+3, "/") && !s.numericGlue(i) &&
		!(s.glued(i+1) && s.glued(i+2) && s.glued(i+3) && s.glued(i+4)) {
		sep, spaced = "/", true
	}
	if sep == "" {
		return point{}, i, false
	}
	b, nb, ok := s.num(i + 2)
	if !ok {
		return point{}, i, false
	}
	var p point
	if s.punct(i+3, sep) && (spaced || s.glued(i+3) && s.glued(i+4)) {
		c, nc, ok := s.num(i + 4)
		if !ok || s.glued(i+5) && (s.punct(i+5, sep) || s.kind(i+5) == textnorm.Number) ||
			spaced && (nc != 4 || s.punct(i+5, sep)) {
			return point{}, i, false
		}
		switch {
		case na == 4 && nb <= 2 && nc <= 2:
			p.y, p.m, p.d = a, b, c
		case (nc == 4 || nc == 2) && na <= 2 && nb <= 2:
			y := c
			if nc == 2 {
				y += 1900
				if c < 50 {
					y += 100
				}
			}
			d, m := a, b
			if !s.lx.dayFirst[s.lang] && a <= 12 || b > 12 {
				d, m = b, a
			}
			p.y, p.m, p.d = y, m, d
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
	if spaced || s.glued(i+3) && (s.kind(i+3) == textnorm.Number || s.punct(i+3, sep) || s.punct(i+3, ".")) {
		return point{}, i, false
	}
	// year and month: 2015/3, 3/2015
	switch {
	case na == 4 && nb <= 2 && b >= 1 && b <= 12 && a >= 1900 && a <= 2100:
		p.y, p.m = a, b
	case nb == 4 && na <= 2 && a >= 1 && a <= 12 && b >= 1900 && b <= 2100 && sep != ".":
		p.y, p.m = b, a
	case sep == "/" && na <= 2 && nb <= 2 && s.dayContext(i):
		d, m := a, b
		if !s.lx.dayFirst[s.lang] && a <= 12 || b > 12 {
			d, m = b, a
		}
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return point{}, i, false
		}
		p.m, p.d = m, d
	default:
		return point{}, i, false
	}
	return p, i + 3, true
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
