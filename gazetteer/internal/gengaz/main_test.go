package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The committed countries.yaml and iraq.yaml are what gengaz produces from
// the shared sources (skipped where the sources are not present).
func TestGeneratedFilesUpToDate(t *testing.T) {
	shared := os.Getenv("TARIKH_SHARED")
	if shared == "" {
		shared = "/work/shared"
	}
	if _, err := os.Stat(filepath.Join(shared, "corpus", "gazetteer", "i18n-iso-countries", "ar.json")); err != nil {
		t.Skipf("sources not available: %v", err)
	}
	out := t.TempDir()
	if err := run(shared, out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"countries.yaml", "iraq.yaml"} {
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
