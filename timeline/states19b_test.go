package timeline

import "testing"

// TestEnglishTitleStates: a country's adjective that opens an English title
// ("Brazilian President", "West German Finance Minister") or a state body's
// name ending in an actor noun or a state head ("French Finance Ministry")
// names the state it acts for, a place of the event where it names no other
// (extract.Mention.Country, group.withStates; lang/en/actors.yaml). A
// company's name that opens with one ("American Aircraft Corp") names none.
// Reuters-21578, lines 1-15,000 (tuning text).
func TestEnglishTitleStates(t *testing.T) {
	runPartCases(t, []partCase{
		// reuters-10077
		{"a president's country",
			"Brazilian President Jose Sarney will reshuffle part of his cabinet next month but will preserve his finance minister, a presidential source said.",
			"1987-03-26", "next month", []string{"Brazil"}, nil},
		// reuters-7051: West Germany, a former state (former_state_adjectives).
		{"a former state's minister",
			"West German Finance Minister Gerhard Stoltenberg said this week he believed the tax could still be removed, even if its abolition was not decided during recent coalition discussions.",
			"1987-03-19", "this week", []string{"West Germany"}, nil},
		// reuters-1238, "on Monday" added to date it: a company's adjective.
		{"a company's adjective",
			"American Aircraft Corp said on Monday it has acquired a 51 pct interest in privately-held Hunter Helicopter of Nevada.",
			"1987-03-03", "Monday", nil, []string{"United States"}},
	})
}
