package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestLeadDayRelativeClause: a date in a relative clause of the lead that
// tells another kind of happening than the headline is the clause's, not
// the headline's. SaudiNewsNet 2015-08-09 article 00640 (alriyadh:
// al-Khurmah buries a National Guard martyr, "والذي استشهد يوم الجمعة
// الماضي"): its headline row was dated Friday the 7th, the martyrdom's day;
// the funeral is the article's news (the dateline convention). A lead whose
// own clause names the day still gives it (00515, aljazirah, the same
// funeral "ظهر أمس السبت"); so does a clause of the headline's type family
// (00483: the headline tells the bombing "الذي استهدف ... الخميس الماضي"),
// and a clause that tells when what it follows ended (2015-07-22 article
// 00442: the Eid programme "الذي اختتمت فعالياته مساء أمس").
func TestLeadDayRelativeClause(t *testing.T) {
	x, asm := builtinAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"the day of a relative clause (article 00640)",
			testshared.Passage(t, "snn-2015-08-09-00640", "أهالي الخرمة يشيعون", "الجنوبي بمنطقة نجران."),
			"2015-08-09", "ceremony 2015-08-09,killing 2015-08-07"},
		{"the lead's own day (article 00515)",
			testshared.Passage(t, "snn-2015-08-09-00515", "جموع من الأهالي", "داخل الحدود اليمنية") +
				".",
			"2015-08-09", "ceremony 2015-08-08,attack 2015-08-07"},
		{"a headline of the clause's family (article 00483)",
			testshared.Passage(t, "snn-2015-08-09-00483", "تفجير مسجد قوات", "الموقع، وإصابة آخرين."),
			"2015-08-09", "attack 2015-08-06,statement 2015-08-06"},
		{"a clause of ending (article 00442 of 2015-07-22)",
			"زيارات للحدائق والمنتزهات لنزلاء التأهيل الشامل ودار المسنين بجازان في العيد\n\nنظَّم مركز التأهيل الشامل ودار المسنين بجازان برنامج معايدة لنزلاء الدار، الذي اختُتمت فعالياته مساء أمس.",
			"2015-07-22", "visit 2015-07-21,ceremony 2015-07-21"},
	})
}
