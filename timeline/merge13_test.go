package timeline

import "testing"

// TestMergerOneSpeakerRare: two statements of one speaker on one day are
// one only with a rare word in common besides the speaker's name. Rows of
// SaudiNewsNet 2015-08-07 (v9-final-merges row 739): the Ministry of
// Health's three MERS cases in Riyadh (alriyadh 00992, alyaum 01306) and its
// denial that doctors' allowances were stopped (3alyoum 00026, alriyadh
// 00950) were one row of four; each pair is one event, the two are two.
func TestMergerOneSpeakerRare(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	moh := Entity{ID: "saudi-health-ministry", NameEn: "Saudi Ministry of Health", NameAr: "وزارة الصحة السعودية"}
	org := func(e Event) Event { e.Organizations = append(e.Organizations, moh); return e }
	deny1 := org(at("2015-08-07", "statement", "00026", "وزارة الصحة تكشف حقيقة إيقاف مزايا وبدلات الأطباء"))
	deny2 := org(at("2015-08-07", "statement", "00950", "نفت وزارة الصحة إيقاف صرف المزايا والبدلات التي تصرف للأطباء ."))
	mers1 := org(at("2015-08-07", "statement", "00992", "أعلنت وزارة الصحة اليوم الجمعة عن تسجيل ثلاث إصابات بفيروس كورونا وشفاء حالة، جميعها في الرياض.", "riyadh"))
	mers2 := org(at("2015-08-07", "statement", "01306", "قالت وزارة الصحة اليوم في بيان حول فيروس كورورنا أنه تم تسجيل ثلاثة حالات إصابة مؤكدة بالفيروس كلها في الرياض إحداها لوافدة في 29 من العمر وهي ممارسة صحة ، وبينت الوزارة أنها في حالة مستقرة وتحت العزل المنزلي ، والأخريتان لمواطن و مواطنة وهما ليسا من الممارسين الصحيين و يوجد كلاهما في حالة حرجة حالي", "riyadh"))
	for _, tc := range []struct {
		name     string
		articles [][]Event
		want     int
	}{
		{"the denial in two papers: one", [][]Event{{deny1}, {deny2}}, 1},
		{"the MERS cases in two papers: one", [][]Event{{mers1}, {mers2}}, 1},
		{"the denial and the MERS cases: two", [][]Event{{deny2}, {mers1}}, 2},
		{"all four: two", [][]Event{{deny1}, {deny2}, {mers1}, {mers2}}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mergeArticles(t, lx, testPlaces, tc.articles); len(got) != tc.want {
				t.Errorf("%d events, want %d", len(got), tc.want)
			}
		})
	}
}
