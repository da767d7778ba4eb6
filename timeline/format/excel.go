package format

import (
	"fmt"
	"strconv"
	"strings"
)

// excelDates rewrites, in place, the date cells that a spreadsheet re-saved
// in its locale's form as YYYY-MM-DD: 3/26/2024 (month first, Excel in the
// US), 26/03/2024 and 26.03.2024 (day first, most other locales), 2024/03/26,
// each maybe followed by a time ("3/26/2024 0:00"). One file is saved in one
// locale, so the order is decided for all cells together: day first when a
// first part is over 12, month first otherwise (Excel's default). Other
// cells are left as they are.
func excelDates(cells []*string) {
	type dmy struct {
		cell       *string
		a, b, year int // a/b/year, or year/a/b when yearFirst
		yearFirst  bool
	}
	var ds []dmy
	dayFirst := false
	for _, c := range cells {
		a, b, y, yf, ok := splitSlashDate(*c)
		if !ok {
			continue
		}
		ds = append(ds, dmy{c, a, b, y, yf})
		if !yf && a > 12 {
			dayFirst = true
		}
	}
	for _, d := range ds {
		m, day := d.a, d.b
		if dayFirst && !d.yearFirst {
			m, day = d.b, d.a
		}
		if m < 1 || m > 12 || day < 1 || day > 31 {
			continue // left as it is: the row reports it
		}
		*d.cell = fmt.Sprintf("%04d-%02d-%02d", d.year, m, day)
	}
}

// splitSlashDate reads N/N/YYYY, N.N.YYYY, N-N-YYYY or YYYY/N/N, with an
// optional time after a space.
func splitSlashDate(s string) (a, b, year int, yearFirst, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	var parts []string
	for _, sep := range []string{"/", "."} {
		if p := strings.Split(s, sep); len(p) == 3 {
			parts = p
			break
		}
	}
	if parts == nil {
		// N-N-YYYY, but not the ISO YYYY-MM-DD tarikh writes.
		if p := strings.Split(s, "-"); len(p) == 3 && len(p[2]) == 4 {
			parts = p
		}
	}
	if parts == nil {
		return 0, 0, 0, false, false
	}
	n := make([]int, 3)
	for i, p := range parts {
		if p == "" || len(p) > 4 {
			return 0, 0, 0, false, false
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return 0, 0, 0, false, false
		}
		n[i] = v
	}
	switch {
	case len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2:
		return n[0], n[1], n[2], false, true
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2:
		return n[1], n[2], n[0], true, true
	}
	return 0, 0, 0, false, false
}
