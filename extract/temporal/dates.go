package temporal

import (
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// Calendar dates with a month name or a year: 15 أبريل 2024, March 27, 2024, السابع من أبريل الماضي, عام 2008, the 1990s.

// monthDayOK: a day after a month name (k..e) is part of the date. English
// always ("March 27"); Arabic when the day is in words or a year follows
// ("سبتمبر10, 1901"), since "مايو 15" rarely means 15 May in Arabic news.
func (s *scanner) monthDayOK(month, k, e int) bool {
	if !s.arabic(month) {
		return true
	}
	if s.kind(k) != textnorm.Number {
		return true
	}
	var p point
	_, ok := s.yearTail(e, &p)
	return ok && p.y != 0
}

// dateExpr parses calendar dates: [day [من]] month [year] [الماضي],
// month day[,] year (English), numeric dates, and years with a marker.
func (s *scanner) dateExpr(i int) (point, int, bool) {
	if p, e, ok := s.numericAt(i); ok {
		return p, e, true
	}
	var p point
	j := i
	hadDay := false
	if d, e, ok := s.dayNum(i); ok {
		k := e
		joined := false
		if (s.punct(k, ".") || s.punct(k, "-") || s.punct(k, "/")) && s.glued(k) {
			k, joined = k+1, true
		}
		if _, _, _, amb, _, okM := s.monthAt(k); okM && amb && joined {
			return point{}, i, false // فاز 1-صفر: a score (صفر "zero"), not 1 Safar
		}
		if e2, ok := s.marker(k, mkOf); ok {
			if _, _, _, _, _, okM := s.monthAt(e2); okM {
				k = e2
			}
		}
		if _, _, _, _, _, okM := s.monthAt(k); okM {
			p.d, j, hadDay = d, k, true
		} else {
			// 20 من الشهر المقبل, 22 هذا الشهر
			k = e
			if e2, ok := s.marker(k, mkOf); ok {
				k = e2
			} else if e2, ok := s.marker(k, mkIn); ok {
				k = e2
			}
			if rp, e2, ok := s.relPeriod(k); ok && rp.relUnit == uMonth && !rp.dayGran {
				p.d, p.monthRel, p.monthN = d, true, rp.relN
				return p, e2, true
			}
			return point{}, i, false
		}
	}
	this, preDir := false, 0
	if !hadDay {
		if e, ok := s.marker(j, mkThis); ok {
			if _, _, _, _, _, okM := s.monthAt(e); okM {
				j, this = e, true
			}
		} else if r, e, ok := s.relAt(j); ok && r != 0 && !s.arabic(j) {
			if _, _, _, _, _, okM := s.monthAt(e); okM {
				j, preDir = e, r // last September, next June
			}
		}
	}
	if m, hijri, e, amb, strong, ok := s.monthAt(j); ok {
		p.m, p.hijri = m, hijri
		if this {
			p.yearRel, strong = true, true
		}
		if preDir != 0 {
			p.dir, strong = preDir, true
		}
		if s.afterPart(j) {
			strong = true // the end of March: "march" the verb has no end
		}
		k := e
		// English: March 27[th][,] [2024]
		if !hadDay {
			if d, e2, ok := s.dayNum(k); ok && s.monthDayOK(j, k, e2) {
				if _, _, isUnit := s.get(e2, catUnit); !isUnit {
					p.d, k, hadDay = d, e2, true
				}
			}
		}
		hadYear := false
		if e2, ok := s.yearTail(k, &p); ok {
			k, hadYear = e2, true
		}
		if hadDay && !hadYear && hijri {
			// ١ رمضان ١٤٤٥ written without a year marker is handled above;
			// a day and a Hijri month alone take the year from the DCT.
		}
		e3 := s.dirTail(k, &p)
		hadDir := e3 > k
		k = e3
		if amb && !(hadDay || hadYear || strong || hadDir) {
			return point{}, i, false
		}
		if hijri && !(hadDay || hadYear || strong || hadDir) {
			return point{}, i, false
		}
		return p, k, true
	}
	if hadDay {
		return point{}, i, false
	}
	// عام 2008, العام 2014, سنة 1445 هـ, the year 2020
	if e, ok := s.marker(i, mkYear); ok {
		if y, e2, ok := s.yearAt(e, true); ok {
			p.y = y
			return p, s.eraTail(e2, &p), true
		}
		return point{}, i, false
	}
	// 1445 هـ, a bare year after a preposition
	if y, nd, ok := s.num(i); ok && nd <= 4 && y > 0 {
		if e, ok := s.marker(i+1, mkHijri); ok {
			p.y, p.hijri = y, true
			return p, e, true
		}
		if nd == 4 && y >= 1900 && y <= 2100 && s.has(i-1, catYearPrep) && !s.numericGlue(i+1) {
			if s.kind(i+1) == textnorm.Word && !s.anySense(i+1) && (y%100 == 0 || s.quantityPrep(i-1) && s.countedNoun(i+1)) {
				return point{}, i, false // في 2000 جندي, ب 2049 مبتعثاً
			}
			p.y = y
			return p, s.eraTail(i+1, &p), true
		}
		// English decades: 1990s, 1990's
		if nd == 4 && y%10 == 0 && s.glued(i+1) && s.text(i+1) == "s" {
			p.decade = y
			return p, i + 2, true
		}
		if nd == 4 && y%10 == 0 && s.glued(i+1) && s.text(i+1) == "'" && s.glued(i+2) && s.text(i+2) == "s" {
			p.decade = y
			return p, i + 3, true
		}
	}
	return point{}, i, false
}

// quantityPrep: the word before a number is one that introduces amounts as
// often as years (من 1916 دولارا, إلى 1916 قتيلا, بين 2027 شخصا, ب 2049
// مبتعثا); after في or منذ a year is followed by its clause's object as
// often (شهدت في 1998 هجوما).
func (s *scanner) quantityPrep(i int) bool { return s.lx.quantityPreps[s.text(i)] }

// countedNoun reports an Arabic word in the accusative of a counted noun
// after a number (2049 مبتعثاً, 1500 حبة is caught by the round-number
// rule): it ends in the written tanween alif (diacritics are folded away, so
// any final ا after three letters counts).
func (s *scanner) countedNoun(i int) bool {
	if !s.arabic(i) || s.kind(i) != textnorm.Word || s.anySense(i) {
		return false // not_counted lists the function words (عندما, أيضا)
	}
	w := s.text(i)
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, r := range s.lx.counted {
		if strings.HasSuffix(w, r.suffix) && !hasAnySuffix(w, r.not) {
			return true
		}
	}
	return false
}

func hasAnySuffix(w string, sufs []string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}
