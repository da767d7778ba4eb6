package timeline

import (
	"cmp"
	"encoding/json"
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/temporal"
)

// The importance score says how much a corpus makes of an event, from what
// the merge already holds (research on news timeline summarization found
// these signals pick a story's key dates: the dates many articles refer to,
// the events several sources tell, the prominence of their participants):
//
//	T  the articles that tell the event, each weighing 2 when it tells it
//	   in its title or first two sentences, 1.5 in the next two, else 1;
//	R  the articles that mention the event's date (at its precision) in a
//	   sentence that names one of its participants — the best-cited one:
//	   the reports themselves, other sentences, later articles;
//	C  the articles that name its most-named participant;
//	N  the articles of the run.
//
//	importance = 100 × g × (0.4·ln(1+T) + 0.4·ln(1+R) + 0.2·ln(1+C)) / ln(1+N)
//
// capped at 100 and rounded to a tenth, where g is 1 for a date to the day
// and a tenth less for each step coarser (week 0.9, month 0.8, quarter 0.7,
// half-year 0.6, year 0.5, decade 0.4): a reference timeline is dated to the
// day. Each count enters by its logarithm, so that each doubling adds the
// same; dividing by ln(1+N) makes 100 mean "as much as every article of the
// run" and scores of one corpus's runs comparable. The score depends only on
// the set of articles, not on their order or the number of workers.
const (
	toldWeight    = 0.4
	refsWeight    = 0.4
	centralWeight = 0.2
)

// Bounds on the (date, entity) pairs one sentence gives, so that the cost
// of an article stays linear in its length whatever its sentences.
const (
	maxSentenceDates    = 8
	maxSentenceEntities = 32
)

// Report is what one article gives a timeline: its events and what it
// refers to. Assembler.Report makes it; Merger.AddReport takes it.
type Report struct {
	Events []Event
	Refs   Refs
}

// Refs is what one article refers to, each once: the dates its sentences
// give together with an entity, and the entities it names.
type Refs struct {
	pairs    []dateEntity // sorted, distinct
	entities []string     // sorted, distinct
}

// dateEntity is a date value (TIMEX3: 2015-08-03, 2015-08) and an entity id
// that one sentence gives together.
type dateEntity struct{ date, entity string }

// refs collects what the body sentences of d refer to: every date that could
// date an event, with every entity its sentence names.
func (a *Assembler) refs(d *extract.Document, body []bool) Refs {
	sentOf := func(tok int) int {
		return sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].TokEnd > tok })
	}
	type inSent struct {
		sent int
		val  string
	}
	dates := make([]inSent, 0, len(d.Timexes))
	ents := make([]inSent, 0, len(d.Mentions))
	r := Refs{entities: make([]string, 0, len(d.Mentions))}
	for _, tx := range d.Timexes {
		if si := sentOf(tx.Tok); si < len(d.Sentences) && body[si] && a.dating(d, tx, si) {
			dates = append(dates, inSent{si, tx.Value})
		}
	}
	for _, m := range d.Mentions {
		if m.Entity == nil || a.isCredit(d, m) {
			continue
		}
		if si := sentOf(m.Tok); si < len(d.Sentences) && body[si] {
			ents = append(ents, inSent{si, m.Entity.ID})
			r.entities = append(r.entities, m.Entity.ID)
		}
	}
	bySent := func(a, b inSent) int { return cmp.Compare(a.sent, b.sent) }
	slices.SortStableFunc(dates, bySent)
	slices.SortStableFunc(ents, bySent)
	for i, j := 0, 0; i < len(dates) && j < len(ents); {
		switch si := dates[i].sent; {
		case si < ents[j].sent:
			i++
		case si > ents[j].sent:
			j++
		default:
			iEnd, jEnd := i, j
			for iEnd < len(dates) && dates[iEnd].sent == si {
				iEnd++
			}
			for jEnd < len(ents) && ents[jEnd].sent == si {
				jEnd++
			}
			for _, dt := range dates[i:min(iEnd, i+maxSentenceDates)] {
				for _, e := range ents[j:min(jEnd, j+maxSentenceEntities)] {
					r.pairs = append(r.pairs, dateEntity{dt.val, e.val})
				}
			}
			i, j = iEnd, jEnd
		}
	}
	r.compact()
	return r
}

