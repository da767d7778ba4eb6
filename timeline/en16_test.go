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
