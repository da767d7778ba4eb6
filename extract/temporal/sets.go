package temporal

// Sets (recurrences): سنويا, كل عام, كل يوم اثنين, every Friday, annually.

// setAt parses سنويا, كل عام, كل أسبوعين, every year, every Friday.
func (s *scanner) setAt(i int) (expr, bool) {
	best := expr{end: -1}
	if sn, e, ok := s.get(i, catSet); ok {
		best = expr{end: e, kind: kSet, n: 1, u: sn.unit}
		if sn.val != 0 {
			best.setValue = dayPartValue(sn.val) // كل صباح, every night: TMO, TNI
		}
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

// weekdaySet is the TIMEX3 value of "every <weekday>" (wd 0 = Sunday, which
// ISO numbers 7).
func weekdaySet(wd int) string {
	if wd == 0 {
		wd = 7
	}
	return "XXXX-WXX-" + string(rune('0'+wd))
}
