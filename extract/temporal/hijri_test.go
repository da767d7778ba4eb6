package temporal

import "testing"

// TestHijriDates checks Hijri dates (see hijri.go).
func TestHijriDates(t *testing.T) {
	runFind(t, []findCase{
		// عقد "holding", ربع قرن, يوم + a definite noun: no amount of time
		{"في 1 صفر 1436هـ", "ar", "2015-08-02", want{"1 صفر 1436هـ", "date", "2014-11-23", "2014-11-23", "2014-11-23", "", false}},
		// Hijri (tabular calendar)
		{"في 1 رمضان 1445 هـ", "ar", "", want{"1 رمضان 1445 هـ", "date", "2024-03-11", "2024-03-11", "2024-03-11", "", false}},
	})
}

// TestHijriByContext: a Hijri year said without an era is read by context
// (near the article's Hijri year, or in a text with a Hijri date), a school
// year 1436/1437 is one range, and a Hijri month without a year takes the
// Hijri year of the text (issue 14).
func TestHijriByContext(t *testing.T) {
	runValues(t, []valuesCase{
		{"تم ذلك في عام 1434 بعد موافقة المجلس", "ar", "2015-08-10", []string{"عام 1434=2012-11-15/2013-11-03"}},
		{"منذ 1434 وحتى الآن", "ar", "2015-08-10", []string{"1434=2012-11-15/2013-11-03", "حتى الآن=PRESENT_REF"}},
		{"في العام الدراسي 1436/1437 هـ", "ar", "2015-08-10", []string{"1436/1437 هـ=2014-10-25/2016-10-01"}},
		{"للعام الدراسي 1436-1437", "ar", "2015-08-10", []string{"1436-1437=2014-10-25/2016-10-01"}},
		{"أعلنت الهيئة أن 1 رمضان 1445 هـ يوافق الاثنين، وأن عيد الفطر في 1 شوال", "ar", "2024-03-05",
			[]string{"1 رمضان 1445 هـ=2024-03-11", "الاثنين=2024-03-11", "عيد الفطر=2024-04-10", "1 شوال=2024-04-10"}},
		// far from the article's Hijri year and no Hijri date in the text: Gregorian
		{"فتح القسطنطينية عام 1453", "ar", "2015-08-10", []string{"عام 1453=1453"}},
		{"بدأ البناء في 20 رجب وانتهى عام 1453", "ar", "2015-08-10", []string{"20 رجب=2015-05-09", "عام 1453=2031-04-23/2032-04-10"}},
	})
}

// TestHijriWeekdayYear: a yearless Hijri day said with its weekday is in the
// year (this, the next or the last, within half a year of the article's
// date) where it falls on that weekday or a day beside it, moved to the
// weekday said; the tense alone would put these in the year before.
func TestHijriWeekdayYear(t *testing.T) {
	runValues(t, []valuesCase{
		// SNN 2015-07-22: Umm al-Qura's 2 Dhu al-Qadah 1436 is Monday 2015-08-17
		{"يبدأ العام الدراسي يوم الاثنين 2 ذو القعدة", "ar", "2015-07-22", []string{"يوم الاثنين 2 ذو القعدة=2015-08-17"}},
		// SNN 2015-08-06: Umm al-Qura's 5 Dhu al-Qadah 1436 is a Thursday; Wednesday is the day before
		{"على أن تبدأ الدراسة الأربعاء 5 ذو القعدة", "ar", "2015-08-06", []string{"الأربعاء 5 ذو القعدة=2015-08-19"}},
		// SNN 2015-07-24: a repeated invitation (30 مارس), last Jumada II's Monday
		{"التي سيقيمها النادي يوم الاثنين 10 جمادى الآخر", "ar", "2015-07-24", []string{"يوم الاثنين 10 جمادى الآخر=2015-03-30"}},
		// SNN 2015-08-06: no Sunday 22 Shawwal within half a year: the tense's year stays
		{"الفصل التدريبي سيبدأ يوم الأحد 22 شوال", "ar", "2015-08-06", []string{"يوم الأحد 22 شوال=2015-08-07"}},
	})
}

// TestHijriSpellings: Hijri month names written joined (ذوالقعدة) and a
// day, month name and year joined by slashes (10/شوال/ 1436هـ), as Saudi
// papers print them.
func TestHijriSpellings(t *testing.T) {
	runValues(t, []valuesCase{
		// SNN 2015-07-24: 6 Dhu al-Qadah 1436 is 21 August 2015 (Umm al-Qura)
		{"خلال الفترة من 4 شوال إلى 6 ذوالقعدة من العام الجاري، تقديم العديد", "ar", "2015-07-24",
			[]string{"من 4 شوال إلى 6 ذوالقعدة من العام الجاري=2015-07-20/2015-08-21"}},
		// SNN 2015-07-26: the article's own Gregorian date is 26/7/2015
		{"اعتباراً من يوم الأحد (10/شوال/ 1436هـ) الموافق (26/7/2015م)", "ar", "2015-07-26",
			[]string{"يوم الأحد=2015-07-26", "10/شوال/ 1436هـ=2015-07-26", "26/7/2015م=2015-07-26"}},
		{"في 15/ذو الحجة/1436هـ", "ar", "2015-08-06", []string{"15/ذو الحجة/1436هـ=2015-09-28"}},
		// a score stays a score
		{"فاز الفريق 1-صفر", "ar", "2015-08-06", nil},
	})
}
