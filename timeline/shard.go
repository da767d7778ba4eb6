package timeline

import (
	"cmp"
	"slices"
	"strings"

	"github.com/tarikh/tarikh/extract/temporal"
)

// The merge shards: an event merges only with events of its own shard, so
// that the shards of a run can be merged apart — on one machine or on a
// cluster's workers — and put together with the same result as one Merger
// that is given every report. A shard is the month of an event's interval
// start when its date is to the month or finer (a day merges with the
// month or week that holds it), else its date value (a year, a quarter: two
// dates coarser than a month merge only when they are the same date). A
// week that runs into the next month stays in the month it starts in.

// ShardKey returns the merge shard of e: "2015-08" for a date to the month
// or finer, the date value ("2015", "2015-Q3") for a coarser one.
func ShardKey(e *Event) string {
	if !temporal.Month.Finer(e.Granularity) {
		return e.StartDate.Format("2006-01")
	}
	return "d" + e.Date
}

// Order is an event's place in a run: its article's input (the path and
// the line of a JSONL file; 0 for a whole file) and its index among the
// article's events. Merging is greedy, so the order of arrival decides
// which reports become one event; runs that give the same reports in the
// same Order give the same timeline.
type Order struct {
	Src   string
	Line  int
	Index int
}

// Compare orders o and p as tarikh reads its inputs: paths by their
// elements (a directory is read in lexical order of its entries), then
// line, then index.
func (o Order) Compare(p Order) int {
	if o.Src != p.Src {
		if c := comparePaths(o.Src, p.Src); c != 0 {
			return c
		}
	}
	return cmp.Or(cmp.Compare(o.Line, p.Line), cmp.Compare(o.Index, p.Index))
}

// comparePaths compares slash-separated paths element by element ("a/b"
// before "a.txt", as a directory walk reads them).
func comparePaths(a, b string) int {
	for a != "" && b != "" {
		ea, ra, _ := strings.Cut(a, "/")
		eb, rb, _ := strings.Cut(b, "/")
		if c := strings.Compare(ea, eb); c != 0 {
			return c
		}
		a, b = ra, rb
	}
	return cmp.Compare(len(a), len(b))
}

// An Arrival is one article's event with its place in the run.
type Arrival struct {
	Event
	Order Order
}

// Arrivals returns the events of r, the report of the article at src and
// line, with their places in the run.
func Arrivals(r Report, src string, line int) []Arrival {
	out := make([]Arrival, len(r.Events))
	for i, e := range r.Events {
		out[i] = Arrival{Event: e, Order: Order{Src: src, Line: line, Index: i}}
	}
	return out
}

// MergedEvent is a merged event as a shard gives it to the run's last step
// (Merger.Put): the event, its first arrival, and where each of its
// articles tells it.
type MergedEvent struct {
	Event
	// Order is the place in the run of its first report.
	Order Order
	// Prominence is parallel to Docs: 4 when the article tells the event
	// in its title or first two sentences, 3 in the next two, else 2.
	Prominence []uint8
}

// MergeShard merges the events of one shard (or of several: events of
// different shards never merge) in their Order, whatever the order of evs,
// and returns the merged events in the order of their first reports, each
// with the Orders of its reports (Event.Reports). lx and places are as for
// Merger.SetLexicon and SetPlaces; both may be nil.
func MergeShard(evs []Arrival, lx *Lexicon, places Places) []MergedEvent {
	evs = slices.Clone(evs)
	slices.SortStableFunc(evs, func(a, b Arrival) int { return a.Order.Compare(b.Order) })
	m := NewMerger()
	m.KeepReports()
	if lx != nil {
		m.SetLexicon(lx)
	}
	if places != nil {
		m.SetPlaces(places)
	}
	for _, a := range evs {
		m.add(a.Event, a.Order)
	}
	out := make([]MergedEvent, 0, len(m.events))
	for _, x := range m.events {
		e := x.Event
		e.People, e.Places, e.Organizations = x.kept()
		out = append(out, MergedEvent{Event: e, Order: x.seq, Prominence: slices.Clone(x.place)})
	}
	return out
}

// Put adds x, an event merged elsewhere (MergeShard), as it is: it merges
// with nothing. A run's last step Puts every shard's events and counts
// every article with AddRefs; Each and EachTop then give the timeline.
func (m *Merger) Put(x MergedEvent) {
	y := &merged{Event: x.Event, seq: x.Order, ref: -1, shard: ShardKey(&x.Event)}
	y.place = slices.Clone(x.Prominence)
	for len(y.place) < len(y.Docs) {
		y.place = append(y.place, placeCode(0))
	}
	y.place = y.place[:len(y.Docs)]
	y.Sources = len(y.Docs)
	if m.spill != nil {
		y.ref = m.spill.put(y.TimeText, y.Text)
		y.TimeText, y.Text = "", ""
	}
	if n := len(m.events); n > 0 && m.events[n-1].seq.Compare(y.seq) > 0 {
		m.unsorted = true
	}
	m.events = append(m.events, y)
	m.spans = append(m.spans, spanOf(&y.Event))
}

// AddRefs counts one article and what it refers to, for the importance
// score, without its events (a run's last step: see Put).
func (m *Merger) AddRefs(r Refs) { m.refs.add(r) }

// AddReportAt is AddReport for an article whose place in the run is known
// (its events' Orders are src, line and their index): the merged events
// keep that place for their order in Each.
func (m *Merger) AddReportAt(r Report, src string, line int) {
	m.refs.add(r.Refs)
	for _, a := range Arrivals(r, src, line) {
		m.add(a.Event, a.Order)
	}
}

// sortEvents puts events added by Put in the order of their first
// arrival. Only a Merger that is given no more reports to merge may hold
// events out of order (bucket indexes would move).
func (m *Merger) sortEvents() {
	if !m.unsorted {
		return
	}
	slices.SortStableFunc(m.events, func(a, b *merged) int { return a.seq.Compare(b.seq) })
	for i, x := range m.events {
		m.spans[i] = spanOf(&x.Event)
	}
	m.buckets = map[string][]int{}
	m.unsorted = false
}

// CountSpellings counts the spellings of e's discovered entities, so that
// the timeline names each in its most frequent one: a run's last step calls
// it with every article's event once (the counts do not depend on order).
func (m *Merger) CountSpellings(e *Event) { m.countSpellings(e) }

// AddSpellings adds n to the count of one spelling of a discovered entity:
// what CountSpellings counts, counted elsewhere (a cluster sums the
// spellings of every article's events and gives the last step the sums).
func (m *Merger) AddSpellings(id, spelling string, n int) {
	if m.spellings == nil {
		m.spellings = map[string]map[string]int{}
	}
	c := m.spellings[id]
	if c == nil {
		c = map[string]int{}
		m.spellings[id] = c
	}
	c[spelling] += n
}
