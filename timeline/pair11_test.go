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
