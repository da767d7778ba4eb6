package temporal

import "testing"

// TestWeekdays checks weekdays (see weekdays.go).
func TestWeekdays(t *testing.T) {
	runFind(t, []findCase{
		// real-news fixes (SaudiNewsNet 2015-08-02)
		{"هطلت أمطار على خميس مشيط", "ar", "2015-08-02", want{}},
		// English: compound day numbers, number words, weekday + week, compound ago
		{"I'll go back on Friday next week", "en", "2016-11-07", want{"Friday next week", "date", "2016-11-18", "2016-11-18", "2016-11-18", "", true}},
		{"I'll go back next week on Friday", "en", "2016-11-07", want{"next week on Friday", "date", "2016-11-18", "2016-11-18", "2016-11-18", "", true}},
		// a weekday said with أمس/اليوم/غدا names the day (the article is dated a day late)
		{"ومغاسل الموتى بجدة وسبت الجارة", "ar", "2015-08-02", want{}},
		{"وصل يوم خميس", "ar", "2015-08-02", want{"يوم خميس", "date", "2015-07-30", "2015-07-30", "2015-07-30", "", false}},
		// عقد "holding", ربع قرن, يوم + a definite noun: no amount of time
		{"وأحمد الخميس عضو في لجنة المسابقات", "ar", "2015-08-02", want{}},
		// after بن X a bare weekday is a family name (SaudiNewsNet 2015-07-24,
		// 2015-08-02, 2015-08-09), with الماضي a day (2015-08-06, يوم dropped)
		{"5 – تعيين عبدالرحمن بن سعيد بن محمد الجمعة على وظيفة", "ar", "2015-07-24", want{}},
		{"هذا ويشارك أحمد بن عبدالرحمن الخميس الأمين العام للاتحاد", "ar", "2015-08-02", want{}},
		{"الدكتور عبدالله بن عبدالله الجمعة كلية طب الأسنان", "ar", "2015-08-09", want{}},
		{"وزير الدفاع الأمير محمد بن سلمان الخميس الماضي.", "ar", "2015-08-06", want{"الخميس الماضي", "date", "2015-07-30", "2015-07-30", "2015-07-30", "", false}},
		// relative to the DCT
		{"أكد الوزير، الثلاثاء، عزم بلديهما", "ar", testDCT, want{"الثلاثاء", "date", "2024-03-26", "2024-03-26", "2024-03-26", "", false}},
		{"سيلتقي الرئيس الثلاثاء", "ar", testDCT, want{"الثلاثاء", "date", "2024-04-02", "2024-04-02", "2024-04-02", "", true}},
		{"يزور الخميس المقبل", "ar", testDCT, want{"الخميس المقبل", "date", "2024-03-28", "2024-03-28", "2024-03-28", "", true}},
		{"والخميس الماضي بحث", "ar", "2021-07-17", want{"الخميس الماضي", "date", "2021-07-15", "2021-07-15", "2021-07-15", "", false}},
		// English
		{"They met last Tuesday.", "en", testDCT, want{"last Tuesday", "date", "2024-03-26", "2024-03-26", "2024-03-26", "", false}},
	})
}

func TestBetweenTheTwo(t *testing.T) {
	runValues(t, []valuesCase{
		{"استمر الخلاف بين الاثنين حول الصفقة", "ar", "2015-08-10", nil},
		{"تغلق المدارس بين الاثنين والأربعاء", "ar", "2015-08-10", []string{"بين الاثنين والأربعاء=2015-08-10/2015-08-12"}},
	})
}

// TestSharedWeekdayModifier: weekdays joined by "and" share the modifier
// said after the last of them (issue #14, tense17). Real sentences of
// SaudiNewsNet 2015-08-08 and 2015-08-06; the Saturday pair in an article
// of a Saturday, and the English one, are made up.
func TestSharedWeekdayModifier(t *testing.T) {
	runValues(t, []valuesCase{
		{"مع توقع حدوث عواصف رعدية يومي الأربعاء والخميس القادمين، في الوقت", "ar", "2015-08-08",
			[]string{"الأربعاء=2015-08-12", "الخميس القادمين=2015-08-13"}},
		{"على عدم ملاءمة موعد لقاء الفريقين الجمعة والسبت المقبلين في القدم", "ar", "2015-08-06",
			[]string{"الجمعة=2015-08-07", "السبت المقبلين=2015-08-08"}},
		{"فيما أصيب 163 آخرون بجروح السبت والأحد الماضيين في زنجبار", "ar", "2015-08-10",
			[]string{"السبت=2015-08-08", "الأحد الماضيين=2015-08-09"}},
		{"وتستأنف الفعاليات يوم الخميس والجمعة القادمة", "ar", "2015-07-25",
			[]string{"يوم الخميس=2015-07-30", "الجمعة القادمة=2015-07-31"}},
		{"يقام الحفل السبت والأحد المقبلين", "ar", "2015-07-25",
			[]string{"السبت=2015-08-01", "الأحد المقبلين=2015-08-02"}},
		{"Talks resume Monday and Tuesday next week.", "en", "2015-08-10",
			[]string{"Monday=2015-08-17", "Tuesday next week=2015-08-18"}},
		{"would hold technical talks with U.S. officials next Monday and Tuesday.", "en", "1987-04-01",
			[]string{"next Monday=1987-04-06", "Tuesday=1987-04-07"}},
	})
}
