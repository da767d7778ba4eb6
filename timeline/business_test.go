package timeline

import "testing"

// TestBusinessNews: the types of company news (a sale, a closure, a
// dividend, a retirement, a listing) and the terms of an instrument that
// date no event. Sentences of Reuters-21578 articles of lines 1-15,000
// (the tuning text), dated by their articles; names found as tarikh events
// finds them (discovery).
func TestBusinessNews(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"sold shares: the seller's side of a deal",
			"In a filing with the Securities and Exchange Commission, the Edelman group said it sold 103,000 Lucky Stores common shares on March 9 and 10 at prices ranging from 27.50 to 28.125 dlrs.",
			"1987-03-12", map[string]string{"March 9": "acquisition"}},
		{"sell goods is no acquisition",
			"K Mart Corp will sell 26 billion dlrs worth of goods in 1987, up from 23.8 billion dlrs in sales in 1986, chairman Bernard M. Fauber predicted.",
			"1987-03-12", map[string]string{"1987": "!acquisition"}},
		{"a facility closed",
			"Bioassay Systems Corp said its toxicology facility in Woburn was closed February 28.",
			"1987-03-12", map[string]string{"February 28": "closure"}},
		{"a wage dividend paid",
			"Eastman Kodak Co said today it is paying a wage dividend of about 236 mln dlrs to about 84,100 U.S. employees, down slightly from 239 mln dlrs last year.",
			"1987-03-13", map[string]string{"today": "dividend"}},
		{"a chairman retires",
			"E-Systems Inc said John W. Dixon will retire April 21 as chairman and chief executive officer but remain on the board as chairman emeritus.",
			"1987-03-12", map[string]string{"April 21": "resignation"}},
		{"debentures retired are no resignation",
			"Quaker Oats Co said its Stokely-Van Camp Inc subsidiary will retire on May 15 its 10-1/4 pct Sinking Fund Debentures due May 15, 2000.",
			"1987-04-01", map[string]string{"May 15": "!resignation"}},
		{"a stock begins trading",
			"Paco Pharmaceutical Services Inc said its common stock began trading today on the New York Stock Exchange.",
			"1987-03-12", map[string]string{"today": "launch"}},
		{"a stock listed",
			"Home Group Inc said its common stock will be listed on the New York Stock Exchange on March 31.",
			"1987-03-13", map[string]string{"March 31": "launch"}},
		{"meet needs is no meeting",
			"Hernandez Grisanti said also a first 300,000 barrels shipment of Venezuelan crude oil will leave for Ecuador this weekend to help meet domestic consumption needs.",
			"1987-03-12", map[string]string{"this weekend": "!meeting"}},
		{"payable and record dates are terms",
			"Paradise Fruit Co Inc said its board declared a dividend of 25 cts per share, payable March 31 to holders of record March 19.",
			"1987-03-12", map[string]string{"March 31": "-", "March 19": "-"}},
		{"foresaw: a forecast, no event",
			"Asked whether he foresaw a reduction this year of France's trade shortfall, at 7.6 billion francs in the first 11 months of 1986 against 5.1 billion for the whole of 1985, Murakhovsky told Reuters: \"It all depends on France.\"",
			"1987-03-11", map[string]string{"this year": "-"}},
		{"a patent's expiry is a term",
			"Eli Lilly and Co's Keflex's patent expires April 21.",
			"1987-03-12", map[string]string{"April 21": "-"}},
	})
}
