package temporal

import "testing"

// TestTimesOfDay: parts of a day and clock times, written after their day
// as TIMEX3 does (issue 14).
func TestTimesOfDay(t *testing.T) {
	runValues(t, []valuesCase{
		{"Attacks continued on Sunday night.", "en", "2024-03-27", []string{"Sunday night=2024-03-24TNI"}},
		{"They met Friday afternoon in Geneva.", "en", "2024-03-27", []string{"Friday afternoon=2024-03-22TAF"}},
		{"The polls close at 15:00 GMT Saturday.", "en", "2024-03-27", []string{"15:00 GMT Saturday=2024-03-23T15:00"}},
		{"He will speak at 10 a.m. on Sunday.", "en", "2024-03-27", []string{"10 a.m. on Sunday=2024-03-31T10:00"}},
		{"LME pre-market trading to 11.30 hrs was quiet, up from yesterday afternoon's kerb close.", "en", "1987-04-07",
			[]string{"11.30 hrs=1987-04-07T11:30", "yesterday afternoon=1987-04-06TAF"}},
		{"It rained last night and will rain tonight.", "en", "1987-04-07", []string{"last night=1987-04-06TNI", "tonight=1987-04-07TNI"}},
		{"In a statement issued late last night, the bank said", "en", "1987-03-05", []string{"late last night=1987-03-04TNI"}},
		{"Trading will begin at 0950 EST.", "en", "1987-04-02", []string{"0950 EST=1987-04-02T09:50"}},
		// not times: a score, a price, a length of time
		{"They won 3:1 on Sunday.", "en", "2024-03-27", []string{"Sunday=2024-03-24"}},
		{"Shares rose to 11.30 dlrs.", "en", "2024-03-27", nil},
		{"The talks lasted 2.5 hours.", "en", "2024-03-27", []string{"2.5 hours=PT2.5H"}},
	})
}
