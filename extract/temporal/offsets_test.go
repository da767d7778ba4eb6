package temporal

import (
	"testing"

	"github.com/tarikh/tarikh/textnorm"
)

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

// TestAnchoring: an offset or an anaphoric reference takes the date it
// refers to in the text; when that is an event without a date, the
// expression has no date of its own (Anchor event) and dates no event.
func TestAnchoring(t *testing.T) {
	runValues(t, []valuesCase{
		// from the last date named (issue 14)
		{"It posted a decline in 1986 net profit to 12.6 mln marks from 48.5 mln a year earlier, and paid 12.5 mln, down from 47.7 mln a year earlier.", "en", "1987-04-02",
			[]string{"1986=1986", "a year earlier=1985", "a year earlier=1985"}},
		{"He arrived on March 3 and left two days later.", "en", "1987-04-02", []string{"March 3=1987-03-03", "two days later=1987-03-05"}},
		{"The plant opened in March 1985 and closed that month.", "en", "1987-04-02", []string{"March 1985=1985-03", "that month=1985-03"}},
		{"It opened in 1985; the following week it closed.", "en", "1987-04-02", []string{"1985=1985", "the following week="}},
		{"انضمت في يناير 2010، وبعد ثلاثة أشهر استقالت من منصبها", "ar", "2015-08-10", []string{"يناير 2010=2010-01", "بعد ثلاثة أشهر=2010-04"}},
		{"تأسست الشركة عام 1967، وفي العام نفسه افتتحت فرعها الأول", "ar", "2015-08-10", []string{"عام 1967=1967", "العام نفسه=1967"}},
		{"وقعت الاتفاقية في 3 مايو 2014 وعدلت في الشهر نفسه", "ar", "2015-08-10", []string{"3 مايو 2014=2014-05-03", "الشهر نفسه=2014-05"}},
		{"ارتفعت الأرباح في 2014 مقارنة بالعام السابق", "ar", "2015-08-10", []string{"2014=2014", "العام السابق=2013"}},
		// nothing named before: the article's date
		{"ارتفعت الأرباح مقارنة بالعام السابق", "ar", "2015-08-10", []string{"العام السابق=2014"}},
		{"ستجرى الانتخابات بعد ثلاثة أشهر", "ar", "2015-08-10", []string{"بعد ثلاثة أشهر=2015-11"}},
		{"أعلن الوزير اليوم أن المشروع ينتهي بعد ثلاثة أشهر", "ar", "2015-08-10", []string{"اليوم=2015-08-10", "بعد ثلاثة أشهر=2015-11"}},
		// from a date said after it
		{"Where were you two days before yesterday?", "en", "2018-05-31", []string{"two days before yesterday=2018-05-28"}},
		{"I'll go back three weeks from tomorrow.", "en", "2018-05-31", []string{"three weeks from tomorrow=2018-06-22"}},
		{"Are you available two days after today?", "en", "2018-05-31", []string{"two days after today=2018-06-02"}},
	})
	for _, c := range []struct{ in, lang, text string }{
		{"The funds were diverted six days before the diversion came to light.", "en", "six days"},
		{"وقد أفرج عنه بعد ثلاثة أشهر", "ar", "بعد ثلاثة أشهر"},
	} {
		xs := find(c.in, textnorm.Lang(c.lang), "2015-08-10")
		if len(xs) != 1 || xs[0].Text != c.text || xs[0].Anchor != AnchorEvent || xs[0].Dating() {
			t.Errorf("%q: want %q anchored to an event, no date; got %+v", c.in, c.text, xs)
		}
	}
}

// TestDemonstrativeObject: ذلك before a unit and الماضي/المقبل is the
// verb's object ("did that"), not "that month": the date is last month
// (SaudiNewsNet 2015-08-10 01223; it was the anaphor ذلك الشهر, unresolved).
func TestDemonstrativeObject(t *testing.T) {
	runValues(t, []valuesCase{
		{"بتطهير أبراج التطهير في غضون 14 يوما إذا لم يكونوا فعلوا ذلك الشهر الماضي.", "ar", "2015-08-10", []string{"في غضون 14 يوما=P14D", "الشهر الماضي=2015-07"}},
		{"وقعت الاتفاقية في 3 مايو 2014 وعدلت في الشهر نفسه", "ar", "2015-08-10", []string{"3 مايو 2014=2014-05-03", "الشهر نفسه=2014-05"}},
	})
}