// eventRefs is what events alone say an article refers to: each event's
// date with each of its participants.
func eventRefs(evs []Event) Refs {
	var r Refs
	for i := range evs {
		e := &evs[i]
		for _, l := range [3][]Entity{e.People, e.Organizations, e.Places} {
			for _, x := range l {
				r.pairs = append(r.pairs, dateEntity{e.Date, x.ID})
				r.entities = append(r.entities, x.ID)
			}
		}
	}
	r.compact()
	return r
}

func (r *Refs) compact() {
	slices.SortFunc(r.pairs, func(a, b dateEntity) int {
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.entity, b.entity))
	})
	r.pairs = slices.Compact(r.pairs)
	slices.Sort(r.entities)
	r.entities = slices.Compact(r.entities)
}

// refCounts sums the Refs of a run's articles: for each (date, entity) pair
// and each entity, how many articles give it. Dates and entities are
// numbered on first sight so that a pair is one map key of 8 bytes.
type refCounts struct {
	articles int
	dateIDs  map[string]uint32
	entIDs   map[string]uint32
	pairs    map[uint64]int32 // dateID<<32 | entID → articles
	named    []int32          // entID → articles
}

func (c *refCounts) add(r Refs) {
	if c.dateIDs == nil {
		c.dateIDs, c.entIDs, c.pairs = map[string]uint32{}, map[string]uint32{}, map[uint64]int32{}
	}
	c.articles++
	for _, p := range r.pairs {
		d, ok := c.dateIDs[p.date]
		if !ok {
			d = uint32(len(c.dateIDs))
			c.dateIDs[p.date] = d
		}
		c.pairs[uint64(d)<<32|uint64(c.entity(p.entity))]++
	}
	for _, e := range r.entities {
		c.named[c.entity(e)]++
	}
}

func (c *refCounts) entity(id string) uint32 {
	e, ok := c.entIDs[id]
	if !ok {
		e = uint32(len(c.named))
		c.entIDs[id] = e
		c.named = append(c.named, 0)
	}
	return e
}

// AddReport merges the events of one article and counts what it refers to
// (call once per article, in input order, instead of Add).
func (m *Merger) AddReport(r Report) {
	m.refs.add(r.Refs)
	for _, e := range r.Events {
		m.add(e, m.arrival())
	}
}

// importance is the score of merged event x (see the comment at the top).
func (m *Merger) importance(x *merged) float64 {
	c := &m.refs
	if c.articles == 0 {
		return 0
	}
	told := 0.0
	for _, p := range x.place {
		told += placeWeight(p)
	}
	var refs, named int32
	d, dated := c.dateIDs[x.Date]
	people, places, orgs := x.kept()
	for _, l := range [3][]Entity{people, orgs, places} {
		for _, p := range l {
			e, ok := c.entIDs[p.ID]
			if !ok {
				continue
			}
			if dated {
				refs = max(refs, c.pairs[uint64(d)<<32|uint64(e)])
			}
			named = max(named, c.named[e])
		}
	}
	return score(told, float64(refs), float64(named), c.articles, x.Granularity)
}

// precision is how fully an event dated at g counts: 1 for a day (or
// finer), a tenth less for each step coarser; 0.4 for a decade or an
// unknown granularity.
func precision(g temporal.Granularity) float64 {
	switch g {
	case temporal.Week:
		return 0.9
	case temporal.Month:
		return 0.8
	case temporal.Quarter, temporal.Season:
		return 0.7
	case temporal.Half:
		return 0.6
	case temporal.Year:
		return 0.5
	case temporal.Decade:
		return 0.4
	}
	if g.Finer(temporal.Week) {
		return 1
	}
	return 0.4
}

// score combines the counts; see the comment at the top.
func score(told, refs, named float64, articles int, granularity temporal.Granularity) float64 {
	v := precision(granularity) * (toldWeight*math.Log1p(told) + refsWeight*math.Log1p(refs) + centralWeight*math.Log1p(named)) /
		math.Log1p(float64(articles))
	return math.Round(min(100, 100*v)*10) / 10
}

