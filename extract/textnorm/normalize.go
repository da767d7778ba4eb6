// Package textnorm is tarikh's text layer: it normalizes Arabic and English
// text for matching while keeping a map back to the original, splits it into
// tokens and sentences, and converts between normalized and original offsets.
//
// Normalization folds what Arabic spelling lets vary (alef and hamza seats,
// alef maqsura, taa marbuta, diacritics, tatweel, Arabic-Indic digits,
// presentation forms, bidirectional controls) and lowercases Latin letters.
// It never changes which original code points a token covers: every offset
// that leaves this package counts code points of the original text.
//
// It does not know any vocabulary: clitics, month names and the like live in
// the packages that use tokens.
package textnorm

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Named runes used by the normalization table.
const (
	alef            = 'ا'
	alefHamzaAbove  = 'أ'
	alefHamzaBelow  = 'إ'
	alefMadda       = 'آ'
	alefWasla       = 'ٱ'
	alefWavyAbove   = 'ٲ'
	alefWavyBelow   = 'ٳ'
	alefMaqsura     = 'ى'
	yeh             = 'ي'
	farsiYeh        = 'ی'
	yehHamza        = 'ئ'
	tehMarbuta      = 'ة'
	heh             = 'ه'
	hehGoal         = 'ە'
	waw             = 'و'
	wawHamza        = 'ؤ'
	kaf             = 'ك'
	keheh           = 'ک'
	tatweel         = 'ـ'
	superscriptAlef = '\u0670'
)

// action says what normalization does with one original rune.
type action uint8

const (
	keep   action = iota // emit the (possibly mapped) rune
	attach               // drop it, but count it as part of the previous rune (marks, tatweel)
	drop                 // drop it and count it as nothing (format controls)
	expand               // compatibility form: emit its NFKC decomposition
)

// classify returns what to do with r and, for keep, the rune to emit.
func classify(r rune) (action, rune) {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return keep, r + ('a' - 'A')
		}
		return keep, r
	case r >= 0x064B && r <= 0x065F, r == superscriptAlef,
		r >= 0x0610 && r <= 0x061A, r >= 0x06D6 && r <= 0x06ED && r != 0x06E5 && r != 0x06E6,
		r == tatweel:
		return attach, 0
	case r == alefHamzaAbove, r == alefHamzaBelow, r == alefMadda, r == alefWasla,
		r == alefWavyAbove, r == alefWavyBelow:
		return keep, alef
	case r == alefMaqsura, r == farsiYeh, r == yehHamza:
		return keep, yeh
	case r == tehMarbuta, r == hehGoal:
		return keep, heh
	case r == wawHamza:
		return keep, waw
	case r == keheh:
		return keep, kaf
	case r >= 0x0660 && r <= 0x0669:
		return keep, '0' + (r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return keep, '0' + (r - 0x06F0)
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E,
		r >= 0x2060 && r <= 0x2069, r == 0xFEFF, r == 0x061C, r == 0x00AD:
		return drop, 0
	case r == '\u00A0', r == '\u2007', r == '\u202F':
		return keep, ' '
	case r == '\u2018', r == '\u2019', r == '\u02BC', r == '\u02BB', r == '`', r == '\u00B4':
		return keep, '\''
	case r == '\u2010', r == '\u2011', r == '\u2012', r == '\u2013', r == '\u2014', r == '\u2212':
		return keep, '-'
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFC, r >= 0xFF01 && r <= 0xFF5E:
		return expand, 0
	case unicode.Is(unicode.Mn, r):
		return attach, 0
	}
	return keep, unicode.ToLower(r)
}

// Text is an original string together with its normalized form and the
// offset map between them.
type Text struct {
	// Orig is the original text, as read.
	Orig string
	// Norm is the normalized text.
	Norm string

	// origByte[i] is the byte offset of original code point i; it has one
	// entry more than Orig has code points.
	origByte []int32
	// from[j], to[j]: the original code points [from, to) that normalized
	// code point j stands for. One extra entry past the end.
	from, to []int32
	// normRune[b] is the normalized code point index of byte b of Norm
	// (valid at rune starts), with one extra entry past the end.
	normRune []int32
}

