package timeline

import (
	"bufio"
	"context"
	"encoding/json"
	"github.com/tarikh/tarikh/internal/testshared"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/gazetteer"
)

type benchArticle struct {
	text string
	dct  time.Time
}

// loadNews reads about max bytes of SaudiNewsNet articles, or skips.
func loadNews(b *testing.B, max int) ([]benchArticle, int) {
	b.Helper()
	return loadDay(b, "2015-08-02.jsonl", max)
}

// loadDay reads about max bytes of the articles of a SaudiNewsNet day (its
// file name), or skips.
func loadDay(b testing.TB, day string, max int) ([]benchArticle, int) {
	b.Helper()
	f, err := os.Open(testshared.Path(b, "corpus", "saudinewsnet", day))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var arts []benchArticle
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && n < max {
		var j struct{ Date, Title, Text string }
		if json.Unmarshal(sc.Bytes(), &j) != nil {
			continue
		}
		d, _ := time.Parse(time.DateOnly, j.Date)
		t := j.Title + "\n\n" + j.Text
		arts = append(arts, benchArticle{t, d})
		n += len(t)
	}
	return arts, n
}

// analyzedNews analyzes about max bytes of SaudiNewsNet articles (loadNews)
// with the built-in gazetteer and the default lexicon, or skips: the
// documents, their bytes, the gazetteer and the lexicon.
func analyzedNews(b *testing.B, max int) ([]*extract.Document, int, *gazetteer.Gazetteer, *Lexicon) {
	b.Helper()
	arts, n := loadNews(b, max)
	docs, g, lx := analyzeArticles(b, arts)
	return docs, n, g, lx
}

// analyzedDay is analyzedNews for about max bytes of another SaudiNewsNet
// day: its documents.
func analyzedDay(tb testing.TB, day string, max int) []*extract.Document {
	tb.Helper()
	arts, _ := loadDay(tb, day, max)
	docs, _, _ := analyzeArticles(tb, arts)
	return docs
}

// analyzeArticles analyzes arts with the built-in gazetteer: the documents,
// the gazetteer and the default lexicon.
func analyzeArticles(b testing.TB, arts []benchArticle) ([]*extract.Document, *gazetteer.Gazetteer, *Lexicon) {
	b.Helper()
	g, err := gazetteer.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		b.Fatal(err)
	}
	rec, err := temporal.New()
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New(ix, rec)
	if err != nil {
		b.Fatal(err)
	}
	lx, err := LoadLexicon("")
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*extract.Document, len(arts))
	for i, a := range arts {
		if docs[i], err = x.Analyze(context.Background(), a.text, a.dct); err != nil {
			b.Fatal(err)
		}
	}
	return docs, g, lx
}

// BenchmarkArticleToEvents measures the whole per-article path on real
// Arabic news: normalize, tokenize, split, match the built-in gazetteer,
// find and resolve dates, assemble events (one core).
func BenchmarkArticleToEvents(b *testing.B) {
	arts, n := loadNews(b, 2<<20)
	g, err := gazetteer.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		b.Fatal(err)
	}
	rec, err := temporal.New()
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New(ix, rec)
	if err != nil {
		b.Fatal(err)
	}
	lx, err := LoadLexicon("")
	if err != nil {
		b.Fatal(err)
	}
	asm := NewAssembler(lx, "en")
	ctx := context.Background()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	events := 0
	for b.Loop() {
		for _, a := range arts {
			d, err := x.Analyze(ctx, a.text, a.dct)
			if err != nil {
				b.Fatal(err)
			}
			events += len(asm.Events(d, "doc"))
		}
	}
	b.ReportMetric(float64(events)/float64(b.N), "events/op")
}

// BenchmarkAssemble measures the assembler alone (Assembler.Events on
// documents analysed once beforehand), the part of the path the event rules
// change; bytes are the articles' text.
func BenchmarkAssemble(b *testing.B) {
	docs, n, _, lx := analyzedNews(b, 2<<20)
	asm := NewAssembler(lx, "en")
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	events := 0
	for b.Loop() {
		for _, d := range docs {
			events += len(asm.Events(d, "doc"))
		}
	}
	b.ReportMetric(float64(events)/float64(b.N), "events/op")
}

// BenchmarkMergeScore measures what the importance score adds to the path
// after analysis: assembling and merging a day's documents with events
// only (Events, Add) and with the articles' references (Report, AddReport),
// then scoring every event (Each). bytes are the articles' text.
func BenchmarkMergeScore(b *testing.B) {
	docs, n, _, lx := analyzedNews(b, 2<<20)
	asm := NewAssembler(lx, "en")
	for _, withRefs := range []bool{false, true} {
		name := "events"
		if withRefs {
			name = "report"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				m := NewMerger()
				m.SetLexicon(lx)
				for i, d := range docs {
					doc := strconv.Itoa(i)
					if withRefs {
						m.AddReport(asm.Report(d, doc))
					} else {
						m.Add(asm.Events(d, doc))
					}
				}
				if err := m.Each(func(*Event) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
