package ner

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed models
var modelFiles embed.FS

// Builtin loads the embedded model for a language ("ar", "en"). It returns
// an error wrapping fs.ErrNotExist for a language without one.
func Builtin(lang string) (*Model, error) {
	name := "models/" + lang + ".model"
	data, err := modelFiles.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("ner: no built-in model for %q: %w", lang, fs.ErrNotExist)
	}
	return Load(data, name)
}
