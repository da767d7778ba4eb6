package temporal

import (
	"fmt"

	"github.com/tarikh/tarikh/textnorm"
)

// Times of day: parts of a day (Sunday night, yesterday afternoon, this
// morning, last night, tonight) and clock times (15:00 GMT Saturday, 11.30
// hrs, 10 a.m. Sunday, 0950 EST). TIMEX3 writes them after the day:
// 2024-03-24TNI, 1987-04-07T11:30.

// Parts of a day.
const (
	dpMorning = iota + 1
	dpAfternoon
	dpEvening
	dpNight
)

var dayPartNames = map[string]int{"MO": dpMorning, "AF": dpAfternoon, "EV": dpEvening, "NI": dpNight}

// timeSuffix is the TIMEX3 time of p, to write after its day: TNI, T15:00.
func timeSuffix(p point) string {
	switch {
	case p.clock != 0:
		m := p.clock - 1
		return fmt.Sprintf("T%02d:%02d", m/60, m%60)
	case p.dayPart != 0:
		return dayPartValue(p.dayPart)
	}
	return ""
}

// dayPartValue is the TIMEX3 value of a part of the day (dpMorning: TMO).
func dayPartValue(dp int) string {
	return "T" + [...]string{"", "MO", "AF", "EV", "NI"}[dp]
}

// dayPartAt parses a part of day that names its day: tonight, this
// morning, last night.
func (s *scanner) dayPartAt(i int) (point, int, bool) {
	if sn, e, ok := s.get(i, catDayPart); ok && sn.flags&fToday != 0 {
		return point{rel: true, relUnit: uDay, dayPart: sn.val}, e, true
	}
	n, j := 0, i
	if e, ok := s.marker(i, mkThis); ok {
		j = e
	} else if r, e, ok := s.relAt(i); ok && r < 0 && !s.arabic(i) {
		n, j = -1, e // last night
	} else {
		return point{}, i, false
	}
	sn, e, ok := s.get(j, catDayPart)
	if !ok || sn.flags&fToday != 0 {
		return point{}, i, false
	}
	return point{rel: true, relUnit: uDay, relN: n, dayPart: sn.val}, e, true
}

// dayPartTail extends a day (Sunday, yesterday, March 3) with the part of
// day or the clock time after it: Sunday night, yesterday afternoon,
// Saturday at 15:00 GMT.
func (s *scanner) dayPartTail(p point, e int) (point, int) {
	if !p.dayLike() {
		return p, e
	}
	if sn, e2, ok := s.get(e, catDayPart); ok && sn.flags&fToday == 0 && !s.arabic(e) {
		p.dayPart = sn.val
		return p, e2
	}
	k := e
	if e2, ok := s.marker(k, mkAt); ok {
		k = e2
	}
	if m, e2, ok := s.clock(k); ok && k > e {
		p.clock = m + 1
		return p, e2
	}
	return p, e
}

// dayLike reports a point that names one day by itself (not a range or an
// offset of weeks): a weekday, a day of a month, a relative day.
func (p point) dayLike() bool {
	return p.clock == 0 && p.dayPart == 0 && p.weekN == 0 && !p.hijri &&
		(p.d != 0 || p.wd != 0 && !p.rel || p.rel && p.relUnit == uDay)
}

// clockAt parses a clock time and the day after it, if any: 15:00 GMT
// Saturday, 10 a.m. on Sunday, 1000 hrs EDT, April 14; alone it is today's.
func (s *scanner) clockAt(i int) (point, int, bool) {
	m, e, ok := s.clock(i)
	if !ok {
		return point{}, i, false
	}
	k := e
	if s.isComma(k) {
		k++
	}
	if e2, ok := s.marker(k, mkIn); ok && !s.arabic(k) {
		k = e2 // on Sunday
	}
	if p, e2, ok := s.point(k); ok && p.dayLike() {
		p.clock = m + 1
		return p, e2, true
	}
	return point{rel: true, relUnit: uDay, clock: m + 1}, e, true
}

// clock parses a clock time at i and returns its minutes after midnight:
// 15:00 or 11.30 or 0950 or 10 with a time zone (GMT), hrs or a.m./p.m.
// after it (a bare 15:00 may be a score, 11.30 a price).
func (s *scanner) clock(i int) (int, int, bool) {
	h, nd, ok := s.num(i)
	if !ok || s.arabic(i-1) {
		return 0, i, false
	}
	mins, e := -1, i+1
	switch {
	case nd == 4 && !s.glued(i+1):
		h, mins = h/100, h%100 // 0950 EST, 1505 hrs
	case nd <= 2 && (s.punct(i+1, ":") || s.punct(i+1, ".")) && s.glued(i+1) && s.glued(i+2):
		mm, nm, ok := s.num(i + 2)
		if !ok || nm != 2 || s.glued(i+3) && s.kind(i+3) == textnorm.Number {
			return 0, i, false
		}
		mins, e = mm, i+3
	case nd <= 2:
		mins = 0 // 10 a.m.
	default:
		return 0, i, false
	}
	suffix := false
	if sn, e2, ok := s.get(e, catAmPm); ok {
		if h < 1 || h > 12 {
			return 0, i, false
		}
		h = h%12 + sn.val
		e, suffix = e2, true
	}
	if e2, ok := s.marker(e, mkHours); ok {
		e, suffix = e2, true
	}
	if e2, ok := s.marker(e, mkTimeZone); ok {
		e, suffix = e2, true
	}
	if !suffix || h > 23 || mins > 59 || nd <= 2 && mins == 0 && !s.has(i+1, catAmPm) && !s.punct(i+1, ":") && !s.punct(i+1, ".") {
		return 0, i, false
	}
	return 60*h + mins, e, true
}
