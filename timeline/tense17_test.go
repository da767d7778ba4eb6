package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestOccasionNotDate: a feast named after بمناسبة, احتفالا ب or "to mark"
// is the occasion of what the sentence tells, not its time (issue #14 class
// 3, tense17). The party is dated by another time word of its sentence or
// by the lead's convention (the article's day), never by the feast's day.
// SaudiNewsNet 2015-08-06 (snn-2015-08-06-01741) and 2015-07-23
// (snn-2015-07-23-00322) are real; the English case is made up.
func TestOccasionNotDate(t *testing.T) {
	runDateCases(t, []dateCase{
		{"a company's Eid party, the lead",
			testshared.Passage(t, "snn-2015-08-06-01741", "شركة الجميح القابضة", "بن عبدالعزيز الجميح."),
			"2015-08-06", map[string]string{"عيد الفطر المبارك": "-", "": "2015-08-06 happened"}},
		{"a ministry's Eid party held yesterday",
			"وزارة النقل تقيم حفل معايدة لمنسوبيها\n\nأقامت وزارة النقل في مقرها بالرياض، صباح أمس، حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك، بحضور معالي رئيس هيئة النقل العام الدكتور عبدالعزيز العوهلي. وتبادل الجميع التهاني والتبريكات بهذه المناسبة السعيدة.",
			"2015-07-23", map[string]string{"عيد الفطر المبارك": "-", "أمس": "2015-07-22 happened"}},
		{"a reception to mark a holiday",
			"Embassy reception\n\nThe U.S. Embassy in Riyadh held a reception on Monday to mark Independence Day.",
			"2015-07-08", map[string]string{"Independence Day": "-", "Monday": "2015-07-06 happened"}},
	})
}
