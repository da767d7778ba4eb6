package timeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// The sentences below are short excerpts of SaudiNewsNet articles of
// 2015-08-06 (a development day, not held out), as the rows of tarikh
// events give them; the notes say which articles.

// dated is at with the time word the report dated it by ("" for the
// article's own date).
func dated(e Event, timeText string) Event {
	e.TimeText = timeText
	return e
}

// people is e with the people ps added.
func people(e Event, ps ...Entity) Event {
	e.People = append(e.People, ps...)
	return e
}

func TestMergerCloseReports(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	places := mapPlaces{"najran": {"sa"}, "asir": {"sa"}, "taif": {"sa"},
		"rafah-gaza": {"gaza"}, "rafah-egypt": {"north-sinai", "eg"}}
	ghafis := Entity{ID: "per:ناصر الغفيص", NameEn: "ناصر الغفيص", NameAr: "ناصر الغفيص"}
	ghafisFull := Entity{ID: "per:علي بن ناصر الغفيص", NameEn: "علي بن ناصر الغفيص", NameAr: "علي بن ناصر الغفيص"}
	kingAbdullah := Entity{ID: "abdullah-bin-abdulaziz", NameEn: "King Abdullah", NameAr: "عبدالله بن عبدالعزيز"}
	rabeeah := Entity{ID: "per:عبدالله بن عبدالعزيز الربيعة", NameEn: "عبدالله بن عبدالعزيز الربيعة", NameAr: "عبدالله بن عبدالعزيز الربيعة"}
	faisal := Entity{ID: "per:فيصل بن خالد بن عبدالعزيز", NameAr: "فيصل بن خالد بن عبدالعزيز"}
	mubti := Entity{ID: "per:عبدالله بن سعيد المبطي", NameAr: "عبد الله بن سعيد المبطي"}
	saeed := Entity{ID: "per:عبدالله سعيد", NameAr: "عبدالله سعيد"}
	// Named in another paper's report of the reception, merged first.
	qarni := Entity{ID: "per:عبدالله بن مجدوع القرني", NameAr: "عبدالله بن مجدوع القرني"}
	// The headline's verb glued to the emir's name by name discovery.
	faisalGlued := Entity{ID: "per:فيصل بن خالد يجتمع", NameAr: "فيصل بن خالد يجتمع"}
	tests := []mergeCase{
		{"a headline and another paper's sentence: one signing", [][]Event{
			// 03022 (headline) and 01791 (first sentence).
			{at("2015-08-06", "agreement", "a", `السعودية و"جزر فيجي" تتفقان على إقامة علاقات دبلوماسية`, "fiji")},
			{at("2015-08-06", "agreement", "b", testshared.Passage(t, "snn-2015-08-06-03022", "أقامت المملكة العربية", "جمهورية جزر فيجي")+
				"، ووقع معالي"+
				testshared.Passage(t, "snn-2015-08-06-03022", " المندوب الدائم للمملكة", "المتحدة في نيويورك")+
				" السفير عبدالله بن يحيى المعلمي"+
				" على اتفاقية إقامة العلاقات الدبلوماسية", "sa", "fiji", "new-york")},
		}, 1, nil},
		{"one emir's receptions of two guests told by one template: two events", [][]Event{
			// 01071 and 01781 (no guest's name was found in either).
			{at("2015-08-05", "meeting", "a", "استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبد العزيز أمير منطقة عسير صباح أمس بمكتبه بالإمارة رئيس مجلس إدارة غرفة أبها المهندس عبد الله بن سعيد المبطي وأعضاء مجلس الإدارة", "asir")},
			{at("2015-08-05", "meeting", "b", "استقبل صاحب السمو الملكي الأمير فيصل بن خالد ابن عبدالعزيز أمير منطقة عسير صباح أمس بمكتبه بالإمارة مساعد مدير الأمن العام لشئون الأمن اللواء جمعان الغامدي الذي يزور المنطقة حالياً", "asir")},
		}, 2, nil},
		{"undated in one paper, yesterday in another: one visit, on the day before", [][]Event{
			// 01782 (no time word: the article's date) and 02133 (أمس).
			{dated(at("2015-08-06", "meeting", "a", testshared.Passage(t, "snn-2015-08-06-01782", "تفقد صاحب السمو", "الشعب اليمني وسلامته."), "najran"), "")},
			{dated(at("2015-08-05", "meeting", "b", testshared.Passage(t, "snn-2015-08-06-02133", "اطلع أمير منطقة", "الشعب اليمني وسلامته"), "najran"), "أمس")},
		}, 1, []string{"2015-08-05"}},
		{"a bare today (a copied agency story) in one paper, yesterday in another: one visit, on the day before", [][]Event{
			{dated(at("2015-08-06", "meeting", "a", testshared.Passage(t, "snn-2015-08-06-01782", "تفقد صاحب السمو", "الشعب اليمني وسلامته."), "najran"), "اليوم")},
			{dated(at("2015-08-05", "meeting", "b", testshared.Passage(t, "snn-2015-08-06-02133", "اطلع أمير منطقة", "الشعب اليمني وسلامته"), "najran"), "أمس")},
		}, 1, []string{"2015-08-05"}},
		{"today with its weekday in one paper, yesterday in another: two events", [][]Event{
			{dated(at("2015-08-06", "meeting", "a", testshared.Passage(t, "snn-2015-08-06-01782", "تفقد صاحب السمو", "الشعب اليمني وسلامته."), "najran"), "اليوم الخميس")},
			{dated(at("2015-08-05", "meeting", "b", testshared.Passage(t, "snn-2015-08-06-02133", "اطلع أمير منطقة", "الشعب اليمني وسلامته"), "najran"), "أمس")},
		}, 2, nil},
		{"undated, and two days before: two events", [][]Event{
			{dated(at("2015-08-06", "meeting", "a", testshared.Passage(t, "snn-2015-08-06-01782", "تفقد صاحب السمو", "الشعب اليمني وسلامته."), "najran"), "")},
			{dated(at("2015-08-04", "meeting", "b", testshared.Passage(t, "snn-2015-08-06-02133", "اطلع أمير منطقة", "عبدالعزيز بن مساعد ")+
				"أول"+
				testshared.Passage(t, "snn-2015-08-06-02133", " أمس على سير", "الشعب اليمني وسلامته"), "najran"), "أول أمس")},
		}, 2, nil},
		{"a crash typed killing in one report and accident in another, close words: one event", [][]Event{
			// 2015-08-06-01318 and -01450 (the second typed otherwise here).
			{at("2015-08-05", "killing", "a", "لقي 16 شرطيا حتفهم إثر تحطم طائرة مروحية في شمال شرق كولومبيا، حسبما أفاد مسؤولون أمس .", "colombia")},
			{at("2015-08-05", "accident", "b", "لقي 16 شرطيا بالأمس حتفهم إثر تحطم طائرة مروحية في شمال شرق كولومبيا.", "colombia")},
		}, 1, nil},
		{"an attack and a reaction to 'the incident' (typed accident) in one province: two events", [][]Event{
			// 2015-08-08 headlines (a development day): a reaction told
			// with حادثة is typed accident.
			{at("2015-08-08", "attack", "a", "الداخلية: منفذ تفجير مسجد الطوارئ هو يوسف السليمان .. واستشهاد 15 مصلياً", "asir")},
			{at("2015-08-08", "accident", "b", "طلابنا في ماليزيا يستنكرون حادثة «عسير» ويدعون لمحاربة الغلو والتكفير", "asir")},
		}, 2, nil},
		{"an attack and its condemnation in close words: two events", [][]Event{
			// 03120's headline and a reaction: a reaction is another event.
			{at("2015-08-06", "statement", "a", "الملك عبد الله الثاني يدين تفجير مسجد طوارئ عسير", "asir")},
			{at("2015-08-06", "attack", "b", "تفجير مسجد طوارئ عسير", "asir")},
		}, 2, nil},
		{"Rafah in Gaza and Rafah in Sinai, one day: two events", [][]Event{
			// 2015-08-06-00402 and 2015-07-24-00730 (told as if one day).
			{at("2015-08-06", "attack", "a", "قال مسؤولون في قطاع الصحة وسكان، اليوم (الخميس)، ان انفجارا أسفر عن مقتل أربعة فلسطينيين واصابة 30 آخرين في مدينة رفح بجنوب قطاع غزة على الحدود مع مصر.", "rafah-gaza")},
			{at("2015-08-06", "attack", "b", "أعلن المتحدث العسكري باسم الجيش المصري، أمس، عن مقتل ضابط وثلاثة جنود وإصابة ثلاثة آخرين، إثر انفجار عبوة ناسفة برفح في شمال سيناء.", "rafah-egypt")},
		}, 2, nil},
		{"one man discovered under two spellings: one meeting", [][]Event{
			{people(at("2015-08-03", "meeting", "a", "استقبل أمير منطقة عسير محافظ المؤسسة العامة للتدريب التقني والمهني", "asir"), ghafis)},
			{people(at("2015-08-03", "meeting", "b", "التقى محافظ التدريب التقني الدكتور علي بن ناصر الغفيص أمير منطقة عسير", "asir"), ghafisFull)},
		}, 1, nil},
		{"the lead of a paper with no time word and another paper's yesterday, after the emir's hospital visit of the day: the reception", [][]Event{
			// 2015-08-06-02086 (its hospital visit of اليوم and its lead,
			// the reception with no time word) and -01071 (أمس): the
			// reception joins the other paper's, not the visit.
			{people(dated(at("2015-08-05", "meeting", "a", "استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبد العزيز أمير منطقة عسير صباح أمس بمكتبه بالإمارة رئيس مجلس إدارة غرفة أبها المهندس عبد الله بن سعيد المبطي وأعضاء مجلس الإدارة.", "asir", "abha"), "أمس"), faisal, mubti, qarni)},
			{people(dated(at("2015-08-06", "meeting", "b", "زار صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير بعد ظهر اليوم ، المصابين من منسوبي قوات الطوارئ الخاصة، الذين يتلقون العلاج في مستشفى عسير المركزي", "asir"), "اليوم"), faisal),
				people(dated(at("2015-08-06", "meeting", "b", testshared.Passage(t, "snn-2015-08-06-02086", "استقبل الأمير فيصل", "به الغرفة التجارية الصناعية في أبها"), "asir", "abha"), ""), faisal, saeed, faisalGlued)},
		}, 2, []string{"2015-08-05", "2015-08-06"}},
		{"a known name inside a discovered one with another family name: two events", [][]Event{
			{people(at("2015-08-03", "meeting", "a", "sentence of a", "asir"), kingAbdullah)},
			{people(at("2015-08-03", "meeting", "b", "sentence of b", "asir"), rabeeah)},
		}, 2, nil},
	}
	runMergeCases(t, lx, places, tests)
}

