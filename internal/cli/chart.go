package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/tarikh/tarikh/internal/output"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
	"github.com/tarikh/tarikh/timeline/format"
)

const chartUsage = `Usage: tarikh chart [flags] [PATH|-]... -o timeline.html
       tarikh chart --from events.csv -o timeline.html

Draws the events as one self-contained HTML page: a time axis with zoom and
pan, one lane per event type (or per person, place or organization with
--group), points for events of a day and bars for a month or a year, planned
events hollow, and the headline, date as written, evidence sentence,
participants and sources of an event on hover or click. The page needs no
network: mail it, open it offline in any browser.

With --from it draws a CSV that 'tarikh events' wrote, also after editing in
a spreadsheet (columns found by name, optional ones may be left out).

Examples:
  tarikh chart examples/ -o timeline.html
  tarikh chart --from events.csv --group person -o people.html
  tarikh chart --lang ar --from events.csv -o timeline-ar.html
`

// eventsForChart reads the articles of c.paths and returns their merged,
// sorted events, as tarikh events would write them, and the lexicon.
func eventsForChart(ctx context.Context, c *common, stdio IO) ([]timeline.Event, *timeline.Lexicon, runStats, error) {
	m, lx, st, err := collectEvents(ctx, c, stdio)
	if m != nil {
		defer m.Close()
	}
	if err != nil {
		return nil, lx, st, err
	}
	var evs []timeline.Event
	err = m.Each(func(e *timeline.Event) error {
		e.Headline = lx.Headline(e, c.lang)
		evs = append(evs, *e)
		return nil
	})
	return evs, lx, st, err
}

func runChart(ctx context.Context, args []string, stdio IO) int {
	var c common
	var from, group, title string
	fs := newFlagSet("chart", chartUsage, stdio.Stderr)
	c.register(fs, "html")
	f := fs.Lookup("format")
	f.DefValue = "html"
	_ = f.Value.Set("html")
	fs.StringVar(&from, "from", "", "draw the events CSV `FILE` written by tarikh events (- for stdin) instead of reading articles")
	fs.StringVar(&group, "group", chart.ByType, "lanes by `KIND`: type, person, place or organization")
	fs.StringVar(&title, "title", "", "page title (default: \"Timeline\" in the --lang)")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return ExitUsage
	}
	if from != "" && len(paths) > 0 {
		return usageError(stdio.Stderr, fmt.Errorf("give --from FILE or article paths, not both"))
	}
	c.paths = paths
	if from != "" {
		c.paths = []string{from} // validate wants an input; --from is it
	}
	if err := c.validate("html"); err != nil {
		return usageError(stdio.Stderr, err)
	}
	opts := chart.Options{Group: group, Lang: c.lang, Title: title}
	if err := opts.Validate(); err != nil {
		return usageError(stdio.Stderr, fmt.Errorf("bad --group %q: want type, person, place or organization", group))
	}
	out, err := output.Create(c.out, stdio.Stdout)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	var events []timeline.Event
	var lx *timeline.Lexicon
	var st runStats
	if from != "" {
		if lx, err = timeline.LoadLexicon(c.triggers); err != nil {
			out.Abort()
			return usageError(stdio.Stderr, err)
		}
		events, err = readEventsCSV(from, stdio.Stdin)
	} else {
		events, lx, st, err = eventsForChart(ctx, &c, stdio)
	}
	if err == nil {
		err = writeChart(out, events, format.Options{Lang: c.lang, Lexicon: lx, Chart: opts})
	}
	return finish(out, st, err, &c, stdio.Stderr)
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

// readEventsCSV reads the events CSV at path, or stdin for "-".
func readEventsCSV(path string, stdin io.Reader) ([]timeline.Event, error) {
	if path == "-" {
		return format.ReadCSV(stdin)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	events, err := format.ReadCSV(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return events, nil
}
