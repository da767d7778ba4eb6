package timeline

import "testing"

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
			"إحباط تهريب 33 ألف زجاجة خمر في شحنة «فواكه»\n\nفَشِلت محاولة أحد القادمين إلى المملكة عبر منفذ البطحاء، في إدخال كمية كبيرة من الخمور بلغت 33288 زجاجة خمر، كانت مخبأة في شاحنة كان يستقلها وتحمل إرسالية فواكه، وفي طريقها إلى دولة شقيقة عبر المملكة.",
			"2015-08-04", "arrest 2015-08-04"},
	})
}
