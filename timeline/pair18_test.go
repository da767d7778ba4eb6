package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestMergerStatementOtherType: one paper's statement and another's typed
// report of one day are one event when they share a specific participant
// and most of their rare words (otherTypeReports): al-Abadi's reforms
// announced "يوم أمس الأحد" and the cabinet's approval of them at a session
// "يوم أمس" (SaudiNewsNet 2015-08-10 articles 00377 and 00756). Not Kerry's
// words on Israel (2015-07-25 article 00012) and his plan to meet Lavrov
// told by another paper the same day (00310): one speaker, two things
// said. An organization named with and without the relative adjectives
// that end its name is one (orgVariant): the Syrian opposition's roadmap
// announced by "هيئة التنسيق الوطنية السورية" (2015-07-25 article 00121)
// and agreed by "هيئة التنسيق الوطنية" (01356), both discovered names.
func TestMergerStatementOtherType(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	abadi := []Entity{{ID: "haider-al-abadi", NameEn: "Haider al-Abadi", NameAr: "حيدر العبادي"}}
	maliki := []Entity{{ID: "nouri-al-maliki", NameEn: "Nouri al-Maliki", NameAr: "نوري المالكي"}}
	reforms := dated(withEntities(at("2015-08-09", "statement", "00377", testshared.Passage(t, "snn-2015-08-10-00377", "أعلن رئيس الحكومة", "السابق نوري المالكي، ")+
		"ردَّاً"+
		testshared.Passage(t, "snn-2015-08-10-00377", " على احتجاجات ضد", "والنقص في الخدمات.")), abadi, nil), "أمس الأحد")
	cabinet := dated(withEntities(at("2015-08-09", "meeting", "00756", testshared.Passage(t, "snn-2015-08-10-00756", "وافق مجلس الوزراء", "والنقص في الخدمات.")), append(abadi, maliki...), nil), "أمس")
	kerry := []Entity{{ID: "john-kerry", NameEn: "John Kerry", NameAr: "جون كيري"}}
	israel := dated(withEntities(at("2015-07-24", "statement", "00012", "قال وزير الخارجية الأمريكي جون كيري اليوم الجمعة إن اسرائيل سترتكب خطأ جسيماً إذا قررت في المستقبل القيام بعمل عسكري منفرد ضد ايران بسبب برنامجها النووي."), kerry, nil), "اليوم الجمعة")
	lavrov := dated(withEntities(at("2015-07-24", "meeting", "00310", "من جهة أخرى أكد جون كيري أمس، أنه يعتزم بحث سبل مواجهة تنظيم \"داعش\" في سورية والدور الذي يمكن أن تلعبه إيران عندما يلتقي مع نظيره الروسي سيرجي لافروف في قطر في الأسابيع المقبلة.", "syria"), kerry, nil), "أمس")
	announced := dated(withEntities(at("2015-07-24", "statement", "00121", "أعلن كل من «هيئة التنسيق الوطنية السورية» و«الائتلاف الوطني لقوى المعارضة والثورة السورية»، أمس، التوصّل إلى «خارطة طريق» لإنقاذ سوريا تضمّ المبادئ الأساسية للتسوية السياسية، على أن تجري المصادقة عليها من قبل مرجعياتهما، وذلك في ختام مباحثاتهما في العاصمة البلجيكية بروكسل التي بدأت الأربعاء الماضي.", "syria"),
		nil, discovered("org", "هيئة التنسيق الوطنية السورية")), "أمس")
	agreed := dated(withEntities(at("2015-07-24", "agreement", "01356", "اتفق وفدا الائتلاف وهيئة التنسيق الوطنية لقوى التغيير الديمقراطي (معارضة الداخل) في بروكسل أمس على خارطة طريق مشتركة لإنقاذ سوريا، تضم المبادئ الأساسية للتسوية السياسية للأزمة.", "brussels", "syria"),
		nil, discovered("org", "هيئة التنسيق الوطنية")), "أمس")
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"al-Abadi's reforms, statement and cabinet meeting: one", [][]Event{{reforms}, {cabinet}}, 1, nil},
		{"the same, the meeting first: one", [][]Event{{cabinet}, {reforms}}, 1, nil},
		{"Kerry on Israel and on meeting Lavrov: two", [][]Event{{israel}, {lavrov}}, 2, nil},
		{"the roadmap, statement and agreement, the body named two ways: one", [][]Event{{announced}, {agreed}}, 1, nil},
		{"the same, the agreement first: one", [][]Event{{agreed}, {announced}}, 1, nil},
	})
	got := mergeArticles(t, lx, testPlaces, [][]Event{{announced}, {agreed}})
	if len(got) == 1 && got[0].Type != "agreement" {
		t.Errorf("roadmap: type %s, want agreement (a statement does not vote)", got[0].Type)
	}
}

