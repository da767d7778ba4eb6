// Package textnorm is tarikh's text layer: it normalizes Arabic and English
// text for matching while keeping a map back to the original, splits it into
// tokens and sentences, and converts between normalized and original offsets.
//
// Normalization folds what Arabic spelling lets vary (alef and hamza seats,
// alef maqsura, taa marbuta, diacritics, tatweel, Arabic-Indic digits,
// presentation forms, bidirectional controls) and lowercases Latin letters.
// The Arabic script's facts (which letters fold to which, the marks, the
// digits and punctuation) are data: lang/ar/script.yaml, read once into
// the normalization table when the package starts.
// It never changes which original code points a token covers: every offset
// that leaves this package counts code points of the original text.
//
// It does not know any vocabulary: clitics, month names and the like live in
// the packages that use tokens.
package textnorm

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"

	"github.com/tarikh/tarikh/lang/ar"
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
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return keep, r + ('a' - 'A')
		}
		return keep, r
	}
	if r < tabSize {
		e := &table[r]
		if e.act != keep {
			return e.act, 0
		}
		m, _ := utf8.DecodeRune(e.enc[:e.n])
		return keep, m
	}
	return classifyUnicode(r)
}

// classifyUnicode is classify without the Arabic script's facts (which
// the table adds from lang/ar/script.yaml): case, format controls, spaces,
// quotes, dashes, compatibility forms and the marks of other scripts.
func classifyUnicode(r rune) (action, rune) {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return keep, r + ('a' - 'A')
		}
		return keep, r
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

	// from[b]: the first original code point that the normalized code point
	// holding byte b of Norm stands for (every byte of a code point carries
	// it). One extra entry past the end.
	from []int32
	// ext[b]: how many original code points after from[b] the normalized
	// code point also covers (attached marks and tatweel), so that it stands
	// for [from, from+1+ext). At extMax the end is in bigTo[from].
	ext   []uint8
	bigTo map[int32]int32
	// checkpoint[k] is the byte offset in Orig of original code point
	// k*checkpointEvery; code points in between are found by decoding.
	checkpoint []int32
	runes      int
}

// checkpointEvery is the spacing, in original code points, of the stored
// byte offsets that Slice and ByteOffset start decoding from.
const checkpointEvery = 32

// tabEntry is the precomputed classify result for one rune below tabSize,
// with the mapped rune already UTF-8 encoded, and the script classes of
// the rune.
type tabEntry struct {
	act   action
	n     uint8
	enc   [3]byte
	class Class
}

// tabSize bounds the table: ASCII and the Arabic block, so that the common
// case is one array load.
const tabSize = ar.BlockLast + 1

// Class is a set of classes of the Arabic script's facts
// (lang/ar/script.yaml) that a rune may belong to.
type Class uint8

// The classes Is tests.
const (
	// Tanween: a mark of nunation, which ends adverbs and indefinite nouns.
	Tanween Class = 1 << iota
	// HamzaAlef: alef with a hamza or a madda.
	HamzaAlef
	// Tatweel: the kashida that only stretches a word.
	Tatweel
	// SentenceEnd: a question mark or full stop of the script.
	SentenceEnd
	// ClauseMark: a comma or semicolon of the script.
	ClauseMark

	digit // one of the script's digits (Digit)
)

// Is reports whether r belongs to one of the classes of c.
func Is(r rune, c Class) bool {
	return uint32(r) < uint32(tabSize) && table[r].class&c != 0
}

// oneOf reports whether s is one rune, of one of the classes of c.
func oneOf(s string, c Class) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && n > 0 && Is(r, c)
}

// Digit returns the ASCII digit r stands for: r itself for an ASCII digit,
// the digit of the same value for an Arabic-Indic or Persian one.
func Digit(r rune) (rune, bool) {
	if '0' <= r && r <= '9' {
		return r, true
	}
	if Is(r, digit) {
		return rune(table[r].enc[0]), true
	}
	return 0, false
}

// table (table.go) holds classify for every rune below tabSize: the
// script facts of lang/ar/script.yaml laid over classifyUnicode by
// buildTable, written out as Go by go generate so that no run parses the
// YAML (TestTableFromScript fails when table.go is stale).
//
//go:generate go test -run ^TestTableFromScript$ -update-table .

