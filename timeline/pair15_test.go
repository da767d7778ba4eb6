package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestLeadSeizureCount: a customs seizure's lead gives a row though its
// count reads as figures (SaudiNewsNet 2015-08-04, articles 00321 and 00625,
// pair 4 of the ninth round; issue #13 item 6).
func TestLeadSeizureCount(t *testing.T) {
	x, asm := discoverAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"أحبط مفتشو جمرك ... عملية تهريب: the customs' seizure (article 00321)",
			"جمرك البطحاء يحبط تهريب 33 ألف زجاجة خمر\n\nأحبط مفتشو جمرك منفذ البطحاء عملية تهريب 33.288 زجاجة خمر، ضمن إرسالية \"فواكه\" قادمة للمملكة.",
			"2015-08-04", "arrest 2015-08-04"},
		{"a lead that counts the headline's seizure (article 00625)",
			"إحباط" +
				testshared.Passage(t, "snn-2015-08-04-00556", " تهريب 33 ألف", "شقيقة عبر المملكة."),
			"2015-08-04", "arrest 2015-08-04"},
	})
}

// TestLeadLaterStep: a lead whose opening verb tells what happened keeps
// the article's date when what is still to come follows a comma
// (SaudiNewsNet 2015-08-04 article 00991, pair 7 of the ninth round); a
// column's sentence whose verb is inside it stays planned, so no row
// (2015-08-06 article 01356).
func TestLeadLaterStep(t *testing.T) {
	x, asm := discoverAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"أطلقت ...، ومن المقرر أن تشمل: launched today (article 00991)",
			testshared.Passage(t, "snn-2015-08-04-00991", "«التجارة» تطلق خدمة", "الخدمات الأخرى تدريجياً."),
			"2015-08-04", "launch 2015-08-04"},
		{"a column's verb inside its sentence, سنكشف after (article 01356)",
			testshared.Passage(t, "snn-2015-08-06-01356", "«عاشق الدكة» يثير", "من مشواره الاحترافي") +
				testshared.Passage(t, "snn-2015-08-06-01356", "، ومن خلال التقرير", "الوقت لتصحيح الوضع."),
			"2015-08-06", ""},
	})
}

// TestSensesFallenStructure: winds or a storm that fell a tower or poles
// did damage, an accident, though weather words are in the clause
// (SaudiNewsNet 2015-08-04 articles 01336 and 00582, pair 9 of the ninth
// round; 2015-08-06 article 00927); one who falls from a tower is no
// falling structure (2015-08-06 article 03038).
func TestSensesFallenStructure(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"الرياح تسقط برج اتصالات: an accident (article 01336)",
			"الرياح تسقط برج اتصالات بالعفيرية\n\n" +
				testshared.Passage(t, "snn-2015-08-04-01336", "تسببت رياح قوية", "له لخدمة الأهالي."),
			"2015-08-04", map[string]string{"": "accident"}},
		{"عواصف ترابية تُسقط برج اتصالات (article 00582)",
			testshared.Passage(t, "snn-2015-08-04-00582", "عواصف ترابية تُسقط", "المشتركين والادارات الحكومية."),
			"2015-08-04", map[string]string{"": "accident"}},
		{"سقط من برج: a death, not a fallen tower (article 03038)",
			"وفاة عامل يمني سقط من برج سكني في \"زاهر مكة\"",
			"2015-08-06", map[string]string{"": "!accident"}},
	})
}

// TestMergerRareHeadline: a paper's headline and another paper's lead with
// no specific participant are one event when they share leadRare rare
// words that are most of the headline's (SaudiNewsNet 2015-08-04 articles
// 00556 and 00321, pair 4 of the ninth round: 7 of the headline's 9, but
// not half of the two's 16); another customs seizure's headline
// (2015-08-09 article 00287, put on the same day) stays apart.
func TestMergerRareHeadline(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	batha := at("2015-08-04", "arrest", "00556", "جمرك البطحاء يحبط تهريب 33 ألف زجاجة خمر في شحنة «فواكه»")
	bathaLead := at("2015-08-04", "arrest", "00321", "أحبط مفتشو جمرك منفذ البطحاء عملية تهريب 33.288 زجاجة خمر، ضمن إرسالية \"فواكه\" قادمة للمملكة.")
	haditha := at("2015-08-04", "arrest", "00287", "جمرك الحديثة يحبط تهريب 320 ألف حبة كبتاجون")
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"the Batha headline and another paper's lead: one", [][]Event{{batha}, {bathaLead}}, 1, nil},
		{"the Haditha headline and the Batha lead: two", [][]Event{{haditha}, {bathaLead}}, 2, nil},
	})
}

// TestMergerAccidentTown: two papers' accidents of one day in one town are
// one event when they also share doneRare rare words (SaudiNewsNet
// 2015-08-04 articles 01336 and 00582, pair 9 of the ninth round); a
// drowning and a fire of one day in one city are two (articles 00837 and
// 00971). place_merge lists accident, but its merge class is death's, so
// the town rule never applied to it.
func TestMergerAccidentTown(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	places := mapPlaces{"ranyah": {"makkah-province", "sa"}, "medina": {"madinah-province", "sa"}}
	tower1 := at("2015-08-04", "accident", "01336", testshared.Passage(t, "snn-2015-08-04-01336", "سعود الدعجاني –", "له لخدمة الأهالي."), "ranyah")
	tower2 := at("2015-08-04", "accident", "00582", "تسببت العواصف الترابية الشديدة التي شهدتها أجزاء من محافظة رنية، في سقوط احد الابراج التابعة لشركة الاتصالات، يخدم أهالي مركز العفيرية غربي المحافظة، ما أدى إلى انقطاع خدمة الاتصال بالجوال والانترنت عن المشتركين والادارات الحكومية.", "ranyah")
	well := at("2015-08-03", "accident", "00837", "مقيم آسيوي كان الضحية الثانية للآبار المكشوفة في المدينة المنورة، حيث لقي حتفه أمس جراء تعرضه للغرق داخل بئر بعمق 25 مترا بمركز المرامية التابع لمحافظة العيص، 270 كلم غرب المدينة المنورة، بعد سقوطه فيها.", "medina")
	fire := at("2015-08-03", "accident", "00971", "نجح رجال الدفاع المدني بالمدينة المنورة اليوم الاثنين في إخماد حريق اندلع بأحد المباني السكنية الواقعة بحي السديري.", "medina")
	runMergeCases(t, lx, places, []mergeCase{
		{"the Ranyah tower in two papers: one", [][]Event{{tower1}, {tower2}}, 1, nil},
		{"a drowning and a fire in Medina: two", [][]Event{{well}, {fire}}, 2, nil},
	})
}
