package timeline

import (
	"strings"
	"sync"
	"testing"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/textnorm"
)

var (
	discoverOnce sync.Once
	discoverX    *extract.Extractor
	discoverErr  error
)

// discoverAssembler is builtinAssembler with name discovery in the scope
// tarikh events uses (extract.DiscoverDated).
func discoverAssembler(t *testing.T) (*extract.Extractor, *Assembler) {
	t.Helper()
	_, asm := builtinAssembler(t)
	discoverOnce.Do(func() {
		models := map[textnorm.Lang]*ner.Model{}
		for _, l := range []textnorm.Lang{textnorm.Arabic, textnorm.English} {
			m, err := ner.Builtin(string(l))
			if err != nil {
				discoverErr = err
				return
			}
			models[l] = m
		}
		discoverX, discoverErr = builtinExtractor(extract.WithDiscovery(models, extract.DiscoverDated))
	})
	if discoverErr != nil {
		t.Fatal(discoverErr)
	}
	return discoverX, asm
}

// partCase is a short excerpt of real news and, by the time text of an
// event in it ("" for a lead dated by the article), names its participants
// must include (want) and must not (not), matched against the Arabic or
// English names of its people, places and organizations.
type partCase struct {
	name, text, dct string
	time            string
	want, not       []string
}

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

