package extract

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/textnorm"
)

const discoverYAML = `entities:
  - id: baghdadi
    type: person
    names: {en: [Abu Bakr al-Baghdadi], ar: [أبو بكر البغدادي]}
  - id: sanaa
    type: place
    names: {en: [Sanaa], ar: [صنعاء]}
  - id: jeddah
    type: place
    names: {en: [Jeddah], ar: [جدة]}
  - id: asir
    type: place
    names: {en: [Asir], ar: [عسير]}
  - id: qatif
    type: place
    names: {en: [Qatif], ar: [القطيف]}
  - id: hayat
    type: organization
    names: {en: [Al-Hayat], ar: [جريدة الحياة]}
  - id: irna
    type: organization
    names: {en: [IRNA], ar: [وكالة الأنباء الإيرانية]}
`

func discoverExtractor(t *testing.T, scope Scope) *Extractor {
	t.Helper()
	ix := yamlIndex(t, discoverYAML, "test.yaml")
	rec := realDates(t)
	models := builtinModels(t)
	x := mustNew(t, ix, rec, WithDiscovery(models, scope))
	return x
}

// found lists a document's mentions as "text=id/via".
func found(d *Document) []string {
	var out []string
	for _, m := range d.Mentions {
		out = append(out, m.Text+"="+m.EntityID()+"/"+m.Via.String())
	}
	return out
}

