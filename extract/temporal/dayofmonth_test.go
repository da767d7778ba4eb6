package temporal

import "testing"

// TestDayOfMonth checks a day of the month said alone (see dayofmonth.go).
func TestDayOfMonth(t *testing.T) {
	runFind(t, []findCase{
		// a day of the month alone, after يوم: the tense picks the month
		{"ستكون المواجهة أمام الوصل يوم 27، أما", "ar", "2015-08-02", want{"يوم 27", "date", "2015-08-27", "2015-08-27", "2015-08-27", "", true}},
		{"عاد يوم 27 إلى", "ar", "2015-08-02", want{"يوم 27", "date", "2015-07-27", "2015-07-27", "2015-07-27", "", false}},
		// English: compound day numbers, number words, weekday + week, compound ago
		{"The vote is on the 27th.", "en", "2016-11-07", want{"the 27th", "date", "2016-10-27", "2016-10-27", "2016-10-27", "", false}},
		{"it would create the 12th largest bank", "en", "2016-11-07", want{}},
	})
}
