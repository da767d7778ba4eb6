package timeline

import "testing"

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
			"أهالي الخرمة يشيعون شهيد الوطن\n\nشيع أهالي محافظة الخرمة يتقدمهم محافظ الخرمة الشيخ خالد بن عبدالله بن لؤي والشيخ راجح بن شباب بن جروه وعدد من منسوبي الحرس الوطني جثمان شهيد الوطن الرقيب ماجد بن فهد بن فهيد السبيعي، والذي استشهد يوم الجمعة الماضي على الحد الجنوبي بمنطقة نجران.",
			"2015-08-09", "ceremony 2015-08-09,killing 2015-08-07"},
		{"the lead's own day (article 00515)",
			"جموع من الأهالي يودعون الشهيد الصميلي في تشييع جنازته بمحافظة الخرمة\n\nشيعت جموع غفيرة ظهر أمس السبت بمحافظة الخرمة جنازة الشهيد ماجد بن فهد الصميلي السبيعي أحد جنود قوات الحرس الوطني المشاركة على الحدود الجنوبية بمنطقة نجران، والذي استشهد صباح يوم الجمعة الماضي أثناء التصدي لهجوم غادر من داخل الحدود اليمنية.",
			"2015-08-09", "ceremony 2015-08-08,attack 2015-08-07"},
		{"a headline of the clause's family (article 00483)",
			"تفجير مسجد قوات الطوارئ في أبها عمل جبان ومؤشر على حالة اليأس التي وصل إليها أرباب الفكر الضال\n\nأعرب معالي نائب رئيس مجلس الشورى الدكتور محمد بن أمين الجفري، عن إدانته واستنكاره للعمل الإرهابي الإجرامي الذي استهدف رجال الأمن الآمنين المطمئنين في أحد بيوت الله في مقر قوات الطوارئ بمدينة أبها الخميس الماضي، وأدى إلى استشهاد عددٍ من رجال الأمن والعاملين في الموقع، وإصابة آخرين.",
			"2015-08-09", "attack 2015-08-06,statement 2015-08-06"},
		{"a clause of ending (article 00442 of 2015-07-22)",
			"زيارات للحدائق والمنتزهات لنزلاء التأهيل الشامل ودار المسنين بجازان في العيد\n\nنظَّم مركز التأهيل الشامل ودار المسنين بجازان برنامج معايدة لنزلاء الدار، الذي اختُتمت فعالياته مساء أمس.",
			"2015-07-22", "visit 2015-07-21,ceremony 2015-07-21"},
	})
}
