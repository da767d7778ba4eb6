package gazetteer_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/tarikh/tarikh/gazetteer"
)

// TestBuiltinLoadTime logs how long loading and indexing the built-in
// gazetteer takes, wall and CPU (it asserts nothing: speed is measured, not
// tested; see BenchmarkBuiltinLoadAndIndex).
func TestBuiltinLoadTime(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for range 3 {
		c0, w0 := cpuTime(), time.Now()
		g, err := gazetteer.Builtin()
		if err != nil {
			t.Fatal(err)
		}
		c1, w1 := cpuTime(), time.Now()
		if _, err := gazetteer.NewIndex(g); err != nil {
			t.Fatal(err)
		}
		c2, w2 := cpuTime(), time.Now()
		t.Logf("%d entities: Builtin %v wall, %v CPU; NewIndex %v wall, %v CPU", len(g.Entities), w1.Sub(w0).Round(time.Millisecond), (c1 - c0).Round(time.Millisecond), w2.Sub(w1).Round(time.Millisecond), (c2 - c1).Round(time.Millisecond))
	}
}

// BenchmarkBuiltinLoadAndIndex measures what a run pays before it reads
// its first article: Builtin and NewIndex. Besides wall time it reports
// "cpu-ms/op", the process's CPU time (user and system, the garbage
// collector's included, on any core) per load, which other processes
// sharing the machine inflate far less than wall time.
func BenchmarkBuiltinLoadAndIndex(b *testing.B) {
	cpu0 := cpuTime()
	for b.Loop() {
		g, err := gazetteer.Builtin()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := gazetteer.NewIndex(g); err != nil {
			b.Fatal(err)
		}
	}
	reportCPUPerOp(b, cpu0)
}

// reportCPUPerOp reports the CPU time per operation since cpu0 ("cpu-ms/op").
func reportCPUPerOp(b *testing.B, cpu0 time.Duration) {
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(d.Seconds()*1000/float64(b.N), "cpu-ms/op")
	}
}

// TestBuiltinHeap logs the live heap the built-in gazetteer and its index
// hold, the gazetteer's share of a run's memory (it asserts nothing).
func TestBuiltinHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	var m0, m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	g, err := gazetteer.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&m2)
	runtime.KeepAlive(ix)
	t.Logf("live heap: gazetteer %.1f MB (%d entities), index %.1f MB more; %.1f MB allocated to build both",
		float64(m1.HeapAlloc-m0.HeapAlloc)/1e6, len(g.Entities), float64(m2.HeapAlloc-m1.HeapAlloc)/1e6, float64(m2.TotalAlloc-m0.TotalAlloc)/1e6)
}
