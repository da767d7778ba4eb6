package temporal

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// Limits of a date line.
const (
	// dateLineRunes is how much of a line DateLine reads: a date line's
	// date comes first, or after a place and a separator.
	dateLineRunes = 100
	// dateLineLead is the most words before the date: a dateline place
	// ("WASHINGTON,", "NEW YORK,"), or "Published:", "تم نشره".
	dateLineLead = 3
	// dateLineSegments is the most segments (parts between separators) read.
	dateLineSegments = 3
)

// DateLine reads line as an article's date line and returns the day it
// names: a full date, with a day, a month (a name of the date rules, or a
// number) and a year, that a segment of the line (a part between the
// separators " - ", " – ", " — " and " | ") is made of, save for up to three
// words before it (a dateline place, "Published:") and a time, a time zone
// or an agency in parentheses after it. So "March 17, 1987",
// "WASHINGTON, March 17, 1987 - The U.S. said...", "الأربعاء 27 مارس 2024"
// and "الرياض - الأربعاء، 07 أكتوبر 2020 - 12:09 م" are date lines, and a
// sentence that holds a date ("On March 17, 1987 the president said") is
// not. Only the first 100 characters are read, so the cost does not depend
// on the line's length.
func (r *Recognizer) DateLine(line string) (time.Time, bool) {
	if n := byteOfRune(line, dateLineRunes); n < len(line) {
		line = line[:n]
	}
	for i, seg := range splitSegments(line) {
		if i == dateLineSegments {
			break
		}
		if d, ok := r.dateSegment(seg); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// FirstDate returns the first full date (a day, a month and a year) in s,
// a short text such as a web page's byline ("تم نشره الجمعة 24 نيسان /
// أبريل 2020 09:22 مساءً", "Posted on Tuesday, September 15, 2020 at 10:01
// am") or a meta tag's value ("Tue, 15 Sep 2020 10:01:41 EDT"). Unlike
// DateLine it does not ask that the date be all of the text; only the first
// 200 characters are read.
func (r *Recognizer) FirstDate(s string) (time.Time, bool) {
	if n := byteOfRune(s, 2*dateLineRunes); n < len(s) {
		s = s[:n]
	}
	t := textnorm.Normalize(s)
	toks := t.Tokenize()
	for _, x := range r.Find(t, toks, textnorm.DetectLang(toks, t), time.Time{}) {
		if x.Dating() && x.Granularity == Day {
			return x.StartDate, true
		}
	}
	return time.Time{}, false
}

// byteOfRune returns the byte offset of the n-th code point of s (len(s)
// when s is shorter).
func byteOfRune(s string, n int) int {
	k := 0
	for i := range s {
		if k == n {
			return i
		}
		k++
	}
	return len(s)
}

// splitSegments splits a line at the separators of datelines and bylines.
func splitSegments(line string) []string {
	var out []string
	for {
		i, w := -1, 0
		for _, sep := range []string{" - ", " – ", " — ", " | "} {
			if j := strings.Index(line, sep); j >= 0 && (i < 0 || j < i) {
				i, w = j, len(sep)
			}
		}
		if i < 0 {
			return append(out, line)
		}
		out = append(out, line[:i])
		line = line[i+w:]
	}
}

// dateSegment finds a date line's date in one segment.
func (r *Recognizer) dateSegment(seg string) (time.Time, bool) {
	seg = strings.TrimSpace(seg)
	if seg == "" {
		return time.Time{}, false
	}
	t := textnorm.Normalize(seg)
	toks := t.Tokenize()
	// Without an article date only absolute dates resolve: no "Tuesday"
	// or "17 March" without a year is taken for the article's date.
	for _, x := range r.Find(t, toks, textnorm.DetectLang(toks, t), time.Time{}) {
		if !x.Dating() || x.Granularity != Day {
			continue
		}
		if words(t, toks[:x.Tok]) > dateLineLead || !tail(t, toks[x.TokEnd:]) {
			return time.Time{}, false
		}
		return x.StartDate, true
	}
	return time.Time{}, false
}

func words(t *textnorm.Text, toks []textnorm.Token) int {
	n := 0
	for _, tok := range toks {
		if tok.Kind == textnorm.Word {
			n++
		}
	}
	return n
}

// tail reports whether toks, what follows a date line's date, is only a
// time ("12:09 م", "10:01:41 EDT", "3 p.m.", "GMT"), punctuation, or words
// in parentheses (an agency: "(Reuters)", "(واس)").
func tail(t *textnorm.Text, toks []textnorm.Token) bool {
	depth := 0
	for _, tok := range toks {
		s := t.TokenText(tok)
		switch tok.Kind {
		case textnorm.Punct:
			switch s {
			case "(", "[":
				depth++
			case ")", "]":
				depth--
			}
		case textnorm.Word:
			if depth <= 0 && !timeWord(t.TokenOrig(tok), tok.Arabic) {
				return false
			}
		}
	}
	return true
}

// timeWord reports a word that may follow a time: a letter (م and ص, "a"
// and "m" of "a.m."), am or pm, or a short abbreviation in capitals (GMT,
// EDT, AST).
func timeWord(w string, arabic bool) bool {
	n := utf8.RuneCountInString(w)
	if arabic {
		return n == 1
	}
	if n <= 2 {
		return true
	}
	if n > 4 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
