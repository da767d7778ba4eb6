package timeline

import "testing"

// TestFeastEventNounOccasion: a feast after a noun of what is held on it
// (مسرحيات عيد الفطر, فعاليات عيد الفطر: occasion_nouns) is the
// occasion when another day of its sentence says when (issue #14, feast19;
// SaudiNewsNet 2015-07-21 snn-2015-07-21-02241: the Eid plays closed
// yesterday evening). A feast alone, or after a word that is no such
// noun (أثناء صلاة عيد الفطر, خطبة عيد الفطر), stays its day.
func TestFeastEventNounOccasion(t *testing.T) {
	runDateCases(t, []dateCase{
		{"the Eid plays closed yesterday evening",
			"اختتمت مساء أمس فعاليات مسرحيات عيد الفطر المبارك والتى شهدت عدة مواقع بجدة.",
			"2015-07-21", map[string]string{"عيد الفطر المبارك": "-", "أمس": "2015-07-20 happened"}},
		{"the Eid plays, no other day",
			"اختتمت فعاليات مسرحيات عيد الفطر المبارك والتى شهدت عدة مواقع بجدة.",
			"2015-07-21", map[string]string{"عيد الفطر المبارك": "2015-07-17 happened"}},
		{"Khamenei's Eid sermon, with yesterday in the sentence (snn-2015-07-21-00122)",
			"وقال في خطبة عيد الفطر أمس: «قلنا مرارًا إننا لا نتفاوض مع الولايات المتحدة بشأن الشؤون الإقليمية أو الدولية ولا حتى القضايا الثنائية.",
			"2015-07-21", map[string]string{"عيد الفطر": "2015-07-17 happened"}},
		{"the feast said twice is no other day (snn-2015-07-21-00729)",
			"جاء هذا من خلال مشاركة عديد من نجوم مسرحيات عيد الرياض الذي تنظمه أمانة العاصمة بمناسبة عيد الفطر المبارك، كما أجمعوا أن أمانة العاصمة تعد نموذجا يحتذى به من ضخ الدماء الجديدة في شرايين المسرح السعودي، وتدعم النشاط المسرحي في المملكة من خلال إتاحة الفرصة لتقديم أعمال مسرحية متميزة في احتفالات عيد الفطر بمدينة الرياض كل عام.",
			"2015-07-21", map[string]string{"عيد الفطر": "2015-07-17/2015-07-19 happened"}},
		{"children hurt during the Eid celebrations (snn-2015-07-22-01299)",
			"صرح مسؤول أفغاني اليوم الأربعاء أن أفغانستان حظرت استخدام وبيع المسدسات اللعبة، عقب إصابة ما لايقل عن 116 طفلاً في العاصمة خلال احتفالات عيد الفطر.",
			"2015-07-22", map[string]string{"عيد الفطر": "2015-07-17/2015-07-19 happened"}},
		{"during the Eid prayer, with yesterday in the sentence",
			"توفي الرجل أمس أثناء صلاة عيد الفطر في جدة.",
			"2015-07-21", map[string]string{"عيد الفطر": "2015-07-17 happened"}},
	})
}
