package textnorm

import (
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is made of.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // a run of letters of one script
	Number                 // a run of digits (ASCII after normalization)
	Punct                  // one punctuation or symbol code point
)

// Token is one word, number or punctuation mark. NStart and NEnd are byte
// offsets into Text.Norm; Start and End are code points of Text.Orig.
type Token struct {
	NStart, NEnd int32
	Start, End   int32
	Kind         Kind
	// Space reports white space (or the start of the text) before the token.
	Space bool
	// Newline reports a line break before the token (or the start of the text).
	Newline bool
	// Arabic reports a word in Arabic script.
	Arabic bool
}

// TokenText returns the normalized text of tok.
func (t *Text) TokenText(tok Token) string { return t.Norm[tok.NStart:tok.NEnd] }

// TokenOrig returns the original text of tok.
func (t *Text) TokenOrig(tok Token) string { return t.Slice(int(tok.Start), int(tok.End)) }

func isArabicLetter(r rune) bool {
	return (r >= 0x0600 && r <= 0x06FF) || (r >= 0x0750 && r <= 0x077F) || (r >= 0x08A0 && r <= 0x08FF)
}

// class is what a code point of normalized text is to the tokenizer.
type class uint8

const (
	clOther   class = iota // punctuation, symbols: a token of its own
	clSpace                // white space
	clNewline              // a line break
	clDigit                // ASCII digit
	clLatin                // a letter not in Arabic script (or a nonspacing mark)
	clArabic               // an Arabic letter
	clMark                 // a nonspacing mark: continues a word of either script
)

// classes (table.go) holds classOf for every code point below tabSize,
// written out by go generate (see table).
func buildClasses() (tab [tabSize]class) {
	for r := rune(0); r < tabSize; r++ {
		tab[r] = classOfSlow(r)
	}
	return tab
}

func classOfSlow(r rune) class {
	switch {
	case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
		return clNewline
	case unicode.IsSpace(r):
		return clSpace
	case r >= '0' && r <= '9':
		return clDigit
	case unicode.IsLetter(r):
		if isArabicLetter(r) {
			return clArabic
		}
		return clLatin
	case unicode.Is(unicode.Mn, r):
		return clMark
	}
	return clOther
}

func classOf(r rune) class {
	if r < tabSize {
		return classes[r]
	}
	return classOfSlow(r)
}

// decode returns the code point at s[b:] and its width, with fast paths for
// ASCII and two-byte sequences (Arabic, Latin with diacritics).
func decode(s string, b int) (rune, int) {
	c := s[b]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c <= 0xDF && b+1 < len(s) {
		if c1 := s[b+1]; c1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s[b:])
}

// Tokenize splits the normalized text into tokens. White space separates
// tokens and is not one; every other non-letter, non-digit code point is a
// Punct token of its own; a change of script splits a word.
func (t *Text) Tokenize() []Token { return t.TokenizeAppend(nil) }

// TokenizeAppend is Tokenize appending the tokens to toks[:0]: a caller
// that tokenizes text after text reuses the array of the tokens it is done
// with.
func (t *Text) TokenizeAppend(toks []Token) []Token {
	s := t.Norm
	if cap(toks) < len(s)/6+1 {
		toks = make([]Token, 0, len(s)/6+1)
	}
	toks = toks[:0]
	space, newline := true, true
	for b := 0; b < len(s); {
		r, w := decode(s, b)
		c := classOf(r)
		switch c {
		case clNewline:
			space, newline = true, true
			b += w
			continue
		case clSpace:
			space = true
			b += w
			continue
		}
		start := b
		b += w
		var kind Kind
		ar := false
		switch c {
		case clDigit:
			kind = Number
			for b < len(s) && s[b] >= '0' && s[b] <= '9' {
				b++
			}
		case clArabic, clLatin, clMark:
			kind = Word
			ar = c == clArabic
		word:
			for b < len(s) {
				// decode, by hand for ASCII and two bytes (it does not inline)
				var r2 rune
				w2 := 1
				if c := s[b]; c < utf8.RuneSelf {
					r2 = rune(c)
				} else if c >= 0xC2 && c <= 0xDF && b+1 < len(s) && s[b+1]&0xC0 == 0x80 {
					r2, w2 = rune(c&0x1F)<<6|rune(s[b+1]&0x3F), 2
				} else {
					r2, w2 = decode(s, b)
				}
				switch classOf(r2) {
				case clMark:
				case clArabic:
					if !ar {
						break word
					}
				case clLatin:
					if ar {
						break word
					}
				default:
					break word
				}
				b += w2
			}
		default:
			kind = Punct
		}
		toks = append(toks, Token{NStart: int32(start), NEnd: int32(b), Start: t.from[start], End: t.toAt(b - 1),
			Kind: kind, Space: space, Newline: newline, Arabic: ar})
		space, newline = false, false
	}
	return toks
}
