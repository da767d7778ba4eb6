package temporal

import (
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// Each pattern method parses one kind of expression starting at a token and
// returns the token after it. Patterns read the lexicon only; none of them
// resolves dates (resolve.go does).

// numWords parses cardinal number words (ثلاثة, الحادي والعشرين, ألفين
// وثمانية عشر, twenty-one) and returns their value.
func (s *scanner) numWords(i int) (int, int, bool) {
	total, cur, last := 0, 0, 0
	j := i
	n := 0
	for j < len(s.toks) {
		k := j
		if n > 0 {
			// joiners: a separate و / and / hyphen
			if e, ok := s.marker(k, mkAnd); ok && e < len(s.toks) {
				k = e
			} else if s.punct(k, "-") && s.glued(k) {
				k++
			}
		}
		if sn, e, ok := s.get(k, catTeen); ok && n > 0 && last >= 1 && last <= 9 && k == j {
			_ = sn
			cur += 10
			last = 10
			j = e
			n++
			continue
		}
		if _, e, ok := s.get(k, catThousand); ok && n > 0 && k == j {
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur, last = 0, 1000
			j = e
			n++
			continue
		}
		sn, e, ok := s.get(k, catNum)
		if !ok {
			if so, e2, ok2 := s.get(k, catOrd); ok2 && so.val > 0 {
				sn, e, ok = so, e2, true
			}
		}
		if !ok {
			break
		}
		switch {
		case sn.val == 1000 && cur > 0 && cur < 1000:
			total += cur * 1000 // two thousand
			cur = 0
		case sn.val >= 1000:
			total += sn.val
			cur = 0
		case sn.val == 100 && cur > 0 && cur < 10:
			cur *= 100 // seven hundred, ثلاث مائة
		default:
			cur += sn.val
		}
		last = sn.val
		j = e
		n++
	}
	if n == 0 {
		return 0, i, false
	}
	return total + cur, j, true
}

// amount parses a count: digits (3, 3.5) or number words. few reports
// بضعة/قليلة/few, which make the count unknown.
func (s *scanner) amount(i int) (n float64, end int, few, ok bool) {
	if v, _, okN := s.num(i); okN {
		end = i + 1
		n = float64(v)
		if (s.punct(end, ".") || s.punct(end, ",")) && s.glued(end) && s.glued(end+1) {
			if f, nd, okF := s.num(end + 1); okF && nd <= 2 {
				d := float64(f)
				for ; nd > 0; nd-- {
					d /= 10
				}
				n += d
				end += 2
			}
		}
		return n, end, false, true
	}
	if _, e, okF := s.get(i, catFew); okF {
		// بضعة أيام, a few days
		return -1, e, true, true
	}
	if !s.has(i, catNum) && s.has(i, catOrd) {
		return 0, i, false, false // أول أيام, الثالث: ordinals count nothing
	}
	if v, e, okW := s.numWords(i); okW {
		return float64(v), e, false, true
	}
	return 0, i, false, false
}

// unitAt parses a unit word: its unit, count (1, 2, 0 plural) and definiteness.
func (s *scanner) unitAt(i int) (unit, int, bool, int, bool) {
	sn, e, ok := s.get(i, catUnit)
	if !ok {
		return uNone, 0, false, i, false
	}
	return sn.unit, sn.count, sn.flags&fDefinite != 0, e, true
}

// relAt parses الماضي/المقبل/الحالي (also "last/next/this").
func (s *scanner) relAt(i int) (int, int, bool) {
	sn, e, ok := s.get(i, catRel)
	if !ok {
		return 0, i, false
	}
	return sn.val, e, true
}

// dayNum parses a day of the month: 1..31 in digits (with an English
// ordinal suffix) or ordinal words (الثامن, الحادي والعشرين, twenty-first).
func (s *scanner) dayNum(i int) (int, int, bool) {
	if v, nd, ok := s.num(i); ok {
		if nd > 2 || v < 1 || v > 31 {
			return 0, i, false
		}
		e := i + 1
		if end, ok := s.marker(e, mkOrdSuffix); ok && s.glued(e) {
			e = end
		}
		return v, e, true
	}
	if !s.arabic(i) {
		// twenty second, twenty-first, thirty one (May twenty one)
		if tens, e, ok := s.get(i, catNum); ok && (tens.val == 20 || tens.val == 30) {
			k := e
			if s.punct(k, "-") && s.glued(k) {
				k++
			}
			if u, e2, ok := s.get(k, catOrd); ok && u.val >= 1 && u.val <= 9 && tens.val+u.val <= 31 {
				return tens.val + u.val, e2, true
			}
			if u, e2, ok := s.get(k, catNum); ok && u.val >= 1 && u.val <= 9 && tens.val+u.val <= 31 {
				return tens.val + u.val, e2, true
			}
		}
	}
	sn, e, ok := s.get(i, catOrd)
	if !ok || sn.val < 1 {
		// واحد وعشرين مايو: cardinal words directly before a month
		if v, e2, okW := s.numWords(i); okW && v >= 1 && v <= 31 {
			if _, _, _, _, _, okM := s.monthAt(e2); okM {
				return v, e2, true
			}
		}
		return 0, i, false
	}
	v := sn.val
	// الحادي عشر, الحادي والعشرين, twenty first
	if _, e2, ok := s.get(e, catTeen); ok && v < 10 {
		v += 10
		e = e2
	} else if k, ok := s.marker(e, mkAnd); ok {
		if sn2, e2, ok := s.get(k, catOrd); ok && sn2.val >= 20 {
			v += sn2.val
			e = e2
		} else if sn2, e2, ok := s.get(k, catNum); ok && sn2.val >= 20 && sn2.val <= 30 {
			v += sn2.val
			e = e2
		}
	}
	// (English ordinals are single words in the table; العشرين alone is the 20th.)
	if sn2, e2, ok := s.get(e, catOrd); ok && sn2.val >= 20 && v < 10 {
		v += sn2.val
		e = e2
	}
	if v < 1 || v > 31 {
		return 0, i, false
	}
	return v, e, true
}

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
	// English abbreviation dot: "Oct." (not the full stop after "December.")
	if !s.arabic(j) && s.punct(end, ".") && s.glued(end) && len(s.text(end-1)) <= 4 {
		end++
	}
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
	// Words: a year is written out in full (ألفين وخمسة عشر); العام الثالث,
	// عام واحد, السنة الأربعة are ordinals and counts, not years.
	if v, e, ok := s.numWords(i); ok && v >= 1000 && v < 3000 {
		return v, e, true
	}
	return 0, i, false
}

