package main

import (
	"bytes"
	"github.com/tarikh/tarikh/internal/testshared"
	"os"
	"path/filepath"
	"testing"
)

// The committed countries.yaml and iraq.yaml are what gengaz produces from
// the shared sources (skipped where the sources are not present).
func TestGeneratedFilesUpToDate(t *testing.T) {
	testshared.Path(t, "corpus", "gazetteer", "i18n-iso-countries", "ar.json")
	shared, _ := testshared.Dir()
	out := t.TempDir()
	if err := run(shared, filepath.Join("..", "..", "data"), out, ""); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"countries.yaml", "iraq.yaml", "divisions.tsv", "places.tsv", "people.tsv"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("data/%s is stale: regenerate with go run ./gazetteer/internal/gengaz", name)
		}
	}
}