// Normalize builds the normalized view of s. Invalid UTF-8 bytes count as one
// code point each (U+FFFD) so that offsets stay consistent with how a reader
// decoding with replacement would count them.
func Normalize(s string) *Text {
	t := &Text{Orig: s}
	n := utf8.RuneCountInString(s)
	t.origByte = make([]int32, 0, n+1)
	out := make([]byte, 0, len(s))
	t.from = make([]int32, 0, n+1)
	t.to = make([]int32, 0, n+1)
	var buf [utf8.UTFMax]byte
	emit := func(r rune, i int32) {
		k := utf8.EncodeRune(buf[:], r)
		out = append(out, buf[:k]...)
		t.from = append(t.from, i)
		t.to = append(t.to, i+1)
	}
	var i int32
	for b, r := range s {
		t.origByte = append(t.origByte, int32(b))
		act, m := classify(r)
		switch act {
		case keep:
			emit(m, i)
		case attach:
			if len(t.to) > 0 && t.to[len(t.to)-1] == i {
				t.to[len(t.to)-1] = i + 1
			}
		case expand:
			for _, d := range norm.NFKC.String(string(r)) {
				if a2, m2 := classify(d); a2 == keep {
					emit(m2, i)
				}
			}
		}
		i++
	}
	t.origByte = append(t.origByte, int32(len(s)))
	t.from = append(t.from, i)
	t.to = append(t.to, i)
	t.Norm = string(out)
	t.normRune = make([]int32, len(out)+1)
	var j int32
	for b := range t.Norm {
		t.normRune[b] = j
		j++
	}
	// Fill continuation bytes so any byte offset maps to its rune.
	var last int32
	for b := range t.normRune[:len(out)] {
		if utf8.RuneStart(out[b]) {
			last = t.normRune[b]
		} else {
			t.normRune[b] = last
		}
	}
	t.normRune[len(out)] = j
	return t
}

// RuneCount is the number of code points in the original text.
func (t *Text) RuneCount() int { return len(t.origByte) - 1 }

// OrigSpan converts the normalized byte range [nb, ne) to original code
// points [start, end). Marks and tatweel that follow the last rune are
// included in the span.
func (t *Text) OrigSpan(nb, ne int) (start, end int) {
	if nb >= ne {
		p := int(t.from[t.normRune[nb]])
		return p, p
	}
	rs, re := t.normRune[nb], t.normRune[ne]
	return int(t.from[rs]), int(t.to[re-1])
}

// Slice returns the original text of code points [start, end).
func (t *Text) Slice(start, end int) string {
	if start < 0 {
		start = 0
	}
	if end > t.RuneCount() {
		end = t.RuneCount()
	}
	if start >= end {
		return ""
	}
	return t.Orig[t.origByte[start]:t.origByte[end]]
}

// ByteOffset returns the byte offset in Orig of original code point i.
func (t *Text) ByteOffset(i int) int { return int(t.origByte[i]) }

// RuneIndex returns the original code point index of byte offset b of Orig
// (which must be at a rune start or len(Orig)).
func (t *Text) RuneIndex(b int) int {
	lo, hi := 0, len(t.origByte)-1
	for lo < hi {
		m := (lo + hi) / 2
		if int(t.origByte[m]) < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// NormString normalizes s without keeping a map: the form gazetteer names and
// rule-table words are compared in.
func NormString(s string) string {
	out := make([]byte, 0, len(s))
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		act, m := classify(r)
		switch act {
		case keep:
			k := utf8.EncodeRune(buf[:], m)
			out = append(out, buf[:k]...)
		case expand:
			for _, d := range norm.NFKC.String(string(r)) {
				if a2, m2 := classify(d); a2 == keep {
					k := utf8.EncodeRune(buf[:], m2)
					out = append(out, buf[:k]...)
				}
			}
		}
	}
	return string(out)
}
