package timeline

import "testing"

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
	text := "ألمانيا تحذر تركيا من تصعيدها العنف على عملية السلام مع الأكراد\n\n" +
		"حذر وزير الخارجية الألماني فرانك-فالتر شتاينماير من استمرار تصعيد العنف في تركيا.\n" +
		"وفي تصريحات لصحيفة \"راينيشه بوست\" يوم أمس السبت قال شتاينماير \"سيكون خطيرا بالنسبة لتركيا والمنطقة إذا أدت الصراعات الإقليمية في الشرق الأوسط إلى الضرب بعملية السلام\"."
	if s, want := typeDates(analyzeEvents(t, x, asm, text, "2015-08-09")), "statement 2015-08-08"; s != want {
		t.Errorf("events %q, want %q", s, want)
	}
}
