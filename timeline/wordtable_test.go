package timeline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/textnorm"
)

// TestWordTable checks that a wordTable keeps what a map[string]cue keeps:
// the words of a real sentence (SaudiNewsNet 2015-08-09) and an English
// one, a word too long for a slot, and, past maxCachedWords words, a table
// that starts again empty and still finds the words put after (issue #19).
func TestWordTable(t *testing.T) {
	sentences := []string{
		// SNN 2015-08-09: a relative word (التي) and words of every length.
		"وتمت مراقبته الى أن وصل لعدد من الجيف التي يلقيها اصحاب الأغنام هناك وشرع في سلخها وتقطيعها",
		"The Company said ERC International Inc's unit GETS 17 MLN DLR CONTRACT",
	}
	var words []string
	for _, s := range sentences {
		tx := textnorm.Normalize(s)
		for _, tok := range tx.Tokenize() {
			if tok.Kind == textnorm.Word {
				words = append(words, tx.TokenText(tok))
			}
		}
	}
	// 23 bytes fit a slot, 24 go to the map of long words.
	words = append(words, strings.Repeat("a", inlineWord), strings.Repeat("b", inlineWord+1), "والاستراتيجيات")
	tab := newWordTable()
	want := map[string]cue{}
	for i, w := range words {
		c := cue{chain: int16(i), f: cueFlag(i * 7)}
		if _, at, ok := tab.get(w); !ok {
			tab.put(w, at, c)
			want[w] = c
		}
	}
	for _, w := range words {
		if got, _, ok := tab.get(w); !ok || got != want[w] {
			t.Errorf("get(%q) = %v, %v; want %v", w, got, ok, want[w])
		}
	}
	if _, _, ok := tab.get("الجيفة"); ok {
		t.Errorf("get(الجيفة) found a word never put")
	}

	// Fill past maxCachedWords: every word put since the table last
	// started again empty is found with its cue, none put before is found
	// with another's.
	tab = newWordTable()
	emptied := 0
	for i := range 3 * maxCachedWords {
		w := fmt.Sprintf("كلمة%d", i)
		_, at, ok := tab.get(w)
		if ok {
			t.Fatalf("get(%q) found a word never put", w)
		}
		before := tab.n
		tab.put(w, at, cue{chain: int16(i), f: cueFlag(i)})
		if tab.n <= before {
			emptied = i
		}
		if c, _, ok := tab.get(w); !ok || c.f != cueFlag(i) {
			t.Fatalf("get(%q) after put = %v, %v", w, c, ok)
		}
		if i > 0 && i%977 == 0 {
			for j := emptied; j < i; j += 101 {
				w := fmt.Sprintf("كلمة%d", j)
				if c, _, ok := tab.get(w); !ok || c.f != cueFlag(j) {
					t.Fatalf("get(%q) = %v, %v, put at %d, emptied at %d", w, c, ok, j, emptied)
				}
			}
		}
	}
	if emptied == 0 || len(tab.slots) != maxWordSlots || tab.n > maxCachedWords {
		t.Errorf("after %d words: emptied at %d, %d slots, %d words", 3*maxCachedWords, emptied, len(tab.slots), tab.n)
	}
}

// TestWordCueCache checks that the cue docLex gives every word of SNN
// 2015-08-09's articles is the cue wordCues works out for it: the cache
// returns what it was given, whatever the words met before.
func TestWordCueCache(t *testing.T) {
	docs := analyzedDay(t, "2015-08-09.jsonl", 1<<20)
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	var buf []string
	words := 0
	for _, d := range docs {
		dl := lx.forDoc(d)
		for k, tok := range d.Tokens {
			if tok.Kind != textnorm.Word {
				continue
			}
			words++
			ll := dl.of(tok.Arabic)
			var want cue
			want, buf = ll.wordCues(d.Text.TokenText(tok), buf)
			want.f |= fDone
			if got := dl.cue(k); got != want {
				t.Fatalf("cue of %q = %+v, want %+v", d.Text.TokenText(tok), got, want)
			}
		}
		dl.release()
	}
	if words < 10000 {
		t.Errorf("only %d words", words)
	}
}
