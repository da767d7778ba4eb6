package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/textnorm"
)

// BenchmarkBuiltin measures loading a built-in model (the brief allows 200 ms).
func BenchmarkBuiltin(b *testing.B) {
	for _, lang := range []string{"ar", "en"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				if _, err := Builtin(lang); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLabel labels the first 200 articles of a SaudiNewsNet day and of
// Reuters, whole text as one sequence per line; it reports MB/s of text.
func BenchmarkLabel(b *testing.B) {
	for _, c := range []struct{ lang, file string }{
		{"ar", filepath.Join("corpus", "saudinewsnet", "2015-08-02.jsonl")},
		{"en", filepath.Join("corpus", "reuters21578", "reuters21578.jsonl")},
	} {
		b.Run(c.lang, func(b *testing.B) {
			path := testshared.Path(b, c.file)
			texts := readTexts(b, path, 200)
			m, err := Builtin(c.lang)
			if err != nil {
				b.Fatal(err)
			}
			type doc struct {
				t     *textnorm.Text
				toks  []textnorm.Token
				lines [][2]int
			}
			var docs []doc
			size := 0
			for _, s := range texts {
				t := textnorm.Normalize(s)
				toks := t.Tokenize()
				d := doc{t: t, toks: toks}
				start := 0
				for i := range toks {
					if i > start && toks[i].Newline {
						d.lines = append(d.lines, [2]int{start, i})
						start = i
					}
				}
				d.lines = append(d.lines, [2]int{start, len(toks)})
				docs = append(docs, d)
				size += len(s)
			}
			var spans []Span
			for _, wc := range []*wordCache{m.words, nil} {
				name := "cache"
				if wc == nil {
					name = "nocache"
				}
				b.Run(name, func(b *testing.B) {
					mm, _ := Builtin(c.lang)
					mm.words = wc
					b.SetBytes(int64(size))
					for b.Loop() {
						for _, d := range docs {
							for _, l := range d.lines {
								spans = mm.Label(d.t, d.toks, l[0], l[1], nil, spans[:0])
							}
						}
					}
				})
			}
		})
	}
}

func readTexts(b *testing.B, path string, n int) []string {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	var out []string
	for sc.Scan() && len(out) < n {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		out = append(out, a.Text)
	}
	return out
}
