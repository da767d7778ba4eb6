package temporal

import "github.com/tarikh/tarikh/textnorm"

// Durations: منذ 3 أشهر, خلال الشهرين الماضيين, لمدة عامين, for three years, half an hour.

// durationAt parses منذ 3 أشهر, خلال الشهرين الماضيين, السنوات العشر
// الماضية, لمدة عامين, for three years, the past two decades. Each step
// below tries one form and keeps the longest expression found so far.
func (s *scanner) durationAt(i int) (expr, bool) {
	if !s.unitWithin(i, durationReach) {
		return expr{}, false // every form below has a unit word
	}
	j, prefixed, since := s.durationLead(i)
	mod, lead := "", j
	if sn, e, ok := s.get(j, catApprox); ok {
		j, mod = e, approxMods[sn.val] // almost seven years, منذ نحو عامين
	}
	if !prefixed {
		if x, ok := s.spanBetweenEvents(j); ok {
			if x.skip > 0 {
				x.skip += j - i
			}
			return x, true
		}
	}
	best := s.countedDuration(j, prefixed, since)
	k := j
	if !s.arabic(k) && s.text(k) == "the" {
		k++
	}
	best = s.pastNextAmount(k, best)
	best = s.definiteUnits(k, best)
	best = s.amountThenRel(k, best)
	best = s.wholeUnit(i, k, best)
	best = s.halfUnit(k, best)
	if best.end > i && best.kind == kDuration && best.n >= 0 && !best.future && !best.past {
		s.compound(&best)
	}
	if prefixed && !since && best.end > j && best.kind == kDuration && best.n >= 2 && !best.future && s.has(lead-1, catLastWord) {
		// آخر 3 سنوات, خلال آخر يومين: the last three years (not آخر يوم من
		// الشهر, the last day of the month)
		best.past = true
	}
	if prefixed && !s.arabic(i) && best.end > j {
		// for almost three years: "almost three years", as TIMEX3 has it
		best.skip = lead - i
	}
	if best.end > j {
		best.mod = mod
	}
	return best, best.end > i
}

// durationReach is how many tokens from its start a duration's unit word
// may lie at most (منذ نحو ألفين وخمسمائة عام: the lead, an approximation
// and a number of several words).
const durationReach = 12

// unitWithin reports a word with a unit sense among the n tokens from i.
func (s *scanner) unitWithin(i, n int) bool {
	for k := i; k < i+n && k < len(s.toks); k++ {
		if s.toks[k].Kind == textnorm.Word && s.senses(k).mask&(1<<catUnit) != 0 {
			return true
		}
	}
	return false
}

// durationLead skips منذ (since) or a within word (خلال, لمدة, for).
func (s *scanner) durationLead(i int) (j int, prefixed, since bool) {
	if e, ok := s.marker(i, mkSince); ok {
		return e, true, true
	}
	if e, ok := s.marker(i, mkWithin); ok {
		return e, true, false
	}
	return i, false, false
}

// spanBetweenEvents parses بعد سنتين من الغياب, قبل أيام من وفاته: the time
// between two events, a duration (the offset is from the event, not the
// article's date).
func (s *scanner) spanBetweenEvents(j int) (expr, bool) {
	e, okB := s.marker(j, mkBefore)
	if !okB {
		e, okB = s.marker(j, mkAfter)
	}
	if !okB {
		return expr{}, false
	}
	n, u, e2, few, ok := s.count(e, true)
	if !ok || u == uNone || !s.ofEvent(e2) {
		return expr{}, false
	}
	if few {
		n = -1
	}
	x := expr{end: e2, kind: kDuration, n: n, u: u}
	if !s.arabic(j) {
		x.skip = e - j // after two years of talks: "two years", as TIMEX3 has it
	}
	return x, true
}

