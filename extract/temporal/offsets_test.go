package temporal

import "testing"

// TestOffsetsFromDCT checks offsets from the article's date (see offsets.go).
func TestOffsetsFromDCT(t *testing.T) {
	runFind(t, []findCase{
		// real-news fixes (SaudiNewsNet 2015-08-02)
		{"بنيت قبل عقدين من الزمان", "ar", "2015-08-02", want{"قبل عقدين", "date", "1995-08-02", "1995-08-02", "1995-08-02", "", false}},
		// numbers that are not years; years after a told event
		{"غادره نهاية الموسم الماضي بعد 16 عاما تراوحت", "ar", "2015-08-02", want{"بعد 16 عاما", "duration", "P16Y", "", "", "", false}},
		{"سيتم افتتاحه بعد 5 سنوات", "ar", "2015-08-02", want{"بعد 5 سنوات", "date", "2020-08-02", "2020-08-02", "2020-08-02", "", true}},
		// عقد "holding", ربع قرن, يوم + a definite noun: no amount of time
		{"وذلك بعد عقد اجتماع موسع", "ar", "2015-08-02", want{}},
		{"بعد عقد الاجتماع مباشرة", "ar", "2015-08-02", want{}},
		{"تأسست قبل ربع قرن", "ar", "2015-08-02", want{}},
		{"قبل يوم الانتخابات بقليل", "ar", "2015-08-02", want{}},
		{"عاد قبل عقد من الزمن", "ar", "2015-08-02", want{"قبل عقد", "date", "2005-08-02", "2005-08-02", "2005-08-02", "", false}},
		// relative to the DCT
		{"وصل قبل يومين", "ar", testDCT, want{"قبل يومين", "date", "2024-03-25", "2024-03-25", "2024-03-25", "", false}},
		{"وصل قبل ثلاثة أسابيع", "ar", testDCT, want{"قبل ثلاثة أسابيع", "date", "2024-03-06", "2024-03-06", "2024-03-06", "", false}},
		{"يعود بعد شهرين", "ar", testDCT, want{"بعد شهرين", "date", "2024-05-27", "2024-05-27", "2024-05-27", "", true}},
		// English
		{"He left two days ago.", "en", testDCT, want{"two days ago", "date", "2024-03-25", "2024-03-25", "2024-03-25", "", false}},
	})
}
