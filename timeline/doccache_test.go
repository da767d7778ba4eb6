package timeline

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/textnorm"
)

// TestForDocReusesCues: a document's lexicon starts with no token's cue
// worked out, also when it takes the array of cues a longer document left.
func TestForDocReusesCues(t *testing.T) {
	x, asm := builtinAssembler(t)
	dct := time.Date(2015, 8, 9, 0, 0, 0, 0, time.UTC)
	long, err := x.Analyze(context.Background(), strings.Repeat("The minister met the delegation in Riyadh on Sunday. ", 20), dct)
	if err != nil {
		t.Fatal(err)
	}
	short, err := x.Analyze(context.Background(), "Talks resumed on Monday.", dct)
	if err != nil {
		t.Fatal(err)
	}
	dl := asm.lx.forDoc(long)
	for k := range long.Tokens {
		dl.cue(k)
	}
	dl.release()
	dl = asm.lx.forDoc(short)
	defer dl.release()
	if len(dl.cues) != len(short.Tokens) {
		t.Fatalf("%d cues for %d tokens", len(dl.cues), len(short.Tokens))
	}
	for k, c := range dl.cues {
		if c != (cue{}) {
			t.Errorf("token %d: cue %+v before it is worked out", k, c)
		}
	}
}

// TestDocMemo: a word said again in a document takes its cue from the
// document's memo, not from the word cache, and the memo gives the cue the
// word cache does (SNN 2015-08-09, a name said twice). A memo's slots of an
// earlier document are empty for the next one.
func TestDocMemo(t *testing.T) {
	x, asm := builtinAssembler(t)
	dct := time.Date(2015, 8, 9, 0, 0, 0, 0, time.UTC)
	d, err := x.Analyze(context.Background(), "روى عايض عسيري شقيق العريف عبدالله عسيري أحد شهداء طوارئ عسير", dct)
	if err != nil {
		t.Fatal(err)
	}
	var first, again int = -1, -1
	for k, tok := range d.Tokens {
		if d.Text.TokenText(tok) == "عسيري" {
			if first < 0 {
				first = k
			} else {
				again = k
			}
		}
	}
	if again < 0 {
		t.Fatalf("no repeated word in %d tokens", len(d.Tokens))
	}
	dl := asm.lx.forDoc(d)
	defer dl.release()
	want := dl.cue(first)
	m := dl.cached[1]
	if m == nil {
		t.Fatal("no word cache for Arabic")
	}
	delete(m, "عسيري")
	if got := dl.cue(again); got != want {
		t.Errorf("cue of the word said again %+v, want %+v", got, want)
	}
	if _, ok := m["عسيري"]; ok {
		t.Error("the word said again was looked up in the word cache, not in the document's memo")
	}
	for k := range d.Tokens {
		c := dl.cue(k)
		if d.Tokens[k].Kind != textnorm.Word {
			continue
		}
		w, _ := dl.langs[1].wordCues(d.Text.TokenText(d.Tokens[k]), nil)
		if w.f|fDone != c.f || w.chain != c.chain {
			t.Errorf("token %d: cue %+v, wordCues %+v", k, c, w)
		}
	}
	memo := dl.memo
	gen := memo.gen
	memo.next()
	for _, s := range memo.slots[1] {
		if s.gen == memo.gen {
			t.Fatalf("slot of %q (gen %d) current in the next document", s.w, gen)
		}
	}
	memo.gen = ^uint32(0)
	memo.slots[1][memoHash("عسيري")] = memoSlot{w: "عسيري", gen: 1}
	memo.next()
	if memo.gen != 1 || memo.slots[1][memoHash("عسيري")].gen == 1 {
		t.Errorf("after the generation wrapped: gen %d, a slot of gen 1 left", memo.gen)
	}
}
