package timeline

import (
	"context"
	"strings"
	"testing"
	"time"
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
