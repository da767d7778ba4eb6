package textnorm

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// refText is the first, straightforward implementation of Text, kept as
// the oracle that the optimized Normalize is compared against.
type refText struct {
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
func refNormalize(s string) *refText {
	t := &refText{Orig: s}
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
func (t *refText) RuneCount() int { return len(t.origByte) - 1 }

// OrigSpan converts the normalized byte range [nb, ne) to original code
// points [start, end). Marks and tatweel that follow the last rune are
// included in the span.
func (t *refText) OrigSpan(nb, ne int) (start, end int) {
	if nb >= ne {
		p := int(t.from[t.normRune[nb]])
		return p, p
	}
	rs, re := t.normRune[nb], t.normRune[ne]
	return int(t.from[rs]), int(t.to[re-1])
}

// Slice returns the original text of code points [start, end).
func (t *refText) Slice(start, end int) string {
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
func (t *refText) ByteOffset(i int) int { return int(t.origByte[i]) }

// RuneIndex returns the original code point index of byte offset b of Orig
// (which must be at a rune start or len(Orig)).
func (t *refText) RuneIndex(b int) int {
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
