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
