package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestEarlierTold: below the lead, a date of a week, a month or a year told
// as earlier than the news ("في وقت سابق من الشهر الحالي", events.yaml
// earlier) recalls what came before the story: background, however recent,
// unless the lead tells an event of its type (issue 13 item 3, nonev17).
// SaudiNewsNet 2015-07-26 article 00144, on the Tuz Khurmatu pool bombing,
// gave an attack row of July 2015 for the Diyala attack "earlier this month";
// 2015-08-03 00104, on the Nigerian army freeing Boko Haram's captives, an
// attack row of 2015 for the joint forces' offensive "earlier this year",
// although it names Nigeria as the lead does.
func TestEarlierTold(t *testing.T) {
	x, asm := builtinAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"earlier this month, another attack (07-26 00144)", testshared.Doc(t, "snn-2015-07-26-00144"),
			"2015-07-26", "killing 2015-07-25,attack 2015-07-25"},
		{"earlier this year, names the lead's Nigeria (08-03 00104)", testshared.Doc(t, "snn-2015-08-03-00104"),
			"2015-08-03", "combat 2015-08-02,arrest 2015-08-02,visit 2015-W31"},
	})
}

// TestBareSeason: a season's word alone (events.yaml name_seasons) that the
// calendar puts before the article's day dates nothing, and two one-word
// seasons in a sentence are a habit (issue 13 item 3, nonev17). SaudiNewsNet
// 2015-08-03 article 00497 gave a meeting row of spring 2015 from the
// company «الربيع السعودية للأغذية»; 2015-07-26 00496 one from سعد الربيع, a
// protocol director; 2015-08-10 00540 an other row of winter 2014 from the
// airport's air conditioning set "twice a year, in winter and summer": its
// sentence now gives the readjustment done at the end of last week.
func TestBareSeason(t *testing.T) {
	x, asm := discoverAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"a company's name (08-03 00497)", testshared.Doc(t, "snn-2015-08-03-00497"),
			"2015-08-03", "ceremony 2015-08-03"},
		{"a director's name (07-26 00496)", testshared.Doc(t, "snn-2015-07-26-00496"),
			"2015-07-26", "ceremony 2015-07-17/2015-07-19"}, // celebrated over the feast's days (feast18)
		{"winter and summer, a habit (08-10 00540)", testshared.Doc(t, "snn-2015-08-10-00540"),
			"2015-08-10", "other 2015-W32"},
	})
}

// TestDeadlineDate: a date still to come, of a quarter or coarser, right
// after a word of deadlines (events.yaml: بحلول, قبل) is a target, a promise
// or a forecast's horizon, no event's day (issue 13 item 3, nonev17).
// SaudiNewsNet 2015-08-06 article 00474 gave a row of 2020 for Dubai's aim
// to green a quarter of its urban area "بحلول عام ألفين وعشرين"; 2015-08-08
// 00207 one of 2015 for bonds the finance ministry will issue "قبل نهاية
// العام الجاري"; 2015-08-03 00417 one of 2022 for India's population
// passing China's "بحلول عام 2022".
func TestDeadlineDate(t *testing.T) {
	x, asm := discoverAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"a city's target (08-06 00474)", "دبي تحث الخطى لزيادة مساحاتها الخضراء - فيديو\n" +
			"\n" +
			"رغم مناخها الصحراوي القاحل، تسعى إمارة دبي الى زيادة مساحاتها الخضراء لتصل الى ربع المساحة الحضرية بحلول عام ألفين وعشرين، معتمدة على أساليبِ الري باستخدام مياه الصرف الصحي المعالجة..",
			"2015-08-06", ""},
		{"a promise before the end of the year (08-08 00207)", testshared.Doc(t, "snn-2015-08-08-00207"),
			"2015-08-08", ""},
		{"a forecast's horizon (08-03 00417)", testshared.Doc(t, "snn-2015-08-03-00417"),
			"2015-08-03", "other 2015/2050,other 2050"},
	})
}
