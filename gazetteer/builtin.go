package gazetteer

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
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
	g := New()
	for _, n := range names {
		data, err := builtinFS.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("builtin gazetteer: %w", err)
		}
		part, _, err := Load(bytes.NewReader(data), "builtin:"+path.Base(n))
		if err != nil {
			return nil, fmt.Errorf("builtin gazetteer: %w", err)
		}
		g.Merge(part)
	}
	return g, nil
}