// buildTable lays the script's facts over classifyUnicode: its marks and
// tatweel attach to the letter before, its folds and digits are kept as
// the letter or ASCII digit they stand for.
func buildTable(s *ar.Script) [tabSize]tabEntry {
	var tab [tabSize]tabEntry
	set := func(r rune, act action, m rune) {
		e := tabEntry{act: act, class: tab[r].class}
		if act == keep {
			e.n = uint8(utf8.EncodeRune(e.enc[:], m))
		}
		tab[r] = e
	}
	for r := rune(0); r < tabSize; r++ {
		act, m := classifyUnicode(r)
		set(r, act, m)
	}
	for _, r := range s.Marks {
		set(r, attach, 0)
	}
	for _, r := range s.Tatweel {
		set(r, attach, 0)
		tab[r].class |= Tatweel
	}
	for _, f := range s.Folds {
		for _, r := range f.From {
			set(r, keep, f.To[0])
		}
	}
	for _, d := range s.Digits {
		for i, r := range d {
			set(r, keep, '0'+rune(i))
			tab[r].class |= digit
		}
	}
	mark := func(rs ar.Runes, c Class) {
		for _, r := range rs {
			tab[r].class |= c
		}
	}
	mark(s.Tanween, Tanween)
	mark(s.HamzaAlefs, HamzaAlef)
	mark(s.SentenceEnds, SentenceEnd)
	mark(s.ClauseMarks, ClauseMark)
	return tab
}

// Normalize builds the normalized view of s in one forward pass. Invalid
// UTF-8 bytes count as one code point each (U+FFFD) so that offsets stay
// consistent with how a reader decoding with replacement would count them.
func Normalize(s string) *Text { return NormalizeReusing(s, nil) }

// NormalizeReusing is Normalize writing its offset tables over those of old
// (a Text that Normalize or NormalizeReusing returned), when they are large
// enough: for a caller that normalizes text after text and is done with
// each Text before the next. Norm and the strings sliced from it or from
// Orig stay valid; old, and whatever holds it, must not be used after.
// A nil old is Normalize.
func NormalizeReusing(s string, old *Text) *Text {
	out := make([]byte, 0, len(s))
	var from, cp []int32
	var ext []uint8
	if old != nil && cap(old.from) >= len(s)+1 && cap(old.ext) >= len(s)+1 && cap(old.checkpoint) >= len(s)/checkpointEvery+2 {
		from, ext, cp = old.from[:0], old.ext[:0], old.checkpoint[:0]
	} else {
		from = make([]int32, 0, len(s)+1)
		ext = make([]uint8, 0, len(s)+1)
		cp = make([]int32, 0, len(s)/checkpointEvery+2)
	}
	var bigTo map[int32]int32
	last := -1 // byte offset in out of the last emitted code point
	var i int32
	var buf [utf8.UTFMax]byte
	for b := 0; b < len(s); i++ {
		if i%checkpointEvery == 0 {
			cp = append(cp, int32(b))
		}
		if c := s[b]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			last = len(out)
			out = append(out, c)
			from = append(from, i)
			ext = append(ext, 0)
			b++
			continue
		}
		if c := s[b]; c >= 0xC2 && c <= 0xDF && b+1 < len(s) {
			// Two bytes (the Arabic block) kept as two bytes: most of an
			// Arabic text.
			if c1 := s[b+1]; c1&0xC0 == 0x80 {
				if r := rune(c&0x1F)<<6 | rune(c1&0x3F); r < tabSize {
					if e := &table[r]; e.act == keep && e.n == 2 {
						b += 2
						last = len(out)
						out = append(out, e.enc[0], e.enc[1])
						from = append(from, i, i)
						ext = append(ext, 0, 0)
						continue
					}
				}
			}
		}
		r, w := decode(s, b)
		b += w
		var e tabEntry
		if r < tabSize {
			e = table[r]
		} else {
			act, m := classify(r)
			e.act = act
			if act == keep {
				last = len(out)
				k := utf8.EncodeRune(buf[:], m)
				out = append(out, buf[:k]...)
				for ; k > 0; k-- {
					from = append(from, i)
					ext = append(ext, 0)
				}
				continue
			}
		}
		switch e.act {
		case keep:
			last = len(out)
			out = append(out, e.enc[:e.n]...)
			for k := e.n; k > 0; k-- {
				from = append(from, i)
				ext = append(ext, 0)
			}
		case attach:
			// A mark or tatweel belongs to the code point right before it.
			if last < 0 {
				break
			}
			f := from[last]
			switch e := ext[last]; {
			case e == extMax && bigTo[f] == i:
				bigTo[f] = i + 1
			case e < extMax && f+1+int32(e) == i:
				if e == extMax-1 {
					if bigTo == nil {
						bigTo = map[int32]int32{}
					}
					bigTo[f] = i + 1
				}
				for k := last; k < len(ext); k++ {
					ext[k] = e + 1
				}
			}
		case expand:
			for _, d := range norm.NFKC.String(string(r)) {
				if a2, m2 := classify(d); a2 == keep {
					last = len(out)
					k := utf8.EncodeRune(buf[:], m2)
					out = append(out, buf[:k]...)
					for ; k > 0; k-- {
						from = append(from, i)
						ext = append(ext, 0)
					}
				}
			}
		}
	}
	from = append(from, i)
	ext = append(ext, 0)
	t := old
	if t == nil {
		t = new(Text)
	}
	*t = Text{Orig: s, from: from, ext: ext, bigTo: bigTo, checkpoint: cp, runes: int(i)}
	if len(out) > 0 {
		// out is never written again: share its bytes instead of copying.
		t.Norm = unsafe.String(unsafe.SliceData(out), len(out))
	}
	return t
}

