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

// Tokenize splits the normalized text into tokens. White space separates
// tokens and is not one; every other non-letter, non-digit code point is a
// Punct token of its own; a change of script splits a word.
func (t *Text) Tokenize() []Token {
	s := t.Norm
	toks := make([]Token, 0, len(s)/5+1)
	space, newline := true, true
	for b := 0; b < len(s); {
		r, w := utf8.DecodeRuneInString(s[b:])
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			space, newline = true, true
			b += w
			continue
		case unicode.IsSpace(r):
			space = true
			b += w
			continue
		}
		start := b
		var kind Kind
		ar := false
		switch {
		case r >= '0' && r <= '9':
			kind = Number
			for b < len(s) && s[b] >= '0' && s[b] <= '9' {
				b++
			}
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			kind = Word
			ar = isArabicLetter(r)
			b += w
			for b < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[b:])
				if !(unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2)) || (unicode.IsLetter(r2) && isArabicLetter(r2) != ar) {
					break
				}
				b += w2
			}
		default:
			kind = Punct
			b += w
		}
		os, oe := t.OrigSpan(start, b)
		toks = append(toks, Token{NStart: int32(start), NEnd: int32(b), Start: int32(os), End: int32(oe),
			Kind: kind, Space: space, Newline: newline, Arabic: ar})
		space, newline = false, false
	}
	return toks
}
