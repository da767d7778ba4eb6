// Package bench holds tarikh's benchmark scripts (run.sh, soak.sh) and, in
// this file, in-process Go benchmarks of the tarikh commands on the real
// corpora, so that `go test -cpuprofile` can show where the time goes
// (tarikh itself has no --cpuprofile flag):
//
//	go test ./bench -run '^$' -bench . -benchtime 2x -cpuprofile /tmp/cpu.out
//	go tool pprof -top bench.test /tmp/cpu.out   # or: go tool pprof -top /tmp/cpu.out
//
// They read the corpora in place ($TARIKH_SHARED, else ../shared beside the
// repository: internal/testshared) and skip when they are absent. They are
// benchmarks only: `go test ./...` compiles them but runs none.
// TARIKH_BENCH_WORKERS sets --workers (default 1, for a readable profile).
package bench

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/internal/cli"
	"github.com/tarikh/tarikh/internal/testshared"
)

func benchCommand(b *testing.B, cmd, rel string) {
	path := testshared.Path(b, "corpus", rel)
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	workers := os.Getenv("TARIKH_BENCH_WORKERS")
	if workers == "" {
		workers = "1"
	}
	args := []string{cmd, "-q", "--workers", workers, path}
	var stderr strings.Builder
	// One untimed run first: a command that is not implemented yet exits 2.
	if code := cli.Run(context.Background(), args, cli.IO{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr}); code == 2 {
		b.Skipf("tarikh %s: %s", cmd, strings.TrimSpace(stderr.String()))
	}
	b.SetBytes(st.Size())
	b.ResetTimer()
	for b.Loop() {
		code := cli.Run(context.Background(), args, cli.IO{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard})
		if code != 0 {
			b.Fatalf("tarikh %s exited %d", cmd, code)
		}
	}
}

const (
	snnFile     = "saudinewsnet/2015-08-02.jsonl" // 4.6 MB, 1,300 articles
	reutersFile = "reuters21578/reuters21578.jsonl"
)

func BenchmarkEventsSaudiNewsNet(b *testing.B)   { benchCommand(b, "events", snnFile) }
func BenchmarkDatesSaudiNewsNet(b *testing.B)    { benchCommand(b, "dates", snnFile) }
func BenchmarkMentionsSaudiNewsNet(b *testing.B) { benchCommand(b, "mentions", snnFile) }
func BenchmarkEventsReuters(b *testing.B)        { benchCommand(b, "events", reutersFile) }
