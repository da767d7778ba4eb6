package chart

import (
	"fmt"
	"strconv"
	"time"
)

// span turns a TIMEX3-style date value (2024-03-26, 2024-01, 2024, 2024-W13,
// 2024-Q1, decade 202) and an optional part-of-period modifier (START, MID,
// END) into its inclusive interval of days and its granularity. The chart
// uses it only when an event carries no start_date and end_date of its own.
func span(value, mod string) (start, end time.Time, gran string, err error) {
	bad := func() (time.Time, time.Time, string, error) {
		return time.Time{}, time.Time{}, "", fmt.Errorf("bad date %q: want YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Qn or a decade YYY", value)
	}
	num := func(s string) (int, bool) {
		for _, r := range s {
			if r < '0' || r > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	switch {
	case len(value) == 10 && value[4] == '-' && value[7] == '-':
		t, perr := time.Parse(time.DateOnly, value)
		if perr != nil {
			return bad()
		}
		return t, t, "day", nil
	case len(value) == 7 && value[4] == '-' && value[5] == 'Q':
		y, ok1 := num(value[:4])
		q, ok2 := num(value[6:])
		if !ok1 || !ok2 || q < 1 || q > 4 {
			return bad()
		}
		start = date(y, time.Month(3*q-2), 1)
		end = start.AddDate(0, 3, -1)
		gran = "quarter"
	case len(value) == 8 && value[4] == '-' && value[5] == 'W':
		y, ok1 := num(value[:4])
		w, ok2 := num(value[6:])
		if !ok1 || !ok2 || w < 1 || w > 53 {
			return bad()
		}
		// ISO week 1 is the week with January 4th; weeks start on Monday.
		jan4 := date(y, time.January, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		start = monday.AddDate(0, 0, 7*(w-1))
		return start, start.AddDate(0, 0, 6), "week", nil
	case len(value) == 7 && value[4] == '-':
		y, ok1 := num(value[:4])
		m, ok2 := num(value[5:])
		if !ok1 || !ok2 || m < 1 || m > 12 {
			return bad()
		}
		start = date(y, time.Month(m), 1)
		end = start.AddDate(0, 1, -1)
		gran = "month"
	case len(value) == 4:
		y, ok := num(value)
		if !ok {
			return bad()
		}
		start, end, gran = date(y, time.January, 1), date(y, time.December, 31), "year"
	case len(value) == 3:
		d, ok := num(value)
		if !ok {
			return bad()
		}
		start, end, gran = date(d*10, time.January, 1), date(d*10+9, time.December, 31), "decade"
	default:
		return bad()
	}
	start, end = applyMod(start, end, mod)
	return start, end, gran, nil
}

// applyMod narrows [start, end] to its first, middle or last third for
// START, MID and END ("early", "mid", "late"): a month splits at days 10 and
// 20 ("late January" is its last ten days or so), a year into thirds of four
// months, any other interval into thirds of days.
func applyMod(start, end time.Time, mod string) (time.Time, time.Time) {
	if mod != "START" && mod != "MID" && mod != "END" {
		return start, end
	}
	if start.Day() == 1 && end.Equal(start.AddDate(0, 1, -1)) {
		switch mod {
		case "START":
			return start, start.AddDate(0, 0, 9)
		case "MID":
			return start.AddDate(0, 0, 10), start.AddDate(0, 0, 19)
		default:
			return start.AddDate(0, 0, 20), end
		}
	}
	if start.Month() == time.January && start.Day() == 1 && end.Equal(start.AddDate(1, 0, -1)) {
		switch mod { // a year: January to April, May to August, September to December
		case "START":
			return start, start.AddDate(0, 4, -1)
		case "MID":
			return start.AddDate(0, 4, 0), start.AddDate(0, 8, -1)
		default:
			return start.AddDate(0, 8, 0), end
		}
	}
	days := int(end.Sub(start).Hours()/24) + 1
	third := days / 3
	switch mod {
	case "START":
		return start, start.AddDate(0, 0, third-1)
	case "MID":
		return start.AddDate(0, 0, third), start.AddDate(0, 0, 2*third-1)
	default:
		return start.AddDate(0, 0, 2*third), end
	}
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
