package temporal

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/textnorm"
)

type benchDoc struct {
	t    *textnorm.Text
	toks []textnorm.Token
	dct  time.Time
	n    int
}

// loadCorpus reads up to limit bytes of article text from saudinewsnet.
func loadCorpus(b *testing.B, limit int) []benchDoc {
	dir := testshared.Path(b, "corpus", "saudinewsnet")
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if len(files) == 0 {
		b.Skipf("no corpus in %s", dir)
	}
	var docs []benchDoc
	total := 0
	for _, fn := range files {
		f, err := os.Open(fn)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() && total < limit {
			var a struct {
				Date, Text string
			}
			if json.Unmarshal(sc.Bytes(), &a) != nil {
				continue
			}
			d, _ := time.Parse(time.DateOnly, a.Date)
			t := textnorm.Normalize(a.Text)
			docs = append(docs, benchDoc{t: t, toks: t.Tokenize(), dct: d, n: len(a.Text)})
			total += len(a.Text)
		}
		f.Close()
		if total >= limit {
			break
		}
	}
	return docs
}

// BenchmarkFind measures the recognizer alone (text already normalized and
// tokenized) on saudinewsnet articles; MB/s counts article bytes.
//
//	go test -run '^$' -bench Find -benchmem ./extract/temporal/
func BenchmarkFind(b *testing.B) {
	docs := loadCorpus(b, 20<<20)
	var bytes int64
	for _, d := range docs {
		bytes += int64(d.n)
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	found := 0
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			found += len(testRec.Find(d.t, d.toks, textnorm.Arabic, d.dct))
		}
	}
	reportCPU(b, bytes, cpu0)
	b.ReportMetric(float64(found)/float64(b.N), "timexes/op")
}

// BenchmarkArticleDate measures ArticleDate, the scan of an article's lead
// for its own date that runs before Find, on the same articles.
//
//	go test -run '^$' -bench ArticleDate ./extract/temporal/
func BenchmarkArticleDate(b *testing.B) {
	docs := loadCorpus(b, 20<<20)
	var bytes int64
	for _, d := range docs {
		bytes += int64(d.n)
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	moved := 0
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, ok := testRec.ArticleDate(d.t, d.toks, textnorm.Arabic, d.dct, ""); ok {
				moved++
			}
		}
	}
	reportCPU(b, bytes, cpu0)
	b.ReportMetric(float64(moved)/float64(b.N), "moved/op")
}

// BenchmarkPipeline adds normalization and tokenization, as tarikh dates runs.
func BenchmarkPipeline(b *testing.B) {
	docs := loadCorpus(b, 20<<20)
	var bytes int64
	for _, d := range docs {
		bytes += int64(d.n)
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			t := textnorm.Normalize(d.t.Orig)
			testRec.Find(t, t.Tokenize(), textnorm.Arabic, d.dct)
		}
	}
	reportCPU(b, bytes, cpu0)
}

// cpuSeconds is the process's user+system CPU time. On a shared machine
// wall-clock MB/s depends on the neighbours; MB per CPU-second is the
// per-core throughput (it includes GC work on other threads, so it is a
// conservative figure).
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

func reportCPU(b *testing.B, bytes int64, cpu0 float64) {
	if d := cpuSeconds() - cpu0; d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d, "MB/cpu-s")
	}
}