// TestOrgVariant: one organization's name with and without the relative
// adjectives that end it; other words added make another body.
func TestOrgVariant(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	m := NewMerger()
	m.SetLexicon(lx)
	org := func(name string) Entity { return discovered("org", name)[0] }
	for _, tc := range []struct {
		a, b Entity
		want bool
	}{
		{org("هيئة التنسيق الوطنية السورية"), org("هيئة التنسيق الوطنية"), true},
		{org("الاتحاد الدولي السويسري"), org("الاتحاد الدولي"), true},
		{org("الاتحاد الدولي للسباحة"), org("الاتحاد الدولي"), false},
		{org("وزارة الصحة"), org("وزارة الصحة"), false}, // one id: not two names
		{org("الهيئة"), org("الهيئة السعودية"), false},  // one word: too little
		{Entity{ID: "saudi-health-ministry", NameAr: "وزارة الصحة"}, Entity{ID: "moh-2", NameAr: "وزارة الصحة السعودية"}, false},
	} {
		if got := m.orgVariant(tc.a, tc.b); got != tc.want {
			t.Errorf("orgVariant(%s, %s) = %v, want %v", tc.a.NameAr, tc.b.NameAr, got, tc.want)
		}
	}
}

// TestMergerTodayCopies: two outlets' copies of one sentence, each dated by
// its today to two days one after the other, are one event (todayCopies):
// FIFA's pots for the World Cup draw "التي تسحب اليوم (الجمعة)" in alriyadh
// and "اليوم السبت" in alyaum (SaudiNewsNet 2015-07-25 articles 00910 and
// 01294, pair 2 of the eleventh round). Not one outlet's two days of a
// daily report (sabq's MERS counts of 2015-07-31 articles 02107 and 02182),
// nor reports whose outlets are unknown (no addresses).
func TestMergerTodayCopies(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	fifa := []Entity{{ID: "fifa", NameEn: "FIFA", NameAr: "الاتحاد الدولي لكرة القدم"}}
	moh := []Entity{{ID: "saudi-health-ministry", NameEn: "Saudi Ministry of Health", NameAr: "وزارة الصحة"}}
	report := func(date, doc, url, timeText, text string, orgs []Entity) Event {
		e := dated(withEntities(at(date, "statement", doc, text, "russia"), nil, orgs), timeText)
		if url != "" {
			e.URLs = []string{url}
		}
		return e
	}
	friday := report("2015-07-24", "00910", "http://www.alriyadh.com/1067745", "اليوم (الجمعة)", testshared.Passage(t, "snn-2015-07-25-00910", "أعلن الاتحاد الدولي", "في المستوى الثاني."), fifa)
	saturday := report("2015-07-25", "01294", "http://www.alyaum.com/article/4080068", "اليوم السبت", testshared.Passage(t, "snn-2015-07-25-01294", "أعلن الاتحاد الدولي", "في المستوى الثاني."), fifa)
	unknown := func(e Event) Event {
		e.URLs = nil
		return e
	}
	thursday := report("2015-07-30", "02107", "http://sabq.org/ubDgde", "اليوم الخميس", testshared.Passage(t, "snn-2015-07-31-02107", "ماجد الرفاعي- سبق-", "تماثلوا للشفاء اليوم."), moh)
	nextDay := report("2015-07-31", "02182", "http://sabq.org/SeDgde", "اليوم الجمعة", testshared.Passage(t, "snn-2015-07-31-02182", "ماجد الرفاعي- سبق-", "24 ساعة الماضية."), moh)
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"FIFA's pots, today Friday and today Saturday in two papers: one", [][]Event{{friday}, {saturday}}, 1, []string{"2015-07-24"}},
		{"the same, Saturday's first: one", [][]Event{{saturday}, {friday}}, 1, []string{"2015-07-25"}},
		{"the same without addresses: two", [][]Event{{unknown(friday)}, {unknown(saturday)}}, 2, nil},
		{"sabq's MERS counts of Thursday and Friday: two", [][]Event{{thursday}, {nextDay}}, 2, nil},
	})
}
