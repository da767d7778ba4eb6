package timeline

import (
	"strings"
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

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
			testshared.Passage(t, "reuters-2927", "ENERGEN <EGN> BUYS", "MUNICIPAL GAS SYSTEM") +
				"\n\n" +
				strings.ReplaceAll(testshared.Passage(t, "reuters-2927", "Energen Corp said", "1.2 mln dlrs."), "\n", " ") +
				"\n" +
				strings.ReplaceAll(testshared.Passage(t, "reuters-2927", "    The 1,800 customer", "of 9,600 customers."), "\n", " "),
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
			testshared.Passage(t, "reuters-7675", "ERC INTERNATIONAL <ERC>", "MLN DLR CONTRACT") +
				"\n\n" +
				strings.ReplaceAll(testshared.Passage(t, "reuters-7675", "ERC International Inc", "and support systems."), "\n", " "),
			"1987-03-20", "contract 1987-03-20"},
		{"a buyback (reuters-10479)",
			testshared.Passage(t, "reuters-10479", "JACKPOT ENTERPRISES <JACK>", "TO BUYBACK SHARES") +
				"\n\n" +
				strings.ReplaceAll(testshared.Passage(t, "reuters-10479", "Jackpot Enterprises Inc", "in\nmarket transactions."), "\n", " ") +
				"\n" +
				strings.ReplaceAll(testshared.Passage(t, "reuters-10479", "    The amusement and", "of its shares."), "\n", " "),
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
			testshared.Passage(t, "reuters-6977", "SOUTH KOREA'S LUCKY-GOLDSTAR", "MAKE CANON CAMERAS") +
				"\n\n" +
				strings.ReplaceAll(testshared.Passage(t, "reuters-6977", "<Goldstar Precision Co", "spokesman told reporters."), "\n", " ") +
				"\n" +
				strings.ReplaceAll(testshared.Passage(t, "reuters-6977", "    However, the Goldstar", "providing further\ndetails."), "\n", " ") +
				"\n" +
				strings.ReplaceAll(testshared.Passage(t, "reuters-6977", "    In Tokyo, a", "1988, he said."), "\n", " "),
			"1987-03-19", "agreement 1987-03-19,agreement 1988"},
	})
}
