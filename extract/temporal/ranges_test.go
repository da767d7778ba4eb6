package temporal

import "testing"

// TestRanges checks ranges (see ranges.go).
func TestRanges(t *testing.T) {
	runFind(t, []findCase{
		// spaced numeric dates, as Saudi papers print them
		{"من 30/11 وحتى 2 /12/2015 بمركز", "ar", "2015-08-02", want{"من 30/11 وحتى 2 /12/2015", "date", "2015-11-30/2015-12-02", "2015-11-30", "2015-12-02", "", false}},
		{"لعام 1435-1436هـ", "ar", "2015-08-02", want{"لعام 1435-1436هـ", "date", "2013-11-04/2015-10-13", "2013-11-04", "2015-10-13", "", false}},
		// a range of weekdays in a named week; compound amounts from now
		{"الأسبوع المقبل بين الأربعاء والجمعة", "ar", "2017-11-14", want{"الأسبوع المقبل بين الأربعاء والجمعة", "date", "2017-11-22/2017-11-24", "2017-11-22", "2017-11-24", "", true}},
		{"هذا الأسبوع من الثلاثاء إلى الخميس", "ar", "2017-11-15", want{"هذا الأسبوع من الثلاثاء إلى الخميس", "date", "2017-11-14/2017-11-16", "2017-11-14", "2017-11-16", "", false}},
		// numbers that are not years; years after a told event
		{"في كل سيارة ما بين 1500 و2000 حبة", "ar", "2015-08-02", want{}},
		{"النطاق بين 2014 و2017 شهدت", "ar", "2015-08-02", want{"بين 2014 و2017", "date", "2014/2017", "2014-01-01", "2017-12-31", "", false}},
		// years in words standing alone as a range's ends (the peer suite's
		// sentence); money and head counts in words are no years
		// (SaudiNewsNet 2015-08-06, 2015-07-23)
		{"المدى من ألفين إلى ألفين وأربعة عشر.", "ar", "2016-11-07", want{"من ألفين إلى ألفين وأربعة عشر", "date", "2000/2014", "2000-01-01", "2014-12-31", "", false}},
		{"The range is from two thousand until two thousand and fourteen.", "en", "2016-11-07", want{"from two thousand until two thousand and fourteen", "date", "2000/2014", "2000-01-01", "2014-12-31", "", false}},
		{"أفرح عندما يصل الربح الشهري ما بين ألفين وألفين وخمسمائة ريال", "ar", "2015-08-06", want{}},
		{"مقدرًا عدد مقاتلي التنظيم الموجودين فيها بما بين ألف وألفين.", "ar", "2015-07-23", want{}},
		// ranges
		{"بين 2014 و2017", "ar", "", want{"بين 2014 و2017", "date", "2014/2017", "2014-01-01", "2017-12-31", "", false}},
		{"من 10 إلى 12 مارس 2024", "ar", "", want{"من 10 إلى 12 مارس 2024", "date", "2024-03-10/2024-03-12", "2024-03-10", "2024-03-12", "", false}},
		{"من عام 2003 وحتى 2021", "ar", "", want{"من عام 2003 وحتى 2021", "date", "2003/2021", "2003-01-01", "2021-12-31", "", false}},
		// alternatives: one expression whose value spans both (sentences of
		// SaudiNewsNet and Reuters' kind)
		{"ومن المتوقع أن يصدر القرار في سبتمبر أو أكتوبر المقبل", "ar", "2015-08-10", want{"سبتمبر أو أكتوبر المقبل", "date", "2015-09/2015-10", "2015-09-01", "2015-10-31", "", true}},
		{"وقع الحادث في 2014 أو 2015 بحسب المصادر", "ar", "2015-08-10", want{"2014 أو 2015", "date", "2014/2015", "2014-01-01", "2015-12-31", "", false}},
		{"سيعقد الاجتماع يوم الثلاثاء أو الأربعاء المقبلين", "ar", "2015-08-10", want{"يوم الثلاثاء أو الأربعاء المقبلين", "date", "2015-08-11/2015-08-12", "2015-08-11", "2015-08-12", "", true}},
		{"وصل الوفد في 10 أو 11 مارس", "ar", "2015-08-10", want{"10 أو 11 مارس", "date", "2015-03-10/2015-03-11", "2015-03-10", "2015-03-11", "", false}},
		{"The decision is expected in September or October, officials said.", "en", "1987-03-17", want{"September or October", "date", "1987-09/1987-10", "1987-09-01", "1987-10-31", "", true}},
		{"The talks will resume on Monday or Tuesday.", "en", "1987-03-18", want{"Monday or Tuesday", "date", "1987-03-23/1987-03-24", "1987-03-23", "1987-03-24", "", true}},
		{"The plant was shut in December or January.", "en", "1987-03-17", want{"December or January", "date", "1986-12/1987-01", "1986-12-01", "1987-01-31", "", false}},
		{"Output rose in 1985 or 1986, he said.", "en", "1987-03-17", want{"1985 or 1986", "date", "1985/1986", "1985-01-01", "1986-12-31", "", false}},
		// amounts joined by "or" are no alternatives of dates
		{"one of 1500 or 2000 pills", "en", "1987-03-17", want{}},
		// a first day in ordinal words after بين or من, the date after it
		// completing it (SaudiNewsNet 2015-07-31 00462, the Venice festival,
		// read as 12 September alone before; 2015-07-22 00985)
		{"وتقام ما بين الثاني والثاني عشر من سبتمبر (أيلول) المقبل، دورة مصيرية", "ar", "2015-07-31", want{"ما بين الثاني والثاني عشر من سبتمبر (أيلول) المقبل", "date", "2015-09-02/2015-09-12", "2015-09-02", "2015-09-12", "", true}},
		{"مؤتمر باريس العلمي الدولي الأخير الذي عقد من السابع إلى العاشر من شهر يوليو الجاري", "ar", "2015-07-22", want{"من السابع إلى العاشر من شهر يوليو الجاري", "date", "2015-07-07/2015-07-10", "2015-07-07", "2015-07-10", "", false}},
		// English
		{"between 2014 and 2017", "en", "", want{"between 2014 and 2017", "date", "2014/2017", "2014-01-01", "2017-12-31", "", false}},
	})
}
