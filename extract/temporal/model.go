package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The date model: the granularity of a date and the arithmetic that turns a
// TIMEX3 value into its interval of days. The resolver builds its intervals
// here, and the merger, the display dates and the chart read dates through
// Granularity and ParseValue, so that "early week" or a quarter means the
// same days everywhere.

// Granularity is the precision of a date or the unit of a duration: day,
// week, month, quarter, season, half, year or decade (and hour, minute or
// second for durations). It is ordered by Rank, from the finest to the
// coarsest; a string type, so that it reads and writes as its name.
type Granularity string

// Granularities, from the finest to the coarsest.
const (
	Second  Granularity = "second"
	Minute  Granularity = "minute"
	Hour    Granularity = "hour"
	Day     Granularity = "day"
	Week    Granularity = "week"
	Month   Granularity = "month"
	Quarter Granularity = "quarter"
	Season  Granularity = "season"
	Half    Granularity = "half"
	Year    Granularity = "year"
	Decade  Granularity = "decade"
)

var granOrder = [...]Granularity{Second, Minute, Hour, Day, Week, Month, Quarter, Season, Half, Year, Decade}

// Rank orders granularities from the finest (0, a second) to the coarsest
// (a decade); an unknown or empty granularity ranks after all of them.
func (g Granularity) Rank() int {
	for i, x := range granOrder {
		if g == x {
			return i
		}
	}
	return len(granOrder)
}

// Finer reports whether g is a finer granularity than h (a day is finer
// than a month).
func (g Granularity) Finer(h Granularity) bool { return g.Rank() < h.Rank() }

// ParseGranularity reads a granularity name, case-insensitively; ok is
// false for an unknown name.
func ParseGranularity(s string) (Granularity, bool) {
	g := Granularity(strings.ToLower(strings.TrimSpace(s)))
	return g, g.Rank() < len(granOrder)
}

func monthInterval(y, m int) resolved {
	return resolved{value: fmt.Sprintf("%04d-%02d", y, m), gran: Month, start: day(y, m, 1), end: lastOfMonth(y, m)}
}

// quarterInterval is quarter q (1..4) of year y: 2016-Q3.
func quarterInterval(y, q int) resolved {
	return resolved{value: fmt.Sprintf("%04d-Q%d", y, q), gran: Quarter, start: day(y, 3*q-2, 1), end: lastOfMonth(y, 3*q)}
}

// halfInterval is half h (1 or 2) of year y: 2016-H1.
func halfInterval(y, h int) resolved {
	return resolved{value: fmt.Sprintf("%04d-H%d", y, h), gran: Half, start: day(y, 6*h-5, 1), end: lastOfMonth(y, 6*h)}
}

func yearInterval(y int) resolved {
	return resolved{value: fmt.Sprintf("%04d", y), gran: Year, start: day(y, 1, 1), end: day(y, 12, 31)}
}

func dayValue(t time.Time) resolved {
	return resolved{value: t.Format(time.DateOnly), gran: Day, start: t, end: t}
}

func weekInterval(t time.Time) resolved {
	y, w := t.ISOWeek()
	wd := (int(t.Weekday()) + 6) % 7 // Monday 0
	mon := t.AddDate(0, 0, -wd)
	return resolved{value: fmt.Sprintf("%04d-W%02d", y, w), gran: Week, start: mon, end: mon.AddDate(0, 0, 6)}
}

// decadeInterval is the decade that starts in year y0 (1990): value 199.
func decadeInterval(y0 int) resolved {
	return resolved{value: strconv.Itoa(y0 / 10), gran: Decade, start: day(y0, 1, 1), end: day(y0+9, 12, 31)}
}

// seasonNames are the TIMEX3 season codes.
var seasonNames = [...]string{"", "SP", "SU", "FA", "WI"}

// seasonInterval: meteorological seasons of the northern hemisphere
// (spring March–May, summer June–August, autumn September–November,
// winter December–February of the next year).
func seasonInterval(y, season int) resolved {
	m := 3 * season // 3, 6, 9, 12
	return resolved{value: fmt.Sprintf("%04d-%s", y, seasonNames[season]), gran: Season,
		start: day(y, m, 1), end: lastOfMonth(y, m+2)}
}

// partOf returns the start, middle or end part of r (mod: modStart, modMid,
// modEnd): a month splits at days 10 and 20 (late January is 21..31
// January), a week into Monday..Wednesday, Tuesday..Thursday and
// Thursday..Sunday, a quarter, a season, a year or a decade into thirds of
// its months (early 2024 is January..April, late summer August). Other intervals keep their days.
func partOf(r resolved, mod int) (time.Time, time.Time) {
	s, e := r.start, r.end
	switch r.gran {
	case Month:
		switch mod {
		case modStart:
			return s, s.AddDate(0, 0, 9)
		case modMid:
			return s.AddDate(0, 0, 10), s.AddDate(0, 0, 19)
		}
		return s.AddDate(0, 0, 20), e
	case Week:
		switch mod {
		case modStart:
			return s, s.AddDate(0, 0, 2)
		case modMid:
			return s.AddDate(0, 0, 1), s.AddDate(0, 0, 3)
		}
		return s.AddDate(0, 0, 3), e
	case Year, Quarter, Season, Decade:
		// Thirds: early 2024 = January..April, late summer = August.
		months := 12
		switch r.gran {
		case Quarter, Season:
			months = 3
		case Decade:
			months = 120
		}
		third := months / 3
		switch mod {
		case modStart:
			return s, shift(s, uMonth, third).AddDate(0, 0, -1)
		case modMid:
			return shift(s, uMonth, third), shift(s, uMonth, 2*third).AddDate(0, 0, -1)
		}
		return shift(s, uMonth, 2*third), e
	}
	return s, e
}

