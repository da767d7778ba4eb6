package timeline

import "hash/maphash"

// inlineWord is the longest word (in bytes of normalized text) a wordTable
// keeps in its slots: eleven Arabic letters, 23 Latin ones.
const inlineWord = 23

// wordSlot is one slot of a wordTable: a word's bytes, its length (0: the
// slot is empty) and its cue, 32 bytes, so that a slot never straddles two
// cache lines.
type wordSlot struct {
	key [inlineWord]byte
	n   uint8
	c   cue
}

// minWordSlots and maxWordSlots bound a wordTable's slots: it starts small,
// doubles while it is half full, and at maxWordSlots starts again empty,
// keeping at most maxCachedWords words.
const (
	minWordSlots = 1 << 12
	maxWordSlots = 2 * maxCachedWords
)

// wordTable maps a word to its cue for the word-cue cache. It does what a
// map[string]cue does, with the word's bytes in the slot that holds its cue:
// a lookup reads one slot (and the next on a collision) where a Go map reads
// a control word, a slot and the key's bytes elsewhere in the heap. The
// cache is consulted for every word of every dated sentence, and under the
// other stages' memory traffic each of those reads is a cache miss. Words
// longer than inlineWord go to a plain map.
type wordTable struct {
	slots []wordSlot
	n     int
	seed  maphash.Seed
	long  map[string]cue
}

func newWordTable() *wordTable {
	return &wordTable{slots: make([]wordSlot, minWordSlots), seed: maphash.MakeSeed()}
}

// get returns the cue stored for w, or where put stores it (-1: in the
// map of long words).
func (t *wordTable) get(w string) (c cue, at int, ok bool) {
	if len(w) == 0 || len(w) > inlineWord {
		c, ok = t.long[w]
		return c, -1, ok
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(t.seed, w) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return cue{}, int(i), false
		}
		if int(s.n) == len(w) && string(s.key[:s.n]) == w {
			return s.c, int(i), true
		}
	}
}

// put stores c for w, which get did not find and said goes at at.
func (t *wordTable) put(w string, at int, c cue) {
	if at < 0 {
		if t.long == nil || len(t.long) >= maxCachedWords {
			t.long = map[string]cue{}
		}
		t.long[string([]byte(w))] = c // not a slice of the document's text
		return
	}
	if 2*(t.n+1) <= len(t.slots) {
		t.set(at, w, c)
		return
	}
	if len(t.slots) < maxWordSlots {
		t.grow()
	} else {
		clear(t.slots)
		t.n = 0
	}
	t.insert(w, c)
}

func (t *wordTable) set(i int, w string, c cue) {
	s := &t.slots[i]
	copy(s.key[:], w)
	s.n, s.c = uint8(len(w)), c
	t.n++
}

func (t *wordTable) insert(w string, c cue) {
	mask := uint64(len(t.slots) - 1)
	i := maphash.String(t.seed, w) & mask
	for t.slots[i].n != 0 {
		i = (i + 1) & mask
	}
	t.set(int(i), w, c)
}

// grow doubles the slots and puts every word back.
func (t *wordTable) grow() {
	old := t.slots
	t.slots, t.n = make([]wordSlot, 2*len(old)), 0
	for i := range old {
		if s := &old[i]; s.n != 0 {
			t.insert(string(s.key[:s.n]), s.c)
		}
	}
}
