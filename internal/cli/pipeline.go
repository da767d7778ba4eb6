package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"sync"

	"github.com/tarikh/tarikh/input"
)

// runStats counts what a run read.
type runStats struct {
	articles int
	failed   int
	bytes    int64
}

// pipeline reads every article of c.paths, processes them on c.workers
// goroutines, and hands the results to write in input order, so the output
// does not depend on the number of workers. A bad article is reported on
// stderr and skipped.
func pipeline[R any](ctx context.Context, c *common, stdin io.Reader, stderr io.Writer,
	process func(context.Context, *input.Article) (R, error),
	write func(*input.Article, R) error) (runStats, error) {

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if c.cpuprofile != "" {
		f, err := os.Create(c.cpuprofile)
		if err != nil {
			return runStats{}, fmt.Errorf("cpuprofile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return runStats{}, fmt.Errorf("cpuprofile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}

	type result struct {
		a   *input.Article
		r   R
		err error
	}
	type job struct {
		a    *input.Article
		done chan result
	}
	jobs := make(chan job)
	order := make(chan chan result, c.workers*4)
	var wg sync.WaitGroup
	for range c.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r, err := process(ctx, j.a)
				j.done <- result{j.a, r, err}
			}
		}()
	}

	var st runStats
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		readErr = input.Walk(ctx, c.paths, stdin, input.Options{DCT: c.dctTime}, func(a *input.Article, e *input.Error) error {
			if e != nil {
				done := make(chan result, 1)
				done <- result{err: e}
				select {
				case order <- done:
				case <-ctx.Done():
					return ctx.Err()
				}
				return nil
			}
			done := make(chan result, 1)
			select {
			case order <- done:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{a, done}:
			case <-ctx.Done():
				done <- result{a: a, err: ctx.Err()}
				return ctx.Err()
			}
			return nil
		})
	}()

	var werr error
	for done := range order {
		res, ok := <-done
		if !ok || werr != nil {
			continue
		}
		if res.err != nil {
			st.failed++
			if !c.quiet {
				if res.a != nil {
					fmt.Fprintf(stderr, "tarikh: %s: %v\n", where(res.a), res.err)
				} else {
					fmt.Fprintf(stderr, "tarikh: %v\n", res.err)
				}
			}
			continue
		}
		st.articles++
		st.bytes += int64(len(res.a.Text))
		if err := write(res.a, res.r); err != nil {
			werr = err
			cancel()
		}
	}
	wg.Wait()
	if werr != nil {
		return st, werr
	}
	if readErr != nil {
		return st, readErr
	}
	return st, ctx.Err()
}

func where(a *input.Article) string {
	if a.Line > 0 {
		return fmt.Sprintf("%s:%d", a.Path, a.Line)
	}
	return a.Path
}
