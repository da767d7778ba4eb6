package timeline

import "testing"

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
