package timeline

import "testing"

// TestType18CoordinatedDays: two days joined by "and" (اليوم وغدا, الجمعة
// والسبت) are one clause's, whose event word the nearer day claims: the
// other day takes its type; a word far from the pair, or days written with
// numbers, do not share (issue 13 items 1-2, type18; SaudiNewsNet 2015-07-25
// and 07-26).
func TestType18CoordinatedDays(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"اليوم وغدا، ندوة: a meeting on both days", "يعقد معهد ابن سينا للعلوم الإنسانية في فرنسا، اليوم وغدا، ندوة دولية حول «التناول الإعلامي للرموز الدينية في ضوء القانون الدولي»، في المدرج الكبير بمدرسة تكوين الصحافيين بمدينة ليل.", "2015-07-25", map[string]string{"اليوم": "meeting", "غدا": "meeting"}},
		{"شنها ... الجمعة والسبت: strikes on both days", "ولم تتبن أي جهة الهجوم؛ لكنه يأتي بينما هدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة اثر الضربات الجوية التي شنها الجيش التركي الجمعة والسبت، على معسكرات للمتمردين في شمال العراق.", "2015-07-26", map[string]string{"السبت": "strike"}},
		{"ثورتي 25 يناير و30 يونيو: names, no meeting", "وصرح الناطق الرسمي باسم وزارة الخارجية المصرية السفير بدر عبدالعاطي في تصريح صحفي إن الوزير شكري استهل اللقاء بالأهمية الكبيرة لثورتي 25 يناير و30 يونيو وتأثيرها على السياسة الخارجية المصرية ومستقبل الاستقرار في مصر والمنطقة،", "2015-07-27", map[string]string{"30 يونيو": "!meeting"}},
	})
}
