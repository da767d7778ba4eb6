package gazetteer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/textnorm"
)

// TestStrippedFirstLetter checks that Stripped, which tries the proclitics
// only on a word whose first letter starts one (issue #19), reads every
// word of real sentences (SaudiNewsNet 2015-08-10, 2015-08-02) as trying
// each proclitic and lam article on every word did.
func TestStrippedFirstLetter(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := NewIndex(g)
	if err != nil {
		t.Fatal(err)
	}
	every := func(w *Words, i int) []string {
		word := w.text(i)
		out := []string{fmt.Sprintf("%s/0/false", word)}
		if !w.Toks[w.idx[i]].Arabic {
			return out
		}
		for _, p := range ix.ar.Proclitics {
			if rest, ok := strings.CutPrefix(word, p); ok && utf8.RuneCountInString(rest) >= minStripped {
				out = append(out, fmt.Sprintf("%s/%d/false", rest, len(p)))
			}
		}
		for _, p := range ix.ar.LamArticle {
			if rest, ok := strings.CutPrefix(word, p); ok && utf8.RuneCountInString(rest) >= minStripped-1 {
				out = append(out, fmt.Sprintf("%s/%d/true", rest, len(p)-len(ix.ar.ArticleLam)))
			}
		}
		return out
	}
	for _, s := range []string{
		"وأكد وزير الخارجية عادل الجبير للصحفيين في الرياض أن المملكة ماضية في دعم الشرعية باليمن وللسوداني ولليمنيين فللوطن",
		"البراك ينقل تحيات أمير الشرقية للعمانيين المصابين في حادث خريص، ويطمئن على حالتهم بمستشفى الملك فهد بالهفوف",
		"Saudi Foreign Minister Adel al-Jubeir met John Kerry in Doha",
	} {
		x := textnorm.Normalize(s)
		w := PrepareWords(x, x.Tokenize())
		for i := 0; i < w.Len(); i++ {
			var got []string
			ix.Stripped(w, i, func(word string, skip int, al bool) { got = append(got, fmt.Sprintf("%s/%d/%v", word, skip, al)) })
			if want := every(w, i); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("Stripped(%s) = %q, want %q", w.text(i), got, want)
			}
		}
	}
	if ix.cliticElse {
		t.Error("the built-in proclitics all start with an Arabic letter")
	}
	for word, want := range map[string]bool{"عادل": false, "الجبير": false, "وللسوداني": true, "بالهفوف": true, "لليمنيين": true, "فللوطن": true} {
		if got := ix.mayHaveClitic(word); got != want {
			t.Errorf("mayHaveClitic(%s) = %v, want %v", word, got, want)
		}
	}
}

// BenchmarkStripped reads every word of 2 MB of SaudiNewsNet (2015-08-02)
// as Stripped does for coreference.
func BenchmarkStripped(b *testing.B) {
	texts := corpusTexts(b, 2<<20)
	g, err := Builtin()
	if err != nil {
		b.Fatal(err)
	}
	ix, err := NewIndex(g)
	if err != nil {
		b.Fatal(err)
	}
	var ws []*Words
	n := 0
	for _, s := range texts {
		x := textnorm.Normalize(s)
		ws = append(ws, PrepareWords(x, x.Tokenize()))
		n += len(s)
	}
	b.SetBytes(int64(n))
	readings := 0
	for b.Loop() {
		for _, w := range ws {
			for i := 0; i < w.Len(); i++ {
				ix.Stripped(w, i, func(string, int, bool) { readings++ })
			}
		}
	}
}

// corpusTexts reads about limit bytes of SaudiNewsNet 2015-08-02 (a
// development day), or skips.
func corpusTexts(tb testing.TB, limit int) []string {
	tb.Helper()
	f, err := os.Open(testshared.Path(tb, "corpus", "saudinewsnet", "2015-08-02.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && n < limit {
		var a struct{ Title, Text string }
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		out = append(out, a.Title+"\n\n"+a.Text)
		n += len(out[len(out)-1])
	}
	return out
}