// countedDuration parses N units, a dual unit, or (after a prefix) one unit:
// 3 أشهر [الماضية], يومين, لمدة شهر; after منذ a vague count (منذ أيام) is
// PXD.
func (s *scanner) countedDuration(j int, prefixed, since bool) expr {
	best := expr{end: -1}
	n, u, e, few, ok := s.count(j, prefixed)
	if !ok || u == uNone {
		return best
	}
	if !few {
		best = expr{end: e, kind: kDuration, n: n, u: u}
		if r, e2, ok := s.relAt(e); ok && r != 0 && s.arabic(e-1) {
			best.end, best.future, best.past = e2, r > 0, r < 0
		}
	} else if since || !s.arabic(j) || s.cliticIn(j, s.lx.fewCounts) {
		best = expr{end: e, kind: kDuration, n: -1, u: u} // منذ أيام, several days, لعدة أيام
	}
	return best
}

// pastNextAmount parses English the past three years, the next two
// months, the past decade.
func (s *scanner) pastNextAmount(k int, best expr) expr {
	r, e, ok := s.relAt(k)
	if !ok || k >= len(s.toks) || s.arabic(k) || r == 0 {
		return best
	}
	if n, e1, isFew, ok := s.amount(e); ok && !isFew {
		if u, _, _, e2, ok := s.unitAt(e1); ok && e2 > best.end {
			best = expr{end: e2, kind: kDuration, n: n, u: u, future: r > 0, past: r < 0}
		}
	} else if u, cnt, _, e2, ok := s.unitAt(e); ok && u == uDecade && cnt == 1 && e2 > best.end {
		best = expr{end: e2, kind: kDuration, n: 1, u: u, future: r > 0, past: r < 0}
	}
	return best
}

// definiteUnits parses Arabic definite or dual units with a direction:
// الشهرين الماضيين, السنوات العشر الماضية, العقد الماضي, الأشهر الثلاثة
// القادمة.
func (s *scanner) definiteUnits(k int, best expr) expr {
	u, cnt, def, e, ok := s.unitAt(k)
	if !ok || !s.arabic(k) || !(def || cnt == 2) {
		return best
	}
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
	return best
}

// amountThenRel parses an amount, a unit and a direction: الثلاثة عقود
// القادمة, 2 العقود الماضية, 3 أيام القادمة.
func (s *scanner) amountThenRel(k int, best expr) expr {
	n, e, isFew, ok := s.amount(k)
	if !ok || isFew {
		return best
	}
	if u, cnt, def, e2, ok := s.unitAt(e); ok && !(def && cnt == 1) {
		if r, e3, ok := s.relAt(e2); ok && r != 0 && e3 > best.end {
			best = expr{end: e3, kind: kDuration, n: n, u: u, future: r > 0, past: r < 0}
		}
	}
	return best
}

// wholeUnit parses one whole unit: طوال الشهر, طيلة العام, all day, the
// whole week, another hour (not طوال العام الماضي, a date, nor طوال أيام,
// a count), and يوم كامل, سنة كاملة.
func (s *scanner) wholeUnit(i, k int, best expr) expr {
	if _, e, ok := s.get(i, catWhole); ok {
		if u, cnt, _, e2, ok := s.unitAt(e); ok && cnt == 1 && e2 > best.end && !s.has(e2, catRel) && !s.has(e2, catNum) {
			best = expr{end: e2, kind: kDuration, n: 1, u: u}
		}
	}
	if u, cnt, _, e, ok := s.unitAt(k); ok && cnt == 1 && s.arabic(k) && e > best.end {
		if _, e2, ok := s.get(e, catWholeAfter); ok {
			best = expr{end: e2, kind: kDuration, n: 1, u: u}
		}
	}
	return best
}

// halfUnit parses نصف ساعة, نصف عام, half an hour.
func (s *scanner) halfUnit(k int, best expr) expr {
	_, e, ok := s.get(k, catHalf)
	if !ok {
		return best
	}
	if s.text(e) == "an" || s.text(e) == "a" {
		e++
	}
	if u, cnt, _, e2, ok := s.unitAt(e); ok && cnt == 1 && e2 > best.end {
		best = expr{end: e2, kind: kDuration, n: 0.5, u: u}
	}
	return best
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
