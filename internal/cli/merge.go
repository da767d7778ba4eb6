package cli

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/internal/output"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/format"
)

func mergeCommand() *command {
	return &command{
		name:    "merge",
		summary: "merge per-article event files into the timeline",
		usage:   "tarikh merge [flags] FILE...",
		args:    []string{"files"},
		setup: func(fs *flagSet) runFunc {
			c := newCommon()
			fs.group("Input")
			fs.integer(&c.workers, "workers", 0, "merge `N` shards in parallel (default: the number of CPUs)")
			c.registerGazetteer(fs)
			c.registerTriggers(fs)
			c.registerFilter(fs)
			c.registerOutput(fs, format.Names()...)
			c.registerLang(fs)
			c.registerQuiet(fs)
			return func(ctx context.Context, args []string, stdio IO) int {
				c.paths = args
				return runMerge(ctx, c, stdio)
			}
		},
	}
}

func runMerge(ctx context.Context, c *common, stdio IO) int {
	if err := c.validate(); err != nil {
		return usageError(stdio.Stderr, err)
	}
	if len(c.paths) == 0 {
		return usageError(stdio.Stderr, fmt.Errorf("no input: give per-article files (tarikh events --per-article --format jsonl)"))
	}
	g, err := loadGazetteer(c, stdio.Stderr)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	lx, err := timeline.LoadLexicon(c.triggers)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	f, err := newFilter(c, g, lx.Types(), stdio.Stderr)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	s := &eventsSetup{g: g, lx: lx, filter: f}
	out, err := output.Create(c.out, stdio.Stdout)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	stop, err := c.startCPUProfile()
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	defer stop()
	defer s.close()
	m, st, err := mergeFiles(ctx, c, s, stdio)
	if m != nil {
		defer m.Close()
	}
	if err == nil {
		err = writeEvents(out, c, m, s, &st)
	}
	return finish(out, st, err, c, stdio.Stderr)
}

// perArticleRun is what the per-article files of a run hold: the articles
// (each once) and their events (each once), by their place in the run.
type perArticleRun struct {
	articles map[timeline.Order]paArticle // Index 0
	events   map[timeline.Order]timeline.Arrival
	noDate   []string
}

// paArticle is an article line of a per-article file.
type paArticle struct {
	info   format.ArticleInfo
	refs   timeline.Refs
	events int
}

func newPerArticleRun() perArticleRun {
	return perArticleRun{articles: map[timeline.Order]paArticle{}, events: map[timeline.Order]timeline.Arrival{}}
}

// mergeFiles reads the per-article files of c.paths and merges their
// events, shard by shard, into a Merger that gives the timeline.
func mergeFiles(ctx context.Context, c *common, s *eventsSetup, stdio IO) (*timeline.Merger, runStats, error) {
	var st runStats
	run := newPerArticleRun()
	bad := func(e *format.LineError) {
		st.failedLines++
		if st.lineFiles == nil {
			st.lineFiles = map[string]bool{}
		}
		st.lineFiles[e.Path] = true
		if !c.quiet {
			fmt.Fprintf(stdio.Stderr, "tarikh: %v\n", e)
		}
	}
	for _, p := range c.paths {
		if err := ctx.Err(); err != nil {
			return nil, st, err
		}
		if err := readPerArticleFile(p, stdio.Stdin, &run, bad); err != nil {
			st.failedFiles++
			if !c.quiet {
				fmt.Fprintf(stdio.Stderr, "tarikh: %v\n", err)
			}
		}
	}
	st.articles = len(run.articles)
	st.noDate = len(run.noDate)
	slices.Sort(run.noDate)
	st.noDateDocs = run.noDate[:min(len(run.noDate), maxNamed)]

	m, err := timeline.NewSpillingMerger("")
	if err != nil {
		return nil, st, err
	}
	m.SetLexicon(s.lx)
	m.SetPlaces(s.g)
	for _, a := range run.articles {
		m.AddRefs(a.refs)
	}
	for _, a := range run.events {
		m.CountSpellings(&a.Event)
	}
	for _, x := range MergeByShard(run.events, s.lx, s.g, c.workers) {
		m.Put(x)
	}
	if c.format == "jsonl" {
		// The timeline carries its reports, for the next merge.
		if s.reports, err = format.NewReportStore(""); err != nil {
			return m, st, err
		}
		for _, a := range run.articles {
			s.reports.AddArticle(a.info, a.refs, a.events)
		}
		for _, a := range run.events {
			s.reports.AddEvent(&a)
		}
	}
	return m, st, ctx.Err()
}

// MergeByShard merges events shard by shard (timeline.ShardKey) on workers
// goroutines and returns every shard's merged events.
func MergeByShard(events map[timeline.Order]timeline.Arrival, lx *timeline.Lexicon, places timeline.Places, workers int) []timeline.MergedEvent {
	shards := map[string][]timeline.Arrival{}
	for _, a := range events {
		k := timeline.ShardKey(&a.Event)
		shards[k] = append(shards[k], a)
	}
	keys := make(chan string)
	var mu sync.Mutex
	var out []timeline.MergedEvent
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range keys {
				xs := timeline.MergeShard(shards[k], lx, places)
				mu.Lock()
				out = append(out, xs...)
				mu.Unlock()
			}
		}()
	}
	for k := range shards {
		keys <- k
	}
	close(keys)
	wg.Wait()
	return out
}

// readPerArticleFile reads one per-article file ("-" is stdin; a name
// ending in .gz is gunzipped), or a timeline as JSON lines with its reports,
// into run. Its error is for a file that cannot
// be read; bad lines go to bad.
func readPerArticleFile(path string, stdin io.Reader, run *perArticleRun, bad func(*format.LineError)) error {
	var r io.Reader
	name := path
	if path == "-" {
		r, name = stdin, input.StdinName
	} else {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(r)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		defer z.Close()
		r = z
	}
	return format.ReadPerArticle(r, name, func(rec format.PerArticleRecord) error {
		if a := rec.Article; a != nil {
			k := timeline.Order{Src: a.Src, Line: a.Line}
			if _, dup := run.articles[k]; dup {
				return nil // the same article given twice counts once
			}
			run.articles[k] = paArticle{info: *a, refs: rec.Refs, events: rec.Events}
			if a.DCTSource == string(input.DCTNone) {
				run.noDate = append(run.noDate, where(&input.Article{Path: a.Src, Line: a.Line}))
			}
			return nil
		}
		run.events[rec.Event.Order] = *rec.Event
		return nil
	}, bad)
}