func TestFoldName(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"ناصر الغفيص", "علي بن ناصر الغفيص", true},
		{"رفائيل دا سيلفا", "رافايل دا سيلفا", true},
		{"محمد بن سلمان", "محمد بن سلمان بن عبدالعزيز", false}, // another last word: no
		{"Mohammed Morsi", "Muhammad Morsi", true},
		{"عبدالله بن عبدالعزيز", "عبدالله بن عبدالعزيز الربيعة", false},
		{"الغفيص", "ناصر الغفيص", false},                            // one word is too little
		{"عبد الله بن سعيد المبطي", "عبدالله بن سعيد المبطي", true}, // 2015-08-06-01071, -02086
		{"فيصل بن خالد بن عبد العزيز", "فيصل بن خالد بن عبدالعزيز", true},
	}
	nf, err := loadNameFold()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		if got := foldedMatch(foldName(nf, tc.a), foldName(nf, tc.b)); got != tc.same {
			t.Errorf("foldedMatch(%q, %q) = %v, want %v (%q, %q)", tc.a, tc.b, got, tc.same, foldName(nf, tc.a), foldName(nf, tc.b))
		}
	}
}

func TestCompatibleTypes(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"attack", "accident", true},
		{"strike", "death", true}, // through their families
		{"meeting", "visit", true},
		{"meeting", "agreement", true},
		{"attack", "statement", false},
		{"meeting", "attack", false},
		{"other", "attack", false},
	} {
		if got := lx.Compatible(tc.a, tc.b); got != tc.want {
			t.Errorf("Compatible(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	if g := lx.mergeGroup("death"); g != lx.mergeGroup("attack") {
		t.Errorf("death is in group %s, attack in %s", g, lx.mergeGroup("attack"))
	}
	tf := &typesFile{Types: []string{"attack", "statement", "other"}, Statement: "statement", Other: "other",
		Compatible: [][2]string{{"attack", "statement"}}}
	if _, err := buildLexicon(tf, nil); err == nil {
		t.Error("a statement compatible with a type was accepted")
	}
}

// TestMergerCloseFirst checks that a report joins the event told in the
// closest words before one that only shares a participant, and that two
// leads of unequal length sharing most of the shorter one's words are
// close (containShare), whatever the report's own headline joined.
// Sentences of SaudiNewsNet 2015-08-06 (development pairs 2 and 10 of
// docs/handcheck/dev-pairs-0806.csv).
func TestMergerCloseFirst(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	places := mapPlaces{"najran": {"sa"}, "cairo": {"eg"}}
	jalawi := Entity{ID: "per:جلوي بن عبدالعزيز بن مساعد", NameAr: "جلوي بن عبدالعزيز بن مساعد"}
	salman := Entity{ID: "king-salman", NameEn: "King Salman", NameAr: "الملك سلمان"}
	isis := Entity{ID: "isis", NameEn: "Islamic State"}
	tests := []struct {
		name     string
		articles [][]Event
		together [2]string // docs one row must hold
		wantRows int
	}{
		{"yesterday's lead joins the undated lead it shares most words with, not the emir's reception of that day", [][]Event{
			// 01089: the emir's reception of citizens in Sharurah (أمس).
			{people(dated(at("2015-08-05", "meeting", "a", "وقال سموه خلال استقباله للمواطنين"+
				" في مقر محافظة شرورة أمس"+
				":"+
				testshared.Passage(t, "snn-2015-08-06-02868", " «جئنا اليوم لتفقد", "مواقعنا إلا لخدمتكم")+
				"»"), "أمس"), jalawi)},
			// 01782: the crossing, no time word (the article's date).
			{people(dated(at("2015-08-06", "meeting", "b", testshared.Passage(t, "snn-2015-08-06-01782", "تفقد صاحب السمو", "الشعب اليمني وسلامته."), "najran"), ""), jalawi)},
			// 02133: the crossing, أمس, a longer sentence.
			{people(dated(at("2015-08-05", "meeting", "c", testshared.Passage(t, "snn-2015-08-06-02133", "اطلع أمير منطقة", "في أرجاء المعمورة"), "najran"), "أمس"), jalawi, salman)},
		}, [2]string{"b", "c"}, 2},
		{"yesterday's lead joins another paper's close lead, not the row its own headline joined first", [][]Event{
			{people(dated(at("2015-08-05", "meeting", "a", "وقال سموه خلال استقباله للمواطنين"+
				" في مقر محافظة شرورة أمس"+
				":"+
				testshared.Passage(t, "snn-2015-08-06-02868", " «جئنا اليوم لتفقد", "مواقعنا إلا لخدمتكم")+
				"»"), "أمس"), jalawi)},
			{people(dated(at("2015-08-06", "meeting", "b", testshared.Passage(t, "snn-2015-08-06-01782", "تفقد صاحب السمو", "الشعب اليمني وسلامته."), "najran"), ""), jalawi)},
			// 02133: its headline, dated by its lead's أمس with no time
			// word of its own, then the lead.
			{people(dated(at("2015-08-05", "visit", "c", "أمير نجران: يتفقد منفذ الوديعة", "najran"), ""), jalawi, salman),
				people(dated(at("2015-08-05", "meeting", "c", testshared.Passage(t, "snn-2015-08-06-02133", "اطلع أمير منطقة", "في أرجاء المعمورة"), "najran"), "أمس"), jalawi, salman)},
		}, [2]string{"b", "c"}, 2},
		{"one threat told in a short and a long sentence: one event", [][]Event{
			// 01328 and 02421: only a broad actor in common.
			{orgsOf(dated(at("2015-08-05", "killing", "a", "هدد الفرع المصري لتنظيم داعش أمس الأربعاء بإعدام كرواتي خطف في القاهرة الشهر الماضي في غضون 48 ساعة في حال لم تطلق الحكومة المصرية سراح «مسلمات» معتقلات."), "أمس الأربعاء"), isis)},
			{orgsOf(dated(at("2015-08-05", "killing", "b", `بث الفرع المصري لتنظيم داعش شريط فيديو الأربعاء، يهدد فيه بإعدام كرواتي يعمل في شركة فرنسية، خطفه التنظيم نهاية يوليو في احدى ضواحي القاهرة ، وفي الفيديو الذي نشره الجهاديون على اللإنترنت، يظهر الكرواتي راكعا امام رجل ملثم يحمل سكينا، ويقول وهو يقرأ ورقة ان خاطفيه سيعدمونه في غضون 48 ساعة اذا لم تطلق الحكومة المصرية سراح "نساء مسلمات" معتقلات.`), "الأربعاء"), isis)},
		}, [2]string{"a", "b"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mergeArticles(t, lx, places, tc.articles)
			if len(got) != tc.wantRows {
				t.Errorf("got %d rows, want %d", len(got), tc.wantRows)
			}
			for _, e := range got {
				if slices.Contains(e.Docs, tc.together[0]) && slices.Contains(e.Docs, tc.together[1]) {
					return
				}
			}
			t.Errorf("no row holds both %v: %+v", tc.together, got)
		})
	}
}

// TestFoldNameWords checks which words foldName drops or joins, as
// names.yaml's name_links, name_halves and article say: a name's link to a
// father or family is no word of it.
func TestFoldNameWords(t *testing.T) {
	nf, err := loadNameFold()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, want string }{
		{"علي بن ناصر الغفيص", "عل نصر غفص"},
		{"الأمير محمد بن نايف آل سعود", "مر محمد نف سعد"},
		{"عبد الله بن سعيد المبطي", "عبدلله سعد مبط"},
		{"Mohammed bin Salman", "mhmmd slmn"},
	} {
		if got := strings.Join(foldName(nf, tc.name), " "); got != tc.want {
			t.Errorf("foldName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// mergeCase is articles' events to merge, the number of rows they make
// and the first rows' dates.
type mergeCase struct {
	name      string
	articles  [][]Event
	wantRows  int
	wantDates []string
}

// runMergeCases merges each case's articles with lx and places and checks
// its rows.
func runMergeCases(t *testing.T, lx *Lexicon, places Places, tests []mergeCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mergeArticles(t, lx, places, tc.articles)
			if len(got) != tc.wantRows {
				t.Fatalf("got %d rows, want %d: %+v", len(got), tc.wantRows, got)
			}
			for i, d := range tc.wantDates {
				if got[i].Date != d {
					t.Errorf("row %d: date %s, want %s", i, got[i].Date, d)
				}
			}
		})
	}
}

// mergeArticles merges each article's events, in order, with the lexicon
// and places given, and returns the merged rows.
func mergeArticles(t *testing.T, lx *Lexicon, places Places, articles [][]Event) []Event {
	t.Helper()
	m := NewMerger()
	m.SetLexicon(lx)
	m.SetPlaces(places)
	for _, a := range articles {
		m.Add(a)
	}
	got, err := m.Events()
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestMergerDatelineDayBefore checks that a report with no time word
// (dated by its article) and another paper's report of the day before
// are one event on strong evidence only (datelineReports): two papers,
// one type, the same person or organization named first, and close
// enough wording besides the names. Sentences of SaudiNewsNet 2015-08-02 and
// 2015-08-10 (development days), as the rows of tarikh events give them.
func TestMergerDatelineDayBefore(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	places := mapPlaces{"al-ahsa": {"sa"}, "abha": {"asir", "sa"}, "asir": {"sa"}, "riyadh": {"sa"}, "aden": {"ye"}, "jeddah": {"sa"}, "yanbu": {"sa"}}
	barrak := Entity{ID: "per:خالد البراك", NameAr: "خالد البراك"}
	abadi := Entity{ID: "haider-al-abadi", NameEn: "Haider al-Abadi", NameAr: "حيدر العبادي"}
	maliki := Entity{ID: "nouri-al-maliki", NameEn: "Nouri al-Maliki", NameAr: "نوري المالكي"}
	zayani := Entity{ID: "abdullatif-al-zayani", NameEn: "Abdullatif al-Zayani", NameAr: "عبداللطيف الزياني"}
	khuyaili := Entity{ID: "per:مبارك بن سعيد الخييلي", NameAr: "مبارك بن سعيد الخييلي"}
	saleh := Entity{ID: "ali-abdullah-saleh", NameEn: "Ali Abdullah Saleh", NameAr: "علي عبدالله صالح"}
	// The attacked mosque's name, discovered as an organization.
	mosque := Entity{ID: "org:الطوارئ", NameAr: "الطوارئ"}
	relief := Entity{ID: "king-salman-relief-centre", NameEn: "King Salman Humanitarian Aid and Relief Centre", NameAr: "مركز الملك سلمان للإغاثة والأعمال الإنسانية"}
	mishal := Entity{ID: "per:مشعل بن ماجد بن عبدالعزيز", NameAr: "مشعل بن ماجد بن عبدالعزيز"}
	shahriar := Entity{ID: "per:محمد شاهريار", NameAr: "محمد شاهريار"}
	oic := Entity{ID: "oic", NameEn: "Organisation of Islamic Cooperation", NameAr: "منظمة التعاون الإسلامي"}
	scth := Entity{ID: "scth", NameAr: "الهيئة العامة للسياحة والتراث الوطني"}
	wahib := Entity{ID: "per:يوسف الوهيب", NameAr: "يوسف الوهيب"}
	faisal := Entity{ID: "per:فيصل بن خالد بن عبدالعزيز", NameAr: "فيصل بن خالد بن عبدالعزيز"}
	fadhli := Entity{ID: "per:عبدالرحمن بن عبدالمحسن الفضلي", NameAr: "عبدالرحمن بن عبدالمحسن الفضلي"}
	sef := Entity{ID: "saudi-emergency-forces", NameEn: "Special Emergency Forces", NameAr: "قوات الطوارئ الخاصة"}
	faisalAbdullah := Entity{ID: "per:فيصل بن عبدالله ابن عبدالعزيز", NameAr: "فيصل بن عبدالله ابن عبدالعزيز"}
	bandar := Entity{ID: "per:بندر بن فيصل آل سعود", NameAr: "بندر بن فيصل آل سعود"}
	redCrescent := Entity{ID: "saudi-red-crescent", NameEn: "Saudi Red Crescent Authority", NameAr: "هيئة الهلال الأحمر السعودي"}
	// Discovered without his family name (الربيعة).
	abdullahAbdulaziz := Entity{ID: "per:عبدالله بن عبدالعزيز", NameAr: "عبدالله بن عبدالعزيز"}
	mohrej := Entity{ID: "per:عثمان المحرج", NameAr: "عثمان المحرج"}
	falih := Entity{ID: "khalid-al-falih", NameEn: "Khalid al-Falih", NameAr: "خالد الفالح"}
	tests := []mergeCase{
		{"a headline with no time word and another paper's yesterday: one visit, on the day before", [][]Event{
			// 2015-08-02-00559 (its headline) and -01048 (أمس).
			{people(dated(at("2015-08-02", "accident", "a", "البراك ينقل تحيات أمير الشرقية للعمانيين المصابين في حادث خريص"), ""), barrak)},
			{people(dated(at("2015-08-01", "accident", "b", "اطمأن وكيل محافظة الأحساء، خالد البراك، يوم أمس، على حالة المرضى العمانيين المصابين في حادث الباص قرب مركز خريص في مستشفى الملك فهد بالهفوف، ومستشفى الأمير سعود بن جلوي، تم خلال الزيارة التأكد من تقديم الخدمات العلاجية للمصابين.", "al-ahsa"), "أمس"), barrak)},
		}, 1, []string{"2015-08-01"}},
		{"yesterday first, then a lead with no time word: one session, on the day before", [][]Event{
			// 2015-08-10-00756 (أمس) and -01185 (no time word).
			{people(dated(at("2015-08-09", "meeting", "a", "وافق مجلس الوزراء العراقي بالاجماع بعد جلسة استثنائية يوم أمس على الحزمة الأولى من الاصلاحات التي قدمها رئيس الحكومة حيدر العبادي، وتضمنت الغاء مناصب نواب رئيس الجمهورية التي يشغل أحدها رئيس الوزراء السابق نوري المالكي، وذلك ردا على احتجاجات ضد الفساد والنقص في الخدمات."), "أمس"), abadi, maliki)},
			{people(dated(at("2015-08-10", "meeting", "b", "في إجراء لامتصاص الغضب الشعبي من الفساد والطائفية، أقر مجلس الوزراء العراقي في جلسة استثنائية إجراءات جديدة أعلنها رئيس الوزراء حيدر العبادي ردًا على المظاهرات التي اندلعت ضد الفساد."), ""), abadi)},
		}, 1, []string{"2015-08-09"}},
		{"a bare today (the agency's own) and yesterday: one official's two meetings stay two", [][]Event{
			// 2015-08-10-00900 (أمس) and -01579 (SPA, اليوم): another guest.
			{people(dated(at("2015-08-09", "meeting", "a", testshared.Passage(t, "snn-2015-08-10-00350", "اطلع الأمين العام", "سعيد الخييلي تنفيذها"), "riyadh"), "أمس"), zayani, khuyaili)},
			{people(dated(at("2015-08-10", "meeting", "b", testshared.Passage(t, "snn-2015-08-10-01579", "اجتمع معالي الأمين", "السعودية أورس بوهلر."), "riyadh"), "اليوم"), zayani)},
		}, 2, nil},
		{"two officials' visits to the wounded of one attack a day apart: two events", [][]Event{
			// 2015-08-10-00537 (no time word) and -01011 (أمس): they share
			// the mosque's name, discovered as an organization, and name
			// other people first.
			{people(orgsOf(dated(at("2015-08-10", "attack", "a", "نقل مدير الأمن العام الفريق عثمان المحرج للمصابين في حادث تفجير مسجد الطوارئ بعسير تحيات سمو ولي العهد وزير الداخلية ودعواته لهم بالشفاء العاجل وتأكيد سموه بأن مثل هذه المواقف تزيد رجال الأمن صلابة في وجه الأشرار والدفاع عن الوطن", "asir"), ""), mosque), mohrej)},
			{people(orgsOf(dated(at("2015-08-09", "attack", "b", "إلى ذلك، أطمأن نائب وزير الصحة أمس على المصابين من رجال الأمن في حادث تفجير مسجد الطوارئ في أبها والمنومين بمستشفى عسير المركزي، ونقل لهم تحيات وزير الصحة خالد الفالح ومنسوبي الوزارة وتمنى لهم الشفاء العاجل.", "abha"), "أمس"), mosque), falih)},
		}, 2, nil},
		{"two flights of one relief centre a day apart, close only in the centre's name: two events", [][]Event{
			// 2015-08-10-01169 (its headline, no time word) and -01455 (أمس).
			{orgsOf(dated(at("2015-08-10", "meeting", "a", "120 يمنيا عالقًا يصلون الى اليمن ضمن برنامج خصصه مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ye"), ""), relief)},
			{orgsOf(dated(at("2015-08-09", "meeting", "b", "وصلت أمس الطائرة الإغاثية السعودية السادسة إلى مطار عدن الدولي محملة بمواد غذائية تزن 11 طنا، يرافقها فريق إغاثي من مركز الملك سلمان للإغاثة والأعمال الإنسانية.", "aden"), "أمس"), relief)},
		}, 2, nil},
		{"one visiting minister received by two hosts a day apart: two events", [][]Event{
			// 2015-08-06-01572 (أمس) and -02079 (no time word): the guest
			// is named second in one and first in the other.
			{people(dated(at("2015-08-05", "meeting", "a", "استقبل صاحب السمو الملكي الأمير مشعل بن ماجد بن عبدالعزيز محافظ جدة في مكتبه أمس وزير الدولة لشؤون الخارجية لجمهورية بنغلاديش محمد شاهريار عالم، والوفد المرافق له.", "jeddah", "bd"), "أمس"), mishal, shahriar)},
			{orgsOf(people(dated(at("2015-08-06", "meeting", "b", "بحث الأمين العام لمنظمة التعاون الإسلامي إياد مدني خلال استقباله بمقر الأمانة العامة بجدة وزير الدولة للشؤون الخارجية لجمهورية بنغلاديش الشعبية محمد شاهريار عالم، مكافحة الغلو والتطرف وتعزيز العلوم والتكنولوجيا والرعاية الصحية وتخفيف معاناة مسلمي الروهينجيا.", "jeddah", "bd"), ""), shahriar), oic)},
		}, 2, nil},
		{"two sentences of one article, one with no time word: not two papers' reports", [][]Event{
			// 2015-08-06-00518.
			{orgsOf(dated(at("2015-08-06", "ceremony", "a", testshared.Passage(t, "snn-2015-08-06-00518", "في خطوة لاقت", "الوطني في المحافظة."), "yanbu"), ""), scth),
				people(orgsOf(dated(at("2015-08-05", "ceremony", "a", testshared.Passage(t, "snn-2015-08-06-00518", "من جانبه أعلن", "الأعمال وأعيان المحافظة")), "يوم الأربعاء"), scth), wahib)},
		}, 2, nil},
		{"one emir's opening of a building and his order to stop a festival's celebrations the next day: two events", [][]Event{
			// 2015-08-06-00746 (أمس, typed launch) and -01923 (no time
			// word, typed ceremony).
			{people(dated(at("2015-08-05", "launch", "a", "افتتح صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير أمس مبنى الإدارة العامة لشؤون الزراعة بالمنطقة، ودشن يوم النحال الوطني, بحضور وزير الزراعة المهندس عبدالرحمن بن عبدالمحسن الفضلي, وذلك بمقر المبنى الجديد في حي الموظفين بأبها.", "asir", "abha"), "أمس"), faisal, fadhli)},
			{orgsOf(people(dated(at("2015-08-06", "ceremony", "b", testshared.Passage(t, "snn-2015-08-06-01923", "وجه صاحب السمو", "الطوارئ الخاصة بالمنطقة"), "asir", "abha"), ""), faisal), sef)},
		}, 2, nil},
		{"Faisal bin Abdullah bin Abdulaziz is not Abdullah bin Abdulaziz: two receptions", [][]Event{
			// 2015-08-06-01132 (no time word) and -01587 (أمس).
			{orgsOf(people(dated(at("2015-08-06", "meeting", "a", "نيابة عن صاحب السمو الملكي الأمير فيصل بن عبدالله ابن عبدالعزيز رئيس هيئة الهلال الأحمر السعودي، استقبل سمو الأمير بندر بن فيصل آل سعود نائب مدير عام إدارة الشؤون الدولية المشرف العام على برنامج إعادة الروابط العائلية لأهالي المعتقلين اليمنيين الموجودين في المملكة،"), ""), faisalAbdullah, bandar), redCrescent)},
			{orgsOf(people(dated(at("2015-08-05", "meeting", "b", "استقبل المستشار في الديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور عبدالله بن عبدالعزيز الربيعة في مكتبه بالرياض أمس المنسق الإقليمي للعمليات الإنسانية في اليمن عامر الداوودي.", "riyadh", "ye"), "أمس"), abdullahAbdulaziz), relief)},
		}, 2, nil},
		{"a commentary with no time word and a war report of the day before naming one leader: two events", [][]Event{
			// 2015-08-10-01255 (no time word) and -00114 (أمس).
			{people(dated(at("2015-08-10", "strike", "a", "بعد الضربات المتوالية القاصمة الناجحة لقوات التحالف والمقاومة الشعبية اليمنية لقوى التمرد الحوثي والمخلوع صالح، يبدو أن استمرار الحوثيين وحليفهم في الحرب نوعٌ من العبث والاستخفاف بأرواح رجالهم أولاً واستقرار اليمن ثانياً.", "ye"), ""), saleh)},
			{people(dated(at("2015-08-09", "strike", "b", "مع استمرار الهزائم التي مني بها المتمردون الحوثيون وحليفهم الرئيس اليمني السابق علي عبد الله صالح، وآخرها أمس بعد اقتراب المقاومة الشرعية من تحرير محافظة أبين الجنوبية بالكامل، أعلنت اللجنة الثورية التابعة للحوثيين، برئاسة محمد علي الحوثي، حالة الطوارئ في العاصمة صنعاء", "ye"), "أمس"), saleh)},
		}, 2, nil},
	}
	runMergeCases(t, lx, places, tests)
}
