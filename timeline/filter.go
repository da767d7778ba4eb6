package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

// FilterSpec is a filter as a user writes it (the --entity, --type, --since,
// --until and --status flags). Empty fields filter nothing.
type FilterSpec struct {
	// Entities are gazetteer ids or names: an id, or any name or alias of
	// an entity in either language. An event is kept when it names any.
	Entities []string
	// Types are event types; "none" is an event without a type. An event is
	// kept when it has any.
	Types []string
	// Since and Until bound the events' dates: YYYY-MM-DD, YYYY-MM or YYYY
	// (Since from the first day of the month or year, Until to its last).
	// An event is kept when its interval overlaps [Since, Until].
	Since, Until string
	// Status is "planned", "happened" or "".
	Status string
}

// Filter selects events of a timeline: it keeps an event when it passes
// every part of the filter given. A nil or zero Filter keeps every event.
// Filters apply to merged events, so that an event told by several articles
// is judged by everything they tell (its participants' union).
type Filter struct {
	entities     []entityMatch
	types        map[string]bool
	since, until time.Time
	status       Status
}

// entityMatch is one --entity: the ids it resolved to in the gazetteer, and
// the names (in key form) an event entity may carry instead of an id, as
// rows read back from a CSV do.
type entityMatch struct {
	query string
	ids   map[string]bool
	names map[string]bool
}

// NewFilter checks spec and resolves its entities against g (which may be
// nil: names are then matched as written). Notes are things the user should
// know but that do not stop the run: a name that matches several entities,
// or none in the gazetteer. types are the known event types, for checking
// --type; nil accepts any type.
func NewFilter(spec FilterSpec, g *gazetteer.Gazetteer, types []string) (f *Filter, notes []string, err error) {
	f = &Filter{}
	for _, q := range spec.Entities {
		q = strings.TrimSpace(q)
		if q == "" {
			return nil, nil, fmt.Errorf("empty --entity: give an id or a name")
		}
		m, note := resolveEntity(q, g)
		if note != "" {
			notes = append(notes, note)
		}
		f.entities = append(f.entities, m)
	}
	if len(spec.Types) > 0 {
		known := map[string]bool{"none": true}
		for _, t := range types {
			known[t] = true
		}
		f.types = map[string]bool{}
		for _, t := range spec.Types {
			t = strings.ToLower(strings.TrimSpace(t))
			if types != nil && !known[t] {
				return nil, notes, fmt.Errorf("unknown --type %q (types: %s, none)", t, strings.Join(types, ", "))
			}
			if t == "none" {
				t = ""
			}
			f.types[t] = true
		}
	}
	if spec.Since != "" {
		if f.since, _, err = ParsePeriod(spec.Since); err != nil {
			return nil, notes, fmt.Errorf("bad --since: %w", err)
		}
	}
	if spec.Until != "" {
		if _, f.until, err = ParsePeriod(spec.Until); err != nil {
			return nil, notes, fmt.Errorf("bad --until: %w", err)
		}
	}
	if !f.since.IsZero() && !f.until.IsZero() && f.until.Before(f.since) {
		return nil, notes, fmt.Errorf("--until %s is before --since %s", spec.Until, spec.Since)
	}
	switch s := Status(strings.ToLower(strings.TrimSpace(spec.Status))); s {
	case "", Planned, Happened:
		f.status = s
	default:
		return nil, notes, fmt.Errorf("bad --status %q: want planned or happened", spec.Status)
	}
	return f, notes, nil
}

// resolveEntity finds the entities q names in g: the one whose id is q, else
// every one with q among its names and aliases (in either language, compared
// as the gazetteer compares names: Arabic letter variants and case folded).
func resolveEntity(q string, g *gazetteer.Gazetteer) (entityMatch, string) {
	m := entityMatch{query: q, ids: map[string]bool{}, names: map[string]bool{nameKey(q): true}}
	var found []*gazetteer.Entity
	if g != nil {
		if e, ok := g.Lookup(q); ok {
			found = append(found, e)
		} else {
			k := nameKey(q)
			for _, e := range g.Entities {
				if hasName(e, k) {
					found = append(found, e)
				}
			}
		}
	}
	for _, e := range found {
		m.ids[e.ID] = true
		for _, n := range e.Names.En {
			m.names[nameKey(n)] = true
		}
		for _, n := range e.Names.Ar {
			m.names[nameKey(n)] = true
		}
	}
	switch {
	case g != nil && len(found) == 0:
		note := fmt.Sprintf("--entity %q is no id, name or alias in the gazetteer: matching event names as written", q)
		if near := nearEntities(q, g, 5); len(near) > 0 {
			note += "; names holding it: " + strings.Join(near, ", ")
		}
		return m, note
	case len(found) > 1:
		ids := make([]string, len(found))
		for i, e := range found {
			ids[i] = e.ID
		}
		const show = 8
		list := strings.Join(ids[:min(len(ids), show)], ", ")
		if len(ids) > show {
			list += fmt.Sprintf(" and %d more", len(ids)-show)
		}
		return m, fmt.Sprintf("--entity %q names %d entities (%s): keeping events about any; give an id to pick one", q, len(found), list)
	}
	return m, ""
}

