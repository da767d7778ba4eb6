package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/internal/testshared"
)

// TestMergerSpokesmanMore: two papers' statements of one club's decision,
// one naming the club's media officer, are one (spokesmanMore): Dinamo
// Zagreb's rejection of Al-Ahli's bid for Soudani, told from an Algerian
// site (SaudiNewsNet 2015-07-21 article 02881) and by the club's officer
// نيكولا مازنونيتش (00734; pair 10 of the twelfth round). Not when the
// side that names more names a body more (another party to what was
// said), nor one article's two statements.
func TestMergerSpokesmanMore(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	clubs := append(discovered("org", "دينامو زغرب"), Entity{ID: "al-ahli-saudi", NameEn: "Al-Ahli (Saudi Arabia)", NameAr: "الأهلي"})
	officer := discovered("person", "نيكولا مازنونيتش")
	site := withEntities(at("2015-07-21", "statement", "02881", testshared.Passage(t, "snn-2015-07-21-02881", "كشفت تقارير", "هلال سوداني.")), nil, clubs)
	club := withEntities(at("2015-07-21", "statement", "00734", testshared.Passage(t, "snn-2015-07-21-00734", "أكد نيكولا", "لطموحات النادي الكرواتي.")), officer, clubs)
	withBody := withEntities(at("2015-07-21", "statement", "00734", club.Text), nil, append(append([]Entity(nil), clubs...), Entity{ID: "fifa", NameEn: "FIFA"}))
	sameDoc := club
	sameDoc.Docs = []string{"02881"}
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"the site's report and the officer's: one", [][]Event{{site}, {club}}, 1, nil},
		{"the same, the officer's first: one", [][]Event{{club}, {site}}, 1, nil},
		{"a body more on one side: two", [][]Event{{site}, {withBody}}, 2, nil},
		{"one article's two statements: two", [][]Event{{site, sameDoc}}, 2, nil},
	})
}

// TestMergerLaterCopy: two papers' copies of one agency sentence, one
// dated by its time word and the other, which dropped it, by its article
// days later, are one (laterCopy): the governors' orders to arm the
// National Guard "يوم أمس (السبت)" in aawsat (SaudiNewsNet 2015-07-21
// article 00102, dated 2015-07-18) and without the day in alyaum (02098,
// the file's 2015-07-21; pair 3 of the twelfth round). The row keeps the
// date the time word gives. Not when the bare copy is the earlier, nor
// copyDays days or more apart, nor in words that differ more (a daily
// report's next day).
func TestMergerLaterCopy(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	army := []Entity{{ID: "us-armed-forces", NameEn: "United States Armed Forces", NameAr: "الجيش الأمريكي"}}
	copyOf := func(date, doc, timeText, text string) Event {
		return dated(withEntities(at(date, "attack", doc, text, "florida", "louisiana", "texas"), nil, army), timeText)
	}
	dated18 := copyOf("2015-07-18", "00102", "أمس (السبت)", testshared.Passage(t, "snn-2015-07-21-00102", "أمر حكام", "بولاية تنيسي."))
	bare := copyOf("2015-07-21", "02098", "", testshared.Passage(t, "snn-2015-07-21-02098", "أمر حكام", "بولاية تنيسي."))
	early := bare
	early.Date, early.StartDate, early.EndDate = dated18.Date, dated18.StartDate, dated18.EndDate
	early.StartDate = early.StartDate.AddDate(0, 0, -3)
	early.EndDate, early.Date = early.StartDate, early.StartDate.Format("2006-01-02")
	late := bare
	late.StartDate = late.StartDate.AddDate(0, 0, copyDays-2)
	late.EndDate, late.Date = late.StartDate, late.StartDate.Format("2006-01-02")
	shorter := copyOf("2015-07-21", "02098", "", testshared.Passage(t, "snn-2015-07-21-02098", "أمر حكام", "والمنشآت الاخرى"))
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"the copy with its day and the one without: one, of the day it gives", [][]Event{{dated18}, {bare}}, 1, []string{"2015-07-18"}},
		{"the same, the bare copy first: one, of the day it gives", [][]Event{{bare}, {dated18}}, 1, []string{"2015-07-18"}},
		{"the bare copy dated before the other: two", [][]Event{{dated18}, {early}}, 2, nil},
		{"a week and more apart: two", [][]Event{{dated18}, {late}}, 2, nil},
		{"half the sentence: two", [][]Event{{dated18}, {shorter}}, 2, nil},
	})
	// A copy that kept the agency's bare today, run days later: the WTO
	// admits Kazakhstan "الاثنين" (2015-07-31 article 00088, 2015-07-27)
	// and "اليوم" (01581, the file's 2015-07-31).
	wto := []Entity{{ID: "wto", NameEn: "World Trade Organization", NameAr: "منظمة التجارة العالمية"}}
	admit := func(date, doc, timeText, text string) Event {
		return dated(withEntities(at(date, "decision", doc, text, "kazakhstan"), nil, wto), timeText)
	}
	monday := admit("2015-07-27", "00088", "الاثنين", testshared.Passage(t, "snn-2015-07-31-00088", "وافقت منظمة", "في هذه المنظمة."))
	today := admit("2015-07-31", "01581", "اليوم", testshared.Passage(t, "snn-2015-07-31-01581", "وافقت منظمة", "في هذه المنظمة."))
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"Monday's copy and the later copy of today: one, of Monday", [][]Event{{monday}, {today}}, 1, []string{"2015-07-27"}},
		{"the same, today's first: one, of Monday", [][]Event{{today}, {monday}}, 1, []string{"2015-07-27"}},
	})
}

