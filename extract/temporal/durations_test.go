package temporal

import "testing"

// TestDurations checks durations (see durations.go).
func TestDurations(t *testing.T) {
	runFind(t, []findCase{
		// real-news fixes (SaudiNewsNet 2015-08-02)
		{"عادت المهرجانات بعد سنتين من الغياب", "ar", "2015-08-02", want{"بعد سنتين", "duration", "P2Y", "", "", "", false}},
		{"بيعت بعد أشهر قليلة من وفاته", "ar", "2015-08-02", want{"بعد أشهر قليلة", "duration", "PXM", "", "", "", false}},
		// durations: compound, halves, minutes
		{"سأغادر لمدة عام واحد و شهر و 21 يوما", "ar", testDCT, want{"لمدة عام واحد و شهر و 21 يوما", "duration", "P1Y1M21D", "", "", "", true}},
		{"استمر لمدة ساعة ونصف", "ar", testDCT, want{"لمدة ساعة ونصف", "duration", "PT1.5H", "", "", "", false}},
		{"لمدة 30 دقيقة", "ar", testDCT, want{"لمدة 30 دقيقة", "duration", "PT30M", "", "", "", false}},
		// durations, sets, vague
		{"منذ 3 أشهر", "ar", testDCT, want{"منذ 3 أشهر", "duration", "P3M", "", "", "", false}},
		{"خلال الشهرين الماضيين", "ar", testDCT, want{"خلال الشهرين الماضيين", "duration", "P2M", "", "", "", false}},
		{"خلال السنوات العشر الماضية", "ar", testDCT, want{"خلال السنوات العشر الماضية", "duration", "P10Y", "", "", "", false}},
		{"لمدة عامين", "ar", testDCT, want{"لمدة عامين", "duration", "P2Y", "", "", "", false}},
		// English
		{"for three years", "en", testDCT, want{"for three years", "duration", "P3Y", "", "", "", false}},
	})
}
