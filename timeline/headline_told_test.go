package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestHeadlineToldWithLeadPeople: a headline with no time word whose people
// only the lead names ("ألمانيا تحذر تركيا ..." and Steinmeier in the first
// sentence) is told by a dated event near the top once those people join
// it: Steinmeier's warning "يوم أمس السبت" two sentences on (SaudiNewsNet
// 2015-08-09 article 00564). It gave a second row on the article's date.
func TestHeadlineToldWithLeadPeople(t *testing.T) {
	x, asm := gazetteerAssembler(t, `
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
`, realDates(t))
	text := testshared.Passage(t, "snn-2015-08-09-00564", "ألمانيا تحذر تركيا", "العنف في تركيا.") +
		testshared.Passage(t, "snn-2015-08-09-00564", "\nوفي تصريحات لصحيفة", "قال شتاينماير \"") +
		testshared.Passage(t, "snn-2015-08-09-00564", "سيكون خطيرا بالنسبة", "الضرب بعملية السلام") +
		"\"."
	if s, want := typeDates(analyzeEvents(t, x, asm, text, "2015-08-09")), "statement 2015-08-08"; s != want {
		t.Errorf("events %q, want %q", s, want)
	}
}
