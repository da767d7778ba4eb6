package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFrequentLists(t *testing.T) {
	dir := t.TempDir()
	ar := strings.Repeat("على O\nفي O\nمصر B-LOC\n\n", 3) + "مصر O\nكتب O\nكتب O\n\nالسلام O\nالسلام O\nالسلام O\nالسلام B-ORG\n\n"
	en := strings.Repeat("Reading O\nreading O\nin O\nTurkey B-LOC\n\n", 3) + "turkey O\nturkey O\nturkey O\n\n"
	for path, data := range map[string]string{
		"corpus/anercorp/ANERCorp_CamelLab_train.txt": ar,
		"corpus/gmb_ner/gmb_ner_train.txt":            en,
	} {
		p := filepath.Join(dir, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := run(dir, dir); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		// مصر is tagged a name more often; كتب is too rare; السلام is O 3
		// times but a name once (3 < 2*1 is false: kept).
		"ar/frequent_words.yaml": "words: |\n  السلام\n  على\n  في\n",
		// Reading opens its sentence (no evidence either way); turkey is
		// written Turkey inside sentences as a name 3 times.
		"en/frequent_words.yaml": "words: |\n  in\n  reading\n",
	} {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		if got := string(b); !strings.HasSuffix(got, want) {
			t.Errorf("%s ends\n%s\nwant\n%s", file, got[strings.LastIndex(got, "words:"):], want)
		}
	}
}
