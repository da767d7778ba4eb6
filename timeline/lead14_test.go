package timeline

import "testing"

// TestLeadNoParticipant: a typed lead that names nothing the gazetteer
// knows is still the article's news (SaudiNewsNet 2015-08-09 article 00942;
// issue #13 item 6).
func TestLeadNoParticipant(t *testing.T) {
	x, asm := builtinAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"a death in a mosque (article 00942)",
			"شاب يفارق الحياة بمسجد في عفيف والمصحف بيده\n\nتوفي شاب (34) عامًا، في أحد مساجد عفيف، أثناء إقامة صلاة العشاء، حيث قام الشاب ليصلي، ثم وقع والمصحف في يده.",
			"2015-08-09", "death 2015-08-09"},
	})
}

// TestMergerRareLeads: two papers' leads with no specific participant are
// one event when they share leadRare rare words on one day in one type
// family (SaudiNewsNet 2015-08-10 articles 00380 and 01378, 00213 and
// 01247); two clubs' first matches told in one template (2015-08-09
// articles 00211 and 00725, five rare words in common) stay two, as do one
// emir's receptions of two guests (TestMergerCloseReports).
func TestMergerRareLeads(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	kurds1 := at("2015-08-09", "strike", "00380", "مقتل 390 كردياً خلال أسبوعين من الغارات التركية")
	kurds2 := at("2015-08-09", "strike", "01378", "خلال أسبوعين الغارات التركية تقتل 390 كرديا")
	wheat1 := at("2015-08-10", "contract", "00213", "\"صوامع الغلال\" تنهي إجراءات ترسية الدفعة الثالثة من القمح المستورد لهذا العام")
	wheat2 := at("2015-08-10", "contract", "01247", "\"صوامع الغلال\" تنهي ترسية الدفعة الثالثة من القمح لهذا العام بـ 505 آلاف طن")
	camp1 := at("2015-08-15", "match", "00211", "ويستأنف الفتح التدريبات مساء بعد غد الثلاثاء تأهبا لأولى مواجهاته في الموسم الرياضي الجديد والتي يستضيف فيها فريق النهضة ضمن مباريات دور ال32 من كأس ولي العهد يوم السبت القادم على ملعب مدينة الأمير عبدالله بن جلوي بالأحساء.")
	camp2 := at("2015-08-15", "match", "00725", "وكان مدرب الفريق التونسي الحبيب بن رمضان قد منح اللاعبين راحة لمدة يومين قبل أن تستأنف مساء اليوم (الأحد) على ملعب النادي، استعداداً لخوض أولى المواجهات في منافسات الموسم الرياضي أمام الخليج في دور ال32 من مباريات كأس ولي العهد لكرة القدم السبت المقبل بحفر الباطن.")
	for _, tc := range []struct {
		name     string
		articles [][]Event
		want     int
	}{
		{"Turkish strikes in two papers: one", [][]Event{{kurds1}, {kurds2}}, 1},
		{"the wheat purchase in two papers: one", [][]Event{{wheat1}, {wheat2}}, 1},
		{"the strikes and the wheat: two", [][]Event{{kurds1}, {wheat2}}, 2},
		{"two clubs' first matches: two", [][]Event{{camp1}, {camp2}}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mergeArticles(t, lx, testPlaces, tc.articles); len(got) != tc.want {
				t.Errorf("%d events, want %d", len(got), tc.want)
			}
		})
	}
}
