package lang

import (
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadersStrictRename: a top-level key misspelt in a file LoadArabic,
// LoadWords, LoadNERCues or LoadActors reads is an error naming the file, line and column.
func TestLoadersStrictRename(t *testing.T) {
	tests := []struct {
		file, key string
		load      func(fs.FS) error
	}{
		{"ar/names.yaml", "proclitics", func(f fs.FS) error { _, err := loadArabic(f); return err }},
		{"ar/words.yaml", "function_words", func(f fs.FS) error { _, err := loadWords(f, "ar"); return err }},
		{"en/words.yaml", "sport_words", func(f fs.FS) error { _, err := loadWords(f, "en"); return err }},
		{"en/frequent_words.yaml", "words", func(f fs.FS) error { _, err := loadWords(f, "en"); return err }},
		{"ar/ner_cues.yaml", "titles", func(f fs.FS) error { _, err := loadNERCues(f, "ar"); return err }},
		{"ar/actors.yaml", "actor_nouns", func(f fs.FS) error { _, err := loadActors(f, "ar"); return err }},
		{"en/actors.yaml", "country_adjectives", func(f fs.FS) error { _, err := loadActors(f, "en"); return err }},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, name := range []string{"ar/names.yaml", "ar/words.yaml", "ar/frequent_words.yaml", "en/words.yaml", "en/frequent_words.yaml", "ar/ner_cues.yaml", "ar/actors.yaml", "en/actors.yaml"} {
				b, err := fs.ReadFile(Builtin(), name)
				if err != nil {
					t.Fatal(err)
				}
				fsys[name] = &fstest.MapFile{Data: b}
			}
			if err := tc.load(fsys); err != nil {
				t.Fatalf("the built-in files: %v", err)
			}
			data := "\n" + string(fsys[tc.file].Data)
			i := strings.Index(data, "\n"+tc.key+":")
			if i < 0 {
				t.Fatalf("%s has no top-level %q", tc.file, tc.key)
			}
			line := strings.Count(data[1:i+1], "\n") + 1
			renamed := tc.key + "s"
			fsys[tc.file].Data = []byte(data[1:i+1] + renamed + data[i+1+len(tc.key):])
			want := tc.file + ":" + strconv.Itoa(line) + ":1: "
			if err := tc.load(fsys); err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), renamed) {
				t.Fatalf("got %v, want an error at %q naming %q", err, want, renamed)
			}
		})
	}
}
