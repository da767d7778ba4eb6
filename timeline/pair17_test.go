package timeline

import (
	"slices"
	"testing"

	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/internal/testshared"
)

// discovered returns entities found by name discovery (prefix per: or
// org:), one per name, with the discovered id of the name.
func discovered(prefix string, names ...string) []Entity {
	var out []Entity
	for _, n := range names {
		out = append(out, Entity{ID: prefix + ":" + n, NameEn: n, NameAr: n})
	}
	return out
}

// TestMergerOtherType: two papers' reports of one day's event typed in two
// families that are not compatible are one when they share a specific
// participant and most of their rare words (otherTypeReports): the
// minister's appeals committee for al-Baha told as an election and as a
// decision (SaudiNewsNet 2015-08-10 articles 00269 and 01417), the Youth
// Welfare presidency's Eid party told as a meeting and as a ceremony
// (2015-07-23 articles 00346 and 01096). Not an incident with a report
// that repeats its words: the Cabinet session chaired by Mohammed bin Nayef
// and Lebanese papers on his call after the Abha mosque bombing, typed
// attack (2015-08-10 articles 00072 and 01603). The merged row keeps the
// type more articles gave it: the election spokesman's press conference
// told by three papers as a meeting and by one as an election (2015-08-03
// articles 00364, 00655, 00976 and 01211).
func TestMergerOtherType(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	baha := discovered("per", "عبد اللطيف بن عبدالملك آل الشيخ", "عبدالهادي بن علي الزهراني", "سعيد بن سعد العمري")
	committee := discovered("org", "لجنة الفصل")
	election := withEntities(at("2015-08-10", "election", "00269", testshared.Passage(t, "snn-2015-08-10-00269", "أكد المهندس محمد", "الانتخابية والطعون التي ")+
		"تُقدَّم"+
		testshared.Passage(t, "snn-2015-08-10-00269", " ضدّ قرار اللجنة", "للانتخابات والتحقّق منها."), "al-baha"),
		append(discovered("per", "محمد بن مبارك"), baha...), committee)
	decision := withEntities(at("2015-08-10", "decision", "01417", testshared.Passage(t, "snn-2015-08-10-01417", "اعتمد وزير الشؤون", "غرم الله الغامدي."), "al-baha"),
		baha, committee)
	youth := []Entity{{ID: "saudi-youth-welfare", NameEn: "General Presidency of Youth Welfare", NameAr: "الرئاسة العامة لرعاية الشباب"}}
	party1 := dated(withEntities(at("2015-07-17", "meeting", "00346", testshared.Passage(t, "snn-2015-07-23-00346", "أقامت الرئاسة العامة", "الكبرى بمقر الرئاسة.")), nil, youth), "أمس")
	party2 := dated(withEntities(at("2015-07-17", "ceremony", "01096", testshared.Passage(t, "snn-2015-07-23-01096", "أقامت الرئاسة العامة", "بهذه المناسبة السعيدة.")), nil, youth), "امس")
	mbn := discovered("per", "محمد بن نايف بن عبدالعزيز آل سعود")
	cabinet := dated(withEntities(at("2015-08-10", "meeting", "00072", "رأس نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود – حفظه الله – الجلسة التي عقدها مجلس الوزراء، بعد ظهر اليوم الاثنين في قصر السلام بجدة.", "jeddah"), mbn, nil), "اليوم الاثنين")
	papers := dated(withEntities(at("2015-08-10", "attack", "01603", testshared.Passage(t, "snn-2015-08-10-01603", "أبرزت الصحف اللبنانية", "على محاربة الإرهاب.")), mbn,
		[]Entity{{ID: "saudi-emergency-forces", NameEn: "Special Emergency Forces", NameAr: "قوات الطوارئ الخاصة"}}), "اليوم")
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"al-Baha committee as election and decision: one", [][]Event{{election}, {decision}}, 1, nil},
		{"the same, the decision first: one", [][]Event{{decision}, {election}}, 1, nil},
		{"Youth Welfare Eid party as meeting and ceremony: one", [][]Event{{party1}, {party2}}, 1, nil},
		{"Cabinet session and Lebanese papers on the bombing: two", [][]Event{{cabinet}, {papers}}, 2, nil},
	})

	qahtani := discovered("per", "جديع بن نهار القحطاني")
	municipal := []Entity{{ID: "saudi-municipal-ministry", NameEn: "Saudi Ministry of Municipal and Rural Affairs", NameAr: "وزارة الشؤون البلدية والقروية"}}
	press := func(typ, doc, text string) Event {
		e := dated(withEntities(at("2015-08-04", typ, doc, text, "loc:المعذر"), qahtani, municipal), "غدا الثلاثاء")
		e.Status = Planned
		return e
	}
	meet := testshared.Passage(t, "snn-2015-08-03-00364", "يعقد المتحدث الرسمي", "والقروية بشارع المعذر.")
	elect := press("election", "01211", testshared.Passage(t, "snn-2015-08-03-01211", "يعقد أمين عام", "والقروية بشارع المعذر."))
	meets := [][]Event{{press("meeting", "00364", meet)}, {press("meeting", "00655", meet)}, {press("meeting", "00976", meet)}}
	for _, tc := range []struct {
		name     string
		articles [][]Event
	}{
		{"the election report last", append(slices.Clone(meets), []Event{elect})},
		{"the election report first", append([][]Event{{elect}}, meets...)},
	} {
		got := mergeArticles(t, lx, testPlaces, tc.articles)
		if len(got) != 1 || got[0].Type != "meeting" || got[0].Sources != 4 {
			t.Errorf("press conference, %s: got %d rows %+v, want one meeting of 4 sources", tc.name, len(got), got)
		}
	}
}

