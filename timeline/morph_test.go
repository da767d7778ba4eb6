package timeline

import (
	"slices"
	"testing"

	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

func arabicInflector(t *testing.T) (*inflector, *morphology) {
	t.Helper()
	var f morphFile
	if err := lang.Decode(lang.Builtin(), "ar/morphology.yaml", &f); err != nil {
		t.Fatal(err)
	}
	return newInflector(&f), newMorphology(&f)
}

// TestInflection: Arabic verbs and nouns are listed once; their forms come
// from the affixes of lang/ar/morphology.yaml.
func TestInflection(t *testing.T) {
	in, _ := arabicInflector(t)
	tests := []struct {
		verb, noun string
		has, not   []string
	}{
		{verb: "سحب", has: []string{"سحب", "سحبت", "سحبوا", "يسحب", "تسحب", "يسحبون", "سحبه", "سحبوه"}},
		{verb: "انتخب", has: []string{"انتخب", "انتخبت", "ينتخب", "تنتخب", "ينتخبون", "انتخبه", "انتخبوا"}},
		{verb: "قتل", has: []string{"قتله", "قتلته", "قتلوهم", "يقتل", "يقتلون", "يقتلونهم", "قتلا"}},
		{verb: "أعدم", has: []string{"اعدم", "اعدمت", "يعدم", "تعدم", "يعدمون", "اعدموه"}, not: []string{"ياعدم"}},
		{verb: "التقى", has: []string{"التقي", "التقت", "التقيا", "التقوا", "يلتقي", "يلتقيان", "يلتقون"}, not: []string{"التقيوا", "يلتقيون"}},
		{verb: "استهدف", has: []string{"استهدف", "استهدفت", "يستهدف", "تستهدف", "يستهدفون", "استهدفه"}},
		{verb: "أكد/يؤكد", has: []string{"اكد", "اكدت", "يوكد", "توكد", "يوكدون", "يوكدان"}, not: []string{"يكد"}},
		{verb: "زار/يزور", has: []string{"زار", "زارت", "زاروا", "يزور", "تزور", "يزورون", "زاره"}},
		{noun: "زيارة", has: []string{"زياره", "زيارات", "زيارته", "زيارتها", "زيارتان"}, not: []string{"زيارهات"}},
		{noun: "اعتقال", has: []string{"اعتقال", "اعتقالات", "اعتقاله", "اعتقالهم"}},
		{noun: "غارة", has: []string{"غارات", "غاراته", "غاراتها", "غاراتهم"}, not: []string{"غارتاته"}},
	}
	for _, tc := range tests {
		var forms []string
		if tc.verb != "" {
			forms = in.verbForms(textnorm.NormString(tc.verb))
		} else {
			forms = in.nounForms(textnorm.NormString(tc.noun))
		}
		for _, h := range tc.has {
			if h != "" && !slices.Contains(forms, textnorm.NormString(h)) {
				t.Errorf("%s%s: no form %s in %v", tc.verb, tc.noun, h, forms)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(forms, textnorm.NormString(n)) {
				t.Errorf("%s%s: form %s", tc.verb, tc.noun, n)
			}
		}
	}
}

// TestStems: the readings of a word with its clitics off.
func TestStems(t *testing.T) {
	_, m := arabicInflector(t)
	tests := []struct {
		w    string
		want []string
	}{
		{"وبالاتفاق", []string{"وبالاتفاق", "بالاتفاق", "الاتفاق", "اتفاق"}},
		{"للاتفاق", []string{"للاتفاق", "لاتفاق", "اتفاق"}},
		{"سيلتقي", []string{"سيلتقي", "يلتقي"}},
		{"وقال", []string{"وقال", "قال"}},
		{"بر", []string{"بر"}}, // too short to strip
	}
	for _, tc := range tests {
		got := m.stems(textnorm.NormString(tc.w), nil)
		for _, w := range tc.want {
			if !slices.Contains(got, textnorm.NormString(w)) {
				t.Errorf("stems(%s) = %v, want %s among them", tc.w, got, w)
			}
		}
	}
	if got := (*morphology)(nil).stems("met", nil); !slices.Equal(got, []string{"met"}) {
		t.Errorf("no morphology: %v", got)
	}
}
