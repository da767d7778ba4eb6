package temporal

import (
	"testing"

	"github.com/tarikh/tarikh/textnorm"
)

// TestDurations checks durations (see durations.go).
func TestDurations(t *testing.T) {
	runFind(t, []findCase{
		// real-news fixes (SaudiNewsNet 2015-08-02)
		{"عادت المهرجانات بعد سنتين من الغياب", "ar", "2015-08-02", want{"بعد سنتين", "duration", "P2Y", "", "", "", false}},
		{"بيعت بعد أشهر قليلة من وفاته", "ar", "2015-08-02", want{"بعد أشهر قليلة", "duration", "PXM", "", "", "", false}},
		// the "of the year" of a numbered decision or edition counts no years (SaudiNewsNet 2015-08-06, 2015-08-04)
		{"وأوضح أن الحوافز الممنوحة في القرار رقم 17 لسنة 2015 سيتم منحها للمستثمر", "ar", "2015-08-06", want{"لسنة 2015", "date", "2015", "2015-01-01", "2015-12-31", "", true}},
		{"ملاعب الكويت تؤجل خليجي 23 لعام 2016", "ar", "2015-08-04", want{"لعام 2016", "date", "2016", "2016-01-01", "2016-12-31", "", false}},
		// durations: compound, halves, minutes
		{"سأغادر لمدة عام واحد و شهر و 21 يوما", "ar", testDCT, want{"لمدة عام واحد و شهر و 21 يوما", "duration", "P1Y1M21D", "", "", "", true}},
		{"استمر لمدة ساعة ونصف", "ar", testDCT, want{"لمدة ساعة ونصف", "duration", "PT1.5H", "", "", "", false}},
		{"لمدة 30 دقيقة", "ar", testDCT, want{"لمدة 30 دقيقة", "duration", "PT30M", "", "", "", false}},
		// durations, sets, vague
		{"منذ 3 أشهر", "ar", testDCT, want{"منذ 3 أشهر", "duration", "P3M", "", "", "", false}},
		{"خلال الشهرين الماضيين", "ar", testDCT, want{"خلال الشهرين الماضيين", "duration", "P2M", "2024-01-27", "2024-03-26", "", false}},
		{"خلال السنوات العشر الماضية", "ar", testDCT, want{"خلال السنوات العشر الماضية", "duration", "P10Y", "2014-03-27", "2024-03-26", "", false}},
		{"لمدة عامين", "ar", testDCT, want{"لمدة عامين", "duration", "P2Y", "", "", "", false}},
		// English
		{"for three years", "en", testDCT, want{"three years", "duration", "P3Y", "", "", "", false}},
	})
}

// TestCountSpans: an amount counted from the article's date stays a
// duration and carries its interval (see countSpan): the next n units from
// the day after the DCT, the past n units up to the day before, decades by
// the calendar; آخر before an amount is "the last".
func TestCountSpans(t *testing.T) {
	runFind(t, []findCase{
		// SaudiNewsNet 2015-08-10
		{"مؤكدا أن الإصلاحات التي تم إنجازها خلال آخر 3 سنوات أعادت الثقة بالاقتصاد الوطني", "ar", "2015-08-10",
			want{"خلال آخر 3 سنوات", "duration", "P3Y", "2012-08-10", "2015-08-09", "", false}},
		// SaudiNewsNet 2015-08-08
		{"وأضافت شركات الحفر ما مجموعه 32 منصة حفر عن النفط خلال الأسابيع الثلاثة الماضية", "ar", "2015-08-08",
			want{"خلال الأسابيع الثلاثة الماضية", "duration", "P3W", "2015-07-18", "2015-08-07", "", false}},
		// SaudiNewsNet 2015-07-21
		{"لكن سيكون بإمكان معاودة فرض عقوبات الأمم المتحدة خلال العقد المقبل", "ar", "2015-07-21",
			want{"خلال العقد المقبل", "duration", "P10Y", "2020-01-01", "2029-12-31", "", true}},
		// not a count: the last day (of a camp, of a month)
		{"وقال إن كل العاملين في البرنامج كانوا حزينين خلال آخر يوم", "ar", "2015-08-06",
			want{"خلال آخر يوم", "duration", "P1D", "", "", "", false}},
		// Reuters
		{"Output fell over the past two years.", "en", "1987-04-07",
			want{"the past two years", "duration", "P2Y", "1985-04-07", "1987-04-06", "", false}},
		// unknown DCT: no interval
		{"خلال الأسابيع الثلاثة الماضية", "ar", "",
			want{"خلال الأسابيع الثلاثة الماضية", "duration", "P3W", "", "", "", false}},
	})
}

// TestEnglishExtents: English to the TIMEX3 guidelines: no leading
// preposition, determiners and modifiers kept, hyphenated amounts, vague
// amounts, years as modifiers, words that are no dates (issue 14).
func TestEnglishExtents(t *testing.T) {
	runValues(t, []valuesCase{
		{"The strike lasted for three years.", "en", "1987-04-07", []string{"three years=P3Y"}},
		{"Output fell over the past two years.", "en", "1987-04-07", []string{"the past two years=P2Y"}},
		{"He was jailed for almost seven years.", "en", "1987-04-07", []string{"almost seven years=P7Y"}},
		{"a four-week strike and a three-month delay", "en", "1987-04-07", []string{"four-week=P4W", "three-month=P3M"}},
		{"In recent weeks there has been excess liquidity.", "en", "1987-03-05", []string{"recent weeks=PXW"}},
		{"Prices will rise in the next few months.", "en", "1987-03-05", []string{"the next few months=PXM"}},
		{"The talks lasted several days.", "en", "1987-03-05", []string{"several days=PXD"}},
		{"It was a 2010 raid, his 2007 campaign and the company's 1986 profit.", "en", "2024-03-27",
			[]string{"2010=2010", "2007=2007", "1986=1986"}},
		{"He sat down and wept.", "en", "2024-03-27", nil},
		{"Clocks go forward to British Summer Time.", "en", "2024-03-27", nil},
		{"The vote is due in September or October.", "en", "2024-03-27", []string{"September or October=2024-09/2024-10"}},
		{"in the 1957-58 season and in 2009-2010", "en", "2024-03-27", []string{"1957-58=1957/1958", "2009-2010=2009/2010"}},
	})
	for _, c := range []struct{ in, lang, mod string }{
		{"He was jailed for almost seven years.", "en", "LESS_THAN"},
		{"منذ نحو عامين", "ar", "APPROX"},
		{"لمدة أكثر من ثلاثة أشهر", "ar", "MORE_THAN"},
	} {
		if xs := find(c.in, textnorm.Lang(c.lang), "2024-03-27"); len(xs) != 1 || xs[0].Mod != c.mod {
			t.Errorf("%q: want one expression with mod %s, got %+v", c.in, c.mod, xs)
		}
	}
}
