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
