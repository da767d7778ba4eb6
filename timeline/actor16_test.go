package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestRoleRefs: a definite noun (الشركة, الهيئة, الوزارة, الفريق) that
// no name follows stands for the organization named before under its head
// word ("الهيئة العامة للسياحة ... وتعمل الهيئة"; "بنادي هجر ... وسوف
// يواصل الفريق"), or a club's adjective after it names the club
// ("الفريق الاتحادي").
func TestRoleRefs(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-08-03-01266: the tourism commission, named in the
		// sentence before.
		{"the commission named before",
			"وأقرت الهيئة العامة للسياحة والتراث الوطني تقديم الدعم الإداري لسوق عكاظ. وتعمل الهيئة على تنفيذ مجموعة من الأعمال الهادفة إلى إنجاح سوق عكاظ هذا العام.",
			"2015-08-03", "هذا العام", []string{"Tourism"}, nil},
		// snn-2015-08-03-01206: the Hajj ministry's branches.
		{"the ministry named before",
			testshared.Passage(t, "snn-2015-08-03-01206", "وتشرف وزارة الحج", "المكرمة والمدينة المنورة ") +
				testshared.Passage(t, "snn-2015-08-03-01206", "على تنفيذ الخطة", "العامة لموسم الحج") +
				testshared.Passage(t, "snn-2015-08-03-01206", ".\nمن جهته قال", "شهر رمضان المبارك") +
				".",
			"2015-08-03", "نهاية شهر رمضان المبارك", []string{"Hajj"}, nil},
		// snn-2015-08-03-01112: the team that trains and plays on
		// Wednesday is the club named in the clause before.
		{"the team of the club named before",
			"من جانبه، منح الجهاز الفني للفريق الأول لكرة القدم بنادي هجر يوما\" مفتوحا\" للاعبي الفريق أمس الأحد، بعد أن أجرى تدريبا\" صباحيا\" في المسبح وسوف يواصل الفريق تدريباته الاستعدادية في فترتين صباحية ومسائية، وسيخوض لقاء وديا أمام فريق الكويت الكويتي، الأربعاء المقبل .",
			"2015-08-03", "الأربعاء المقبل", []string{"Hajer", "Kuwait SC"}, nil},
		// snn-2015-08-04-01236 (handcheck v10 1195): the team that
		// meets Al-Nojoom is Al-Riyadh, named in the sentence before; the
		// club right after the noun is its opponent, not its name.
		{"the team before its opponent",
			testshared.Passage(t, "snn-2015-08-04-01236", "اقتربت إدارة نادي", "التونسي زهير اللواتي") +
				testshared.Passage(t, "snn-2015-08-04-01236", ".\nمن جانب آخر،", "بمقر النادي، و") +
				testshared.Passage(t, "snn-2015-08-04-01236", "بدأ الفريق خوض", "نهاية الاسبوع الحالي."),
			"2015-08-04", "نهاية الاسبوع الحالي", []string{"Al-Riyadh", "Al-Nojoom"}, nil},
		// snn-2015-07-31-01938 (handcheck v11 1249): "the Ittihad team",
		// a club's adjective after the noun, is the club the article names.
		{"a club's adjective after the noun",
			testshared.Passage(t, "snn-2015-07-31-01938", "بدأ النجم الغاني", "والفني وزملائه اللاعبين") +
				testshared.Passage(t, "snn-2015-07-31-01938", ".\n من جهة ثانية", "بهدف مقابل لاشيء") +
				".",
			"2015-07-31", "أمس", []string{"مونتاري", "Al-Ittihad"}, nil},
		// snn-2015-07-31-01318 (handcheck v11 1973): the team of the
		// dateless clause before the date's is Al-Hilal, named before it.
		{"the team of a dateless clause",
			testshared.Passage(t, "snn-2015-07-31-01318", "الهلال يكسب أخيسار", "التركي ويواجه العين\n") +
				testshared.Passage(t, "snn-2015-07-31-01318", "فاز الفريق الأول", "مباراته الودية الثانية") +
				testshared.Passage(t, "snn-2015-07-31-01318", ". وكان الهلال", "فيرونا الأربعاء المقبل") +
				".",
			"2015-07-31", "بعد غد", []string{"Al-Hilal", "Al Ain"}, nil},
	})
}
