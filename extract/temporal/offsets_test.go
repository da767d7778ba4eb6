package temporal

import "testing"

// TestOffsetsFromDCT checks offsets from the article's date (see offsets.go).
func TestOffsetsFromDCT(t *testing.T) {
	runFind(t, []findCase{
		// As TIMEX3 does, an offset takes the granularity of its unit: two
		// years ago is a year, not a day (issue 14).
		{"قالت الشركة إنها بدأت المشروع قبل عامين", "ar", "2015-08-10", want{"قبل عامين", "date", "2013", "2013-01-01", "2013-12-31", "", false}},
		{"Sales rose from a year ago.", "en", "1987-03-01", want{"a year ago", "date", "1986", "1986-01-01", "1986-12-31", "", false}},
		{"He left two days ago.", "en", "1987-03-01", want{"two days ago", "date", "1987-02-27", "1987-02-27", "1987-02-27", "", false}},
		// real-news fixes (SaudiNewsNet 2015-08-02)
		{"بنيت قبل عقدين من الزمان", "ar", "2015-08-02", want{"قبل عقدين", "date", "199", "1990-01-01", "1999-12-31", "", false}},
		// numbers that are not years; years after a told event
		{"غادره نهاية الموسم الماضي بعد 16 عاما تراوحت", "ar", "2015-08-02", want{"بعد 16 عاما", "duration", "P16Y", "", "", "", false}},
		{"سيتم افتتاحه بعد 5 سنوات", "ar", "2015-08-02", want{"بعد 5 سنوات", "date", "2020", "2020-01-01", "2020-12-31", "", true}},
		// عقد "holding", ربع قرن, يوم + a definite noun: no amount of time
		{"وذلك بعد عقد اجتماع موسع", "ar", "2015-08-02", want{}},
		{"بعد عقد الاجتماع مباشرة", "ar", "2015-08-02", want{}},
		{"تأسست قبل ربع قرن", "ar", "2015-08-02", want{}},
		{"قبل يوم الانتخابات بقليل", "ar", "2015-08-02", want{}},
		{"عاد قبل عقد من الزمن", "ar", "2015-08-02", want{"قبل عقد", "date", "200", "2000-01-01", "2009-12-31", "", false}},
		// relative to the DCT
		{"وصل قبل يومين", "ar", testDCT, want{"قبل يومين", "date", "2024-03-25", "2024-03-25", "2024-03-25", "", false}},
		{"وصل قبل ثلاثة أسابيع", "ar", testDCT, want{"قبل ثلاثة أسابيع", "date", "2024-W10", "2024-03-04", "2024-03-10", "", false}},
		{"يعود بعد شهرين", "ar", testDCT, want{"بعد شهرين", "date", "2024-05", "2024-05-01", "2024-05-31", "", true}},
		// English
		{"He left two days ago.", "en", testDCT, want{"two days ago", "date", "2024-03-25", "2024-03-25", "2024-03-25", "", false}},
	})
}
