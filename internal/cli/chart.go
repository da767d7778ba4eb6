package cli

import (
	"context"
	"errors"
	"fmt"
	"github.com/tarikh/tarikh/extract"
	"io"
	"os"

	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/internal/output"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
	"github.com/tarikh/tarikh/timeline/format"
)

func chartCommand() *command {
	return &command{
		name:    "chart",
		summary: "a self-contained HTML timeline chart",
		usage:   "tarikh chart [flags] [PATH|-]... -o timeline.html\ntarikh chart --from events.csv [flags] -o timeline.html",
		args:    []string{"files"},
		setup: func(fs *flagSet) runFunc {
			c := newCommon()
			var o chartOptions
			c.registerInput(fs)
			fs.str(&o.from, "from", "", "draw the events CSV `FILE` written by tarikh events (- for stdin) instead of reading articles")
			c.registerGazetteer(fs)
			c.registerDiscovery(fs, extract.DiscoverDated)
			c.registerTriggers(fs)
			c.registerFilter(fs)
			c.registerOutput(fs, "html")
			c.registerLang(fs)
			fs.str(&o.group, "group", chart.ByType, "lanes by `KIND`: type, person, place or organization",
				"type", "person", "place", "organization")
			fs.str(&o.title, "title", "", "page `TITLE` (default: \"Timeline\" in the --lang)")
			c.registerQuiet(fs)
			return func(ctx context.Context, args []string, stdio IO) int {
				c.paths = args
				return runChart(ctx, c, &o, stdio)
			}
		},
	}
}

type chartOptions struct {
	from, group, title string
}

func runChart(ctx context.Context, c *common, o *chartOptions, stdio IO) int {
	if o.from != "" && len(c.paths) > 0 {
		return usageError(stdio.Stderr, fmt.Errorf("give --from FILE or article paths, not both"))
	}
	if o.from != "" {
		c.paths = []string{o.from} // validate wants an input; --from is it
	}
	if err := c.validate(); err != nil {
		return usageError(stdio.Stderr, err)
	}
	opts := chart.Options{Group: o.group, Lang: c.lang, Title: o.title}
	if err := opts.Validate(); err != nil {
		return usageError(stdio.Stderr, fmt.Errorf("bad --group %q: want type, person, place or organization", o.group))
	}
	var s *eventsSetup
	var err error
	if o.from == "" {
		s, err = newEventsSetup(c, stdio.Stderr)
	} else {
		s, err = csvSetup(c, stdio.Stderr)
	}
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	out, err := output.Create(c.out, stdio.Stdout)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	var events []timeline.Event
	var st runStats
	if o.from != "" {
		events, st, err = readEventsCSV(o.from, stdio.Stdin, s.filter, c.top, c.quiet, stdio.Stderr)
	} else {
		events, st, err = eventsForChart(ctx, c, s, stdio)
	}
	if err == nil {
		opts.Entity = chartEntities(s.g)
		opts.ArticleDates = s.articleDates
		if o.from != "" {
			chartHeadlines(events, s.lx, opts.Entity)
		}
		err = writeChart(out, events, format.Options{Lang: c.lang, Lexicon: s.lx, Chart: opts})
	}
	return finish(out, st, err, c, stdio.Stderr)
}

// csvSetup is the setup for drawing a CSV: the lexicon (for type labels),
// the filter, and the gazetteer (the names and aliases of the CSV's
// entities, which --entity and the chart's search need).
func csvSetup(c *common, stderr io.Writer) (*eventsSetup, error) {
	g, err := loadGazetteer(c, stderr)
	if err != nil {
		return nil, err
	}
	lx, err := timeline.LoadLexicon(c.triggers)
	if err != nil {
		return nil, err
	}
	// The types of a CSV are whatever it holds: edited rows may have new ones.
	f, err := newFilter(c, g, nil, stderr)
	if err != nil {
		return nil, err
	}
	return &eventsSetup{g: g, lx: lx, filter: f}, nil
}

// writeChart writes events with the html format.
func writeChart(out io.Writer, events []timeline.Event, o format.Options) error {
	f, err := format.Lookup("html")
	if err != nil {
		return err
	}
	w, err := f.New(out, o)
	if err != nil {
		return err
	}
	for i := range events {
		if err := w.Write(&events[i]); err != nil {
			return err
		}
	}
	return w.Close()
}

