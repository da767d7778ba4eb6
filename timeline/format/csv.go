package format

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/internal/output"
	"github.com/tarikh/tarikh/timeline"
)

// CSVHeader is the header of the events CSV.
var CSVHeader = []string{"date", "start_date", "end_date", "granularity", "type", "status", "headline",
	"people", "places", "organizations", "time_text", "text", "docs", "sources", "urls", "importance"}

// csvWriter writes the events CSV: RFC 4180, a row per event, cells that a
// spreadsheet would run as formulas neutralized.
type csvWriter struct {
	cw     *output.CSV
	header []string
	record func(*timeline.Event) []string
}

func newCSV(w io.Writer, o Options) (Writer, error) {
	return newCSVWith(w, o.BOM, CSVHeader, CSVRecord)
}

func newCSVWith(w io.Writer, bom bool, header []string, record func(*timeline.Event) []string) (Writer, error) {
	cw, err := output.NewCSV(w, bom)
	if err != nil {
		return nil, err
	}
	return &csvWriter{cw: cw, header: header, record: record}, nil
}

func (c *csvWriter) Write(e *timeline.Event) error {
	if c.header != nil {
		if err := c.cw.Write(c.header); err != nil {
			return err
		}
		c.header = nil
	}
	return c.cw.Write(c.record(e))
}

// Close writes the header of an empty timeline and flushes.
func (c *csvWriter) Close() error {
	if c.header != nil {
		if err := c.cw.Write(c.header); err != nil {
			return err
		}
		c.header = nil
	}
	return c.cw.Flush()
}

// CSVRecord returns the events CSV record of e, in the order of CSVHeader.
func CSVRecord(e *timeline.Event) []string {
	return []string{e.Date, day(e.StartDate), day(e.EndDate), string(e.Granularity), e.Type, string(e.Status), e.Headline,
		names(e.People), names(e.Places), names(e.Organizations), e.TimeText, e.Text,
		strings.Join(e.Docs, ";"), strconv.Itoa(e.Sources), URLsCell(e.URLs), timeline.FormatImportance(e.Importance)}
}

// URLsCell is the urls cell of the events CSV: the addresses in the order of
// docs, ';'-separated, an empty place for an article without one, and the
// empty cell when no article has one. A ';' inside an address is written
// %3B, which means the same to a web server.
func URLsCell(urls []string) string {
	if !slices.ContainsFunc(urls, func(u string) bool { return u != "" }) {
		return ""
	}
	s := make([]string, len(urls))
	for i, u := range urls {
		s[i] = strings.ReplaceAll(u, ";", "%3B")
	}
	return strings.Join(s, ";")
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// names is a list cell: the entities' canonical English names.
func names(es []timeline.Entity) string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.NameEn
	}
	return strings.Join(s, ";")
}

// ReadCSV reads the events CSV (header CSVHeader) that the csv format
// writes, also after a person has edited it in a spreadsheet:
// a UTF-8 byte-order mark, columns in any order (found by header name, in any
// case), optional columns left out, blank rows, cells whose formula was
// neutralized with a leading ' and dates a spreadsheet re-saved in its own
// form (3/26/2024, 26/03/2024, 26.03.2024; see excelDates) are all accepted.
// Only a date is required: the column date, or start_date. List cells
// (people, places, organizations, docs) are ';'-separated names; urls, when
// present, has one ';'-separated place per doc. It stops at the first row
// it cannot read; errors name the line.
func ReadCSV(r io.Reader) ([]timeline.Event, error) {
	var first error
	events, err := ReadCSVSkipping(r, func(e *RowError) bool {
		first = e
		return false
	})
	if err == nil {
		err = first
	}
	if err != nil {
		return nil, err
	}
	return events, nil
}

// RowError is a row of an events CSV that cannot be read.
type RowError struct {
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("events CSV: line %d: %v", e.Line, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

// ReadCSVSkipping reads an events CSV as ReadCSV does, but hands each row it
// cannot read to bad, in line order: when bad returns true the row is
// skipped and reading goes on; when it returns false reading stops and the
// events before the row are returned. The error is for a file that cannot
// be read at all (no header, no date column, a read error).
func ReadCSVSkipping(r io.Reader, bad func(*RowError) bool) ([]timeline.Event, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("events CSV: empty, want a header line")
	}
	if err != nil {
		return nil, fmt.Errorf("events CSV: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		h = strings.ToLower(strings.TrimSpace(h))
		if _, dup := col[h]; dup && h != "" {
			return nil, fmt.Errorf("events CSV: line 1: column %q appears twice", h)
		}
		col[h] = i
	}
	_, hasDate := col["date"]
	_, hasStart := col["start_date"]
	if !hasDate && !hasStart {
		return nil, fmt.Errorf("events CSV: line 1: no date or start_date column (header %q); want the header of tarikh events: %s",
			strings.Join(header, ","), strings.Join(CSVHeader, ","))
	}

	// The rows are read first, so that dates a spreadsheet re-saved are read
	// in the one order (month or day first) the whole file uses.
	type row struct {
		line int
		rec  []string
		err  error // the row is not CSV
	}
	var rows []row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, fmt.Errorf("events CSV: %w", err)
			}
			rows = append(rows, row{line: pe.StartLine, err: pe.Err})
			continue
		}
		line, _ := cr.FieldPos(0)
		if !blank(rec) {
			rows = append(rows, row{line: line, rec: rec})
		}
	}
	var dateCells []*string
	for _, name := range []string{"date", "start_date", "end_date"} {
		if i, ok := col[name]; ok {
			for _, r := range rows {
				if i < len(r.rec) {
					dateCells = append(dateCells, &r.rec[i])
				}
			}
		}
	}
	excelDates(dateCells)

	var events []timeline.Event
	for _, r := range rows {
		get := func(name string) string {
			i, ok := col[name]
			if !ok || i >= len(r.rec) {
				return ""
			}
			return unneutralize(strings.TrimSpace(r.rec[i]))
		}
		e, err := eventFromRow(get)
		if r.err != nil {
			err = r.err
		}
		if err != nil {
			if bad(&RowError{Line: r.line, Err: err}) {
				continue
			}
			return events, nil
		}
		events = append(events, e)
	}
	return events, nil
}

