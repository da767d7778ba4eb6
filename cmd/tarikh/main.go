// Command tarikh turns news articles into a dated event timeline.
// See 'tarikh --help'.
package main

import (
	"context"
	"math"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/metrics"
	"syscall"
	"time"

	"github.com/tarikh/tarikh/internal/cli"
)

// gcPercent trades memory for speed: tarikh's live heap is small (tens of
// MB on a 100 MB corpus), and collecting less often than the default 100 is
// faster. At 300 the heap grew to four times the live data (peak RSS ~300
// MB on SaudiNewsNet, the budget); at 200 it is three times, and the
// collector still takes about 1-2% of the CPU (GODEBUG=gctrace=1). GOGC in
// the environment still decides when it is set.
const gcPercent = 200

// memoryLimit caps the heap that gcPercent lets grow: with name discovery
// the live heap at the end of all of SaudiNewsNet was ~97 MB (session 8;
// 109-119 MB in session 11), and three times
// that took the peak RSS to 311-325 MB, over the 300 MB budget. Under the
// limit the collector runs as often as it must to stay below it; while the
// live heap is less than a third of it, that is no more often than
// gcPercent says. GOMEMLIMIT in the environment still decides when it is
// set.
const memoryLimit = 240 << 20

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
		go liftLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
	stop()
	os.Exit(code)
}

// liftLimit lifts the memory limit once the live heap passes three quarters
// of it (a corpus much larger than SaudiNewsNet, whose merger keeps more
// events): the collector would otherwise run almost without pause to keep
// under it, up to half the CPU. From then on gcPercent alone paces it, as
// without a limit. At half the limit (120 MiB) the end of all of
// SaudiNewsNet, whose live heap now reaches 109-119 MB (GODEBUG=gctrace=1),
// crossed it in about half the runs and the peak RSS jumped from 245 to
// 358-394 MB; with the heap at three quarters of the limit the collector
// still has a quarter of it (60 MiB) to grow into between cycles.
func liftLimit(limit int64) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	for range time.Tick(time.Second) {
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > uint64(limit/4*3) {
			debug.SetMemoryLimit(math.MaxInt64)
			return
		}
	}
}
