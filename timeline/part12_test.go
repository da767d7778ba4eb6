package timeline

import "testing"

// TestSeatPlaces: a place in a person's title is the seat of his office
// (events.yaml seat_titles, city_seat_titles): a region's emir's region is
// not the event's place; a governor's or a mayor's city is, unless the event
// names another place.
func TestSeatPlaces(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-07-27-00016 (handcheck v8 835): the Mecca emir opens an
		// exhibition in Taif; the headline names his region only.
		{"a region's emir in a headline",
			"أمير مكة المكرمة يفتتح معرض “الفيصل.. شاهد وشهيد” بالطائف\nأميرة المولد – الطائف\nافتتح صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة اليوم معرض “الفيصل.. شاهد وشهيد”، وذلك بمنتزه الردف بمحافظة الطائف.",
			"2015-07-27", "", []string{"Khalid al-Faisal"}, []string{"Mecca"}},
		// snn-2015-07-27-01342 (v8 1207): the Riyadh emir appoints an acting
		// governor of Shaqra.
		{"a region's emir appoints",
			"أمير الرياض يكلف \"الرويس\" محافظاً لشقراء بالنيابة\nفلاح الجوفان- سبق- شقراء: كلف أمير منطقة الرياض، الأمير فيصل بن بندر بن عبد العزيز، فهد بن عبد الله الرويس للقيام بأعمال محافظ شقراء بالنيابة، وذلك أثناء تمتع المحافظ بإجازته السنوية.",
			"2015-07-27", "", []string{"الرويس"}, []string{"Riyadh"}},
		// snn-2015-08-09-00075: the acting mayor of the Eastern Province
		// attends a workshop in Dammam.
		{"a mayor's region where the event names another place",
			"عقدت أمانة المنطقة الشرقية اليوم, ورشة عمل حول مبادرات وتوجيهات وزارة الشؤون البلدية والقروية حول التخطيط الاستراتيجي ومناقشتها، بحضور أمين المنطقة الشرقية بالإنابة المهندس جمال بن ناصر الملحم، وذلك في قاعة الاجتماعات الرئيسية بمقر الأمانة في الدمام .",
			"2015-08-09", "اليوم", []string{"Dammam"}, []string{"/Eastern Province|"}},
		// snn-2015-07-27-00939: the mayor of Jeddah inspects the election
		// committee in his city (بالمحافظة): Jeddah stands.
		{"a mayor's city where the event names no other place",
			"وقال المتحدث الإعلامي لانتخابات المجلس البلدي سعود التويم إن أمين جدة رئيس اللجنة العامة للانتخابات الدكتور هاني أبو راس تفقد سير أعمال اللجنة العامة بالمحافظة أمس، واطلع على المهمات والأعمال التي ستقوم بها اللجان العاملة.",
			"2015-07-27", "أمس", []string{"أبو راس", "Jeddah"}, nil},
	})
}

// TestTellers: who an attribution names after its reporting verb ("حسب
// ما أفاد به المتحدث ...") is the report's source, not an actor of what
// the clause tells, and the attribution's verb makes no statement.
func TestTellers(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-07-27-01229 (handcheck v8 816): a projectile from Yemen
		// hit a house in Najran; the Civil Defense spokesman tells it.
		{"a spokesman and his agency after حسب ما أفاد",
			"أصيبت فتاة وطفلان سعوديون إثر سقوط مقذوف عسكري من داخل الأراضي اليمنية على منزل في مدينة نجران الساعة الخامسة والنصف عصر أمس، حسب ما أفاد به المتحدث الإعلامي للدفاع المدني بالمنطقة المقدم علي بن عمير آل جرمان الشهراني، مبينا أنه تم اتخاذ الإجراءات اللازمة وفق الخطط المعتمدة.",
			"2015-07-27", "أمس", []string{"Najran"}, []string{"Civil Defense", "الشهراني"}},
		// snn-2015-08-10-00845: the Israeli army killed a Palestinian;
		// the Israeli authorities (Israel, by its adjective) tell it.
		{"an actor adjective after بحسب ما أعلنت",
			"قتل الجيش الإسرائيلي الأحد فلسطينيا بعد طعنه إسرائيليا وإصابته بجروح طفيفة في محطة بنزين بالضفة الغربية المحتلة، بحسب ما أعلنت السلطات الإسرائيلية.",
			"2015-08-10", "الأحد", []string{"Israel Defense Forces", "West Bank"}, []string{"/Israel|"}},
		// snn-2015-08-08-00324: the Kabul police chief tells it; Kabul is
		// where it happened.
		{"a place in the teller's title stays",
			"وفجر انتحاري نفسه عند مدخل الأكاديمية «وسط مجموعة من الطلاب العسكريين العائدين من عطلة نهاية الأسبوع»، بحسب ما صرح رئيس شرطة كابول عبد الرحمن رحيمي.",
			"2015-08-08", "عطلة نهاية الأسبوع", []string{"كابول"}, []string{"رحيمي"}},
		// snn-2015-08-10-00034: the channel tells how many watched.
		{"a company after حسب ما أعلنت",
			"تابع أكثر من 3 ملايين مشاهد الحلقة الأخيرة التي قدمها آخر حلقة قدمها جون ستيوارت من برنامج “ذا ديلي شو”، حسب ما أعلنت شركة كوميدي سنترال، اليوم الاثنين.",
			"2015-08-10", "اليوم الاثنين", []string{"جون ستيوارت"}, []string{"سنترال"}},
	})
}

// TestAttributionNoStatement: the reporting verb of an attribution ("حسب
// ما أفاد به") does not make its clause a statement.
func TestAttributionNoStatement(t *testing.T) {
	x, asm := discoverAssembler(t)
	for _, tc := range []struct{ name, text, dct, time string }{
		// snn-2015-07-27-01229 (v8 816).
		{"a projectile's hit told by a spokesman",
			"أصيبت فتاة وطفلان سعوديون إثر سقوط مقذوف عسكري من داخل الأراضي اليمنية على منزل في مدينة نجران الساعة الخامسة والنصف عصر أمس، حسب ما أفاد به المتحدث الإعلامي للدفاع المدني بالمنطقة المقدم علي بن عمير آل جرمان الشهراني، مبينا أنه تم اتخاذ الإجراءات اللازمة وفق الخطط المعتمدة.",
			"2015-07-27", "أمس"},
		// snn-2015-08-03-00159: al-Nusra kidnapped eight, as the
		// Observatory reported.
		{"a kidnapping told by the Observatory",
			"وخطفت جبهة النصرة ثمانية عناصر منهم مساء الأربعاء قرب مدينة أعزاز في ريف حلب الشمالي، بحسب ما ذكر المرصد السوري لحقوق الإنسان والفرقة نفسها.",
			"2015-08-03", "مساء الأربعاء"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := analyzeEvents(t, x, asm, tc.text, tc.dct)
			for _, e := range evs {
				if e.TimeText == tc.time {
					if e.Type == "statement" {
						t.Errorf("%q: a statement (all: %s)", tc.time, typeDates(evs))
					}
					return
				}
			}
			t.Errorf("no event at %q (all: %s)", tc.time, typeDates(evs))
		})
	}
}
