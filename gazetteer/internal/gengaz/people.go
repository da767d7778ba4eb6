package main

import (
	_ "embed"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tarikh/tarikh/gazetteer"
)

//go:embed people_extra.yaml
var peopleExtraYAML []byte

type peopleExtra struct {
	Adjectives map[string][2]string `yaml:"adjectives"`
	Positions  map[string][2]string `yaml:"positions"`
}

// wdPerson is one row of wikidata-officeholders/people.jsonl.
type wdPerson struct {
	QID       string   `json:"qid"`
	NameEn    string   `json:"name_en"`
	NameAr    string   `json:"name_ar"`
	AliasesAr []string `json:"aliases_ar"`
	EnWiki    string   `json:"enwiki"`
	ArWiki    string   `json:"arwiki"`
	Positions []struct {
		Country  string `json:"country"`
		Position string `json:"position"`
		Start    string `json:"start"`
		End      string `json:"end"`
	} `json:"positions"`
}

// genPeople imports the office-holders that have both an Arabic and an
// English name. A person a hand-written entry already names (same name)
// supplements it; roles are made from the positions of people_extra.yaml.
func genPeople(src string, hand *gazetteer.Gazetteer) ([]*gazetteer.Entity, map[string]int, error) {
	var x peopleExtra
	if err := yaml.Unmarshal(peopleExtraYAML, &x); err != nil {
		return nil, nil, fmt.Errorf("people_extra.yaml: %w", err)
	}
	rows, err := readJSONL(filepath.Join(src, "wikidata-officeholders", "people.jsonl"), func(p wdPerson) bool {
		return p.NameEn != "" && p.NameAr != ""
	})
	if err != nil {
		return nil, nil, err
	}
	stats := map[string]int{}
	hi := newHandIndex(hand)
	// Role descriptions the hand-written files use stay theirs.
	handRoles := map[string]bool{}
	for _, e := range hand.Entities {
		for _, r := range e.Roles {
			for _, n := range slices.Concat(r.En, r.Ar) {
				handRoles[key(n)] = true
			}
		}
	}
	var out []*gazetteer.Entity
	used := map[string]bool{}
	for _, p := range rows {
		e := &gazetteer.Entity{ID: "wd-" + strings.ToLower(p.QID), Type: gazetteer.Person}
		e.Names.En = merge([]string{cleanName(p.NameEn)}, []string{cleanName(p.EnWiki)}, nil)
		var ar []string
		for _, a := range slices.Concat([]string{p.NameAr, p.ArWiki}, p.AliasesAr) {
			if a = cleanName(a); arabicOnly(a) {
				ar = append(ar, a)
			}
		}
		e.Names.Ar = merge(ar, nil, nil)
		for _, q := range p.Positions {
			pos, ok := x.Positions[q.Position]
			adj, ok2 := x.Adjectives[q.Country]
			if !ok || !ok2 || q.Start == "" {
				continue
			}
			r := gazetteer.Role{From: fullDate(q.Start, false), To: fullDate(q.End, true)}
			for i, tmpl := range pos {
				d := strings.ReplaceAll(tmpl, "{c}", adj[i])
				if handRoles[key(d)] {
					stats["roles left to hand-written entities"]++
					continue
				}
				if i == 0 {
					r.En = append(r.En, d)
				} else {
					r.Ar = append(r.Ar, d)
				}
			}
			if len(r.En)+len(r.Ar) > 0 && (r.To == "" || r.To >= r.From) {
				e.Roles = append(e.Roles, r)
				stats["roles"]++
			}
		}
		// The same person as a hand-written entry (a shared full name)
		// supplements it.
		if id := hi.samePerson(e); id != "" && !used[id] {
			used[id] = true
			h, _ := hand.Lookup(id)
			e.ID = id
			e.Names.En = newNames(h.Names.En, e.Names.En, hi, id)
			e.Names.Ar = newNames(h.Names.Ar, e.Names.Ar, hi, id)
			stats["people supplementing hand-written entities"]++
			out = append(out, e)
			continue
		}
		// A name another hand-written entity has stays its own; a one-word
		// name is no name to match a person by.
		e.Names.En = newNames(nil, e.Names.En, hi, "")
		e.Names.Ar = newNames(nil, e.Names.Ar, hi, "")
		if len(e.Names.En)+len(e.Names.Ar) == 0 {
			stats["people left without a name"]++
			continue
		}
		stats["people"]++
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, stats, nil
}

// samePerson returns the hand-written person with one of e's names
// (several words), or "".
func (h *handIndex) samePerson(e *gazetteer.Entity) string {
	for _, n := range slices.Concat(e.Names.En, e.Names.Ar) {
		if oneWord(n) {
			continue
		}
		for _, c := range h.byName[key(n)] {
			if c.Type == gazetteer.Person {
				return c.ID
			}
		}
	}
	return ""
}

// newNames returns the names of add that have several words, that have not
// (by normalized form) and that no other hand-written entity than id has.
func newNames(have, add []string, hi *handIndex, id string) []string {
	seen := map[string]bool{}
	for _, n := range have {
		seen[key(n)] = true
	}
	var out []string
	for _, n := range add {
		k := key(n)
		if seen[k] || oneWord(n) {
			continue
		}
		taken := false
		for _, o := range hi.byName[k] {
			taken = taken || o.ID != id
		}
		if !taken {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// fullDate makes a Wikidata date (YYYY, YYYY-MM or YYYY-MM-DD) a day: the
// first day of the period for a start, the last for an end.
func fullDate(d string, end bool) string {
	switch len(d) {
	case 4:
		if end {
			return d + "-12-31"
		}
		return d + "-01-01"
	case 7:
		if end {
			return d + "-28" // a lower bound of every month's last day
		}
		return d + "-01"
	case 10:
		return d
	}
	return ""
}