// TestMergerHolderTie: one paper's untyped report of what a state did and
// another's typed report of the act by its head are one (holderTie,
// holderReports): "أقرت الإمارات أمس قانونا تاريخيا" (SaudiNewsNet
// 2015-07-21 article 00050, no event word, the place United Arab Emirates)
// and Sheikh Khalifa's decree-law told by okaz (02536, a decision; pair 6
// of the twelfth round). Not another state's (Qatar), nor on one day with
// few words in common (the decree and a reception by Khalifa), nor in one
// article.
func TestMergerHolderTie(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	khalifa := []Entity{{ID: "khalifa-bin-zayed", NameEn: "Khalifa bin Zayed Al Nahyan", NameAr: "خليفة بن زايد آل نهيان"}}
	state := func(id, doc string) Event {
		e := dated(at("2015-07-20", "other", doc, testshared.Passage(t, "snn-2015-07-21-00050", "أقرت الإمارات", "وطرق التعبير.")), "أمس")
		e.Places = []Entity{{ID: id, NameEn: id}}
		return e
	}
	decree := withEntities(at("2015-07-20", "decision", "02536", testshared.Passage(t, "snn-2015-07-21-02536", "أصدر رئيس دولة", "وطرق التعبير.")), khalifa, nil)
	reception := withEntities(at("2015-07-20", "decision", "02536", "أصدر الشيخ خليفة بن زايد آل نهيان رئيس دولة الإمارات قرارا بتعيين سفير جديد للدولة."), khalifa, nil)
	runMergeCases(t, lx, g, []mergeCase{
		{"the UAE's law and Khalifa's decree: one", [][]Event{{state("country-ae", "00050")}, {decree}}, 1, nil},
		{"the same, the decree first: one", [][]Event{{decree}, {state("country-ae", "00050")}}, 1, nil},
		{"Qatar's law and Khalifa's decree: two", [][]Event{{state("country-qa", "00050")}, {decree}}, 2, nil},
		{"the law and another decree of Khalifa: two", [][]Event{{state("country-ae", "00050")}, {reception}}, 2, nil},
		{"one article's: two", [][]Event{{state("country-ae", "02536")}, {decree}}, 2, nil},
	})
	got := mergeArticles(t, lx, g, [][]Event{{state("country-ae", "00050")}, {decree}})
	if len(got) == 1 && got[0].Type != "decision" {
		t.Errorf("type %s, want decision", got[0].Type)
	}
}
