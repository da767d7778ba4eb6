package temporal

// ordinalOfPeriod parses the ordinal of "the nth week/Friday of": Arabic
// الأول..الخامس and الأخير after the noun, أول/آخر before it; English
// first..fifth and last before it. It returns 1..5, or -1 for the last.
func (s *scanner) ordinalOfPeriod(i int) (int, int, bool) {
	if sn, e, ok := s.get(i, catOrd); ok && (sn.val >= 1 && sn.val <= 5 || sn.val == -1) {
		return sn.val, e, true
	}
	if s.lastWord(i) {
		return -1, i + 1, true
	}
	return 0, i, false
}

// lastWord: آخر, last, final (the last week/Friday of; last_words in the
// rule tables).
func (s *scanner) lastWord(i int) bool { return s.has(i, catLastWord) }

// container parses what a week or a weekday is counted in: a month (يوليو,
// أكتوبر 2016, شهر مارس المقبل), a year (عام 2015, 2027 in English), or a
// period relative to the article's date (هذا الشهر, العام المقبل).
func (s *scanner) container(j int, years bool) (point, int, bool) {
	if rp, e, ok := s.relPeriod(j); ok && rp.wd == 0 && rp.quarter == 0 &&
		(rp.relUnit == uMonth || years && rp.relUnit == uYear) {
		return rp, e, true
	}
	if dp, e, ok := s.dateExpr(j); ok && dp.d == 0 && dp.wd == 0 && dp.decade == 0 && dp.quarter == 0 &&
		!dp.hijri && (dp.m != 0 || years && dp.y != 0) {
		return dp, e, true
	}
	if y, e, ok := s.yearAt(j, false); ok && years {
		return point{y: y}, e, true
	}
	return point{}, j, false
}

// weekOfAt parses the nth week of a month or a year: الأسبوع الأول من
// أكتوبر, الأسبوع الأخير من عام 2015, الأسبوع الثالث العام المقبل, the first
// week of October, the last week of 2015.
func (s *scanner) weekOfAt(i int) (point, int, bool) {
	j := i
	n := 0
	if s.arabic(i) {
		u, cnt, def, e, ok := s.unitAt(j)
		if !ok || u != uWeek || cnt != 1 || !def {
			return point{}, i, false
		}
		if n, j, ok = s.ordinalOfPeriod(e); !ok {
			return point{}, i, false
		}
	} else {
		if s.text(j) == "the" {
			j++
		}
		var ok bool
		if n, j, ok = s.ordinalOfPeriod(j); !ok {
			return point{}, i, false
		}
		u, cnt, _, e, ok := s.unitAt(j)
		if !ok || u != uWeek || cnt != 1 {
			return point{}, i, false
		}
		j = e
	}
	of := false
	if e, ok := s.marker(j, mkOf); ok {
		j, of = e, true
	} else if e, ok := s.marker(j, mkIn); ok {
		j, of = e, true
	}
	p, e, ok := s.container(j, true)
	if !ok || (!of && !p.rel) {
		return point{}, i, false
	}
	p.weekN = n
	return p, e, true
}

// weekOfDayAt parses the week a day falls in: أسبوع 16 سبتمبر, the week
// of March 3 (the ISO week, Monday to Sunday).
func (s *scanner) weekOfDayAt(i int) (point, int, bool) {
	j := i
	if !s.arabic(i) && s.text(j) == "the" {
		j++
	}
	u, cnt, def, e, ok := s.unitAt(j)
	if !ok || u != uWeek || cnt != 1 || s.arabic(j) && def {
		return point{}, i, false
	}
	if !s.arabic(j) {
		if e2, ok := s.marker(e, mkOf); ok && j > i {
			e = e2
		} else {
			return point{}, i, false
		}
	}
	p, end, ok := s.dateExpr(e)
	if !ok || p.d == 0 || p.hijri {
		return point{}, i, false
	}
	p.weekOf = true
	return p, end, true
}

// nthWeekdayAt parses the nth weekday of a month: أول يوم جمعة من يوليو,
// الخميس الأخير من الشهر الماضي, آخر أحد في هذا الشهر, the first Friday of
// July, the last Monday in May.
func (s *scanner) nthWeekdayAt(i int) (point, int, bool) {
	j := i
	if !s.arabic(i) && s.text(j) == "the" {
		j++
	}
	n, wd, bare := 0, -1, false
	if k, e, ok := s.ordinalOfPeriod(j); ok {
		n, j = k, e
		if e2, ok := s.marker(j, mkDay); ok && s.arabic(j) {
			j = e2
			if v, ok := s.lx.bareWeekday[s.text(j)]; ok {
				wd, j, bare = v, j+1, true // يوم جمعة: the indefinite weekday after يوم
			}
		}
		if wd < 0 {
			if sn, e2, ok := s.get(j, catWeekday); ok {
				wd, j = sn.val, e2
			} else if v, ok := s.lx.bareWeekday[s.text(j)]; ok && s.arabic(j) {
				wd, j, bare = v, j+1, true // آخر خميس من الشهر: the container below decides
			} else {
				return point{}, i, false
			}
		}
	} else if e, ok := s.marker(j, mkDay); ok && s.arabic(j) && s.has(e, catWeekday) {
		// يوم الأحد الثاني
		if sn, e2, ok := s.get(e, catWeekday); ok {
			if k, e3, ok := s.ordinalOfPeriod(e2); ok {
				n, wd, j = k, sn.val, e3
			}
		}
	} else if sn, e, ok := s.get(j, catWeekday); ok && s.arabic(j) {
		// الخميس الأخير من الشهر, الجمعة الأولى من رمضان
		if k, e2, ok := s.ordinalOfPeriod(e); ok {
			n, wd, j = k, sn.val, e2
		}
	}
	if n == 0 || wd < 0 {
		return point{}, i, false
	}
	e, ok := s.marker(j, mkOf)
	if !ok {
		if e, ok = s.marker(j, mkIn); !ok {
			if n < 1 || bare {
				return point{}, i, false
			}
			// the second Sunday, الأحد الثاني: of the article's month
			return point{rel: true, relUnit: uMonth, wdN: n, wd: wd + 1}, j, true
		}
	}
	p, end, ok := s.container(e, false)
	if !ok {
		return point{}, i, false
	}
	p.wdN, p.wd = n, wd+1
	return p, end, true
}
