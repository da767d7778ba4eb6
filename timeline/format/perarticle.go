package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/timeline"
)

// PerArticleVersion is the version ("v") of the per-article JSONL schema
// that WritePerArticle writes and ReadPerArticle reads (docs/per-article.md).
const PerArticleVersion = 1

// ArticleInfo is what the per-article file says of an article besides its
// events: its place in the run (Src, Line: the path and the JSONL line, 0
// for a whole file), id, address, title, date and where the date came from.
type ArticleInfo struct {
	Doc       string
	Src       string
	Line      int
	URL       string
	Title     string
	DCT       time.Time
	DCTSource string
}

// paArticle is the article line of the per-article schema.
type paArticle struct {
	V         int           `json:"v"`
	Kind      string        `json:"kind"`
	Doc       string        `json:"doc"`
	Src       string        `json:"src"`
	Line      int           `json:"line"`
	URL       string        `json:"url,omitempty"`
	Title     string        `json:"title,omitempty"`
	Date      string        `json:"date"`
	DCTSource string        `json:"dct_source"`
	Events    int           `json:"events"`
	Refs      timeline.Refs `json:"refs"`
}

// paEvent is an event line of the per-article schema.
type paEvent struct {
	V             int                  `json:"v"`
	Kind          string               `json:"kind"`
	Doc           string               `json:"doc"`
	Src           string               `json:"src"`
	Line          int                  `json:"line"`
	Index         int                  `json:"index"`
	Sentence      int                  `json:"sentence"`
	Date          string               `json:"date"`
	StartDate     string               `json:"start_date"`
	EndDate       string               `json:"end_date"`
	Granularity   temporal.Granularity `json:"granularity"`
	Mod           string               `json:"mod,omitempty"`
	Type          string               `json:"type"`
	Status        timeline.Status      `json:"status"`
	People        []timeline.Entity    `json:"people"`
	Places        []timeline.Entity    `json:"places"`
	Organizations []timeline.Entity    `json:"organizations"`
	TimeText      string               `json:"time_text"`
	Trigger       string               `json:"trigger,omitempty"`
	Text          string               `json:"text"`
	URL           string               `json:"url,omitempty"`
}

// PerArticleWriter writes per-article events: for each article a line
// that describes it (with what it refers to, for the importance score),
// then one line per event, before any merge across articles.
type PerArticleWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewPerArticleWriter returns a PerArticleWriter on w.
func NewPerArticleWriter(w io.Writer) *PerArticleWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &PerArticleWriter{w: bw, enc: enc}
}

// Write writes article a and its report r.
func (p *PerArticleWriter) Write(a ArticleInfo, r timeline.Report) error {
	if err := p.enc.Encode(articleLine(a, r.Refs, len(r.Events))); err != nil {
		return err
	}
	for i := range r.Events {
		pe := eventLine(&r.Events[i], a.Src, a.Line, i)
		pe.Doc = a.Doc
		if err := p.enc.Encode(pe); err != nil {
			return err
		}
	}
	return nil
}

// articleLine is the article line of a, which has n events.
func articleLine(a ArticleInfo, refs timeline.Refs, n int) paArticle {
	date := ""
	if !a.DCT.IsZero() {
		date = day(a.DCT)
	}
	return paArticle{V: PerArticleVersion, Kind: "article", Doc: a.Doc, Src: a.Src, Line: a.Line,
		URL: a.URL, Title: a.Title, Date: date, DCTSource: a.DCTSource, Events: n, Refs: refs}
}

// eventLine is the event line of e, the event of index i of the article
// read at src and line (its doc and address are e's first).
func eventLine(e *timeline.Event, src string, line, i int) paEvent {
	pe := paEvent{V: PerArticleVersion, Kind: "event", Src: src, Line: line, Index: i,
		Sentence: e.Sentence(), Date: e.Date, StartDate: day(e.StartDate), EndDate: day(e.EndDate),
		Granularity: e.Granularity, Mod: e.Mod, Type: e.Type, Status: e.Status,
		People: nonNil(e.People), Places: nonNil(e.Places), Organizations: nonNil(e.Organizations),
		TimeText: e.TimeText, Trigger: e.Trigger, Text: e.Text}
	if len(e.Docs) > 0 {
		pe.Doc = e.Docs[0]
	}
	if len(e.URLs) > 0 {
		pe.URL = e.URLs[0]
	}
	return pe
}

