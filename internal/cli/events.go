package cli

import (
	"context"
	"io"
	"strings"

	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/internal/output"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/format"
)

// eventsUsage is the help of tarikh events; its formats come from the
// registry in timeline/format.
func eventsUsage() string {
	return `Usage: tarikh events [flags] [PATH|-]...

The main job: many articles in, one chronological timeline out. An event is
a clause that a resolved date governs and that names at least one gazetteer
entity; the same event told by several articles is one row, with the
articles counted in sources and listed in docs.

Writes CSV with the header
  ` + strings.Join(format.CSVHeader, ",") + `
(date is TIMEX3-style: 2024-03-26, 2024-01, 2024; lists are ;-separated
canonical English names; text is the evidence sentence as written; urls
are the articles' addresses (JSONL url, HTML canonical link) in the order
of docs).
--lang ar labels headlines in Arabic. Formats (--format):
` + format.Help("  ") + `
Examples:
  tarikh events examples/
  tarikh events --dct 2024-03-26 article.txt -o timeline.csv
  tarikh events --format timelinejs --lang ar news.jsonl -o timeline-js.csv
  tarikh events --triggers my-triggers.yaml --gazetteer my.yaml corpus/
`
}

// eventsRun holds what `events` and `chart` share: the extractor and the
// assembler built from the flags.
type eventsRun struct {
	c   *common
	asm *timeline.Assembler
}

func newEventsRun(c *common, stdio IO) (*eventsRun, func(context.Context, *input.Article) ([]timeline.Event, error), error) {
	x, err := newExtractor(c, stdio.Stderr)
	if err != nil {
		return nil, nil, err
	}
	lx, err := timeline.LoadLexicon(c.triggers)
	if err != nil {
		return nil, nil, err
	}
	asm := timeline.NewAssembler(lx, c.lang)
	process := func(ctx context.Context, a *input.Article) ([]timeline.Event, error) {
		d, err := x.Analyze(ctx, a.Text, a.DCT)
		if err != nil {
			return nil, err
		}
		evs := asm.Events(d, a.ID)
		if a.URL != "" {
			for i := range evs {
				evs[i].URLs = []string{a.URL}
			}
		}
		return evs, nil
	}
	return &eventsRun{c: c, asm: asm}, process, nil
}

// collectEvents runs the pipeline and returns the merger holding the events
// (the caller closes it) and the lexicon.
func collectEvents(ctx context.Context, c *common, stdio IO) (*timeline.Merger, *timeline.Lexicon, runStats, error) {
	run, process, err := newEventsRun(c, stdio)
	if err != nil {
		return nil, nil, runStats{}, &configError{err}
	}
	m, err := timeline.NewSpillingMerger("")
	if err != nil {
		return nil, nil, runStats{}, err
	}
	m.SetLexicon(run.asm.Lexicon())
	st, err := pipeline(ctx, c, stdio.Stdin, stdio.Stderr, process, func(a *input.Article, evs []timeline.Event) error {
		m.Add(evs)
		return nil
	})
	return m, run.asm.Lexicon(), st, err
}

// configError marks an error in the flags or configuration files (exit 2).
type configError struct{ err error }

func (e *configError) Error() string { return e.err.Error() }
func (e *configError) Unwrap() error { return e.err }

func runEvents(ctx context.Context, args []string, stdio IO) int {
	var c common
	fs := newFlagSet("events", eventsUsage(), stdio.Stderr)
	c.register(fs, strings.Join(format.Names(), ", "))
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return ExitUsage
	}
	c.paths = paths
	if err := c.validate(format.Names()...); err != nil {
		return usageError(stdio.Stderr, err)
	}
	m, lx, st, err := collectEvents(ctx, &c, stdio)
	if cerr, ok := err.(*configError); ok {
		return usageError(stdio.Stderr, cerr.err)
	}
	if m != nil {
		defer m.Close()
	}
	out, oerr := output.Create(c.out, stdio.Stdout)
	if oerr != nil {
		return usageError(stdio.Stderr, oerr)
	}
	if err == nil {
		err = writeEvents(out, &c, m, lx)
	}
	return finish(out, st, err, &c, stdio.Stderr)
}

// writeEvents writes the merged events in c.format, each headlined in c.lang.
func writeEvents(out io.Writer, c *common, m *timeline.Merger, lx *timeline.Lexicon) error {
	f, err := format.Lookup(c.format)
	if err != nil {
		return err
	}
	w, err := f.New(out, format.Options{Lang: c.lang, BOM: c.bom, Lexicon: lx})
	if err != nil {
		return err
	}
	err = m.Each(func(e *timeline.Event) error {
		e.Headline = lx.Headline(e, c.lang)
		return w.Write(e)
	})
	if err != nil {
		return err
	}
	return w.Close()
}
