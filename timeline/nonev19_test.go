package timeline

import "testing"

// TestHistoryInLead: a date that ended history_years (25) or more before
// the article dates history, no news of the day, in the headline and the
// first sentences too (issue 13 item 3, nonev19). SaudiNewsNet 2015-07-21
// 00756, on an OPEC Fund loan, closes its fourth sentence with "يذكر أن
// الصندوق تم إنشاؤه عام 1976م" and gave a founding row of 1976; 2015-07-25
// 00185, on the Cyprus talks, gave an attack row of 1974 for "وأصبحت قبرص
// مقسمة منذ 1974 إثر اجتياح القوات التركية لثلثها الشمالي". Their news stays.
func TestHistoryInLead(t *testing.T) {
	runSharedCases(t, []sharedCase{
		{name: "OPEC Fund founded 1976 (07-21 00756)", id: "snn-2015-07-21-00756",
			has: []string{"meeting 2015-07-22"}, not: []string{"founding 1976"}},
		{name: "Cyprus divided since 1974 (07-25 00185)", id: "snn-2015-07-25-00185",
			has: []string{"meeting 2015-07-24"}, not: []string{"attack 1974"}},
	})
}
