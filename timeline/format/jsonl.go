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
}

type jsonlWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func newJSONL(w io.Writer, _ Options) (Writer, error) {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{w: bw, enc: enc}, nil
}

// Write writes e as one JSON line. Lists are written [] when empty, never
// null.
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
	return j.enc.Encode(je)
}

func (j *jsonlWriter) Close() error { return j.w.Flush() }
