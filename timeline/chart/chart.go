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
	"fmt"
	"html/template"
	"io"
	"slices"
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
	// Group is the lane grouping the page opens with: type (default),
	// person, place or organization. The reader may change it on the page.
	Group string
	// Lang is the language of the chart's words and of entity names: en
	// (default), ar, or any language with a lang/<code>/chart.yaml.
	Lang string
	// Title is the page title; empty means a title in Lang.
	Title string
	// TypeLabel gives an event type its label in Lang (the trigger
	// lexicon's labels, the one place for them); nil shows the type.
	TypeLabel func(typ string) string
	// Entity, when set, completes an event's participant (found by id, or
	// by a name when an edited CSV gave only that) with its names in every
	// language and returns all its other names and aliases, which the
	// filter searches. Without it an entity has the names the event gives.
	Entity func(timeline.Entity) (timeline.Entity, []string)
	// ArticleDates are the dates of the articles the events come from; the
	// chart marks them on its axis. Zero dates are left out.
	ArticleDates []time.Time
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
	return nil
}

// Validate reports whether the options are usable.
func (o Options) Validate() error {
	if err := o.normalize(); err != nil {
		return err
	}
	_, err := loadWords(nil, o.Lang)
	return err
}

var (
	//go:embed assets/chart.js
	chartJS string
	//go:embed assets/chart.css
	chartCSS string
	//go:embed assets/page.html.tmpl
	pageHTML string

	pageTmpl = template.Must(template.New("page").Parse(pageHTML))
)

// page is what the template and, as JSON (wire.go), the script get.
type page struct {
	Lang        string
	Dir         string
	Title       string
	Group       string
	UI          map[string]string
	Months      []string
	MonthsShort []string
	Types       []typeInfo
	Entities    []entityInfo
	Items       []item
	Articles    []articleDay
}

type typeInfo struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Color string `json:"color"`
}

// entityInfo is one participant, shared by all its events.
type entityInfo struct {
	// Kind is p (person), l (place) or o (organization).
	Kind string
	// Name is the name in the chart's language (else another, else the id).
	Name string
	// Alt are its other names and aliases in every language.
	Alt []string
}

// articleDay is a day articles were dated, with how many.
type articleDay struct {
	Day string `json:"day"`
	N   int    `json:"n"`
}

// item is one event as the script draws it; Start and End are inclusive
// days, People, Places and Orgs indexes of page.Entities.
type item struct {
	ID       int
	Date     string
	Start    string
	End      string
	Gran     temporal.Granularity
	Mod      string
	Type     int
	Planned  bool
	Headline string
	TimeText string
	Text     string
	People   []int
	Places   []int
	Orgs     []int
	// Docs are the articles; URLs their web addresses ("" for none), nil
	// when none has one.
	Docs    []string
	URLs    []string
	Sources int
	// Importance is the event's score (0-100, timeline/importance.go),
	// for the script to draw the important events first where space is
	// short; left out when 0 (a CSV without the column).
	Importance float64
}

// palette is Okabe and Ito's colour-blind-safe set, then Tableau's, darkened
// where white text or a white page needs it.
var palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
	"#8C564B", "#7F7F7F", "#BCBD22", "#9467BD", "#17BECF", "#B8860B"}

// Write writes the chart of events as a self-contained HTML page. Event i
// of events is drawn with data-event-id="i". An event without a date is an
// error. An event's Headline titles it; an event without one gets a
// headline made from its type, participants and place in opts.Lang.
//
// The page carries its data in two parts (see wire.go): what the first
// render needs, before the script, and the rest (evidence, dates as
// written, sources, aliases) after it, which the script reads once the
// chart is on screen, so that a page of the whole corpus opens fast.
func Write(w io.Writer, events []timeline.Event, opts Options) error {
	p, err := build(events, opts)
	if err != nil {
		return err
	}
	early, late, err := encode(p)
	if err != nil {
		return err
	}
	return pageTmpl.Execute(w, struct {
		Lang, Dir, Title string
		UI               map[string]string
		// The four are trusted: our own embedded assets, and JSON that
		// json.Marshal has made safe inside a script element.
		Data, Late, JS template.JS
		CSS            template.CSS
	}{p.Lang, p.Dir, p.Title, p.UI, template.JS(early), template.JS(late), template.JS(chartJS), template.CSS(chartCSS)})
}

