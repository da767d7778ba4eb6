package timeline

import "testing"

// TestTitleAndBodyStates: a country's adjective that ends a person's title
// or a state body's name names the state it acts for, a place of the event
// where it names no other (extract.Mention.Country, group.withStates); a
// company's or a club's adjective names none (lang/ar/actors.yaml
// state_heads). After a town noun or العاصمة it names the country the
// event is in. SaudiNewsNet 2015-07-21, a tuning day.
func TestTitleAndBodyStates(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-07-21-00571: Kuwait's interior minister (a role).
		{"a minister's country",
			"وزير الداخلية الكويتي الشيخ محمد الخالد الصباح قال أمس (الثلاثاء) إن البلاد ستضرب بقوة الخلايا التي يعتقد أنها موجودة فيها.",
			"2015-07-21", "أمس (الثلاثاء)", []string{"Kuwait"}, nil},
		// snn-2015-07-21-01275: a discovered ministry's name.
		{"a ministry's country",
			"وأفاد بيان لوزارة الداخلية التونسية اليوم أنه تم الاحتفاظ على 12 شخصا تم اعتقالهم خلال الحملة.",
			"2015-07-21", "اليوم", []string{"Tunisia", "وزارة الداخلية التونسية"}, nil},
		// snn-2015-07-21-00482: the German chancellor's call.
		{"a chancellor's country",
			"وفي يوم الخميس 19 فبراير، تلقى خادم الحرمين الشريفين اتصالاً من المستشارة الألمانية.",
			"2015-07-21", "يوم الخميس 19 فبراير", []string{"Germany", "Angela Merkel"}, nil},
		// snn-2015-07-21-01570: a Turkish town is in Turkey (a town noun
		// is an actor noun, lang/ar/actors.yaml), not Syria across the
		// border.
		{"a country's town",
			"سقط نحو 30 قتيلا وعشرات الجرحى، الاثنين، في انفجار استهدف مركزا ثقافيا كرديا، في بلدة تركية قريبة من الحدود السورية.",
			"2015-07-21", "الاثنين", []string{"Turkey"}, []string{"Syria"}},
		// snn-2015-07-21-00126: the Senegalese capital is in Senegal.
		{"a country's capital",
			"استخدمت محكمة الغرف الأفريقية الاستثنائية بالعاصمة السنغالية دكار، صباح أمس، القوة لإجبار الرئيس التشادي السابق على المثول أمامها.",
			"2015-07-21", "أمس", []string{"Senegal"}, nil},
		// snn-2015-07-21-00160: an airline is from Saudi Arabia, no state body.
		{"a company's adjective",
			"وقد احتفلت «الخطوط السعودية» بذكرى التأسيس الـ65 في عام 2010.",
			"2015-07-21", "عام 2010", nil, []string{"Saudi Arabia"}},
	})
}
