package timeline

import "testing"

// TestLeadEn16OldDated: a lead is not told by a dated event of the same
// type and company that ended long before the article: Energen's purchase
// of the Clanton system today is its news, beside the systems its unit
// bought since October 1986 (reuters-2927, Reuters lines 1-15,000; issue 13,
// en16). Fails without toldDated's leadRecent bound once "Energen's" is the
// company (extract's companyShortForms).
func TestLeadEn16OldDated(t *testing.T) {
	x, asm := discoverAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"Energen's purchase today and its unit's since October 1986 (reuters-2927)",
			"ENERGEN <EGN> BUYS MUNICIPAL GAS SYSTEM\n\nEnergen Corp said it has acquired the distribution system of the City of Clanton, Ala. for about 1.2 mln dlrs.\n    The 1,800 customer system is the fourth municipal system acquired by Energen's Alabama Gas subsidiary since October 1986, adding a total of 9,600 customers.",
			"1987-03-06", "acquisition 1987-03-06,acquisition 1986-10"},
	})
}

// TestLeadEn16HeadlineCompany: a headline whose event the first sentence
// does not tell as a row of its own takes from it the organizations the
// headline names, as it takes its people: "ERC INTERNATIONAL <ERC> GETS 17
// MLN DLR CONTRACT" is ERC International Inc's contract (reuters-7675), and
// Jackpot's buyback (reuters-10479) its decision (Reuters lines 1-15,000;
// issue 13, en16). Without it the headline names no participant and is
// dropped.
func TestLeadEn16HeadlineCompany(t *testing.T) {
	x, asm := discoverAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"a contract received (reuters-7675)",
			"ERC INTERNATIONAL <ERC> GETS 17 MLN DLR CONTRACT\n\nERC International Inc said it has received a three-year 17 mln dlr U.S. Navyt contract to provide engineering, technical and administrative support sevices on weapons systems, subsystems and associated management, manpower and support systems.",
			"1987-03-20", "contract 1987-03-20"},
		{"a buyback (reuters-10479)",
			"JACKPOT ENTERPRISES <JACK> TO BUYBACK SHARES\n\nJackpot Enterprises Inc said it will buy up to 50,000 of its own common shares from time to time in market transactions.\n    The amusement and recreation services company recently completed buying 107,000 of its shares.",
			"1987-03-27", "decision 1987-03-27"},
	})
}

// TestLeadEn16LaterDated: a lead sentence is not told by a dated event of
// its type that is a plan or a year's: Goldstar's agreement with Canon is
// the day's news beside what Canon will sell it under the agreement in 1987
// and 1988 (reuters-6977, Reuters lines 1-15,000; issue 13, en16).
func TestLeadEn16LaterDated(t *testing.T) {
	x, asm := discoverAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"Goldstar's agreement with Canon and its terms for 1988 (reuters-6977)",
			"SOUTH KOREA'S LUCKY-GOLDSTAR TO MAKE CANON CAMERAS\n\n<Goldstar Precision Co Ltd>, part of South Korea's <Lucky-Goldstar Group>, agreed with Japan's Canon Inc <CANN.T> to make cameras using Canon technology, a Goldstar spokesman told reporters.\n    However, the Goldstar spokesman said, Canon has agreed in principle to buy an unspecified number of cameras for resale in Japan under its own name, he said, without providing further details.\n    In Tokyo, a Canon spokesman said that under the agreement Canon would sell facilities, components and technology worth 1.5 billion yen to Goldstar in calendar 1987 and 3.5 billion in 1988, he said.",
			"1987-03-19", "agreement 1987-03-19,agreement 1988"},
	})
}
