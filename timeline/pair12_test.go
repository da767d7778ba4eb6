package timeline

import (
	"slices"
	"testing"
)

// TestLeadFutureInWarning: a future verb in what a warning says ("محذرا
// ... من أن ... سيؤدي") is what the warning is about, not when it was
// given: the undated lead is still dated by the article. SaudiNewsNet
// 2015-08-06 article 02969 (okaz: Obama warns Congress that rejecting the
// Iran deal means war) gave no row before, so it never joined the other
// papers' report of the speech. A future verb after a refusal with no
// "that" between them is still the clause's future: the lead of 2015-08-02
// article 01103 (al-Ittihad "will not file a complaint but will seek to
// sue") gives no row.
func TestLeadFutureInWarning(t *testing.T) {
	x, asm := builtinAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"a warning of what will follow (article 02969)",
			"أوباما: رفض الاتفاق النووي يعني الحرب\n\nدافع الرئيس الأمريكي باراك أوباما عن الاتفاق مع إيران حول برنامجها النووي، محذرا المشرعين الأمريكيين من أن رفض الحلول الدبلوماسية سيؤدي إلى الحرب ويهدد مصداقية الولايات المتحدة.",
			"2015-08-06", "agreement 2015-08-06"},
		{"a refusal then a plan, no that (article 01103 of 2015-08-02)",
			"الاتحاد يقاضي البرتغاليين على «كوبري المولد»\n\nويتضمن الرد الاتحادي تمسك النادي بأحقيته ونظامية قيده للاعب سعيد المولد في الكشوفات الاتحادية، ولن تتقدم إدارة النادي بأي شكوى ضد اللاعب بل ستسعى لمقاضاة النادي البرتغالي.",
			"2015-08-02", ""},
	})
}

// TestMergerPlannedDone: one paper announces a day's event ("يدشن ... مساء
// اليوم"), another tells it done ("دشن"): one event, told as happened, in
// either order. Two friendlies of one team in one camp (the fourth planned
// for the day, the third told as a draw) share the team and the camp's
// words but not enough of their own: two events. Sentences of SaudiNewsNet
// 2015-08-06 (articles 00747 and 03135, the minister of social affairs opens
// the research centre's new building) and 2015-08-02 (00777 and 01079,
// al-Taawoun in Horst) as the rows of tarikh events give them.
func TestMergerPlannedDone(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	qasabi := Entity{ID: "per:ماجد بن عبدالله القصبي", NameAr: "ماجد بن عبدالله القصبي"}
	plan := people(at("2015-08-06", "launch", "a", "يدشن معالي الدكتور ماجد بن عبد الله القصبي وزير الشؤون الاجتماعية ورئيس مجلس إدارة المركز الوطني للدراسات والبحوث الاجتماعية مساء اليوم المقر الجديد للمركز، والكائن في حي الروضة بمدينة الرياض.", "riyadh"), qasabi)
	plan.Status = Planned
	done := people(at("2015-08-06", "launch", "b", "سبق-الرياض: دشن وزير الشؤون الاجتماعية الدكتور ماجد بن عبدالله القصبي رئيس مجلس إدارة المركز الوطني للدراسات والبحوث الاجتماعية، المقر الجديد للمركز في حي الروضة بمدينة الرياض.", "riyadh"), qasabi)
	fourth := withOrgs(at("2015-08-02", "match", "c", "ينازل الفريق الأول لكرة القدم بنادي التعاون مساء اليوم، إيجلز الهولندي في مباراته الودية الرابعة والأخيرة خلال معسكره الحالي المقام بمدينة هورست الهولندية تحضيرا لمنافسات الموسم المقبل.", "horst"), "al-taawoun")
	fourth.Status = Planned
	third := withOrgs(at("2015-08-02", "match", "d", "تعادل الفريق الأول بنادي التعاون سلبياً مع نادي نيس الهولندي في ثالث محطاته التجريبية في معسكره الحالي في مدينة هورست الهولندية، ودخل المدير الفني البرتغالي جوميز لهذه المواجهة بالأسماء الأساسية.", "horst"), "al-taawoun", "org:نيس")
	for _, tc := range []struct {
		name     string
		articles [][]Event
		want     []Status
	}{
		{"planned then done: one event, happened", [][]Event{{plan}, {done}}, []Status{Happened}},
		{"done then planned: one event, happened", [][]Event{{done}, {plan}}, []Status{Happened}},
		{"a team's next friendly and its last one: two events", [][]Event{{fourth}, {third}}, []Status{Planned, Happened}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mergeArticles(t, lx, testPlaces, tc.articles)
			var st []Status
			for _, e := range got {
				st = append(st, e.Status)
			}
			if !slices.Equal(st, tc.want) {
				t.Errorf("statuses %v, want %v", st, tc.want)
			}
		})
	}
}
