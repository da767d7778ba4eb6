package timeline

import (
	"strings"
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestSensesEn13Buyback: a board that authorizes something decides it, and
// a company buying back its own shares decides that, acquiring
// nothing; a central bank's repurchase agreements and a charter's
// authorized capital are no decision (issue 13, en13; Reuters lines
// 1-15,000).
func TestSensesEn13Buyback(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"will buy back common shares: a decision", "GATX Corp said it will buy back up to 750,000 common shares in the open market from time to time within the next year.", "1987-03-06", map[string]string{"next year": "decision"}},
		{"board authorized a program to purchase its shares: a decision", "Lodgistix Inc said its board authorized a program for the company to purchase up to 100,000 of its shares from time to time.", "1987-03-02", map[string]string{"": "decision"}},
		{"directors authorized the repurchase: a decision", "General Motors Corp said its directors authorized the repurchase of up to 20 pct of its 1.66 dlr par value common stock by the end of 1990.", "1987-03-03", map[string]string{"the end of 1990": "decision"}},
		{"board authorized the repurchase of shares: a decision", "ITT Corp said its board authorized the repurchase of up to 10 mln shares of its common and preferred stock as market conditions warrant.", "1987-04-07", map[string]string{"": "decision"}},
		{"board authorized the repurchase of shares (no row before): a decision", "Butler Manufacturing Co said its board authorized the repurchase of up to 600,000 shares, or 12 pct of its outstanding common stock.", "1987-03-17", map[string]string{"": "decision"}},
		{"customer repurchase agreements: no decision", "The Federal Reserve entered the U.S. Government securities market to arrange 1.5 billion dlrs of customer repurchase agreements, a Fed spokesman said.", "1987-03-02", map[string]string{"": "!decision"}},
		{"against authorised 1.5 billion: no decision", "The Mahanagar Telephone Nigam mobilised 3.83 billion rupees last year against authorised 1.5 billion.", "1987-04-09", map[string]string{"last year": "!decision"}},
	})
}

// TestSensesEn13ReportedAction: an action a company reports with no word of
// a type ("said it filed a registration statement", "said it raised its
// prime rate") is an event of no type, not a statement, and is no figure
// dropped; a typed word still wins; figures a company gives of itself stay
// none. A rating agency's action on a rating is its decision (issue 13,
// en13; Reuters lines 1-15,000).
func TestSensesEn13ReportedAction(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"said it filed a registration statement: an event", "Security Pacific Corp said it filed a registration statement with the Securities and Exchange Commission covering 500 mln dlrs of subordinated debt securities.", "1987-03-23", map[string]string{"": "other"}},
		{"said it raised its prime rate: an event, no figure", "Comerica Inc said it raised its prime interest rate to 7-3/4 pct from 7-1/2 pct, effective April 1.", "1987-04-02", map[string]string{"April 1": "other"}},
		{"said it completed the acquisition: the acquisition", "Kraft Inc said it completed the acquisition of Holleb and Co, a foodservice distributor based in Bensenville, Ill.", "1987-04-13", map[string]string{"": "acquisition"}},
		{"said it increased its loss: a figure, no event", "CTS Corp said it increased its 1986 loss from continuing operations to 26.6 mln dlrs from the previously announced 23.8 mln dlrs loss.", "1987-03-09", map[string]string{"1986": "!other"}},
		{"said it lowered the ratings: a decision", "Standard and Poor's Corp said it lowered the ratings on Loral Corp's subordinated debt to BBB from A-minus.", "1987-03-03", map[string]string{"": "decision"}},
		{"the cut in its credit rating: no decision", "Merrill Lynch and Co said it feels the cut in its credit rating by Moody's Investors Service is not justified in view of the company's improvement in profitability and increase in equity capital in 1986.", "1987-03-19", map[string]string{"1986": "!decision"}},
	})
}

// orgsOf is e with the organizations os added.
func orgsOf(e Event, os ...Entity) Event {
	e.Organizations = append(e.Organizations, os...)
	return e
}

// TestMergerEn13Companies: two companies' filings of one day, told in one
// template and tied only by the regulator, are two events, though a third
// report that names no company joins one of them; one company's filing told
// twice is one (Reuters 1987-04-03, lines 1-15,000).
func TestMergerEn13Companies(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	sec := Entity{ID: "sec", NameEn: "Securities and Exchange Commission", NameAr: "هيئة الأوراق المالية والبورصات الأميركية"}
	uspci := Entity{ID: "org:uspci_inc", NameEn: "USPCI Inc"}
	boddie := Entity{ID: "org:boddie_noell_restaurant_properties_inc", NameEn: "Boddie-Noell Restaurant Properties Inc"}
	uspciText := strings.ReplaceAll(testshared.Passage(t, "reuters-12975", "USPCI Inc said", "concurrent international\noffering."), "\n", " ")
	const telechargeText = "INternational Telecharge INc said it filed a registration statement with the Securities and Exchange Commission for a public offering of one mln shares of common stock."
	const boddieText = "Boddie-Noell Restaurant Properties Inc said it filed a registration statement with the Securities and Exchange Commission covering its initial public offering of 3,100,000 shares of common stock."
	runMergeCases(t, lx, mapPlaces{}, []mergeCase{
		{"a third filing that names no company joins one of them only", [][]Event{
			{orgsOf(at("1987-04-03", "other", "a", uspciText), uspci, sec)},
			{orgsOf(at("1987-04-03", "other", "b", telechargeText), sec)},
			{orgsOf(at("1987-04-03", "other", "c", boddieText), boddie, sec)},
		}, 2, nil},
		{"one company's filing told twice: one event", [][]Event{
			{orgsOf(at("1987-04-03", "other", "a", uspciText), uspci, sec)},
			{orgsOf(at("1987-04-03", "other", "b", uspciText), uspci, sec)},
		}, 1, nil},
	})
}
