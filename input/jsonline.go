package input

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Fields of jsonArticle, as decodeLine numbers them.
const (
	fieldUnknown = iota - 2 // a key no field takes (its value is skipped)
	fieldFolded             // a key that only case-folding makes a field's
	fieldID
	fieldDate
	fieldTitle
	fieldText
	fieldURL
	fieldDateline
	fieldAuthor
)

// decodeLine decodes one JSONL line into j as json.Unmarshal would, without
// reflection, for the lines articles are: one object whose values are
// strings, numbers, booleans or null. It reports false, with j in no
// particular state, for a line it does not take on — a nested value, an
// escape in a key, a key that matches a field only after case folding, a
// field's value that is not a string, any syntax error — and the caller
// then decodes the line with json.Unmarshal, which also words the errors.
// b must be valid UTF-8 (parseLine repairs it first). The decoded ID keeps
// its quotes, as a json.RawMessage does.
func decodeLine(b []byte, j *jsonArticle) bool {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipSpace(b, i+1) == len(b)
	}
	// The title and the text are decoded at the end, into one string
	// (j.joined): the last of each key wins, as with json.Unmarshal.
	var title, text []byte
	var titleEsc, textEsc, hasText bool
	for {
		if i >= len(b) || b[i] != '"' {
			return false
		}
		end, esc, ok := scanString(b, i)
		if !ok || esc {
			return false
		}
		field := fieldOf(b[i+1 : end-1])
		if field == fieldFolded {
			return false
		}
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return false
		}
		i = skipSpace(b, i+1)
		if i >= len(b) {
			return false
		}
		if b[i] == '"' {
			end, esc, ok := scanString(b, i)
			if !ok {
				return false
			}
			raw := b[i+1 : end-1]
			var s string
			switch {
			case field == fieldTitle:
				title, titleEsc = raw, esc
			case field == fieldText:
				text, textEsc, hasText = raw, esc, true
			case esc:
				if s, ok = unquote(raw); !ok {
					return false
				}
			case field > fieldID:
				s = string(raw)
			}
			switch field {
			case fieldID:
				j.ID = json.RawMessage(b[i:end])
			case fieldDate:
				j.Date = s
			case fieldURL:
				j.URL = s
			case fieldDateline:
				j.Dateline = s
			case fieldAuthor:
				j.Author = s
			}
			i = end
		} else {
			if field != fieldUnknown {
				return false
			}
			if i, ok = skipLiteral(b, i); !ok {
				return false
			}
		}
		i = skipSpace(b, i)
		if i >= len(b) {
			return false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return skipSpace(b, i+1) == len(b) && j.setTitleText(title, text, titleEsc, textEsc, hasText)
		default:
			return false
		}
	}
}

// setTitleText decodes the raw title and text strings of a line (esc: it
// holds an escape) into j, and j.joined, the article's text as joinTitle
// makes it, into one allocation that Title and Text are slices of. ok is
// false for a bad escape.
func (j *jsonArticle) setTitleText(title, text []byte, titleEsc, textEsc, hasText bool) bool {
	var sb strings.Builder
	sb.Grow(len(title) + len("\n\n") + len(text))
	if !writeString(&sb, title, titleEsc) {
		return false
	}
	nt := sb.Len()
	// A JSON string decodes to "" only when it is "" as written.
	if len(title) > 0 && len(text) > 0 {
		sb.WriteString("\n\n")
	}
	body := sb.Len()
	if !writeString(&sb, text, textEsc) {
		return false
	}
	joined := sb.String()
	j.Title, j.joined = joined[:nt], &joined
	if hasText {
		t := joined[body:]
		j.Text = &t
	}
	return true
}

// writeString writes the inside of a JSON string to sb, decoding its
// escapes when esc (see unquote).
func writeString(sb *strings.Builder, raw []byte, esc bool) bool {
	if !esc {
		sb.Write(raw)
		return true
	}
	return unquoteTo(sb, raw)
}

// fieldOf returns the field a key names: exactly, or fieldFolded when
// json.Unmarshal would take it for one only by folding its case (or might,
// for a key that is not all ASCII).
func fieldOf(key []byte) int {
	switch string(key) {
	case "id":
		return fieldID
	case "date":
		return fieldDate
	case "title":
		return fieldTitle
	case "text":
		return fieldText
	case "url":
		return fieldURL
	case "dateline":
		return fieldDateline
	case "author":
		return fieldAuthor
	}
	for _, c := range key {
		if c >= utf8.RuneSelf {
			return fieldFolded
		}
	}
	for _, name := range [...]string{"id", "date", "title", "text", "url", "dateline", "author"} {
		if bytes.EqualFold(key, []byte(name)) {
			return fieldFolded
		}
	}
	return fieldUnknown
}

// skipSpace returns the index of the first byte from i that is not JSON
// white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) {
		switch b[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// scanString scans the JSON string whose opening quote is b[i]: end is the
// index after its closing quote, esc whether it holds a backslash. ok is
// false when it is not closed or holds a control character.
func scanString(b []byte, i int) (end int, esc, ok bool) {
	for i++; i < len(b); i++ {
		if !stringStop[b[i]] {
			continue
		}
		switch c := b[i]; {
		case c == '"':
			return i + 1, esc, true
		case c == '\\':
			esc = true
			i++ // the escaped byte; unquote checks the escape
		default: // a control character
			return 0, false, false
		}
	}
	return 0, false, false
}

// stringStop marks the bytes scanString stops at: the quote, the backslash
// and the control characters.
var stringStop = func() (t [256]bool) {
	for c := range ' ' {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// skipLiteral skips the number, true, false or null at b[i].
func skipLiteral(b []byte, i int) (int, bool) {
	for _, lit := range [...]string{"true", "false", "null"} {
		if bytes.HasPrefix(b[i:], []byte(lit)) {
			return i + len(lit), true
		}
	}
	digits := func(i int) int {
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		return i
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		i = digits(i)
	default:
		return 0, false
	}
	if i < len(b) && b[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return 0, false
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return 0, false
		}
		i = j
	}
	return i, true
}

// unquote decodes the inside of a JSON string with escapes, as scanString
// found it (no control character, no quote that is not escaped), as
// json.Unmarshal does: a lone or broken surrogate becomes U+FFFD. ok is
// false for a bad escape.
func unquote(s []byte) (string, bool) {
	var sb strings.Builder
	sb.Grow(len(s))
	if !unquoteTo(&sb, s) {
		return "", false
	}
	return sb.String(), true
}

// unquoteTo is unquote writing to out.
func unquoteTo(out *strings.Builder, s []byte) bool {
	for i := 0; i < len(s); {
		k := bytes.IndexByte(s[i:], '\\')
		if k < 0 {
			out.Write(s[i:])
			break
		}
		out.Write(s[i : i+k])
		i += k
		if i+1 >= len(s) {
			return false
		}
		switch e := s[i+1]; e {
		case '"', '\\', '/':
			out.WriteByte(e)
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			r := hex4(s[i+2:])
			if r < 0 {
				return false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
					r2 = hex4(s[i+2:])
				}
				if dec := utf16.DecodeRune(r, r2); dec != unicode.ReplacementChar {
					out.WriteRune(dec)
					i += 6
					continue
				}
				r = unicode.ReplacementChar
			}
			out.WriteRune(r)
			continue
		default:
			return false
		}
		i += 2
	}
	return true
}

// hex4 reads four hex digits, or returns -1.
func hex4(s []byte) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}