func TestParticipants(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-08-09-01254: the lead sentence (no date of its own) is
		// read for names as the headline is.
		{"lead sentence: discovered speaker",
			"استنكار في عسير\nسبق- عسير: استنكر قائد حرس الحدود بمنطقة عسير اللواء سفر بن أحمد الغامدي؛ العمل الإرهابي الغادر الذي استهدف مسجد قوة الطوارئ في عسير.",
			"2015-08-09", "", []string{"الغامدي", "عسير"}, nil},
		// snn-2015-08-09-00849: the Gulf of "كأس الخليج العربي" is a cup's name.
		{"a region in a cup's name",
			"علمت \"الوطن\" من مصدر مطلع أن رئيس الاتحاد الكويتي لكرة القدم الشيخ طلال الفهد سيعلن عن الموعد الجديد لبطولة كأس الخليج العربي لكرة القدم الـ23، المقرر إقامتها في الكويت، عبر مؤتمر صحافي يعقده اليوم.",
			"2015-08-09", "اليوم", []string{"طلال الفهد", "Kuwait"}, []string{"Gulf"}},
		// snn-2015-08-09-00311: a title's countries ("champion of Spain").
		{"countries in a club's titles",
			"لن يتمكن النجم البرازيلي نيمار من المشاركة مع فريقه برشلونة بطل اسبانيا ودوري ابطال اوروبا في مباراة الثلاثاء المقبل على الكأس السوبر الاوروبية ضد الفريق الاسباني الاخر اشبيلية في تبيليسي.",
			"2015-08-09", "الثلاثاء المقبل", []string{"نيمار", "Tbilisi"}, []string{"Spain", "Europe"}},
		// snn-2015-08-06-00067: a club named after a place is an actor.
		{"a club named after a place",
			"وقال نادي سان جيرمان بموقعه على الإنترنت أمس الثللاثاء إن المهاجم السويدي تعرض للإصابة خلال المباراة التي فاز فيها فريقه 2-صفر على أولمبيك ليون ليحرز لقب كأس السوبر الفرنسية يوم السبت الماضي.",
			"2015-08-06", "أمس", []string{"سان جيرمان"}, nil},
		// snn-2015-08-06 (the Barcelona captains): the club (FC Barcelona in
		// organizations.yaml), not the city (Barcelona).
		{"a club named after a city",
			"أعلن نادي برشلونة الإسباني أمس الثلاثاء أن الرباعي اندريس انيستا وليونيل ميسي وسيرخيو بوسكيتيس وخافيير ماسكيرانو سيتولون قيادة الفريق الكتالوني خلال الموسم الجديد على الترتيب.",
			"2015-08-06", "أمس الثلاثاء", []string{"برشلونة"}, []string{"/Barcelona|"}},
		// reuters-498 (lines 1-15,000): a place in a company's name.
		{"English: a place in a company's name",
			"UTILICORP <UCU> COMPLETES ACQUISITION\nUtiliCorp United Inc said it\ncompleted the acquisition of West Virginia Power from Dominion\nResources for about 21 mln dlrs.",
			"1987-03-02", "", nil, []string{"West Virginia"}},
		// reuters-3813: "El Paso Electric"; not in a headline in capitals.
		{"English: a utility's name",
			"El Paso Electric said the agreement allows recovery in its\nNew Mexico rates of lease payments in connection with the\nutility's 1986 sale and leaseback of its investment in Palo\nVerde Unit Two to the extent of the book value sold.",
			"1987-03-11", "1986", []string{"El Paso Electric"}, []string{"/El Paso|"}},
		// reuters-3509: a headline in capitals says nothing of names.
		{"English: capitals",
			"INDONESIA OIL CONTRACT NEGOTIATIONS END THIS MONTH",
			"1987-03-09", "THIS MONTH", []string{"Indonesia"}, nil},
		// reuters-4550, reuters-4393 (lines 1-15,000): the regulator a
		// holding is filed with, and a spokesman, are the report's source.
		{"English: a filing's regulator is a source",
			"In a filing with the Securities and Exchange Commission, the Edelman group said it sold 103,000 Lucky Stores common shares on March 9 and 10 at prices ranging from 27.50 to 28.125 dlrs.",
			"1987-03-12", "March 9", []string{"Edelman"}, []string{"Securities and Exchange"}},
		{"English: a spokesman is a source",
			"State Department spokesman Charles Redman told reporters the proposals were made to the Soviet Union at Geneva arms control talks today.",
			"1987-03-12", "today", []string{"Soviet Union"}, []string{"Redman"}},
		// reuters-5866 (lines 1-15,000, en12): the country of the gunboat
		// that fired (lang/en/actors.yaml) takes part.
		{"English: the country of a gunboat",
			"A Cypriot tanker was set ablaze in the Persian Gulf yesterday after an Iranian gunboat fired missiles at it, shipping sources quoting reports from Japanese tankers said today.",
			"1987-03-17", "yesterday", []string{"Iran"}, []string{"Japan"}},
		// snn-2015-08-09-00977: a square named after a person.
		{"a person in a square's name",
			"وأعلنت محافظة القاهرة، أمس، أنها انتهت من تركيب اللوحات المعدنية الخاصة بميدان المستشار الشهيد هشام بركات، على اللافتات المخصصة له بطريق النصر بمدينة نصر، بدلاً من ميدان رابعة العدوية.",
			"2015-08-09", "أمس", []string{"Cairo"}, []string{"بركات"}},
		// snn-2015-08-06-00755: a village on the border with Turkey; the
		// kidnapping happened in the village (events.yaml border_words).
		{"the far side of a border",
			"وقال مدير المرصد رامي عبد الرحمن لوكالة فرانس برس «خطفت جبهة النصرة يوم أمس الثلاثاء خمسة مقاتلين على الاقل من الفرقة 30 في قرية قاح الحدودية مع تركيا».",
			"2015-08-06", "أمس الثلاثاء", []string{"قاح", "al-Nusra"}, []string{"Turkey"}},
		// snn-2015-08-06-00655: Al Jawf, not Saudi Arabia across its border.
		{"a governorate on the border",
			"كما لقي 24 مسلحا حوثيا مصرعهم إثر جرفهم بسيل في أحد وديان محافظة الجوف الحدودية مع السعودية، الأربعاء.",
			"2015-08-06", "الأربعاء", []string{"Al Jawf"}, []string{"Saudi Arabia"}},
		// snn-2015-08-09 (the Ghab plain): تل واسط is a village near Hama,
		// not Wasit Governorate (events.yaml town_heads).
		{"half of a town's name",
			"وأوضح المرصد السوري لحقوق الإنسان ومصادر أخرى اليوم إن مسلحي المعارضة شنوا هجومًا مضادًا بعد أن سيطرت قوات نظام الأسد تدعمها جماعات ميليشيا حليفة الأسبوع الماضي على قرى مثل المنصورة والزيارة وتل واسط الواقعة في سهل الغاب القريب من مدينة حماه .",
			"2015-08-09", "الأسبوع الماضي", []string{"حما"}, []string{"Wasit"}},
		// snn-2015-08-06-00308: بيت إيل is the settlement Beit El; the
		// labeller's person إيل is half of its name (events.yaml town_heads).
		{"a person as half of a town's name",
			testshared.Passage(t, "snn-2015-08-06-00308", "الذي بدا واضحا", "في قرية دوما."),
			"2015-08-06", "هذا الأسبوع", nil, []string{"إيل"}},
		// snn-2015-08-06: a man named in full after بيت is the house's owner.
		{"a person's house",
			testshared.Passage(t, "snn-2015-08-06-00308", "من اعتقد أن العملية", "يتيمة فهو مخطئ"),
			"2015-08-06", "فجر الجمعة الماضي", []string{"سعد دوابشة"}, nil},
		// snn-2015-08-08-00479: the bare عمان in a text that names Jordan is
		// Amman (gazetteer: Amman's bare name; the bigger Oman otherwise).
		{"Amman where Jordan is named",
			"أنهت الإدارة العامة للشؤون الصحية بمنطقة الجوف التعاقد مع عدد من الأطباء بالمملكة الأردنية الهاشمية، حيث تعاقدت مع أكثر من 30 طبيباً تمت مقابلتهم في العاصمة عمان، وترأس اللجنة مدير عام الشؤون الصحية بالمنطقة الأستاذ حسين الرويلي، بحضور أعضاء اللجنة.",
			"2015-08-08", "", []string{"Amman"}, []string{"Oman"}},
		// snn-2015-08-09: Oman's crude, in a text that names no Jordan.
		{"Oman where Jordan is not named",
			"تراجع المؤشر الرئيس لسوق مسقط للأوراق المالية الأسبوع الماضي 127 نقطة ليغلق عند مستوى 6430 نقطة، وذلك مع انخفاض أسعار النفط في الأسواق العالمية، حيث وصل سعر نفط عمان الخميس الماضي دون مستوى 50 دولارا للبرميل.",
			"2015-08-09", "الخميس الماضي", []string{"Oman"}, []string{"Amman"}},
		// snn-2015-08-06: بالكويت after المحكمة is where the court sits,
		// not part of its name (the proclitic ب).
		{"a place after a head with a preposition",
			"بدأت دائرة الجنايات في المحكمة الكلية بالكويت أمس جلسة محاكمة المتهمين في تفجير مسجد الإمام الصادق وعددهم 29 متهمًا.",
			"2015-08-06", "أمس", []string{"Kuwait"}, nil},
		// snn-2015-07-21: a Saudi student thanked by a university in
		// Malaysia; Saudi Arabia is her nationality (events.yaml
		// nationality_nouns), Malaysia the place.
		{"a nationality where another place is named",
			"رفع قسم اللغة العربية وآدابها في كلية معارف الوحي والعلوم الإنسانية بالجامعة الإسلامية العالمية في ماليزيا أسمى آيات الشكر والعرفان للطالبة السعودية زينة حسين عوضة القحطاني، على تفوقها الدراسي وتميزها، وحصلت القحطاني وهي طالبة دكتوراة في قسم اللغة العربية (اللسانيات التطبيقية) على شهادة شكر وتقدير وذلك لتفوقها في جميع المواد الدراسية للعام الجامعي 2014/2015م",
			"2015-07-21", "2014/2015م", []string{"Malaysia"}, []string{"Saudi Arabia"}},
		// snn-2015-08-06: with no other place, the girl's country stays.
		{"a nationality alone",
			"وصلت مساء أمس الطفلة السعودية زينب لباد بعد استكمال رحلتها العلاجية",
			"2015-08-06", "أمس", []string{"Saudi Arabia"}, nil},
		// snn-2015-08-06-03108, snn-2015-08-09-01251: the byline's
		// reporter (events.yaml byline_dashes).
		{"a byline's reporter",
			"محمد عطيف – سبق-القاهرة: تحتفل جمهورية مصر العربية، اليوم الخميس، وسط حضور من أعلى المستويات الرئاسية، بمشروعها الجديد لتطوير قناة السويس.",
			"2015-08-06", "اليوم الخميس", []string{"Egypt"}, []string{"عطيف"}},
		{"a byline's reporter, spaced dashes",
			"متعب البقمي - سبق - جدة: انطلقت مساء أمس الأول فعاليات السيرك العالمي بحضور نحو 1400 شخص ما بين كبار وصغار في جدة.",
			"2015-08-09", "أمس الأول", []string{"Jeddah"}, []string{"البقمي"}},
		// snn-2015-08-09-00678, snn-2015-08-06-02131: a country's adjective
		// after an actor noun (lang/ar/actors.yaml) is the country.
		{"a country's jets",
			"قصفت الطائرات الإسرائيلية موقعا تابعا لكتائب الشهيد عز الدين القسام في وسط قطاع غزة.",
			"2015-08-09", "", []string{"Israel", "Gaza Strip"}, nil},
		{"a country's drones, indefinite",
			"قتل ما لا يقل عن 56 مسلحاً من حركة طالبان وتنظيم داعش جراء ست غارات جوية نفذتها طائرات أميركية بدون طيار في المناطق الشرقية الحدودية مع باكستان.",
			"2015-08-06", "", []string{"United States", "Taliban"}, nil},
		// snn-2015-08-10-00253, snn-2015-08-09-00099: the Gulf states are
		// the GCC's members (world.yaml: دول الخليج), not the sea.
		{"the Gulf states",
			"الزياني: دول الخليج متمسكة بتنفيذ قرار مجلس الأمن بشأن اليمن",
			"2015-08-10", "", []string{"Gulf Cooperation Council", "Yemen"}, []string{"/Gulf|"}},
		{"the Gulf states' soldiers",
			"وفي الثالث من أغسطس (آب) الحالي، نشر مئات الجنود من دول الخليج الأعضاء في التحالف حول عدن لتأمين كبرى مدن جنوب اليمن.",
			"2015-08-10", "الثالث من أغسطس (آب) الحالي", []string{"Gulf Cooperation Council", "Aden"}, []string{"/Gulf|"}},
		// snn-2015-08-01-00715: بيت المقدس after a group word is Ansar
		// Beit al-Maqdis (world.yaml sinai-province), not Jerusalem.
		{"a group's short name",
			"الجيش المصري يعلن مقتل أحد قادة بيت المقدس بسيناء",
			"2015-08-01", "", []string{"Sinai Province", "Sinai"}, []string{"Jerusalem"}},
		// snn-2015-08-06-00175: the king's deputy took the call, not the
		// king (events.yaml deputy_of).
		{"the king in his deputy's title",
			"تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالاً هاتفياً اليوم من الملك محمد السادس ملك المملكة المغربية الشقيقة.",
			"2015-08-06", "اليوم", []string{"محمد بن نايف", "Mohammed VI"}, []string{"King Salman"}},
		// snn-2015-08-06-03011: تعيينه is the first person's of its
		// sentence, but not the byline's reporter's.
		{"a possessive past the byline",
			"عبدالعزيز السلمي- سبق- جدة: نقلة كبيرة شهدتها الساحة الاتحادية مع عودة العضو المؤثر منصور البلوي للبيت الاتحادي من جديد، وتحديدًا منذ أواخر شهر رمضان المبارك، بعد أن أعلن أخوه رئيس مجلس إدارة النادي إبراهيم البلوي تعيينه لمنصب المشرف العام على كرة القدم في التاسع عشر من شهر رمضان.",
			"2015-08-06", "التاسع عشر من شهر رمضان", []string{"منصور البلوي"}, []string{"السلمي"}},
		// snn-2015-08-02-00655: أبو عريش is a town of Jazan (GeoNames'
		// ٲبو عريش, places_extra.yaml alef_forms), not a man called by his
		// kunya.
		{"a town whose name begins with أبو",
			"وقع عصر اليوم السبت في تمام الساعة 5:30 حادث مروع في محافظة أبو عريش على طريق صبيا - أبو عريش مما أدى إلى إنقلاب شاحنة على سيارتين.",
			"2015-08-01", "اليوم السبت", []string{"أبو عريش/Ab"}, []string{"أبو عريش/أبو"}},
		// snn-2015-08-06-00174: a kunya in curly quotes after بـ is the
		// bomber, not a newspaper (events.yaml told_before).
		{"a kunya in curly quotes",
			"أعلن تنظيم داعش الإرهابي مسؤوليته عن التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ الخاصة بأبها في منطقة عسير، والذي وقع ظهر اليوم الخميس، كاشفًا أن منفذ العملية يكنى بـ”أبو سنان النجدي”.",
			"2015-08-06", "اليوم الخميس", []string{"أبو سنان"}, nil},
		// snn-2015-08-06-01405: المستشار with its article is the speaker's
		// own title ("the counsellor Ahmed Abu Zeid"), not an adviser's.
		{"a title with the article is the person's own",
			"وأكدت الخارجية المصرية على لسان متحدثها المستشار أحمد أبو زيد فى تصريح اليوم تضامن جمهورية مصر العربية مع حكومة وشعب المملكة العربية السعودية.",
			"2015-08-06", "اليوم", []string{"أبو زيد"}, nil},
		// snn-2015-08-02-00393: a verb between the source (التلفزيون) and
		// the name makes the name its subject, not the report's source.
		{"the subject of a verb after a source",
			"وبحسب التلفزيون الإسرائيلي قرر نتنياهو التوجه مباشرة ليهود أمريكا عبر خطاب تحريضي متلفز سيتم بعد غدٍ الثلاثاء مباشرة من أحد الكنس اليهودية في أمريكيا، وسيكون متوفراً على شبكات الإنترنت والتواصل الاجتماعي في جميع الكنس اليهودية في الولايات المتحدة، إضافة لإمكانية الاستماع إليه عبر الهواتف الخلوية.",
			"2015-08-02", "بعد غدٍ الثلاثاء", []string{"Netanyahu"}, nil},
		// snn-2015-08-02-00762: the ambassador of the Custodian of the Two
		// Holy Mosques offers condolences, not King Salman (deputy_of سفير).
		{"the king in an ambassador's title",
			"قدم سفير خادم الحرمين الشريفين لدى المملكة المتحدة الأمير محمد بن نواف بن عبدالعزيز أمس تعازيه إلى أسرة بن لادن، وذلك بعد وفاة أفراد من الأسرة في تحطم طائرة خاصة في بريطانيا.",
			"2015-08-02", "أمس", []string{"محمد بن نواف"}, []string{"King Salman"}},
		// snn-2015-08-02-00470: the league's sponsor in its name, in press
		// quotes (دوري «عبداللطيف جميل»), is no participant.
		{"a sponsor in a league's name, in quotes",
			"حيث أكد الجهيم بأنه وبعد آخر مباراة للرائد في دوري «عبداللطيف جميل» السعودي للمحترفين ووفق الاتفاقية بين إدارتي ناديي الطائي والرائد خاطب الأخير نادي الطائي في غرة شهر رمضان المبارك يخبرهم بأنهم سيتم إسقاط اسمي من كشوفات الفريق يوم 14 / 9 / 1436 بعد تحديد بقية المسقطين من الكشوفات الرائدية، وقد أبلغني بذلك عضو مجلس الإدارة أمين الصندوق عبدالله العيدان في حينه.",
			"2015-08-02", "شهر رمضان المبارك", []string{"الطائي"}, []string{"عبداللطيف جميل"}},
		// snn-2015-08-02-00770: "إعلان القاهرة" in quotes is a declaration,
		// not Cairo (quoted_name_heads).
		{"a city in a quoted declaration's name",
			"أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا أول من أمس برئيس جمهورية مصر العربية عبدالفتاح السيسي، أكدا خلاله على أهمية \"إعلان القاهرة\" وما يحمله من مضامين عليا ومهمة للأمتين الإسلامية والعربية مؤكدين أن العلاقة بين البلدين الشقيقين استراتيجية وتكاملية.",
			"2015-08-02", "أول من أمس", []string{"King Salman", "Sisi"}, []string{"Cairo"}},
	})
}

