package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestNewsAgencySource: a news agency (events.yaml participants
// news_agencies) is the report's source, no participant, also as the
// subject of its reporting verb or of a verb that carries a statement.
func TestNewsAgencySource(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-08-09-00062: Fars carried Larijani's words.
		{"the agency that carried a speaker's words",
			"ونقلت وكالة فارس للأنباء اليوم السبت عن لاريجاني قوله “هذا نزاع مصطنع لتشتيت انتباه العالم.",
			"2015-08-09", "اليوم السبت", []string{"لاريجاني"}, []string{"Fars"}},
		// snn-2015-07-25-00041: the ministry's statement that WAM ran.
		{"the agency that ran a statement",
			"قالت وزارة الطاقة في بيان أوردته وكالة أنباء الإمارات (وام) اليوم الأربعاء إن الإمارات العربية المتحدة ستحرر أسعار الجازولين (البنزين) ووقود الديزل المحلية من أول أغسطس آب.",
			"2015-07-25", "اليوم الأربعاء", []string{"وزارة الطاقة"}, []string{"News Agency"}},
		// reuters-349: WAM reported the meeting.
		{"an English agency that reported",
			"Deputy oil ministers from six Gulf Arab states will meet in Bahrain today to discuss coordination of crude oil marketing, the official Emirates news agency WAM reported.",
			"1987-03-02", "today", []string{"Bahrain"}, []string{"News Agency"}},
	})
}

// TestAgencyCarriedSense: "نقلت وكالة ... عن X قوله" is X's statement; the
// agency that carried it is no participant, so the row rests on the
// speaker, whom discovery finds (TestWordSenses reads without discovery).
func TestAgencyCarriedSense(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		// snn-2015-08-09-00062.
		{"نقلت عن ... قوله: a statement", "ونقلت وكالة فارس للأنباء اليوم السبت عن لاريجاني قوله “هذا نزاع مصطنع لتشتيت انتباه العالم.”", "2015-08-08", map[string]string{"اليوم السبت": "statement"}},
	})
}

// TestMoreRoleRefs: a committee, a municipality, a movement or a
// directorate named bare (اللجنة, الأمانة, الحركة, المديرية) stands for the
// organization named before under that head word, as الشركة and الوزارة do.
func TestMoreRoleRefs(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-07-31-00182: the Taliban mourned Mullah Omar.
		{"the movement named before",
			testshared.Passage(t, "snn-2015-07-31-00182", "أعلنت حركة طالبان", "تنظيم الدولة الاسلامية.") + " " +
				testshared.Passage(t, "snn-2015-07-31-00182", "وكانت الحركة نعت", "في اليوم السابق."),
			"2015-07-31", "الخميس", []string{"Taliban"}, nil},
		// snn-2015-08-09-00052: the Taliban's fighters carried out the
		// Kabul attacks; the movement is named in the sentence before.
		{"the movement of the sentence before",
			testshared.Passage(t, "snn-2015-08-09-00052", "لتبدد الآمال في أن", "بعد إعلان وفاة زعيمهم.") + " " +
				testshared.Passage(t, "snn-2015-08-09-00052", "وقال المتحدث باسم طالبان", "واصابة 248 اخرين."),
			"2015-08-09", "امس الجمعة", []string{"Taliban"}, nil},
	})
}