func TestDiscover(t *testing.T) {
	x := discoverExtractor(t, DiscoverAll)
	dct := time.Date(2015, 8, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string // mentions that must be there
		not        []string // texts that must not be mentions
	}{
		{"a new person, with a stable id",
			"قال وزير الخارجية اليمني رياض ياسين إن الحكومة ستعود إلى صنعاء.",
			[]string{"رياض ياسين=per:رياض_ياسين/discovered", "صنعاء=sanaa/name"}, nil},
		{"the proclitic is not part of the name or its id",
			"التقى الرئيس هادي ورياض ياسين في الرياض أمس.",
			[]string{"رياض ياسين=per:رياض_ياسين/discovered"}, nil},
		{"the surname alone after the full name is the same person",
			"قال وزير الخارجية اليمني رياض ياسين إن الحوار فشل. وأضاف ياسين أن الحكومة لن تتفاوض.",
			[]string{"رياض ياسين=per:رياض_ياسين/discovered", "ياسين=per:رياض_ياسين/coref"}, nil},
		{"the given name alone after the full name is the same person (ANERcorp)",
			"نال نزار قباني شهادة البكالوريا من دمشق. بدأ نزار يكتب الشعر وعمره 16 سنة.",
			[]string{"نزار قباني=per:نزار_قباني/discovered", "نزار=per:نزار_قباني/coref"}, nil},
		{"a spelling the gazetteer knows links to its entity",
			"وقال زعيم التنظيم أبوبكر البغدادي في تسجيل صوتي إن الحرب ستستمر.",
			[]string{"أبوبكر البغدادي=baghdadi/discovered"}, nil},
		{"a name the labeller starts at بن takes the given name before it",
			"وقال الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة الحدود الشمالية إن المشروع اكتمل.",
			[]string{"فيصل بن خالد بن عبدالعزيز=per:فيصل_بن_خالد_بن_عبدالعزيز/discovered"}, nil},
		{"a person's name after an organization's head names the organization",
			"ونقل المصاب إلى مستشفى الملك فيصل التخصصي في الرياض.",
			[]string{"مستشفى الملك فيصل=org:مستشفي_الملك_فيصل/discovered"}, nil},
		// SNN 2015-08-09 (00555, 00557, 00532, 00766, 00162, 00659): an
		// organization named by a definite_org_heads word and definite
		// words, which the labeller reads as no name.
		{"a ministry named by its head and a definite word and adjective",
			"وأكدت وزارة الخارجية التركية في بيان لها أمس تضامن تركيا مع المملكة في مكافحتها للإرهاب.",
			[]string{"وزارة الخارجية التركية=org:وزاره_الخارجيه_التركيه/discovered"}, nil},
		{"a ministry named by its head and one definite word",
			"علقت وزارة العمل نشاط إحدى كبرى شركات الاستقدام بالمملكة.",
			[]string{"وزارة العمل=org:وزاره_العمل/discovered"}, nil},
		{"the proclitic before the head is not part of the name",
			"قال المتحدث الرسمي لوزارة التعليم مبارك العصيمي أنه يجب على المرشحين للوظائف التعليمية إجراء فحص السموم.",
			[]string{"وزارة التعليم=org:وزاره_التعليم/discovered"}, nil},
		{"a definite object after the name is not an adjective of it",
			"وجاء في بيان: «إنه بسبب انعدام الأمن في شرق تركيا تنصح وزارة الخارجية المواطنين الراغبين في السفر عدم سلوك الطرقات البرية إلى تركيا».",
			[]string{"وزارة الخارجية=org:وزاره_الخارجيه/discovered"}, []string{"وزارة الخارجية المواطنين"}},
		// SNN 2015-08-04 (00359), 08-10 (00445), 08-04
		// (00101): an organization's name of a head and definite words
		// that stops short of the relational adjective closing it
		// (orgAdjectives).
		{"a name found short of its adjective takes it",
			"لدينا معهد الدراسات الدبلوماسية في السعودية، والذي افتتحه الأمير سعود الفيصل رسمياً في 1400هـ.",
			[]string{"معهد الدراسات الدبلوماسية=org:معهد_الدراسات_الدبلوماسيه/discovered"}, nil},
		{"a gazetteer organization takes the adjective and keeps its entity",
			"وكان في يدي نسخة من جريدة الحياة اللبنانية التي تصدر من بيروت.",
			[]string{"جريدة الحياة اللبنانية=hayat/name"}, nil},
		{"a description after the name is none of it",
			"وأعلنت وكالة الأنباء الإيرانية الرسمية «إيرنا», أن لجنة الرقابة علقت صدور الصحيفة الأسبوعية.",
			[]string{"وكالة الأنباء الإيرانية=irna/name"}, []string{"الرسمية"}},
		{"a Yemeni district is no organization",
			"تمكنت المقاومة الشعبية أمس عقب مواجهات عنيفة مع قوات التمرد من انتزاع السيطرة على جبل الجماجم في مديرية الزهر من أيدي الإرهابيين.",
			nil, []string{"مديرية الزهر"}},
		// SNN 2015-08-03.
		{"a hamza that normalization folds into the article's alef is no article",
			"من جهة أخرى قررت لجنة ألعاب كرة القدم بالاتحاد السعودي برئاسة الدكتور صلاح السقا عقد اجتماع اللجنة الدوري ظهر اليوم.",
			nil, []string{"لجنة ألعاب"}},
		{"a stop word right after the head leaves no name",
			"ومن جهته أكد الدكتور عبدالله بانخر عضو هيئة التدريس بجامعة الملك عبدالعزيز أنه إمعانا لأدني درجات السوء.",
			nil, []string{"هيئة التدريس"}},
		// SNN 2015-08-09 (00068, 00184, 00062): a quoted name after a
		// quoted_org_heads word.
		{"a quoted name after an organization's head is an organization",
			"ضمن برنامج المسؤولية الاجتماعية لمجمع “رد سي مول” بجدة يستضيف المجمع صباح غد الاثنين ولمدة ثماني ساعات أطفال ذوي الإعاقة البصرية.",
			[]string{"رد سي مول=org:رد_سي_مول/discovered"}, nil},
		{"a quoted foreign name after an organization's head is an organization",
			"ومن بين الحالات التي ذكرتها منظمة «غلوبال ويتنس» أن استثمارات رئيس مخابرات كازاخستان السابق في عقارات لندن بلغ حجمها 235 مليون دولار.",
			[]string{"غلوبال ويتنس=org:غلوبال_ويتنس/discovered"}, nil},
		{"a quote after a head with the article is what it says",
			"وقال المعهد “نحن محايدون”.",
			nil, []string{"محايدون"}},
		// SNN 2015-08-11 (00666, 01437): a place_org_heads word before a
		// gazetteer place; the test gazetteer lists Jeddah and Asir.
		{"a head before a gazetteer place names an organization",
			"وأهابت صحة جدة جميع ملاك المنشآت الصحية الخاصة بالمحافظة التقيد بجميع الأنظمة.",
			[]string{"صحة جدة=org:صحه_جده/discovered"}, nil},
		{"the proclitic before the head is not part of the name",
			"وقد تم طردي من قبل المسؤول في قسم المتابعة بصحة عسير.",
			[]string{"صحة عسير=org:صحه_عسير/discovered"}, []string{"بصحة"}},
		{"a head before a gazetteer place takes a relational adjective (00746)",
			"والطفلة التي دفنت مساء الأحد في مدينة القطيف توفيت في مستشفى القطيف المركزي بعد نكسة صحية أصابتها إثر بتر يدها.",
			[]string{"مستشفى القطيف المركزي=org:مستشفي_القطيف_المركزي/discovered"}, nil},
		// SNN 2015-08-02 (00003, 00816, 00655), 2015-08-09 (00510, 00016): a
		// public body written without its place (body_org_names); the
		// place after it stays a place.
		{"a public body written bare is an organization",
			"ورفعت إدارة التعليم تنازلها لشرطة الليث عن الهكر.",
			[]string{"إدارة التعليم=org:اداره_التعليم/discovered"}, nil},
		{"a public body after a conjunction",
			"قطع مسؤولو نحو ثمان جهات حكومية في محافظة الأحساء، وهي \"المحافظة، والشؤون الصحية، وجمعية البر، والشرطة، والمرور، والأحوال المدنية\".",
			[]string{"الشؤون الصحية=org:الشوون_الصحيه/discovered", "الأحوال المدنية=org:الاحوال_المدنيه/discovered"}, []string{"والشؤون"}},
		{"a public body and its place apart",
			"وكان ينبغي عليه أن يتوجه إلى الشؤون الصحية التابعة لمحافظة جدة والمطالبة بحقه.",
			[]string{"الشؤون الصحية=org:الشوون_الصحيه/discovered", "جدة=jeddah/name"}, []string{"الصحية التابعة"}},
		{"a public body of three words",
			"أوضحت الإدارة العامة للتعليم بمحافظة الطائف عن توفر عدد من الوظائف.",
			[]string{"الإدارة العامة للتعليم=org:الاداره_العامه_للتعليم/discovered"}, nil},
		{"a title's portfolio is no body",
			"أطمأن نائب وزير الصحة للشؤون الصحية حمد بن محمد الضويلع على المصابين.",
			nil, []string{"الصحية"}},
		{"a ك before a name not seen in training is part of the name",
			"وصل الوفد إلى ولاية كاليفورنيا الأمريكية أمس.",
			[]string{"كاليفورنيا=loc:كاليفورنيا/discovered"}, nil},
		// SNN 2015-08-10 (00966, 00158, 00992, 01384, 00060, 01217):
		// the labeller cuts a name in two (B-PERS B-PERS); the halves are
		// one name, but across a conjunction, a dash or after a nationality.
		{"a foreign name after إن is one name",
			"وقالت الشرطة: إن سالفاتوري رينودو كان يقوم بتمشية كلابه في الريف خارج بلدة سيفالو قرب مدينة باليرمو عاصمة صقلية.",
			[]string{"سالفاتوري رينودو=per:سالفاتوري_رينودو/discovered"}, nil},
		{"a name of three words after a title is one name",
			"بدوره قال رئيس المجلس التنسيقي للمقاومة الشعبية بتعز، الشيخ حمود سعيد المخلافي، إن «المقاومة لن تتراجع عن معركتها».",
			[]string{"حمود سعيد المخلافي=per:حمود_سعيد_المخلافي/discovered"}, nil},
		{"a name of four words is one name",
			"إضافة إلى عائلة العميد طارق محمد عبدالله صالح، نجل شقيق صالح وقائد حرسه الخاص.",
			[]string{"طارق محمد عبدالله صالح=per:طارق_محمد_عبدالله_صالح/discovered"}, nil},
		{"a long name after a nationality is one name",
			"منح حاكم ولاية كوينزلاند في أستراليا الباحث السعودي حسام مأمون عباس زواوي لقب بطل ولاية كوينزلاند بريسبان.",
			[]string{"حسام مأمون عباس زواوي=per:حسام_مامون_عباس_زواوي/discovered"}, nil},
		{"a nationality read as a name does not join the name after it",
			"إلى أن طبّق المدرب اليوناني جوريجوس دونيس عددًا من التدريبات التكتيكية.",
			nil, []string{"اليوناني جوريجوس"}},
		{"names in a list cut by dashes stay apart",
			"وضمت قائمة اللاعبين التي وصلت إلى لندن: حسين شيعان ـ متعب شراحيلي ـ عبدالله الشمري ـ عمر هوساوي ـ محمد حسين ــ جمعان الدوسري ـ خالد الغامدي.",
			nil, []string{"شيعان ـ متعب", "هوساوي ـ محمد"}},
		{"names joined by a conjunction stay apart",
			"وتراجعت فرص بيدرو في المشاركة في النصف الثاني من الموسم الماضي مع تألق ليونيل ميسي ولويس سواريز ونيمار.",
			nil, []string{"ميسي ولويس"}},
		{"English: a headline in capitals has no discovered names",
			"BAHIA COCOA REVIEW SAYS SHOWERS CONTINUED\nShowers continued throughout the week in the Bahia cocoa zone.",
			nil, []string{"BAHIA COCOA REVIEW"}},
		{"dates are no names",
			"وصل الوفد إلى الرياض يوم الخميس 6 أغسطس 2015.",
			nil, []string{"أغسطس", "الخميس"}},
		// reuters-4365, reuters-4694, reuters-4661 (lines 1-15,000 of
		// reuters21578.jsonl): a wire's ticker in angle brackets.
		{"English: a ticker is not part of the name",
			"Solv-Ex Corp said it successfully completed its oil sands pilot testing program under its agreement with Shell Canada Limited <SHC> and received a 250,000 U.S. dlr bonus payment.",
			nil, []string{"<", "SHC"}},
		{"English: a ticker alone is no name",
			"The French government and Walt Disney Co\n <DIS.N> expect to sign a contract for Europe's first\nDisneyland amusement park before the end of next month, a\nsenior French official said today.",
			nil, []string{"DIS.N"}},
		{"English: a legal form ends a company's name",
			"Sandvik AB <SVIK.ST> and Belgian group\n<Diamant Boart SA> have completed preliminary negotiations on\nforming a joint venture which will combine their oil and gas\ndrilling tools activities, Diamant Boart said in a statement.",
			[]string{"Sandvik AB=org:sandvik_ab/discovered"}, []string{"SVIK"}},
		// Reuters tuning lines (en12): a company's name written with "and"
		// is one organization, not a person and a company, and two
		// companies joined by "and" stay two.
		{"English: a company's name with a joiner (reuters-13222)",
			"Houston Lighting and Power Co, a unit of Houston Industries Inc, said it will redeem on May 4 at par plus accrued interest about 140 mln dlrs of first mortgage bonds.",
			[]string{"Houston Lighting and Power Co=org:houston_lighting_and_power_co/discovered"}, nil},
		{"English: two companies joined by and (reuters-13175)",
			"Fortune Systems Corp and SCI Systems Inc said they signed a letter of intent covering the purchase of Fortune's microcomputer business assets for an unspecified amount of cash.",
			[]string{"Fortune Systems Corp=org:fortune_systems_corp/discovered", "SCI Systems Inc=org:sci_systems_inc/discovered"}, []string{"Corp and"}},
		{"English: a company after another, and Sons (reuters-14148)",
			"Chili's named Goldman, Sachs and Co and Alex Brown and Sons Inc as underwriters.",
			[]string{"Alex Brown and Sons Inc=org:alex_brown_and_sons_inc/discovered"}, []string{"Co and"}},
		// Facilities by their head (issue #11, disc15): SNN tuning days.
		{"a mosque by its head and a definite name (snn-2015-08-04-01111)",
			"اختتم جامع الفاروق بمدينة عنك المسابقة الرمضانية السنوية لحفظ القرآن الكريم.",
			[]string{"جامع الفاروق=loc:جامع_الفاروق/discovered"}, nil},
		{"an airport after a proclitic-free head (snn-2015-08-03-00608)",
			"تسيطر قوات المقاومة الشعبية باليمن على مدرج مطار العند بلحج، وفر عدد كبير من الميليشيات الحوثية من المطار.",
			[]string{"مطار العند=loc:مطار_العند/discovered"}, nil},
		{"a school named after a person, the proclitic left out (snn-2015-08-02-00904)",
			"أجرى وزير التعليم الدكتور عزام الدخيّل، مساء اليوم السبت، اتصالاً بذوي المتوفى غرقاً في بركة مياه تابعة لمدرسة حسّان بن ثابت المتوسطة بالقريات عبد الله جزاع سالم الشراري.",
			[]string{"مدرسة حسّان بن ثابت=org:مدرسه_حسان_بن_ثابت/discovered"}, []string{"لمدرسة"}},
		{"a man's name the labeller found from the head on is the stadium's (snn-2015-08-04-00340)",
			"وكشف الفهد أن افتتاح ستاد جابر الدولي سيتم في شباط (فبراير) المقبل.",
			[]string{"ستاد جابر=loc:ستاد_جابر/discovered"}, []string{"سيتم"}},
		{"a plural after the head is a common noun (snn-2015-08-01-00240)",
			"وذلك في صالة الاجتماعات بمقر الأمانة.",
			nil, []string{"صالة الاجتماعات"}},
		{"shortness written as a palace is no name (snn-2015-08-06-03103)",
			"دشّن مساعد مدير الشؤون الصحية للصحة العامة بالطائف الدكتور محمد ضيف الله الزايدي، مساء أمس، فعاليات البرنامج الوطني لمكافحة مرض السكري والسمنة المفرطة ونقص فتامين (د)، وقصر القامة، والبلوغ المبكر للفتيات.",
			nil, []string{"قصر القامة"}},
		{"a club after the head stays the club (snn-2015-08-03-00467)",
			"بدأ سيلتيك حملة الدفاع عن لقب الدوري الاسكتلندي الممتاز لكرة القدم بفوز سهل على روس كاونتي بنتيجة 2 - 0 على ملعب سيلتيك بارك في افتتاح منافسات الموسم أمس السبت.",
			nil, []string{"ملعب"}},
		// Reuters tuning lines (en15): a hyphen between two capitalized
		// words and a possessive that opens the name belong to a company's
		// name; a man's possessive before his company does not.
		{"English: a hyphen in a company's name (reuters-114)",
			"Coca-Cola Co's Entertainment Business Sector Inc unit said it formed a joint venture with an affiliate of World Film Services to acquire, produce and distribute television programming around the world.",
			[]string{"Coca-Cola Co=org:coca_cola_co/discovered"}, nil},
		{"English: a possessive in a company's name (reuters-10435)",
			"<Hudson's Bay Co> said it signed a letter of intent to sell its Hudson's Bay Wholesale unit to a private investment group.",
			[]string{"Hudson's Bay Co=org:hudson_s_bay_co/discovered"}, nil},
		{"English: a man's possessive before his company (reuters-14375)",
			"Michael Davidoff, head trader for Ivan Boesky's Seemala Corp, consented to Securities and Exchange Commission penalities and agreed to help in its continuing investigation.",
			[]string{"Seemala Corp=org:seemala_corp/discovered"}, []string{"Boesky's Seemala"}},
		// A company's short form that the labeller reads as a person or a
		// place is the company named in full in the article (en16).
		{"English: a company's short form is the company (reuters-2927)",
			"Energen Corp said it has acquired the distribution system of the City of Clanton, Ala. for about 1.2 mln dlrs. The 1,800 customer system is the fourth municipal system acquired by Energen's Alabama Gas subsidiary since October 1986.",
			[]string{"Energen Corp=org:energen_corp/discovered", "Energen=org:energen_corp/discovered"}, nil},
		{"English: a company's short form is the company (reuters-10473)",
			strings.ReplaceAll(testshared.Passage(t, "reuters-10473", "Honeywell Inc said", "Honeywell Information\nSystems "), "\n", " ") +
				"computer business to " +
				"Compagnie des Machines Bull" +
				" of France." +
				strings.ReplaceAll(testshared.Passage(t, "reuters-10473", " Honeywell said it", "Sperry Aerospace Group."), "\n", " "),
			[]string{"Honeywell=org:honeywell_inc/discovered"}, nil},
		{"English: a new organization",
			"The Syrian Observatory for Human Rights said on Monday that 20 people were killed.",
			[]string{"Syrian Observatory for Human Rights=org:syrian_observatory_for_human_rights/discovered"}, []string{"Monday"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := x.Analyze(context.Background(), tc.text, dct)
			if err != nil {
				t.Fatal(err)
			}
			checkMentions(t, d)
			got := found(d)
			for _, w := range tc.want {
				ok := false
				for _, g := range got {
					ok = ok || g == w
				}
				if !ok {
					t.Errorf("missing %s; got %v", w, got)
				}
			}
			for _, n := range tc.not {
				for _, m := range d.Mentions {
					if strings.Contains(m.Text, n) {
						t.Errorf("%q in a mention: %v", n, got)
					}
				}
			}
		})
	}
}

