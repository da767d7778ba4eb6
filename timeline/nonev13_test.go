package timeline

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestMarketFigures: a clause of a market's figures (two words of trading,
// a word of figures, two numbers) is no event, whatever event word it has.
// SaudiNewsNet 2015-08-08 article 00317 (the index "opened last week" on a
// fall to 8617 points) gave a launch row, 2015-07-25 00132 a launch row
// too; a dividend per share (shares, riyals: no words of trading) stays
// an event.
func TestMarketFigures(t *testing.T) {
	x, asm := builtinAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"index opened (08-08 00317)", "تحليل أسبوعي\n" +
			testshared.Passage(t, "snn-2015-08-08-00317", "\nافتتح المؤشر العام", "الهابط الكبير للسوق."),
			"2015-08-08", ""},
		{"index closed (07-25 00132)", "الأسهم السعودية\n" +
			testshared.Passage(t, "snn-2015-07-25-00132", "\nوكان مؤشر سوق", "0.09 في المائة."),
			"2015-07-25", ""},
		{"dividend (08-01 00915)", "أوصى مجلس إدارة البنك الأهلي التجاري بتوزيع أرباح نقدية على مساهمي الشركة عن النصف الأول من العام 2015 بمبلغ قيمته 1,596 مليون ريال، حصة السهم الواحد منه 0.80 ريال، ونسبة التوزيع من القيمة الأسمية للسهم 8%.",
			"2015-08-01", "dividend 2015-08-01"},
	})
}

