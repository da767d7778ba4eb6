package gazetteer

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"sync"
)

//go:embed data/*.yaml
var builtinFS embed.FS

// Builtin loads the gazetteer embedded in the binary: the entities of the
// seed articles with their roles, every country, and Iraq's governorates and
// major cities (see data/PROVENANCE.md for sources and licences).
func Builtin() (*Gazetteer, error) {
	names, err := fs.Glob(builtinFS, "data/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("builtin gazetteer: %w", err)
	}
	sort.Strings(names)
	// The files are parsed side by side and merged in name order. Their
	// shared-name check is left to builtin_test.go.
	parts := make([]*Gazetteer, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			data, err := builtinFS.ReadFile(n)
			if err == nil {
				parts[i], _, err = load(data, "builtin:"+path.Base(n), false)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	g := New()
	for i, part := range parts {
		if errs[i] != nil {
			return nil, fmt.Errorf("builtin gazetteer: %w", errs[i])
		}
		g.Merge(part)
	}
	return g, nil
}
