package temporal

// Durations: منذ 3 أشهر, خلال الشهرين الماضيين, لمدة عامين, for three years, half an hour.

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
