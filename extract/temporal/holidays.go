package temporal

// Holidays: عيد الفطر, Christmas, Thanksgiving, Easter.

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
	if e2, ok := s.yearTail(e, &p); ok && (!p.hijri || plausibleFeastYear(p.y)) {
		e = e2
	} else {
		p.y = 0 // وخلال عيد الفطر المبارك 1000 وجبة: a count, not the year 1000
	}
	return p, s.dirTail(e, &p), true
}

// plausibleFeastYear reports a Hijri year a Hijri feast is dated by in the
// news (1436). A Gregorian year (عيد الأضحى 2014, read as the Hijri year
// 2014 = 2576) is left to stand as a year of its own.
func plausibleFeastYear(y int) bool {
	return y >= 1300 && y <= 1500
}
