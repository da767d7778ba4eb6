package temporal

import "testing"

// TestNumbers checks numbers, amounts and units (see numbers.go).
func TestNumbers(t *testing.T) {
	runFind(t, []findCase{
		// real-news fixes (SaudiNewsNet 2015-08-02)
		{"في أول أيام البيع", "ar", "2015-08-02", want{}},
		{"أصبح أحد أشهر المحامين", "ar", "2015-08-02", want{}},
	})
}