// TestDiscoverScope: DiscoverDated reads only near dating expressions (and
// the lead: the first sentence, and the story's first sentence after a
// headline line); without discovery only the gazetteer's names come.
func TestDiscoverScope(t *testing.T) {
	text := "عنوان الخبر\nوصل الوفد.\nقال المتحدث رياض ياسين إن الوضع صعب.\nوقال وزير الخارجية اليمني رياض ياسين أمس إن الحكومة ستعود إلى صنعاء."
	dct := time.Date(2015, 8, 10, 0, 0, 0, 0, time.UTC)
	count := func(x *Extractor) int {
		d, err := x.Analyze(context.Background(), text, dct)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range d.Mentions {
			if m.Via == gazetteer.ViaDiscovered {
				n++
			}
		}
		return n
	}
	if n := count(discoverExtractor(t, DiscoverAll)); n != 2 {
		t.Errorf("DiscoverAll: %d discovered, want 2", n)
	}
	if n := count(discoverExtractor(t, DiscoverDated)); n != 1 {
		t.Errorf("DiscoverDated: %d discovered, want 1 (the dated sentence)", n)
	}
	if n := count(discoverExtractor(t, DiscoverOff)); n != 0 {
		t.Errorf("DiscoverOff: %d discovered", n)
	}
	// The story's first sentence under a headline line is read whole.
	text = "عنوان الخبر\nقال المتحدث رياض ياسين إن الوضع صعب.\nوقال وزير الخارجية اليمني رياض ياسين أمس إن الحكومة ستعود إلى صنعاء."
	if n := count(discoverExtractor(t, DiscoverDated)); n != 2 {
		t.Errorf("DiscoverDated with the lead sentence: %d discovered, want 2", n)
	}
	// A headline line of several sentences (SNN 2015-08-09 00150).
	text = "السعودية: منفذ تفجير عسير هو يوسف السليمان.. والداخلية تتعقب المخططين\nقال المتحدث رياض ياسين إن الوضع صعب.\nوقال وزير الخارجية اليمني رياض ياسين أمس إن الحكومة ستعود إلى صنعاء."
	if n := count(discoverExtractor(t, DiscoverDated)); n < 2 {
		t.Errorf("DiscoverDated with the lead under a headline of several sentences: %d discovered, want 2 or more", n)
	}
}

