package gazetteer

import "fmt"

// Replacements warns about each entity of u whose id g holds already:
// merged (g.Merge(u)), u's entity replaces g's, whose names and roles are
// then no longer found unless u repeats them.
func Replacements(g, u *Gazetteer) Diagnostics {
	var ds Diagnostics
	for _, e := range u.Entities {
		old, ok := g.Lookup(e.ID)
		if !ok {
			continue
		}
		ds = append(ds, Diagnostic{
			Pos:      e.Pos,
			Severity: SevWarning,
			Msg: fmt.Sprintf("id %q is already defined at %s (%s); this entity replaces it, and names given only there are no longer found",
				e.ID, old.Pos, old.NameEn()),
			Hint: "give a new id to add an entity, or repeat the names you keep",
		})
	}
	return ds
}