func build(events []timeline.Event, opts Options) (*page, error) {
	if err := opts.normalize(); err != nil {
		return nil, err
	}
	wd, err := loadWords(nil, opts.Lang)
	if err != nil {
		return nil, err
	}
	p := &page{Lang: opts.Lang, Dir: wd.Dir, Title: opts.Title, Group: opts.Group, UI: wd.UI,
		Months: wd.Months, MonthsShort: wd.MonthsShort, Items: make([]item, len(events)), Articles: []articleDay{}}
	if p.Title == "" {
		p.Title = wd.UI["title"]
	}
	label := func(key string) string {
		if opts.TypeLabel != nil {
			if l := opts.TypeLabel(key); l != "" {
				return l
			}
		}
		return key
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
		p.Types = append(p.Types, typeInfo{Key: k, Label: label(k), Color: palette[i%len(palette)]})
	}

	ents := newEntityTable(opts)
	for i := range events {
		e := &events[i]
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
			gran = temporal.Day
		}
		it := item{
			ID: i, Date: e.Date, Start: start.Format(time.DateOnly), End: end.Format(time.DateOnly),
			Gran: gran, Mod: e.Mod, Type: typeIndex[typeKey(e.Type)], Planned: e.Status == timeline.Planned,
			Headline: e.Headline, TimeText: e.TimeText, Text: e.Text,
			People: ents.add(e.People, "p"), Places: ents.add(e.Places, "l"), Orgs: ents.add(e.Organizations, "o"),
			Docs: nonNil(e.Docs), URLs: webURLs(e.URLs, len(e.Docs)), Sources: e.Sources, Importance: e.Importance,
		}
		if it.Sources == 0 {
			it.Sources = len(e.Docs)
		}
		if it.Headline == "" {
			it.Headline = wd.headline(e, label(typeKey(e.Type)), func(x timeline.Entity) string {
				return ents.name(x)
			})
		}
		p.Items[i] = it
	}
	p.Entities = ents.list

	days := map[string]int{}
	for _, d := range opts.ArticleDates {
		if !d.IsZero() {
			days[d.Format(time.DateOnly)]++
		}
	}
	for d, n := range days {
		p.Articles = append(p.Articles, articleDay{Day: d, N: n})
	}
	sort.Slice(p.Articles, func(i, j int) bool { return p.Articles[i].Day < p.Articles[j].Day })
	return p, nil
}

// entityTable gives every participant one entry in the page, completed by
// Options.Entity, and names it in the chart's language.
type entityTable struct {
	opts  Options
	index map[string]int
	list  []entityInfo
	names map[string]string // key → name in the chart's language
}

func newEntityTable(opts Options) *entityTable {
	return &entityTable{opts: opts, index: map[string]int{}, list: []entityInfo{}, names: map[string]string{}}
}

func entityKey(x timeline.Entity, kind string) string {
	if x.ID != "" {
		return "#" + x.ID
	}
	return kind + ":" + x.NameEn + "|" + x.NameAr
}

// add returns the page indexes of es.
func (t *entityTable) add(es []timeline.Entity, kind string) []int {
	out := make([]int, 0, len(es))
	for _, x := range es {
		k := entityKey(x, kind)
		i, ok := t.index[k]
		if !ok {
			var aliases []string
			if t.opts.Entity != nil {
				x, aliases = t.opts.Entity(x)
			}
			name := localName(x, t.opts.Lang)
			var alt []string
			seen := map[string]bool{name: true}
			for _, a := range append([]string{x.NameEn, x.NameAr}, aliases...) {
				if a != "" && !seen[a] {
					seen[a] = true
					alt = append(alt, a)
				}
			}
			i = len(t.list)
			t.index[k] = i
			t.list = append(t.list, entityInfo{Kind: kind, Name: name, Alt: alt})
		}
		if !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out
}

// name is the chart-language name of an entity already added.
func (t *entityTable) name(x timeline.Entity) string {
	for _, kind := range []string{"p", "l", "o"} {
		if i, ok := t.index[entityKey(x, kind)]; ok {
			return t.list[i].Name
		}
	}
	return localName(x, t.opts.Lang)
}

// localName is an entity's name in lang, or in the other language, or its id.
func localName(x timeline.Entity, lang string) string {
	first, second := x.NameEn, x.NameAr
	if lang == "ar" {
		first, second = second, first
	}
	switch {
	case first != "":
		return first
	case second != "":
		return second
	}
	return x.ID
}

func typeKey(t string) string {
	t = strings.TrimSpace(strings.ToLower(t))
	if t == "" {
		return "other"
	}
	return t
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
