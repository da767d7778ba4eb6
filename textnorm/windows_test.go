package textnorm

import (
	"strings"
	"testing"
)

func newTestSplitter(t testing.TB) *Splitter {
	t.Helper()
	sp, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

// checkCover fails unless ss cover toks in order, without gaps or overlaps,
// and each sentence's offsets are its tokens'.
func checkCover(t testing.TB, toks []Token, ss []Sentence) {
	t.Helper()
	next := 0
	for _, s := range ss {
		if s.TokStart != next || s.TokEnd <= s.TokStart || s.TokEnd > len(toks) {
			t.Fatalf("sentence tokens %d..%d after %d (of %d)", s.TokStart, s.TokEnd, next, len(toks))
		}
		if s.Start != int(toks[s.TokStart].Start) || s.End != int(toks[s.TokEnd-1].End) {
			t.Fatalf("sentence %d..%d does not span its tokens", s.Start, s.End)
		}
		next = s.TokEnd
	}
	if next != len(toks) {
		t.Fatalf("sentences end at token %d of %d", next, len(toks))
	}
}

// words returns n words of filler, w1 w2 ...
func filler(word string, n int) string {
	return strings.TrimSpace(strings.Repeat(word+" ", n))
}

func TestWindows(t *testing.T) {
	sp := newTestSplitter(t)
	tests := []struct {
		name  string
		text  string
		lang  Lang
		first string // the words the second window starts with, "" for one sentence
		n     int    // windows, 0 to skip
	}{
		{"a long sentence with punctuation stays whole", filler("كلمة", 100) + ".", Arabic, "", 1},
		// 8 windows of 48 words, then the last 116 in one.
		{"no punctuation: windows of windowWords words", filler("كلمة", 500), Arabic, "كلمة", 9},
		{"cut before a sentence opener", filler("كلمة", 20) + " " + filler("نص", 10) + " وقال الوزير " + filler("كلمة", 200), Arabic, "وقال الوزير", 0},
		{"an opener is matched normalized", filler("كلمة", 40) + " واضاف الوزير " + filler("كلمة", 200), Arabic, "واضاف الوزير", 0},
		{"the last opener in reach", filler("كلمة", 26) + " وقال " + filler("كلمة", 10) + " وأكد " + filler("كلمة", 200), Arabic, "وأكد", 0},
		{"not before minWindowWords words", filler("كلمة", 10) + " وقال " + filler("كلمة", 200), Arabic, "كلمة", 0},
		{"cut after a comma", filler("كلمة", 40) + "، ثم " + filler("كلمة", 200), Arabic, "ثم", 0},
		{"an opener wins over a comma", filler("كلمة", 30) + "، " + filler("كلمة", 10) + " كما " + filler("كلمة", 200), Arabic, "كما", 0},
		{"English: before a sentence starter", filler("word", 40) + " The minister said " + filler("word", 200), English, "The minister", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := Normalize(tc.text)
			toks := x.Tokenize()
			ss := sp.Split(x, toks, tc.lang)
			checkCover(t, toks, ss)
			for _, s := range ss {
				if n := countWords(toks[s.TokStart:s.TokEnd]); n > MaxSentenceWords && len(ss) > 1 {
					t.Errorf("a window of %d words", n)
				}
			}
			if tc.n > 0 && len(ss) != tc.n {
				t.Errorf("%d sentences, want %d", len(ss), tc.n)
			}
			if tc.first != "" {
				if len(ss) < 2 {
					t.Fatalf("not cut: %d sentence(s)", len(ss))
				}
				if got := x.Slice(ss[1].Start, ss[1].End); !strings.HasPrefix(got, tc.first) {
					t.Errorf("second window starts %q, want %q", got[:min(len(got), 40)], tc.first)
				}
			}
		})
	}
}

// TestWindowsLinear: a 4 MB run without punctuation is cut in one pass:
// every window is short, whatever the length of the run.
func TestWindowsLinear(t *testing.T) {
	sp := newTestSplitter(t)
	x := Normalize(filler("كلمة", 400_000))
	toks := x.Tokenize()
	ss := sp.Split(x, toks, Arabic)
	checkCover(t, toks, ss)
	if want := 400_000 / (windowWords + 1); len(ss) < want {
		t.Errorf("%d windows, want at least %d", len(ss), want)
	}
}

// FuzzSplit: sentences cover the tokens in order, and no window of a cut
// sentence is over MaxSentenceWords words.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"قال الوزير. ثم عاد", filler("كلمة", 130), filler("word ,", 200), "U.S. The " + filler("a", 150),
		filler("و", 300) + "\n" + filler("كما", 200), "", "....", "، ، ، " + filler("x", 125)} {
		f.Add(s)
	}
	sp := newTestSplitter(f)
	f.Fuzz(func(t *testing.T, s string) {
		x := Normalize(s)
		toks := x.Tokenize()
		for _, lang := range []Lang{Arabic, English} {
			ss := sp.Split(x, toks, lang)
			if len(toks) == 0 {
				continue
			}
			checkCover(t, toks, ss)
		}
	})
}