// TestColumnURL: an article at an opinion page's address is a column,
// whatever its byline. SaudiNewsNet 2015-08-07 article 00490 (al-Jazirah's
// readers' opinion page rj15, no author) gave a meeting of Britain and
// France on the article's day from a columnist's conversation with a
// friend about Sykes-Picot (last round's row 891); the same text at a news
// page's address still gives it.
func TestColumnURL(t *testing.T) {
	x, asm := builtinAssembler(t)
	const text = "سايكس بيكو وسؤال الهوية\nفي حوار مع أحد الأصدقاء تحدث بشوق عن حقبة ما قبل اتفاقية سايكس بيكو الشهيرة التي لمن لا يعرفها قام خلالها وزيرا خارجية بريطانيا وفرنسا برسم دول منطقة الشرق الأوسط وترسية حدودها على الخارطة."
	for _, tt := range []struct{ url, want string }{
		{"http://www.al-jazirah.com/2015/20150807/rj15.htm", ""},
		{"http://www.al-jazirah.com/2015/20150807/ln15.htm", "meeting 2015-08-07"},
		{"", "meeting 2015-08-07"},
	} {
		t.Run(tt.url, func(t *testing.T) {
			d, err := x.Analyze(context.Background(), text, time.Date(2015, 8, 7, 0, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			d.URL = tt.url
			if s := typeDates(asm.Events(d, "doc")); s != tt.want {
				t.Errorf("events %q, want %q", s, tt.want)
			}
		})
	}
}

// TestColumnURLPatterns: addresses of SaudiNewsNet 2015-08-09: an Asharq
// al-Awsat column names its writer after the article's number, a news
// story does not; 3alyoum's opinion section; news pages of the same sites.
func TestColumnURLPatterns(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	ll := lx.langs["ar"]
	for _, tt := range []struct {
		url  string
		want bool
	}{
		{"http://aawsat.com/home/article/425376/طارق-الحميد/هل-إيران-تتغير؟", true},
		{"http://aawsat.com/home/article/425376/%D8%B7%D8%A7%D8%B1%D9%82-%D8%A7%D9%84%D8%AD%D9%85%D9%8A%D8%AF/x", true},
		{"http://aawsat.com/home/article/425786/المقاومة-الشعبية-والجيش-يسيطران-على-زنجبار-في-اليمن", false},
		{"http://www.3alyoum.com/opinion/articles/a/محمد-سلامة-إنت-كيني؟/", true},
		{"http://www.3alyoum.com/news/local/a/شقيق-شهيد-طوارئ-عسير-لـعين-اليوم-أخي-أ/", false},
		{"http://www.al-jazirah.com/2015/20150809/ar3.htm", true},
		{"http://www.al-jazirah.com/2015/20150809/ln45.htm", false},
		{"http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27428", true},
		{"http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231532&CategoryID=5", false},
		{"", false},
	} {
		if got := ll.columnURL(tt.url); got != tt.want {
			t.Errorf("columnURL(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

// TestLionsShare: الأسد after حصة or نصيب is the lion's share, no Assad.
// SaudiNewsNet 2015-07-24 (wedding halls in al-Baha "تستأثر ... بنصيب
// الأسد من الدخل") and 2015-08-09 (the UAE and Saudi Arabia "على حصة الأسد"
// of Gulf tourists) gave rows with Bashar al-Assad; last round's row 415
// (08-07) was one too.
func TestLionsShare(t *testing.T) {
	x, asm := builtinAssembler(t)
	for _, tt := range []struct {
		text string
		dct  time.Time
	}{
		{"تتنافس أكثر من 50 قاعة وقصر أفراح في منطقة الباحة على الاحتفالات الصيفية التي تزيد على 30 مليون ريال في ظل تعدد احتفالات الزواج وإشغال قصور الأفراح طوال الإجازة الصيفية وتستأثر قصور الأفراح الكبيرة بنصيب الأسد من الدخل حيث يفضلها العديد من أصحاب الاحتفالات لقدرتها على استيعاب أعداد كبيرة من المدعوين.",
			time.Date(2015, 7, 24, 0, 0, 0, 0, time.UTC)},
		{"واستحوذت الإمارات والسعودية على حصة الأسد من مجموع السياح الخليجيين القادمين إلى بلاد الجبال والبحيرات والشكولاتة، فقد كان هناك ما مجموعه 62592 سائحاً إماراتيا وسعودياً من بين مجموع السياح الخليجيين خلال النصف الأول من العام الحالي.",
			time.Date(2015, 8, 9, 0, 0, 0, 0, time.UTC)},
	} {
		d, err := x.Analyze(context.Background(), tt.text, tt.dct)
		if err != nil {
			t.Fatal(err)
		}
		evs := asm.Events(d, "doc")
		if len(evs) == 0 {
			t.Errorf("%.40s: no event, want one without Assad", tt.text)
		}
		for _, ev := range evs {
			for _, p := range ev.People {
				if p.ID == "bashar-al-assad" {
					t.Errorf("%.40s: %s %s names Bashar al-Assad", tt.text, ev.Type, ev.Date)
				}
			}
		}
	}
}

// TestAdvice: general advice is no news. SaudiNewsNet 2015-08-07: the Saudi
// Food and Drug Authority's six steps against food contamination, in four
// papers (last round's row 917, a statement on the article's day): 00555
// counts the steps in its headline, 01186 offers the guidelines "لمنع" in
// its first sentence. 2015-08-02 00542 ("أربعة طرق تربط مكة بجدة": four
// roads) is news.
func TestAdvice(t *testing.T) {
	x, asm := builtinAssembler(t)
	const lead = "دعت الهيئة العامة للغذاء والدواء إلى اتباع الإرشادات الصحية لمنع تلوث الأغذية أثناء التسوق، مما قد يؤدي إلى التسمم."
	runLeadCases(t, x, asm, []leadCase{
		{"08-07 00555", "«الغذاء والدواء»: 6 خطوات لمنع تلوّث الأغذية أثناء التسوّق\n" + lead, "2015-08-07", ""},
		{"08-07 01186", "«الغذاء والدواء»: تلوث الأغذية أثناء التسوق يؤدي للتسمم\n" + lead, "2015-08-07", ""},
		{"08-02 00542", testshared.Passage(t, "snn-2015-08-03-00745", "أربعة طرق تربط", "«المزدوج» قبل الحج\n") +
			testshared.Passage(t, "snn-2015-08-03-00745", "أعلنت إمارة منطقة", "منطقة (مكة المكرمة)."),
			"2015-08-02", "statement 2015-08-02"},
	})
}

// TestAnalystNote: below the lead, what an analyst "added in a note" is
// commentary, no event. SaudiNewsNet 2015-08-07 article 00112 (Asharq
// al-Awsat on Spain's tourism-led recovery) gave a statement row for Marc
// Ostwald's note "نهاية يوليو الماضي" (last round's row 275).
func TestAnalystNote(t *testing.T) {
	x, asm := builtinAssembler(t)
	text := testshared.Passage(t, "snn-2015-08-07-00112", "اقتصاد إسبانيا ينتعش", "سنوات من التأزم\n") +
		testshared.Passage(t, "snn-2015-08-07-00112", "بعد سبع سنوات", "منذ عام 2007.\nو") +
		testshared.Passage(t, "snn-2015-08-07-00112", "رغم تحسن البيانات", "22.4 في المائة") +
		testshared.Passage(t, "snn-2015-08-07-00112", "».\nوأضاف أوستوالد،", "إسبانيا أيضا مرتفع") +
		"»."
	d, err := x.Analyze(context.Background(), text, time.Date(2015, 8, 7, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if s := typeDates(asm.Events(d, "doc")); strings.Contains(s, "statement 2015-07") {
		t.Errorf("events %q: the analyst's note gives a statement", s)
	}
}
