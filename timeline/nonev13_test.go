package timeline

import (
	"context"
	"testing"
	"time"
)

// TestMarketFigures: a clause of a market's figures (two words of trading,
// a word of figures, two numbers) is no event, whatever event word it has.
// SaudiNewsNet 2015-08-08 article 00317 (the index "opened last week" on a
// fall to 8617 points) gave a launch row, 2015-07-25 00132 a launch row
// too; a dividend per share and a general assembly's capital increase
// (shares, riyals, Tadawul: no words of trading) stay events.
func TestMarketFigures(t *testing.T) {
	x, asm := builtinAssembler(t)
	for _, tt := range []struct {
		name, text string
		dct        time.Time
		want       string
	}{
		{"index opened (08-08 00317)", "تحليل أسبوعي\n\nافتتح المؤشر العام الأسبوع الماضي على هبوط وصلت ذروته إلى مستوى 8617 نقطة بشكل حاد وبموجة هابطة على مستوى الحركة الأسبوعية وأغلق عند مستوى 8654 نقطة بنمط بيعي قوي على مستوى الحركة الأسبوعية والضغط الأكبر جاء من قبل سهم سابك حيث هبط إلى الحاجز النفسي 90 ريالاً متزامنًا مع هبوط أسعار النفط وتأكيد الركود في الصين، وسبب تراجع السيولة هو تخوف المضاربين من قوة الاتجاه الهابط الكبير للسوق.",
			time.Date(2015, 8, 8, 0, 0, 0, 0, time.UTC), ""},
		{"index closed (07-25 00132)", "الأسهم السعودية\n\nوكان مؤشر سوق الأسهم السعودية افتتح في آخر أيام التداول للأسبوع الماضي عند 9381 نقطة محققًا مكاسب طفيفة، واتجه إلى أدنى مستوى في الجلسة نفسها عند 9354 نقطة خاسرًا 0.28 في المائة، وفي نهايتها عوّض المؤشر معظم الخسائر ليغلق عند 9372 نقطة فاقدًا ثماني نقاط بنسبة 0.09 في المائة.",
			time.Date(2015, 7, 25, 0, 0, 0, 0, time.UTC), ""},
		{"dividend (08-01 00915)", "أوصى مجلس إدارة البنك الأهلي التجاري بتوزيع أرباح نقدية على مساهمي الشركة عن النصف الأول من العام 2015 بمبلغ قيمته 1,596 مليون ريال، حصة السهم الواحد منه 0.80 ريال، ونسبة التوزيع من القيمة الأسمية للسهم 8%.",
			time.Date(2015, 8, 1, 0, 0, 0, 0, time.UTC), "dividend 2015-08-01"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := x.Analyze(context.Background(), tt.text, tt.dct)
			if err != nil {
				t.Fatal(err)
			}
			if s := typeDates(asm.Events(d, "doc")); s != tt.want {
				t.Errorf("events %q, want %q", s, tt.want)
			}
		})
	}
}
