package timeline

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Merger collects events from many articles and merges the same event told
// by several of them: same type and status, compatible dates (the intervals
// overlap and one granularity contains the other), and a shared participant.
// Merged events keep the finer date with its report's sentence, else the
// first report's, and the participants of all; their
// docs list every article and sources counts them. Headlines are not kept:
// label merged events with Lexicon.Headline.
//
// Events are looked up by (type, status, entity, year) so that adding stays
// fast on large corpora. A spilling Merger keeps only the merge keys in
// memory and moves each event's texts (headline, time text, sentence) to a
// temporary file until they are written.
type Merger struct {
	events  []*merged
	buckets map[string][]int
	spill   *spillFile
	class   func(string) string
	rank    func(string) int
	seed    maphash.Seed
	refs    refCounts // what the articles refer to, for the importance score
}

// SetLexicon makes the types of one family of the lexicon (a visit and a
// meeting) merge, the merged event taking the type of higher priority.
func (m *Merger) SetLexicon(lx *Lexicon) { m.class, m.rank = lx.MergeClass, lx.TypeRank }

func (m *Merger) classOf(typ string) string {
	if m.class == nil {
		return typ
	}
	return m.class(typ)
}

type merged struct {
	Event
	seq int   // first arrival, for a stable order
	ref int64 // offset of the texts in the spill file, -1 in memory
	// sents holds a hash of every report's sentence: the same sentence in
	// two articles (a copied story) tells the same event, whatever else.
	sents []uint64
	// place[i] is where Docs[i] tells the event (placeCode).
	place []uint8
}

// NewMerger returns an empty Merger that keeps events in memory.
func NewMerger() *Merger { return &Merger{buckets: map[string][]int{}, seed: maphash.MakeSeed()} }

// NewSpillingMerger returns an empty Merger that keeps event texts in a
// temporary file in dir ("" for the system's). Close removes the file.
func NewSpillingMerger(dir string) (*Merger, error) {
	f, err := os.CreateTemp(dir, "tarikh-events-*")
	if err != nil {
		return nil, fmt.Errorf("event store: %w", err)
	}
	return &Merger{buckets: map[string][]int{}, seed: maphash.MakeSeed(), spill: &spillFile{f: f, w: bufio.NewWriterSize(f, 1<<16)}}, nil
}

// Close releases the spill file.
func (m *Merger) Close() error {
	if m.spill == nil {
		return nil
	}
	name := m.spill.f.Name()
	err := m.spill.f.Close()
	os.Remove(name)
	m.spill = nil
	return err
}

// spillFile stores strings by offset.
type spillFile struct {
	f   *os.File
	w   *bufio.Writer
	off int64
	err error
}

func (s *spillFile) put(strs ...string) int64 {
	ref := s.off
	var n [binary.MaxVarintLen64]byte
	for _, x := range strs {
		k := binary.PutUvarint(n[:], uint64(len(x)))
		if _, err := s.w.Write(n[:k]); err != nil && s.err == nil {
			s.err = err
		}
		if _, err := s.w.WriteString(x); err != nil && s.err == nil {
			s.err = err
		}
		s.off += int64(k + len(x))
	}
	return ref
}

func (s *spillFile) get(ref int64, dst ...*string) error {
	r := bufio.NewReaderSize(io.NewSectionReader(s.f, ref, s.off-ref), 4096)
	for _, d := range dst {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return fmt.Errorf("event store: %w", err)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			return fmt.Errorf("event store: %w", err)
		}
		*d = string(b)
	}
	return nil
}

// Add merges the events of one article (call once per article, in input
// order). The importance score then knows of the article only what its
// events say; AddReport gives it the article's other dates too.
func (m *Merger) Add(evs []Event) {
	m.refs.add(eventRefs(evs))
	for _, e := range evs {
		m.add(e)
	}
}

