package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/tarikh/tarikh"
	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/internal/output"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
	"github.com/tarikh/tarikh/timeline/format"
)

// eventsAbout is the help of tarikh events; its header and formats come
// from the registry in timeline/format.
func eventsAbout() string {
	return `The main job: many articles in, one chronological timeline out. An event is
a clause that a resolved date governs and that names at least one gazetteer
entity; the same event told by several articles is one row, with the
articles counted in sources and listed in docs. The filters keep the merged
events that pass them all.

Writes CSV with the header
  ` + strings.Join(format.CSVHeader, ",") + `
(date is TIMEX3-style: 2024-03-26, 2024-01, 2024; lists are ;-separated
canonical English names; text is the evidence sentence as written; urls
are the articles' addresses (JSONL url, HTML canonical link) in the order
of docs; importance, 0-100, says how much the articles make of the event:
how many tell it and where, how many mention its date with its
participants, how often its participants appear). --top N keeps the N most
important events that the other filters keep, in date order: with
--entity, the key events of one person's or organization's story.
--lang ar labels headlines in Arabic. --per-article --format jsonl writes
each article's events before the merge across articles (the schema is
docs/per-article.md); tarikh merge merges such files into the timeline.
Formats (--format):
` + format.Help("  ")
}

func eventsCommand() *command {
	return &command{
		name:    "events",
		summary: "dated, deduplicated events as CSV, TimelineJS or JSONL",
		usage:   "tarikh events [flags] [PATH|-]...",
		about:   eventsAbout(),
		args:    []string{"files"},
		setup: func(fs *flagSet) runFunc {
			c := newCommon()
			c.registerInput(fs)
			c.registerGazetteer(fs)
			c.registerDiscovery(fs, extract.DiscoverDated)
			c.registerTriggers(fs)
			c.registerFilter(fs)
			c.registerOutput(fs, format.Names()...)
			var perArticle bool
			fs.boolean(&perArticle, "per-article", "write each article's events before any merge across articles (with --format jsonl), for tarikh merge")
			c.registerLang(fs)
			c.registerQuiet(fs)
			return func(ctx context.Context, args []string, stdio IO) int {
				c.paths = args
				if perArticle {
					return runPerArticle(ctx, c, stdio)
				}
				return runEvents(ctx, c, stdio)
			}
		},
	}
}

// eventsSetup is what finding events needs, built from the flags: the
// gazetteer, the lexicon, the extractor and assembler, and the filter.
type eventsSetup struct {
	g      *gazetteer.Gazetteer
	lx     *timeline.Lexicon
	x      *extract.Extractor
	asm    *timeline.Assembler
	filter *timeline.Filter
	// articleDates are the dates of the articles read (collectEvents fills
	// it; the chart marks them).
	articleDates []time.Time
	// reports keeps the per-article lines of the run for a timeline
	// written as JSON lines (nil for other formats): tarikh merge can
	// take it again.
	reports *format.ReportStore
	// scratch holds *extract.Scratch between articles: report is done with
	// an article's Document when it returns.
	scratch sync.Pool
}

// close releases what the setup holds beyond the run.
func (s *eventsSetup) close() {
	if s.reports != nil {
		s.reports.Close()
	}
}

// newEventsSetup builds the setup; its errors are configuration errors
// (exit 2). Notes on the filter go to stderr unless -q.
func newEventsSetup(c *common, stderr io.Writer) (*eventsSetup, error) {
	// The lexicon loads beside the gazetteer and the extractor.
	type loaded struct {
		lx  *timeline.Lexicon
		err error
	}
	lxc := make(chan loaded, 1)
	go func() {
		lx, err := timeline.LoadLexicon(c.triggers)
		lxc <- loaded{lx, err}
	}()
	g, err := loadGazetteer(c, stderr)
	var x *extract.Extractor
	if err == nil {
		x, err = newExtractor(c, g)
	}
	l := <-lxc
	if err != nil {
		return nil, err
	}
	if l.err != nil {
		return nil, l.err
	}
	lx := l.lx
	f, err := newFilter(c, g, lx.Types(), stderr)
	if err != nil {
		return nil, err
	}
	return &eventsSetup{g: g, lx: lx, x: x, asm: timeline.NewAssembler(lx, c.lang), filter: f}, nil
}

// newFilter builds the filter of the flags and writes its notes.
func newFilter(c *common, g *gazetteer.Gazetteer, types []string, stderr io.Writer) (*timeline.Filter, error) {
	f, notes, err := timeline.NewFilter(c.filter, g, types)
	if !c.quiet {
		for _, n := range notes {
			fmt.Fprintf(stderr, "tarikh: note: %s\n", n)
		}
	}
	return f, err
}

