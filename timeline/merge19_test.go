package timeline

import "testing"

// TestMergerNisbaFamilyName: a family name that is a relative adjective
// (البكيري) folds, its ي dropped as a long vowel, as a plain name (بكر):
// the two names are two people, and two ceremonies of one city and day
// that share only them are two events (issue #13, merge19; SaudiNewsNet
// 2015-07-21, the Bakiri funeral of article 02427 and the Eid plays of
// Jeddah of article 02241). Two spellings of one nisba name still join.
func TestMergerNisbaFamilyName(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	places := mapPlaces{"jeddah": {"sa"}}
	bakr := Entity{ID: "per:محمد بكر", NameAr: "محمد بكر"}
	saeed := Entity{ID: "per:هاني سعيد", NameAr: "هاني سعيد"}
	bakiri := Entity{ID: "per:محمد البكيري", NameAr: "محمد البكيري"}
	bakiriYa := Entity{ID: "per:محمد بن علي البكيري", NameAr: "محمد بن علي البكيرى"}
	shajri := Entity{ID: "per:يحيى متعب الشاجري", NameAr: "يحيى متعب الشاجري"}
	shajriBare := Entity{ID: "per:يحيى متعب شاجري", NameAr: "يحيى متعب شاجري"}
	tests := []mergeCase{
		{"the Eid plays and a funeral in Jeddah the same day: two events", [][]Event{
			{people(dated(at("2015-07-20", "ceremony", "a", "اختتمت مساء أمس فعاليات مسرحيات عيد الفطر المبارك والتى شهدت عدة مواقع بجدة", "jeddah"), "أمس"), saeed, bakr)},
			{people(dated(at("2015-07-20", "ceremony", "b", "شيعت جموع غفيرة ظهر أمس، والدة الزميل محمد البكيري رئيس تحرير صحيفة النادي، إلى مقبرة الفيصلية في جدة", "jeddah"), "أمس"), bakiri)},
		}, 2, nil},
		{"one nisba name under two spellings: one funeral", [][]Event{
			{people(dated(at("2015-07-20", "ceremony", "a", "شيعت جموع غفيرة ظهر أمس، والدة الزميل محمد البكيري إلى مقبرة الفيصلية", "jeddah"), "أمس"), bakiri)},
			{people(dated(at("2015-07-20", "ceremony", "b", "ووري جثمان والدة محمد بن علي البكيرى الثرى في مقبرة الفيصلية بجدة أمس", "jeddah"), "أمس"), bakiriYa)},
		}, 1, nil},
		{"one soldier's name with and without the article: one killing", [][]Event{
			// 2015-08-06-01751 and -02991.
			{people(dated(at("2015-08-05", "killing", "a", "توافدت جموع كبيرة إلى منزل الشهيد جندي أول، يحيى متعب الشاجري، في قرية مسلية، شرق محافظة بيش والذي استشهد يوم الأربعاء", "jeddah"), "يوم الأربعاء"), shajri)},
			{people(dated(at("2015-08-05", "killing", "b", "وكان الجندي أول يحيى متعب شاجري، من منسوبي القوات المسلحة المرابطين بالحد الجنوبي، استشهد صباح أمس الأربعاء", "jeddah"), "أمس الأربعاء"), shajriBare)},
		}, 1, nil},
	}
	runMergeCases(t, lx, places, tests)
}
