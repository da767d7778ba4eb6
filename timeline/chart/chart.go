// Package chart draws a timeline of events as one self-contained HTML file:
// a horizontal time axis with zoom and pan, one lane per event type (or per
// person, place or organization), events as points (a day) or bars (a week,
// month, year...), colour by type, planned events hollow, details of an event
// on hover or click, and a filter box on entity names.
//
// The page needs no network: its script and style (assets/) are embedded in
// the binary with go:embed and written into the page. The events travel as
// JSON inside <script type="application/json">, made by encoding/json, which
// escapes <, > and &; the script puts all article text into the page with
// textContent, never as markup, so a hostile article cannot inject script.
//
// ReadCSV reads back the CSV that `tarikh events` writes.
package chart

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/timeline"
)

// Groupings of lanes.
const (
	ByType         = "type"
	ByPerson       = "person"
	ByPlace        = "place"
	ByOrganization = "organization"
)

// Options says how to draw the chart.
type Options struct {
	// Group is the lane grouping: type (default), person, place or organization.
	Group string
	// Lang is the language of the chart's labels and of entity names: en (default) or ar.
	Lang string
	// Title is the page title; empty means a title in Lang.
	Title string
	// TypeLabel, when set, gives an event type its label in Lang (the
	// trigger lexicon's labels); the chart's own list is the fallback.
	TypeLabel func(typ string) string
}

func (o *Options) normalize() error {
	if o.Group == "" {
		o.Group = ByType
	}
	if o.Lang == "" {
		o.Lang = "en"
	}
	switch o.Group {
	case ByType, ByPerson, ByPlace, ByOrganization:
	default:
		return fmt.Errorf("chart: bad group %q: want type, person, place or organization", o.Group)
	}
	if _, ok := ui[o.Lang]; !ok {
		return fmt.Errorf("chart: bad language %q: want en or ar", o.Lang)
	}
	return nil
}

// Validate reports whether the options are usable.
func (o Options) Validate() error { return o.normalize() }

var (
	//go:embed assets/chart.js
	chartJS string
	//go:embed assets/chart.css
	chartCSS string
	//go:embed assets/page.html.tmpl
	pageHTML string

	pageTmpl = template.Must(template.New("page").Parse(pageHTML))
)

// page is what the template and, as JSON, the script get.
type page struct {
	Lang  string            `json:"lang"`
	Dir   string            `json:"dir"`
	Title string            `json:"title"`
	Group string            `json:"group"`
	UI    map[string]string `json:"ui"`
	Types []typeInfo        `json:"types"`
	Lanes []lane            `json:"lanes"`
	Items []item            `json:"events"`
}

type typeInfo struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Color string `json:"color"`
}

type lane struct {
	Label string `json:"label"`
	// Events are indexes of page.Items, sorted by start.
	Events []int `json:"events"`
}

// item is one event as the script draws it; Start and End are inclusive days.
type item struct {
	ID       int      `json:"id"`
	Date     string   `json:"date"`
	Start    string   `json:"start"`
	End      string   `json:"end"`
	Gran     string   `json:"gran"`
	Mod      string   `json:"mod,omitempty"`
	Type     int      `json:"type"`
	Planned  bool     `json:"planned,omitempty"`
	Headline string   `json:"headline"`
	TimeText string   `json:"time_text"`
	Text     string   `json:"text"`
	People   []string `json:"people"`
	Places   []string `json:"places"`
	Orgs     []string `json:"orgs"`
	Docs     []string `json:"docs"`
	// URLs are the docs' web addresses ("" for none), nil when none has one.
	URLs    []string `json:"urls,omitempty"`
	Sources int      `json:"sources"`
	// Importance is the event's score (0-100, timeline/importance.go),
	// for the script to draw the important events first where space is
	// short; left out when 0 (a CSV without the column).
	Importance float64 `json:"importance,omitempty"`
}

// palette is Okabe and Ito's colour-blind-safe set, then Tableau's, darkened
// where white text or a white page needs it.
var palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
	"#8C564B", "#7F7F7F", "#BCBD22", "#9467BD", "#17BECF", "#B8860B"}

// Write writes the chart of events as a self-contained HTML page. Event i
// of events is drawn with data-event-id="i". An event without a date is an
// error.
func Write(w io.Writer, events []timeline.Event, opts Options) error {
	p, err := build(events, opts)
	if err != nil {
		return err
	}
	data, err := json.Marshal(p) // escapes <, >, &, U+2028 and U+2029
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	return pageTmpl.Execute(w, struct {
		Lang, Dir, Title string
		UI               map[string]string
		// The three are trusted: our own embedded assets, and JSON that
		// json.Marshal has made safe inside a script element.
		Data, JS template.JS
		CSS      template.CSS
	}{p.Lang, p.Dir, p.Title, p.UI, template.JS(data), template.JS(chartJS), template.CSS(chartCSS)})
}

