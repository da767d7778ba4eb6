package lang

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDecodeStrict(t *testing.T) {
	type rules struct {
		Weekdays []string `yaml:"weekdays"`
		Months   []string `yaml:"months"`
		Name     string   `yaml:"name"`
	}
	tests := []struct {
		name, data string
		want       string // substring of the error, "" for none
	}{
		{"ok", "weekdays: [mon, tue]\nmonths: [jan]\n", ""},
		{"empty", "", ""},
		{"unknown key", "weekdays: [mon]\n  \nweekday: [tue]\n", `x.yaml:3:1: unknown key "weekday"`},
		{"indented unknown key", "weekdays: [mon]\nmonths:\n  - jan\nextra:\n  sub: 1\n", `x.yaml:4:1: unknown key "extra"`},
		{"wrong type", "weekdays: 3\n", "x.yaml:1:1: the value is a number (3); want a list"},
		{"a list for a string", "name: [a]\n", "x.yaml:1:1: the value is a list; want a string"},
		{"tab", "weekdays:\n\t- mon\n", "tab"},
		{"syntax", "weekdays: [mon\n", "x.yaml:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r rules
			fsys := fstest.MapFS{"x.yaml": {Data: []byte(tc.data)}}
			err := Decode(fsys, "x.yaml", &r)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("Decode: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("Decode error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestLoadArabic(t *testing.T) {
	a, err := LoadArabic()
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Proclitics) == 0 || len(a.GivenNames) == 0 {
		t.Fatalf("LoadArabic: empty lists: %d proclitics, %d given names", len(a.Proclitics), len(a.GivenNames))
	}
	for _, g := range a.GivenNames {
		if strings.ContainsAny(g, "أإآةى") {
			t.Errorf("given name %q is not normalized", g)
		}
	}
}

func TestLoadWords(t *testing.T) {
	for _, code := range []string{"ar", "en"} {
		w, err := LoadWords(code)
		if err != nil {
			t.Fatal(err)
		}
		if len(w.FunctionWords) < 50 || len(w.Frequent) < 1000 || len(w.OrgBeforePlace) == 0 || len(w.OrgAfterPlace) == 0 {
			t.Errorf("%s: %d function words, %d frequent words, %d/%d organization heads", code,
				len(w.FunctionWords), len(w.Frequent), len(w.OrgBeforePlace), len(w.OrgAfterPlace))
		}
	}
}

func BenchmarkLoadWords(b *testing.B) {
	for b.Loop() {
		if _, err := LoadWords("ar"); err != nil {
			b.Fatal(err)
		}
		if _, err := LoadWords("en"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBuiltinHasEveryFolder: every language folder's YAML files on disk are
// in Builtin, so that a new language is a new folder with no Go change.
func TestBuiltinHasEveryFolder(t *testing.T) {
	files, err := fs.Glob(os.DirFS("."), "*/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no */*.yaml under lang/: %v", err)
	}
	for _, f := range files {
		if _, err := fs.Stat(Builtin(), f); err != nil {
			t.Errorf("%s is not embedded: %v", f, err)
		}
	}
}
