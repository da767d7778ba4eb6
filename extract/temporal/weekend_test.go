package temporal

import "testing"

// TestPastWeekend checks that the end of the week or the weekend said
// without this/next/last in a past clause of a Monday's or Tuesday's article
// is the one just past (in English news also without a past verb), and that
// a future clause keeps the coming one.
func TestPastWeekend(t *testing.T) {
	runFind(t, []findCase{
		// a past verb governs it (SaudiNewsNet 2015-08-10, a Monday; 2015-08-11,
		// a Tuesday; 2015-08-03, a Monday)
		{"قتل 14 شخصا على الاقل وفقد اربعة آخرون جراء اعصار بشرق الصين خلال عطلة نهاية الأسبوع، حسبما ذكرت السلطات", "ar", "2015-08-10", want{"عطلة نهاية الأسبوع", "date", "2015-W32-WE", "2015-08-08", "2015-08-09", "", false}},
		{"وقد التقت الامرأتان خلال عطلة نهاية الأسبوع في بلدة نوفيلارا", "ar", "2015-08-11", want{"عطلة نهاية الأسبوع", "date", "2015-W32-WE", "2015-08-08", "2015-08-09", "", false}},
		{"في نهاية الأسبوع، عادت هيلاري كلينتون إلى واجهة", "ar", "2015-08-03", want{"نهاية الأسبوع", "date", "2015-W31", "2015-07-30", "2015-08-02", "END", false}},
		{"قتلوا وأصيب 15 آخرون في قصف في نهاية الأسبوع للطيران التركي", "ar", "2015-08-03", want{"نهاية الأسبوع", "date", "2015-W31", "2015-07-30", "2015-08-02", "END", false}},
		// English news: a bare weekend early in the week is the one just
		// past unless a future cue governs it, past verb seen or not
		// (Reuters, 1987-03-30 and 1987-03-16 are Mondays)
		{"Embassies received letters over the weekend outlining aid needed", "en", "1987-03-30", want{"weekend", "date", "1987-W13-WE", "1987-03-28", "1987-03-29", "", false}},
		{"agreement on basic elements of a new International Natural Rubber Agreement in Geneva at the weekend", "en", "1987-03-16", want{"weekend", "date", "1987-W11-WE", "1987-03-14", "1987-03-15", "", false}},
		// a future verb keeps the coming one (SaudiNewsNet 2015-08-10)
		{"والمحادثات المكثفة مع اليونان ستستمر خلال عطلة نهاية الأسبوع", "ar", "2015-08-10", want{"عطلة نهاية الأسبوع", "date", "2015-W33-WE", "2015-08-15", "2015-08-16", "", true}},
		// on a Thursday the week's end is under way (SaudiNewsNet 2015-08-06)
		{"وقد التقت الامرأتان خلال عطلة نهاية الأسبوع", "ar", "2015-08-06", want{"عطلة نهاية الأسبوع", "date", "2015-W32-WE", "2015-08-08", "2015-08-09", "", false}},
	})
}
