package timeline

import (
	"strings"
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

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

// TestHonorifics: a word of address with a pronoun (سموه, معاليه) in the
// clause of an event's date stands for the person the clause names first
// before it, or else for the first person of the sentence before; not the
// principal of a deputy's title, not whom someone acts for, not a teller.
func TestHonorifics(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-08-09-00960: the deputy, not the king of his title,
		// chaired the meeting of the sentence after.
		{"the prince of the sentence before",
			testshared.Passage(t, "snn-2015-08-09-00960", "قال نائب خادم", "التي تشهدها المنطقة."),
			"2015-08-09", "أمس", []string{"محمد بن نايف"}, []string{"Salman"}},
		// snn-2015-08-10-01389: Turki visited on behalf of Mutaib; the
		// honorific is in the حيث clause after the date's.
		{"not whom he acts for",
			testshared.Passage(t, "snn-2015-08-10-01389", "نيابة عن صاحب", "جروه وذوو الشهيد."),
			"2015-08-10", "أمس", []string{"تركي بن عبدالله بن محمد"}, []string{"Mutaib"}},
		// snn-2015-08-06-02853: the emir chairs the meeting; the
		// spokesman who tells it is in the clause before the date's.
		{"not the teller",
			testshared.Passage(t, "snn-2015-08-06-02853", "يطلع صاحب السمو", "النقل العام بجدة.\n") +
				testshared.Passage(t, "snn-2015-08-06-02853", "وأوضح مدير عام", "الزمنية المعدة له."),
			"2015-08-06", "الأسبوع المقبل", []string{"خالد الفيصل"}, nil},
	})
}

// TestOriginPlace: where someone or something comes from (قادما من) or is
// on its way to (بطريقها إلى) is no place of the event where it names
// another.
func TestOriginPlace(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-08-06-01584: the Saudi Falcons arrived at Al-Baha from
		// Tabuk.
		{"coming from a city",
			"وصل فريق الصقور السعودية يوم أمس مطار منطقة الباحة قادماً من تبوك؛ وذلك لإقامة العروض الجوية.",
			"2015-08-06", "أمس", []string{"Al-Baha"}, []string{"Tabuk"}},
		// snn-2015-08-06-00125: a citizen from Riyadh reported his
		// daughters missing in Jeddah.
		{"a citizen from another city",
			"أبلغ مواطن قادم من الرياض مركز شرطة النزهة بمحافظة جدة عن اختفاء ابنتيه من إحدى الشقق المفروشة بجدة يوم 10 شوال الجاري وسط ظروف غامضة.",
			"2015-08-06", "10 شوال الجاري", []string{"Jeddah"}, []string{"Riyadh"}},
		// snn-2015-08-09-00888: the car was caught in Aqaba on its way to
		// Saudi Arabia.
		{"on its way to a country",
			"ضبطت الأجهزة الأمنية الأردنية، مساء أمس السبت، سيارة بها شابان سعوديان بحوزتهما ما يقرب من 5 ملايين حبة مخدرة بعد مطاردة مثيرة في العقبة، بطريقها إلى المملكة العربية السعودية.",
			"2015-08-09", "أمس السبت", []string{"Aqaba"}, []string{"Saudi Arabia"}},
	})
}

// TestOrgSubject: an English sentence opening with "It" or "The company"
// is about the company the sentence before names first, when the article
// writes it as a company (a legal form, a ticker).
func TestOrgSubject(t *testing.T) {
	runPartCases(t, []partCase{
		// reuters-7796: the directors of American Motors met today.
		{"the company said",
			"American Motors Corp said its directors reviewed a Chrysler Corp merger proposal but took no action on it.\nThe company said its directors met in New York today at a regularly scheduled meeting.",
			"1987-03-20", "today", []string{"American Motors", "New York"}, nil},
		// reuters-12013: "It" is Yugoslavia, and the International
		// Coordinating Committee (of banks, no company) is not taken.
		{"it is no company",
			strings.ReplaceAll(testshared.Passage(t, "reuters-12013", "In December 1985,", "1985 and end-1988."), "\n", " ") +
				"\n" +
				strings.ReplaceAll(testshared.Passage(t, "reuters-12013", "It had signed", "March 25, 1985."), "\n", " "),
			"1987-04-01", "March 25, 1985", []string{"Paris"}, []string{"International Coordinating Committee"}},
	})
}
