package timeline

import "testing"

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
			"وتشرف وزارة الحج ممثلة في فرعيها بمكة المكرمة والمدينة المنورة على تنفيذ الخطة التشغيلية العامة لموسم الحج.\nمن جهته قال مستشار الوزارة والمتحدث الرسمي حاتم بن حسن قاضي لـ «عكاظ» إن وزير الحج الدكتور بندر بن محمد حجار اعتمد الخطة التشغيلية لفروع الوزارة عقب نهاية شهر رمضان المبارك.",
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
			"اقتربت إدارة نادي الرياض من التعاقد مع مدرب من أمريكا اللاتينية لتدريب الفريق الأول لكرة القدم خلفا للمقال التونسي زهير اللواتي.\nمن جانب آخر، اختتم الفريق الأول لكرة القدم أمس الأول معسكره الداخلي بمقر النادي، وبدأ الفريق خوض المباريات الودية أمام الدرعية أمس على أن يلاقي الفريق نادي النجوم في المباراة الثانية نهاية الاسبوع الحالي.",
			"2015-08-04", "نهاية الاسبوع الحالي", []string{"Al-Riyadh", "Al-Nojoom"}, nil},
		// snn-2015-07-31-01938 (handcheck v11 1249): "the Ittihad team",
		// a club's adjective after the noun, is the club the article names.
		{"a club's adjective after the noun",
			"بدأ النجم الغاني سولي مونتاري مشواره مع الفريق الاتحادي، عقب انخراطه في التدريبات يوم أمس، ووجد اللاعب ترحيبا من قبل الجهازين الإداري والفني وزملائه اللاعبين.\n من جهة ثانية كسب فريق الاتحاد نظيره انتر فارماسي الإيطالي في ثالث اللقاءات الودية بهدف مقابل لاشيء.",
			"2015-07-31", "أمس", []string{"مونتاري", "Al-Ittihad"}, nil},
		// snn-2015-07-31-01318 (handcheck v11 1973): the team of the
		// dateless clause before the date's is Al-Hilal, named before it.
		{"the team of a dateless clause",
			"الهلال يكسب أخيسار التركي ويواجه العين\nفاز الفريق الأول لكرة القدم بنادي الهلال على أخيسار سبور التركي 2/ صفر في مباراته الودية الثانية. وكان الهلال خسر مباراته الأولى أمام غازي عنتاب التركي صفر/1، وتبقت للفريق مباراتان، حيث سيلعب أمام العين الإماراتي بعد غد، فيما ستكون المباراة الأخيرة للفريق أمام هيلارس فيرونا الأربعاء المقبل.",
			"2015-07-31", "بعد غد", []string{"Al-Hilal", "Al Ain"}, nil},
	})
}
