package timeline

import "testing"

// TestSensesEn15Elected: a board or shareholders that elect an officer
// appoint him; a company that elects to redeem decides; members of a
// congress elected and a country's vote stay an election (issue 13, en15;
// Reuters lines 1-15,000).
func TestSensesEn15Elected(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"board elected a chairman and chief executive: an appointment", "Regency Cruises Inc said its board elected William Schanz as its chairman and chief executive officer.", "1987-03-02", map[string]string{"": "appointment"}},
		{"elected president and chief operating officer: an appointment", "Federated Department Stores Inc said Norman Matthews has been elected president and chief operating officer.", "1987-03-05", map[string]string{"": "appointment"}},
		{"elected its president, effective April 1: an appointment", "Genex Corp said Gary Frashier was elected its president and chief executive officer, effective April 1.", "1987-03-31", map[string]string{"April 1": "appointment"}},
		{"has elected to redeem: a decision", "Stone Container Corp said it has elected to redeem 200 mln dlrs of convertible debt.", "1987-03-26", map[string]string{"": "decision"}},
		{"members of a congress elected: an election", "Aquino had said she would prefer that legislation for the program be approved by a two-house Congress, whose members will be elected on May 11.", "1987-04-06", map[string]string{"May 11": "election"}},
	})
}

// TestSensesEn15Offering: a company that sells its own new shares to
// underwriters or in a placement raises money, acquiring nothing; its
// report is an event of no type (issue 13, en15; Reuters lines 1-15,000).
func TestSensesEn15Offering(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"filed for an offering, shares to be sold through underwriters: no acquisition", "Cherokee Group said it has filed for an offering of 2,500,000 common shares, including 700,000 to be sold by shareholders, through underwriters First Boston Inc and American Express Co unit Shearson Lehman Brothers Inc.", "1987-03-25", map[string]string{"": "other"}},
		{"subsidiary has sold to underwriters: no acquisition", "Central and South West Corp said its Southwestern Electric Power Co subsidiary has sold at competitive bidding to underwriters 40 mln dlrs of 6.95 pct sinking fund preferred stock.", "1987-03-30", map[string]string{"": "!acquisition"}},
		{"agreed to sell its interest and its unit to a company: an acquisition", "PanCanadian Petroleum Ltd said it agreed to sell its working interest in its North Sea properties and its British unit, Canadian Pacific Oil and Gas of Canada Ltd, to Whitehall Petroleum Ltd, a private British company.", "1987-03-03", map[string]string{"": "acquisition"}},
	})
}
