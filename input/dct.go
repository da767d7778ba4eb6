package input

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

func finishDCT(a *Article, opt Options) {
	if a.DCTSource != "" {
		return
	}
	if !opt.DCT.IsZero() {
		a.DCT, a.DCTSource = opt.DCT, DCTFlag
		return
	}
	a.DCTSource = DCTNone
}

func parseISODate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if d, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return d, true
		}
	}
	return time.Time{}, false
}

var (
	ymd = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?:[^0-9]|$)`)
	dmy = regexp.MustCompile(`(?:^|[^0-9])([0-3]?[0-9])[-/.]([01]?[0-9])[-/.]((?:19|20)[0-9]{2})(?:[^0-9]|$)`)
)

// headerDate finds a date line among the first lines of a text article: a
// short line that is a numeric date, maybe after a weekday
// ("الأربعاء 2024/03/27"), or a line that dateLine reads as one (a date in
// words, maybe after a dateline place and before the body: "WASHINGTON,
// March 17, 1987 - The..."; nil reads none). Lines may end in \r\n and carry
// direction marks.
func headerDate(text string, dateLine func(string) (time.Time, bool)) (time.Time, bool) {
	lines := 0
	for rest := text; rest != "" && lines < 8; {
		ln := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			ln, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		// A date line's date is at its start: the rest of a long line (a
		// paragraph) is not read, so the cost does not depend on it.
		s := strings.TrimSpace(dateChars(ln[:min(len(ln), 1024)]))
		if s == "" {
			continue
		}
		lines++
		if len(ln) <= 200 && utf8.RuneCountInString(s) <= 40 {
			if d, ok := numericDate(s); ok {
				return d, true
			}
		}
		if dateLine != nil {
			if d, ok := dateLine(s); ok {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

func numericDate(s string) (time.Time, bool) {
	if m := ymd.FindStringSubmatch(s); m != nil {
		return mkDate(m[1], m[2], m[3])
	}
	if m := dmy.FindStringSubmatch(s); m != nil {
		return mkDate(m[3], m[2], m[1])
	}
	return time.Time{}, false
}

func mkDate(y, m, d string) (time.Time, bool) {
	// Not fmt.Sscan: it reads "08" as a bad octal number.
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if mi < 1 || mi > 12 || di < 1 || di > 31 {
		return time.Time{}, false
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return time.Time{}, false
	}
	return t, true
}

func filenameDate(path string) (time.Time, bool) {
	return numericDate(filepath.Base(path))
}

// dateChars makes Arabic-Indic and Persian digits ASCII (the script's
// digits, lang/ar/script.yaml, through textnorm.Digit) and drops the
// invisible direction marks that Arabic pages put around dates.
func dateChars(s string) string {
	return strings.Map(func(r rune) rune {
		if d, ok := textnorm.Digit(r); ok {
			return d
		}
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// isBidiControl reports the invisible characters that set text direction
// (Unicode's bidirectional format controls, UAX #9): LRM, RLM, ALM, the
// embeddings and overrides, and the isolates.
func isBidiControl(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}
