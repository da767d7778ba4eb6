package timeline

import (
	"context"
	"testing"
	"time"
)

// TestColumnByline: an article whose byline is a columnist's bare name is
// an opinion column, and a column's clause is an event only when a day's
// date within a week of the article tells it as news. SaudiNewsNet
// 2015-08-09 article 00677 (al-Riyadh, a column on Iran's support for
// militias) gave a statement row for Khamenei's speech "في 24 يوليو 2015م",
// recalled two weeks before; the same sentence under a news byline ("الرياض
// - واس") still gives it.
func TestColumnByline(t *testing.T) {
	x, asm := builtinAssembler(t)
	const text = "دعم الدولة الإيرانية للجماعات والتنظيمات الإرهابية\n\nانتهى ملف المفاوضات النووية الإيرانية بالتوقيع النهائي على الاتفاق. ومن ذلك ما صرح به قائد الثورة الخمينية علي خامنئي في 24 يوليو 2015م حيث قال \"لن نكف مطلقاً عن دعم أصدقائنا في المنطقة\"."
	for _, tt := range []struct{ byline, want string }{
		{"د. إبراهيم بن محمود النحاس", ""},
		{"الرياض - واس", "statement 2015-07-24"},
		{"", "statement 2015-07-24"},
	} {
		t.Run(tt.byline, func(t *testing.T) {
			d, err := x.Analyze(context.Background(), text, time.Date(2015, 8, 9, 0, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			d.Byline = tt.byline
			if s := typeDates(asm.Events(d, "doc")); s != tt.want {
				t.Errorf("events %q, want %q", s, tt.want)
			}
		})
	}
}

// TestColumnist: bylines of SaudiNewsNet 2015-08-09 and 08-02, a
// columnist's bare name or a news byline (a place, an agency, a desk, a
// reporter "from" a city, a web user's name with a digit).
func TestColumnist(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	ll := lx.langs["ar"]
	for _, tt := range []struct {
		byline string
		want   bool
	}{
		{"خلف الحربي", true},
		{"د. خيرية السقاف", true},
		{"أ.د فريال الهاجري", true},
		{"محمد بن متعب بن ثنيان آل سعود", true},
		{"جدة - واس", false},
		{"فارس القحطاني (الرياض)", false},
		{"رنا حكيم من جدة", false},
		{"“الفرنسية”", false},
		{"ريما 1", false},
		{"لندن", false},
		{"كتب - عيسى الحكمي:", false},
		{"د ب أ", false},
		{"أ. ف. ب", false},
		{"حمزة بوفهيد ــ الأحساء", false},
		{"صفاء قره محمد ـ بيروت", false},
		{"أيمـن الـحـمـاد", true},
	} {
		if got := ll.columnist(tt.byline); got != tt.want {
			t.Errorf("columnist(%q) = %v, want %v", tt.byline, got, tt.want)
		}
	}
}
