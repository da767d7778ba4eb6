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
