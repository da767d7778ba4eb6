package timeline

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tarikh/tarikh/lang"
)

// TestLoadersStrictRename: a key misspelt in any file the lexicon reads —
// a built-in language's events.yaml or morphology.yaml, a user's --triggers
// file — is an error naming the file, line and column, never a list that
// silently loads empty.
func TestLoadersStrictRename(t *testing.T) {
	tests := []struct {
		file, key, renamed string
	}{
		{"en/events.yaml", "future", "futures"},
		{"ar/events.yaml", "triggers", "trigger"},
		{"ar/morphology.yaml", "prepositions", "preposition"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, name := range []string{"ar/events.yaml", "ar/morphology.yaml", "en/events.yaml"} {
				b, err := readFS(lang.Builtin(), name)
				if err != nil {
					t.Fatal(err)
				}
				fsys[name] = &fstest.MapFile{Data: b}
			}
			if _, err := loadLexicon(fsys, ""); err != nil {
				t.Fatalf("the built-in files: %v", err)
			}
			data := string(fsys[tc.file].Data)
			i := strings.Index(data, "\n"+tc.key+":")
			if i < 0 {
				t.Fatalf("%s has no top-level %q", tc.file, tc.key)
			}
			line := strings.Count(data[:i+1], "\n") + 1
			fsys[tc.file].Data = []byte(data[:i+1] + tc.renamed + data[i+1+len(tc.key):])
			want := tc.file + ":" + strconv.Itoa(line) + ":1: unknown key \"" + tc.renamed + "\""
			if _, err := loadLexicon(fsys, ""); err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("got %v, want an error containing %q", err, want)
			}
		})
	}

	user := filepath.Join(t.TempDir(), "mine.yaml")
	if err := os.WriteFile(user, []byte("lang: en\ntrigger:\n  meeting:\n    - words: [conferred]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := user + ":2:1: unknown key \"trigger\""
	if _, err := LoadLexicon(user); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("user file: got %v, want an error containing %q", err, want)
	}
}
