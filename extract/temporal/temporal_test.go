package temporal

import (
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/textnorm"
)

var testRec = func() *Recognizer {
	r, err := New()
	if err != nil {
		panic(err)
	}
	return r
}()

func find(text string, lang textnorm.Lang, dct string) []Timex {
	var d time.Time
	if dct != "" {
		d, _ = time.Parse(time.DateOnly, dct)
	}
	t := textnorm.Normalize(text)
	return testRec.Find(t, t.Tokenize(), lang, d)
}

func ds(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// TestFind checks one expression per case: its text, type, value, interval,
// mod and future flag. want.text "" means: no expression at all.
func TestFind(t *testing.T) {
	type want struct {
		text, typ, value, start, end, mod string
		future                            bool
	}
	const dct = "2024-03-27" // a Wednesday
	cases := []struct {
		in   string
		lang textnorm.Lang
		dct  string
		want want
	}{
		// numeric dates, Arabic-Indic digits
		{"الأربعاء 2024/03/27", "ar", "", want{"الأربعاء 2024/03/27", "date", "2024-03-27", "2024-03-27", "2024-03-27", "", false}},
		{"وقع في 27/3/2024 هجوم", "ar", "", want{"27/3/2024", "date", "2024-03-27", "2024-03-27", "2024-03-27", "", false}},
		{"في ٢٠٢٤/٣/٢٧ وقع", "ar", "", want{"٢٠٢٤/٣/٢٧", "date", "2024-03-27", "2024-03-27", "2024-03-27", "", false}},
		{"بتاريخ 2024-03-27", "ar", "", want{"2024-03-27", "date", "2024-03-27", "2024-03-27", "2024-03-27", "", false}},
		// day month year, month year, years
		{"في 15 أبريل 2024", "ar", "", want{"15 أبريل 2024", "date", "2024-04-15", "2024-04-15", "2024-04-15", "", false}},
		{"منذ فبراير 2022", "ar", "", want{"فبراير 2022", "date", "2022-02", "2022-02-01", "2022-02-28", "", false}},
		{"اتفاق عام 2008", "ar", "", want{"عام 2008", "date", "2008", "2008-01-01", "2008-12-31", "", false}},
		{"في العام 2014 أنشئ", "ar", "", want{"العام 2014", "date", "2014", "2014-01-01", "2014-12-31", "", false}},
		{"دخلت القوات في 2003 وأطاحت", "ar", "", want{"2003", "date", "2003", "2003-01-01", "2003-12-31", "", false}},
		{"الثامن من أكتوبر (تشرين الأول) عام 2023", "ar", "", want{"الثامن من أكتوبر (تشرين الأول) عام 2023", "date", "2023-10-08", "2023-10-08", "2023-10-08", "", false}},
		// real-news fixes (SaudiNewsNet 2015-08-02)
		{"عادت المهرجانات بعد سنتين من الغياب", "ar", "2015-08-02", want{"بعد سنتين", "duration", "P2Y", "", "", "", false}},
		{"بيعت بعد أشهر قليلة من وفاته", "ar", "2015-08-02", want{"بعد أشهر قليلة", "duration", "PXM", "", "", "", false}},
		{"بنيت قبل عقدين من الزمان", "ar", "2015-08-02", want{"قبل عقدين", "date", "1995-08-02", "1995-08-02", "1995-08-02", "", false}},
		{"حنان الحامدي – عين اليوم", "ar", "2015-08-02", want{}},
		{"طلبوا 2000 ريال في اليوم مقابل", "ar", "2015-08-02", want{}},
		{"تستمر حتى 29 أغسطس الجاري", "ar", "2015-08-02", want{"29 أغسطس الجاري", "date", "2015-08-29", "2015-08-29", "2015-08-29", "", false}},
		{"تنظمه المكتبة للعام الثالث على التوالي", "ar", "2015-08-02", want{}},
		{"في أول أيام البيع", "ar", "2015-08-02", want{}},
		{"سجلت في يوليو تموز تراجعا", "ar", "2015-08-02", want{"يوليو تموز", "date", "2015-07", "2015-07-01", "2015-07-31", "", false}},
		{"3 في المائة الشهر الماضي", "ar", "2015-08-02", want{"الشهر الماضي", "date", "2015-07", "2015-07-01", "2015-07-31", "", false}},
		{"أصبح أحد أشهر المحامين", "ar", "2015-08-02", want{}},
		{"هطلت أمطار على خميس مشيط", "ar", "2015-08-02", want{}},
		// spaced numeric dates, as Saudi papers print them
		{"سيبدأ يوم 7 / 11 / 1436هـ المقبل", "ar", "2015-08-02", want{"7 / 11 / 1436هـ", "date", "2015-08-22", "2015-08-22", "2015-08-22", "", true}},
		{"الموافق 23 / 8 / 2015م", "ar", "2015-08-02", want{"23 / 8 / 2015م", "date", "2015-08-23", "2015-08-23", "2015-08-23", "", false}},
		{"فاز النصر 3 / 2 / 1 على", "ar", "2015-08-02", want{}},
		{"من 30/11 وحتى 2 /12/2015 بمركز", "ar", "2015-08-02", want{"من 30/11 وحتى 2 /12/2015", "date", "2015-11-30/2015-12-02", "2015-11-30", "2015-12-02", "", false}},
		{"لعام 1435-1436هـ", "ar", "2015-08-02", want{"لعام 1435-1436هـ", "date", "2013-11-04/2015-10-13", "2013-11-04", "2015-10-13", "", false}},
		{"انتهى ذلك اللقاء لمصلحة النصر 4/2 وفي", "ar", "2015-08-02", want{}},
		// the nth week of a month or year (weeks counted by their Thursday, as ISO counts a year's)
		{"في الأسبوع الأخير من حزيران - يونيو هجوماً", "ar", "2015-08-02", want{"الأسبوع الأخير من حزيران - يونيو", "date", "2015-W26", "2015-06-22", "2015-06-28", "", false}},
		{"منذ الأسبوع الأول من أغسطس 2011", "ar", "2015-08-02", want{"الأسبوع الأول من أغسطس 2011", "date", "2011-W31", "2011-08-01", "2011-08-07", "", false}},
		{"الأسبوع الأول من عام 2015", "ar", "2017-11-20", want{"الأسبوع الأول من عام 2015", "date", "2015-W01", "2014-12-29", "2015-01-04", "", false}},
		{"سأخرج الأسبوع الثالث العام المقبل", "ar", "2016-11-07", want{"الأسبوع الثالث العام المقبل", "date", "2017-W03", "2017-01-16", "2017-01-22", "", true}},
		{"the first week of October", "en", "2016-11-07", want{"the first week of October", "date", "2016-W40", "2016-10-03", "2016-10-09", "", false}},
		{"الأسبوع الأخير تراجع المؤشر", "ar", "2015-08-02", want{"الأسبوع الأخير", "date", "2015-W30", "2015-07-20", "2015-07-26", "", false}},
		// the nth weekday of a month; the week after next
		{"أول يوم جمعة من يوليو", "ar", "2016-11-07", want{"أول يوم جمعة من يوليو", "date", "2016-07-01", "2016-07-01", "2016-07-01", "", false}},
		{"آخر خميس من الشهر الماضي", "ar", "2015-08-02", want{"آخر خميس من الشهر الماضي", "date", "2015-07-30", "2015-07-30", "2015-07-30", "", false}},
		{"العريف أول جمعة الحمادي", "ar", "2015-08-02", want{}},
		{"في الأسبوع بعد المقبل", "ar", "2015-08-02", want{"الأسبوع بعد المقبل", "date", "2015-W33", "2015-08-10", "2015-08-16", "", true}},
		// a day of the month alone, after يوم: the tense picks the month
		{"ستكون المواجهة أمام الوصل يوم 27، أما", "ar", "2015-08-02", want{"يوم 27", "date", "2015-08-27", "2015-08-27", "2015-08-27", "", true}},
		{"عاد يوم 27 إلى", "ar", "2015-08-02", want{"يوم 27", "date", "2015-07-27", "2015-07-27", "2015-07-27", "", false}},
		{"في يوم أول أمس", "ar", "2015-08-02", want{"أول أمس", "date", "2015-07-31", "2015-07-31", "2015-07-31", "", false}},
		// a range of weekdays in a named week; compound amounts from now
		{"الأسبوع المقبل بين الأربعاء والجمعة", "ar", "2017-11-14", want{"الأسبوع المقبل بين الأربعاء والجمعة", "date", "2017-11-22/2017-11-24", "2017-11-22", "2017-11-24", "", true}},
		{"هذا الأسبوع من الثلاثاء إلى الخميس", "ar", "2017-11-15", want{"هذا الأسبوع من الثلاثاء إلى الخميس", "date", "2017-11-14/2017-11-16", "2017-11-14", "2017-11-16", "", false}},
		{"اجتمعنا منذ شهر و21 يوما من الآن", "ar", "2017-11-23", want{"منذ شهر و21 يوما من الآن", "date", "2017-10-02", "2017-10-02", "2017-10-02", "", false}},
		{"سأعيش هنا بعد 2 عام و 21 يوما من الآن", "ar", "2017-11-23", want{"بعد 2 عام و 21 يوما من الآن", "date", "2019-12-14", "2019-12-14", "2019-12-14", "", true}},
		// numbers that are not years; years after a told event
		{"وفقد مؤشرها العام 4.36% بفعل", "ar", "2015-08-02", want{}},
		{"في كل سيارة ما بين 1500 و2000 حبة", "ar", "2015-08-02", want{}},
		{"ثم نيوزيلندا ب 2049 مبتعثاً.", "ar", "2015-08-02", want{}},
		{"غادره نهاية الموسم الماضي بعد 16 عاما تراوحت", "ar", "2015-08-02", want{"بعد 16 عاما", "duration", "P16Y", "", "", "", false}},
		{"سيتم افتتاحه بعد 5 سنوات", "ar", "2015-08-02", want{"بعد 5 سنوات", "date", "2020-08-02", "2020-08-02", "2020-08-02", "", true}},
		{"النطاق بين 2014 و2017 شهدت", "ar", "2015-08-02", want{"بين 2014 و2017", "date", "2014/2017", "2014-01-01", "2017-12-31", "", false}},
		// English: compound day numbers, number words, weekday + week, compound ago
		{"I'll go back twenty second of June 2017", "en", "2016-11-07", want{"twenty second of June 2017", "date", "2017-06-22", "2017-06-22", "2017-06-22", "", true}},
		{"on the tenth of September, two thousand", "en", "2016-11-07", want{"tenth of September, two thousand", "date", "2000-09-10", "2000-09-10", "2000-09-10", "", false}},
		{"I'll go back on Friday next week", "en", "2016-11-07", want{"Friday next week", "date", "2016-11-18", "2016-11-18", "2016-11-18", "", true}},
		{"I'll go back next week on Friday", "en", "2016-11-07", want{"next week on Friday", "date", "2016-11-18", "2016-11-18", "2016-11-18", "", true}},
		{"We had a meeting 1 month and 21 days ago", "en", "2017-11-23", want{"1 month and 21 days ago", "date", "2017-10-02", "2017-10-02", "2017-10-02", "", false}},
		{"The vote is on the 27th.", "en", "2016-11-07", want{"the 27th", "date", "2016-10-27", "2016-10-27", "2016-10-27", "", false}},
		{"it would create the 12th largest bank", "en", "2016-11-07", want{}},
		// a weekday said with أمس/اليوم/غدا names the day (the article is dated a day late)
		{"تقام المباراة مساء غد الأحد", "ar", "2015-08-02", want{"غد الأحد", "date", "2015-08-02", "2015-08-02", "2015-08-02", "", true}},
		{"قال اليوم (السبت) إن", "ar", "2015-08-02", want{"اليوم (السبت)", "date", "2015-08-01", "2015-08-01", "2015-08-01", "", false}},
		{"وصل أمس السبت إلى عدن", "ar", "2015-08-02", want{"أمس السبت", "date", "2015-08-01", "2015-08-01", "2015-08-01", "", false}},
		{"منذ عيد الفطر المبارك الماضي", "ar", "2015-08-02", want{"عيد الفطر المبارك الماضي", "date", "2015-07-17", "2015-07-17", "2015-07-17", "", false}},
		{"ومغاسل الموتى بجدة وسبت الجارة", "ar", "2015-08-02", want{}},
		{"وصل يوم خميس", "ar", "2015-08-02", want{"يوم خميس", "date", "2015-07-30", "2015-07-30", "2015-07-30", "", false}},
		// عقد "holding", ربع قرن, يوم + a definite noun: no amount of time
		{"وذلك بعد عقد اجتماع موسع", "ar", "2015-08-02", want{}},
		{"بعد عقد الاجتماع مباشرة", "ar", "2015-08-02", want{}},
		{"تأسست قبل ربع قرن", "ar", "2015-08-02", want{}},
		{"قبل يوم الانتخابات بقليل", "ar", "2015-08-02", want{}},
		{"عاد قبل عقد من الزمن", "ar", "2015-08-02", want{"قبل عقد", "date", "2005-08-02", "2005-08-02", "2005-08-02", "", false}},
		{"وأحمد الخميس عضو في لجنة المسابقات", "ar", "2015-08-02", want{}},
		{"استقبل الأمير محمد بن سلمان الخميس وفدا", "ar", "2015-08-02", want{"الخميس", "date", "2015-07-30", "2015-07-30", "2015-07-30", "", false}},
		{"أن تصل مبيعات هذا العقد إلى 4 تريليونات", "ar", "2015-08-02", want{}},
		{"يطلق فعالياته في الـ 27 من الشهر الجاري ويستمر", "ar", "2015-08-02", want{"27 من الشهر الجاري", "date", "2015-08-27", "2015-08-27", "2015-08-27", "", false}},
		{"فاز الهلال 1-صفر على النصر", "ar", "2015-08-02", want{}},
		{"في 1 صفر 1436هـ", "ar", "2015-08-02", want{"1 صفر 1436هـ", "date", "2014-11-23", "2014-11-23", "2014-11-23", "", false}},
		// English: last/next + month, decades, quarters and halves, the end of March
		{"Prices rose last September", "en", "2016-11-07", want{"last September", "date", "2016-09", "2016-09-01", "2016-09-30", "", false}},
		{"The talks resume next June", "en", "2016-11-07", want{"next June", "date", "2017-06", "2017-06-01", "2017-06-30", "", true}},
		{"as in the 1970's", "en", "2016-11-07", want{"1970's", "date", "197", "1970-01-01", "1979-12-31", "", false}},
		{"back in the seventies", "en", "2016-11-07", want{"the seventies", "date", "197", "1970-01-01", "1979-12-31", "", false}},
		{"profit fell in Q3 2016", "en", "2016-11-07", want{"Q3 2016", "date", "2016-Q3", "2016-07-01", "2016-09-30", "", false}},
		{"sales in H1 2016 rose", "en", "2016-11-07", want{"H1 2016", "date", "2016-H1", "2016-01-01", "2016-06-30", "", false}},
		{"the H1N1 virus", "en", "2016-11-07", want{}},
		{"earnings for the third quarter", "en", "2016-11-07", want{"the third quarter", "date", "2016-Q3", "2016-07-01", "2016-09-30", "", false}},
		{"find us a time at the end of March", "en", "2016-11-07", want{"the end of March", "date", "2016-03", "2016-03-21", "2016-03-31", "END", false}},
		{"The deal closed last December.", "en", "2016-11-07", want{"last December", "date", "2015-12", "2015-12-01", "2015-12-31", "", false}},
		{"in the first quarter of", "en", "2016-11-07", want{"the first quarter", "date", "2016-Q1", "2016-01-01", "2016-03-31", "", false}},
		// holidays on a weekday of a month, and Easter
		{"We will meet after Thanksgiving", "en", "2016-11-07", want{"Thanksgiving", "date", "2016-11-24", "2016-11-24", "2016-11-24", "", true}},
		{"احتفل المسيحيون بعيد الفصح", "ar", "2024-04-05", want{"عيد الفصح", "date", "2024-03-31", "2024-03-31", "2024-03-31", "", false}},
		{"Easter 2025 fell late", "en", "2016-11-07", want{"Easter 2025", "date", "2025-04-20", "2025-04-20", "2025-04-20", "", false}},
		// weekly sets
		{"تفتح أيام الجمعة", "ar", "2015-08-02", want{"أيام الجمعة", "set", "XXXX-WXX-5", "", "", "", false}},
		{"سأغادر كل يوم اثنين", "ar", "2015-08-02", want{"كل يوم اثنين", "set", "XXXX-WXX-1", "", "", "", true}},
		// "this summer" is the current year's, whatever the tense
		{"سأرحل هذا الصيف", "ar", "2016-11-07", want{"هذا الصيف", "date", "2016-SU", "2016-06-01", "2016-08-31", "", false}},
		{"* 6 أغسطس 1990: مجلس الأمن", "ar", "2015-08-02", want{"6 أغسطس 1990", "date", "1990-08-06", "1990-08-06", "1990-08-06", "", false}},
		// durations: compound, halves, minutes
		{"سأغادر لمدة عام واحد و شهر و 21 يوما", "ar", dct, want{"لمدة عام واحد و شهر و 21 يوما", "duration", "P1Y1M21D", "", "", "", true}},
		{"استمر لمدة ساعة ونصف", "ar", dct, want{"لمدة ساعة ونصف", "duration", "PT1.5H", "", "", "", false}},
		{"لمدة 30 دقيقة", "ar", dct, want{"لمدة 30 دقيقة", "duration", "PT30M", "", "", "", false}},
		// seasons, rest of a period, weekend
		{"سأرحل الربيع القادم", "ar", "2016-11-07", want{"الربيع القادم", "date", "2017-SP", "2017-03-01", "2017-05-31", "", true}},
		{"خلال صيف العام الحالي", "ar", "2015-08-02", want{"صيف العام الحالي", "date", "2015-SU", "2015-06-01", "2015-08-31", "", false}},
		{"في ذكرى الربيع العربي", "ar", "2015-08-02", want{}},
		{"سأرحل بقية العام", "ar", "2016-11-07", want{"بقية العام", "date", "2016", "2016-11-07", "2016-12-31", "", true}},
		{"في عطلة نهاية الأسبوع", "ar", "2016-11-07", want{"عطلة نهاية الأسبوع", "date", "2016-W45-WE", "2016-11-12", "2016-11-13", "", false}},
		{"في السابع من أبريل الماضي", "ar", "2021-07-17", want{"السابع من أبريل الماضي", "date", "2021-04-07", "2021-04-07", "2021-04-07", "", false}},
		{"2 يوليو (تموز) 2007", "ar", "", want{"2 يوليو (تموز) 2007", "date", "2007-07-02", "2007-07-02", "2007-07-02", "", false}},
		// month families
		{"في كانون الثاني/يناير الماضي", "ar", "2024-04-16", want{"كانون الثاني/يناير الماضي", "date", "2024-01", "2024-01-01", "2024-01-31", "", false}},
		{"في كانون ثاني 2020", "ar", "", want{"كانون ثاني 2020", "date", "2020-01", "2020-01-01", "2020-01-31", "", false}},
		{"في تشرين 1 2019", "ar", "", want{"تشرين 1 2019", "date", "2019-10", "2019-10-01", "2019-10-31", "", false}},
		{"في 5 جويلية 2019", "ar", "", want{"5 جويلية 2019", "date", "2019-07-05", "2019-07-05", "2019-07-05", "", false}},
		{"في فيفري 2020", "ar", "", want{"فيفري 2020", "date", "2020-02", "2020-02-01", "2020-02-29", "", false}},
		{"3 أوت 2020", "ar", "", want{"3 أوت 2020", "date", "2020-08-03", "2020-08-03", "2020-08-03", "", false}},
		{"في 10 أيار 2015", "ar", "", want{"10 أيار 2015", "date", "2015-05-10", "2015-05-10", "2015-05-10", "", false}},
		{"في تموز/يوليو المقبل", "ar", "2024-04-16", want{"تموز/يوليو المقبل", "date", "2024-07", "2024-07-01", "2024-07-31", "", true}},
		// relative to the DCT
		{"أكد الوزير، الثلاثاء، عزم بلديهما", "ar", dct, want{"الثلاثاء", "date", "2024-03-26", "2024-03-26", "2024-03-26", "", false}},
		{"سيلتقي الرئيس الثلاثاء", "ar", dct, want{"الثلاثاء", "date", "2024-04-02", "2024-04-02", "2024-04-02", "", true}},
		{"يزور الخميس المقبل", "ar", dct, want{"الخميس المقبل", "date", "2024-03-28", "2024-03-28", "2024-03-28", "", true}},
		{"والخميس الماضي بحث", "ar", "2021-07-17", want{"الخميس الماضي", "date", "2021-07-15", "2021-07-15", "2021-07-15", "", false}},
		{"قال أمس", "ar", dct, want{"أمس", "date", "2024-03-26", "2024-03-26", "2024-03-26", "", false}},
		{"قال أول أمس", "ar", dct, want{"أول أمس", "date", "2024-03-25", "2024-03-25", "2024-03-25", "", false}},
		{"يصل غداً", "ar", dct, want{"غداً", "date", "2024-03-28", "2024-03-28", "2024-03-28", "", true}},
		{"الأسبوع الماضي شهد", "ar", "2021-07-17", want{"الأسبوع الماضي", "date", "2021-W27", "2021-07-05", "2021-07-11", "", false}},
		{"الشهر المقبل", "ar", dct, want{"الشهر المقبل", "date", "2024-04", "2024-04-01", "2024-04-30", "", true}},
		{"العام الحالي", "ar", dct, want{"العام الحالي", "date", "2024", "2024-01-01", "2024-12-31", "", false}},
		{"وصل قبل يومين", "ar", dct, want{"قبل يومين", "date", "2024-03-25", "2024-03-25", "2024-03-25", "", false}},
		{"وصل قبل ثلاثة أسابيع", "ar", dct, want{"قبل ثلاثة أسابيع", "date", "2024-03-06", "2024-03-06", "2024-03-06", "", false}},
		{"يعود بعد شهرين", "ar", dct, want{"بعد شهرين", "date", "2024-05-27", "2024-05-27", "2024-05-27", "", true}},
		{"يزور في 15 أبريل المقبل", "ar", dct, want{"15 أبريل المقبل", "date", "2024-04-15", "2024-04-15", "2024-04-15", "", true}},
		{"في 27 يناير الفائت", "ar", dct, want{"27 يناير الفائت", "date", "2024-01-27", "2024-01-27", "2024-01-27", "", false}},
		{"سيستقبل الكاظمي في 26 يوليو في واشنطن", "ar", "2021-07-17", want{"26 يوليو", "date", "2021-07-26", "2021-07-26", "2021-07-26", "", true}},
		{"أعلن البيت الأبيض الجمعة أن بايدن سيستقبل", "ar", "2021-07-17", want{"الجمعة", "date", "2021-07-16", "2021-07-16", "2021-07-16", "", false}},
		// part of period
		{"في هجوم أواخر يناير", "ar", dct, want{"أواخر يناير", "date", "2024-01", "2024-01-21", "2024-01-31", "END", false}},
		{"مطلع فبراير", "ar", dct, want{"مطلع فبراير", "date", "2024-02", "2024-02-01", "2024-02-10", "START", false}},
		{"ومنذ منتصف أكتوبر", "ar", dct, want{"منتصف أكتوبر", "date", "2023-10", "2023-10-11", "2023-10-20", "MID", false}},
		{"أواخر الشهر الماضي", "ar", dct, want{"أواخر الشهر الماضي", "date", "2024-02", "2024-02-21", "2024-02-29", "END", false}},
		{"بداية العام المقبل", "ar", dct, want{"بداية العام المقبل", "date", "2025", "2025-01-01", "2025-04-30", "START", true}},
		{"أواسط الأسبوع المقبل", "ar", dct, want{"أواسط الأسبوع المقبل", "date", "2024-W14", "2024-04-02", "2024-04-04", "MID", true}},
		// ranges
		{"بين 2014 و2017", "ar", "", want{"بين 2014 و2017", "date", "2014/2017", "2014-01-01", "2017-12-31", "", false}},
		{"من 10 إلى 12 مارس 2024", "ar", "", want{"من 10 إلى 12 مارس 2024", "date", "2024-03-10/2024-03-12", "2024-03-10", "2024-03-12", "", false}},
		{"من عام 2003 وحتى 2021", "ar", "", want{"من عام 2003 وحتى 2021", "date", "2003/2021", "2003-01-01", "2021-12-31", "", false}},
		// durations, sets, vague
		{"منذ 3 أشهر", "ar", dct, want{"منذ 3 أشهر", "duration", "P3M", "", "", "", false}},
		{"خلال الشهرين الماضيين", "ar", dct, want{"خلال الشهرين الماضيين", "duration", "P2M", "", "", "", false}},
		{"خلال السنوات العشر الماضية", "ar", dct, want{"خلال السنوات العشر الماضية", "duration", "P10Y", "", "", "", false}},
		{"لمدة عامين", "ar", dct, want{"لمدة عامين", "duration", "P2Y", "", "", "", false}},
		{"يعقد سنويا", "ar", dct, want{"سنويا", "set", "P1Y", "", "", "", false}},
		{"يعقد كل عام", "ar", dct, want{"كل عام", "set", "P1Y", "", "", "", false}},
		{"كل أسبوعين", "ar", dct, want{"كل أسبوعين", "set", "P2W", "", "", "", false}},
		{"وقع قبل أيام", "ar", dct, want{"قبل أيام", "vague", "PAST_REF", "", "", "", false}},
		{"في غضون أسابيع قليلة", "ar", dct, want{"في غضون أسابيع قليلة", "vague", "FUTURE_REF", "", "", "", true}},
		{"في الوقت الحالي", "ar", dct, want{"في الوقت الحالي", "vague", "PRESENT_REF", "", "", "", false}},
		// Hijri (tabular calendar)
		{"في 1 رمضان 1445 هـ", "ar", "", want{"1 رمضان 1445 هـ", "date", "2024-03-11", "2024-03-11", "2024-03-11", "", false}},
		// Numeric Hijri dates, as Saudi papers print them (tabular calendar).
		{"أدخلت في تاريخ 6/10/1436 ه إلى المستشفى", "ar", "", want{"6/10/1436 ه", "date", "2015-07-22", "2015-07-22", "2015-07-22", "", false}},
		{"صدر في ١٤٣٦/٢/١٩ هـ", "ar", "", want{"١٤٣٦/٢/١٩ هـ", "date", "2014-12-11", "2014-12-11", "2014-12-11", "", false}},
		{"في 29/2/1436", "ar", "", want{"29/2/1436", "date", "2014-12-21", "2014-12-21", "2014-12-21", "", false}},
		// unknown DCT: absolute dates resolve, relative ones do not
		{"قال أمس", "ar", "", want{"أمس", "date", "", "", "", "", false}},
		// English
		{"He arrived on March 27, 2024.", "en", "", want{"March 27, 2024", "date", "2024-03-27", "2024-03-27", "2024-03-27", "", false}},
		{"They met last Tuesday.", "en", dct, want{"last Tuesday", "date", "2024-03-26", "2024-03-26", "2024-03-26", "", false}},
		{"He will visit next week.", "en", dct, want{"next week", "date", "2024-W14", "2024-04-01", "2024-04-07", "", true}},
		{"He left two days ago.", "en", dct, want{"two days ago", "date", "2024-03-25", "2024-03-25", "2024-03-25", "", false}},
		{"in late January", "en", dct, want{"late January", "date", "2024-01", "2024-01-21", "2024-01-31", "END", false}},
		{"between 2014 and 2017", "en", "", want{"between 2014 and 2017", "date", "2014/2017", "2014-01-01", "2017-12-31", "", false}},
		{"for three years", "en", dct, want{"for three years", "duration", "P3Y", "", "", "", false}},
		{"the 1990s", "en", "", want{"1990s", "date", "199", "1990-01-01", "1999-12-31", "", false}},
		{"It is held annually.", "en", "", want{"annually", "set", "P1Y", "", "", "", false}},
		// not dates
		{"وقُتل 139 شخصا", "ar", dct, want{}},
		{"نحو 2500 جندي", "ar", dct, want{}},
		{"باعتقال 11 شخصا", "ar", dct, want{}},
		{"مارس ضغوطا كبيرة", "ar", dct, want{}},
		{"قال أبو محمد إن آب العائلة", "ar", dct, want{}},
		{"في 2000 موقع", "ar", dct, want{}},
		{"play-circle 03:44", "ar", dct, want{}},
		{"You may go.", "en", dct, want{}},
	}
	for _, c := range cases {
		xs := find(c.in, c.lang, c.dct)
		if c.want.text == "" {
			if len(xs) != 0 {
				t.Errorf("%q: want no expression, got %q (%s)", c.in, xs[0].Text, xs[0].Value)
			}
			continue
		}
		if len(xs) != 1 {
			var got []string
			for _, x := range xs {
				got = append(got, x.Text)
			}
			t.Errorf("%q: want one expression %q, got %q", c.in, c.want.text, got)
			continue
		}
		x := xs[0]
		got := want{x.Text, string(x.Type), x.Value, ds(x.StartDate), ds(x.EndDate), x.Mod, x.Future}
		if got != c.want {
			t.Errorf("%q:\n got  %+v\n want %+v", c.in, got, c.want)
		}
		if c.want.value == "" && x.Unresolved == "" {
			t.Errorf("%q: unresolved without a reason", c.in)
		}
	}
}

// TestFollowingPeriod: "the following week/month/year" counts from the last
// period named before it, else (in a future clause) from the article's date.
// TestHijriContext: "the current month" before a Hijri date in the same
// sentence is the Hijri month (DCT 2015-08-02 = 17 Shawwal 1436), and "X
// ويستمر حتى Y" is one range.
func TestHijriContext(t *testing.T) {
	xs := find("يطلق الملتقى فعالياته في الـ 27 من الشهر الجاري ويستمر حتى الـ 4 من شهر ذي القعدة القادم", "ar", "2015-08-02")
	var got []string
	for _, x := range xs {
		got = append(got, x.Text+"="+x.Value)
	}
	want := []string{"27 من الشهر الجاري ويستمر حتى الـ 4 من شهر ذي القعدة القادم=2015-08-12/2015-08-19"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestEasterSunday(t *testing.T) {
	for y, want := range map[int]string{2000: "2000-04-23", 2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2038: "2038-04-25"} {
		if got := easterSunday(y).Format(time.DateOnly); got != want {
			t.Errorf("Easter %d: got %s, want %s", y, got, want)
		}
	}
}

func TestFollowingPeriod(t *testing.T) {
	cases := []struct {
		in, lang, dct, text, value string
	}{
		{"انضمت عام 1967، وفي العام التالي انضمت ألمانيا الشرقية", "ar", "2015-08-02", "العام التالي", "1968"},
		{"It opened in March 2010 and closed the following month", "en", "2015-08-02", "the following month", "2010-04"},
		{"وقعت الاتفاقية في 3 مايو 2014 ثم عُدّلت في الشهر التالي", "ar", "2015-08-02", "الشهر التالي", "2014-06"},
		{"ستبدأ المرحلة الأولى، ثم تتبعها الثانية في العام التالي", "ar", "2015-08-02", "العام التالي", "2016"},
		{"وفي العام التالي تغير كل شيء", "ar", "2015-08-02", "العام التالي", ""},
	}
	for _, c := range cases {
		xs := find(c.in, textnorm.Lang(c.lang), c.dct)
		if len(xs) == 0 || xs[len(xs)-1].Text != c.text {
			t.Errorf("%q: the last expression is not %q: %+v", c.in, c.text, xs)
			continue
		}
		if x := xs[len(xs)-1]; x.Value != c.value {
			t.Errorf("%q: value %q, want %q (%s)", c.in, x.Value, c.value, x.Unresolved)
		}
	}
}

// TestOffsets checks that Start/End are code points of the original text and
// Tok/TokEnd the token range, with marks and clitics in the text.
func TestOffsets(t *testing.T) {
	in := "وَقَالَ، وبالأمسِ وفي ١٥ أبريلَ ٢٠٢٤ حدث"
	xs := find(in, textnorm.Arabic, "2024-04-20")
	if len(xs) != 2 {
		t.Fatalf("got %d expressions: %+v", len(xs), xs)
	}
	runes := []rune(in)
	for _, x := range xs {
		if x.Start < 0 || x.End > len(runes) || x.Start >= x.End {
			t.Fatalf("bad span %d..%d", x.Start, x.End)
		}
		if string(runes[x.Start:x.End]) != x.Text {
			t.Errorf("span %d..%d is %q, Text %q", x.Start, x.End, string(runes[x.Start:x.End]), x.Text)
		}
		if x.Tok >= x.TokEnd {
			t.Errorf("bad token range %d..%d", x.Tok, x.TokEnd)
		}
	}
	if xs[0].Text != "الأمسِ" || xs[1].Text != "١٥ أبريلَ ٢٠٢٤" {
		t.Errorf("texts %q, %q", xs[0].Text, xs[1].Text)
	}
}

func TestHijri(t *testing.T) {
	cases := []struct {
		y, m, d int
		want    string
	}{
		// Umm al-Qura, the Saudi calendar: Ramadan 1445 began on Monday 11
		// March 2024, Eid al-Fitr 1444 was Friday 21 April 2023, 1 Muharram
		// 1446 Sunday 7 July 2024, 1 Muharram 1400 the day of the Grand
		// Mosque seizure, 20 November 1979; 1 Shawwal 1436 = 17 July 2015.
		{1445, 9, 1, "2024-03-11"},
		{1444, 10, 1, "2023-04-21"},
		{1446, 1, 1, "2024-07-07"},
		{1400, 1, 1, "1979-11-20"},
		{1436, 10, 1, "2015-07-17"},
		// Outside the Umm al-Qura table (1356–1500): the tabular calendar.
		{1, 1, 1, "0622-07-19"},
		{1300, 1, 1, "1882-11-12"},
	}
	for _, c := range cases {
		if got := HijriToGregorian(c.y, c.m, c.d).Format(time.DateOnly); got != c.want {
			t.Errorf("%d-%d-%d: got %s want %s", c.y, c.m, c.d, got, c.want)
		}
		y, m, d := toHijri(HijriToGregorian(c.y, c.m, c.d))
		if y != c.y || m != c.m || d != c.d {
			t.Errorf("round trip %d-%d-%d: got %d-%d-%d", c.y, c.m, c.d, y, m, d)
		}
	}
}

func TestConcurrent(t *testing.T) {
	in := "قال أمس إن الاجتماع في 15 أبريل المقبل، بعد شهرين من مطلع فبراير"
	want := find(in, textnorm.Arabic, "2024-03-27")
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 50; k++ {
				got := find(in, textnorm.Arabic, "2024-03-27")
				if len(got) != len(want) || got[0] != want[0] {
					t.Error("concurrent Find differs")
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}