func build(events []timeline.Event, opts Options) (*page, error) {
	if err := opts.normalize(); err != nil {
		return nil, err
	}
	u := ui[opts.Lang]
	p := &page{Lang: opts.Lang, Dir: "ltr", Title: opts.Title, Group: opts.Group, UI: u,
		Items: make([]item, len(events))}
	if opts.Lang == "ar" {
		p.Dir = "rtl"
	}
	if p.Title == "" {
		p.Title = u["title"]
	}

	// Types, most frequent first, then by name: the legend's order and colours.
	count := map[string]int{}
	for _, e := range events {
		count[typeKey(e.Type)]++
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return keys[i] < keys[j]
	})
	typeIndex := map[string]int{}
	for i, k := range keys {
		typeIndex[k] = i
		label := typeLabel(k, opts.Lang)
		if opts.TypeLabel != nil {
			label = opts.TypeLabel(k)
		}
		p.Types = append(p.Types, typeInfo{Key: k, Label: label, Color: palette[i%len(palette)]})
	}

	for i, e := range events {
		start, end, gran := e.StartDate, e.EndDate, e.Granularity
		if start.IsZero() {
			s, en, g, err := temporal.ParseValue(e.Date, e.Mod)
			if err != nil {
				return nil, fmt.Errorf("chart: event %d (%q): %w", i+1, e.Headline, err)
			}
			start, end = s, en
			if gran == "" {
				gran = g
			}
		}
		if end.IsZero() || end.Before(start) {
			end = start
		}
		if gran == "" {
			gran = "day"
		}
		p.Items[i] = item{
			ID: i, Date: e.Date, Start: start.Format(time.DateOnly), End: end.Format(time.DateOnly),
			Gran: string(gran), Mod: e.Mod, Type: typeIndex[typeKey(e.Type)], Planned: e.Status == timeline.Planned,
			Headline: e.Headline, TimeText: e.TimeText, Text: e.Text,
			People: names(e.People, opts.Lang), Places: names(e.Places, opts.Lang), Orgs: names(e.Organizations, opts.Lang),
			Docs: nonNil(e.Docs), URLs: webURLs(e.URLs, len(e.Docs)), Sources: e.Sources, Importance: e.Importance,
		}
		if p.Items[i].Sources == 0 {
			p.Items[i].Sources = len(e.Docs)
		}
	}
	p.Lanes = lanes(p, opts.Group)
	return p, nil
}

// lanes groups the items: one lane per type, or per entity (an event with
// three people is drawn in three lanes), most events first; events with no
// entity of the kind go to a last lane.
func lanes(p *page, group string) []lane {
	byLabel := map[string][]int{}
	var none []int
	for i, it := range p.Items {
		var keys []string
		switch group {
		case ByType:
			keys = []string{p.Types[it.Type].Label}
		case ByPerson:
			keys = it.People
		case ByPlace:
			keys = it.Places
		case ByOrganization:
			keys = it.Orgs
		}
		if len(keys) == 0 {
			none = append(none, i)
		}
		seen := map[string]bool{}
		for _, k := range keys {
			if !seen[k] {
				seen[k] = true
				byLabel[k] = append(byLabel[k], i)
			}
		}
	}
	var out []lane
	for k, ev := range byLabel {
		out = append(out, lane{Label: k, Events: ev})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Events) != len(out[j].Events) {
			return len(out[i].Events) > len(out[j].Events)
		}
		return out[i].Label < out[j].Label
	})
	if len(none) > 0 {
		out = append(out, lane{Label: p.UI["no_"+group], Events: none})
	}
	for _, l := range out {
		sort.SliceStable(l.Events, func(a, b int) bool {
			ia, ib := p.Items[l.Events[a]], p.Items[l.Events[b]]
			if ia.Start != ib.Start {
				return ia.Start < ib.Start
			}
			return ia.End > ib.End
		})
	}
	return out
}

func typeKey(t string) string {
	t = strings.TrimSpace(strings.ToLower(t))
	if t == "" {
		return "event"
	}
	return t
}

// names gives the entities' names in lang, or in the other language, or
// their ids.
func names(es []timeline.Entity, lang string) []string {
	out := make([]string, 0, len(es))
	for _, e := range es {
		first, second := e.NameEn, e.NameAr
		if lang == "ar" {
			first, second = second, first
		}
		switch {
		case first != "":
			out = append(out, first)
		case second != "":
			out = append(out, second)
		case e.ID != "":
			out = append(out, e.ID)
		}
	}
	return out
}

// webURLs keeps the http and https addresses of urls, one place per doc.
func webURLs(urls []string, docs int) []string {
	var out []string
	for i, u := range urls {
		if i < docs && timeline.WebURL(u) {
			if out == nil {
				out = make([]string, docs)
			}
			out[i] = u
		}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
