package timeline

import (
	"context"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/gazetteer"
)

// TestHeadlineToldWithLeadPeople: a headline with no time word whose people
// only the lead names ("ألمانيا تحذر تركيا ..." and Steinmeier in the first
// sentence) is told by a dated event near the top once those people join
// it: Steinmeier's warning "يوم أمس السبت" two sentences on (SaudiNewsNet
// 2015-08-09 article 00564). It gave a second row on the article's date.
func TestHeadlineToldWithLeadPeople(t *testing.T) {
	g, _, err := gazetteer.Load(strings.NewReader(testGazetteer+`
  - id: steinmeier
    type: person
    names: {en: [Frank-Walter Steinmeier], ar: [فرانك-فالتر شتاينماير, شتاينماير]}
  - id: germany
    type: place
    names: {en: [Germany], ar: [ألمانيا]}
  - id: turkey
    type: place
    names: {en: [Turkey], ar: [تركيا]}
  - id: middle-east
    type: place
    names: {en: [Middle East], ar: [الشرق الأوسط]}
`), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := temporal.New()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(ix, rec)
	if err != nil {
		t.Fatal(err)
	}
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	asm := NewAssembler(lx, "en")
	text := "ألمانيا تحذر تركيا من تصعيدها العنف على عملية السلام مع الأكراد\n\n" +
		"حذر وزير الخارجية الألماني فرانك-فالتر شتاينماير من استمرار تصعيد العنف في تركيا.\n" +
		"وفي تصريحات لصحيفة \"راينيشه بوست\" يوم أمس السبت قال شتاينماير \"سيكون خطيرا بالنسبة لتركيا والمنطقة إذا أدت الصراعات الإقليمية في الشرق الأوسط إلى الضرب بعملية السلام\"."
	d, err := x.Analyze(context.Background(), text, mustDay("2015-08-09"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range asm.Events(d, "doc") {
		got = append(got, e.Type+" "+e.Date)
	}
	if s, want := strings.Join(got, ","), "statement 2015-08-08"; s != want {
		t.Errorf("events %q, want %q", s, want)
	}
}
