package temporal

// Vague references: مؤخرا, قبل أيام, في غضون أسابيع قليلة, recently; and
// vague amounts (الأسابيع الأخيرة, the coming weeks: PXW).

// vagueAt parses vague references: في الوقت الحالي, قبل أيام, في غضون
// أسابيع قليلة, الأسابيع القادمة, recently.
func (s *scanner) vagueAt(i int) (expr, bool) {
	if sn, e, ok := s.get(i, catVague); ok {
		if e == i+1 && s.inSet(i, s.lx.nearWords) && s.inSet(e, s.lx.nearBefore) && !s.clauseTense(i, e).future {
			return expr{}, false // وقف قريبا من الحدود: near, not soon; soon after the attack
		}
		x := expr{end: e, kind: kVague, vague: sn.val}
		if a, ok := s.vagueAmount(i); ok && a.end > x.end {
			return a, true // over the past few weeks: not "the past"
		}
		return x, true
	}
	if _, e, v, ok := s.offsetExpr(i); ok && v != 0 {
		return expr{end: e, kind: kVague, vague: v}, true
	}
	// في غضون أسابيع قليلة, خلال أيام
	if e, ok := s.marker(i, mkWithin); ok && s.arabic(i) {
		if a, u, e2, few, okC := s.count(e, false); okC && few && a < 0 {
			if r, e3, ok := s.relAt(e2); ok && r != 0 {
				// خلال الأيام القليلة الماضية: the last few days, PXD
				return expr{end: e3, kind: kDuration, n: -1, u: u, future: r > 0, past: r < 0}, true
			}
			return expr{end: e2, kind: kVague, vague: vagueFuture}, true
		}
	}
	return s.vagueAmount(i)
}

// vagueAmount parses الأسابيع القادمة, الأيام القليلة الماضية, the coming
// weeks, recent weeks, the next few months, the past few weeks: an unknown
// number of units, a duration (PXW) as TIMEX3 gives it.
func (s *scanner) vagueAmount(i int) (expr, bool) {
	j := i
	if !s.arabic(i) && s.text(i) == "the" {
		j++
	}
	if r, e, ok := s.relAt(j); ok && !s.arabic(j) && r != 0 {
		if _, e2, okF := s.get(e, catFew); okF {
			e = e2
		}
		if u, cnt, _, e2, okU := s.unitAt(e); okU && cnt == 0 {
			return expr{end: e2, kind: kDuration, n: -1, u: u, future: r > 0, past: r < 0}, true
		}
	}
	if u, cnt, def, e, ok := s.unitAt(j); ok && cnt == 0 && def {
		if _, e2, okF := s.get(e, catFew); okF {
			e = e2
		}
		if r, e2, ok := s.relAt(e); ok && r != 0 {
			return expr{end: e2, kind: kDuration, n: -1, u: u, future: r > 0, past: r < 0}, true
		}
	}
	return expr{}, false
}
