package gazetteer

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to the loader: it never panics, an accepted
// file has only valid entities, and every diagnostic has a position.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"entities:\n  - id: x\n    type: person\n    names: {en: [X]}\n",
		"entities:\n  - id: sudani\n    type: person\n    names:\n      ar: [محمد شياع السوداني]\n    roles:\n      - ar: [رئيس الوزراء العراقي]\n        from: 2022-10-27\n        to: \"\"\n",
		"a: &a [*a, *a]\n",
		"entities: [{id: 1, type: place, names: {en: []}}]",
		"\t\x00entities",
		"entities:\n  - id: x\n    type: place\n    names: {en: [X]}\n    roles: [{en: [r], from: 2020-01-01, to: 2019-01-01}]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, diags, err := Load(bytes.NewReader(data), "fuzz.yaml")
		for _, d := range diags {
			if d.Pos.File != "fuzz.yaml" || d.Pos.Line < 1 || d.Msg == "" {
				t.Fatalf("diagnostic without position or message: %+v", d)
			}
		}
		if err != nil {
			if g != nil {
				t.Fatal("error with a gazetteer")
			}
			return
		}
		for _, e := range g.Entities {
			if !idPattern.MatchString(e.ID) || !e.Type.Valid() || len(e.Names.En)+len(e.Names.Ar) == 0 {
				t.Fatalf("invalid entity accepted: %+v", e)
			}
			for _, n := range append(append([]string{}, e.Names.En...), e.Names.Ar...) {
				if strings.TrimSpace(n) == "" {
					t.Fatalf("empty name accepted in %q", e.ID)
				}
			}
		}
		if _, err := NewIndex(g); err != nil {
			t.Fatal(err)
		}
	})
}
