package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/internal/testshared"
)

// TestLeadAmountDuration: an undated lead sentence is dated by the article
// (the dateline convention) although it holds a duration, when the duration
// is an amount, how long or how old, marked as one by a word or mark of
// duration_measures: SaudiNewsNet 2015-08-09 article 00850 (Al-Raed signs
// Nader al-Mowallad, "(23 عاما)") gave no row before. A duration that is
// not so marked (2015-08-03 article 00081, an opinion column: Cameron back
// "from a four-day trip" chairs the emergency committee, days before the
// article) still keeps the lead from the article's date.
func TestLeadAmountDuration(t *testing.T) {
	x, asm := gazetteerAssembler(t, `
  - id: al-raed
    type: organization
    names: {en: [Al-Raed], ar: [نادي الرائد]}
  - id: cameron
    type: person
    names: {en: [David Cameron], ar: [ديفيد كاميرون]}
`, realDates(t))
	runLeadCases(t, x, asm, []leadCase{
		{"an age in brackets (article 00850)",
			"الرائد يدعم صفوفه بمولد الشباب\n\nأنهت إدارة نادي الرائد إجراءات التوقيع مع لاعب نادي الشباب نادر المولد (23 عاما)، ويجيد اللعب في مركز المحور.",
			"2015-08-09", "agreement 2015-08-09"},
		{"a trip's length is no amount (article 00081 of 2015-08-03, an opinion column)",
			"مسؤولية أوروبا عن أزمة المهاجرين\n\nتوجه رئيس الوزراء ديفيد كاميرون، فور عودته لبريطانيا من رحلة أربعة أيام في جنوب شرقي آسيا، مباشرة إلى مكتبه ليترأس اجتماع لجنة الطوارئ.",
			"2015-08-09", ""},
	})
}

// TestLeadAfterByline: a short line of its own between the headline and
// the lead (a byline, "فيصل المخلفي – عين اليوم", or a photo caption) is
// passed over when it tells nothing: the lead after it is dated by the
// article, as the first sentence would be. SaudiNewsNet 2015-08-03
// article 00522 (the Qassim health director chairs a meeting, under the
// caption "الخمعلي مترئساً الاجتماع") gave no row before.
func TestLeadAfterByline(t *testing.T) {
	x, asm := gazetteerAssembler(t, `
  - id: qassim
    type: place
    names: {en: [Qassim], ar: [القصيم]}
`, realDates(t))
	text := "مدير صحة القصيم: نعمل على تطوير خدمات طب العيون المقدَّمة للمرضى\n\nالخمعلي مترئساً الاجتماع\nترأس مدير عام الشؤون الصحية بمنطقة القصيم الأستاذ مطلق الخمعلي، اجتماعاً لتطوير برامج طب العيون بحضور مساعد المدير العام للخدمات العلاجية الدكتور سلطان الشايع."
	if s, want := typeDates(analyzeEvents(t, x, asm, text, "2015-08-03")), "meeting 2015-08-03"; s != want {
		t.Errorf("events %q, want %q", s, want)
	}
}

// TestLeadUnderCutHeadline: a headline cut into sentences by its dots is
// still the first line, and the lead is the sentence after it, dated by the
// article when it names one of the headline's participants. SaudiNewsNet
// 2015-08-02 article 01278 (Nayef Hazazi says his Twitter account was
// hacked) gave no row before: only the headline's first piece was tried.
// Article 01005 of the same day, an opinion column under a cut headline
// that names no one, still gives none.
func TestLeadUnderCutHeadline(t *testing.T) {
	x, asm := gazetteerAssembler(t, `
  - id: hazazi
    type: person
    names: {en: [Nayef Hazazi], ar: [نايف هزازي]}
  - id: al-nassr
    type: organization
    names: {en: [Al-Nassr], ar: [نادي النصر]}
  - id: jeddah
    type: place
    names: {en: [Jeddah], ar: [جدة]}
  - id: taif
    type: place
    names: {en: [Taif], ar: [الطائف]}
`, realDates(t))
	runLeadCases(t, x, asm, []leadCase{
		{"the lead after a headline cut at its dots (article 01278)",
			"هاكر يخترق حساب \"نايف هزازي\" في \"تويتر\".. واللاعب: \"حسبي الله\"\n\nمحمد أبو شعر- سبق- الرياض: أكد مهاجم نادي النصر نايف هزازي، اختراق حسابه الرسمي عبر موقع التواصل الاجتماعي \"تويتر\".",
			"2015-08-02", "statement 2015-08-02"},
		{"a column's opening names none of the headline's participants (article 01005)",
			"التحرش.. المدرسة والبيت أولاً\n\nما كدنا نستبشر بخبر إلقاء القبض على متحرشي جدة إلا وسربت مواقع التواصل الاجتماعي مقطعاً لحادث تحرش في الطائف.",
			"2015-08-02", ""},
	})
}

