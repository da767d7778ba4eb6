package timeline

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/internal/testshared"
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

// TestRecentBackground: a clause below the lead dated three weeks or more
// before the article that names nothing the headline and lead name is told
// in passing. SaudiNewsNet 2015-07-27 article 00776 (the Pacific trade
// talks in Hawaii, led by the United States and Japan) gave a combat row
// for Obama's fast-track win in Congress "في اواخر يونيو"; the lead's
// meetings stay.
func TestRecentBackground(t *testing.T) {
	x, asm := builtinAssembler(t)
	text := testshared.Passage(t, "snn-2015-07-27-00776", "توقيع اتفاق للشراكة", "عبر المحيط الهادئ.") +
		testshared.Passage(t, "snn-2015-07-27-00776", "\nويتعرض هذا الاتفاق", "الشركات المتعددة الجنسيات.") +
		testshared.Passage(t, "snn-2015-07-27-00776", "\nالا ان الدول", "اقتصادها بشكل اكبر.") +
		testshared.Passage(t, "snn-2015-07-27-00776", "\nوبعد معركة صعبة", "من قبل الديموقراطيين.")
	d, err := x.Analyze(context.Background(), text, time.Date(2015, 7, 27, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	got := typeDates(asm.Events(d, "doc"))
	if strings.Contains(got, "2015-06") {
		t.Errorf("events %q: the fast-track win of late June is background", got)
	}
	if !strings.Contains(got, "meeting 2015-07-28") {
		t.Errorf("events %q: want the Hawaii meeting of tomorrow", got)
	}
}

// TestIssueDate: a date after a newspaper's issue word is the issue's, no
// event's. SaudiNewsNet 2015-08-02 article 01115 (the football federation
// discusses today what okaz wrote "في عددها رقم 5149 الصادر يوم الخميس
// ... الموافق 23 يوليو 2015م") gave a match row of 23 July, and 2015-07-27
// article 00392 (a reader's letter on Samar al-Muqrin's column "في العدد
// رقم 15602 الصادر في يوم الأربعاء 17 يونيو") a row of 17 June; the
// federation's meeting of today stays.
func TestIssueDate(t *testing.T) {
	x, asm := builtinAssembler(t)
	for _, tt := range []struct{ name, text, dct, want string }{
		{"its issue (article 01115)",
			testshared.Passage(t, "snn-2015-08-02-01115", "قانون السوبر على", "القانوني لمباراة السوبر)") +
				".",
			"2015-08-02", "2015-07-23"},
		{"the issue number (article 00392 of 2015-07-27)",
			testshared.Passage(t, "snn-2015-07-27-00392", "التوسع في الدراسات", "عنوان (الأمية السعودية)") +
				".",
			"2015-07-27", "2015-06-17"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := typeDates(analyzeEvents(t, x, asm, tt.text, tt.dct)); strings.Contains(got, tt.want) {
				t.Errorf("events %q: %s is the issue's date", got, tt.want)
			}
		})
	}
}
