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
//
// Its steps: the CPU profile (--cpuprofile) and the progress bar start;
// workers take jobs; one goroutine reads the articles (feed), giving each a
// place in the order channel before its job, so the results come back in
// input order; the calling goroutine collects them in that order (collect),
// counting and reporting failures and writing the rest.
func pipeline[R any](ctx context.Context, c *common, stdin io.Reader, stderr io.Writer,
	process func(context.Context, *input.Article) (R, error),
	write func(*input.Article, R) error) (runStats, error) {

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop, err := c.startCPUProfile()
	if err != nil {
		return runStats{}, err
	}
	defer stop()
	bar := startProgress(ctx, c, stderr)
	defer bar.Done()

	jobs := make(chan job[R])
	order := make(chan chan result[R], c.workers*4)
	var wg sync.WaitGroup
	for range c.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(ctx, jobs, process)
		}()
	}
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		readErr = feed(ctx, c, stdin, jobs, order)
	}()

	// bar as stderr: diagnostics clear the bar's line first.
	col := collector[R]{c: c, stderr: bar, bar: bar, write: write, cancel: cancel}
	for done := range order {
		if res, ok := <-done; ok {
			col.take(res)
		}
	}
	wg.Wait()
	if col.werr != nil {
		return col.st, col.werr
	}
	if readErr != nil {
		return col.st, readErr
	}
	return col.st, ctx.Err()
}

// startCPUProfile writes a CPU profile to c.cpuprofile until stop is
// called. With no path it does nothing, and so it does while the profile
// already runs: tarikh events starts it before its set-up (loading the
// gazetteer, the rules and the labellers takes much of a small run's
// time) and keeps it through writing the timeline, and the pipeline
// inside leaves it running.
func (c *common) startCPUProfile() (stop func(), err error) {
	if c.cpuprofile == "" || c.profiling {
		return func() {}, nil
	}
	f, err := os.Create(c.cpuprofile)
	if err != nil {
		return nil, fmt.Errorf("cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpuprofile: %w", err)
	}
	c.profiling = true
	return func() {
		pprof.StopCPUProfile()
		f.Close()
		c.profiling = false
	}, nil
}

// startProgress returns the progress bar on stderr: drawn when stderr is a
// terminal and -q is not given, with the inputs' total size (found in the
// background) once it is known.
func startProgress(ctx context.Context, c *common, stderr io.Writer) *progress.Bar {
	bar := progress.New(stderr, !c.quiet && progress.IsTerminal(stderr))
	if bar.On() {
		go func() {
			if n, ok := input.TotalSize(ctx, c.paths); ok {
				bar.SetTotal(n)
			}
		}()
	}
	return bar
}

// result is what became of one article, or a warning or error of the
// reader (a nil article).
type result[R any] struct {
	a    *input.Article
	r    R
	err  error
	warn bool
}

// job is an article to process and where its result goes.
type job[R any] struct {
	a    *input.Article
	done chan result[R]
}

// work processes jobs until the channel is closed.
func work[R any](ctx context.Context, jobs <-chan job[R], process func(context.Context, *input.Article) (R, error)) {
	for j := range jobs {
		r, err := process(ctx, j.a)
		j.done <- result[R]{a: j.a, r: r, err: err}
	}
}

// feed reads the articles of c.paths (and stdin) and, for each, puts a
// result channel in order and then the job that fills it; the reader's
// errors and warnings go in order as results already filled. It returns
// the reader's error, or ctx's when the run was stopped.
func feed[R any](ctx context.Context, c *common, stdin io.Reader, jobs chan<- job[R], order chan<- chan result[R]) error {
	// filled puts res in order as a result already known.
	filled := func(res result[R]) error {
		done := make(chan result[R], 1)
		done <- res
		select {
		case order <- done:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	enc, _ := input.ParseEncoding(c.encoding) // checked by validate
	warn := func(e *input.Error) { _ = filled(result[R]{err: e, warn: true}) }
	opt := input.Options{DCT: c.dctTime, Encoding: enc, Warn: warn, Dates: c.dates}
	return input.Walk(ctx, c.paths, stdin, opt, func(a *input.Article, e *input.Error) error {
		if e != nil {
			return filled(result[R]{err: e})
		}
		done := make(chan result[R], 1)
		select {
		case order <- done:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case jobs <- job[R]{a, done}:
		case <-ctx.Done():
			done <- result[R]{a: a, err: ctx.Err()}
			return ctx.Err()
		}
		return nil
	})
}

// collector takes the results in input order: it reports warnings and
// failures on stderr (unless -q), counts them and the articles in st, and
// writes each good result; after a write error it writes no more and
// cancels the run.
type collector[R any] struct {
	c      *common
	stderr io.Writer
	bar    *progress.Bar
	write  func(*input.Article, R) error
	cancel context.CancelFunc
	st     runStats
	werr   error
}

func (k *collector[R]) take(res result[R]) {
	switch {
	case k.werr != nil:
	case res.warn:
		if !k.c.quiet {
			fmt.Fprintf(k.stderr, "tarikh: warning: %v\n", res.err)
		}
	case res.err != nil:
		k.failed(res)
	default:
		k.st.articles++
		if res.a.DCTSource == input.DCTNone {
			k.st.noDate++
			if len(k.st.noDateDocs) < maxNamed {
				k.st.noDateDocs = append(k.st.noDateDocs, where(res.a))
			}
		}
		k.st.bytes += int64(len(res.a.Text))
		k.bar.Add(1, res.a.Bytes)
		if err := k.write(res.a, res.r); err != nil {
			k.werr = err
			k.cancel()
		}
	}
}

// failed counts and reports a failed article or input: a JSONL line (with
// its line number) or a whole file.
func (k *collector[R]) failed(res result[R]) {
	path, line := "", 0
	var ie *input.Error
	if res.a != nil {
		path, line = res.a.Path, res.a.Line
	} else if errors.As(res.err, &ie) {
		path, line = ie.Path, ie.Line
	}
	if line > 0 {
		k.st.failedLines++
		if k.st.lineFiles == nil {
			k.st.lineFiles = map[string]bool{}
		}
		k.st.lineFiles[path] = true
	} else {
		k.st.failedFiles++
	}
	if k.c.quiet {
		return
	}
	if res.a != nil {
		fmt.Fprintf(k.stderr, "tarikh: %s: %v\n", where(res.a), res.err)
	} else {
		fmt.Fprintf(k.stderr, "tarikh: %v\n", res.err)
	}
}

// maxNamed is how many articles without a date the summary names.
const maxNamed = 3

func where(a *input.Article) string {
	if a.Line > 0 {
		return fmt.Sprintf("%s:%d", a.Path, a.Line)
	}
	return a.Path
}
