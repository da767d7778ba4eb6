// Package format writes a timeline in each of tarikh's output formats and
// reads back the one people edit. Every format is a Writer behind one
// interface, and Formats is the one registry that the command line's
// --format flag, its validation and its help text are made from: a new
// format is a file here and a line in Formats.
//
// The events CSV is written (csv.go: CSVHeader, the writer) and read back
// (ReadCSV) side by side, so that the two cannot drift apart.
package format

import (
	"fmt"
	"io"
	"strings"

	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
)

// Writer writes a timeline one event at a time, in timeline order.
type Writer interface {
	// Write writes e, which the writer may read only during the call.
	Write(e *timeline.Event) error
	// Close writes whatever the format keeps for the end (a buffered
	// page, buffered records) and reports the first error. It does not
	// close the io.Writer the Writer was made with.
	Close() error
}

// Options are what a format may need besides its io.Writer.
type Options struct {
	// Lang is the language of labels and names: "en" (default) or "ar".
	Lang string
	// BOM starts CSV formats with the UTF-8 byte-order mark Excel needs
	// to show Arabic.
	BOM bool
	// Lexicon gives event types their labels; nil labels them by type.
	Lexicon *timeline.Lexicon
	// Chart says how the html format draws (its Lang is Options.Lang).
	Chart chart.Options
	// Reports, when set, holds the run's per-article lines: the jsonl
	// format writes each event's reports (Event.Reports) with it and, after
	// the events, every article's line, so that tarikh merge can take the
	// timeline again.
	Reports *ReportStore
}

// typeLabel is the label of an event type in o.Lang.
func (o Options) typeLabel(typ string) string {
	if o.Lexicon == nil {
		return typ
	}
	return o.Lexicon.TypeLabel(typ, o.Lang)
}

// Format is one output format.
type Format struct {
	// Name is the value of --format.
	Name string
	// Summary says in a few words what the format is, for --help.
	Summary string
	// New returns a Writer of the format on w.
	New func(w io.Writer, o Options) (Writer, error)
}

// Formats lists every output format, the default (csv) first.
func Formats() []Format {
	return []Format{
		{"csv", "the events CSV (one row per event; read back by chart --from)", newCSV},
		{"timelinejs", "Knight Lab's TimelineJS spreadsheet template", newTimelineJS},
		{"jsonl", "one JSON object per event, with its reports (merge takes it again)", newJSONL},
		{"html", "the self-contained HTML chart of tarikh chart", newHTML},
	}
}

// Lookup returns the format called name.
func Lookup(name string) (Format, error) {
	for _, f := range Formats() {
		if f.Name == name {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(Names(), ", "))
}

// Names lists the formats' names, the default first.
func Names() []string {
	var out []string
	for _, f := range Formats() {
		out = append(out, f.Name)
	}
	return out
}

// Help describes the formats, one per line, each line starting with indent.
func Help(indent string) string {
	var b strings.Builder
	for _, f := range Formats() {
		fmt.Fprintf(&b, "%s%-11s %s\n", indent, f.Name, f.Summary)
	}
	return b.String()
}
