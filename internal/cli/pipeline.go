package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"sync"

	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/internal/progress"
)

// pipeline reads every article of c.paths, processes them on c.workers
// goroutines, and hands the results to write in input order, so the output
// does not depend on the number of workers. A bad article is reported on
// stderr and skipped; a warning is reported and changes nothing. A progress
// bar is drawn on stderr when it is a terminal and -q is not given.
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

	bar := progress.New(stderr, !c.quiet && progress.IsTerminal(stderr))
	defer bar.Done()
	if bar.On() {
		go func() {
			if n, ok := input.TotalSize(ctx, c.paths); ok {
				bar.SetTotal(n)
			}
		}()
	}
	stderr = bar // diagnostics clear the bar's line first

	type result struct {
		a    *input.Article
		r    R
		err  error
		warn bool
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
				j.done <- result{a: j.a, r: r, err: err}
			}
		}()
	}

	var st runStats
	var readErr error
	enc, _ := input.ParseEncoding(c.encoding) // checked by validate
	warn := func(e *input.Error) {
		done := make(chan result, 1)
		done <- result{err: e, warn: true}
		select {
		case order <- done:
		case <-ctx.Done():
		}
	}
	go func() {
		defer close(order)
		defer close(jobs)
		opt := input.Options{DCT: c.dctTime, Encoding: enc, Warn: warn, Dates: c.dates}
		readErr = input.Walk(ctx, c.paths, stdin, opt, func(a *input.Article, e *input.Error) error {
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
		if res.warn {
			if !c.quiet {
				fmt.Fprintf(stderr, "tarikh: warning: %v\n", res.err)
			}
			continue
		}
		if res.err != nil {
			path, line := "", 0
			var ie *input.Error
			if res.a != nil {
				path, line = res.a.Path, res.a.Line
			} else if errors.As(res.err, &ie) {
				path, line = ie.Path, ie.Line
			}
			if line > 0 {
				st.failedLines++
				if st.lineFiles == nil {
					st.lineFiles = map[string]bool{}
				}
				st.lineFiles[path] = true
			} else {
				st.failedFiles++
			}
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
		if res.a.DCTSource == input.DCTNone {
			st.noDate++
			if len(st.noDateDocs) < maxNamed {
				st.noDateDocs = append(st.noDateDocs, where(res.a))
			}
		}
		st.bytes += int64(len(res.a.Text))
		bar.Add(1, res.a.Bytes)
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

// maxNamed is how many articles without a date the summary names.
const maxNamed = 3

func where(a *input.Article) string {
	if a.Line > 0 {
		return fmt.Sprintf("%s:%d", a.Path, a.Line)
	}
	return a.Path
}
