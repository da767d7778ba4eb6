package timeline

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/lang"
)

// TestLexiconLanguages: type labels and words come from each language's
// events.yaml; a language is a folder of data.
func TestLexiconLanguages(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ typ, lang, want string }{
		{"meeting", "en", "Meeting"},
		{"meeting", "ar", "لقاء"},
		{"other", "ar", "حدث"},
		{"match", "ar", "مباراة"},
		{"meeting", "fr", "Meeting"},           // no such language: English
		{"no-such-type", "ar", "no-such-type"}, // no label: the type itself
	}
	for _, tc := range tests {
		if got := lx.TypeLabel(tc.typ, tc.lang); got != tc.want {
			t.Errorf("TypeLabel(%q, %q) = %q, want %q", tc.typ, tc.lang, got, tc.want)
		}
	}
	// Every type has a label in every built-in language.
	for _, code := range []string{"ar", "en"} {
		for _, typ := range lx.Types() {
			if _, ok := lx.langs[code].labels[typ]; !ok {
				t.Errorf("lang/%s/events.yaml: no label for %q", code, typ)
			}
		}
	}
	if ty := lx.Types(); ty[len(ty)-1] != "other" {
		t.Errorf("Types() = %v, want other last", ty)
	}
}

// TestLexiconStrict: a misspelt key in a language file is an error naming
// the file, line and column.
func TestLexiconStrict(t *testing.T) {
	fsys := fstest.MapFS{
		"xx/events.yaml": {Data: []byte("script: latin\nlabels:\n  meeting: Réunion\ntrigger:\n  meeting:\n    - words: [réunion]\n")},
	}
	_, err := loadLexicon(fsys, "")
	if err == nil || !strings.Contains(err.Error(), "xx/events.yaml:4:1") || !strings.Contains(err.Error(), "trigger") {
		t.Fatalf("got %v, want an error at xx/events.yaml:4:1 naming the key", err)
	}
	fsys["xx/events.yaml"] = &fstest.MapFile{Data: []byte("script: latin\ntriggers:\n  reunion:\n    - words: [réunion]\n")}
	if _, err := loadLexicon(fsys, ""); err == nil || !strings.Contains(err.Error(), `unknown type "reunion"`) {
		t.Fatalf("got %v, want an unknown type error", err)
	}
	fsys["xx/events.yaml"] = &fstest.MapFile{Data: []byte("script: latin\ntriggers:\n  meeting:\n    - words: [réunion]\n      needs: [town]\n")}
	if _, err := loadLexicon(fsys, ""); err == nil || !strings.Contains(err.Error(), `needs "town"`) {
		t.Fatalf("got %v, want a needs error", err)
	}
}

