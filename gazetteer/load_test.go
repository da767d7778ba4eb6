package gazetteer_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/gazetteer"
)

const goodEntity = `  - id: baghdad
    type: place
    names: {en: [Baghdad], ar: [بغداد]}
`

// TestLoadDiagnostics: each problem is reported at file:line:column with a
// hint, as an error or a warning.
func TestLoadDiagnostics(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       string // "line:col severity: message fragment"
		usable     bool
	}{
		{"bad YAML", "entities:\n  - id: x\n   type: place\n", "3:4 error: bad YAML", false},
		{"tab indentation", "entities:\n\t- id: x\n", "2:1 error: bad YAML: found character that cannot start any token", false},
		{"tab inside an entity", "entities:\n  - id: x\n    type: person\n    names:\n    \ten: [X]\n", "5:5 error: bad YAML", false},
		{"empty file", "", "1:1 error: empty gazetteer", false},
		{"top level not a mapping", "- id: x\n", "1:1 error: top level is not a mapping", false},
		{"no entities key", "people: []\n", "1:1 error: unknown top-level key", false},
		{"entities not a list", "entities: {id: x}\n", "1:11 error: 'entities' is not a list", false},
		{"entity not a mapping", "entities:\n  - baghdad\n", "2:5 error: entity is not a mapping", false},
		{"unknown type", "entities:\n  - id: x\n    type: city\n    names: {en: [X]}\n", "3:11 error: unknown type \"city\"", false},
		{"unknown key", "entities:\n  - id: x\n    type: place\n    name: {en: [X]}\n", "4:5 error: unknown key \"name\"", false},
		{"unknown language", "entities:\n  - id: x\n    type: place\n    names: {fr: [X], en: [X]}\n", "4:13 error: unknown language \"fr\"", false},
		{"bare_sports not a boolean", "entities:\n  - id: x\n    type: organization\n    names: {en: [X]}\n    bare: {ar: [الهلال]}\n    bare_sports: yes\n", "6:18 error: bad bare_sports", false},
		{"bare names' unknown language", "entities:\n  - id: x\n    type: organization\n    names: {en: [X]}\n    bare: {fr: [X]}\n", "5:12 error: unknown language \"fr\" in bare", false},
		{"bad id", "entities:\n  - id: Bad Id\n    type: place\n    names: {en: [X]}\n", "2:9 error: bad id", false},
		{"missing id", "entities:\n  - type: place\n    names: {en: [X]}\n", "2:5 error: entity without id", false},
		{"missing type", "entities:\n  - id: x\n    names: {en: [X]}\n", "2:5 error: entity \"x\" without type", false},
		{"duplicate id", "entities:\n" + goodEntity + goodEntity, "5:5 error: duplicate id \"baghdad\" (first defined at test.yaml:2:5)", false},
		{"no names", "entities:\n  - id: x\n    type: place\n    names: {en: [], ar: []}\n", "4:12 error: entity \"x\" has no names", false},
		{"empty name in a list", "entities:\n  - id: x\n    type: place\n    names: {en: [X, \"\"]}\n", "4:21 error: empty name in names.en", false},
		{"empty scalar name", "entities:\n  - id: x\n    type: place\n    names: {en: \"\", ar: [س]}\n", "4:17 error: empty name in names.en", false},
		{"name without letters", "entities:\n  - id: x\n    type: place\n    names: {en: [\"--\"], ar: [س]}\n", "4:18 error: name \"--\" has no letters", false},
		{"scalar name without letters", "entities:\n  - id: x\n    type: place\n    names: {en: \"- '\", ar: [س]}\n", "4:17 error: name \"- '\" has no letters", false},
		{"names not a mapping", "entities:\n  - id: x\n    type: place\n    names: [X]\n", "4:12 error: names must be a mapping", false},
		{"bad date", "entities:\n  - id: x\n    type: person\n    names: {en: [X]}\n    roles:\n      - en: [Y]\n        from: 2022-13-01\n", "7:15 error: bad date \"2022-13-01\"", false},
		{"bad date format", "entities:\n  - id: x\n    type: person\n    names: {en: [X]}\n    roles:\n      - en: [Y]\n        to: 27/10/2022\n", "7:13 error: bad date \"27/10/2022\"", false},
		{"role ends before it starts", "entities:\n  - id: x\n    type: person\n    names: {en: [X]}\n    roles:\n      - en: [Y]\n        from: 2022-10-27\n        to: 2020-05-07\n", "8:13 error: role period ends (2020-05-07) before it starts (2022-10-27)", false},
		{"role without description", "entities:\n  - id: x\n    type: person\n    names: {en: [X]}\n    roles:\n      - from: 2022-10-27\n", "6:9 error: role without description", false},
		{"unknown role key", "entities:\n  - id: x\n    type: person\n    names: {en: [X]}\n    roles:\n      - en: [Y]\n        since: 2020-01-01\n", "7:9 error: unknown role key \"since\"", false},
		{"roles not a list", "entities:\n  - id: x\n    type: person\n    names: {en: [X]}\n    roles: {en: [Y]}\n", "5:12 error: roles must be a list", false},
		{"shared name warning", "entities:\n  - id: a\n    type: person\n    names: {en: [Hussein]}\n  - id: b\n    type: person\n    names: {en: [Saddam Hussein, HUSSEIN]}\n", "5:5 warning: name \"HUSSEIN\" is shared by \"a\" (test.yaml:2:5) and \"b\"", true},
		{"shared name after normalization", "entities:\n  - id: a\n    type: place\n    names: {ar: [إيران]}\n  - id: b\n    type: place\n    names: {ar: [ايران]}\n", "5:5 warning: name \"ايران\" is shared", true},
		{"name that is a function word", "entities:\n  - id: ali\n    type: person\n    names: {ar: [علي بن أبي طالب, علي]}\n", "2:5 warning: name \"علي\" of \"ali\" is a function word", true},
		{"name that is a frequent common word", "entities:\n  - id: reading\n    type: place\n    names: {en: [Reading]}\n", "2:5 warning: name \"Reading\" of \"reading\" is a frequent common word", true},
		{"null entities is an empty gazetteer", "entities:\n", "", true},
	}
	pos := regexp.MustCompile(`^test\.yaml:(\d+):(\d+): (error|warning): `)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, diags, err := gazetteer.Load(strings.NewReader(tc.yaml), "test.yaml")
			if tc.usable != (err == nil) {
				t.Fatalf("usable = %v, want %v (err %v)", err == nil, tc.usable, err)
			}
			if tc.usable && g == nil {
				t.Fatal("usable but no gazetteer")
			}
			if !tc.usable {
				var le *gazetteer.LoadError
				if !errors.As(err, &le) || len(le.Diags) == 0 {
					t.Fatalf("error %v is not a LoadError with diagnostics", err)
				}
			}
			if tc.want == "" {
				if len(diags) != 0 {
					t.Errorf("unexpected diagnostics %v", diags)
				}
				return
			}
			found := false
			for _, d := range diags {
				s := d.String()
				m := pos.FindStringSubmatch(s)
				if m == nil {
					t.Errorf("diagnostic %q lacks file:line:column: severity", s)
					continue
				}
				if d.Hint == "" || !strings.Contains(s, "(hint: ") {
					t.Errorf("diagnostic %q has no hint", s)
				}
				if got := fmt.Sprintf("%d:%d %s: %s", d.Pos.Line, d.Pos.Column, d.Severity, d.Msg); strings.HasPrefix(got, tc.want) {
					found = true
					if strings.Contains(tc.name, "tab") && !strings.Contains(d.Hint, "tab") {
						t.Errorf("diagnostic %q does not name the tab", s)
					}
				}
			}
			if !found {
				t.Errorf("no diagnostic %q in\n%v", tc.want, diags)
			}
		})
	}
}

