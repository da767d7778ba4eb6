package ner

import (
	"fmt"
	"strings"

	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

// Cue classes: what a word tells about the name next to it.
const (
	cueTitle     = 1 << iota // a title or office before a person's name (وزير, President)
	cueOrgHead               // a word that starts an organization's name (وزارة, Ministry)
	cuePlace                 // a word before a place name (مدينة, province)
	cueOrgTail               // a word that ends an organization's name (Party, Inc)
	cueGiven                 // a common given name (given_names of lang/ar/names.yaml)
	cueConnector             // joins two names of one type (connectors)
	cueParticle              // a name word the next word belongs to (عبد, أبو, بن: coref_not_after of names.yaml)
)

// cueTable maps the hash of a normalized word (or of its stem) to its cue
// classes: open addressing over a power-of-two table, so that a lookup is a
// few array reads of a hash the features compute anyway.
type cueTable struct {
	keys []uint64
	vals []uint8
	mask uint64
	// legal holds the hashes of the legal forms (cueFile.LegalForms).
	legal map[uint64]bool
	// defHeads and defStops hold the hashes of the definite-organization
	// heads and stops (cueFile.DefiniteOrgHeads, DefiniteOrgStops).
	defHeads, defStops map[uint64]bool
	// quotedHeads holds the hashes of the heads of quoted organization
	// names (cueFile.QuotedOrgHeads).
	quotedHeads map[uint64]bool
	// placeHeads and placeTails hold the hashes of the heads and tails of
	// organizations named by a place (cueFile.PlaceOrgHeads, PlaceOrgTails).
	placeHeads, placeTails map[uint64]bool
	// companyEnds and companyJoiners hold the hashes of the words that end
	// and join a company's name (cueFile.CompanyEnds, CompanyJoiners).
	companyEnds, companyJoiners map[uint64]bool
	// notNames holds the hashes of the words that name nothing alone
	// (cueFile.NotNames), normalized.
	notNames map[uint64]bool
	// defAdjectives are cueFile.DefiniteOrgAdjectives, as written.
	defAdjectives []string
	// bodyNames holds the hashes of the names of public bodies
	// (cueFile.BodyOrgNames), normalized, their words joined by one
	// space; bodyWords is how many words the longest has. bodyFirst maps
	// the hash of a first word of one, as written or after a proclitic
	// (والشؤون, لإدارة; not للشؤون), to that first word.
	bodyNames map[uint64]bool
	bodyWords int
	bodyFirst map[uint64]string
	// facilities maps the hash of a facility head (cueFile.FacilityPlaceHeads,
	// FacilityOrgHeads), normalized, as written or after a proclitic
	// (بجامع), to the type of the name it starts.
	facilities map[uint64]facility
	// pluralEnds are cueFile.FacilityPluralEnds, as written.
	pluralEnds []string
	// facilityStops holds the hashes of cueFile.FacilityStops, normalized.
	facilityStops map[uint64]bool
}

// facility is what a facility head tells: the type of the name it starts,
// and whether it is written after a proclitic.
type facility struct {
	typ    Type
	clitic bool
}

func (c *cueTable) lookup(h uint64) uint8 {
	if len(c.keys) == 0 || h == 0 {
		return 0
	}
	for i := h & c.mask; ; i = (i + 1) & c.mask {
		switch c.keys[i] {
		case h:
			return c.vals[i]
		case 0:
			return 0
		}
	}
}

func (c *cueTable) add(h uint64, v uint8) {
	for i := h & c.mask; ; i = (i + 1) & c.mask {
		switch c.keys[i] {
		case h:
			c.vals[i] |= v
			return
		case 0:
			c.keys[i], c.vals[i] = h, v
			return
		}
	}
}

// loadCues reads lang/<code>/ner_cues.yaml and builds the table. Each entry
// is entered as normalized and as its stem, so that "الرئيس" also covers
// "والرئيس" and "رئيس".
func loadCues(code string, st *stemmer, given, particles []string) (*cueTable, error) {
	f, err := lang.LoadNERCues(code)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	n := len(f.Titles) + len(f.OrgHeads) + len(f.PlaceCues) + len(f.OrgTails) + len(given) + len(f.Given) + len(f.Connectors) + len(particles)
	size := 16
	for size < 4*n {
		size *= 2
	}
	c := &cueTable{keys: make([]uint64, size), vals: make([]uint8, size), mask: uint64(size - 1), legal: map[uint64]bool{},
		defHeads: map[uint64]bool{}, defStops: map[uint64]bool{}, quotedHeads: map[uint64]bool{},
		placeHeads: map[uint64]bool{}, placeTails: map[uint64]bool{}, companyEnds: map[uint64]bool{}, companyJoiners: map[uint64]bool{}, notNames: map[uint64]bool{},
		defAdjectives: f.DefiniteOrgAdjectives, bodyNames: map[uint64]bool{}, bodyFirst: map[uint64]string{}, facilities: map[uint64]facility{}, pluralEnds: f.FacilityPluralEnds, facilityStops: map[uint64]bool{}}
	for _, l := range []struct {
		words []string
		typ   Type
	}{{f.FacilityPlaceHeads, Location}, {f.FacilityOrgHeads, Organization}} {
		for _, w := range l.words {
			nw := textnorm.NormString(w)
			c.facilities[strHash(nw)] = facility{typ: l.typ}
			for _, p := range st.proclitics {
				c.facilities[strHash(p+nw)] = facility{typ: l.typ, clitic: true}
			}
		}
	}
	for _, name := range f.BodyOrgNames {
		words := strings.Fields(textnorm.NormString(name))
		if len(words) == 0 {
			continue
		}
		c.bodyNames[strHash(strings.Join(words, " "))] = true
		c.bodyWords = max(c.bodyWords, len(words))
		c.bodyFirst[strHash(words[0])] = words[0]
		for _, p := range st.proclitics {
			c.bodyFirst[strHash(p+words[0])] = words[0]
		}
	}
	for _, w := range f.NotNames {
		c.notNames[strHash(textnorm.NormString(w))] = true
	}
	for _, l := range []struct {
		words []string
		set   map[uint64]bool
	}{{f.LegalForms, c.legal}, {f.DefiniteOrgHeads, c.defHeads}, {f.DefiniteOrgStops, c.defStops}, {f.QuotedOrgHeads, c.quotedHeads},
		{f.PlaceOrgHeads, c.placeHeads}, {f.PlaceOrgTails, c.placeTails}, {f.CompanyEnds, c.companyEnds}, {f.CompanyJoiners, c.companyJoiners},
		{f.FacilityStops, c.facilityStops}} {
		for _, w := range l.words {
			l.set[strHash(textnorm.NormString(w))] = true
		}
	}
	for _, l := range []struct {
		words []string
		v     uint8
	}{{f.Titles, cueTitle}, {f.OrgHeads, cueOrgHead}, {f.PlaceCues, cuePlace}, {f.OrgTails, cueOrgTail}, {given, cueGiven}, {f.Given, cueGiven}, {f.Connectors, cueConnector}, {particles, cueParticle}} {
		for _, w := range l.words {
			nw := textnorm.NormString(w)
			c.add(strHash(nw), l.v)
			if s, _ := st.stem(nw); s != nw {
				c.add(strHash(s), l.v)
			}
		}
	}
	return c, nil
}