// TestLeadHowOften: a recurrence (شهرياً) or the present (حالياً) in an
// undated lead says how often or that it is so now, not when: the lead is
// dated by the article. SaudiNewsNet 2015-08-11 article 00719 (al-Sudais
// approves a work allowance "(750) ريالاً شهرياً") and 2015-08-02 article
// 00486 (the Special Olympics team's medals at the games "التي تستضيفها
// حالياً" Los Angeles) gave no row before.
func TestLeadHowOften(t *testing.T) {
	x, asm := gazetteerAssembler(t, `
  - id: grand-mosque
    type: place
    names: {en: [Grand Mosque], ar: [المسجد الحرام]}
  - id: sudais
    type: person
    names: {en: [Abdulrahman al-Sudais], ar: [عبدالرحمن بن عبدالعزيز السديس]}
  - id: saudi-arabia
    type: place
    names: {en: [Saudi Arabia], ar: [المملكة العربية السعودية, السعودية]}
  - id: los-angeles
    type: place
    names: {en: [Los Angeles], ar: [لوس أنجلوس]}
`, realDates(t))
	runLeadCases(t, x, asm, []leadCase{
		{"a monthly sum (2015-08-11 article 00719)",
			testshared.Passage(t, "snn-2015-08-11-00719", "صرف بدل طبيعة", "في المسجد الحرام") +
				testshared.Passage(t, "snn-2015-08-11-00719", "، على أن لا يقل", "الضرر وبدل العدوى."),
			"2015-08-11", "decision 2015-08-11"},
		{"games held now (2015-08-02 article 00486)",
			testshared.Passage(t, "snn-2015-08-02-00486", "نجوم الأولمبياد الخاص", "لـ 20 ميدالية."),
			"2015-08-02", "match 2015-08-02"},
	})
}

// TestLeadStanceNoStatistic: a lead that says someone takes a position (a
// stance word: opposes, rejected, denied, warned) on a figure's subject is
// a statement, not a statistic, and is dated by the article. Reuters
// article 9795 (1987-03-26, Treasury Secretary Baker opposes a tax
// increase) gave no row before: "increase" and "deficit" made it one. A
// forecast of a figure (Reuters article 307, a money market shortage of
// 800 mln stg) still gives none.
func TestLeadStanceNoStatistic(t *testing.T) {
	x, asm := gazetteerAssembler(t, `
  - id: james-baker
    type: person
    names: {en: [James Baker], ar: [جيمس بيكر]}
  - id: bank-of-england
    type: organization
    names: {en: [Bank of England], ar: [بنك إنجلترا]}
`, realDates(t))
	runLeadCases(t, x, asm, []leadCase{
		{"a position on a tax increase (article 9795)",
			"U.S. TREASURY'S BAKER OPPOSES TAX INCREASE\n\nU.S. Treasury Secretary James Baker said that he opposes a Federal tax increase to help reduce the budget deficit and favors spending cuts instead.",
			"1987-03-26", "statement 1987-03-26"},
		{"a forecast figure (article 307)",
			"U.K. MONEY MARKET DEFICIT FORECAST AT 800 MLN STG\n\nThe Bank of England said it forecast a shortage of around 800 mln stg in the money market today.",
			"1987-03-26", ""},
	})
}

// leadCase is one article (headline, blank line, lead) dated dct, and the
// events it must give, as typeDates writes them ("" for none).
type leadCase struct{ name, text, dct, want string }

// runLeadCases runs each case as a subtest on x and asm.
func runLeadCases(t *testing.T, x *extract.Extractor, asm *Assembler, cases []leadCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if s := typeDates(analyzeEvents(t, x, asm, tt.text, tt.dct)); s != tt.want {
				t.Errorf("events %q, want %q", s, tt.want)
			}
		})
	}
}
