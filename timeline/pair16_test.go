package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// withEntities returns e with the people and organizations given as
// entities (id and Arabic name).
func withEntities(e Event, people, orgs []Entity) Event {
	e.People = append(e.People, people...)
	e.Organizations = append(e.Organizations, orgs...)
	return e
}

// TestMergerNextDay: two papers' reports of one event dated a day apart,
// the later by a bare yesterday (relative_days), are one when they share a
// participant and most of their rare words (SaudiNewsNet 2015-07-31
// articles 00106 and 00505: Windows 10 launched "اليوم الأربعاء" and "يوم
// أمس"; 00106's row holds 02147, so pair 7 of the tenth round merges). Not when the later names its weekday,
// when the tie is a service (a civil defence fire in Jeddah, 07-31 article
// 01024, and one in Riyadh the next day, 01070), or when the shared words
// are a prince's titles and palace (a Cabinet session and his reception
// the next day, 2015-08-04 articles 00143 and 00261: 4 rare words, 0.57 of
// the shorter's).
func TestMergerNextDay(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	ms := []Entity{{ID: "microsoft", NameEn: "Microsoft", NameAr: "مايكروسوفت"}}
	win1 := dated(withEntities(at("2015-07-29", "launch", "00106", "أطلقت شركة مايكروسوفت اليوم الأربعاء نظام التشغيل الجديد ويندوز 10 الذي طال انتظاره."), nil, ms), "اليوم الأربعاء")
	win2 := dated(withEntities(at("2015-07-30", "launch", "00505", "أطلقت «مايكروسوفت» يوم أمس نظام التشغيل «ويندوز 10» في 190 دولة حول العالم، والذي يقدم مزايا حديثة كثيرة، وواجهة استخدام مطورة، ومتصفحا جديدا للإنترنت، مع تقديم التحديث مجانا للجميع خلال عام كامل."), nil, ms), "أمس")
	cd := []Entity{{ID: "saudi-civil-defense", NameEn: "Saudi Civil Defense", NameAr: "المديرية العامة للدفاع المدني"}}
	jeddah := dated(withEntities(at("2015-07-30", "accident", "01024", "أخلت إدارة الدفاع المدني بمحافظة جدة اليوم الخميس 15 شخصاً عن طريق السلام المتحركة وسيارة السلالم، فيما أصيبت امرأتين باختناق تم علاجهم من قبل الهلال الأحمر بالموقع، فيما خرج باقي السكان وهم بصحة جيدة إثر اندلاع حريق في عمارة سكنية بحي النسيم بجدة.", "jeddah"), nil, cd), "اليوم الخميس")
	riyadh := dated(withEntities(at("2015-07-31", "accident", "01070", "أخمدت فرق الدفاع المدني بالرياض حريقا اندلع في موقع لورش النجارة حيث تبلغ مركز التحكم والتوجيه الساعة ١٠،٩ صباح اليوم باندلاع حريق في مجموعة ورش في حي السعادة وعلى الفور هرعت فرق الإطفاء و فرق الإنقاذ و وحدات الإسناد بالإضافه إلى الخدمات المساندة إلى موقع الحادث والذي اتضح إندلاعه في مجموعة من الورش المتجاورة والمتظاهرة تشمل ورش نجارة و أنشطة أخرى ، وقد بذل رجال الدفاع المدني جهود مضاعفة وكبيرة لإحتواء وإخماد الحريق سيما وأن المواد المحترقة من الأخشاب ساعدت في سرعة انتقال الحريق بين المواقع.", "loc:السعاده"), nil, cd), "اليوم")
	mbn := []Entity{{ID: "per:محمد_بن_نايف_بن_عبدالعزيز", NameEn: "محمد بن نايف بن عبد العزيز", NameAr: "محمد بن نايف بن عبد العزيز"}}
	cabinet := dated(withEntities(at("2015-08-03", "meeting", "00143", "جاء ذلك ضمن الجلسة التي عقدها مجلس الوزراء برئاسة نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبد العزيز، في قصر السلام بجدة أمس.", "jeddah"), mbn, nil), "أمس")
	reception := dated(withEntities(at("2015-08-04", "meeting", "00261", "استقبل نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز في قصر السلام اليوم، أصحاب السمو الأمراء،وأصحاب الفضيلة والمعالي الوزراء، وكبار المسؤولين من مدنيين وعسكريين، وجموعا من المواطنين الذين قدموا للسلام عليه."), mbn, nil), "اليوم")
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"Windows 10 on Wednesday and yesterday: one", [][]Event{{win1}, {win2}}, 1, []string{"2015-07-29"}},
		{"the same, the later report first: one", [][]Event{{win2}, {win1}}, 1, []string{"2015-07-30"}},
		{"the later dated by its weekday: two", [][]Event{{win1}, {dated(win2, "يوم الخميس")}}, 2, nil},
		{"two days' fires told by civil defence: two", [][]Event{{jeddah}, {riyadh}}, 2, nil},
		{"a Cabinet session and the next day's reception: two", [][]Event{{cabinet}, {reception}}, 2, nil},
	})
}