// Close flushes the writer; it does not close the io.Writer.
func (p *PerArticleWriter) Close() error { return p.w.Flush() }

func nonNil(l []timeline.Entity) []timeline.Entity {
	if l == nil {
		return []timeline.Entity{}
	}
	return l
}

// PerArticleRecord is one line of a per-article file: an article (Article
// set, with Refs) or one of its events (Event set).
type PerArticleRecord struct {
	Article *ArticleInfo
	Refs    timeline.Refs
	// Events is how many events the article line says the article has.
	Events int
	// Event is an event with its place in the run.
	Event *timeline.Arrival
}

// LineError is a line of a file that cannot be read.
type LineError struct {
	Path string
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// maxPerArticleLine is the longest line ReadPerArticle reads.
const maxPerArticleLine = 64 << 20

// ErrNotPerArticle is the error (wrapped with the file's name) for a file
// whose first line is a JSON object of another kind than the per-article
// schema: a timeline as JSON lines without its reports (written by an
// earlier tarikh), or any other JSON lines. The file is not read further.
var ErrNotPerArticle = errors.New("not a per-article file")

// ReadPerArticle reads the per-article file r (named path in errors) and
// calls fn with each record in file order. A line it cannot read (not
// JSON, an unknown key, a version other than PerArticleVersion, a bad
// date) goes to bad as a *LineError and is skipped; blank lines are
// skipped. A merged timeline written as JSON lines with its reports
// (Options.Reports: tarikh events or merge --format jsonl) is read as the
// per-article file it was merged from: each row gives the event lines
// under its "reports", and its article lines follow the rows. When the
// first line is a JSON object without "v" that is no such row (any other
// JSON lines), the file is not a per-article file: ReadPerArticle reads no
// further and returns an error that wraps ErrNotPerArticle and says which
// files merge takes. Otherwise it returns fn's error or a read error.
func ReadPerArticle(r io.Reader, path string, fn func(PerArticleRecord) error, bad func(*LineError)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), maxPerArticleLine)
	first := true
	for n := 1; sc.Scan(); n++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		rec, err := decodePerArticle(b)
		if errors.Is(err, errNoVersion) {
			if reports, ok := timelineRow(b); ok {
				first = false
				if err := readReports(reports, path, n, fn, bad); err != nil {
					return err
				}
				continue
			}
			if first {
				return notPerArticle(path, b)
			}
		}
		first = false
		if err != nil {
			bad(&LineError{Path: path, Line: n, Err: err})
			continue
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// timelineRow returns the "reports" of b when b is a row of a merged
// timeline as JSON lines ("docs" and "headline") that has them.
func timelineRow(b []byte) ([]json.RawMessage, bool) {
	var row struct {
		Docs     *[]string         `json:"docs"`
		Headline *string           `json:"headline"`
		Reports  []json.RawMessage `json:"reports"`
	}
	if json.Unmarshal(b, &row) != nil || row.Docs == nil || row.Headline == nil || row.Reports == nil {
		return nil, false
	}
	return row.Reports, true
}

// readReports calls fn with each report of the timeline row at line n: a
// per-article event line. One that cannot be read goes to bad.
func readReports(reports []json.RawMessage, path string, n int, fn func(PerArticleRecord) error, bad func(*LineError)) error {
	for i, r := range reports {
		rec, err := decodePerArticle(r)
		if err == nil && rec.Event == nil {
			err = errors.New(`not an event line ("kind":"event")`)
		}
		if err != nil {
			bad(&LineError{Path: path, Line: n, Err: fmt.Errorf("report %d: %w", i+1, err)})
			continue
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	return nil
}

// errNoVersion is the error for a JSON object without "v".
var errNoVersion = errors.New(`no "v" (version): not a per-article line (write one with tarikh events --per-article --format jsonl)`)

// notPerArticle is the error for the file path whose first line, first,
// is a JSON object without "v": it names what the file seems to be and
// what merge takes instead.
func notPerArticle(path string, first []byte) error {
	var keys map[string]json.RawMessage
	_ = json.Unmarshal(first, &keys) // a JSON object: decodePerArticle read it
	_, docs := keys["docs"]
	_, headline := keys["headline"]
	if docs && headline {
		return fmt.Errorf("%s: %w: it is a merged timeline without its reports (written by a tarikh before "+
			"they were kept), which no longer holds each article's events; write it again with tarikh events "+
			"--format jsonl, or give merge per-article files (tarikh events --per-article --format jsonl)", path, ErrNotPerArticle)
	}
	return fmt.Errorf(`%s: %w: its first line is JSON without "v" (the schema version); `+
		"merge takes the files of tarikh events --per-article --format jsonl", path, ErrNotPerArticle)
}

func decodePerArticle(b []byte) (PerArticleRecord, error) {
	var head struct {
		V    *int   `json:"v"`
		Kind string `json:"kind"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return PerArticleRecord{}, fmt.Errorf("not a JSON object: %w", err)
	}
	switch {
	case head.V == nil:
		return PerArticleRecord{}, errNoVersion
	case *head.V != PerArticleVersion:
		return PerArticleRecord{}, fmt.Errorf("per-article schema version %d, this tarikh reads version %d", *head.V, PerArticleVersion)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	switch head.Kind {
	case "article":
		var a paArticle
		if err := dec.Decode(&a); err != nil {
			return PerArticleRecord{}, fmt.Errorf("article: %w", err)
		}
		info := &ArticleInfo{Doc: a.Doc, Src: a.Src, Line: a.Line, URL: a.URL, Title: a.Title, DCTSource: a.DCTSource}
		if a.Date != "" {
			t, err := time.Parse(time.DateOnly, a.Date)
			if err != nil {
				return PerArticleRecord{}, fmt.Errorf("article: bad date %q: want YYYY-MM-DD", a.Date)
			}
			info.DCT = t
		}
		return PerArticleRecord{Article: info, Refs: a.Refs, Events: a.Events}, nil
	case "event":
		var pe paEvent
		if err := dec.Decode(&pe); err != nil {
			return PerArticleRecord{}, fmt.Errorf("event: %w", err)
		}
		e, err := pe.event()
		if err != nil {
			return PerArticleRecord{}, fmt.Errorf("event: %w", err)
		}
		return PerArticleRecord{Event: &timeline.Arrival{Event: e, Order: timeline.Order{Src: pe.Src, Line: pe.Line, Index: pe.Index}}}, nil
	}
	return PerArticleRecord{}, fmt.Errorf(`unknown "kind" %q: want article or event`, head.Kind)
}

// event checks the event line and returns its event.
func (pe *paEvent) event() (timeline.Event, error) {
	start, err := time.Parse(time.DateOnly, pe.StartDate)
	if err != nil {
		return timeline.Event{}, fmt.Errorf("bad start_date %q: want YYYY-MM-DD", pe.StartDate)
	}
	end, err := time.Parse(time.DateOnly, pe.EndDate)
	if err != nil {
		return timeline.Event{}, fmt.Errorf("bad end_date %q: want YYYY-MM-DD", pe.EndDate)
	}
	if end.Before(start) {
		return timeline.Event{}, fmt.Errorf("end_date %s before start_date %s", pe.EndDate, pe.StartDate)
	}
	if _, ok := temporal.ParseGranularity(string(pe.Granularity)); !ok {
		return timeline.Event{}, fmt.Errorf("unknown granularity %q", pe.Granularity)
	}
	if pe.Status != timeline.Happened && pe.Status != timeline.Planned {
		return timeline.Event{}, fmt.Errorf("unknown status %q: want happened or planned", pe.Status)
	}
	if pe.Doc == "" || pe.Date == "" || pe.Index < 0 {
		return timeline.Event{}, errors.New(`want "doc", "date" and an "index" of 0 or more`)
	}
	e := timeline.Event{Date: pe.Date, StartDate: start, EndDate: end, Granularity: pe.Granularity, Mod: pe.Mod,
		Type: pe.Type, Status: pe.Status, People: pe.People, Places: pe.Places, Organizations: pe.Organizations,
		TimeText: pe.TimeText, Trigger: pe.Trigger, Text: pe.Text, Docs: []string{pe.Doc}, Sources: 1}
	if pe.URL != "" {
		e.URLs = []string{pe.URL}
	}
	e.SetSentence(pe.Sentence)
	return e, nil
}