// placeCode records where an article tells an event, from at (1 + the
// sentence index, 0 unknown), as twice its weight: title or first two
// sentences 4, the next two 3, further or unknown 2.
func placeCode(at int32) uint8 {
	switch {
	case at >= 1 && at <= 2:
		return 4
	case at >= 3 && at <= 4:
		return 3
	}
	return 2
}

func placeWeight(code uint8) float64 { return float64(code) / 2 }

// EachTop calls fn, in the order of Each, with the n most important events
// that keep accepts: all of them when n <= 0; keep nil accepts every event.
// Ties in importance go to the event with more sources, then to the one
// that arrived first. keep sees an event with its
// Importance; when n > 0 it sees it once more, before the choice, without
// its texts (TimeText and Text are empty when the Merger spills).
func (m *Merger) EachTop(n int, keep func(*Event) bool, fn func(*Event) error) error {
	m.sortEvents()
	if keep == nil {
		keep = func(*Event) bool { return true }
	}
	if n <= 0 {
		return m.each(m.events, func(e *Event) error {
			if !keep(e) {
				return nil
			}
			return fn(e)
		})
	}
	var xs []*merged
	var rs []rankKey
	var e Event
	for _, x := range m.events {
		e = x.Event
		e.Importance = m.importance(x)
		if keep(&e) {
			xs = append(xs, x)
			rs = append(rs, rankKey{e.Importance, e.Sources})
		}
	}
	if n < len(xs) {
		chosen := make([]*merged, 0, n)
		for _, i := range topOrder(rs)[:n] {
			chosen = append(chosen, xs[i])
		}
		xs = chosen
	}
	return m.each(xs, fn)
}

// Top returns the n most important events of evs (all of them when n <= 0
// or n >= len(evs)), chosen as EachTop chooses them, in the order they
// have in evs.
func Top(evs []Event, n int) []Event {
	if n <= 0 || n >= len(evs) {
		return evs
	}
	rs := make([]rankKey, len(evs))
	for i := range evs {
		rs[i] = rankKey{evs[i].Importance, evs[i].Sources}
	}
	ix := topOrder(rs)[:n]
	slices.Sort(ix)
	out := make([]Event, n)
	for i, j := range ix {
		out[i] = evs[j]
	}
	return out
}

// rankKey is what choosing key events reads of an event.
type rankKey struct {
	importance float64
	sources    int
}

// topOrder returns the indexes of rs from the most important event to the
// least: by importance, then sources, then their order in rs. (Taking each
// date's best event before any date's second spread a short list over more
// dates but, read by hand on the Yemen story, left out more of the key
// events of busy days than it brought in: docs/keyevents/results.md.)
func topOrder(rs []rankKey) []int {
	ix := make([]int, len(rs))
	for i := range ix {
		ix[i] = i
	}
	slices.SortStableFunc(ix, func(a, b int) int {
		return cmp.Or(cmp.Compare(rs[b].importance, rs[a].importance), cmp.Compare(rs[b].sources, rs[a].sources))
	})
	return ix
}

// FormatImportance writes an importance as the CSV column holds it: one
// decimal, "43.2".
func FormatImportance(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// refsJSON is Refs as JSON: the (date, entity) pairs and the entities.
type refsJSON struct {
	Pairs    [][2]string `json:"pairs"`
	Entities []string    `json:"entities"`
}

// MarshalJSON writes r as {"pairs":[["2015-08-03","houthis"],...],"entities":[...]}.
func (r Refs) MarshalJSON() ([]byte, error) {
	j := refsJSON{Pairs: make([][2]string, len(r.pairs)), Entities: r.entities}
	for i, p := range r.pairs {
		j.Pairs[i] = [2]string{p.date, p.entity}
	}
	if j.Entities == nil {
		j.Entities = []string{}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes, in any order and with
// repeats (they count once).
func (r *Refs) UnmarshalJSON(b []byte) error {
	var j refsJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = Refs{pairs: make([]dateEntity, len(j.Pairs)), entities: j.Entities}
	for i, p := range j.Pairs {
		r.pairs[i] = dateEntity{p[0], p[1]}
	}
	r.compact()
	return nil
}