// RuneCount is the number of code points in the original text.
func (t *Text) RuneCount() int { return t.runes }

// OrigSpan converts the normalized byte range [nb, ne) to original code
// points [start, end). Marks and tatweel that follow the last rune are
// included in the span. Offsets outside the text are clamped to it.
func (t *Text) OrigSpan(nb, ne int) (start, end int) {
	nb = min(max(nb, 0), len(t.Norm))
	ne = min(max(ne, 0), len(t.Norm))
	if nb >= ne {
		p := int(t.from[nb])
		return p, p
	}
	return int(t.from[nb]), int(t.toAt(ne - 1))
}

// extMax is the ext value that defers to bigTo.
const extMax = 255

// toAt returns the end (exclusive) of the original code points that the
// normalized code point holding byte b stands for.
func (t *Text) toAt(b int) int32 {
	f := t.from[b]
	if e := t.ext[b]; e < extMax {
		return f + 1 + int32(e)
	}
	return t.bigTo[f]
}

// Slice returns the original text of code points [start, end).
func (t *Text) Slice(start, end int) string {
	start = max(start, 0)
	end = min(end, t.runes)
	if start >= end {
		return ""
	}
	b := t.ByteOffset(start)
	return t.Orig[b : b+t.advance(b, end-start)]
}

// advance returns the number of bytes that n code points of Orig take from
// byte offset b.
func (t *Text) advance(b, n int) int {
	s := t.Orig[b:]
	k := 0
	for ; n > 0 && k < len(s); n-- {
		if s[k] < utf8.RuneSelf {
			k++
			continue
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	return k
}

// ByteOffset returns the byte offset in Orig of original code point i
// (0 <= i <= RuneCount()).
func (t *Text) ByteOffset(i int) int {
	if i >= t.runes {
		return len(t.Orig)
	}
	i = max(i, 0)
	b := int(t.checkpoint[i/checkpointEvery])
	return b + t.advance(b, i%checkpointEvery)
}

// RuneIndex returns the original code point index of byte offset b of Orig
// (which must be at a rune start or len(Orig)).
func (t *Text) RuneIndex(b int) int {
	if b >= len(t.Orig) {
		return t.runes
	}
	// The last checkpoint at or before b.
	lo, hi := 0, len(t.checkpoint)
	for lo < hi {
		m := (lo + hi) / 2
		if int(t.checkpoint[m]) <= b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	k := max(lo-1, 0)
	i := k * checkpointEvery
	for p := int(t.checkpoint[k]); p < b; i++ {
		if t.Orig[p] < utf8.RuneSelf {
			p++
			continue
		}
		_, w := utf8.DecodeRuneInString(t.Orig[p:])
		p += w
	}
	return i
}

// NormString normalizes s without keeping a map: the form gazetteer names and
// rule-table words are compared in.
func NormString(s string) string {
	// Most names and words are normalized already: s itself is returned
	// then, copying nothing.
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if act, m := classify(r); act != keep || m != r || (r == utf8.RuneError && size == 1) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	return string(AppendNorm(append(make([]byte, 0, len(s)), s[:i]...), s[i:]))
}

// AppendNorm appends NormString(s) to out.
func AppendNorm(out []byte, s string) []byte {
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
	return out
}

// Spelling returns s with only what normalization drops or attaches removed
// (diacritics, tatweel, format controls): the letters as written, hamza
// seats, alef maqsura and case kept. Two spellings of a word that normalize
// alike (على and علي, أمام and إمام) still differ here.
func Spelling(s string) string {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if act, _ := classify(r); act == attach || act == drop {
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}