// TestQuotingSource: the ships a report quotes are its source
// (source_before "quoting"), so the report's "said today" is no event of
// theirs. reuters-5866 (lines 1-15,000, en12).
func TestQuotingSource(t *testing.T) {
	x, asm := discoverAssembler(t)
	text := "A Cypriot tanker was set ablaze in the Persian Gulf yesterday after an Iranian gunboat fired missiles at it, shipping sources quoting reports from Japanese tankers said today."
	for _, e := range analyzeEvents(t, x, asm, text, "1987-03-17") {
		if names := participantNames(&e); strings.Contains(names, "Japan") {
			t.Errorf("%q: the quoted Japanese tankers are a participant: %s", e.TimeText, names)
		}
	}
}

// participantNames lists the names of an event's participants, Arabic and
// English, separated by "|".
func participantNames(e *Event) string {
	var b strings.Builder
	for _, list := range [][]Entity{e.People, e.Places, e.Organizations} {
		for _, x := range list {
			b.WriteString(x.NameAr + "/" + x.NameEn + "|")
		}
	}
	return b.String()
}

// TestFurniture: an article's furniture (a link back to the story, the
// source's name) makes no row and names no participant.
func TestFurniture(t *testing.T) {
	x, asm := discoverAssembler(t)
	tests := []struct {
		name, text, dct string
		// no event's text may contain line, and no event may name any of
		// not; some event names each of want.
		line      string
		not, want []string
	}{
		// snn-2015-08-06-02356 (al-Weeam): the closing link line repeats
		// the headline after the newspaper's name (events.yaml cut_links).
		// snn-2015-08-10-00048: the newspaper a speaker told, in curly
		// quotes, is the report's source.
		{"told the newspaper, curly quotes",
			"عبرت الصحفية والناشطة الجنوبية ذكرى العراسي عن سعادتها بتحرير عدن، وقالت لـ”عين اليوم”: أنا سعيدة جدا لتحرير عدن.",
			"2015-08-10", "", []string{"Ain Alyoum", "عين اليوم"}, nil},
		// snn-2015-08-06-03165: the reporter of a lead under its headline
		// (the headline's row reads the lead's people; events.yaml
		// byline_dashes).
		{"a byline's reporter under a headline",
			"الاتحاد الآسيوي يختار 6 حكام سعوديين لتمثيله في عدد من البطولات\n\nمحمد البقمي - سبق - متابعة: رشح الاتحاد الآسيوي لكرة القدم 6 من الحكام السعوديين لإدارة مباريات مختلفة في عدد من البطولات الدولية.",
			"2015-08-06", "", []string{"البقمي"}, []string{"Asian Football Confederation"}},
		// snn-2015-08-06-03118: a reporter the labeller reads as an
		// organization is the byline's reporter all the same.
		{"a byline's reporter read as an organization",
			"\"أمير الرياض\" رئيساً فخرياً لجمعية أمراض السمع والتخاطب\n\nفهد الغبيوي - سبق - الرياض: وافق أمير منطقة الرياض فيصل بن بندر بن عبدالعزيز على توليه الرئاسة الفخرية للجمعية السعودية لأمراض السمع والتخاطب.",
			"2015-08-06", "", []string{"الغبيوي"}, []string{"Faisal bin Bandar"}},
		// snn-2015-08-06-00034: a byline glued to the lead; the paper
		// after the reporter's dash is no participant.
		{"a byline's paper",
			"قاسم الزرعي - عين اليوم أعربت إمارة منطقة جازان عن قلقها البالغ واستيائها الشديد من استمرار بعض المواطنين في حمل الأسلحة وإطلاق الأعيرة النارية في حفلات الزواج.",
			"2015-08-06", "", []string{"Ain Alyoum", "عين اليوم"}, []string{"Jazan Region Principality"}},
		// snn-2015-08-06-01057: a dash that opens a line under a one-word
		// headline ("فواصل") is no byline's: the committee stays.
		{"a dash opening a line",
			"فواصل\n\n- لجنة الانضباط ترفض طلب ترحيل عقوبات لاعبي الهلال والنصر إلى ما بعد مباراة السوبر!!",
			"2015-08-06", "", nil, []string{"لجنة الانضباط"}},
		// snn-2015-08-11-01374 (Okaz): the share buttons glued before the
		// first sentence on its line (events.yaml share_bars).
		{"share buttons before the first sentence",
			"شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك انفجرت عبوة ناسفة، أمس بكشك مرور أمام محكمة مصر الجديدة في القاهرة، ما أسفر عن إصابة 3، بينهم ضابطا شرطة.",
			"2015-08-11", "", []string{"Facebook", "Google", "رأيك"}, []string{"Cairo"}},
		{"al-Weeam's link line",
			"ورفع معاليه الشكر والعرفان لخادم الحرمين الشريفين.\nرابط الخبر بصحيفة الوئام: صوامع الغلال تبدأ صرف مستحقات مزارعي القمح الأحد القادم",
			"2015-08-06", "رابط الخبر", []string{"Weeam", "الوئام"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var all string
			for _, e := range analyzeEvents(t, x, asm, tc.text, tc.dct) {
				names := participantNames(&e)
				all += names
				if tc.line != "" && strings.Contains(e.Text, tc.line) {
					t.Errorf("a row from the furniture: %s (%s)", e.Text, names)
				}
				for _, w := range tc.not {
					if strings.Contains(names, w) {
						t.Errorf("%q should not be a participant: %s", w, names)
					}
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("%q missing from %s", w, all)
				}
			}
		})
	}
}
