package chart

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/tarikh/tarikh/timeline"
)

// ReadCSV reads the events CSV that `tarikh events` writes (header
// timeline.CSVHeader), also after a person has edited it in a spreadsheet:
// a UTF-8 byte-order mark, columns in any order (found by header name, in any
// case), optional columns left out, blank rows, and cells whose formula was
// neutralized with a leading ' are all accepted. Only a date is required:
// the column date, or start_date. List cells (people, places,
// organizations, docs) are ';'-separated names; urls, when present, has one
// ';'-separated place per doc. Errors name the line.
func ReadCSV(r io.Reader) ([]timeline.Event, error) {
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
			strings.Join(header, ","), strings.Join(timeline.CSVHeader, ","))
	}

	var events []timeline.Event
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return events, nil
		}
		if err != nil {
			return nil, fmt.Errorf("events CSV: %w", err)
		}
		line, _ := cr.FieldPos(0)
		get := func(name string) string {
			i, ok := col[name]
			if !ok || i >= len(rec) {
				return ""
			}
			return unneutralize(strings.TrimSpace(rec[i]))
		}
		if blank(rec) {
			continue
		}
		e, err := eventFromRow(get)
		if err != nil {
			return nil, fmt.Errorf("events CSV: line %d: %w", line, err)
		}
		events = append(events, e)
	}
}

func eventFromRow(get func(string) string) (timeline.Event, error) {
	e := timeline.Event{
		Date:          get("date"),
		Granularity:   strings.ToLower(get("granularity")),
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
	var err error
	if e.StartDate, err = day(get("start_date"), "start_date"); err != nil {
		return e, err
	}
	if e.EndDate, err = day(get("end_date"), "end_date"); err != nil {
		return e, err
	}
	if e.Date == "" && !e.StartDate.IsZero() {
		e.Date = e.StartDate.Format(time.DateOnly)
	}
	if e.Date == "" {
		return e, errors.New("no date: fill date (2024-03-26, 2024-01, 2024...) or start_date")
	}
	if e.StartDate.IsZero() || e.Granularity == "" {
		start, end, gran, err := span(e.Date, e.Mod)
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
	if e.EndDate.IsZero() {
		e.EndDate = e.StartDate
	}
	if e.EndDate.Before(e.StartDate) {
		return e, fmt.Errorf("end_date %s is before start_date %s",
			e.EndDate.Format(time.DateOnly), e.StartDate.Format(time.DateOnly))
	}
	if e.Granularity == "" {
		e.Granularity = "day"
	}
	e.Sources = len(e.Docs)
	if s := get("sources"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return e, fmt.Errorf("sources %q: want a whole number", s)
		}
		e.Sources = n
	}
	return e, nil
}

func day(s, name string) (time.Time, error) {
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
