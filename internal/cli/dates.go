package cli

import (
	"context"
	"strconv"
	"sync"
	"time"

	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/textnorm"
)

func datesCommand() *command {
	return &command{
		name:    "dates",
		summary: "temporal expressions resolved against each article's date",
		usage:   "tarikh dates [flags] [PATH|-]...",
		args:    []string{"files"},
		setup:   tableSetup(false, runDates),
	}
}

var datesHeader = []string{"doc", "start", "end", "text", "type", "value", "mod", "granularity",
	"start_date", "end_date", "dct", "dct_source"}

type dateRow struct {
	Doc         string               `json:"doc"`
	Start       int                  `json:"start"`
	End         int                  `json:"end"`
	Text        string               `json:"text"`
	Type        string               `json:"type"`
	Value       string               `json:"value"`
	Mod         string               `json:"mod"`
	Granularity temporal.Granularity `json:"granularity"`
	StartDate   string               `json:"start_date"`
	EndDate     string               `json:"end_date"`
	DCT         string               `json:"dct"`
	DCTSource   string               `json:"dct_source"`
	Future      bool                 `json:"future,omitempty"`
	Unresolved  string               `json:"unresolved,omitempty"`
	// Anchor is what a relative expression counts from when not the
	// article's date: "text" (an earlier date) or "event" (none of its own).
	Anchor string `json:"anchor,omitempty"`
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func dateRows(a *input.Article, xs []temporal.Timex) []dateRow {
	rows := make([]dateRow, 0, len(xs))
	for _, x := range xs {
		rows = append(rows, dateRow{Doc: a.ID, Start: x.Start, End: x.End, Text: x.Text, Type: string(x.Type),
			Value: x.Value, Mod: x.Mod, Granularity: x.Granularity, StartDate: dateString(x.StartDate),
			EndDate: dateString(x.EndDate), DCT: dateString(a.DCT), DCTSource: string(a.DCTSource),
			Future: x.Future, Unresolved: x.Unresolved, Anchor: string(x.Anchor)})
	}
	return rows
}

func (r dateRow) record() []string {
	return []string{r.Doc, strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Text, r.Type, r.Value, r.Mod,
		string(r.Granularity), r.StartDate, r.EndDate, r.DCT, r.DCTSource}
}

// textBufs are a normalized text and its tokens that findDates writes
// over, article after article: the Timex it returns keep no reference to
// them (their Text is a slice of the article's).
type textBufs struct {
	t    *textnorm.Text
	toks []textnorm.Token
}

// findDates runs the recognizer over one article, with the article's date
// corrected by its text when the text says so (dct_source "text"),
// normalizing and tokenizing into buf's arrays.
func findDates(rec *temporal.Recognizer, a *input.Article, buf *textBufs) []temporal.Timex {
	t := textnorm.NormalizeReusing(a.Text, buf.t)
	toks := t.TokenizeAppend(buf.toks)
	buf.t, buf.toks = t, toks
	lang := textnorm.DetectLang(toks, t)
	d, ok, found := rec.ArticleDateFind(t, toks, lang, a.DCT, a.Dateline)
	if ok {
		a.DCT, a.DCTSource = d, input.DCTText
	}
	return found
}

func runDates(ctx context.Context, c *common, stdio IO) int {
	if err := c.validate(); err != nil {
		return usageError(stdio.Stderr, err)
	}
	rec, err := temporal.New()
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	c.dates = rec
	// Each article's text is normalized into the arrays of one done with
	// (the normalized text's offsets take five bytes per byte of input).
	bufs := sync.Pool{New: func() any { return &textBufs{} }}
	return runTable(ctx, c, stdio, "dates", datesHeader, func(ctx context.Context, a *input.Article) ([]dateRow, error) {
		buf := bufs.Get().(*textBufs)
		defer bufs.Put(buf)
		return dateRows(a, findDates(rec, a, buf)), nil
	})
}