// yearTail parses what may follow a month: [،/,] [من] [عام] YEAR [هـ|م],
// or العام الماضي/المقبل. It sets p.y (or p.yearRel) and p.hijri.
func (s *scanner) yearTail(i int, p *point) (int, bool) {
	j := i
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

// relDayAt parses أمس, اليوم, غدا, أول أمس, yesterday.
func (s *scanner) relDayAt(i int) (point, int, bool) {
	sn, e, ok := s.get(i, catRelDay)
	if !ok {
		return point{}, i, false
	}
	// اليوم الأول, اليوم التالي, في ذلك اليوم: not the article's day.
	if _, _, ok := s.get(e, catOrd); ok {
		return point{}, i, false
	}
	if _, _, ok := s.get(e, catRel); ok && e == i+1 {
		return point{}, i, false
	}
	if _, _, ok := s.get(e, catNum); ok && s.arabic(e) {
		return point{}, i, false
	}
	// ذلك اليوم, نفس اليوم, that day: not the article's day.
	if s.inSet(i-1, s.lx.relDayNotAfter) {
		return point{}, i, false
	}
	// 2000 ريال في اليوم: a rate ("per day"); today is اليوم alone.
	if s.inSet(i-1, s.lx.ratePreps) && sn.val == 0 && !s.punct(e, "(") {
		return point{}, i, false
	}
	return point{rel: true, relUnit: uDay, relN: sn.val}, e, true
}

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
			if r == 0 {
				p.dir = 0
			}
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
	p.wd = sn.val + 1
	k := e
	if s.isComma(k) {
		k++
	}
	if dp, e2, ok := s.dateExpr(k); ok && dp.d != 0 {
		dp.wd = p.wd
		return dp, e2, true
	}
	if !s.arabic(e) && e < len(s.toks) {
		// Thursday the 21st
		k2 := e
		if s.text(k2) == "the" {
			k2++
		}
		if d, e2, ok := s.dayNum(k2); ok && k2 > e {
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
	return p, e, true
}

// relPeriod parses الأسبوع الماضي, هذا العام, الشهر الجاري, next month, last year.
func (s *scanner) relPeriod(i int) (point, int, bool) {
	j := i
	this := false
	if e, ok := s.marker(j, mkThis); ok {
		j, this = e, true
	}
	dir, have := 0, this
	if !this {
		if r, e, ok := s.relAt(j); ok && !s.arabic(j) {
			j, dir, have = e, r, true
		}
	}
	u, cnt, _, e, ok := s.unitAt(j)
	if !ok || cnt != 1 || u.subDay() || u == uDay || this && u == uDecade && s.arabic(j) {
		return point{}, i, false // هذا العقد is "this contract" far more often than this decade
	}
	if !have {
		r, e2, ok := s.relAt(e)
		if !ok {
			// العام قبل الماضي, الأسبوع بعد القادم
			if e3, okB := s.marker(e, mkBefore); okB {
				if r2, e4, ok2 := s.relAt(e3); ok2 && r2 < 0 {
					return point{rel: true, relUnit: u, relN: -2}, e4, true
				}
			}
			if e3, okA := s.marker(e, mkAfter); okA {
				if r2, e4, ok2 := s.relAt(e3); ok2 && r2 > 0 {
					return point{rel: true, relUnit: u, relN: 2}, e4, true
				}
			}
			return point{}, i, false
		}
		dir, e = r, e2
	} else if r, e2, ok := s.relAt(e); ok && r == 0 {
		e = e2 // this current year
	}
	p := point{rel: true, relUnit: u, relN: dir}
	// الأسبوع المقبل يوم الجمعة
	k := e
	if e2, ok := s.marker(k, mkDay); ok && (s.arabic(k) || s.text(k) == "on") {
		k = e2
	}
	if u == uWeek {
		if sn, e2, ok := s.get(k, catWeekday); ok {
			p.wd = sn.val + 1
			e = e2
		}
	}
	return p, e, true
}

// partExpr parses مطلع فبراير, أواخر الشهر الماضي, منتصف 2020, late last
// year, the end of March, and "later this year".
func (s *scanner) partExpr(i int) (point, int, bool) {
	mod := 0
	later, earlier := false, false
	e := i
	if sn, e2, ok := s.get(i, catPart); ok {
		mod, e = sn.val, e2
	} else if sn, e2, ok := s.get(i, catLater); ok {
		later, e = sn.val >= 0, e2
		earlier = sn.val < 0
	} else {
		return point{}, i, false
	}
	if s.punct(e, "-") && s.glued(e) {
		e++
	}
	if e2, ok := s.marker(e, mkOf); ok {
		e = e2
	}
	if e2, ok := s.marker(e, mkYear); ok {
		if y, e3, ok := s.yearAt(e2, true); ok {
			p := point{y: y, mod: mod, later: later, earlier: earlier}
			return p, s.eraTail(e3, &p), true
		}
	}
	var p point
	end := -1
	if rp, e2, ok := s.relPeriod(e); ok && rp.wd == 0 {
		p, end = rp, e2
	} else if dp, e2, ok := s.dateExpr(e); ok && dp.d == 0 {
		p, end = dp, e2
	} else if y, nd, ok := s.num(e); ok && nd == 4 && y >= 1000 && y <= 2200 {
		p, end = point{y: y}, e+1
	} else if sn, e2, ok := s.get(e, catDecade); ok {
		p, end = point{decade: sn.val}, e2
	} else if rd, e2, ok := s.relDayAt(e); ok && (later || earlier) {
		p, end = rd, e2
	} else if u, cnt, def, e2, ok := s.unitAt(e); ok && cnt == 1 && def && (u == uYear || u == uMonth || u == uWeek) {
		// مطلع العام: this year
		p, end = point{rel: true, relUnit: u}, e2
	}
	if end < 0 {
		return point{}, i, false
	}
	if earlier && p.rel && p.relUnit == uDay && p.relN == 0 {
		p.relN = 0
	}
	p.mod, p.later, p.earlier = mod, later, earlier
	return p, end, true
}

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
		return point{rel: true, relUnit: u, relN: int(n), dayGran: true, afterYears: true}, e, 0, n == float64(int(n))
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
	return point{rel: true, relUnit: u, relN: sign * int(n), dayGran: true}, e, 0, true
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

// count parses "N units", a dual unit (يومين), a lone singular unit when
// loose (قبل شهر), or a plural with few (أيام قليلة, بضعة أيام; few set).
func (s *scanner) count(i int, loose bool) (n float64, u unit, end int, few, ok bool) {
	n, u, end, few, ok = s.count1(i, loose)
	if ok && u == uQuarter && s.inSet(end, s.lx.century) {
		return 0, uNone, i, false, false // ربع قرن: 25 years, not a quarter
	}
	return n, u, end, few, ok
}

func (s *scanner) count1(i int, loose bool) (n float64, u unit, end int, few, ok bool) {
	if a, e, isFew, okA := s.amount(i); okA {
		if uu, cnt, def, e2, okU := s.unitAt(e); okU && (cnt != 2 || isFew) && !(def && cnt == 1 && s.arabic(e)) {
			// (3 في المائة الشهر الماضي: a definite singular unit counts nothing)
			if isFew {
				return -1, uu, e2, true, true
			}
			if a == 1 && cnt == 0 && s.kind(i) == textnorm.Word {
				return 0, uNone, i, false, false // أحد أشهر: "one of the most famous"
			}
			return a, uu, e2, false, true
		}
		return 0, uNone, i, false, false
	}
	uu, cnt, _, e, okU := s.unitAt(i)
	if !okU {
		return 0, uNone, i, false, false
	}
	switch cnt {
	case 2:
		return 2, uu, e, false, true
	case 1:
		if !loose {
			return 0, uNone, i, false, false
		}
		// not "قبل عام 2003", "بعد شهر أبريل", "بعد اليوم الأول"
		if _, _, isNum := s.num(e); isNum {
			return 0, uNone, i, false, false
		}
		if s.has(e, catMonth) || s.has(e, catRel) || s.has(e, catOrd) || s.has(e, catWeekday) {
			return 0, uNone, i, false, false
		}
		if _, _, def, _, _ := s.unitAt(i); def && s.arabic(i) {
			return 0, uNone, i, false, false // خلال الشهر: "during the month", no amount
		}
		if s.arabic(i) && s.kind(e) == textnorm.Word && !s.anySense(e) {
			// قبل يوم الانتخابات, بعد عقد الاجتماع: the unit word heads a
			// phrase ("the day of", "the holding of"), no amount of time;
			// and عقد before any plain word is "holding" (بعد عقد اجتماع).
			if s.definite(e) || uu == uDecade {
				return 0, uNone, i, false, false
			}
		}
		return 1, uu, e, false, true
	}
	// plural: أيام قليلة, few days / بضعة handled by amount
	if _, e2, okF := s.get(e, catFew); okF {
		return -1, uu, e2, true, true
	}
	if loose {
		return -1, uu, e, true, true
	}
	return 0, uNone, i, false, false
}

// seasonAt parses الصيف, هذا الصيف, الربيع القادم, صيف 2016, صيف العام
// الماضي, this summer, summer 2016. An indefinite season (صيف) needs a year.
func (s *scanner) seasonAt(i int) (point, int, bool) {
	j := i
	var p point
	this := false
	if e, ok := s.marker(j, mkThis); ok {
		j, this = e, true
	} else if r, e, ok := s.relAt(j); ok && !s.arabic(j) {
		j, p.dir, this = e, r, true // next summer
	}
	if s.inSet(j, s.lx.seasonNouns) {
		j++ // فصل الصيف
	}
	sn, e, ok := s.get(j, catSeason)
	if !ok {
		return point{}, i, false
	}
	p.season = sn.val
	if s.isComma(e) && !s.arabic(e+1) {
		e++
	}
	if e2, ok := s.yearTail(e, &p); ok {
		return p, e2, true
	}
	if r, e2, ok := s.relAt(e); ok {
		p.dir = r
		p.rel = r == 0 // الصيف الحالي: the one around the DCT
		return p, e2, true
	}
	if this {
		p.rel = true
		return p, e, true
	}
	if sn.flags&fDefinite == 0 && s.arabic(j) {
		return point{}, i, false
	}
	return p, e, true
}

// restAt parses بقية الأسبوع, باقي العام, ما تبقى من الشهر الجاري, the rest
// of the week: from the DCT to the end of the period.
func (s *scanner) restAt(i int) (point, int, bool) {
	_, e, ok := s.get(i, catRest)
	if !ok {
		return point{}, i, false
	}
	if e2, ok := s.marker(e, mkOf); ok {
		e = e2
	}
	if !s.arabic(e) && s.text(e) == "the" {
		e++
	}
	if rp, e2, ok := s.relPeriod(e); ok && rp.wd == 0 && rp.relN == 0 {
		rp.rest = true
		return rp, e2, true
	}
	if u, cnt, def, e2, ok := s.unitAt(e); ok && cnt == 1 && (def || !s.arabic(e)) && (u == uWeek || u == uMonth || u == uYear) {
		return point{rel: true, relUnit: u, rest: true}, e2, true
	}
	return point{}, i, false
}

// weekendAt parses عطلة نهاية الأسبوع [المقبل], this/next/last weekend.
func (s *scanner) weekendAt(i int) (point, int, bool) {
	j := i
	dir := 0
	if e, ok := s.marker(j, mkThis); ok {
		j = e
	} else if r, e, ok := s.relAt(j); ok && !s.arabic(j) {
		j, dir = e, r
	}
	_, e, ok := s.get(j, catWeekend)
	if !ok {
		return point{}, i, false
	}
	if r, e2, ok := s.relAt(e); ok && s.arabic(e) {
		dir, e = r, e2
	} else if e2, ok := s.marker(e, mkAfter); ok && s.arabic(e) {
		if r, e3, ok := s.relAt(e2); ok && r > 0 {
			dir, e = 2, e3 // عطلة نهاية الأسبوع بعد المقبل
		}
	}
	return point{rel: true, relUnit: uWeek, relN: dir, weekend: true}, e, true
}

// decadeAt parses التسعينيات.
func (s *scanner) decadeAt(i int) (point, int, bool) {
	sn, e, ok := s.get(i, catDecade)
	if !ok {
		return point{}, i, false
	}
	return point{decade: sn.val}, e, true
}

// holidayAt parses عيد الميلاد, عيد الفطر [year].
func (s *scanner) holidayAt(i int) (point, int, bool) {
	var p point
	sn, e, ok := s.get(i, catHoliday)
	switch {
	case ok:
		p.m, p.d = sn.day.month, sn.day.day
	default:
		if sn, e, ok = s.get(i, catHijriHoliday); ok {
			p.hijri, p.m, p.d = true, sn.day.month, sn.day.day
		} else if sn, e, ok = s.get(i, catWdHoliday); ok {
			// Thanksgiving: the nth weekday of its month
			p.m, p.wd, p.wdN = sn.day.month, sn.day.weekday+1, sn.day.nth
		} else if _, e, ok = s.get(i, catEaster); ok {
			p.easter = true
		} else {
			return point{}, i, false
		}
	}
	if e2, ok := s.yearTail(e, &p); ok {
		e = e2
	}
	return p, s.dirTail(e, &p), true
}

// quarterAt parses الربع الأول من عام 2024, the third quarter of 2016.
func (s *scanner) quarterAt(i int) (point, int, bool) {
	j := i
	q := 0
	if s.text(i) == "the" {
		j++
	}
	if sn, e, ok := s.get(j, catOrd); ok && !s.arabic(j) && sn.val >= 1 && sn.val <= 4 {
		if u, cnt, _, e2, ok := s.unitAt(e); ok && u == uQuarter && cnt == 1 {
			q, j = sn.val, e2
		}
	} else if u, cnt, _, e, ok := s.unitAt(j); ok && u == uQuarter && cnt == 1 {
		if sn, e2, ok := s.get(e, catOrd); ok && sn.val >= 1 && sn.val <= 4 {
			q, j = sn.val, e2
		} else if sn, e2, ok := s.get(e, catOrd); ok && sn.val == -1 {
			q, j = 4, e2
		}
	}
	if q == 0 {
		return point{}, i, false
	}
	qEnd := j
	if e, ok := s.marker(j, mkOf); ok {
		j = e
	} else if e, ok := s.marker(j, mkIn); ok {
		j = e
	}
	if e, ok := s.marker(j, mkYear); ok {
		if y, e2, ok := s.yearAt(e, true); ok {
			return point{y: y, quarter: q}, e2, true
		}
	}
	if y, e, ok := s.yearAt(j, false); ok {
		return point{y: y, quarter: q}, e, true
	}
	if rp, e, ok := s.relPeriod(j); ok && rp.relUnit == uYear {
		rp.quarter = q
		return rp, e, true
	}
	// the third quarter, الربع الثالث: of the year the article is in
	return point{rel: true, relUnit: uYear, quarter: q}, qEnd, true
}

// shortPeriodAt parses the quarters and halves of financial news: Q3 2016,
// 2016 Q3, Q4, H1 2016, 2016 H2 (a half needs its year: H1 alone is also a
// virus).
func (s *scanner) shortPeriodAt(i int) (point, int, bool) {
	var p point
	j := i
	if y, e, ok := s.yearAt(i, false); ok && !s.arabic(i) {
		p.y, j = y, e
	}
	sn, _, ok := s.get(j, catShort)
	if !ok || !s.glued(j+1) {
		return point{}, i, false
	}
	n, nd, ok := s.num(j + 1)
	if !ok || nd != 1 || n < 1 || n > sn.val || s.glued(j+2) && s.kind(j+2) != textnorm.Punct {
		return point{}, i, false
	}
	e := j + 2
	if p.y == 0 {
		k := e
		if s.isComma(k) {
			k++
		}
		if y, e2, ok := s.yearAt(k, false); ok {
			p.y, e = y, e2
		} else if rp, e2, ok := s.relPeriod(k); ok && rp.relUnit == uYear {
			p.rel, p.relUnit, p.relN, e = true, uYear, rp.relN, e2
		} else if sn.val == 2 {
			return point{}, i, false
		} else {
			p.rel, p.relUnit = true, uYear
		}
	}
	if sn.val == 4 {
		p.quarter = n
	} else {
		p.half = n
	}
	return p, e, true
}

// afterPart reports that a part-of-period word ends right before token j
// (the end of | March).
func (s *scanner) afterPart(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if _, e, ok := s.get(k, catPart); ok && e == j {
			return true
		}
	}
	return false
}

// point parses any single date expression at i, the longest that fits
// (memoized: ranges and the main loop ask for the same positions).
func (s *scanner) point(i int) (point, int, bool) {
	if i < 0 || i >= len(s.toks) {
		return point{}, i, false
	}
	c := s.senses(i)
	switch c.pstate {
	case 1:
		return point{}, i, false
	case 2:
		return c.p, int(c.pend), true
	}
	p, e, ok := s.point1(i)
	c = &s.cache[i]
	if ok {
		c.pstate, c.p, c.pend = 2, p, int32(e)
	} else {
		c.pstate = 1
	}
	return p, e, ok
}

func (s *scanner) point1(i int) (point, int, bool) {
	best, bestEnd := point{}, -1
	try := func(p point, e int, ok bool) {
		if ok && e > bestEnd {
			best, bestEnd = p, e
		}
	}
	try(s.relDayAt(i))
	try(s.weekdayExpr(i))
	try(s.dateExpr(i))
	try(s.relPeriod(i))
	try(s.partExpr(i))
	try(s.decadeAt(i))
	try(s.holidayAt(i))
	try(s.quarterAt(i))
	if !s.arabic(i) {
		try(s.shortPeriodAt(i))
	}
	try(s.seasonAt(i))
	try(s.restAt(i))
	try(s.weekendAt(i))
	// The rarer patterns, tried only where the first word can start them.
	if s.mayBe(i, 0, 1<<mkDay) {
		try(s.dayOfMonthAt(i))
		try(s.theDayAt(i))
	}
	if s.mayBe(i, 1<<catUnit|1<<catOrd, 1<<mkDay) {
		try(s.weekOfAt(i))
	}
	if s.mayBe(i, 1<<catOrd|1<<catWeekday, 1<<mkDay) || s.lastWord(i) {
		try(s.nthWeekdayAt(i))
	}
	if p, e, v, ok := s.offsetExpr(i); ok && v == 0 {
		try(p, e, true)
	}
	if bestEnd < 0 {
		return point{}, i, false
	}
	// اليوم (السبت), أمس الجمعة, غدا الأحد: the weekday names the day, and
	// wins over the article's date when they disagree (an article dated the
	// day it was crawled, written the day before).
	if best.rel && best.relUnit == uDay && !best.dayGran && best.wd == 0 && s.arabic(i) {
		k := bestEnd
		if s.isComma(k) {
			k++
		}
		if s.punct(k, "(") {
			if sn, e, ok := s.get(k+1, catWeekday); ok && s.punct(e, ")") {
				best.wd, bestEnd = sn.val+1, e+1
			}
		} else if sn, e, ok := s.get(k, catWeekday); ok && !s.has(e, catRel) {
			best.wd, bestEnd = sn.val+1, e
		}
	}
	return best, bestEnd, true
}

// vagueAt parses vague references: في الوقت الحالي, قبل أيام, في غضون
// أسابيع قليلة, الأسابيع القادمة, recently.
func (s *scanner) vagueAt(i int) (expr, bool) {
	if sn, e, ok := s.get(i, catVague); ok {
		return expr{end: e, kind: kVague, vague: sn.val}, true
	}
	if _, e, v, ok := s.offsetExpr(i); ok && v != 0 {
		return expr{end: e, kind: kVague, vague: v}, true
	}
	// في غضون أسابيع قليلة, خلال أيام
	if e, ok := s.marker(i, mkWithin); ok && s.arabic(i) {
		if a, _, e2, few, okC := s.count(e, false); okC && few && a < 0 {
			return expr{end: e2, kind: kVague, vague: vagueFuture}, true
		}
	}
	// الأسابيع القادمة, الأيام القليلة الماضية, the coming weeks
	j := i
	if !s.arabic(i) && s.text(i) == "the" {
		j++
	}
	if r, e, ok := s.relAt(j); ok && !s.arabic(j) && r != 0 {
		if _, e2, okF := s.get(e, catFew); okF {
			e = e2
		}
		if _, cnt, _, e2, okU := s.unitAt(e); okU && cnt == 0 {
			return expr{end: e2, kind: kVague, vague: map[int]int{-1: vaguePast, 1: vagueFuture}[r]}, true
		}
	}
	if _, cnt, def, e, ok := s.unitAt(j); ok && cnt == 0 && def {
		if _, e2, okF := s.get(e, catFew); okF {
			e = e2
		}
		if r, e2, ok := s.relAt(e); ok && r != 0 {
			return expr{end: e2, kind: kVague, vague: map[int]int{-1: vaguePast, 1: vagueFuture}[r]}, true
		}
	}
	return expr{}, false
}

// setAt parses سنويا, كل عام, كل أسبوعين, every year, every Friday.
func (s *scanner) setAt(i int) (expr, bool) {
	best := expr{end: -1}
	if sn, e, ok := s.get(i, catSet); ok {
		best = expr{end: e, kind: kSet, n: 1, u: sn.unit}
	}
	if e, ok := s.marker(i, mkEvery); ok {
		if n, u, e2, few, ok := s.count(e, true); ok && !few && e2 > best.end {
			best = expr{end: e2, kind: kSet, n: n, u: u}
		}
		k := e
		bare := false
		if e2, ok := s.marker(k, mkDay); ok {
			k, bare = e2, s.arabic(k)
		}
		wd, e2, ok := -1, k, false
		if sn, e3, okW := s.get(k, catWeekday); okW {
			wd, e2, ok = sn.val, e3, true
		} else if v, okB := s.lx.bareWeekday[s.text(k)]; okB && bare {
			wd, e2, ok = v, k+1, true // كل يوم اثنين
		}
		if ok && e2 > best.end {
			best = expr{end: e2, kind: kSet, u: uWeek, setValue: weekdaySet(wd)}
		}
	}
	// أيام الجمعة ("on Fridays")
	if u, cnt, def, e, ok := s.unitAt(i); ok && u == uDay && cnt == 0 && !def && s.arabic(i) {
		if sn, e2, ok := s.get(e, catWeekday); ok && e2 > best.end {
			best = expr{end: e2, kind: kSet, u: uWeek, setValue: weekdaySet(sn.val)}
		}
	}
	return best, best.end > i
}

// durationAt parses منذ 3 أشهر, خلال الشهرين الماضيين, السنوات العشر
// الماضية, لمدة عامين, for three years, the past two decades.
func (s *scanner) durationAt(i int) (expr, bool) {
	j := i
	prefixed := false
	since := false
	if e, ok := s.marker(j, mkSince); ok {
		j, prefixed, since = e, true, true
	} else if e, ok := s.marker(j, mkWithin); ok {
		j, prefixed = e, true
	}
	best := expr{end: -1}
	// بعد سنتين من الغياب, قبل أيام من وفاته: the time between two events,
	// a duration (the offset is from the event, not the article's date).
	if !prefixed {
		e, okB := s.marker(j, mkBefore)
		if !okB {
			e, okB = s.marker(j, mkAfter)
		}
		if okB {
			if n, u, e2, few, ok := s.count(e, true); ok && u != uNone && s.ofEvent(e2) {
				if few {
					n = -1
				}
				return expr{end: e2, kind: kDuration, n: n, u: u}, true
			}
		}
	}
	// N units, dual unit, (prefixed) one unit
	if n, u, e, few, ok := s.count(j, prefixed); ok && u != uNone {
		if !few {
			best = expr{end: e, kind: kDuration, n: n, u: u}
			if r, e2, ok := s.relAt(e); ok && r != 0 && s.arabic(e-1) {
				best.end, best.future, best.past = e2, r > 0, r < 0
			}
		} else if since {
			best = expr{end: e, kind: kDuration, n: -1, u: u}
		}
		if !prefixed && best.end > 0 && u == uNone {
			best.end = -1
		}
	}
	// definite: الشهرين الماضيين, السنوات العشر الماضية, العقد الماضي,
	// الأشهر الثلاثة القادمة, the past three years
	k := j
	if !s.arabic(k) && s.text(k) == "the" {
		k++
	}
	if r, e, ok := s.relAt(k); ok && k < len(s.toks) && !s.arabic(k) && r != 0 {
		if n, _, isFew, ok := s.amount(e); ok && !isFew {
			if u, _, _, e2, ok := s.unitAt(s.afterAmount(e)); ok && e2 > best.end {
				best = expr{end: e2, kind: kDuration, n: n, u: u, future: r > 0, past: r < 0}
			}
		} else if u, cnt, _, e2, ok := s.unitAt(e); ok && u == uDecade && cnt == 1 && e2 > best.end {
			best = expr{end: e2, kind: kDuration, n: 1, u: u, future: r > 0, past: r < 0}
		}
	}
	if u, cnt, def, e, ok := s.unitAt(k); ok && s.arabic(k) && (def || cnt == 2) {
		n := float64(cnt)
		if cnt == 0 {
			if a, e2, isFew, okA := s.amount(e); okA && !isFew {
				n, e = a, e2
			} else {
				n = -2
			}
		}
		if cnt == 1 && u != uDecade {
			n = -2
		}
		if n > 0 {
			if r, e2, ok := s.relAt(e); ok && r != 0 && e2 > best.end {
				best = expr{end: e2, kind: kDuration, n: n, u: u, future: r > 0, past: r < 0}
			}
		}
	}
	// الثلاثة عقود القادمة, 2 العقود الماضية, 3 أيام القادمة
	if n, e, isFew, ok := s.amount(k); ok && !isFew {
		if u, cnt, def, e2, ok := s.unitAt(e); ok && !(def && cnt == 1) {
			if r, e3, ok := s.relAt(e2); ok && r != 0 && e3 > best.end {
				best = expr{end: e3, kind: kDuration, n: n, u: u, future: r > 0, past: r < 0}
			}
		}
	}
	// طوال الشهر, طيلة العام, all day, the whole week, another hour: one
	// unit; not طوال العام الماضي (a date follows) nor طوال أيام (a count).
	if _, e, ok := s.get(i, catWhole); ok {
		if u, cnt, _, e2, ok := s.unitAt(e); ok && cnt == 1 && e2 > best.end && !s.has(e2, catRel) && !s.has(e2, catNum) {
			best = expr{end: e2, kind: kDuration, n: 1, u: u}
		}
	}
	// يوم كامل, سنة كاملة: one whole unit
	if u, cnt, _, e, ok := s.unitAt(k); ok && cnt == 1 && s.arabic(k) && e > best.end {
		if _, e2, ok := s.get(e, catWholeAfter); ok {
			best = expr{end: e2, kind: kDuration, n: 1, u: u}
		}
	}
	// نصف ساعة, نصف عام, half an hour
	if _, e, ok := s.get(k, catHalf); ok {
		if s.text(e) == "an" || s.text(e) == "a" {
			e++
		}
		if u, cnt, _, e2, ok := s.unitAt(e); ok && cnt == 1 && e2 > best.end {
			best = expr{end: e2, kind: kDuration, n: 0.5, u: u}
		}
	}
	if best.end > i && best.kind == kDuration && best.n >= 0 && !best.future && !best.past {
		s.compound(&best)
	}
	return best, best.end > i
}

// compound extends a duration with what follows it: ونصف (ساعة ونصف),
// واحد (عام واحد), كامل (يوم كامل), and further amounts joined by و, a
// comma or nothing (عام و3 أشهر و21 يوما, أسبوع واحد ثلاثة أيام).
func (s *scanner) compound(e *expr) {
	k := e.end
	if _, k2, ok := s.get(k, catNum); ok && s.arabic(k) && s.text(k) != "" {
		if sn, _, _ := s.get(k, catNum); sn.val == 1 {
			k = k2 // عام واحد
		}
	}
	if s.has(k, catHalf) && e.nmore == 0 && s.andPrefixed(k) {
		_, k2, _ := s.get(k, catHalf)
		e.n += 0.5 // ساعة ونصف, ساعتين ونصف
		e.end = k2
		return
	}
	if e2, ok := s.marker(k, mkAnd); ok && s.has(e2, catHalf) && e.nmore == 0 {
		_, k2, _ := s.get(e2, catHalf)
		e.n += 0.5
		e.end = k2
		return
	}
	if _, k2, ok := s.get(k, catWholeAfter); ok {
		e.end = k2 // يوم كامل
		return
	}
	e.end = k
	for e.nmore < len(e.more) {
		j := e.end
		if s.isComma(j) {
			j++
		} else if j2, ok := s.marker(j, mkAnd); ok {
			j = j2
		}
		n, u, j2, few, ok := s.count(j, true)
		if !ok || few || u == uNone || s.has(j2, catRel) {
			// a bare singular joined by و (وشهر) counts only as one of the parts
			break
		}
		if _, k2, ok := s.get(j2, catNum); ok && s.arabic(j2) {
			if sn, _, _ := s.get(j2, catNum); sn.val == 1 {
				j2 = k2
			}
		}
		e.more[e.nmore] = durPart{n, u}
		e.nmore++
		e.end = j2
	}
}

// afterAmount skips an English hyphenated amount.
func (s *scanner) afterAmount(i int) int { return i }

// rangeAt parses بين 2014 و2017, من 10 إلى 12 مارس, 19-20 نوفمبر,
// between 2014 and 2017, from March 10 to 12.
func (s *scanner) rangeAt(i int) (expr, bool) {
	// الأسبوع المقبل بين الأربعاء والجمعة, هذا الأسبوع من الثلاثاء إلى
	// الخميس: a range of weekdays inside a named week.
	if rp, e, ok := s.relPeriod(i); ok && rp.relUnit == uWeek && rp.wd == 0 && !rp.weekend {
		if r, ok := s.rangeAt(e); ok && r.p.onlyWeekday() && r.q.onlyWeekday() {
			p, q := rp, rp
			p.wd, q.wd = r.p.wd, r.q.wd
			return expr{end: r.end, kind: kRange, p: p, q: q, future: rp.relN > 0, past: rp.relN < 0}, true
		}
	}
	j := i
	between, from := false, false
	if e, ok := s.marker(j, mkBetween); ok {
		j, between = e, true
	} else if e, ok := s.marker(j, mkFrom); ok {
		j, from = e, true
	}
	if s.glued(j) && (s.punct(j-1, "/") || s.punct(j-1, "-")) {
		return expr{}, false // the tail of a numeric date (30/11)
	}
	xp, xe, xok := s.point(j)
	xn, xnd, xnum := s.num(j)
	if xnum {
		if !xok || xe == j+1 {
			xe = j + 1
		}
	}
	if !xok && !xnum {
		return expr{}, false
	}
	if xok && xnum && xe > j+1 {
		xnum = false // the number is part of a longer date
	}
	k := xe
	conn := false
	if between {
		if e, ok := s.marker(k, mkAnd); ok {
			k, conn = e, true
		} else if s.punct(k, "-") {
			k, conn = k+1, true
		} else if s.arabic(k) && s.andPrefixed(k) {
			conn = true // والجمعة: the clitic joins
		}
	} else {
		if e, ok := s.marker(k, mkTo); ok {
			k, conn = e, true
		} else if s.punct(k, "-") || s.punct(k, "–") {
			k, conn = k+1, true
		} else if e, ok := s.marker(k, mkContinue); ok && xok {
			// في 27 شوال ويستمر حتى 4 ذي القعدة: "and goes on until"
			if e2, ok := s.marker(e, mkTo); ok {
				k, conn = e2, true
			}
		}
	}
	if !conn || (!from && !between && !xok && s.punct(xe, "-") && s.glued(xe) && s.glued(xe+1) && false) {
		return expr{}, false
	}
	if s.isArticle(k) && s.kind(k+1) == textnorm.Number {
		k++ // حتى الـ 4 من ذي القعدة
	}
	yp, ye, yok := s.point(k)
	yn, ynd, ynum := s.num(k)
	if yok && ynum && ye > k+1 {
		ynum = false
	}
	if !yok && !ynum {
		return expr{}, false
	}
	var p, q point
	end := ye
	switch {
	case xok && !xnum && yok && !ynum:
		p, q = xp, yp
	case xnum && yok && !ynum:
		q = yp
		switch {
		case q.d != 0 && (q.m != 0 || q.monthRel) && xnd <= 2 && xn >= 1 && xn <= 31:
			p = q
			p.d, p.wd = xn, 0
		case q.d == 0 && q.m == 0 && q.y != 0 && !q.hijri && xnd == 4 && xn >= 1000:
			p = point{y: xn}
		case q.y != 0 && q.m != 0 && q.d == 0 && xnd == 4 && xn >= 1000:
			p = point{y: xn} // between 2015 and Feb 2018
		default:
			return expr{}, false
		}
	case xok && !xnum && ynum:
		p = xp
		end = k + 1
		switch {
		case p.y != 0 && p.m == 0 && p.d == 0 && ynd == 4 && yn >= p.y:
			q = point{y: yn}
		case p.y != 0 && p.m == 0 && p.d == 0 && ynd == 2 && !s.arabic(i):
			q = point{y: p.y/100*100 + yn} // 2014-17
		case p.d != 0 && p.m != 0 && ynd <= 2 && yn > p.d && yn <= 31:
			q = p
			q.d, q.wd = yn, 0
			if p.y == 0 {
				if e2, ok := s.yearTail(end, &q); ok {
					end = e2
					p.y, p.yearRel, p.yearN = q.y, q.yearRel, q.yearN
				}
			}
		default:
			return expr{}, false
		}
	case xnum && ynum:
		// bare years on both sides (بين 2014 و2017), or days before a month
		if xnd == 4 && ynd == 4 && xn >= 1000 && xn <= 2200 && yn >= xn && yn <= 2200 &&
			!(xn%100 == 0 && yn%100 == 0) && !s.countedNoun(k+1) {
			p, q = point{y: xn}, point{y: yn}
			end = k + 1
		} else {
			return expr{}, false
		}
	default:
		return expr{}, false
	}
	// الـ 27 من الشهر الجاري ... حتى 4 ذي القعدة: the Hijri current month.
	if q.hijri && p.monthRel && p.d != 0 && !p.hijri {
		p.hijri = true
	}
	// لعام 1435-1436هـ: the era written once, after the end.
	if q.hijri && !p.hijri && p.y >= minHijriYear && p.y <= maxHijriYear && p.m == 0 && q.m == 0 {
		p.hijri = true
	}
	// Fill what the start leaves unsaid from the end.
	if p.y == 0 && !p.yearRel && !p.rel && q.y != 0 {
		p.y = q.y
		if p.m > q.m && q.m != 0 {
			p.y--
		}
	}
	if p.y == 0 && !p.rel && q.yearRel && !p.yearRel {
		p.yearRel, p.yearN = true, q.yearN
	}
	if p.m == 0 && p.d != 0 && q.m != 0 && !p.rel && !p.monthRel {
		p.m = q.m
	}
	if p.dir == 0 {
		p.dir = q.dir
	}
	if p.hijri != q.hijri && (p.m != 0) {
		return expr{}, false
	}
	e := expr{end: end, kind: kRange, p: p, q: q, future: q.dir > 0, past: q.dir < 0}
	return e, true
}

// weekdaySet is the TIMEX3 value of "every <weekday>" (wd 0 = Sunday, which
// ISO numbers 7).
func weekdaySet(wd int) string {
	if wd == 0 {
		wd = 7
	}
	return "XXXX-WXX-" + string(rune('0'+wd))
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

// surnameAt reports a weekday word used as a family name: right after a
// given name (أحمد الخميس). After بن and a name it stays a day: "محمد بن
// سلمان الخميس" is far more often "bin Salman, on Thursday".
func (s *scanner) surnameAt(i int) bool {
	if !s.arabic(i) || i == 0 || s.toks[i-1].Kind != textnorm.Word {
		return false
	}
	if s.inSet(i-2, s.lx.nameLinks) {
		return false
	}
	prev := s.text(i - 1)
	for _, c := range s.lx.conj {
		if p, ok := strings.CutPrefix(prev, c); ok && s.lx.givenNames[p] {
			return true // وأحمد الخميس
		}
	}
	return s.lx.givenNames[prev]
}
