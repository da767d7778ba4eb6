package gazetteer

import (
	"fmt"
	"strings"
)

// maxWithinDepth bounds the walk up the within chain (a cycle in a user's
// file must not loop).
const maxWithinDepth = 8

// Containers returns the ids of the places entity id lies in, nearest first:
// its within entries, theirs in turn, and the country of its country field
// (as "country-xx") when no entry already leads there. Unknown ids are
// skipped; the result has no repeats. The result is shared: the caller must
// not change it. Answers are remembered until the next Add, so an entity's
// Within and Country must not change after its places were asked for.
func (g *Gazetteer) Containers(id string) []string {
	if c, ok := g.containers.Load(id); ok {
		return c.([]string)
	}
	out := g.containersOf(id)
	g.containers.Store(id, out)
	return out
}

// containersOf is Containers, worked out.
func (g *Gazetteer) containersOf(id string) []string {
	var out []string
	seen := map[string]bool{id: true}
	frontier := []string{id}
	for depth := 0; depth < maxWithinDepth && len(frontier) > 0; depth++ {
		var next []string
		for _, cur := range frontier {
			e, ok := g.Lookup(cur)
			if !ok {
				continue
			}
			ups := e.Within
			if e.Country != "" {
				ups = append(ups[:len(ups):len(ups)], CountryID(e.Country))
			}
			for _, u := range ups {
				if seen[u] {
					continue
				}
				seen[u] = true
				if _, ok := g.Lookup(u); ok {
					out = append(out, u)
					next = append(next, u)
				}
			}
		}
		frontier = next
	}
	return out
}

// Within reports whether entity a lies in entity b (Stockholm in Sweden,
// Zinjibar in Abyan and in Yemen), following within and country. A place
// does not lie in itself.
func (g *Gazetteer) Within(a, b string) bool {
	for _, c := range g.Containers(a) {
		if c == b {
			return true
		}
	}
	return false
}

// CountryOf returns the id of the country entity a place or organization
// lies in ("country-ye" for Zinjibar), or "" when none is known.
func (g *Gazetteer) CountryOf(id string) string {
	if strings.HasPrefix(id, "country-") {
		if _, ok := g.Lookup(id); ok {
			return id
		}
	}
	for _, c := range g.Containers(id) {
		if strings.HasPrefix(c, "country-") {
			return c
		}
	}
	return ""
}

// CountryID is the id of the built-in country entity with ISO 3166 alpha-2
// code cc ("country-ye" for "YE").
func CountryID(cc string) string { return "country-" + strings.ToLower(cc) }

// CheckWithin validates the within entries of g: an id must name a place of
// g or one that known reports (the built-in gazetteer's, say; nil knows
// none, and then an id g lacks is left alone), a place may not lie in
// itself, and only places lie in places.
func CheckWithin(g *Gazetteer, known func(id string) (*Entity, bool)) Diagnostics {
	var ds Diagnostics
	for _, e := range g.Entities {
		if len(e.Within) == 0 {
			continue
		}
		if e.Type != Place {
			ds = append(ds, Diagnostic{Pos: e.Pos, Severity: SevError, Msg: fmt.Sprintf("%s %q has within; only places lie in places", e.Type, e.ID), Hint: "use country for an organization's country"})
			continue
		}
		for _, id := range e.Within {
			c, ok := g.Lookup(id)
			if !ok && known != nil {
				c, ok = known(id)
			}
			switch {
			case !ok && known != nil:
				ds = append(ds, Diagnostic{Pos: e.Pos, Severity: SevError, Msg: fmt.Sprintf("%q lies within unknown id %q", e.ID, id), Hint: "within lists ids of places in this file or the built-in gazetteer (tarikh gazetteer list)"})
			case !ok:
			case c.Type != Place:
				ds = append(ds, Diagnostic{Pos: e.Pos, Severity: SevError, Msg: fmt.Sprintf("%q lies within %q, which is a %s", e.ID, id, c.Type), Hint: "within lists places"})
			case id == e.ID || g.Within(id, e.ID):
				ds = append(ds, Diagnostic{Pos: e.Pos, Severity: SevError, Msg: fmt.Sprintf("%q and %q lie within each other", e.ID, id), Hint: "within points from the smaller place to the larger"})
			}
		}
	}
	return ds
}
