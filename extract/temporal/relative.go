package temporal

// Dates relative to the article's: أمس, اليوم, الأسبوع الماضي, next month, بقية العام, عطلة نهاية الأسبوع.

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
	if s.nonCalendarYear(u, e) {
		return point{}, i, false // هذا العام الدراسي: a school year
	}
	if !have {
		r, e2, ok := s.relAt(e)
		if !ok {
			// العام قبل الماضي, الأسبوع بعد القادم
			if e3, okB := s.marker(e, mkBefore); okB {
				if r2, e4, ok2 := s.relAt(e3); ok2 && r2 < 0 {
					return point{rel: true, relUnit: u, relN: -2, sundayWeek: u == uWeek && s.lx.sundayWeek[s.lang]}, e4, true
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
	p.sundayWeek = u == uWeek && dir < 0 && s.lx.sundayWeek[s.lang]
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

// restAt parses بقية الأسبوع, باقي العام, ما تبقى من الشهر الجاري, بقية
// أسبوعي, the rest of the week: from the DCT to the end of the period.
func (s *scanner) restAt(i int) (point, int, bool) {
	sn, e, ok := s.get(i, catRest)
	if !ok || sn.val != 0 {
		return point{}, i, false
	}
	// A period with a possessive ending (أسبوعي, my week) is the current one.
	if own, e2, ok := s.get(e, catRest); ok && own.val != 0 {
		return point{rel: true, relUnit: unit(own.val), rest: true}, e2, true
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
	this := false
	if e, ok := s.marker(j, mkThis); ok {
		j, this = e, true
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
	return point{rel: true, relUnit: uWeek, relN: dir, weekend: true, weekUnsaid: !this && dir == 0}, e, true
}
