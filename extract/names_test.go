package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestNameSpans: where a name the labeller finds starts and ends, which
// one-word names are none, and which person a short form is, on sentences
// of SNN 2015-08-07 (a tuning day since session 12) and 08-10 (issue #13,
// names13).
func TestNameSpans(t *testing.T) {
	x := mustNew(t, builtinIndex(t), realDates(t), WithDiscovery(builtinModels(t), DiscoverAll))
	dct := time.Date(2015, 8, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string // mentions that must be there
		not        []string // mentions (text=...) that must not be there
	}{
		// 00654: the labeller reads the club and its member as one
		// organization; the gazetteer's club stays, the man is a person.
		{"a person's name after a gazetteer organization is a person",
			"في الإطار ذاته أكد عضو نادي أحد حامد الأحمدي أنَّ فريقه جاهز لملاقاة الأنصار اليوم الجمعة.",
			[]string{"نادي أحد=ohod-club/name", "حامد الأحمدي=per:حامد_الاحمدي/discovered"},
			[]string{"نادي أحد حامد الأحمدي="}},
		// 00579: the headline's given name and last word are the
		// person the body names in full, not a person "محمد" of its own.
		{"a given name before a short form is the same person",
			"جامعة الملك خالد توصي بجمع مخطوطات الراحل محمد فقي\nأوصت دراسة حديثة صادرة عن جامعة الملك خالد، بعنوان «المقالة في أدب محمد حسن فقي» للباحثة زهراء سلمان الغزواني.",
			[]string{"محمد فقي=per:محمد_حسن_فقي/coref"},
			[]string{"محمد=", "فقي="}},
		// 00029: the byline repeats the headline's name; one mention.
		{"a short form's given name and last word are one mention",
			"عبير الدخيل: فكر همجي رجعي\nعبير الدخيل\nهاهو الإرهاب يطل علينا بهيئتة القبيحة الشنيعة.",
			[]string{"عبير الدخيل=per:عبير_الدخيل/coref"},
			[]string{"عبير=", "الدخيل="}},
		// 00654's headline: "derby" is no person (953's only participant).
		{"a sports word alone is no name (not_names)",
			"ديربي أحد والأنصار يشعل ختام مهرجان صيف طيبة اليوم",
			nil, []string{"ديربي="}},
		// 00449: "His Excellency" before a role and a name, and
		// "emergency" of the Emergency Forces, are frequent words.
		{"an honorific alone is no name (frequent word)",
			"أدانت منظمة التعاون الإسلامي التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في مدينة أبها بمنطقة عسير.\nوأشار معالي أمين عام منظمة التعاون الإسلامي إياد بن أمين مدني إلى أن هذا العمل الإجرامي يتنافى مع تعاليم الإسلام.",
			[]string{"إياد بن أمين مدني=per:اياد_بن_امين_مدني/discovered"}, []string{"معالي="}},
		{"a frequent common word alone is no name",
			testshared.Passage(t, "snn-2015-08-07-00449", "المنظمات والمؤسسات الدولية", "قوات الطوارئ بعسير\n") +
				"أدانت" +
				" الأمانة العامة لمجلس " +
				"التعاون لدول الخليج العربية " +
				testshared.Passage(t, "snn-2015-08-07-00449", "بشدة حادث التفجير", "يؤدون صلاة الظهر") +
				".",
			nil, []string{"الطوارئ="}},
		// SNN 2015-08-10 00507: a verb and an honorific, frequent and
		// not_names words both, are no person.
		{"a person's name of frequent words only is none",
			"اطمأن معالي نائب وزير الصحة للشؤون الصحية حمد بن محمد الضويلع, امس, على المصابين من رجال الأمن في حادث تفجير مسجد الطوارئ بمنطقة عسير, والمنومين بمستشفى عسير المركزي.",
			[]string{"حمد بن محمد الضويلع=per:حمد_بن_محمد_الضويلع/discovered"}, []string{"اطمأن", "معالي="}},
		// SNN 2015-07-26 01086 and 2015-08-10: "the text of which
		// follows" and "a supporter" are no persons (not_names).
		{"what follows is no person",
			"صدر عن قيادة قوات التحالف بيان بشأن الالتزام بهدنة إنسانية في اليمن فيما يلي نصه:",
			nil, []string{"يلي=", "يلي نصه="}},
		{"a supporter is no person",
			"وألقت الشرطة القبض على باكستاني متشدد مؤيد لطالبان أفغانستان",
			nil, []string{"مؤيد="}},
		// 01164 (v9 696): مغرب "sunset" before a time word is no
		// Morocco written without its article (common_words); المغرب
		// still is.
		{"sunset is not Morocco",
			"وأشار سكان تلك القرى إلى أنهم عاشوا ليلة الجمعة في ظلام دامس بعد انقطاع الكهرباء مغرب أمس الخميس، حتى صباح اليوم. وزار الوفد المغرب.",
			[]string{"المغرب=country-ma/name"}, []string{"مغرب="}},
		// 00670 (961): the minister's name does not take the
		// decision he issued, an indefinite noun with tanween.
		{"a name does not end in a word with tanween",
			testshared.Passage(t, "snn-2015-08-07-00670", "وزير الشؤون البلدية", "من رؤساء البلديات\n") +
				testshared.Passage(t, "snn-2015-08-07-00670", "أصدر وزير الشؤون", "بلدية محافظة القنفدة") +
				".",
			[]string{"عبد اللطيف بن عبد الملك آل الشيخ=per:عبداللطيف_بن_عبدالملك_ال_الشيخ/discovered"},
			[]string{"عبد اللطيف بن عبد الملك آل الشيخ قراراً=", "قراراً="}},
	} {
		got := mentionsOf(t, x, tc.text, dct)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: missing %s; got %v", tc.name, w, got)
			}
		}
		for _, n := range tc.not {
			for _, g := range got {
				if strings.HasPrefix(g, n) {
					t.Errorf("%s: %s is a mention; got %v", tc.name, g, got)
				}
			}
		}
	}
}
