package lang

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadActors: both languages' actors.yaml load; a file without nouns, a
// code that is no ISO code, or an adjective given to two countries is an
// error naming the file.
func TestLoadActors(t *testing.T) {
	for _, code := range []string{"ar", "en"} {
		a, err := LoadActors(code)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Nouns) == 0 || len(a.Adjectives["TR"]) == 0 {
			t.Errorf("%s: no nouns or no Turkish adjective", code)
		}
	}
	for _, tc := range []struct{ name, data, want string }{
		{"no nouns", "country_adjectives: {TR: [Turkish]}\n", "actor_nouns and country_adjectives are required"},
		{"a bad code", "actor_nouns: [forces]\ncountry_adjectives: {Turkey: [Turkish]}\n", `"Turkey" is no ISO 3166-1 alpha-2 code`},
		{"two countries", "actor_nouns: [forces]\ncountry_adjectives: {TR: [Turkish], CY: [Turkish]}\n", `"Turkish" is both CY's and TR's`},
	} {
		fsys := fstest.MapFS{"xx/actors.yaml": &fstest.MapFile{Data: []byte(tc.data)}}
		_, err := loadActors(fsys, "xx")
		if err == nil || !strings.Contains(err.Error(), "xx/actors.yaml") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error naming xx/actors.yaml: %s", tc.name, err, tc.want)
		}
	}
}
