package timeline

import "testing"

// The sentences below are from SaudiNewsNet articles of 2015-08-02 and
// 2015-08-03 (development days, not held out); the notes say which.

func TestMergerSameSpeaker(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	mourinho := Entity{ID: "jose-mourinho", NameEn: "José Mourinho", NameAr: "جوزيه مورينيو"}
	musaed := Entity{ID: "per:عبدالله بن مساعد", NameAr: "عبدالله بن مساعد"}
	say := func(date, doc, text string, p Entity, orgs ...string) Event {
		return withOrgs(people(dated(at(date, "statement", doc, text), "السبت"), p), orgs...)
	}
	// 2015-08-02-00648 (alriyadh) and -00278 (aleqt).
	falcao1 := say("2015-08-01", "a", "قال جوزيه مورينيو مدرب تشيلسي بطل الدوري الانجليزي الممتاز لكرة القدم السبت إنه قد يلجأ إلى اللعب بمهاجمين اثنين إذ يوفر المهاجم الكولومبي رادامل فالكاو خيارات أكثر بعد انضمامه على سبيل الإعارة من موناكو.", mourinho, "chelsea", "premier-league")
	falcao2 := say("2015-08-01", "b", "أعرب البرتغالي جوزيه مورينيو المدير الفني لفريق تشيلسي الانجليزي لكرة القدم اليوم السبت عن سعادته بمستوى المهاجم الكولومبي رادميل فالكاو، المنضم حديثا إلى صفوف الفريق اللندني.", mourinho, "chelsea")
	// 2015-08-03-00623: the coach on the Community Shield, dated here
	// as if said the same day.
	shield := say("2015-08-01", "c", "يرى جوزيه مورينيو المدير الفني لفريق تشيلسي الإنجليزي لكرة القدم أن فريقه قدم مباراة جيدة على الرغم من خسارته من أرسنال بهدف نظيف في مباراة الدرع الخيرية (كأس السوبر الإنجليزي)", mourinho, "chelsea", "arsenal")
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"one coach's words on Falcao told by two papers: one statement", [][]Event{{falcao1}, {falcao2}}, 1, nil},
		{"one coach's words on two matters, one day: two statements", [][]Event{{falcao2}, {shield}}, 2, nil},
		{"one official's initiative told by two papers: one statement", [][]Event{
			// 2015-08-03-00790 (alwatan) and -00988 (alyaum).
			{say("2015-08-02", "a", "كشف الرئيس العام لرعاية الشباب، رئيس اللجنة الأولمبية السعودية الأمير عبدالله بن مساعد عن مبادرة قدمها للاتحاد السعودي لكرة القدم، بوضع عدة إجراءات على الأندية تهدف إلى الحد من ديونها.", musaed, "saudi-olympic-committee", "saff")},
			{say("2015-08-02", "b", "أكّد الرئيس العام لرعاية الشباب الأمير عبدالله بن مساعد قلقه البالغ من تزايد الديون لدى الأندية في دوري عبداللطيف جميل في الفترة الأخيرة.", musaed)},
		}, 1, nil},
	})
}

func TestMergerServiceTie(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	cd := "saudi-civil-defense"
	fire := func(date, doc, text string, places ...string) Event {
		e := withOrgs(dated(at(date, "accident", doc, text, places...), "الخميس"), cd)
		e.Organizations[0].NameAr = "الدفاع المدني"
		return e
	}
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"two fires of one day, each told by the civil defence: two events", [][]Event{
			// 2015-08-01-00619 (a block of flats in Jeddah) and -00909
			// (a warehouse in Khobar; this sentence names no place).
			{fire("2015-07-30", "a", "وأكد نائب المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة المقدم محمد بن عثمان القرني انه ورد بلاغ إلى مركز التحكم والتوجيه بالإدارة العامة للدفاع المدني بمحافظة جدة ظهر امس الخميس يفيد بوقوع حريق داخل عمارة سكنية بحي النسيم", "jeddah")},
			{fire("2015-07-30", "b", "وتشير المعلومات الأولية إلى أن الحريق شب في الرابعة من عصر أمس الأول الخميس واستمر حتى الثانية من فجر أمس الجمعة، كما ساعدت سرعة الرياح المتوسطة وبعض المواد المختلفة في المستودع والورش القابلة للاشتعال في تطور الحريق")},
		}, 2, nil},
		{"one rescue told by two papers, the civil defence in both: one event", [][]Event{
			// 2015-08-02-00549 and -00850 (a worker's hand in a meat
			// grinder in Tanomah).
			{fire("2015-08-02", "a", "تبلغت غرفة عمليات الدفاع المدني في عسير عن حالة احتجاز يد عامل مصري بداخل فرامة لحم بأحد الأسواق المركزية بمحافظة تنومة شمال منطقة عسير، وتم انتقال فرقة انقاذ للموقع والتعامل مع الحالة وإخراج يد العامل بعد تأثرها بإصابات بالغة.", "asir")},
			{fire("2015-08-02", "b", "نجحت فرق الدفاع المدني بعسير في تحرير يد عامل مصري احتجزت داخل فرامة لحم بأحد الأسواق المركزية بتنومة.", "asir")},
		}, 1, nil},
	})
}
