package temporal

import "testing"

// TestRelative checks dates relative to the article's (see relative.go).
func TestRelative(t *testing.T) {
	runFind(t, []findCase{
		// real-news fixes (SaudiNewsNet 2015-08-02)
		{"حنان الحامدي – عين اليوم", "ar", "2015-08-02", want{}},
		{"طلبوا 2000 ريال في اليوم مقابل", "ar", "2015-08-02", want{}},
		// named days of a programme are no "today" (SaudiNewsNet 2015-08-06, 2015-07-25)
		{"نائب أمير المنطقة يفتتح فعاليات قسم اليوم العائلي في سجن حائل", "ar", "2015-08-06", want{}},
		{"تلك بعض أهداف نظام اليوم الدراسي الكامل", "ar", "2015-07-25", want{}},
		{"تنظمه المكتبة للعام الثالث على التوالي", "ar", "2015-08-02", want{}},
		{"3 في المائة الشهر الماضي", "ar", "2015-08-02", want{"الشهر الماضي", "date", "2015-07", "2015-07-01", "2015-07-31", "", false}},
		// وبالتالي ("and so") after a unit is no التالي: an adjective
		// never carries a preposition (SaudiNewsNet 2015-07-21)
		{"تستغرق الرحلة أسبوع وبالتالي لن يعود", "ar", "2015-07-21", want{}},
		{"توقف منذ أربع سنوات وبالتالي فقد", "ar", "2015-07-21", want{"منذ أربع سنوات", "duration", "P4Y", "", "", "", false}},
		// the nth weekday of a month; the week after next
		{"في الأسبوع بعد المقبل", "ar", "2015-08-02", want{"الأسبوع بعد المقبل", "date", "2015-W33", "2015-08-10", "2015-08-16", "", true}},
		// a day of the month alone, after يوم: the tense picks the month
		{"في يوم أول أمس", "ar", "2015-08-02", want{"أول أمس", "date", "2015-07-31", "2015-07-31", "2015-07-31", "", false}},
		// a weekday said with أمس/اليوم/غدا names the day (the article is dated a day late)
		{"تقام المباراة مساء غد الأحد", "ar", "2015-08-02", want{"غد الأحد", "date", "2015-08-02", "2015-08-02", "2015-08-02", "", true}},
		{"قال اليوم (السبت) إن", "ar", "2015-08-02", want{"اليوم (السبت)", "date", "2015-08-01", "2015-08-01", "2015-08-01", "", false}},
		{"وصل أمس السبت إلى عدن", "ar", "2015-08-02", want{"أمس السبت", "date", "2015-08-01", "2015-08-01", "2015-08-01", "", false}},
		// ... up to six days before, never after the article's date
		// (SaudiNewsNet 2015-07-21, a Tuesday, holds Reuters texts of the
		// 15th: the Iran deal of Tuesday the 14th)
		{"وتوصلت ايران والقوى العالمية الست إلى اتفاق تاريخي أمس الثلاثاء", "ar", "2015-07-21", want{"أمس الثلاثاء", "date", "2015-07-14", "2015-07-14", "2015-07-14", "", false}},
		{"وقال مسؤول في شركة النفط الوطنية الايرانية اليوم الأربعاء إن", "ar", "2015-07-21", want{"اليوم الأربعاء", "date", "2015-07-15", "2015-07-15", "2015-07-15", "", false}},
		// last night, the night before last (SaudiNewsNet 2015-08-06)
		{"سقوط الطائرة الذي حصل الليلة الماضية سببه عطل فني", "ar", "2015-08-06", want{"الليلة الماضية", "date", "2015-08-05", "2015-08-05", "2015-08-05", "", false}},
		{"خرجت بعض عربات قطارين سريعين عن السكة الليلة الماضية (الثلاثاء)", "ar", "2015-08-06", want{"الليلة الماضية (الثلاثاء)", "date", "2015-08-04", "2015-08-04", "2015-08-04", "", false}},
		{"في ساعة متاخرة من الليلة قبل الماضية", "ar", "2015-07-24", want{"الليلة قبل الماضية", "date", "2015-07-22", "2015-07-22", "2015-07-22", "", false}},
		// seasons, rest of a period, weekend
		{"سأرحل بقية العام", "ar", "2016-11-07", want{"بقية العام", "date", "2016", "2016-11-07", "2016-12-31", "", true}},
		// the rest of my week (the peer suite's cases): a possessed period
		// after a rest word; alone أسبوعي is "weekly" (SNN 2015-07-22)
		{"سأرحل بقية أسبوعي", "ar", "2016-11-07", want{"بقية أسبوعي", "date", "2016-W45", "2016-11-07", "2016-11-13", "", true}},
		{"سأرحل باقي أسبوعي", "ar", "2016-11-13", want{"باقي أسبوعي", "date", "2016-W45", "2016-11-13", "2016-11-13", "", true}},
		{"حيث تم تحديد سقف السحب بشكل أسبوعي ليصبح بقيمة 420 يورو", "ar", "2015-07-24", want{}},
		{"في عطلة نهاية الأسبوع", "ar", "2016-11-07", want{"عطلة نهاية الأسبوع", "date", "2016-W45-WE", "2016-11-12", "2016-11-13", "", false}},
		// نهاية الأسبوع alone is the end of the week, Thursday to Sunday: the
		// Saudi market's Thursday close (SNN 2015-08-01), a Friday match
		// (SNN 2015-07-22: Real Madrid - Manchester City, 24 July); إجازة
		// نهاية الأسبوع is the weekend (SNN 2015-08-01)
		{"وفي نهاية الأسبوع أغلق عند 9098 نقطة فاقدا 274 نقطة", "ar", "2015-08-01", want{"نهاية الأسبوع", "date", "2015-W31", "2015-07-30", "2015-08-02", "END", false}},
		{"والتركيز على التدريبات لتخطي عقبة مانشستر سيتي نهاية هذا الاسبوع", "ar", "2015-07-22", want{"نهاية هذا الاسبوع", "date", "2015-W30", "2015-07-23", "2015-07-26", "END", false}},
		{"حضور مباريات فريقها في جدة خلال إجازة نهاية الأسبوع", "ar", "2015-08-01", want{"إجازة نهاية الأسبوع", "date", "2015-W31-WE", "2015-08-01", "2015-08-02", "", false}},
		// relative to the DCT
		{"قال أمس", "ar", testDCT, want{"أمس", "date", "2024-03-26", "2024-03-26", "2024-03-26", "", false}},
		{"قال أول أمس", "ar", testDCT, want{"أول أمس", "date", "2024-03-25", "2024-03-25", "2024-03-25", "", false}},
		{"يصل غداً", "ar", testDCT, want{"غداً", "date", "2024-03-28", "2024-03-28", "2024-03-28", "", true}},
		{"الأسبوع الماضي شهد", "ar", "2021-07-17", want{"الأسبوع الماضي", "date", "2021-W27", "2021-07-05", "2021-07-11", "", false}},
		{"الشهر المقبل", "ar", testDCT, want{"الشهر المقبل", "date", "2024-04", "2024-04-01", "2024-04-30", "", true}},
		{"العام الحالي", "ar", testDCT, want{"العام الحالي", "date", "2024", "2024-01-01", "2024-12-31", "", false}},
		// unknown DCT: absolute dates resolve, relative ones do not
		{"قال أمس", "ar", "", want{"أمس", "date", "", "", "", "", false}},
		// English
		{"He will visit next week.", "en", testDCT, want{"next week", "date", "2024-W14", "2024-04-01", "2024-04-07", "", true}},
	})
}

