package timeline

import "testing"

// TestLentNames: a name that an expression telling no time of the event
// claims (an age, how long, "currently") belongs to the date of its
// clause, as its event word does.
func TestLentNames(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-08-09-01071: the age in brackets claimed the detainee.
		{"an age after the name",
			"واعتقل محمد علان (30 عامًا) وهو محامي في نوفمبر من العام الماضي، حيث تم تمديد الاعتقال الاداري له مرتين بتهمة الانتماء لتنظيم الجهاد الاسلامي.",
			"2015-08-09", "نوفمبر من العام الماضي", []string{"علان"}, nil},
		// snn-2015-08-09-00302: the contract's length claimed the coach.
		{"how long a contract runs",
			"أعلن نادي تشيلسي حامل لقب الدوري الإنجليزي الممتاز لكرة القدم أمس تمديد عقد مدربه البرتغالي جوزيه مورينيو لمدة أربعة أعوام.",
			"2015-08-09", "أمس", []string{"Chelsea", "مورينيو"}, nil},
		// snn-2015-08-04-00126 (handcheck v10 797): "currently" claimed
		// the camp's town and country.
		{"a place of what is held currently",
			"وسيوجد الخبير الإنجليزي هاورد ويب اليوم (الثلاثاء) في معسكر الحكام الخارجي الذي يقام حاليًا في مدينة برنو في جمهورية التشيك، وسيبدأ مهامه العملية حتى نهاية المعسكر.",
			"2015-08-04", "اليوم (الثلاثاء)", []string{"هاورد ويب", "برنو", "Czech"}, nil},
	})
}