// nearEntities lists, as "id (name)", up to max entities one of whose names
// holds q as whole words.
func nearEntities(q string, g *gazetteer.Gazetteer, max int) []string {
	k := " " + nameKey(q) + " "
	var out []string
	for _, e := range g.Entities {
		if n, ok := nameHolding(e, k); ok {
			out = append(out, fmt.Sprintf("%s (%s)", e.ID, n))
			if len(out) == max {
				break
			}
		}
	}
	return out
}

// nameHolding returns a name of e whose key, between spaces, holds k.
func nameHolding(e *gazetteer.Entity, k string) (string, bool) {
	for _, list := range [][]string{e.Names.En, e.Names.Ar} {
		for _, n := range list {
			if strings.Contains(" "+nameKey(n)+" ", k) {
				return n, true
			}
		}
	}
	return "", false
}

func hasName(e *gazetteer.Entity, key string) bool {
	for _, n := range e.Names.En {
		if nameKey(n) == key {
			return true
		}
	}
	for _, n := range e.Names.Ar {
		if nameKey(n) == key {
			return true
		}
	}
	return false
}

// nameKey is the form names are compared in: normalized as the gazetteer
// normalizes them, lower case, single spaces.
func nameKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(textnorm.NormString(s))), " ")
}

// ParsePeriod reads YYYY-MM-DD, YYYY-MM or YYYY and returns the first and
// last day of the period it names. Excel's re-saved forms M/D/YYYY are not
// accepted here: a filter is typed, not re-saved.
func ParsePeriod(s string) (first, last time.Time, err error) {
	s = strings.TrimSpace(s)
	bad := fmt.Errorf("%q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
	switch len(s) {
	case 10:
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return d, d, bad
		}
		return d, d, nil
	case 7:
		d, err := time.Parse("2006-01", s)
		if err != nil {
			return d, d, bad
		}
		return d, d.AddDate(0, 1, -1), nil
	case 4:
		y, err := strconv.Atoi(s)
		if err != nil || y < 1 {
			return time.Time{}, time.Time{}, bad
		}
		d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return d, d.AddDate(1, 0, -1), nil
	}
	return time.Time{}, time.Time{}, bad
}

// Keep reports whether e passes the filter.
func (f *Filter) Keep(e *Event) bool {
	if f == nil {
		return true
	}
	if f.status != "" && e.Status != f.status {
		return false
	}
	if f.types != nil && !f.types[e.Type] {
		return false
	}
	if !f.since.IsZero() || !f.until.IsZero() {
		start, end := e.StartDate, e.EndDate
		if end.IsZero() {
			end = start
		}
		if start.IsZero() ||
			(!f.since.IsZero() && end.Before(f.since)) ||
			(!f.until.IsZero() && start.After(f.until)) {
			return false
		}
	}
	if len(f.entities) > 0 {
		for i := range f.entities {
			if f.entities[i].in(e) {
				return true
			}
		}
		return false
	}
	return true
}

func (m *entityMatch) in(e *Event) bool {
	for _, list := range [][]Entity{e.People, e.Places, e.Organizations} {
		for _, x := range list {
			if x.ID != "" && m.ids[x.ID] {
				return true
			}
			if x.ID == "" || len(m.ids) == 0 {
				if (x.NameEn != "" && m.names[nameKey(x.NameEn)]) || (x.NameAr != "" && m.names[nameKey(x.NameAr)]) {
					return true
				}
			}
		}
	}
	return false
}

// Apply returns the events of evs that f keeps, in order, reusing evs's
// storage.
func (f *Filter) Apply(evs []Event) []Event {
	if f == nil {
		return evs
	}
	out := evs[:0]
	for i := range evs {
		if f.Keep(&evs[i]) {
			out = append(out, evs[i])
		}
	}
	return out
}
