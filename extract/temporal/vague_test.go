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
