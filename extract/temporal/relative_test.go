package temporal

import "testing"

// TestRelative checks dates relative to the article's (see relative.go).
func TestRelative(t *testing.T) {
	runFind(t, []findCase{
		// real-news fixes (SaudiNewsNet 2015-08-02)
		{"حنان الحامدي – عين اليوم", "ar", "2015-08-02", want{}},
		{"طلبوا 2000 ريال في اليوم مقابل", "ar", "2015-08-02", want{}},
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
		// seasons, rest of a period, weekend
		{"سأرحل بقية العام", "ar", "2016-11-07", want{"بقية العام", "date", "2016", "2016-11-07", "2016-12-31", "", true}},
		{"في عطلة نهاية الأسبوع", "ar", "2016-11-07", want{"عطلة نهاية الأسبوع", "date", "2016-W45-WE", "2016-11-12", "2016-11-13", "", false}},
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
