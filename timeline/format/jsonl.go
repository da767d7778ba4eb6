package format

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/tarikh/tarikh/timeline"
)

// jsonEvent is an event as a JSON line: the Event's fields, with its
// interval as dates.
type jsonEvent struct {
	timeline.Event
	StartDate string `json:"start_date"`
	EndDate   string `json:"end_date"`
	// Reports are the per-article event lines merged into the event
	// (Options.Reports), for tarikh merge.
	Reports []json.RawMessage `json:"reports,omitempty"`
}

type jsonlWriter struct {
	w       *bufio.Writer
	enc     *json.Encoder
	reports *ReportStore
}

func newJSONL(w io.Writer, o Options) (Writer, error) {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{w: bw, enc: enc, reports: o.Reports}, nil
}

// Write writes e as one JSON line. Lists are written [] when empty, never
// null. With Options.Reports, the line holds the per-article lines of e's
// reports ("reports").
func (j *jsonlWriter) Write(e *timeline.Event) error {
	je := jsonEvent{Event: *e, StartDate: day(e.StartDate), EndDate: day(e.EndDate)}
	for _, l := range []*[]timeline.Entity{&je.People, &je.Places, &je.Organizations} {
		if *l == nil {
			*l = []timeline.Entity{}
		}
	}
	if je.Docs == nil {
		je.Docs = []string{}
	}
	if j.reports != nil && e.Reports != nil {
		var err error
		if je.Reports, err = j.reports.reports(e.Reports); err != nil {
			return err
		}
	}
	return j.enc.Encode(je)
}

// Close writes, with Options.Reports, every article's line after the
// events (the per-article schema's article lines), and flushes.
func (j *jsonlWriter) Close() error {
	if j.reports != nil {
		if err := j.reports.writeArticles(j.w); err != nil {
			return err
		}
	}
	return j.w.Flush()
}