// eventsForChart reads the articles of c.paths and returns their merged,
// sorted events that the filter keeps, as tarikh events would write them.
func eventsForChart(ctx context.Context, c *common, s *eventsSetup, stdio IO) ([]timeline.Event, runStats, error) {
	m, st, err := collectEvents(ctx, c, s, stdio)
	if m != nil {
		defer m.Close()
	}
	if err != nil {
		return nil, st, err
	}
	var evs []timeline.Event
	err = eachEvent(m, c, s, &st, func(e *timeline.Event) error {
		e.Headline = "" // the chart says what happened in its own words
		evs = append(evs, *e)
		return nil
	})
	return evs, st, err
}

// chartEntities completes an event's participant from the gazetteer (by
// id, else by its canonical English or Arabic name, all an events CSV
// gives) and lists its other names, which the chart's search finds. Its
// maps are built on the first call: only the html format calls it.
func chartEntities(g *gazetteer.Gazetteer) func(timeline.Entity) (timeline.Entity, []string) {
	var byID, byName map[string]*gazetteer.Entity
	build := func() {
		byID, byName = map[string]*gazetteer.Entity{}, map[string]*gazetteer.Entity{}
		if g == nil {
			return
		}
		for _, e := range g.Entities {
			byID[e.ID] = e
			for _, ns := range [][]string{e.Names.En, e.Names.Ar} {
				if len(ns) > 0 && byName[ns[0]] == nil {
					byName[ns[0]] = e
				}
			}
		}
	}
	return func(x timeline.Entity) (timeline.Entity, []string) {
		if byID == nil {
			build()
		}
		e := byID[x.ID]
		if e == nil && x.ID == "" {
			if e = byName[x.NameEn]; e == nil {
				e = byName[x.NameAr]
			}
		}
		if e == nil {
			return x, nil
		}
		x.ID = e.ID
		if x.NameEn == "" && len(e.Names.En) > 0 {
			x.NameEn = e.Names.En[0]
		}
		if x.NameAr == "" && len(e.Names.Ar) > 0 {
			x.NameAr = e.Names.Ar[0]
		}
		return x, append(append([]string(nil), e.Names.En...), e.Names.Ar...)
	}
}

// chartHeadlines clears the headlines of a CSV's events that tarikh wrote
// (in either language), so that the chart says what happened in its own
// words; a headline edited by hand stays.
func chartHeadlines(events []timeline.Event, lx *timeline.Lexicon, entity func(timeline.Entity) (timeline.Entity, []string)) {
	complete := func(es []timeline.Entity) []timeline.Entity {
		out := make([]timeline.Entity, len(es))
		for i, x := range es {
			out[i], _ = entity(x)
		}
		return out
	}
	for i := range events {
		e := events[i]
		e.People, e.Places, e.Organizations = complete(e.People), complete(e.Places), complete(e.Organizations)
		for _, l := range []string{"en", "ar"} {
			if events[i].Headline == lx.Headline(&e, l) {
				events[i].Headline = ""
				break
			}
		}
	}
}

// readEventsCSV reads the events CSV at path, or stdin for "-", reporting
// and skipping the rows it cannot read, and keeps the events f keeps (the
// top most important of them when top > 0, by the importance column).
func readEventsCSV(path string, stdin io.Reader, f *timeline.Filter, top int, quiet bool, stderr io.Writer) ([]timeline.Event, runStats, error) {
	st := runStats{fromCSV: path, unit: "events"}
	r := stdin
	name := "stdin"
	if path != "-" {
		fh, err := os.Open(path)
		if err != nil {
			return nil, st, err
		}
		defer fh.Close()
		r, name = fh, path
	}
	events, err := format.ReadCSVSkipping(r, func(e *format.RowError) bool {
		st.failedLines++
		st.lineFiles = map[string]bool{name: true}
		if !quiet {
			fmt.Fprintf(stderr, "tarikh: %s:%d: %v; row left out\n", name, e.Line, errors.Unwrap(e))
		}
		return true
	})
	if err != nil {
		return nil, st, fmt.Errorf("%s: %w", name, err)
	}
	st.csvEvents = len(events)
	events = timeline.Top(f.Apply(events), top)
	st.written = len(events)
	for _, e := range events {
		if e.Sources > 1 {
			st.multi++
		}
	}
	return events, st, nil
}
