package textnorm

import (
	"testing"

	"github.com/tarikh/tarikh/lang/ar"
)

// TestScriptClasses: the classes and digits of lang/ar/script.yaml, on
// phrases of SNN 2015-08-06/08-08 articles.
func TestScriptClasses(t *testing.T) {
	tests := []struct {
		text  string
		class Class
		want  string // the runes of text in class
	}{
		{"واعتبرت الأمر مزحةً وانفعالًا", Tanween, "\u064B\u064B"},
		{"يوجدون بها حالياً في دورة", Tanween, "\u064B"},
		{"أتبعها بالجري لمسافة", HamzaAlef, "أ"},
		{"وقال: هل هذا ممكن؟", SentenceEnd, "؟"},
		{"سابق من هذا الشهر، کشف حميد رضا", ClauseMark, "،"},
		{"مـحـمد", Tatweel, "ــ"},
	}
	for _, tc := range tests {
		var got []rune
		for _, r := range tc.text {
			if Is(r, tc.class) {
				got = append(got, r)
			}
		}
		if string(got) != tc.want {
			t.Errorf("%q class %d: got %q, want %q", tc.text, tc.class, string(got), tc.want)
		}
	}
	var digits []rune
	for _, r := range "افتتحته في ١٨/٥/٢٠١٤ أي منذ، 4000 ۱۳۹۴" {
		if d, ok := Digit(r); ok {
			digits = append(digits, d)
		}
	}
	if got, want := string(digits), "185201440001394"; got != want {
		t.Errorf("digits: got %q, want %q", got, want)
	}
}

// TestTableFromScript: the table is built from the script data, not from
// Go: without the keheh fold of script.yaml, کشف (SNN 2015-08-06, keheh
// for kaf) no longer normalizes as كشف; without the Arabic-Indic digits,
// ٢٠١٥ stays as written.
func TestTableFromScript(t *testing.T) {
	s, err := ar.LoadScript()
	if err != nil {
		t.Fatal(err)
	}
	if full := buildTable(s); full != table {
		t.Fatal("buildTable of the loaded script differs from the package's table")
	}
	norm := func(tab *[tabSize]tabEntry, w string) string {
		var out []rune
		for _, r := range w {
			if e := tab[r]; e.act == keep {
				m := []rune(string(e.enc[:e.n]))
				out = append(out, m...)
			}
		}
		return string(out)
	}
	if got := norm(&table, "کشف ٢٠١٥"); got != "كشف 2015" {
		t.Errorf("with the script: %q", got)
	}
	cut := *s
	cut.Folds = nil
	cut.Digits = nil
	tab := buildTable(&cut)
	if got := norm(&tab, "کشف ٢٠١٥"); got != "کشف ٢٠١٥" {
		t.Errorf("without folds and digits: %q", got)
	}
}