// TestBareCommonWordVeto: a bare one-word entry of a gazetteer (one name, no
// other spelling or role, as in a list of names) that is also a frequent
// common word is dropped where the labeller reads it as no name at all; an
// entity with more to it keeps the labeller's margin.
func TestBareCommonWordVeto(t *testing.T) {
	ix := yamlIndex(t, `entities:
  - id: sunna
    type: organization
    names: {ar: [سنة]}
  - id: taif
    type: place
    names: {en: [Taif], ar: [الطائف]}
`, "list.yaml")
	rec := realDates(t)
	off := mustNew(t, ix, rec)
	on := mustNew(t, ix, rec, arabicDiscovery(t))
	has := func(x *Extractor, text, id string) bool {
		d, err := x.Analyze(context.Background(), text, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		for _, mn := range d.Mentions {
			if mn.EntityID() == id {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		text, id string
		want     bool
	}{
		{"مضت سنة على الحادث.", "sunna", false},     // a year; kept at the margin of 100
		{"كل سنة يزور الحجاج مكة.", "sunna", false}, // a year; kept at the margin of 100
		{"تتصاعد التوترات بين سنة وشيعة العراق.", "sunna", true},
		{"وصل الوفد إلى الطائف بعد رحلة طويلة.", "taif", true},
	} {
		if !has(off, tc.text, tc.id) {
			t.Errorf("%q: without discovery the gazetteer's %s should match (the case would prove nothing)", tc.text, tc.id)
		}
		if got := has(on, tc.text, tc.id); got != tc.want {
			t.Errorf("%q: %s kept = %v, want %v", tc.text, tc.id, got, tc.want)
		}
	}
}

// TestDiscoverDatedRest: DiscoverDated reads a dated sentence beyond the
// window of its date too, for names of two words or more where no
// gazetteer mention is (SNN 2015-08-09 00830: the killer's name is 40
// tokens before "ليلة الخميس الماضي").
func TestDiscoverDatedRest(t *testing.T) {
	x := discoverExtractor(t, DiscoverDated)
	text := "عنوان الخبر\nوصل الوفد.\n" +
		testshared.Passage(t, "snn-2015-08-09-00830", "قال مدير المرصد", "ليلة الخميس الماضي.")
	d, err := x.Analyze(context.Background(), text, time.Date(2015, 8, 9, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	checkMentions(t, d)
	got := found(d)
	for _, w := range []string{"سليمان الأسد=per:سليمان_الاسد/discovered", "رامي عبدالرحمن=per:رامي_عبدالرحمن/discovered"} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %s; got %v", w, got)
		}
	}
}

// TestCountryAndWords: a country's abbreviation and the common word the
// wire capitalizes after its full stop are no organization; the country
// stays (Reuters lines 1-15,000, en12).
func TestCountryAndWords(t *testing.T) {
	x := mustNew(t, builtinIndex(t), realDates(t), WithDiscovery(builtinModels(t), DiscoverAll))
	for _, tc := range []struct{ name, text, want, not string }{
		// reuters-255
		{"officials", "U.S. Secretary of State George Shultz is\nlikely to visit Moscow soon for talks following new Soviet arms\ncontrol proposals, U.S. Officials said.",
			"U.S=country-us/alias", "U.S. Officials"},
		// reuters-8109: a title before a person is no organization.
		{"a title", "U.S. Defence Secretary Caspar Weinberger, in remarks\napparently unrelated to the broadcast, said the U.S. Would do\nwhatever was necessary to keep shipping lanes open in the face\nof new Iranian anti-ship missiles.",
			"U.S=country-us/alias", "U.S. Defence"},
	} {
		got := mentionsOf(t, x, tc.text, time.Time{})
		n := 0
		for _, g := range got {
			if g == tc.want {
				n++
			}
			if strings.HasPrefix(g, tc.not) {
				t.Errorf("%s: %q is a mention: %v", tc.name, tc.not, got)
			}
		}
		if n == 0 {
			t.Errorf("%s: %s missing: %v", tc.name, tc.want, got)
		}
	}
}

// TestModelLoader: WithModelLoader loads the labeller of an article's
// language at its first article and no other, and finds what WithDiscovery
// finds (a name only the labeller finds, SNN 2015-08-10); a load error is
// Analyze's.
func TestModelLoader(t *testing.T) {
	models := builtinModels(t)
	ix, rec := builtinIndex(t), realDates(t)
	var mu sync.Mutex
	var loaded []textnorm.Lang
	load := func(l textnorm.Lang) (*ner.Model, error) {
		mu.Lock()
		defer mu.Unlock()
		loaded = append(loaded, l)
		return models[l], nil
	}
	langs := []textnorm.Lang{textnorm.Arabic, textnorm.English}
	lazy := mustNew(t, ix, rec, WithModelLoader(load, langs, DiscoverAll))
	eager := mustNew(t, ix, rec, WithDiscovery(models, DiscoverAll))
	const text = "وقالت الشرطة: إن سالفاتوري رينودو كان يقوم بتمشية كلابه في الريف خارج بلدة سيفالو قرب مدينة باليرمو عاصمة صقلية."
	for range 2 {
		got, want := mentionsOf(t, lazy, text, time.Time{}), mentionsOf(t, eager, text, time.Time{})
		if !slices.Equal(got, want) {
			t.Errorf("WithModelLoader: %v, WithDiscovery: %v", got, want)
		}
	}
	if off := mentionsOf(t, mustNew(t, ix, rec), text, time.Time{}); slices.Equal(off, mentionsOf(t, eager, text, time.Time{})) {
		t.Fatalf("the sentence gives the same mentions without a labeller: %v", off)
	}
	if !slices.Equal(loaded, []textnorm.Lang{textnorm.Arabic}) {
		t.Errorf("loaded %v, want [ar] once", loaded)
	}
	fail := mustNew(t, ix, rec, WithModelLoader(func(textnorm.Lang) (*ner.Model, error) { return nil, errors.New("no model") }, langs, DiscoverAll))
	if _, err := fail.Analyze(context.Background(), text, time.Time{}); err == nil || err.Error() != "no model" {
		t.Errorf("Analyze with a failing loader: err %v, want no model", err)
	}
}
