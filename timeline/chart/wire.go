package chart

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/tarikh/tarikh/extract/temporal"
)

// The page's data travels in two JSON scripts. The early one (#tk-data,
// before the chart's script) holds what the first render needs: the words,
// the types, the entities' names, and per event its days, type, headline and
// participants, under short keys. The late one (#tk-late, after the script)
// holds the rest: evidence, dates as written, TIMEX values, sources and
// addresses, and the entities' other names. On the whole of SaudiNewsNet the
// late part is most of the page (the evidence alone is two thirds of it):
// the browser reaches the script, and the reader sees the chart, after a
// tenth of the bytes. The script reads the late part once the chart is on
// screen, or at once when a search, a selection or the list needs it.

// wireEarly is #tk-data.
type wireEarly struct {
	Lang        string            `json:"lang"`
	Dir         string            `json:"dir"`
	Title       string            `json:"title"`
	Group       string            `json:"group"`
	UI          map[string]string `json:"ui"`
	Months      []string          `json:"months"`
	MonthsShort []string          `json:"months_short"`
	Types       []typeInfo        `json:"types"`
	Entities    []wireEntity      `json:"entities"`
	Events      []wireEvent       `json:"events"`
	Articles    []articleDay      `json:"articles"`
}

// wireEntity is an entity's kind (p, l or o) and name in the chart's language.
type wireEntity struct {
	Kind string `json:"k"`
	Name string `json:"n"`
}

// wireEvent is an event as the first render needs it. Days count from
// 1970-01-01; B is the last day's distance from the first (left out when
// the event is one day); G the granularity, left out when it is "day".
type wireEvent struct {
	A          int64                `json:"a"`
	B          int64                `json:"b,omitempty"`
	G          temporal.Granularity `json:"g,omitempty"`
	Type       int                  `json:"t"`
	Planned    bool                 `json:"p,omitempty"`
	Headline   string               `json:"h"`
	People     []int                `json:"pe,omitempty"`
	Places     []int                `json:"pl,omitempty"`
	Orgs       []int                `json:"o,omitempty"`
	Importance float64              `json:"i,omitempty"`
}

// wireLate is #tk-late: per event and per entity, in the early part's order.
type wireLate struct {
	Events []wireLateEvent `json:"events"`
	// Alt are each entity's other names and aliases (null for none).
	Alt [][]string `json:"alt"`
}

type wireLateEvent struct {
	Date     string   `json:"d"`
	Mod      string   `json:"m,omitempty"`
	TimeText string   `json:"tt,omitempty"`
	Text     string   `json:"x,omitempty"`
	Docs     []string `json:"docs,omitempty"`
	URLs     []string `json:"urls,omitempty"`
	Sources  int      `json:"n"`
}

// dayNumber is the number of a YYYY-MM-DD day counting from 1970-01-01.
func dayNumber(s string) (int64, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, err
	}
	d := t.Unix()
	q := d / 86400
	if d%86400 < 0 {
		q--
	}
	return q, nil
}

func dayString(n int64) string {
	return time.Unix(n*86400, 0).UTC().Format(time.DateOnly)
}

// encode writes p as the early and the late JSON; json.Marshal escapes <,
// >, &, U+2028 and U+2029, so both are safe inside a script element.
func encode(p *page) (early, late []byte, err error) {
	w := wireEarly{Lang: p.Lang, Dir: p.Dir, Title: p.Title, Group: p.Group, UI: p.UI, Months: p.Months,
		MonthsShort: p.MonthsShort, Types: p.Types, Entities: make([]wireEntity, len(p.Entities)),
		Events: make([]wireEvent, len(p.Items)), Articles: p.Articles}
	l := wireLate{Events: make([]wireLateEvent, len(p.Items)), Alt: make([][]string, len(p.Entities))}
	for i, x := range p.Entities {
		w.Entities[i] = wireEntity{Kind: x.Kind, Name: x.Name}
		l.Alt[i] = x.Alt
	}
	for i, it := range p.Items {
		a, err := dayNumber(it.Start)
		if err != nil {
			return nil, nil, fmt.Errorf("chart: event %d: start %q: %w", i+1, it.Start, err)
		}
		b, err := dayNumber(it.End)
		if err != nil {
			return nil, nil, fmt.Errorf("chart: event %d: end %q: %w", i+1, it.End, err)
		}
		g := it.Gran
		if g == temporal.Day {
			g = ""
		}
		w.Events[i] = wireEvent{A: a, B: b - a, G: g, Type: it.Type, Planned: it.Planned, Headline: it.Headline,
			People: it.People, Places: it.Places, Orgs: it.Orgs, Importance: it.Importance}
		l.Events[i] = wireLateEvent{Date: it.Date, Mod: it.Mod, TimeText: it.TimeText, Text: it.Text,
			Docs: it.Docs, URLs: it.URLs, Sources: it.Sources}
	}
	if early, err = json.Marshal(w); err != nil {
		return nil, nil, fmt.Errorf("chart: %w", err)
	}
	if late, err = json.Marshal(l); err != nil {
		return nil, nil, fmt.Errorf("chart: %w", err)
	}
	return early, late, nil
}

// decode reads the early and the late JSON back into a page, as encode
// wrote them.
func decode(early, late []byte) (*page, error) {
	var w wireEarly
	if err := json.Unmarshal(early, &w); err != nil {
		return nil, fmt.Errorf("chart: early data: %w", err)
	}
	var l wireLate
	if err := json.Unmarshal(late, &l); err != nil {
		return nil, fmt.Errorf("chart: late data: %w", err)
	}
	if len(l.Events) != len(w.Events) || len(l.Alt) != len(w.Entities) {
		return nil, fmt.Errorf("chart: late data has %d events and %d entities, early %d and %d",
			len(l.Events), len(l.Alt), len(w.Events), len(w.Entities))
	}
	p := &page{Lang: w.Lang, Dir: w.Dir, Title: w.Title, Group: w.Group, UI: w.UI, Months: w.Months,
		MonthsShort: w.MonthsShort, Types: w.Types, Entities: make([]entityInfo, len(w.Entities)),
		Items: make([]item, len(w.Events)), Articles: w.Articles}
	for i, x := range w.Entities {
		p.Entities[i] = entityInfo{Kind: x.Kind, Name: x.Name, Alt: l.Alt[i]}
	}
	for i, e := range w.Events {
		g := e.G
		if g == "" {
			g = temporal.Day
		}
		le := l.Events[i]
		p.Items[i] = item{ID: i, Date: le.Date, Start: dayString(e.A), End: dayString(e.A + e.B), Gran: g, Mod: le.Mod,
			Type: e.Type, Planned: e.Planned, Headline: e.Headline, TimeText: le.TimeText, Text: le.Text,
			People: nonNilInts(e.People), Places: nonNilInts(e.Places), Orgs: nonNilInts(e.Orgs),
			Docs: nonNil(le.Docs), URLs: le.URLs, Sources: le.Sources, Importance: e.Importance}
	}
	return p, nil
}

func nonNilInts(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}