// TestMergerAlias: a discovered name that is a gazetteer entity's bare name
// is that entity when reports are compared (alias): وزارة العمل, the Saudi
// Ministry of Labor's bare name, is found by the gazetteer in one paper's
// report of the wage protection programme's eighth stage and discovered in
// another's (SaudiNewsNet 2015-07-27 articles 00347 and 00794). It is one
// tie among others: the ministry's deputy on Saudization committees
// (2015-08-06 article 00597) and its Jazan branch's inspection (03150), of
// one family and day but in other words, stay two.
func TestMergerAlias(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	g := gazetteer.New()
	g.Add(&gazetteer.Entity{ID: "saudi-labor-ministry", Type: gazetteer.Organization,
		Names: gazetteer.Names{En: []string{"Saudi Ministry of Labor"}, Ar: []string{"وزارة العمل السعودية"}},
		Bare:  &gazetteer.Names{Ar: []string{"وزارة العمل"}}})
	known := []Entity{{ID: "saudi-labor-ministry", NameEn: "Saudi Ministry of Labor", NameAr: "وزارة العمل السعودية"}}
	found := discovered("org", "وزارة العمل")
	planned := func(e Event) Event {
		e.Status = Planned
		return dated(e, "يوم السبت القادم")
	}
	wage1 := planned(withEntities(at("2015-08-01", "launch", "00347", testshared.Passage(t, "snn-2015-07-27-00347", "تبدأ وزارة العمل،", "1 أغسطس 2015م.")), nil, known))
	wage2 := planned(withEntities(at("2015-08-01", "launch", "00794", testshared.Passage(t, "snn-2015-07-27-00794", "تبدأ وزارة العمل", "نحو (363,869) عاملا.")), nil, found))
	deputy := withEntities(at("2015-08-06", "meeting", "00597", "قال لـ\"الاقتصادية\" الدكتور عبد الله أبوثنين وكيل وزارة العمل للتفتيش وتطوير بيئة العمل، إن الوزارة تعمل بالتعاون مع إمارات المناطق على مشروع تطوير أعمال لجان التوطين في المناطق والاستفادة من القدرات البشرية والسلطة التنفيذية لها في المنطقة لضبط أنشطة سوق العمل ومن ضمنها الأسواق المركزية ومحال الخضار.", "united-arab-emirates"),
		discovered("per", "عبد الله أبوثنين"), found)
	jazan := withEntities(at("2015-08-06", "visit", "03150", "فهد كاملي- سبق- جازان: قام فرع وزارة العمل بجازان، بجولة تفتيشية أجراها القسم النسوي، استهدفت محافظة بيش؛ للتحقق من تأنيث المحلات النسائية؛ حيث تم توجيه إنذارات وبلاغات على العديد من المحلات المخالفة، كما شهدت الجولة إغلاقاً لبعض المحلات من قِبَل البائعين وهروبهم.", "jazan"), nil, known)
	runMergeCases(t, lx, g, []mergeCase{
		{"wage protection, the ministry known and discovered: one", [][]Event{{wage1}, {wage2}}, 1, nil},
		{"the same, the discovered name first: one", [][]Event{{wage2}, {wage1}}, 1, nil},
		{"the deputy's Saudization committees and the Jazan inspection: two", [][]Event{{deputy}, {jazan}}, 2, nil},
	})
}