// runPerArticle writes each article's events, unmerged, in the per-article
// JSONL schema (format.PerArticleWriter).
func runPerArticle(ctx context.Context, c *common, stdio IO) int {
	if err := c.validate(); err != nil {
		return usageError(stdio.Stderr, err)
	}
	if c.format != "jsonl" {
		return usageError(stdio.Stderr, fmt.Errorf("--per-article writes JSON lines: give --format jsonl (not %s)", c.format))
	}
	if len(c.entities)+len(c.types) > 0 || c.filter.Since != "" || c.filter.Until != "" || c.filter.Status != "" || c.top > 0 {
		return usageError(stdio.Stderr, fmt.Errorf("--per-article writes every event before the merge: give the filters and --top to tarikh merge"))
	}
	s, err := newEventsSetup(c, stdio.Stderr)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	out, err := output.Create(c.out, stdio.Stdout)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	w := format.NewPerArticleWriter(out)
	st, err := pipeline(ctx, c, stdio.Stdin, stdio.Stderr, s.report, func(a *input.Article, r timeline.Report) error {
		return w.Write(articleInfo(a), r)
	})
	if err == nil {
		err = w.Close()
	}
	return finish(out, st, err, c, stdio.Stderr)
}

// articleInfo is what the per-article lines say of article a.
func articleInfo(a *input.Article) format.ArticleInfo {
	return format.ArticleInfo{Doc: a.ID, Src: a.Path, Line: a.Line, URL: a.URL, Title: a.Title,
		DCT: a.DCT, DCTSource: string(a.DCTSource)}
}

// report finds the events of one article and what it refers to.
func (s *eventsSetup) report(ctx context.Context, a *input.Article) (timeline.Report, error) {
	sc, _ := s.scratch.Get().(*extract.Scratch)
	if sc == nil {
		sc = new(extract.Scratch)
	}
	_, r, err := tarikh.ReportReusing(ctx, s.x, s.asm, a, sc)
	s.scratch.Put(sc)
	return r, err
}

// collectEvents runs the pipeline and returns the merger holding the events
// (the caller closes it). For a timeline as JSON lines, s.reports keeps the
// articles' own events and the merged events their places in the run, so
// that the timeline carries its reports (the caller closes s).
func collectEvents(ctx context.Context, c *common, s *eventsSetup, stdio IO) (*timeline.Merger, runStats, error) {
	m, err := timeline.NewSpillingMerger("")
	if err != nil {
		return nil, runStats{}, err
	}
	m.SetLexicon(s.lx)
	m.SetPlaces(s.g)
	if c.format == "jsonl" {
		if s.reports, err = format.NewReportStore(""); err != nil {
			return m, runStats{}, err
		}
		m.KeepReports()
	}
	st, err := pipeline(ctx, c, stdio.Stdin, stdio.Stderr, s.report, func(a *input.Article, r timeline.Report) error {
		s.articleDates = append(s.articleDates, a.DCT)
		if s.reports == nil {
			m.AddReport(r)
			return nil
		}
		s.reports.Add(articleInfo(a), r)
		m.AddReportAt(r, a.Path, a.Line)
		return nil
	})
	return m, st, err
}

// eachEvent calls fn with each merged event the filter keeps (the --top
// most important of them when --top is given), headline filled in, and
// counts them in st.
func eachEvent(m *timeline.Merger, c *common, s *eventsSetup, st *runStats, fn func(*timeline.Event) error) error {
	st.unit = "events"
	return m.EachTop(c.top, s.filter.Keep, func(e *timeline.Event) error {
		st.written++
		if e.Sources > 1 {
			st.multi++
		}
		e.Headline = s.lx.Headline(e, c.lang)
		return fn(e)
	})
}

func runEvents(ctx context.Context, c *common, stdio IO) int {
	if err := c.validate(); err != nil {
		return usageError(stdio.Stderr, err)
	}
	stop, err := c.startCPUProfile() // the set-up and the writing too
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	defer stop()
	s, err := newEventsSetup(c, stdio.Stderr)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	out, err := output.Create(c.out, stdio.Stdout)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	defer s.close()
	m, st, err := collectEvents(ctx, c, s, stdio)
	if m != nil {
		defer m.Close()
	}
	if err == nil {
		err = writeEvents(out, c, m, s, &st)
	}
	return finish(out, st, err, c, stdio.Stderr)
}

// writeEvents writes the merged events the filter keeps in c.format, each
// headlined in c.lang.
func writeEvents(out io.Writer, c *common, m *timeline.Merger, s *eventsSetup, st *runStats) error {
	f, err := format.Lookup(c.format)
	if err != nil {
		return err
	}
	o := format.Options{Lang: c.lang, BOM: c.bom, Lexicon: s.lx,
		Chart: chart.Options{Entity: chartEntities(s.g), ArticleDates: s.articleDates}, Reports: s.reports}
	w, err := f.New(out, o)
	if err != nil {
		return err
	}
	err = eachEvent(m, c, s, st, func(e *timeline.Event) error {
		if f.Name == "html" {
			e.Headline = "" // the chart says what happened in its own words
		}
		return w.Write(e)
	})
	if err != nil {
		return err
	}
	return w.Close()
}
