package timeline

import (
	"strings"
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestToldOlderFacts: below the lead, a date a state began ("منذ 2012",
// "since 1976") or the past that a background opener tells ("يذكر أنه تم
// التصويت ... في أكتوبر 2013"), six months or more before the article, is
// background even when its sentence names what the lead names (issue 13,
// nonev16). SaudiNewsNet 2015-07-31 article 01557 gave a ceremony row of
// 2012 from Pekerman coaching Colombia since 2012 (v11 row 107, a
// biography); 2015-08-04 00318 an election row of October 2013 from the
// closing note on the G20 alliance's vote (v10 row 65); Reuters 10244 a
// combat row of 1976 from UNITA fighting since then. With the since-row
// gone, 01557's headline gives the talks' row of the article's day. A
// dropped since-clause's names still carry to the next clause of its
// sentence: 00821's attacks of last week, after the truce "since 2013",
// stay an event of the PKK and Turkey.
func TestToldOlderFacts(t *testing.T) {
	x, asm := builtinAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"closing note (08-04 00318)", testshared.Passage(t, "snn-2015-08-04-00318", "الرياض.. منصة عالمية", "عالم ريادة الأعمال") +
			"." +
			testshared.Passage(t, "snn-2015-08-04-00318", "\nوقال الدكتور عبد", "فريق صندوق المئوية") +
			"." +
			testshared.Passage(t, "snn-2015-08-04-00318", "\nويرأس صندوق المئوية", "استضافتها مدينة الرياض."),
			"2015-08-04", ""},
		{"since 2013, then last week's attacks (07-31 00821)", testshared.Doc(t, "snn-2015-07-31-00821"),
			"2015-07-31", "killing 2015-07-30,attack 2015-W30"},
	})
	xd, asmd := discoverAssembler(t)
	runLeadCases(t, xd, asmd, []leadCase{
		{"since 2012 (07-31 01557)", testshared.Passage(t, "snn-2015-07-31-01557", "الاتحاد السعودي يفاوض", "أمريكا هذا الصيف."),
			"2015-07-31", "ceremony 2015-07-28,meeting 2015-08-02,match 2015-SU"}, // its "اليوم الثلاثاء" dates the page 28 July (dev-date19)
		{"since 1976 (Reuters 10244)", testshared.Passage(t, "reuters-10244", "ANGOLAN REBELS OFFER", "REOPEN BENGUELA RAILROAD") +
			"\n\n" +
			strings.ReplaceAll(testshared.Passage(t, "reuters-10244", "Angola's U.S.-backed UNITA", "port of Lobito."), "\n", " ") +
			"\n" +
			strings.ReplaceAll(testshared.Passage(t, "reuters-10244", "UNITA leader Jonas", "\"peace and\nreconciliation.\""), "\n", " ") +
			"\n" +
			strings.ReplaceAll(testshared.Passage(t, "reuters-10244", "Savimbi challenged the", "response from Luanda."), "\n", " ") +
			"\n" +
			strings.ReplaceAll(testshared.Passage(t, "reuters-10244", "UNITA has been", "government\nsince 1976."), "\n", " "),
			"1987-03-26", ""},
	})
}
