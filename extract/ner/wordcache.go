package ner

import (
	"unicode/utf8"
)

// wordCacheSize is how many of a language's most frequent words (lang/<code>/
// frequent_words.yaml) get their lexical weights summed in advance.
const wordCacheSize = 4000

// A few slots per offset at which a word's lexical features speak: for
// the token itself (da 0), and for the tokens around it (a feature reading
// the word before, da -1, speaks for the token after the word).
var cacheOffsets = [...]int8{0, -1, 1, -2, 2}

func offsetSlot(da int8) int {
	for i, o := range cacheOffsets {
		if o == da {
			return i
		}
	}
	return -1
}

// wordEntry is one frequent word: its stem atom, what the stemmer removed,
// its cue classes, and per offset the sum of the weight rows of its lexical
// features.
type wordEntry struct {
	stem    uint64
	flags   uint8
	stemLen uint8
	cue     uint8
	contrib [len(cacheOffsets)][NumTags]int16
}

// wordCache maps the hash of a frequent word to its entry: the lexical
// features are most of the labeller's work, and the frequent words most of
// a text's tokens. It is built once per model and only read after.
type wordCache struct {
	keys    []uint64
	idx     []int32
	mask    uint64
	entries []wordEntry
}

func (c *wordCache) lookup(h uint64) int32 {
	if c == nil || len(c.keys) == 0 {
		return -1
	}
	for i := h & c.mask; ; i = (i + 1) & c.mask {
		switch c.keys[i] {
		case h:
			return c.idx[i]
		case 0:
			return -1
		}
	}
}

// newWordCache sums the lexical weights of words (normalized) under fz and w.
func newWordCache(fz *featurizer, w *weightTable, words []string) *wordCache {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	c := &wordCache{keys: make([]uint64, size), idx: make([]int32, size), mask: uint64(size - 1)}
	var atoms [numAtoms]uint64
	for _, word := range words {
		h := strHash(word)
		if c.lookup(h) >= 0 || word == "" {
			continue
		}
		s, flags := fz.st.stem(word)
		atoms[aWord], atoms[aStem] = h, h
		if len(s) != len(word) {
			atoms[aStem] = strHash(s)
		}
		atoms[aPre2] = strHash(prefixRunes(s, 2))
		atoms[aPre3] = strHash(prefixRunes(s, 3))
		atoms[aSuf2] = strHash(suffixRunes(word, 2))
		atoms[aSuf3] = strHash(suffixRunes(word, 3))
		e := wordEntry{stem: atoms[aStem], flags: flags, stemLen: uint8(min(utf8.RuneCountInString(s), 255)),
			cue: fz.cues.lookup(atoms[aWord]) | fz.cues.lookup(atoms[aStem])}
		for fi := range features {
			f := &features[fi]
			if !f.lexical() {
				continue
			}
			if r := w.row(fz.bucket(fi, atoms[f.a], 0)); r != nil {
				slot := &e.contrib[offsetSlot(f.da)]
				for j, v := range r {
					slot[j] += int16(v)
				}
			}
		}
		for i := h & c.mask; ; i = (i + 1) & c.mask {
			if c.keys[i] == 0 {
				c.keys[i], c.idx[i] = h, int32(len(c.entries))
				break
			}
		}
		c.entries = append(c.entries, e)
	}
	return c
}
