package timeline

import (
	"strings"
	"testing"
)

// runPartCases runs participant cases (see partCase) on the assembler with
// name discovery.
func runPartCases(t *testing.T, tests []partCase) {
	t.Helper()
	x, asm := discoverAssembler(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var all []string
			for _, e := range analyzeEvents(t, x, asm, tc.text, tc.dct) {
				names := participantNames(&e)
				all = append(all, e.TimeText+": "+names)
				if e.TimeText != tc.time {
					continue
				}
				for _, w := range tc.want {
					if !strings.Contains(names, w) {
						t.Errorf("%q: %q missing from %s", tc.time, w, names)
					}
				}
				for _, w := range tc.not {
					if strings.Contains(names, w) {
						t.Errorf("%q: %q should not be a participant: %s", tc.time, w, names)
					}
				}
				return
			}
			t.Errorf("no event at %q (all: %s)", tc.time, strings.Join(all, " | "))
		})
	}
}

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
