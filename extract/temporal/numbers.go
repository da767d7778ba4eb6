package temporal

import (
	"github.com/tarikh/tarikh/textnorm"
)

// Numbers, amounts and units: the counts the other patterns read (ثلاثة, الحادي والعشرين, 3.5, twenty-first, يومين, أيام قليلة).

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
		if !s.mayBe(k, 1<<catTeen|1<<catThousand|1<<catNum|1<<catOrd, 0) {
			break // none of the senses below: the common case
		}
		if _, e, ok := s.get(k, catTeen); ok && n > 0 && last >= 1 && last <= 9 && k == j {
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
		if !ok || last >= 1 && last <= 9 && sn.val <= 9 {
			break // a four-week: two units in a row are two numbers, not one
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
	if !ok || sn.val != 0 && s.prepPrefixed(i, catRel) {
		return 0, i, false
	}
	return sn.val, e, true
}

// prepPrefixed reports an Arabic word that has a sense of category c only
// once a preposition prefix is stripped (وبالتالي "and so" is no التالي):
// an adjective after a noun (المقبل, الماضي) never carries one.
func (s *scanner) prepPrefixed(i int, c cat) bool {
	if !s.arabic(i) {
		return false
	}
	w := s.text(i)
	for k := 0; k < 2; k++ {
		for _, sn := range s.lx.words[w] {
			if sn.cat == c {
				return false
			}
		}
		if k == 0 {
			for _, p := range s.lx.conj {
				if len(w) > len(p)+2 && w[:len(p)] == p {
					w = w[len(p):]
					break
				}
			}
		}
	}
	return true
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

// count parses "N units", a dual unit (يومين), a lone singular unit when
// loose (قبل شهر), or a plural with few (أيام قليلة, بضعة أيام; few set).
func (s *scanner) count(i int, loose bool) (n float64, u unit, end int, few, ok bool) {
	n, u, end, few, ok = s.count1(i, loose)
	if ok && u == uQuarter && s.inSet(end, s.lx.century) {
		return 0, uNone, i, false, false // ربع قرن: 25 years, not a quarter
	}
	return n, u, end, few, ok
}

// numberedOfYear reports a unit word at i that is one only with a
// preposition prefix and is followed by a number: the "of the year" of a
// numbered law, resolution or edition (القرار رقم 17 لسنة 2015, خليجي 23
// لعام 2016), which counts no years.
func (s *scanner) numberedOfYear(i int) bool {
	if _, _, ok := s.num(i + 1); !ok {
		return false
	}
	return s.prepPrefixed(i, catUnit)
}

func (s *scanner) count1(i int, loose bool) (n float64, u unit, end int, few, ok bool) {
	if a, e, isFew, okA := s.amount(i); okA {
		if !s.arabic(i) && s.punct(e, "-") && s.glued(e) && s.glued(e+1) {
			e++ // four-week, three-month, a 10-year average
		}
		if s.numberedOfYear(e) {
			return 0, uNone, i, false, false
		}
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
		// not "قبل عام 2003", "بعد شهر أبريل", "خلال شهر رمضان", "بعد اليوم الأول"
		if _, _, isNum := s.num(e); isNum {
			return 0, uNone, i, false, false
		}
		if s.has(e, catMonth) || s.has(e, catHijri) || s.has(e, catRel) || s.has(e, catOrd) || s.has(e, catWeekday) {
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
