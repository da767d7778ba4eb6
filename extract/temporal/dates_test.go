package temporal

import "testing"

// TestDates checks calendar dates with a month name or a year (see dates.go).
func TestDates(t *testing.T) {
	runFind(t, []findCase{
		// day month year, month year, years
		{"في 15 أبريل 2024", "ar", "", want{"15 أبريل 2024", "date", "2024-04-15", "2024-04-15", "2024-04-15", "", false}},
		{"منذ فبراير 2022", "ar", "", want{"فبراير 2022", "date", "2022-02", "2022-02-01", "2022-02-28", "", false}},
		{"اتفاق عام 2008", "ar", "", want{"عام 2008", "date", "2008", "2008-01-01", "2008-12-31", "", false}},
		{"في العام 2014 أنشئ", "ar", "", want{"العام 2014", "date", "2014", "2014-01-01", "2014-12-31", "", false}},
		{"دخلت القوات في 2003 وأطاحت", "ar", "", want{"2003", "date", "2003", "2003-01-01", "2003-12-31", "", false}},
		{"الثامن من أكتوبر (تشرين الأول) عام 2023", "ar", "", want{"الثامن من أكتوبر (تشرين الأول) عام 2023", "date", "2023-10-08", "2023-10-08", "2023-10-08", "", false}},
		// real-news fixes (SaudiNewsNet 2015-08-02)
		{"تستمر حتى 29 أغسطس الجاري", "ar", "2015-08-02", want{"29 أغسطس الجاري", "date", "2015-08-29", "2015-08-29", "2015-08-29", "", false}},
		// numbers that are not years; years after a told event
		{"وفقد مؤشرها العام 4.36% بفعل", "ar", "2015-08-02", want{}},
		{"ثم نيوزيلندا ب 2049 مبتعثاً.", "ar", "2015-08-02", want{}},
		// English: compound day numbers, number words, weekday + week, compound ago
		{"I'll go back twenty second of June 2017", "en", "2016-11-07", want{"twenty second of June 2017", "date", "2017-06-22", "2017-06-22", "2017-06-22", "", true}},
		{"on the tenth of September, two thousand", "en", "2016-11-07", want{"tenth of September, two thousand", "date", "2000-09-10", "2000-09-10", "2000-09-10", "", false}},
		// عقد "holding", ربع قرن, يوم + a definite noun: no amount of time
		{"يطلق فعالياته في الـ 27 من الشهر الجاري ويستمر", "ar", "2015-08-02", want{"27 من الشهر الجاري", "date", "2015-08-27", "2015-08-27", "2015-08-27", "", false}},
		{"فاز الهلال 1-صفر على النصر", "ar", "2015-08-02", want{}},
		// صفر "zero" in football scores (SaudiNewsNet 2015-07-24, 2015-08-01,
		// 2015-08-06, 2015-08-09, 2015-08-11), not Safar; with a year a date
		{"المباراة: السعوية – الصين صفر-1 الدور: الاول", "ar", "2015-07-24", want{}},
		{"ليخسر الفريق صفر/3 أمام الفريق المصري", "ar", "2015-07-24", want{}},
		{"الفريق قد خسر أمام نيفتشي باكو الأذربيجاني في اللقاء الأول صفر/2.", "ar", "2015-08-01", want{}},
		{"يعني خسارة فريقه 3 ـ صفر جدد فهد القحيز", "ar", "2015-08-06", want{}},
		{"فائزا بنتيجة -3صفر في مباراته", "ar", "2015-08-06", want{}},
		{"بالفوز على ضيفه توتنهام/ 1 صفر ، أمس", "ar", "2015-08-09", want{"أمس", "date", "2015-08-08", "2015-08-08", "2015-08-08", "", false}},
		{"وخلاج بالتعادل في المباراة الأولى صفر-صفر مع حرس الحدود", "ar", "2015-08-09", want{}},
		{"ليخسر الفريق صاحب الأرض / 1صفر. وقال هيوز", "ar", "2015-08-11", want{}},
		{"وفي 7 صفر 1430هـ الموافق", "ar", "2015-07-22", want{"7 صفر 1430هـ", "date", "2009-02-02", "2009-02-02", "2009-02-02", "", false}},
		// English: last/next + month, decades, quarters and halves, the end of March
		{"Prices rose last September", "en", "2016-11-07", want{"last September", "date", "2016-09", "2016-09-01", "2016-09-30", "", false}},
		{"The talks resume next June", "en", "2016-11-07", want{"next June", "date", "2017-06", "2017-06-01", "2017-06-30", "", true}},
		{"The deal closed last December.", "en", "2016-11-07", want{"last December", "date", "2015-12", "2015-12-01", "2015-12-31", "", false}},
		// "this summer" is the current year's, whatever the tense
		{"* 6 أغسطس 1990: مجلس الأمن", "ar", "2015-08-02", want{"6 أغسطس 1990", "date", "1990-08-06", "1990-08-06", "1990-08-06", "", false}},
		// seasons, rest of a period, weekend
		{"في السابع من أبريل الماضي", "ar", "2021-07-17", want{"السابع من أبريل الماضي", "date", "2021-04-07", "2021-04-07", "2021-04-07", "", false}},
		{"2 يوليو (تموز) 2007", "ar", "", want{"2 يوليو (تموز) 2007", "date", "2007-07-02", "2007-07-02", "2007-07-02", "", false}},
		// relative to the DCT
		{"يزور في 15 أبريل المقبل", "ar", testDCT, want{"15 أبريل المقبل", "date", "2024-04-15", "2024-04-15", "2024-04-15", "", true}},
		{"في 27 يناير الفائت", "ar", testDCT, want{"27 يناير الفائت", "date", "2024-01-27", "2024-01-27", "2024-01-27", "", false}},
		// English
		{"He arrived on March 27, 2024.", "en", "", want{"March 27, 2024", "date", "2024-03-27", "2024-03-27", "2024-03-27", "", false}},
		// not dates
		{"وقُتل 139 شخصا", "ar", testDCT, want{}},
		{"نحو 2500 جندي", "ar", testDCT, want{}},
		{"باعتقال 11 شخصا", "ar", testDCT, want{}},
		{"في 2000 موقع", "ar", testDCT, want{}},
	})
}

