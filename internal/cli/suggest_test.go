package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/gazetteer"
)

// TestGazetteerSuggest: names the gazetteer lacks come out as a gazetteer
// file that loads, ranked by articles, with a title as a candidate role;
// --min-articles and --type filter them.
func TestGazetteerSuggest(t *testing.T) {
	dir := t.TempDir()
	arts := []string{
		"قال وزير الخارجية اليمني رياض ياسين إن الحكومة ستعود إلى صنعاء قريبا.",
		"وصل وزير الخارجية اليمني رياض ياسين إلى الرياض أمس لبحث الأوضاع في اليمن.",
		"التقى الرئيس هادي محمد في عدن أمس.",
	}
	for i, a := range arts {
		if err := os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".txt"), []byte(a+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "new.yaml")
	tests := []struct {
		name string
		args []string
		want int // entities named رياض ياسين
	}{
		{"two articles", []string{"--dct", "2015-08-01", "-o", out, dir}, 1},
		{"min-articles above", []string{"--dct", "2015-08-01", "--min-articles", "3", "-o", out, dir}, 0},
		{"another type", []string{"--dct", "2015-08-01", "--type", "place", "-o", out, dir}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(t, context.Background(), "", append([]string{"gazetteer", "suggest", "-q"}, tc.args...)...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			f, err := os.Open(out)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			g, _, err := gazetteer.Load(f, out)
			if err != nil {
				t.Fatalf("the suggestions do not load: %v", err)
			}
			n := 0
			for _, e := range g.Entities {
				if strings.Contains(e.NameAr(), "محمد") && len(e.Names.Ar) == 1 && e.Names.Ar[0] == "محمد" {
					t.Errorf("a given name alone suggested: %+v", e)
				}
				if !strings.Contains(strings.Join(e.Names.Ar, "|"), "رياض ياسين") {
					continue
				}
				n++
				if e.Type != gazetteer.Person || len(e.Roles) != 1 || !strings.Contains(strings.Join(e.Roles[0].Ar, ""), "وزير") || e.Roles[0].From != "2015-08-01" {
					t.Errorf("entity %+v: want a person with the minister's role from 2015-08-01", e)
				}
			}
			if n != tc.want {
				t.Errorf("%d entities for رياض ياسين, want %d", n, tc.want)
			}
			code, stdout, stderr := run(t, context.Background(), "", "gazetteer", "check", out)
			if code != ExitOK {
				t.Errorf("check: exit %d: %s %s", code, stdout, stderr)
			}
		})
	}
}

// TestAdverb: a name seen with nunation at its end is an adverb or an
// indefinite noun, not a name.
func TestAdverb(t *testing.T) {
	for _, tc := range []struct {
		spellings map[string]int
		want      bool
	}{
		{map[string]int{"ميدانيا": 3, "ميدانياً": 1}, true},
		{map[string]int{"مشهدٍ": 1}, true},
		{map[string]int{"خادمُ": 1, "خادم": 2}, false},
		{map[string]int{"كاليفورنيا": 4}, false},
	} {
		if got := adverb(tc.spellings); got != tc.want {
			t.Errorf("adverb(%v) = %v, want %v", tc.spellings, got, tc.want)
		}
	}
}