// TestLoadSorted: several problems come back sorted by position, and every
// error is in the returned error.
func TestLoadSorted(t *testing.T) {
	y := "entities:\n  - id: x\n    type: town\n    names: {en: [X]}\n  - id: y\n    typo: place\n    type: place\n    names: {en: [Y]}\n  - id: x\n    type: place\n    names: {en: [Z]}\n"
	_, diags, err := gazetteer.Load(strings.NewReader(y), "test.yaml")
	if err == nil || len(diags) != 2 {
		t.Fatalf("err %v, diags %v", err, diags)
	}
	if diags[0].Pos.Line != 3 || diags[1].Pos.Line != 6 {
		t.Errorf("not sorted: %v", diags)
	}
	if n := strings.Count(err.Error(), "\n") + 1; n != 2 {
		t.Errorf("error holds %d lines, want 2:\n%v", n, err)
	}
}

// TestAliasBomb: anchors and aliases are refused before anything expands.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	for i := 1; i < 10; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 9; j++ {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	b.WriteString("entities:\n  - id: x\n    type: place\n    names: {en: *a9}\n")
	_, diags, err := gazetteer.Load(strings.NewReader(b.String()), "bomb.yaml")
	if err == nil || len(diags) != 1 || !strings.Contains(diags[0].Msg, "alias") || diags[0].Pos.Line == 0 {
		t.Fatalf("alias bomb not refused cleanly: %v %v", err, diags)
	}
	// A single anchor is refused too.
	_, _, err = gazetteer.Load(strings.NewReader("entities:\n  - &e\n    id: x\n    type: place\n    names: {en: [X]}\n"), "a.yaml")
	if err == nil {
		t.Error("anchor accepted")
	}
}

// TestDeepNesting: deeply nested YAML is refused as such, not as an alias.
func TestDeepNesting(t *testing.T) {
	y := "entities:\n  - id: x\n    type: place\n    names: {en: [X]}\n    note: " + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "\n"
	_, diags, err := gazetteer.Load(strings.NewReader(y), "deep.yaml")
	if err == nil || len(diags) == 0 || strings.Contains(diags[0].Msg, "alias") {
		t.Fatalf("deep nesting: %v %v", err, diags)
	}
}

func TestLoadFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "g.yaml")
	if err := os.WriteFile(p, []byte("entities:\n"+goodEntity), 0o644); err != nil {
		t.Fatal(err)
	}
	g, diags, err := gazetteer.LoadFile(p)
	if err != nil || len(diags) != 0 || len(g.Entities) != 1 {
		t.Fatalf("LoadFile: %v %v", err, diags)
	}
	if e, ok := g.Lookup("baghdad"); !ok || e.Pos.Line != 2 || e.Pos.File != p || e.NameAr() != "بغداد" || e.NameEn() != "Baghdad" {
		t.Errorf("Lookup: %+v", e)
	}
	if _, _, err := gazetteer.LoadFile(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("missing file: no error")
	}
}

func TestMerge(t *testing.T) {
	a, _, _ := gazetteer.Load(strings.NewReader("entities:\n"+goodEntity), "a.yaml")
	b, _, _ := gazetteer.Load(strings.NewReader("entities:\n  - id: baghdad\n    type: place\n    names: {en: [Bagdad]}\n"), "b.yaml")
	a.Merge(b)
	if e, _ := a.Lookup("baghdad"); len(a.Entities) != 1 || e.NameEn() != "Bagdad" {
		t.Errorf("Merge did not replace: %+v", a.Entities)
	}
}
