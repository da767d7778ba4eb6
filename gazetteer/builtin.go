package gazetteer

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.yaml data/*.tsv
var builtinFS embed.FS

// Builtin loads the gazetteer embedded in the binary: the hand-written and
// generated YAML files (the seed articles' entities, world office-holders,
// places and organizations, every country, Iraq's governorates and cities)
// and the generated compact files (populated places and first-level
// divisions from GeoNames and dr5hn, office-holders from Wikidata); see
// data/PROVENANCE.md for sources and licences.
//
// The YAML files are merged in name order, then the compact ones: a compact
// row whose id a YAML file defines supplements that entity (names it lacks,
// within, population) instead of replacing it, so that the generated data
// can add to a hand-written entry without taking its id.
func Builtin() (*Gazetteer, error) {
	names, err := fs.Glob(builtinFS, "data/*")
	if err != nil {
		return nil, fmt.Errorf("builtin gazetteer: %w", err)
	}
	sort.Strings(names)
	var yamls, compacts []string
	for _, n := range names {
		switch {
		case strings.HasSuffix(n, ".yaml"):
			yamls = append(yamls, n)
		case strings.HasSuffix(n, ".tsv"):
			compacts = append(compacts, n)
		}
	}
	// The files are parsed side by side and merged in order. Their
	// shared-name check is left to builtin_test.go.
	all := append(append([]string{}, yamls...), compacts...)
	parts := make([]*Gazetteer, len(all))
	errs := make([]error, len(all))
	var wg sync.WaitGroup
	for i, n := range all {
		wg.Add(1)
		go func() {
			defer wg.Done()
			data, err := builtinFS.ReadFile(n)
			if err != nil {
				errs[i] = err
				return
			}
			if strings.HasSuffix(n, ".tsv") {
				parts[i], errs[i] = loadCompact(data, "builtin:"+path.Base(n))
			} else {
				parts[i], _, errs[i] = load(data, "builtin:"+path.Base(n), false)
			}
		}()
	}
	wg.Wait()
	for i := range parts {
		if errs[i] != nil {
			return nil, fmt.Errorf("builtin gazetteer: %w", errs[i])
		}
	}
	n := 0
	for _, part := range parts {
		n += len(part.Entities)
	}
	g := &Gazetteer{Entities: make([]*Entity, 0, n), byID: make(map[string]int, n)}
	for i, part := range parts {
		if i < len(yamls) {
			g.Merge(part)
			continue
		}
		for _, e := range part.Entities {
			switch old, ok := g.Lookup(e.ID); {
			case ok:
				supplement(old, e)
			case len(e.Names.En)+len(e.Names.Ar)+len(e.ContextNames) == 0:
				return nil, fmt.Errorf("builtin gazetteer: %s: entity %q has no names", e.Pos, e.ID)
			default:
				g.Add(e)
			}
		}
	}
	return g, nil
}
