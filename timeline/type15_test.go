package timeline

import (
	"strings"
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestComplementNamesAnother: an event word a few words after a word that
// opens a complement past the date (a purpose: استعدادا لخوض, لحضور; what
// something is done according to: حسب, pursuant to) is not the date's
// event: a team that resumes training or leaves to prepare for a match,
// an attendance announced, a decision taken according to a plan (issue 13 items 1-2,
// type15; SaudiNewsNet 2015-08-04 and 08-08, Reuters lines 1-15,000). An
// event word before the complement still types the clause.
func TestComplementNamesAnother(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"يعودوا لتدريبات يوم الاثنين استعدادا للقاء: no match on Monday", "من جانب آخر، تعود البعثة الاتحادية إلى جدة الساعة الثالثة من فجر يوم السبت المقبل بعد إنهاء المعسكر الإعدادي في مدينة ميلانو الإيطالية، وسيتمتع اللاعبون براحة يومي السبت والأحد المقبلين، على أن يعودوا لتدريبات يوم الاثنين المقبل استعدادا للقاء فريق أحد يوم السبت 30 شوال الحالي ضمن مباريات دور (32) في مسابقة كأس سمو ولي العهد الأمين.", "2015-08-04", map[string]string{"يوم الاثنين المقبل": "!match"}},
		{"يغادر في اليوم ذاته إلى لندن استعدادا لمواجهة: no match", testshared.Passage(t, "snn-2015-08-04-00567", "وأوضح مدير إدارة", "كوينز بارك الإنجليزي") +
			".", "2015-08-04", map[string]string{"اليوم ذاته": "!match"}},
		{"أعلن قبل يومين أن الملك يستعد لحضور حفل افتتاح: a statement", "وكان متحدث باسم الملك السابق أحمد فؤاد الثاني قد أعلن قبل يومين أن الملك يستعد لحضور حفل افتتاح القناة بعد تلقيه «دعوة شفهية» منسوبة إلى الرئاسة المصرية، لكن الرئاسة المصرية نفت أن تكون وجهت مثل هذه الدعوة.", "2015-08-04", map[string]string{"قبل يومين": "statement"}},
		{"اعتمد ... حسب التشكيلات: a decision", "اعتمد المدير العام للتعليم بمنطقة مكة المكرمة محمد بن مهدي الحارثي حركة نقل وتكليف قادة المدارس للبنين والبنات للعام الدراسي ١٤٣٦-١٤٣٧هـ حسب التشكيلات المدرسية المعتمدة من الوزارة وحسب ما توصلت له لجنة القيادات المدرسية بالإدارة.", "2015-08-08", map[string]string{"١٤٣٦-١٤٣٧هـ": "decision"}},
		{"pursuant to an agreement: no agreement", "Dixons Group PLC said that pursuant to an agreement with Audio/Video Affiliates Inc, part of an investor group that made a rival bid for Cyclops Corp <CYL>, all litigation between them has been dismissed.", "1987-03-30", map[string]string{"": "!agreement"}},
	})
}

// TestNameWordNoEvent: an English event word inside a name written in
// capitals (a treaty, a company, a conference) does not type its clause,
// unless the name stands next to the date, where it names the event the
// date tells, or a court is named; a tender offer is a bid for shares, no
// contract (issue 13 items 1-2, type15; Reuters lines 1-15,000).
func TestNameWordNoEvent(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"Best Buy Co: no purchase", "Best Buy Co Inc said its sales for February rose five pct on a comparable-store basis to 20.7 mln dlrs from 10.4 mln dlrs a year ago.", "1987-03-05", map[string]string{"February": "!acquisition"}},
		{"applied to join the General Agreement: no agreement", "China applied to join the General Agreement on Tariffs and Trade (GATT) in July 1986.", "1987-04-09", map[string]string{"July 1986": "!agreement"}},
		{"a conference of the General Agreement: a meeting", "The meeting is also part of preparations for a full-scale conference of the General Agreement on Tariffs and Trade (GATT) in Venice in June.", "1987-03-23", map[string]string{"June": "meeting"}},
		{"General Acquisition Co reiterated: no acquisition", "General Acquisition Co, a partnership of Wagner and Brown and AFG Industries Inc <AFG>, reiterated in a statement sent to GenCorp on Friday that it was willing to negotiate its earlier offer of 100 dlrs a share for the tire and broadcasting company.", "1987-03-30", map[string]string{"Friday": "!acquisition"}},
		{"the 1976 Berne Agreement: a thing's year, no date (name_years)", "Turkey accused Greece of breaching the 1976 Berne Agreement under which both sides agreed to preserve the status quo in the Aegean until their continental shelf dispute was settled.", "1987-03-30", map[string]string{"1976": "-"}},
		{"February's Paris Accord: the date's agreement", "However, dealers were sceptical that anything other than a mere reaffirmation of February's Paris Accord was likely to emerge from Washington.", "1987-04-07", map[string]string{"February": "agreement"}},
		{"the U.S. Court of Appeals has affirmed: a ruling", strings.ReplaceAll(testshared.Passage(t, "reuters-7931", "OKC Limited Partnership", "District of\nLouisiana."), "\n", " "), "1987-03-20", map[string]string{"": "trial"}},
		{"a tender offer: an acquisition", "<Service Control Corp> said it has started a tender offer for all shares of <American Service Corp> at 37 dlrs each.", "1987-03-13", map[string]string{"": "acquisition"}},
	})
}