func (m *Merger) add(e Event) {
	keys := m.bucketKeys(&e)
	h := maphash.String(m.seed, strings.TrimSpace(e.Text))
	seen := map[int]bool{}
	for _, k := range keys {
		for _, i := range m.buckets[k] {
			if seen[i] {
				continue
			}
			seen[i] = true
			if x := m.events[i]; m.sameEvent(&x.Event, &e) || x.told(h, &e, m) {
				m.absorb(i, e)
				x.addSent(h)
				return
			}
		}
	}
	i := len(m.events)
	x := &merged{Event: e, seq: i, ref: -1, sents: []uint64{h}}
	if m.spill != nil {
		x.ref = m.spill.put(e.TimeText, e.Text)
		x.TimeText, x.Text = "", ""
	}
	x.Docs, x.URLs = nil, nil
	x.addDocs(e.Docs, e.URLs, e.at)
	m.events = append(m.events, x)
	for _, k := range keys {
		m.buckets[k] = append(m.buckets[k], i)
	}
}

// absorb merges e into event i: the participants of both, the first
// report's sentence unless the later one gives a finer date.
func (m *Merger) absorb(i int, e Event) {
	x := m.events[i]
	x.addDocs(e.Docs, e.URLs, e.at)
	if e.Granularity.Finer(x.Granularity) {
		// A finer date comes with the sentence that gives it, and with the
		// participants that sentence names.
		x.Date, x.StartDate, x.EndDate, x.Granularity, x.Mod = e.Date, e.StartDate, e.EndDate, e.Granularity, e.Mod
		if e.Type == x.Type {
			x.Trigger = e.Trigger
		}
		if m.spill != nil {
			x.ref = m.spill.put(e.TimeText, e.Text)
		} else {
			x.TimeText, x.Text = e.TimeText, e.Text
		}
	}
	x.People = unionEntities(x.People, e.People)
	x.Places = unionEntities(x.Places, e.Places)
	x.Organizations = unionEntities(x.Organizations, e.Organizations)
	if x.Type != e.Type && m.rank != nil && m.rank(e.Type) < m.rank(x.Type) {
		x.Type, x.Trigger = e.Type, e.Trigger // the more specific type of a family
	}
	// New keys for the entities the merge added.
	for _, k := range m.bucketKeys(&x.Event) {
		found := false
		for _, j := range m.buckets[k] {
			if j == i {
				found = true
				break
			}
		}
		if !found {
			m.buckets[k] = append(m.buckets[k], i)
		}
	}
}

// Each calls fn with the merged events in chronological order of start
// date; ties keep the order in which they first arrived. The event passed to
// fn is valid only during the call; its Importance is filled.
func (m *Merger) Each(fn func(*Event) error) error { return m.each(m.events, fn) }

// each calls fn with the events xs in the order of Each.
func (m *Merger) each(xs []*merged, fn func(*Event) error) error {
	xs = append([]*merged(nil), xs...)
	sort.SliceStable(xs, func(i, j int) bool {
		a, b := xs[i], xs[j]
		if !a.StartDate.Equal(b.StartDate) {
			return a.StartDate.Before(b.StartDate)
		}
		return a.seq < b.seq
	})
	if m.spill != nil {
		if err := m.spill.w.Flush(); err != nil {
			return fmt.Errorf("event store: %w", err)
		}
		if m.spill.err != nil {
			return fmt.Errorf("event store: %w", m.spill.err)
		}
	}
	for _, x := range xs {
		e := x.Event
		e.Importance = m.importance(x)
		if x.ref >= 0 {
			if err := m.spill.get(x.ref, &e.TimeText, &e.Text); err != nil {
				return err
			}
		}
		if err := fn(&e); err != nil {
			return err
		}
	}
	return nil
}

// Events returns all merged events in the order of Each.
func (m *Merger) Events() ([]Event, error) {
	var out []Event
	err := m.Each(func(e *Event) error {
		out = append(out, *e)
		return nil
	})
	return out, err
}

// Len returns the number of distinct events so far.
func (m *Merger) Len() int { return len(m.events) }

func (m *Merger) bucketKeys(e *Event) []string {
	base := m.classOf(e.Type) + "|" + string(e.Status) + "|" + strconv.Itoa(e.StartDate.Year()) + "|"
	var keys []string
	for _, l := range [][]Entity{e.People, e.Organizations, e.Places} {
		for _, x := range l {
			keys = append(keys, base+x.ID)
		}
	}
	return keys
}

