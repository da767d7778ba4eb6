package timeline

import (
	"slices"
	"strings"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

// A discovered name that is a gazetteer person's or organization's name or
// bare name is that entity when the merger compares reports: وزارة العمل,
// the Saudi Ministry of Labor's bare name, is matched by the gazetteer only
// in an article about Saudi Arabia and discovered (org:وزاره_العمل) in
// another paper's. Rows keep the name each report gave.

// aliasIndex maps aliasKey of every Arabic and English name and bare name
// of the gazetteer's people and organizations to the entity's id, "" for a
// key two entities share.
func aliasIndex(g *gazetteer.Gazetteer) map[string]string {
	ix := map[string]string{}
	add := func(prefix, name, id string) {
		k := aliasKey(prefix, name)
		if old, ok := ix[k]; ok && old != id {
			ix[k] = ""
			return
		}
		ix[k] = id
	}
	for _, e := range g.Entities {
		var prefix string
		switch e.Type {
		case gazetteer.Person:
			prefix = "per:"
		case gazetteer.Organization:
			prefix = "org:"
		default:
			continue
		}
		names := [][]string{e.Names.Ar, e.Names.En}
		if e.Bare != nil {
			names = append(names, e.Bare.Ar, e.Bare.En)
		}
		for _, l := range names {
			for _, n := range l {
				add(prefix, n, e.ID)
			}
		}
	}
	return ix
}

// aliasKey is the key of a name of an entity of the discovered id prefix
// ("per:", "org:"): its normalized, lower-cased letters without spaces.
func aliasKey(prefix, name string) string {
	return prefix + strings.ToLower(strings.ReplaceAll(textnorm.NormString(name), " ", ""))
}

// alias returns the id of the gazetteer entity whose name or bare name the
// discovered person or organization x has, "" for none, for more than one
// or for a broad actor.
func (m *Merger) alias(x Entity) string {
	if m.gaz == nil || !extract.IsDiscoveredID(x.ID) || !(strings.HasPrefix(x.ID, "per:") || strings.HasPrefix(x.ID, "org:")) {
		return ""
	}
	if m.aliases == nil {
		m.aliases = aliasIndex(m.gaz)
	}
	name := x.NameAr
	if name == "" {
		name = x.NameEn
	}
	id := m.aliases[aliasKey(x.ID[:4], name)]
	if m.broad[id] {
		return ""
	}
	return id
}

// aliased reports that p and q, under two ids, are one gazetteer entity:
// one is discovered under a name of the other (alias), or both under names
// of one entity.
func (m *Merger) aliased(p, q Entity) bool {
	if p.ID == q.ID {
		return false
	}
	ap, aq := m.alias(p), m.alias(q)
	return ap != "" && (ap == q.ID || ap == aq) || aq != "" && aq == p.ID
}

// aliasTie reports a person or organization of a that b names under
// another id, one being discovered under a name of the other (aliased).
func (m *Merger) aliasTie(a, b *Event) bool {
	for _, la := range [][]Entity{a.People, a.Organizations} {
		for _, x := range la {
			if slices.ContainsFunc(b.People, func(z Entity) bool { return m.aliased(x, z) }) ||
				slices.ContainsFunc(b.Organizations, func(z Entity) bool { return m.aliased(x, z) }) {
				return true
			}
		}
	}
	return false
}
