package temporal

import "testing"

// TestHolidays checks holidays (see holidays.go).
func TestHolidays(t *testing.T) {
	runFind(t, []findCase{
		// a weekday said with أمس/اليوم/غدا names the day (the article is dated a day late)
		{"منذ عيد الفطر المبارك الماضي", "ar", "2015-08-02", want{"عيد الفطر المبارك الماضي", "date", "2015-07-17", "2015-07-17", "2015-07-17", "", false}},
		// holidays on a weekday of a month, and Easter
		{"We will meet after Thanksgiving", "en", "2016-11-07", want{"Thanksgiving", "date", "2016-11-24", "2016-11-24", "2016-11-24", "", true}},
		{"احتفل المسيحيون بعيد الفصح", "ar", "2024-04-05", want{"عيد الفصح", "date", "2024-03-31", "2024-03-31", "2024-03-31", "", false}},
		{"Easter 2025 fell late", "en", "2016-11-07", want{"Easter 2025", "date", "2025-04-20", "2025-04-20", "2025-04-20", "", false}},
	})
}