// addDocs adds the articles not yet among x's, with their addresses (urls
// is parallel to docs, or nil) and where they tell it (at), and counts them. (A slice, not a set: most
// events have one article, a few dozen at most, and a map per event made
// the merger's memory grow with the corpus.)
func (x *merged) addDocs(docs, urls []string, at int32) {
	p := placeCode(at)
	for i, d := range docs {
		if j := slices.Index(x.Docs, d); j >= 0 {
			x.place[j] = max(x.place[j], p) // told twice: where it is most prominent
			continue
		}
		u := ""
		if i < len(urls) {
			u = urls[i]
		}
		if u != "" && x.URLs == nil {
			x.URLs = make([]string, len(x.Docs), len(x.Docs)+1)
		}
		x.Docs = append(x.Docs, d)
		x.place = append(x.place, p)
		if x.URLs != nil {
			x.URLs = append(x.URLs, u)
		}
	}
	x.Sources = len(x.Docs)
}

// told reports that x already holds e's sentence (hash h) for the same
// kind of event at an overlapping date.
func (x *merged) told(h uint64, e *Event, m *Merger) bool {
	if m.classOf(x.Type) != m.classOf(e.Type) || x.Status != e.Status ||
		x.StartDate.After(e.EndDate) || e.StartDate.After(x.EndDate) {
		return false
	}
	for _, s := range x.sents {
		if s == h {
			return true
		}
	}
	return false
}

func (x *merged) addSent(h uint64) {
	for _, s := range x.sents {
		if s == h {
			return
		}
	}
	if len(x.sents) < 16 {
		x.sents = append(x.sents, h)
	}
}

// sameEvent reports whether a and b tell the same event.
func (m *Merger) sameEvent(a, b *Event) bool {
	if m.classOf(a.Type) != m.classOf(b.Type) || a.Status != b.Status {
		return false
	}
	if a.StartDate.After(b.EndDate) || b.StartDate.After(a.EndDate) {
		return false
	}
	// Compatible granularity: the coarser interval contains the finer one.
	fine, coarse := a, b
	if b.Granularity.Finer(a.Granularity) {
		fine, coarse = b, a
	}
	if fine.StartDate.Before(coarse.StartDate) || fine.EndDate.After(coarse.EndDate) {
		return false
	}
	c := m.classOf(a.Type)
	return overlaps(a, b, c == "other" || c == "statement")
}

// overlaps reports that a and b share participants: at least half of the
// smaller side's people and organizations when both name some, else at
// least half of all the places the two name together (half of the smaller
// side let an event that had gathered many places swallow every story of
// the day that named one of them: "Saudi Arabia", 17 articles of
// SaudiNewsNet; "United States", 106 Reuters stories). For events with no
// event word, or only a reporting word (strict: two statements made in one
// country on one day are two statements), places need two in common, and
// actors on one side only never match.
func overlaps(a, b *Event, strict bool) bool {
	actA := append(append([]Entity(nil), a.People...), a.Organizations...)
	actB := append(append([]Entity(nil), b.People...), b.Organizations...)
	if len(actA) > 0 && len(actB) > 0 {
		n := shared(actA, actB)
		return n > 0 && 2*n >= min(len(actA), len(actB))
	}
	if strict && len(actA)+len(actB) > 0 {
		return false // one names actors, the other none: nothing to tie them
	}
	n := shared(a.Places, b.Places)
	if strict && n < 2 {
		return false // one country in common is every story of the day
	}
	return n > 0 && 2*n >= len(a.Places)+len(b.Places)-n
}

// shared counts the entities of x that y names too.
func shared(x, y []Entity) int {
	n := 0
	for _, a := range x {
		for _, b := range y {
			if a.ID == b.ID {
				n++
				break
			}
		}
	}
	return n
}

func unionEntities(x, y []Entity) []Entity {
	for _, b := range y {
		found := false
		for _, a := range x {
			if a.ID == b.ID {
				found = true
				break
			}
		}
		if !found {
			x = append(x, b)
		}
	}
	return x
}
