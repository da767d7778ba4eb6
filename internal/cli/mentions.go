package cli

import (
	"context"
	"encoding/json"
	"strconv"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/internal/output"
)

func mentionsCommand() *command {
	return &command{
		name:    "mentions",
		summary: "gazetteer entities found in the text",
		usage:   "tarikh mentions [flags] [PATH|-]...",
		args:    []string{"files"},
		setup:   tableSetup(true, runMentions),
	}
}

var mentionsHeader = []string{"doc", "start", "end", "text", "entity_id", "type", "name_en", "name_ar", "via"}

type mentionRow struct {
	Doc      string `json:"doc"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	EntityID string `json:"entity_id"`
	Type     string `json:"type"`
	NameEn   string `json:"name_en"`
	NameAr   string `json:"name_ar"`
	Via      string `json:"via"`
}

func mentionRows(doc string, ms []extract.Mention) []mentionRow {
	rows := make([]mentionRow, 0, len(ms))
	for _, m := range ms {
		r := mentionRow{Doc: doc, Start: m.Start, End: m.End, Text: m.Text, EntityID: m.EntityID(), Via: m.Via.String()}
		if m.Entity != nil {
			r.Type, r.NameEn, r.NameAr = string(m.Entity.Type), m.Entity.NameEn(), m.Entity.NameAr()
		} else if len(m.Candidates) > 0 {
			r.Type = string(m.Candidates[0].Type)
		}
		rows = append(rows, r)
	}
	return rows
}

func (r mentionRow) record() []string {
	return []string{r.Doc, strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Text, r.EntityID, r.Type, r.NameEn, r.NameAr, r.Via}
}

func runMentions(ctx context.Context, c *common, stdio IO) int {
	if err := c.validate(); err != nil {
		return usageError(stdio.Stderr, err)
	}
	g, err := loadGazetteer(c, stdio.Stderr)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	x, err := newExtractor(c, g)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	return runTable(ctx, c, stdio, "mentions", mentionsHeader, func(ctx context.Context, a *input.Article) ([]mentionRow, error) {
		d, err := x.AnalyzeDateline(ctx, a.Text, a.Dateline, a.DCT)
		if err != nil {
			return nil, err
		}
		return mentionRows(a.ID, d.Mentions), nil
	})
}

// tableSetup is the setup of a command that reads articles and writes a
// table of rows (mentions, dates, articles): the input flags, the
// gazetteer's and --no-discover when gazetteer is true, --format csv|jsonl, --bom, -q.
func tableSetup(gazetteer bool, run func(context.Context, *common, IO) int) func(*flagSet) runFunc {
	return func(fs *flagSet) runFunc {
		c := newCommon()
		c.registerInput(fs)
		if gazetteer {
			c.registerGazetteer(fs)
			c.registerDiscovery(fs, extract.DiscoverAll)
		}
		c.registerOutput(fs, "csv", "jsonl")
		c.registerQuiet(fs)
		return func(ctx context.Context, args []string, stdio IO) int {
			c.paths = args
			return run(ctx, c, stdio)
		}
	}
}

// recorder is a row of a per-article table: a CSV record, or itself as a
// JSON line.
type recorder interface{ record() []string }

// runTable runs process over every article and writes the rows it returns,
// in input order, as CSV with header or as JSON lines: the body of the
// mentions and dates commands.
func runTable[R recorder](ctx context.Context, c *common, stdio IO, unit string, header []string,
	process func(context.Context, *input.Article) ([]R, error)) int {
	out, err := output.Create(c.out, stdio.Stdout)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	w, err := newRowWriter(out, c.format, c.bom, header)
	if err != nil {
		return finish(out, runStats{}, err, c, stdio.Stderr)
	}
	written := 0
	st, err := pipeline(ctx, c, stdio.Stdin, stdio.Stderr, process, func(a *input.Article, rows []R) error {
		for _, r := range rows {
			if err := w.write(r.record(), r); err != nil {
				return err
			}
		}
		written += len(rows)
		return nil
	})
	st.unit, st.written = unit, written
	if err == nil {
		err = w.flush()
	}
	return finish(out, st, err, c, stdio.Stderr)
}

// rowWriter writes records as CSV or JSON lines.
type rowWriter struct {
	csv *output.CSV
	enc *json.Encoder
}

func newRowWriter(out *output.File, format string, bom bool, header []string) (*rowWriter, error) {
	if format == "jsonl" {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		return &rowWriter{enc: enc}, nil
	}
	cw, err := output.NewCSV(out, bom)
	if err != nil {
		return nil, err
	}
	if err := cw.Write(append([]string(nil), header...)); err != nil {
		return nil, err
	}
	return &rowWriter{csv: cw}, nil
}

// write writes rec as CSV, or v as one JSON line.
func (w *rowWriter) write(rec []string, v any) error {
	if w.enc != nil {
		return w.enc.Encode(v)
	}
	return w.csv.Write(rec)
}

func (w *rowWriter) flush() error {
	if w.csv != nil {
		return w.csv.Flush()
	}
	return nil
}
