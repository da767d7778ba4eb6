// Package gazetteer owns tarikh's list of known people, places and
// organizations: the YAML schema, loading with positioned diagnostics,
// validation, the built-in gazetteer embedded in the binary, and the index
// that finds names, aliases and role descriptions in tokenized text.
//
// A gazetteer file looks like this:
//
//	entities:
//	  - id: sudani                 # unique, lowercase [a-z0-9_-]
//	    type: person               # person | place | organization
//	    names:
//	      en: [Mohammed Shia al-Sudani, Sudani, al-Sudani]   # first = canonical
//	      ar: [محمد شياع السوداني, السوداني]
//	    roles:                     # optional
//	      - en: [Iraqi prime minister]
//	        ar: [رئيس الوزراء العراقي]
//	        from: 2022-10-27
//	        to: ""                 # empty = still holds
//
// Optional fields: country (ISO 3166 alpha-2 code of the country a place or
// organization belongs to), within (ids of the places a place lies in: its
// first-level division, its country; Zinjibar lies in Abyan, Abyan in
// Yemen), context_names (names matched only after or before a place word:
// في X, مدينة X, in X), population (of a populated place: among places that share a name,
// the bigger one is meant unless the article names where the other lies)
// and note (free text). Gazetteer.Within answers "does A lie in B", following
// within and country transitively.
package gazetteer

import (
	"fmt"
	"sync"
	"time"
)

// Type is the kind of an entity.
type Type string

// Entity types.
const (
	Person       Type = "person"
	Place        Type = "place"
	Organization Type = "organization"
)

// Valid reports whether t is one of the three known types.
func (t Type) Valid() bool { return t == Person || t == Place || t == Organization }

// Names holds an entity's names per language; the first of each list is the
// canonical name in that language.
type Names struct {
	En []string `yaml:"en,omitempty" json:"en,omitempty"`
	Ar []string `yaml:"ar,omitempty" json:"ar,omitempty"`
}

// Role is a description that stands for the entity during a period, such as
// "Iraqi prime minister".
type Role struct {
	En   []string `yaml:"en,omitempty" json:"en,omitempty"`
	Ar   []string `yaml:"ar,omitempty" json:"ar,omitempty"`
	From string   `yaml:"from,omitempty" json:"from,omitempty"`
	To   string   `yaml:"to,omitempty" json:"to,omitempty"`
}

// Holds reports whether the role was held on day d. Open ends hold forever.
func (r Role) Holds(d time.Time) bool {
	if r.From != "" {
		if f, err := time.Parse(time.DateOnly, r.From); err == nil && d.Before(f) {
			return false
		}
	}
	if r.To != "" {
		if t, err := time.Parse(time.DateOnly, r.To); err == nil && d.After(t) {
			return false
		}
	}
	return true
}

// Entity is one person, place or organization.
type Entity struct {
	ID      string `yaml:"id" json:"id"`
	Type    Type   `yaml:"type" json:"type"`
	Names   Names  `yaml:"names" json:"names"`
	Roles   []Role `yaml:"roles,omitempty" json:"roles,omitempty"`
	Country string `yaml:"country,omitempty" json:"country,omitempty"`
	// Within lists the ids of the places this place lies in.
	Within []string `yaml:"within,omitempty" json:"within,omitempty"`
	// ContextNames are names that match only where the text reads them as
	// a place: after a place word (في, شمال, مدينة; in, near) or the
	// proclitic ب, or before one (زنجبار عاصمة ...). For towns whose one-word
	// name is often a word or a surname.
	ContextNames []string `yaml:"context_names,omitempty" json:"context_names,omitempty"`
	// Bare are generic names that every country's body bears (الدفاع
	// المدني, وزارة الصحة; a club's الهلال): they stand for the entity only
	// in an article of its Country (extract decides that from the
	// article's dateline and places). Find matches them only where
	// Words.MatchBare allows. Nil when there are none.
	Bare *Names `yaml:"bare,omitempty" json:"bare,omitempty"`
	// BareSports: the bare names match only in a sports passage (a club's
	// name is also a common word: الاتفاق, the agreement), and there also
	// in an article of another country, unless another club of that name
	// (the bare name and a relative adjective: الأهلي المصري) is of that
	// country or named in the article.
	BareSports bool `yaml:"bare_sports,omitempty" json:"bare_sports,omitempty"`
	// Population of a populated place, 0 when unknown.
	Population int64  `yaml:"population,omitempty" json:"population,omitempty"`
	Note       string `yaml:"note,omitempty" json:"note,omitempty"`

	// Pos is where the entity was defined, for diagnostics.
	Pos Pos `yaml:"-" json:"-"`
}

// NameEn returns the canonical English name, or else a context name in
// Latin script (an imported place may have its English name only there:
// GeoNames' Cleveland, "in Cleveland"), a spelling in Latin-1 letters
// first (Hamah before the transliteration Ḩamāh; Köln and Québec as
// written), or the Arabic name, or the id.
func (e *Entity) NameEn() string {
	if len(e.Names.En) > 0 {
		return e.Names.En[0]
	}
	latin := ""
	for _, n := range e.ContextNames {
		switch {
		case arabicLetters(n):
		case latin1(n):
			return n
		case latin == "":
			latin = n
		}
	}
	if latin != "" {
		return latin
	}
	if len(e.Names.Ar) > 0 {
		return e.Names.Ar[0]
	}
	if len(e.ContextNames) > 0 {
		return e.ContextNames[0]
	}
	return e.ID
}

// NameAr returns the canonical Arabic name, or the English one, or the id.
func (e *Entity) NameAr() string {
	if len(e.Names.Ar) > 0 {
		return e.Names.Ar[0]
	}
	for _, n := range e.ContextNames {
		if arabicLetters(n) {
			return n
		}
	}
	return e.NameEn()
}

// Pos is a position in a gazetteer file.
type Pos struct {
	File         string
	Line, Column int
}

func (p Pos) String() string {
	switch {
	case p.File == "":
		return fmt.Sprintf("%d:%d", p.Line, p.Column)
	case p.Line == 0:
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// Gazetteer is a set of entities with unique ids.
type Gazetteer struct {
	Entities []*Entity
	byID     map[string]int
	// containers remembers Containers' answers (id → []string): the merger
	// asks for the same places' containers again and again. Add forgets
	// them.
	containers sync.Map
}

// New returns an empty gazetteer.
func New() *Gazetteer { return &Gazetteer{byID: map[string]int{}} }

// Lookup returns the entity with the given id.
func (g *Gazetteer) Lookup(id string) (*Entity, bool) {
	i, ok := g.byID[id]
	if !ok {
		return nil, false
	}
	return g.Entities[i], true
}

// Add adds e, replacing an entity with the same id (so a user's file can
// correct a built-in entry). It reports whether an entity was replaced.
func (g *Gazetteer) Add(e *Entity) (replaced bool) {
	g.containers.Clear()
	if i, ok := g.byID[e.ID]; ok {
		g.Entities[i] = e
		return true
	}
	g.byID[e.ID] = len(g.Entities)
	g.Entities = append(g.Entities, e)
	return false
}

// Merge adds every entity of o to g, later ones replacing earlier ones with
// the same id.
func (g *Gazetteer) Merge(o *Gazetteer) {
	for _, e := range o.Entities {
		g.Add(e)
	}
}

// latin1 reports whether every letter of s is in Latin-1 (ASCII and the
// accented letters of western European spelling, not the macrons and dots
// of a transliteration).
func latin1(s string) bool {
	for _, r := range s {
		if r >= 0x100 {
			return false
		}
	}
	return true
}