// TestEnglishMonthDayWords: a day of the month in one word after an English
// month name (Reuters writes "Record March nine", "payable May one"), but
// not the first word of a compound, nor after a lowercase "may".
func TestEnglishMonthDayWords(t *testing.T) {
	runValues(t, []valuesCase{
		// Reuters line 51 (reuters-53)
		{"Payable March 31\n    Record March nine", "en", "1987-02-26", []string{"March 31=1987-03-31", "March nine=1987-03-09"}},
		// Reuters line 132 (reuters-147)
		{"a dividend of 25 cts per share on its common payable May one to shareholders of record", "en", "1987-02-26", []string{"May one=1987-05-01"}},
		// Reuters line 1555 (reuters-1679)
		{"The project is scheduled to begin on March nine.", "en", "1987-03-04", []string{"March nine=1987-03-09"}},
		// Reuters line 2671 (reuters-2906): a compound, not a day
		{"the Semiconductor Industry Association said the February three-month average", "en", "1987-03-06", []string{"February=1987-02", "three-month=P3M"}},
		// Reuters line 8886 (reuters-9717): the modal
		{"has raised concerns that government may one day", "en", "1987-03-26", []string{"one day=P1D"}},
	})
}

// TestNamedDates: a month or a day and month said without a year right
// after a word of date_names is a name (a revolution, attacks, a war, a
// street, a city, a palace), not this year's date; with a year, or after
// an anniversary word, it is a date (SaudiNewsNet tuning days).
func TestNamedDates(t *testing.T) {
	runValues(t, []valuesCase{
		// 2015-07-21 (snn-2015-07-21-00277, -00465)
		{"اضطرابات أمنية وسياسية كبيرة منذ ثورة 25 يناير التي أطاحت بالرئيس الأسبق", "ar", "2015-07-21", nil},
		{"وخسرت مصر مليارات الدولارات منذ «ثورة 25 يناير 2011»، بسبب الاضطرابات", "ar", "2015-07-21", []string{"25 يناير 2011=2011-01-25"}},
		// 2015-07-22 (snn-2015-07-22-00918)
		{"اشتباكات عنيفة في عقبة شارع ٢٦ سبتمبر وسط مدينة تعز", "ar", "2015-07-22", nil},
		// 2015-07-24 (snn-2015-07-24-01758): the anniversary is this year's
		{"عسكرية على جانبي القناة، احتفالاً بذكرى ثورة 23 يوليو.. بالتزامن", "ar", "2015-07-24", []string{"23 يوليو=2015-07-23"}},
		// 2015-07-24 (snn-2015-07-24-01758, the headline): celebrated now
		{"مصر تحتفل بثورة يوليو وكارثة «نيلية»", "ar", "2015-07-24", []string{"يوليو=2015-07"}},
		// 2015-07-26 (snn-2015-07-26-01332)
		{"ثم يعود بعد اللقاء إلى مدينة 6 أكتوبر بالقاهرة؛ لاستكمال", "ar", "2015-07-26", nil},
		// 2015-08-02 (snn-2015-08-02-00841)
		{"بأن السعودية صدمت العالم عام 2013 بدعمها لثورة 30 يونيو في مصر", "ar", "2015-08-02", []string{"عام 2013=2013"}},
		// 2015-08-03 (snn-2015-08-03-00121)
		{"وبعد هجمات 11 سبتمبر، وإعلان الولايات المتحدة", "ar", "2015-08-03", nil},
		// 2015-08-06 (snn-2015-08-06-00418)
		{"بعد استرداد شبه جزيرة سيناء في حرب أكتوبر (تشرين الأول) المجيدة.", "ar", "2015-08-06", nil},
	})
}
