package timeline

import (
	"strings"
	"testing"
)

// TestHeadlineSenseConditions: a headline's trigger words keep their
// senses' conditions, as in the body. The headline of SaudiNewsNet
// 2015-08-06 article 00956 ("the opposition reaches an area near
// Hezbollah") has an arrival word (تصل, needs: [place]) and no place: no
// visit; the Yemeni president reaching Cairo (article 01526) is one.
// Before 02c452c the headline ignored the conditions and gave a
// "Visit: Hezbollah" row (the one row of 2,159 that commit changed on that
// day).
func TestHeadlineSenseConditions(t *testing.T) {
	x, asm := gazetteerAssembler(t, `
  - id: hezbollah
    type: organization
    names: {en: [Hezbollah], ar: [حزب الله]}
  - id: hadi
    type: person
    names: {en: [Abd Rabbuh Mansur Hadi], ar: [عبد ربه منصور هادي]}
    roles:
      - ar: [الرئيس اليمني]
        from: 2012-02-25
  - id: cairo
    type: place
    names: {en: [Cairo], ar: [القاهرة]}
`, scriptedDates{})
	tests := []struct{ name, text, want string }{
		{"an arrival without a place is no visit",
			"المعارضة تصل إلى منطقة قريبة من حزب الله وقوات النظام\n\nكما تتواصل الاشتباكات العنيفة.", ""},
		{"an arrival at a place is one (article 01526)",
			"الرئيس اليمني يصل للقاهرة لحضور احتفالات افتتاح قناة السويس\n\nكما تتواصل الاشتباكات العنيفة.", "visit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var types []string
			for _, e := range analyzeEvents(t, x, asm, tt.text, "2015-08-06") {
				types = append(types, e.Type)
			}
			if got := strings.Join(types, ","); got != tt.want {
				t.Errorf("event types %q, want %q", got, tt.want)
			}
		})
	}
}
