package timeline

import "testing"

// TestLocatorPlace: a place after a direction or a distance that follows
// another place tells where that place lies (events.yaml participants
// locator_*): it stands only where the event names no other place.
func TestLocatorPlace(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-08-08-00858: the camps were retaken in Lahij, north of
		// Aden.
		{"a governorate north of a city",
			"وإضافة إلى التقدم الذي تحققه المقاومة في جبهات القتال بمحافظة أبين تمكن مقاتلو المقاومة الشعبية بدعم عناصر الجيش الموالي للشرعية، وبإسناد كثيف وفرته طائرات التحالف أول من أمس من استعادة معسكري لبوزة ووادي عطان في محافظة لحج شمالي عدن، بعد مواجهات عنيفة أسفرت عن مقتل 38 متمردا وإصابة 24 آخرين بجروح، معظمهم في حالة الخطر.",
			"2015-08-08", "أول من أمس", []string{"Lahij"}, []string{"Aden"}},
		// snn-2015-08-09-00109: Damt lies 60 km north of Al-Dhale.
		{"a distance from a city",
			"وأوضحت مصادر المقاومة لـ«الشرق الأوسط» أن قواتها دخلت مدينة دمت الواقعة على بعد 60 كيلومترا شمال مدينة الضالع عصر أمس دون حدوث أي مواجهات مع المتمردين.",
			"2015-08-09", "أمس", []string{"Damt"}, []string{"Dhale"}},
		// snn-2015-08-10-00116: the meeting was in Sfax, south of Tunis.
		{"a city after a comma",
			"وكشف أمس عبد الفتاح مورو، النائب الأول لرئيس مجلس نواب الشعب (البرلمان) في اجتماع لحركة النهضة بمدينة صفاقس، جنوبي العاصمة التونسية، عن الانطلاق بعد أسبوعين في النظر في مشروع قانون المصالحة.",
			"2015-08-10", "بعد أسبوعين", []string{"Sfax"}, []string{"Tunis"}},
		// reuters-6390: the bomb went off in Baguio, north of Manila.
		{"north of, in English",
			"Quoting military sources, it said a bomb had exploded at 0200 gmt at the academy, in Baguio north of Manila.",
			"1987-03-18", "0200 gmt", []string{"Baguio"}, []string{"Manila"}},
		// snn-2015-08-08-01045: a link alone opens no run: the rocket fell
		// on southern Israel.
		{"onto southern Israel",
			"ميدانيا، سقط صاروخ أُطلق من قطاع غزة على جنوب إسرائيل من دون وقوع إصابات، بحسب ما أعلن الجيش الإسرائيلي الجمعة.",
			"2015-08-08", "الجمعة", []string{"Gaza", "Israel"}, nil},
		// snn-2015-08-09-00047: a road named for Mecca; the crash was west
		// of Al-Quwayiyah.
		{"a road named for a city",
			"لقي شخص مصرعه وأصيب خمسة آخرون إثر حادث تصادم وقع مساء اليوم بطريق مكة غربي القويعية .",
			"2015-08-09", "اليوم", []string{"Quwayiyah"}, nil},
	})
}
