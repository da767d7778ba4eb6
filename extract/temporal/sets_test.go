package temporal

import "testing"

// TestSets checks sets (see sets.go).
func TestSets(t *testing.T) {
	runFind(t, []findCase{
		// weekly sets
		{"تفتح أيام الجمعة", "ar", "2015-08-02", want{"أيام الجمعة", "set", "XXXX-WXX-5", "", "", "", false}},
		{"سأغادر كل يوم اثنين", "ar", "2015-08-02", want{"كل يوم اثنين", "set", "XXXX-WXX-1", "", "", "", true}},
		// durations, sets, vague
		{"يعقد سنويا", "ar", testDCT, want{"سنويا", "set", "P1Y", "", "", "", false}},
		{"يعقد كل عام", "ar", testDCT, want{"كل عام", "set", "P1Y", "", "", "", false}},
		{"كل أسبوعين", "ar", testDCT, want{"كل أسبوعين", "set", "P2W", "", "", "", false}},
		// English
		{"It is held annually.", "en", "", want{"annually", "set", "P1Y", "", "", "", false}},
		// every morning, every night: sets of parts of days (SaudiNewsNet
		// 2015-08-06; the peer suite's English sentence)
		{"للبث الحي المباشر الذي يتم كل ليلة في أروقة المسجد الحرام", "ar", "2015-08-06", want{"كل ليلة", "set", "TNI", "", "", "", false}},
		{"كان ما نطق به محدثي البرلماني، يتأكد لنا، في كل صباح!", "ar", "2015-08-06", want{"كل صباح", "set", "TMO", "", "", "", false}},
		{"I'll leave every morning", "en", "2017-09-27", want{"every morning", "set", "TMO", "", "", "", true}},
	})
}