// TestMergerSurname: one paper's الجاسر is another's عمر بن محمد الجاسر
// when their reports of one day's event also share doneRare rare words
// (SaudiNewsNet 2015-08-07 articles 01334 and 00217, pair 10 of the
// eighth round: the honouring in Cairo next Monday). The sentence of
// another الجاسر (article 00079, the Saudia director receiving a Boeing),
// put on the same day and type, stays apart.
func TestMergerSurname(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	un := []Entity{{ID: "united-nations", NameEn: "United Nations", NameAr: "الأمم المتحدة"}}
	planned := func(e Event) Event {
		e.Status = Planned
		return e
	}
	short := planned(dated(withEntities(at("2015-08-10", "ceremony", "01334", "تكرم الفيدرالية العالمية لأصدقاء الأمم المتحدة، الاثنين المقبل في القاهرة، الفنان السعودي عمر الجاسر، بعد اختيارها له ضمن أكثر الشخصيات العربية تأثيرا في العالم والمجتمع العربي، تقديرا لجهوده في خدمة الحركة الفنية والثقافية في المملكة والعالم العربي، بحضور سياسيين ودبلوماسيين وفنانين وإعلاميين.", "cairo"),
		[]Entity{{ID: "per:الجاسر", NameEn: "الجاسر", NameAr: "الجاسر"}}, un), "الاثنين المقبل"))
	long := planned(dated(withEntities(at("2015-08-10", "ceremony", "00217", testshared.Passage(t, "snn-2015-08-07-00217", "وقالت الفيدرالية العالمية", "10 أغسطس 2015م."), "cairo"),
		[]Entity{{ID: "per:عمر_بن_محمد_الجاسر", NameEn: "عمر بن محمد الجاسر", NameAr: "عمر بن محمد الجاسر"}}, un), "الإثنين المقبل"))
	saudia := planned(dated(withEntities(at("2015-08-10", "ceremony", "00079", "تسلمت الخطوط الجوية العربية السعودية "+
		"يوم"+
		testshared.Passage(t, "snn-2015-08-08-00373", " أمس طائرة جديدة", "طراز بوينج (")+
		"B777-300ER"+
		testshared.Passage(t, "snn-2015-08-08-00373", ") عريضة الهيكل", "عبدالعزيز الدولي بجدة")+
		" "+
		testshared.Passage(t, "snn-2015-08-08-00373", "، حيث جرى استقبالها", "من المسؤولين بالمؤسسة.")),
		[]Entity{{ID: "per:صالح_بن_ناصر_الجاسر", NameEn: "صالح بن ناصر الجاسر", NameAr: "صالح بن ناصر الجاسر"}}, nil), "يوم أمس"))
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"الجاسر and عمر بن محمد الجاسر honoured in Cairo: one", [][]Event{{short}, {long}}, 1, nil},
		{"the same, the long name first: one", [][]Event{{long}, {short}}, 1, nil},
		{"الجاسر honoured and the Saudia director: two", [][]Event{{short}, {saudia}}, 2, nil},
	})
}
