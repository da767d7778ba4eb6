package temporal

import "testing"

// TestFromNow checks compound amounts from now (see fromnow.go).
func TestFromNow(t *testing.T) {
	runFind(t, []findCase{
		// a range of weekdays in a named week; compound amounts from now
		{"اجتمعنا منذ شهر و21 يوما من الآن", "ar", "2017-11-23", want{"منذ شهر و21 يوما من الآن", "date", "2017-10-02", "2017-10-02", "2017-10-02", "", false}},
		{"سأعيش هنا بعد 2 عام و 21 يوما من الآن", "ar", "2017-11-23", want{"بعد 2 عام و 21 يوما من الآن", "date", "2019-12-14", "2019-12-14", "2019-12-14", "", true}},
		// English: compound day numbers, number words, weekday + week, compound ago
		{"We had a meeting 1 month and 21 days ago", "en", "2017-11-23", want{"1 month and 21 days ago", "date", "2017-10-02", "2017-10-02", "2017-10-02", "", false}},
	})
}
