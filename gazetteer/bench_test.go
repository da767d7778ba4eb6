package gazetteer_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"github.com/tarikh/tarikh/internal/testshared"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

// arabicCorpus returns up to limit bytes of SaudiNewsNet article text, one
// string per article. It skips the benchmark when the corpus is absent.
func arabicCorpus(tb testing.TB, limit int) []string {
	tb.Helper()
	dir := testshared.Path(tb)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "saudinewsnet", "*.jsonl"))
	if len(files) == 0 {
		tb.Skip("saudinewsnet corpus not found")
	}
	var out []string
	n := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() && n < limit {
			var a struct{ Title, Text string }
			if json.Unmarshal(sc.Bytes(), &a) != nil {
				continue
			}
			s := a.Title + "\n\n" + a.Text
			out = append(out, s)
			n += len(s)
		}
		fh.Close()
		if n >= limit {
			break
		}
	}
	return out
}

// words returns distinct Arabic words of the texts, in first-seen order.
func corpusWords(texts []string, max int) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range texts {
		for _, w := range strings.Fields(s) {
			w = strings.Trim(w, "،.؛:\"'()«»!؟?")
			if len([]rune(w)) < 3 || seen[w] || !strings.ContainsAny(w, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي") {
				continue
			}
			seen[w] = true
			out = append(out, w)
			if len(out) >= max {
				return out
			}
		}
	}
	return out
}

// generatedYAML writes n entities whose names are pairs of corpus words and
// random letter strings, so that many first words are common text words.
func generatedYAML(n int, vocab []string) string {
	r := rand.New(rand.NewPCG(1, 2))
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	rnd := func() string {
		k := 3 + r.IntN(5)
		b := make([]rune, k)
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return string(b)
	}
	var b strings.Builder
	b.WriteString("entities:\n")
	types := []string{"person", "place", "organization"}
	for i := 0; i < n; i++ {
		var ar string
		switch i % 3 {
		case 0:
			ar = vocab[r.IntN(len(vocab))] + " " + vocab[r.IntN(len(vocab))]
		case 1:
			ar = vocab[r.IntN(len(vocab))] + " " + rnd()
		default:
			ar = rnd() + " " + rnd() + " " + vocab[r.IntN(len(vocab))]
		}
		fmt.Fprintf(&b, "  - id: gen-%d\n    type: %s\n    names:\n      en: [Generated Entity %d]\n      ar: [%q]\n", i, types[i%3], i, ar)
	}
	return b.String()
}

func builtinIndex(tb testing.TB) *gazetteer.Index {
	g, err := gazetteer.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		tb.Fatal(err)
	}
	return ix
}

func benchMatch(b *testing.B, ix *gazetteer.Index, texts []string) {
	var total int64
	for _, s := range texts {
		total += int64(len(s))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	found := 0
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range texts {
			t := textnorm.Normalize(s)
			w := gazetteer.PrepareWords(t, t.Tokenize())
			found += len(ix.Find(w))
		}
	}
	reportCPU(b, total, cpu0)
	if found == 0 {
		b.Fatal("no matches")
	}
}

// cpuTime returns the user+system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports throughput per CPU second ("cpuMB/s"), which, unlike
// MB/s, does not drop when other processes share the machine. It includes
// the garbage collector's CPU time, on any core.
func reportCPU(b *testing.B, bytes int64, cpu0 time.Duration) {
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/d.Seconds()/1e6, "cpuMB/s")
	}
}

// BenchmarkMatchBuiltin measures normalization, tokenization and matching of
// about 4 MB of SaudiNewsNet text against the built-in gazetteer.
func BenchmarkMatchBuiltin(b *testing.B) {
	texts := arabicCorpus(b, 4<<20)
	benchMatch(b, builtinIndex(b), texts)
}

// BenchmarkFindBuiltin measures Index.Find alone on the words of about
// 4 MB of SaudiNewsNet text, normalized and tokenized before the timer
// starts.
func BenchmarkFindBuiltin(b *testing.B) {
	texts := arabicCorpus(b, 4<<20)
	ix := builtinIndex(b)
	var total int64
	words := make([]*gazetteer.Words, len(texts))
	for i, s := range texts {
		t := textnorm.Normalize(s)
		words[i] = gazetteer.PrepareWords(t, t.Tokenize())
		total += int64(len(s))
	}
	b.SetBytes(total)
	b.ResetTimer()
	found := 0
	cpu0 := cpuTime()
	for b.Loop() {
		for _, w := range words {
			found += len(ix.Find(w))
		}
	}
	reportCPU(b, total, cpu0)
	if found == 0 {
		b.Fatal("no matches")
	}
}

// BenchmarkMatchGenerated50k is BenchmarkMatchBuiltin with 50,000 generated
// entities added, many of whose first words are frequent text words.
func BenchmarkMatchGenerated50k(b *testing.B) {
	texts := arabicCorpus(b, 4<<20)
	g, err := gazetteer.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	gen, _, err := gazetteer.Load(strings.NewReader(generatedYAML(50000, corpusWords(texts, 20000))), "gen.yaml")
	if err != nil {
		b.Fatal(err)
	}
	g.Merge(gen)
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		b.Fatal(err)
	}
	benchMatch(b, ix, texts)
}

// BenchmarkNormalize measures Normalize alone.
func BenchmarkNormalize(b *testing.B) {
	texts := arabicCorpus(b, 4<<20)
	var total int64
	for _, s := range texts {
		total += int64(len(s))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range texts {
			textnorm.Normalize(s)
		}
	}
	reportCPU(b, total, cpu0)
}

// BenchmarkNewIndexBuiltin measures building the index of the built-in gazetteer.
func BenchmarkNewIndexBuiltin(b *testing.B) {
	g, err := gazetteer.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := gazetteer.NewIndex(g); err != nil {
			b.Fatal(err)
		}
	}
	reportCPUPerOp(b, cpu0)
}

// TestLoad100k loads a generated file of 100,000 entities and reports time
// and memory.
func TestLoad100k(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	vocab := make([]string, 0, 5000)
	for i := 0; i < 5000; i++ {
		vocab = append(vocab, fmt.Sprintf("كلمة%c%c", 'ا'+rune(i%20), 'ب'+rune(i/20%20)))
	}
	y := generatedYAML(100000, vocab)
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	start := time.Now()
	g, diags, err := gazetteer.Load(strings.NewReader(y), "gen.yaml")
	el := time.Since(start)
	runtime.ReadMemStats(&m1)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entities) != 100000 {
		t.Fatalf("loaded %d entities", len(g.Entities))
	}
	loadAlloc := float64(m1.TotalAlloc-m0.TotalAlloc) / 1e6
	runtime.GC()
	runtime.ReadMemStats(&m0)
	loadHeap := float64(m0.HeapAlloc) / 1e6
	start = time.Now()
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		t.Fatal(err)
	}
	elIx := time.Since(start)
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	runtime.KeepAlive(ix)
	t.Logf("100k entities: %.1f MB YAML; Load %v (%d warnings), %.0f MB allocated, live heap with the gazetteer %.0f MB; NewIndex %v, %.0f MB allocated, live heap with index %.0f MB",
		float64(len(y))/1e6, el, len(diags), loadAlloc, loadHeap,
		elIx, float64(m2.TotalAlloc-m0.TotalAlloc)/1e6, float64(m1.HeapAlloc)/1e6)
}
