// Command prosebench compares English sentence splitting by prose v2
// (github.com/jdkato/prose/v2, NewDocument with segmentation only) and prose
// v3 (github.com/jdkato/prose/v3/segment, which tarikh uses) on Reuters
// articles: time per document, and whether each sentence can be located in
// the source text. It is its own module so that v2 never becomes a
// dependency of tarikh. See docs/prose.md.
//
//	cd textnorm/internal/prosebench && go run . -n 500
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	prose2 "github.com/jdkato/prose/v2"
	"github.com/jdkato/prose/v3/segment"

	"github.com/tarikh/tarikh/textnorm"
)

func sharedDir() string {
	if d := os.Getenv("TARIKH_SHARED"); d != "" {
		return d
	}
	if st, err := os.Stat("../../../../../shared"); err == nil && st.IsDir() {
		return "../../../../../shared"
	}
	return "/work/shared"
}

type stats struct {
	name      string
	times     []time.Duration
	sents     int
	located   int
	firstMiss string
}

func (s *stats) report(bytes int) {
	sort.Slice(s.times, func(i, j int) bool { return s.times[i] < s.times[j] })
	var total time.Duration
	for _, t := range s.times {
		total += t
	}
	n := len(s.times)
	fmt.Printf("%-28s mean %8.1f µs  median %8.1f µs  p99 %8.1f µs  %6.2f MB/s  sentences %5d  located %5d (%.1f%%)\n",
		s.name, float64(total.Microseconds())/float64(n), us(s.times[n/2]), us(s.times[n*99/100]),
		float64(bytes)/total.Seconds()/1e6, s.sents, s.located, 100*float64(s.located)/float64(max(s.sents, 1)))
	if s.firstMiss != "" {
		fmt.Printf("%-28s first sentence not found in the source: %q\n", "", s.firstMiss)
	}
}

func us(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e3 }

func main() {
	n := flag.Int("n", 500, "number of articles")
	flag.Parse()
	path := filepath.Join(sharedDir(), "corpus", "reuters21578", "reuters21578.jsonl")
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var docs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(docs) < *n {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) == nil && len(a.Text) > 200 {
			docs = append(docs, a.Text)
		}
	}
	bytes := 0
	for _, d := range docs {
		bytes += len(d)
	}
	fmt.Printf("%d Reuters articles, %d bytes\n", len(docs), bytes)

	v2 := &stats{name: "prose v2 NewDocument"}
	start := time.Now()
	seg3, err := segment.New()
	if err != nil {
		panic(err)
	}
	fmt.Printf("prose v3 segment.New once: %v\n", time.Since(start))
	v3 := &stats{name: "prose v3 segment"}
	sp, err := textnorm.NewSplitter()
	if err != nil {
		panic(err)
	}
	tk := &stats{name: "tarikh Normalize+Split"}
	agree, v2total := 0, 0
	for _, d := range docs {
		t0 := time.Now()
		doc, err := prose2.NewDocument(d, prose2.WithTokenization(false), prose2.WithTagging(false), prose2.WithExtraction(false), prose2.WithSegmentation(true))
		v2.times = append(v2.times, time.Since(t0))
		if err != nil {
			panic(err)
		}
		// v2 sentences carry no offsets: look each one up after the last.
		pos := 0
		v2set := map[string]bool{}
		for _, s := range doc.Sentences() {
			v2.sents++
			v2set[s.Text] = true
			if i := strings.Index(d[pos:], s.Text); i >= 0 && s.Text != "" {
				v2.located++
				pos += i + len(s.Text)
			} else if v2.firstMiss == "" {
				v2.firstMiss = s.Text
			}
		}
		v2total += len(doc.Sentences())

		t0 = time.Now()
		ss := seg3.Segment(d)
		v3.times = append(v3.times, time.Since(t0))
		for _, s := range ss {
			v3.sents++
			if s.In(d) == s.Text && s.Text != "" {
				v3.located++
			} else if v3.firstMiss == "" {
				v3.firstMiss = s.Text
			}
			if v2set[s.Text] {
				agree++
			}
		}

		t0 = time.Now()
		x := textnorm.Normalize(d)
		toks := x.Tokenize()
		sents := sp.Split(x, toks, textnorm.English)
		tk.times = append(tk.times, time.Since(t0))
		for _, s := range sents {
			tk.sents++
			if s.Start >= 0 && s.End <= x.RuneCount() && s.Start < s.End && x.Slice(s.Start, s.End) != "" {
				tk.located++
			}
		}
	}
	v2.report(bytes)
	v3.report(bytes)
	tk.report(bytes)
	fmt.Printf("v3 sentences whose text v2 also produced: %d of %d (v2 produced %d)\n", agree, v3.sents, v2total)

	// Quotes, ellipses and doubled spaces, where a rewriting segmenter drifts.
	for _, d := range []string{
		"He said \"we will stay.\" Then he left.  The talks ended.",
		"\u201cWe remain partners,\u201d Blinken said. Hussein agreed\u2026 Talks end.",
		"``Quoted,'' he said.   Next one.",
	} {
		doc, _ := prose2.NewDocument(d, prose2.WithTokenization(false), prose2.WithTagging(false), prose2.WithExtraction(false))
		fmt.Printf("\nsource %q\n", d)
		pos := 0
		for _, s := range doc.Sentences() {
			i := strings.Index(d[pos:], s.Text)
			fmt.Printf("  v2 %q found=%v\n", s.Text, i >= 0)
			if i >= 0 {
				pos += i + len(s.Text)
			}
		}
		for _, s := range seg3.Segment(d) {
			fmt.Printf("  v3 [%d,%d) %q found=%v\n", s.Start, s.End(), s.Text, s.In(d) == s.Text)
		}
	}
}
