package temporal

import (
	"strings"
	"unicode"
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
	if p, e, ok := s.yearMonthNameDay(i); ok {
		return p, e, true
	}
	if d, e, ok := s.dayNum(i); ok {
		return s.dayThenMonth(i, d, e)
	}
	j, this, preDir := s.monthLead(i)
	if p, e, ok, isMonth := s.monthDate(i, j, point{}, this, preDir); isMonth {
		return p, e, ok
	}
	return s.yearDate(i)
}

// dayThenMonth parses what follows a day number d (tokens i..e): a month
// name ([من] أبريل, of June, -صفر is a score), or a month relative to the
// article's (20 من الشهر المقبل, 22 هذا الشهر).
func (s *scanner) dayThenMonth(i, d, e int) (point, int, bool) {
	k := e
	joined := false
	if (s.punct(k, ".") || s.punct(k, "-") || s.punct(k, "/")) && s.glued(k) {
		k, joined = k+1, true
	}
	if _, _, me, amb, _, okM := s.monthAt(k); okM && amb && joined &&
		!(s.punct(k-1, "/") && s.punct(me, "/") && s.glued(me)) {
		// فاز 1-صفر: a score (صفر "zero"), not 1 Safar; 10/شوال/1436هـ
		// is a date
		return point{}, i, false
	}
	if _, _, me, _, strong, okM := s.monthAt(k); okM && !strong && s.inSet(k, s.lx.scoreZero) && s.zeroScore(i, e, k, me) {
		return point{}, i, false
	}
	if e2, ok := s.marker(k, mkOf); ok {
		if _, _, _, _, _, okM := s.monthAt(e2); okM {
			k = e2
		}
	}
	if p, end, ok, isMonth := s.monthDate(i, k, point{d: d}, false, 0); isMonth {
		return p, end, ok
	}
	// 20 من الشهر المقبل, 22 هذا الشهر
	k = e
	if e2, ok := s.marker(k, mkOf); ok {
		k = e2
	} else if e2, ok := s.marker(k, mkIn); ok {
		k = e2
	}
	if rp, e2, ok := s.relPeriod(k); ok && rp.relUnit == uMonth && !rp.offset {
		return point{d: d, monthRel: true, monthN: rp.relN}, e2, true
	}
	return point{}, i, false
}

// zeroScore reports a day (tokens i..e) and a month name that is also the
// word "zero" (k..me, score_zero: صفر) written as a football score: the number
// glued to it (خسر 3صفر), a kashida, slash or dash before or between them
// (فريقه 3 ـ صفر, توتنهام/ 1 صفر), or a dash or slash and a second score
// after it (المباراة الأولى صفر-صفر, اللقاء الأول صفر/2). SaudiNewsNet
// tuning days: 9 such scores read as 1 Safar, no date among them; a year
// after the month keeps the date (11 صفر 309هـ).
func (s *scanner) zeroScore(i, e, k, me int) bool {
	var p point
	if _, ok := s.yearTail(me, &p); ok && p.y != 0 {
		return false
	}
	if k == e && s.glued(k) && s.kind(e-1) == textnorm.Number {
		return true // 3صفر
	}
	if s.punct(i-1, "/") || s.punct(i-1, "-") {
		return true
	}
	if i > 0 {
		for _, r := range s.t.Slice(int(s.toks[i-1].End), int(s.toks[k].Start)) {
			if textnorm.Is(r, textnorm.Tatweel) {
				return true
			}
		}
	}
	if (s.punct(me, "-") || s.punct(me, "/")) && me+1 < len(s.toks) {
		return s.kind(me+1) == textnorm.Number || s.text(me+1) == s.text(k)
	}
	return false
}

// monthLead skips what may stand before a month said without a day: هذا
// (this year's), last/next (English: last September). It returns where the
// month would start.
func (s *scanner) monthLead(i int) (j int, this bool, preDir int) {
	if e, ok := s.marker(i, mkThis); ok {
		if _, _, _, _, _, okM := s.monthAt(e); okM {
			return e, true, 0
		}
	} else if r, e, ok := s.relAt(i); ok && r != 0 && !s.arabic(i) {
		if _, _, _, _, _, okM := s.monthAt(e); okM {
			return e, false, r // last September, next June
		}
	}
	return i, false, 0
}

