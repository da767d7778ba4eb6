package gazetteer

import (
	"strings"
	"testing"
)

func TestWithin(t *testing.T) {
	g, _, err := Load(strings.NewReader(`entities:
  - id: country-ye
    type: place
    names: {en: [Yemen]}
  - id: abyan
    type: place
    names: {en: [Abyan]}
    within: [country-ye]
  - id: zinjibar
    type: place
    names: {en: [Zinjibar]}
    within: [abyan]
  - id: sanaa
    type: place
    names: {en: [Sanaa]}
    country: YE
  - id: houthis
    type: organization
    names: {en: [Houthis]}
    country: YE
`), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"zinjibar", "abyan", true},
		{"zinjibar", "country-ye", true},
		{"sanaa", "country-ye", true},
		{"houthis", "country-ye", true},
		{"abyan", "zinjibar", false},
		{"zinjibar", "zinjibar", false},
		{"sanaa", "abyan", false},
		{"nowhere", "country-ye", false},
	} {
		if got := g.Within(tc.a, tc.b); got != tc.want {
			t.Errorf("Within(%s, %s) = %v", tc.a, tc.b, got)
		}
	}
	if got := strings.Join(g.Containers("zinjibar"), " "); got != "abyan country-ye" {
		t.Errorf("Containers(zinjibar) = %q", got)
	}
	if got := g.CountryOf("zinjibar"); got != "country-ye" {
		t.Errorf("CountryOf(zinjibar) = %q", got)
	}
	// Containers remembers its answers; Add forgets them.
	if got := strings.Join(g.Containers("zinjibar"), " "); got != "abyan country-ye" {
		t.Errorf("Containers(zinjibar), asked again = %q", got)
	}
	g.Add(&Entity{ID: "zinjibar", Type: Place, Names: Names{En: []string{"Zinjibar"}}, Country: "YE"})
	if got := strings.Join(g.Containers("zinjibar"), " "); got != "country-ye" {
		t.Errorf("Containers(zinjibar) after Add = %q, want country-ye", got)
	}
}

func TestCheckWithin(t *testing.T) {
	for _, tc := range []struct{ name, yaml, want string }{
		{"cycle", "entities:\n  - id: a\n    type: place\n    names: {en: [A]}\n    within: [b]\n  - id: b\n    type: place\n    names: {en: [B]}\n    within: [a]\n", "lie within each other"},
		{"not a place", "entities:\n  - id: a\n    type: place\n    names: {en: [A]}\n    within: [o]\n  - id: o\n    type: organization\n    names: {en: [O]}\n", "which is a organization"},
		{"organization within", "entities:\n  - id: o\n    type: organization\n    names: {en: [O]}\n    within: [o]\n", "only places lie in places"},
		{"bad id", "entities:\n  - id: a\n    type: place\n    names: {en: [A]}\n    within: [Bad Id]\n", "bad id"},
		{"bad population", "entities:\n  - id: a\n    type: place\n    names: {en: [A]}\n    population: many\n", "bad population"},
	} {
		_, _, err := Load(strings.NewReader(tc.yaml), "t.yaml")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
	// Unknown ids are errors only against a known set (the built-in one).
	g, _, err := Load(strings.NewReader("entities:\n  - id: a\n    type: place\n    names: {en: [A]}\n    within: [country-ye]\n"), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if ds := CheckWithin(g, New().Lookup); len(ds) != 1 || !strings.Contains(ds[0].Msg, "unknown id") {
		t.Errorf("CheckWithin against an empty gazetteer: %v", ds)
	}
}

func TestCompactRoundTrip(t *testing.T) {
	e := &Entity{ID: "x", Type: Person, Country: "YE", Names: Names{En: []string{"A B", "B"}, Ar: []string{"أ ب"}},
		Roles: []Role{{En: []string{"Yemeni president"}, Ar: []string{"الرئيس اليمني"}, From: "2012-02-27", To: "2022-04-07"}}, Note: "n"}
	row, err := CompactRow(e)
	if err != nil {
		t.Fatal(err)
	}
	g, err := loadCompact([]byte("# c\n"+row+"\n"), "x.tsv")
	if err != nil {
		t.Fatal(err)
	}
	got := g.Entities[0]
	if got.ID != "x" || len(got.Names.En) != 2 || got.Roles[0].To != "2022-04-07" || got.Roles[0].Ar[0] != "الرئيس اليمني" || got.Note != "n" {
		t.Errorf("round trip: %+v", got)
	}
	for _, bad := range []string{"x\tperson", "X\tperson\t\t\t\t\tA\t\t\t", "x\tthing\t\t\t\tA\t\t\t", "x\tplace\t\t\t-1\tA\t\t\t", "x\tperson\t\t\t\tA\t\tbad\t"} {
		if _, err := loadCompact([]byte(bad), "b.tsv"); err == nil || !strings.Contains(err.Error(), "b.tsv:1:") {
			t.Errorf("%q: error %v", bad, err)
		}
	}
	if _, err := CompactRow(&Entity{ID: "y", Type: Place, Names: Names{En: []string{"a|b"}}}); err == nil {
		t.Error("a name holding '|' must not be written")
	}
}

func FuzzLoadCompact(f *testing.F) {
	f.Add("x\tplace\tYE\tcountry-ye\t12\tA|B\tأ\t\tn\n")
	f.Add("x\tperson\t\t\t\tA\t\t2020-01-01~~P;Q~ر\t\n#c\n")
	f.Fuzz(func(t *testing.T, s string) {
		g, err := loadCompact([]byte(s), "f.tsv")
		if err == nil {
			for _, e := range g.Entities {
				if e.ID == "" || !e.Type.Valid() {
					t.Fatalf("accepted %+v", e)
				}
			}
		}
	})
}
