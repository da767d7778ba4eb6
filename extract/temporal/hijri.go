package temporal

import (
	"time"

	"github.com/hablullah/go-hijri"
)

// Hijri dates follow the Umm al-Qura calendar, the official calendar of
// Saudi Arabia and the one Saudi and Gulf papers print, for the years its
// published tables cover (github.com/hablullah/go-hijri, from R. H. van
// Gent's table of the KACST calendar: 1356–1500 AH, 1937–2077). Outside
// them, the tabular (arithmetic) calendar of resolve.go is used. Umm
// al-Qura months start up to a day away from the tabular ones: 1 Shawwal
// 1436 is 17 July 2015 (tabular: 18 July).
const (
	ummAlQuraFirst = 1356
	ummAlQuraLast  = 1499 // the month after the last one must be in the table too
)

// ummAlQuraStart returns the first day of Hijri month m of year y, false
// outside the table.
func ummAlQuraStart(y, m int) (time.Time, bool) {
	if y < ummAlQuraFirst || y > ummAlQuraLast || m < 1 || m > 12 {
		return time.Time{}, false
	}
	t := hijri.UmmAlQuraDate{Year: int64(y), Month: int64(m), Day: 1}.ToGregorian().UTC()
	return day(t.Year(), int(t.Month()), t.Day()), true
}

// HijriToGregorian converts a Hijri date: Umm al-Qura where its table
// reaches, else the tabular calendar. The day is not checked against the
// month's length (see hijriMonthLen).
func HijriToGregorian(y, m, d int) time.Time {
	if s, ok := ummAlQuraStart(y, m); ok {
		return s.AddDate(0, 0, d-1)
	}
	return jdnToTime(hijriToJDN(y, m, d))
}

// hijriMonthLen returns the number of days of Hijri month m of year y.
func hijriMonthLen(y, m int) int {
	if s, ok := ummAlQuraStart(y, m); ok {
		ny, nm := y, m+1
		if nm > 12 {
			ny, nm = y+1, 1
		}
		if e, ok := ummAlQuraStart(ny, nm); ok {
			return int(e.Sub(s).Hours()/24 + 0.5)
		}
	}
	return tabularMonthLen(y, m)
}

// toHijri converts a Gregorian day to a Hijri date.
func toHijri(t time.Time) (y, m, d int) {
	if t.Year() > 1937 && t.Year() < 2077 {
		if h, err := hijri.CreateUmmAlQuraDate(t); err == nil {
			return int(h.Year), int(h.Month), int(h.Day)
		}
	}
	return toTabularHijri(t)
}

// hijriYearByContext reports that year y, said at token i without an era,
// is a Hijri year: a year of 1300–1500 in a language whose texts write
// Hijri years bare (hijri_years in the rules: Saudi news writes عام 1436),
// within five years of the article's Hijri year, or in a text that names a
// Hijri month or the Hijri era anywhere. (No Gregorian year of those
// centuries is news; عام 1453 in a text with no Hijri date stays the fall
// of Constantinople.)
func (s *scanner) hijriYearByContext(y, i int) bool {
	if y < minHijriYear || y > maxHijriYear || !s.lx.hijriYears[s.lang] {
		return false
	}
	if !s.dct.IsZero() {
		if hy, _, _ := toHijri(s.dct); y >= hy-5 && y <= hy+5 {
			return true
		}
	}
	if s.hijriCtx == 0 {
		s.hijriCtx = -1
		for k := range s.toks {
			if s.toks[k].Arabic && s.mayBe(k, 1<<catHijri|1<<catHijriHoliday, 1<<mkHijri) {
				if _, ok := s.marker(k, mkHijri); ok || s.has(k, catHijri) || s.has(k, catHijriHoliday) {
					s.hijriCtx = 1
					break
				}
			}
		}
	}
	return s.hijriCtx > 0
}

// textHijriYear gives a Hijri date said without a year (1 شوال, عيد الفطر)
// the Hijri year of the last Hijri date of the text that has one (1 رمضان
// 1445 هـ ... عيد الفطر في 1 شوال: 1445's), and remembers the year of one
// that says it.
func (s *scanner) textHijriYear(e *expr) {
	for _, p := range []*point{&e.p, &e.q} {
		switch {
		case !p.hijri:
		case p.y != 0:
			s.lastHijriY, s.lastHijriM = p.y, p.m
		case s.lastHijriY != 0 && p.m != 0 && !p.yearRel && !p.monthRel && p.dir == 0:
			p.y = s.lastHijriY
		}
	}
}