// ParseValue turns a TIMEX3-style date value and its part-of-period
// modifier (START, MID, END or empty) into its interval of days (both
// inclusive) and its granularity: 2024-03-26, 2024-03, 2024, 2024-W13,
// 2024-W13-WE (the weekend), 2024-Q1, 2024-H2, 2024-SU, a decade 202, and a
// range A/B of two of them (from the start of A to the end of B, with A's
// granularity; the modifier is not applied to a range). The intervals are
// the ones the resolver gives the same values.
func ParseValue(value, mod string) (start, end time.Time, g Granularity, err error) {
	if a, b, ok := strings.Cut(value, "/"); ok {
		ra, errA := parseValue(a)
		rb, errB := parseValue(b)
		if errA != nil || errB != nil || rb.end.Before(ra.start) {
			return time.Time{}, time.Time{}, "", badValue(value)
		}
		return ra.start, rb.end, ra.gran, nil
	}
	r, err := parseValue(value)
	if err != nil {
		return time.Time{}, time.Time{}, "", err
	}
	if m, ok := modNames[mod]; ok {
		r.start, r.end = partOf(r, m)
	}
	return r.start, r.end, r.gran, nil
}

func badValue(v string) error {
	return fmt.Errorf("bad date %q: want YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI, a decade YYY or a range A/B", v)
}

// seasonOf is the number of a TIMEX3 season code (SP 1 .. WI 4), 0 for none.
func seasonOf(code string) int {
	for k := 1; k < len(seasonNames); k++ {
		if code == seasonNames[k] {
			return k
		}
	}
	return 0
}

// digits reads an unsigned decimal number of exactly len(s) digits.
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = 10*n + int(r-'0')
	}
	return n, true
}

// parseValue is ParseValue for one value without a modifier.
func parseValue(v string) (resolved, error) {
	bad := resolved{}
	if len(v) == 3 {
		if d, ok := digits(v); ok {
			return decadeInterval(10 * d), nil
		}
		return bad, badValue(v)
	}
	if len(v) < 4 {
		return bad, badValue(v)
	}
	y, ok := digits(v[:4])
	if !ok {
		return bad, badValue(v)
	}
	rest := v[4:]
	switch {
	case rest == "":
		return yearInterval(y), nil
	case len(rest) > 6 && rest[0] == '-' && rest[3] == '-' && rest[6] == 'T':
		return parseValue(v[:10]) // a time of the day: 2024-03-24TNI, 1987-04-07T11:30
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		m, ok1 := digits(rest[1:3])
		d, ok2 := digits(rest[4:])
		if !ok1 || !ok2 || !validDay(y, m, d) {
			return bad, badValue(v)
		}
		return dayValue(day(y, m, d)), nil
	case len(rest) == 3 && rest[0] == '-' && rest[1] >= '0' && rest[1] <= '9':
		if m, ok := digits(rest[1:]); ok && m >= 1 && m <= 12 {
			return monthInterval(y, m), nil
		}
	case len(rest) == 3 && rest[0] == '-' && seasonOf(rest[1:]) > 0:
		return seasonInterval(y, seasonOf(rest[1:])), nil
	case len(rest) == 3 && rest[:2] == "-Q":
		if q, ok := digits(rest[2:]); ok && q >= 1 && q <= 4 {
			return quarterInterval(y, q), nil
		}
	case len(rest) == 3 && rest[:2] == "-H":
		if h, ok := digits(rest[2:]); ok && h >= 1 && h <= 2 {
			return halfInterval(y, h), nil
		}
	case len(rest) >= 4 && rest[:2] == "-W":
		w, ok := digits(rest[2:4])
		weekend := rest[4:] == "-WE"
		if !ok || w < 1 || w > 53 || rest[4:] != "" && !weekend {
			return bad, badValue(v)
		}
		// ISO week 1 holds 4 January; weeks start on Monday.
		r := weekInterval(day(y, 1, 4).AddDate(0, 0, 7*(w-1)))
		if yy, ww := r.start.ISOWeek(); yy != y || ww != w {
			return bad, badValue(v)
		}
		if weekend {
			r.value += "-WE"
			r.start = r.start.AddDate(0, 0, 5)
		}
		return r, nil
	}
	return bad, badValue(v)
}
