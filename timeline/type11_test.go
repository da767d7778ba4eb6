package timeline

import "testing"

// TestSensesType11English: to attack a policy or a ruling is to criticise
// it; a heart attack, a suicide attempt, a rocket that blasts off are no
// attack; a clear sign that something is so and agreed-upon ratios are no
// agreement; relinquishing the title of president is a resignation
// (issue 13, type11; Reuters lines 1-15,000).
func TestSensesType11English(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"attacked a fiscal policy: criticism", "The United States has openly attacked Japan's tight-fisted fiscal policy for the first time and warned Tokyo its promised economic package in April must be significant, senior U.S. officials said.", "1987-03-09", map[string]string{"April": "statement"}},
		{"a heart attack is a death", "Zorinsky, who died of a heart attack last Friday, was the second-ranking Democrat on the Senate Agriculture Committee.", "1987-03-09", map[string]string{"last Friday": "death"}},
		{"a suicide attempt is a death", "South Africa's Environmental Affairs Minister John Wiley died today in an apparent suicide attempt, police said.", "1987-03-29", map[string]string{"today": "death"}},
		{"a rocket blasted off: a launch", "An unmanned Delta rocket carrying a 57 mln dlr hurricane-tracking satellite blasted off here today in NASA's first successful launch of the year.", "1987-02-26", map[string]string{"today": "launch"}},
		{"an armed attack stays", "Iran attacked the Saudi Arabian supertanker Arabian Sea off the United Arab Emirates last night but the vessel was able to proceed after the incident, Lloyds Shipping Intelligence said.", "1987-03-12", map[string]string{"last night": "attack"}},
		{"a clear sign that: no agreement", "Federal Reserve Board Chairman Paul Volcker said current data does not give a clear sign that the deterioration in the U.S. trade balance has yet been reversed.", "1987-03-12", map[string]string{"": "statement"}},
		{"agreed-upon ratios: no agreement", "Equitorial also said that as of March One it is operating in technical default under its lease of transponders on the Galaxy III satellite due to its inabiliuty to maintain agreed-upon financial ratios.", "1987-03-03", map[string]string{"March One": "!agreement"}},
		{"relinquished the title of president: a resignation", "Dudley Taft relinquished the title of president in July but continues as vice chairman of the company.", "1987-03-06", map[string]string{"July": "resignation"}},
	})
}