// monthDate parses a month name at j and what follows it: [day] [year]
// [الماضي|المقبل|الجاري]. p holds the day said before the month, if any.
// isMonth reports a month name at j; a month name that is also a common
// word (مارس, آب) or a Hijri one (رمضان) needs something of a date around
// it, else ok is false.
func (s *scanner) monthDate(i, j int, p point, this bool, preDir int) (_ point, end int, ok, isMonth bool) {
	m, hijri, e, amb, strong, okM := s.monthAt(j)
	if !okM {
		return point{}, i, false, false
	}
	hadDay := p.d != 0
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
	// English: March 27[th][,] [2024], March the 27th; Oct-2, يناير-1
	if !hadDay {
		k2 := k
		if (s.punct(k, "-") || s.punct(k, "/")) && s.glued(k) && s.glued(k+1) && s.kind(k+1) == textnorm.Number && !s.glued(k+2) &&
			!s.inSet(j, s.lx.scoreZero) { // صفر-1, صفر/3: a score, not Safar 1
			k2 = k + 1
		} else if !s.arabic(k) && s.text(k) == "the" && !amb && !s.lineBreak(k) && !s.lineBreak(k+1) {
			k2 = k + 1 // March the 27th (not "MAY\nThe first")
		}
		d, e2, ok := s.dayNum(k2)
		if !ok && k2 == k {
			d, e2, ok = s.monthDayWord(j, k, amb)
		}
		if ok && (k2 > k || s.monthDayOK(j, k, e2)) {
			if _, _, isUnit := s.get(e2, catUnit); !isUnit {
				p.d, k, hadDay = d, e2, true
			}
		}
	}
	hadYear := false
	if e2, ok := s.yearTail(k, &p); ok {
		k, hadYear = e2, true
	}
	e3 := s.dirTail(k, &p)
	hadDir := e3 > k
	k = e3
	if (amb || hijri) && !(hadDay || hadYear || strong || hadDir) {
		return point{}, i, false, true
	}
	return p, k, true, true
}

// yearDate parses a year: عام 2008, العام 2014, سنة 1445 هـ, the year
// 2020, 1445 هـ, a bare year after a preposition (في 2003), and English
// decades (1990s, 1990's).
func (s *scanner) yearDate(i int) (point, int, bool) {
	var p point
	if e, ok := s.marker(i, mkYear); ok {
		if y, e2, ok := s.yearAt(e, true); ok {
			p.y = y
			return p, s.eraTail(e2, &p), true
		}
		return point{}, i, false
	}
	if s.kind(i) == textnorm.Word && s.mayBe(i, 1<<catNum, 0) {
		// في ألف وسبعمائة وتسعة وثمانين: a year in words after a preposition
		if s.has(i-1, catYearPrep) {
			if y, e, ok := s.numWords(i); ok && y >= 1000 && y <= 2100 && e-i >= 3 && !(s.kind(e) == textnorm.Word && !s.anySense(e)) {
				return point{y: y}, e, true
			}
		}
		if y, e, ok := s.centuryYear(i, false); ok && y >= 1000 {
			return point{y: y}, e, true // تسعة عشر ثمانية وعشرون
		}
	}
	y, nd, ok := s.num(i)
	if !ok || nd > 4 || y <= 0 {
		return point{}, i, false
	}
	if e, ok := s.marker(i+1, mkHijri); ok {
		p.y, p.hijri = y, true
		return p, e, true
	}
	if nd == 4 && y >= 1900 && y <= 2100 && !s.arabic(i-1) && s.has(i-1, catYearDet) && !s.numericGlue(i+1) &&
		s.kind(i+1) == textnorm.Word && (!s.anySense(i+1) || s.onlyLimit(i+1)) && !s.glued(i+1) {
		// a 2010 raid, his 2007 campaign, the company's 1986 profit, the
		// 1986 effective loan rate: a year used as a modifier
		return point{y: y}, i + 1, true
	}
	if nd == 4 && (y >= 1900 && y <= 2100 || s.hijriYearByContext(y, i)) && s.has(i-1, catYearPrep) && !s.numericGlue(i+1) {
		if s.kind(i+1) == textnorm.Word && !s.anySense(i+1) && (y%100 == 0 || s.quantityPrep(i-1) && s.countedNoun(i+1)) {
			return point{}, i, false // في 2000 جندي, ب 2049 مبتعثاً
		}
		p.y = y
		return p, s.eraTail(i+1, &p), true
	}
	if nd == 4 && y%10 == 0 && s.glued(i+1) {
		if s.text(i+1) == "s" {
			return point{decade: y}, i + 2, true
		}
		if s.text(i+1) == "'" && s.glued(i+2) && s.text(i+2) == "s" {
			return point{decade: y}, i + 3, true
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

// monthDayWord parses a day of the month written as one cardinal word after
// an English month name at j (Record March nine, Pay April One, effective
// May one: 630 in Reuters lines 1-15,000, two of them no date). Not the
// first word of a compound (February three-month average), not "one of"
// (in March one of them), and after a month name that is also a word (May,
// March) only when the name is written with a capital (government may one
// day).
func (s *scanner) monthDayWord(j, k int, amb bool) (int, int, bool) {
	if s.arabic(k) || s.kind(k) != textnorm.Word || s.lineBreak(k) {
		return 0, k, false
	}
	sn, e, ok := s.get(k, catNum)
	if !ok || sn.val < 1 || sn.val > 31 || s.punct(e, "-") && s.glued(e) || sn.val == 1 && s.text(e) == "of" {
		return 0, k, false
	}
	if amb {
		r, _ := utf8.DecodeRuneInString(s.t.TokenOrig(s.toks[j]))
		if !unicode.IsUpper(r) {
			return 0, k, false
		}
	}
	return sn.val, e, true
}
