package temporal

import "testing"

// TestVague checks vague references (see vague.go).
func TestVague(t *testing.T) {
	runFind(t, []findCase{
		// durations, sets, vague
		{"وقع قبل أيام", "ar", testDCT, want{"قبل أيام", "vague", "PAST_REF", "", "", "", false}},
		{"في غضون أسابيع قليلة", "ar", testDCT, want{"في غضون أسابيع قليلة", "vague", "FUTURE_REF", "", "", "", true}},
		{"في الوقت الحالي", "ar", testDCT, want{"في الوقت الحالي", "vague", "PRESENT_REF", "", "", "", false}},
	})
}

// TestNearNotSoon: قريبا before من is "near" (close to), soon after is
// anchored on what follows: no future reference, unless the clause is
// future (SaudiNewsNet tuning days, Reuters lines 1-15,000).
func TestNearNotSoon(t *testing.T) {
	runValues(t, []valuesCase{
		// SNN 2015-07-22 (snn-2015-07-22-01441), 2015-07-24 (snn-2015-07-24-00142)
		{"وصد هجمات أخرى في حلب، قريبا من الحدود التركية.", "ar", "2015-07-22", nil},
		{"بعد أن كان قريباً من الانضمام للأهلي", "ar", "2015-07-24", nil},
		// a future verb keeps "soon" (SNN 2015-08-11)
		{"خمسة من المصابين سيخرجون قريباً من المستشفى.", "ar", "2015-08-11", []string{"قريباً=FUTURE_REF"}},
		// Reuters line 2227 (reuters-2423)
		{"He said the contingency clause implemented by Venezuela\nsoon after the original rescheduling was signed", "en", "1987-03-05", nil},
	})
}

// TestVagueAmounts: an unknown number of units is a vague duration, as
// TIMEX3 gives it (PXD), with its direction when الماضية/المقبلة follows;
// عدة and بضع count a unit without a preposition; an amount of an event in
// English (after eight days of talks) is the event's span, not a date
// counted from the article's (SaudiNewsNet 2015-08-09/08-10/07-26, Reuters).
func TestVagueAmounts(t *testing.T) {
	runFind(t, []findCase{
		{"وأجمعت الصحف الأوروبية خلال الأيام القليلة الماضية، على أن", "ar", "2015-08-10", want{"خلال الأيام القليلة الماضية", "duration", "PXD", "", "", "", false}},
		{"في مفاوضات السلام التي عقدت لعدة أشهر في العاصمة الجزائرية", "ar", "2015-08-10", want{"عدة أشهر", "duration", "PXM", "", "", "", false}},
		{"مازالا قرب أدنى مستوياتهما في عدة سنوات المسجل", "ar", "2015-08-10", want{"عدة سنوات", "duration", "PXY", "", "", "", false}},
	})
	runValues(t, []valuesCase{
		// Reuters line 813 (reuters-875), line 4184 (reuters-4548)
		{"ended in a deadlock late yesterday after eight days of talks\nover how to set", "en", "1987-03-02", []string{"yesterday=1987-03-01", "eight days=P8D"}},
		{"growth in gdp this year after several years of negative\nrates.", "en", "1987-03-12", []string{"this year=1987", "several years=PXY"}},
		// Reuters line 675 (reuters-730): one amount, not "the past" and "few years"
		{"the\nearnings momentum ICI has established over the past few years\nafter restructuring", "en", "1987-03-02", []string{"the past few years=PXY"}},
	})
}