// TestLexiconThirdLanguage: a language added as data (here French, beside
// the built-in ones) types its clauses with no Go change.
func TestLexiconThirdLanguage(t *testing.T) {
	fsys := fstest.MapFS{}
	builtin := lang.Builtin()
	for _, name := range []string{"ar/events.yaml", "ar/morphology.yaml", "en/events.yaml"} {
		b, err := readFS(builtin, name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	fsys["fr/events.yaml"] = &fstest.MapFile{Data: []byte(`script: latin
labels: {meeting: Réunion, other: Événement}
list_separator: ", "
triggers:
  meeting:
    - words: [rencontre, "rencontré*"]
`)}
	lx, err := loadLexicon(fsys, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := lx.TypeLabel("meeting", "fr"); got != "Réunion" {
		t.Errorf("label = %q", got)
	}
	dl := lx.forDoc(&extract.Document{Lang: "fr"})
	c, _ := dl.of(false).wordCues("rencontrés", nil)
	if c.chain < 0 || lx.types[lx.senses[lx.chains[c.chain][0]].typ] != "meeting" {
		t.Errorf("rencontrés: got %+v, want a meeting word", c)
	}
	// English words are not French ones.
	if c, _ := dl.of(false).wordCues("met", nil); c.chain >= 0 {
		t.Errorf("met is a French trigger: %+v", c)
	}
}

// TestUserTriggers: --triggers adds words and types to a language.
func TestUserTriggers(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "mine.yaml")
	if err := os.WriteFile(name, []byte("lang: en\ntypes: [recall]\nlabels: {recall: Recall}\ntriggers:\n  recall:\n    - words: [recalled]\n  meeting:\n    - words: [huddled]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, err := LoadLexicon(name)
	if err != nil {
		t.Fatal(err)
	}
	ty := lx.Types()
	if ty[len(ty)-2] != "recall" || ty[len(ty)-1] != "other" {
		t.Errorf("types %v, want recall before other", ty)
	}
	if lx.TypeLabel("recall", "en") != "Recall" {
		t.Errorf("label %q", lx.TypeLabel("recall", "en"))
	}
	dl := lx.forDoc(&extract.Document{Lang: "en"})
	for w, want := range map[string]string{"recalled": "recall", "huddled": "meeting", "met": "meeting"} {
		c, _ := dl.of(false).wordCues(w, nil)
		if c.chain < 0 || lx.types[lx.senses[lx.chains[c.chain][0]].typ] != want {
			t.Errorf("%s: got %+v, want %s", w, c, want)
		}
	}
	if err := os.WriteFile(name, []byte("triggers:\n  meeting:\n    - words: [huddled]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadLexicon(name); err == nil || !strings.Contains(err.Error(), "lang") {
		t.Errorf("a file without lang: got %v", err)
	}
	if err := os.WriteFile(name, []byte("lang: en\ntrigers: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadLexicon(name); err == nil || !strings.Contains(err.Error(), name+":2:1") {
		t.Errorf("a misspelt key: got %v, want %s:2:1", err, name)
	}
}

// TestUserSections: a --triggers file extends every section it may hold,
// not only the ones listed by hand (market: and notes: were once accepted
// by the strict loader and then dropped).
func TestUserSections(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "mine.yaml")
	if err := os.WriteFile(name, []byte("lang: en\nmarket: [bourse]\nnotes: [memo]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, err := LoadLexicon(name)
	if err != nil {
		t.Fatal(err)
	}
	dl := lx.forDoc(&extract.Document{Lang: "en"})
	for w, f := range map[string]cueFlag{"bourse": fMarket, "memo": fNote} {
		if c, _ := dl.of(false).wordCues(w, nil); !c.has(f) {
			t.Errorf("%s: cue %+v lacks flag %v", w, c, f)
		}
	}

	var dst, src langFile
	dst.Market, src.Market = []string{"index"}, []string{"bourse"}
	dst.Opinion.URLs, src.Opinion.URLs = []string{"a/*"}, []string{"b/*"}
	dst.Contexts = map[string][]string{"k": {"x"}}
	src.Contexts = map[string][]string{"k": {"y"}, "n": {"z"}}
	src.FutureVerbMinLetters, src.ListSeparator = 4, "; "
	src.Lang, src.Script, src.Types = "fr", "arabic", []string{"recall"}
	dst.Lang, dst.Script = "en", "latin"
	extendFile(reflect.ValueOf(&dst).Elem(), reflect.ValueOf(&src).Elem())
	if !slices.Equal(dst.Market, []string{"index", "bourse"}) || !slices.Equal(dst.Opinion.URLs, []string{"a/*", "b/*"}) {
		t.Errorf("lists: market %v, opinion urls %v", dst.Market, dst.Opinion.URLs)
	}
	if !slices.Equal(dst.Contexts["k"], []string{"x", "y"}) || !slices.Equal(dst.Contexts["n"], []string{"z"}) {
		t.Errorf("contexts %v", dst.Contexts)
	}
	if dst.FutureVerbMinLetters != 4 || dst.ListSeparator != "; " {
		t.Errorf("scalars: %d %q", dst.FutureVerbMinLetters, dst.ListSeparator)
	}
	if dst.Lang != "en" || dst.Script != "latin" || dst.Types != nil {
		t.Errorf("code, script and types are addUserFile's: %q %q %v", dst.Lang, dst.Script, dst.Types)
	}
}

func readFS(fsys fs.FS, name string) ([]byte, error) { return fs.ReadFile(fsys, name) }
