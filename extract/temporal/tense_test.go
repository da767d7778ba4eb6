package temporal

import "testing"

// TestTense checks the tense of the clause (see tense.go).
func TestTense(t *testing.T) {
	runFind(t, []findCase{
		// relative to the DCT
		{"سيستقبل الكاظمي في 26 يوليو في واشنطن", "ar", "2021-07-17", want{"26 يوليو", "date", "2021-07-26", "2021-07-26", "2021-07-26", "", true}},
		{"أعلن البيت الأبيض الجمعة أن بايدن سيستقبل", "ar", "2021-07-17", want{"الجمعة", "date", "2021-07-16", "2021-07-16", "2021-07-16", "", false}},
	})
}
