package gazetteer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The large generated built-in files (data/*.tsv) use a compact form of the
// YAML schema that loads some fifty times faster: one entity per line, nine
// tab-separated fields
//
//	id  type  country  within  population  en  ar  roles  note  context_names
//
// where within, en, ar and context_names are lists joined by "|", and roles is a list of
// roles joined by "|", each "from~to~en names~ar names" with names joined
// by ";". Lines starting with "#" are comments. A row whose id a YAML file
// of the built-in gazetteer already defines adds to that entity (see
// Builtin). The YAML schema stays the one users write; this form is only
// for generated data (gazetteer/internal/gengaz writes it).
const compactFields = 10

// loadCompact parses a compact file; name is used in error positions.
func loadCompact(data []byte, name string) (*Gazetteer, error) {
	text := string(data) // one copy; every name shares it
	n := strings.Count(text, "\n") + 1
	g := &Gazetteer{Entities: make([]*Entity, 0, n), byID: make(map[string]int, n)}
	block := make([]Entity, 0, n) // the entities, allocated at once
	// The entities' lists of names, ids and roles are cut from arenas.
	a := &arena{}
	line := 0
	for len(text) > 0 {
		line++
		row, rest, _ := strings.Cut(text, "\n")
		text = rest
		if row == "" || row[0] == '#' {
			continue
		}
		block = append(block, Entity{})
		e := &block[len(block)-1]
		if err := compactEntity(row, e, a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if first, dup := g.byID[e.ID]; dup {
			return nil, fmt.Errorf("%s:%d: duplicate id %q (first at %s)", name, line, e.ID, g.Entities[first].Pos)
		}
		e.Pos = Pos{File: name, Line: line, Column: 1}
		g.byID[e.ID] = len(g.Entities)
		g.Entities = append(g.Entities, e)
	}
	return g, nil
}

// arena hands out slices of a few large backing arrays (chunks), so that
// many short lists cost few heap objects between them. A list never spans
// two chunks, and each slice's capacity is its length: an append to it
// copies instead of writing over the next list.
type arena struct {
	strs  []string
	roles []Role
}

// arenaChunk is how many strings or roles a chunk holds at least.
const arenaChunk = 4096

// list returns s split at sep, empty parts dropped, as a slice of a's
// backing array (nil for none).
func (a *arena) list(s, sep string) []string {
	if s == "" {
		return nil
	}
	if n := strings.Count(s, sep) + 1; cap(a.strs)-len(a.strs) < n {
		a.strs = make([]string, 0, max(arenaChunk, n))
	}
	start := len(a.strs)
	for p := range strings.SplitSeq(s, sep) {
		if p != "" {
			a.strs = append(a.strs, p)
		}
	}
	if len(a.strs) == start {
		return nil
	}
	return a.strs[start:len(a.strs):len(a.strs)]
}

// compactEntity parses one row into e, its lists cut from a.
func compactEntity(row string, e *Entity, a *arena) error {
	var f [compactFields]string
	rest := row
	for i := range f {
		var ok bool
		f[i], rest, ok = strings.Cut(rest, "\t")
		if !ok && i != compactFields-1 {
			return fmt.Errorf("%d fields, want %d (id, type, country, within, population, en, ar, roles, note, context_names)", i+1, compactFields)
		}
		if ok && i == compactFields-1 {
			return fmt.Errorf("more than %d fields", compactFields)
		}
	}
	*e = Entity{ID: f[0], Type: Type(f[1]), Country: f[2], Within: a.list(f[3], "|"), Names: Names{En: a.list(f[5], "|"), Ar: a.list(f[6], "|")}, Note: f[8], ContextNames: a.list(f[9], "|")}
	if !validID(e.ID) {
		return fmt.Errorf("bad id %q", e.ID)
	}
	if !e.Type.Valid() {
		return fmt.Errorf("unknown type %q", f[1])
	}
	for _, w := range e.Within {
		if !validID(w) {
			return fmt.Errorf("bad id %q in within", w)
		}
	}
	if f[4] != "" {
		n, err := strconv.ParseInt(f[4], 10, 64)
		if err != nil || n < 0 {
			return fmt.Errorf("bad population %q", f[4])
		}
		e.Population = n
	}
	for _, n := range e.Names.En {
		if !hasLetters(n) {
			return fmt.Errorf("name %q has no letters", n)
		}
	}
	for _, names := range [][]string{e.Names.Ar, e.ContextNames} {
		for _, n := range names {
			if !hasLetters(n) {
				return fmt.Errorf("name %q has no letters", n)
			}
		}
	}
	if f[7] == "" {
		return nil
	}
	if n := strings.Count(f[7], "|") + 1; cap(a.roles)-len(a.roles) < n {
		a.roles = make([]Role, 0, max(arenaChunk/8, n))
	}
	start := len(a.roles)
	for r := range strings.SplitSeq(f[7], "|") {
		if r == "" {
			continue
		}
		var p [4]string
		rest, k := r, 0
		for ; k < 4; k++ {
			var ok bool
			if p[k], rest, ok = strings.Cut(rest, "~"); !ok {
				break
			}
		}
		if k != 3 {
			return fmt.Errorf("role %q: want from~to~en~ar", r)
		}
		role := Role{From: p[0], To: p[1], En: a.list(p[2], ";"), Ar: a.list(p[3], ";")}
		for _, d := range []string{role.From, role.To} {
			if d == "" {
				continue
			}
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				return fmt.Errorf("role %q: bad date %q", r, d)
			}
		}
		if len(role.En) == 0 && len(role.Ar) == 0 {
			return fmt.Errorf("role %q has no description", r)
		}
		a.roles = append(a.roles, role)
	}
	if len(a.roles) > start {
		e.Roles = a.roles[start:len(a.roles):len(a.roles)]
	}
	return nil // a row without names is checked by Builtin: only a supplement may have none
}

// CompactRow renders e as one row of the compact form (no newline). It
// fails when a value holds a character the form uses as a separator.
func CompactRow(e *Entity) (string, error) {
	var roles []string
	for _, r := range e.Roles {
		roles = append(roles, strings.Join([]string{r.From, r.To, strings.Join(r.En, ";"), strings.Join(r.Ar, ";")}, "~"))
	}
	pop := ""
	if e.Population > 0 {
		pop = strconv.FormatInt(e.Population, 10)
	}
	f := []string{e.ID, string(e.Type), e.Country, strings.Join(e.Within, "|"), pop,
		strings.Join(e.Names.En, "|"), strings.Join(e.Names.Ar, "|"), strings.Join(roles, "|"), e.Note, strings.Join(e.ContextNames, "|")}
	for _, v := range f {
		if strings.ContainsAny(v, "\t\n\r") {
			return "", fmt.Errorf("entity %q: a value holds a tab or line break: %q", e.ID, v)
		}
	}
	for _, n := range slices.Concat(e.Within, e.Names.En, e.Names.Ar, e.ContextNames) {
		if n == "" || strings.Contains(n, "|") {
			return "", fmt.Errorf("entity %q: name or id %q is empty or holds '|'", e.ID, n)
		}
	}
	for _, r := range e.Roles {
		for _, n := range slices.Concat(r.En, r.Ar) {
			if strings.ContainsAny(n, "|~;\t\n\r") {
				return "", fmt.Errorf("entity %q: role name %q holds a separator", e.ID, n)
			}
		}
	}
	return strings.Join(f, "\t"), nil
}

// supplement adds the generated row s to the hand-written entity e with the
// same id: names e lacks (by normalized form), its roles, and within,
// population and country where e has none.
func supplement(e, s *Entity) {
	add := func(dst *[]string, src []string) {
		have := map[string]bool{}
		for _, n := range *dst {
			have[nameKey(n)] = true
		}
		for _, n := range src {
			if k := nameKey(n); !have[k] {
				have[k] = true
				*dst = append(*dst, n)
			}
		}
	}
	add(&e.Names.En, s.Names.En)
	add(&e.Names.Ar, s.Names.Ar)
	add(&e.ContextNames, s.ContextNames)
	if len(e.Within) == 0 {
		e.Within = s.Within
	}
	if e.Population == 0 {
		e.Population = s.Population
	}
	if e.Country == "" {
		e.Country = s.Country
	}
	e.Roles = append(e.Roles, s.Roles...) // the generator leaves out descriptions e uses
}

// validID is idPattern.MatchString without the regular expression.
func validID(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return s != ""
}
