package temporal

import "testing"

// TestWeeks checks the nth week or weekday of a period (see weeks.go).
func TestWeeks(t *testing.T) {
	runFind(t, []findCase{
		// the nth week of a month or year (weeks counted by their Thursday, as ISO counts a year's)
		{"في الأسبوع الأخير من حزيران - يونيو هجوماً", "ar", "2015-08-02", want{"الأسبوع الأخير من حزيران - يونيو", "date", "2015-W26", "2015-06-22", "2015-06-28", "", false}},
		{"منذ الأسبوع الأول من أغسطس 2011", "ar", "2015-08-02", want{"الأسبوع الأول من أغسطس 2011", "date", "2011-W31", "2011-08-01", "2011-08-07", "", false}},
		{"الأسبوع الأول من عام 2015", "ar", "2017-11-20", want{"الأسبوع الأول من عام 2015", "date", "2015-W01", "2014-12-29", "2015-01-04", "", false}},
		{"سأخرج الأسبوع الثالث العام المقبل", "ar", "2016-11-07", want{"الأسبوع الثالث العام المقبل", "date", "2017-W03", "2017-01-16", "2017-01-22", "", true}},
		{"the first week of October", "en", "2016-11-07", want{"the first week of October", "date", "2016-W40", "2016-10-03", "2016-10-09", "", false}},
		// said on a Sunday (SNN 2015-08-02): the Saudi week that ended the
		// day before, whose last session (Thursday 30 July) closed at 9098
		{"الأسبوع الأخير تراجع المؤشر", "ar", "2015-08-02", want{"الأسبوع الأخير", "date", "2015-W31", "2015-07-27", "2015-08-02", "", false}},
		// the nth weekday of a month; the week after next
		{"أول يوم جمعة من يوليو", "ar", "2016-11-07", want{"أول يوم جمعة من يوليو", "date", "2016-07-01", "2016-07-01", "2016-07-01", "", false}},
		{"آخر خميس من الشهر الماضي", "ar", "2015-08-02", want{"آخر خميس من الشهر الماضي", "date", "2015-07-30", "2015-07-30", "2015-07-30", "", false}},
		{"العريف أول جمعة الحمادي", "ar", "2015-08-02", want{}},
	})
}