// TestLastWeekOnSunday: in Arabic the week starts on Sunday (week_start),
// so الأسبوع الماضي said on a Sunday is the week that ended the day before:
// the ISO week ending on the DCT, not the one before it. Other days, and
// English, keep the ISO weeks.
func TestLastWeekOnSunday(t *testing.T) {
	runValues(t, []valuesCase{
		// SNN 2015-08-09 (a Sunday): the Saudi market's fall of 2-6 August
		{"واصلت معظم أسواق الأسهم الخليجية خسائرها اليوم الأحد لكن البورصة السعودية ارتفعت في أعقاب هبوط حاد الأسبوع الماضي", "ar", "2015-08-09",
			[]string{"اليوم الأحد=2015-08-09", "الأسبوع الماضي=2015-W32"}},
		// SNN 2015-07-26 (a Sunday): the Suruç bombing of Monday 20 July
		{"بناء على طلب من تركيا بعد تفجير انتحاري وقع الأسبوع الماضي هناك", "ar", "2015-07-26", []string{"الأسبوع الماضي=2015-W30"}},
		// SNN 2015-08-09: gold's Friday, 7 August
		{"ارتفعت أسعار الذهب بنهاية الأسبوع الماضي بصورة طفيفة", "ar", "2015-08-09", []string{"نهاية الأسبوع الماضي=2015-W32"}},
		{"الأسبوع قبل الماضي", "ar", "2015-08-09", []string{"الأسبوع قبل الماضي=2015-W31"}},
		// a Monday: the ISO week before
		{"ارتفعت البورصة في أعقاب هبوط حاد الأسبوع الماضي", "ar", "2015-08-10", []string{"الأسبوع الماضي=2015-W32"}},
		{"shares fell sharply last week", "en", "2015-08-09", []string{"last week=2015-W31"}},
	})
}
