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

// TestLeadDoer: an organization of a clause with no date before the first
// dated one does what the next clause tells when that clause opens with the
// subject's "that it": the subject of the clause's verb, or a spokesman's
// organization. The speaker himself stays out.
func TestLeadDoer(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-08-06-03143: the Mecca police's arrest, told by its
		// spokesman.
		{"a spokesman's police",
			"وأوضح الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد الدكتور عاطي بن عطية القرشي، أنه أمس الأربعاء، تمكنت دوريات الأمن بالعاصمة المقدسة، من ضبط ستة مواطنين تتراوح أعمارهم ما بين 16-20؛ ذلك لارتكابهم قضايا سرقة.",
			"2015-08-06", "أمس الأربعاء", []string{"Police"}, []string{"القرشي"}},
		// snn-2015-07-22-00897: the Popular Resistance says it killed
		// Houthi fighters.
		{"the subject of the clause's verb",
			"قالت المقاومة الشعبية في إقليم تهامة ، غرب اليمن ، إنها قتلت 223 عنصرًا من مسلحي ميليشيا الحوثي والقوات الموالية للرئيس المخلوع خلال 112 عملية نفذتها في محافظات الإقليم منذ إبريل الماضي.",
			"2015-07-22", "إبريل الماضي", []string{"Popular Resistance", "Houthi"}, nil},
		// snn-2015-07-22-00876: the Red Crescent's crew answered the
		// accident call.
		{"a spokesman's authority",
			"وأوضح بيشي الصرخي المتحدث باسم الهلال الأحمر السعودي بجازان إنه عند الساعة السادسة والنصف مساء أمس تلقت غرفة العمليات للهلال الأحمر بجازان بلاغاً عن وقوع حادث مروري في جبل عبس التابع لمحافظة الدائر ببني مالك.",
			"2015-07-22", "أمس", []string{"Red Crescent"}, nil},
	})
}
