package format

import (
	"io"

	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
)

// htmlWriter keeps the events and draws the chart when closed: the page
// lays every event out at once.
type htmlWriter struct {
	w      io.Writer
	opts   chart.Options
	events []timeline.Event
}

func newHTML(w io.Writer, o Options) (Writer, error) {
	opts := o.Chart
	opts.Lang = o.Lang
	if opts.TypeLabel == nil && o.Lexicon != nil {
		opts.TypeLabel = o.typeLabel
	}
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	return &htmlWriter{w: w, opts: opts}, nil
}

func (h *htmlWriter) Write(e *timeline.Event) error {
	h.events = append(h.events, *e)
	return nil
}

func (h *htmlWriter) Close() error { return chart.Write(h.w, h.events, h.opts) }
