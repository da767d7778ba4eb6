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

// TestMergerEn15Busy: a head of state named in many stories of a day ties
// two typed reports only with rare words besides the names: Reagan
// defending the Iran deal and the Senate wanting the Japan chip pact
// enforced are two agreements of a day; two papers' accounts of his
// sanctions on Japan are one; Chirac's talks with Reagan and his visit with
// him, two busy people shared, are one (Reuters lines 1-15,000).
func TestMergerEn15Busy(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	reagan := Entity{ID: "ronald-reagan", NameEn: "Ronald Reagan"}
	chirac := Entity{ID: "jacques-chirac", NameEn: "Jacques Chirac"}
	senate := Entity{ID: "us-senate", NameEn: "U.S. Senate"}
	week := ev("1987-W14", "1987-03-30", "1987-04-05", "week", "visit", Happened, "b")
	week.Text = "Separately, French Prime Minister Jacques Chirac, in a visit earlier this week with President Reagan, sounded out the administration on a plan to funnel worldwide grain surpluses to the very poorest states."
	runMergeCases(t, lx, mapPlaces{}, []mergeCase{
		{"Reagan's Iran deal and the Senate's chip pact: two events", [][]Event{
			{people(at("1987-03-20", "agreement", "a", "REAGAN DEFENDS IRAN-DEAL, BUT WOULDN'T REPEAT IT"), reagan)},
			{orgsOf(people(at("1987-03-20", "agreement", "b", "SENATE WANTS JAPAN SEMICONDUCTER PACT ENFORCED"), reagan), senate)},
		}, 2, nil},
		{"Reagan's sanctions told by two papers: one event", [][]Event{
			{people(at("1987-03-27", "sanction", "a", "In announcing the U.S. Sanctions yesterday, President Ronald Reagan said he was prepared to lift them once he had evidence that Japan was no longer dumping chips in world markets and had opened up its own market to imports."), reagan)},
			{people(at("1987-03-27", "sanction", "b", "In announcing the sanctions last Friday, President Reagan said Japan had not fulfilled its promise to halt predatory pricing and open Japan's market to foreign products."), reagan)},
		}, 1, nil},
		{"Chirac and Reagan discuss, Chirac's visit with Reagan: one event", [][]Event{
			{people(at("1987-03-31", "meeting", "a", "CHIRAC, REAGAN DISCUSS ARMS CONTROL, TRADE"), chirac, reagan)},
			{people(week, chirac, reagan)},
		}, 1, nil},
	})
}

// TestSensesEn15Withdrew: a company that withdraws its bid reports an
// event of no type, not a statement; a rating agency that withdraws
// ratings decides (issue 13, en15; Reuters lines 1-15,000).
func TestSensesEn15Withdrew(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"said it is withdrawing its take-over bid: an event", "SHV Holdings NV said it is withdrawing its take-over bid for Imperial Continental Gas Association <ICGS.L> after failing to gain the minimum number of pledges sought from IC Gas shareholders.", "1987-03-11", map[string]string{"": "other"}},
		{"said it withdrew the ratings: a decision", "Standard and Poor's Inc said it withdrew the ratings on Lear Siegler Inc's A-rated senior debt and preferred stock, A-minus subordinated debt and A-1 commercial paper.", "1987-04-03", map[string]string{"": "decision"}},
	})
}

// TestSensesEn15Order: an order a company received, won or placed is a
// contract; a court order is none (issue 13, en15; Reuters lines 1-15,000).
func TestSensesEn15Order(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"received an order: a contract", "Lotus Development Corp said it has received a 30 mln dlr order from Micro D Inc for a number of Lotus software products.", "1987-03-09", map[string]string{"": "contract"}},
		{"placing a firm order: a contract", "Swissair announced on March 19 that it was placing a firm order for six of the planes, with an option for another 12.", "1987-03-31", map[string]string{"March 19": "contract"}},
		{"received a court order: no contract", "Trans-Canada Resources Ltd said it received an Alberta court order extending to April 20 from April six the filing of a plan of arrangement with the court under the Companies' Creditors Arrangement Act.", "1987-04-07", map[string]string{"April 20": "!contract"}},
	})
}