func eventFromRow(get func(string) string) (timeline.Event, error) {
	e := timeline.Event{
		Date:          get("date"),
		Mod:           strings.ToUpper(get("mod")),
		Type:          get("type"),
		Headline:      get("headline"),
		People:        entities(get("people")),
		Places:        entities(get("places")),
		Organizations: entities(get("organizations")),
		TimeText:      get("time_text"),
		Text:          get("text"),
		Docs:          list(get("docs")),
	}
	if u := get("urls"); u != "" {
		e.URLs = strings.Split(u, ";")
		for i := range e.URLs {
			e.URLs[i] = strings.TrimSpace(e.URLs[i])
		}
		if len(e.URLs) != len(e.Docs) {
			return e, fmt.Errorf("urls: %d addresses for %d docs; want one per doc, in the order of docs (empty for none)", len(e.URLs), len(e.Docs))
		}
	}
	switch s := strings.ToLower(get("status")); s {
	case "", string(timeline.Happened):
		e.Status = timeline.Happened
	case string(timeline.Planned):
		e.Status = timeline.Planned
	default:
		return e, fmt.Errorf("status %q: want happened or planned", s)
	}
	if s := get("granularity"); s != "" {
		g, ok := temporal.ParseGranularity(s)
		if !ok {
			return e, fmt.Errorf("granularity %q: want day, week, month, quarter, season, half, year or decade", s)
		}
		e.Granularity = g
	}
	var err error
	if e.StartDate, err = parseDay(get("start_date"), "start_date"); err != nil {
		return e, err
	}
	if e.EndDate, err = parseDay(get("end_date"), "end_date"); err != nil {
		return e, err
	}
	if e.Date == "" && !e.StartDate.IsZero() {
		e.Date = e.StartDate.Format(time.DateOnly)
	}
	if e.Date == "" {
		return e, errors.New("no date: fill date (2024-03-26, 2024-01, 2024...) or start_date")
	}
	if e.StartDate.IsZero() || e.Granularity == "" {
		start, end, gran, err := temporal.ParseValue(e.Date, e.Mod)
		if err != nil && e.StartDate.IsZero() {
			return e, err
		}
		if err == nil {
			if e.StartDate.IsZero() {
				e.StartDate, e.EndDate = start, end
			}
			if e.Granularity == "" {
				e.Granularity = gran
			}
		}
	}
	if !e.StartDate.After(time.Time{}) {
		// The zero time means "no interval" to every reader of an Event.
		return e, fmt.Errorf("date %q starts before the year 1 (0001-01-02 is the first day an event may have)", e.Date)
	}
	if e.EndDate.IsZero() {
		e.EndDate = e.StartDate
	}
	if e.EndDate.Before(e.StartDate) {
		return e, fmt.Errorf("end_date %s is before start_date %s",
			e.EndDate.Format(time.DateOnly), e.StartDate.Format(time.DateOnly))
	}
	if e.Granularity == "" {
		e.Granularity = temporal.Day
	}
	e.Sources = len(e.Docs)
	if s := get("sources"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return e, fmt.Errorf("sources %q: want a whole number", s)
		}
		e.Sources = n
	}
	if s := get("importance"); s != "" {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || !(v >= 0 && v <= 100) {
			return e, fmt.Errorf("importance %q: want a number from 0 to 100", s)
		}
		e.Importance = v
	}
	return e, nil
}

func parseDay(s, name string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return t, fmt.Errorf("%s %q: want YYYY-MM-DD", name, s)
	}
	return t, nil
}

// unneutralize undoes output.Neutralize: a ' put before = + - @, a tab or a
// carriage return so that a spreadsheet keeps the cell as text.
func unneutralize(s string) string {
	if len(s) >= 2 && s[0] == '\'' {
		switch s[1] {
		case '=', '+', '-', '@', '\t', '\r':
			return s[1:]
		}
	}
	return s
}

func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// entities turns a ';'-separated list of canonical names into entities; a
// name in Arabic script is the Arabic name, any other the English one.
func entities(s string) []timeline.Entity {
	var out []timeline.Entity
	for _, name := range list(s) {
		if isArabic(name) {
			out = append(out, timeline.Entity{NameAr: name})
		} else {
			out = append(out, timeline.Entity{NameEn: name})
		}
	}
	return out
}

func isArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

func blank(rec []string) bool {
	for _, s := range rec {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}
