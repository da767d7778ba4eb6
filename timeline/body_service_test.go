package timeline

import (
	"context"
	"testing"
	"time"
)

// Regional bodies written without their region (الشؤون الصحية, found by
// discovery as one id for every region) are services in types.yaml: shared
// alone, they do not make two reports of one day one event. The sentences
// are from SaudiNewsNet 2015-07-21 (a development day, not held out).
func TestMergerBodyService(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	const health = "org:الشوون_الصحيه"
	say := func(doc, text string) Event {
		e := withOrgs(dated(at("2015-07-20", "statement", doc, text), "أمس"), health)
		e.Organizations[0].NameAr = "الشؤون الصحية"
		return e
	}
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"two regions' health affairs, one day, two matters: two events", [][]Event{
			// 2015-07-21-01521 (Mecca: an inquiry into a child found dead)
			// and -02404 (Qassim: hospitals on alert after a bus crash).
			{say("a", "وجهت الشؤون الصحية بمنطقة مكة المكرمة بتشكيل لجنة للتحقيق وبشكل عاجل بعد العثور يوم أمس على طفلة متوفاة في طوارئ مستشفى الملك فيصل بالششة")},
			{say("b", "أعلنت الشؤون الصحية بمنطقة القصيم حالة الطوارئ في مستشفيات المنطقة لإسعاف 50 مصابا فجر أمس في حادث انقلاب حافلة على طريق الرياض القصيم.")},
		}, 2, nil},
	})
}

// TestBodyServiceIDs checks that the body services of types.yaml are the ids
// discovery gives those bodies: the ids are written in the data by hand, and
// a change of normalization would otherwise leave them matching nothing.
func TestBodyServiceIDs(t *testing.T) {
	x, _ := discoverAssembler(t)
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"الشؤون الصحية", "المديرية العامة للشؤون الصحية", "إدارة التعليم", "إدارة التربية والتعليم", "الإدارة العامة للمرور", "الأحوال المدنية", "مكتب العمل"} {
		// The frame of 2015-07-21-02404: a body, its region, a day.
		text := "أعلنت " + name + " بمنطقة القصيم حالة الطوارئ في مستشفيات المنطقة فجر أمس."
		d, err := x.Analyze(context.Background(), text, time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range d.Mentions {
			if m.Text == name {
				found = true
				if id := m.EntityID(); !lx.services[id] {
					t.Errorf("%s: discovered as %q, which types.yaml services does not list", name, id)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention of the body in %q", name, text)
		}
	}
}
