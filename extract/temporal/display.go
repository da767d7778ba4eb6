package temporal

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sync"

	"github.com/tarikh/tarikh/lang"
)

// DisplayNames are the words a language says dates with in output (the
// display: section of lang/<code>/dates.yaml).
type DisplayNames struct {
	// Months are the twelve month names, January first.
	Months []string `yaml:"months"`
	// Parts are the words for START, MID and END (early, mid-, late).
	Parts map[string]string `yaml:"parts"`
	// Week, Quarter, Halves and Decade say such periods: {w} is the ISO
	// week, {q} the quarter, {y} the year, {d} the decade's first year
	// ("week {w} of {y}", "Q{q} {y}", "H1 {y}", "{d}s").
	Week    string   `yaml:"week"`
	Quarter string   `yaml:"quarter"`
	Halves  []string `yaml:"halves"`
	Decade  string   `yaml:"decade"`
}

// Month returns the name of month m (1..12), "" when there is none.
func (d DisplayNames) Month(m int) string {
	if m < 1 || m > len(d.Months) {
		return ""
	}
	return d.Months[m-1]
}

// LoadDisplayNames reads the display names of every language folder of
// fsys that has a dates.yaml, by language code. A language must name all
// twelve months or none.
func LoadDisplayNames(fsys fs.FS) (map[string]DisplayNames, error) {
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("temporal: language layer: %w", err)
	}
	var ls []langRules
	for _, e := range ents {
		name := path.Join(e.Name(), datesFile)
		if !e.IsDir() {
			continue
		}
		if _, err := fs.Stat(fsys, name); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		lr := langRules{Dir: e.Name()}
		if err := lang.Decode(fsys, name, &lr.Rules); err != nil {
			return nil, fmt.Errorf("temporal: %w", err)
		}
		ls = append(ls, lr)
	}
	return displayNames(ls)
}

// displayNames are the display names of the rules ls by language code.
func displayNames(ls []langRules) (map[string]DisplayNames, error) {
	out := map[string]DisplayNames{}
	for _, lr := range ls {
		rf := &lr.Rules
		if n := len(rf.Display.Months); n != 0 && n != 12 {
			return nil, fmt.Errorf("temporal: %s: display: %d month names, want 12", path.Join(lr.Dir, datesFile), n)
		}
		code := rf.Lang
		if code == "" {
			code = lr.Dir
		}
		out[code] = rf.Display
	}
	return out, nil
}

// builtinDisplay are the display names of the built-in rules
// (LoadDisplayNames(lang.Builtin()), read from builtin_rules.json).
var builtinDisplay = sync.OnceValues(func() (map[string]DisplayNames, error) {
	ls, err := builtinRules()
	if err != nil {
		return nil, err
	}
	return displayNames(ls)
})

// Display returns the built-in display names of language code (en, ar),
// and false when the language has none.
func Display(code string) (DisplayNames, bool) {
	m, err := builtinDisplay()
	if err != nil {
		return DisplayNames{}, false
	}
	d, ok := m[code]
	return d, ok && len(d.Months) == 12
}
