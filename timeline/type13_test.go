package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestSensesType13Arabic: a condolence cable is a statement, a nomination an
// appointment, an extension a decision (a contract extended a contract), a
// disease that spreads an outbreak, a call to punish criminals no sanction,
// and a phone call with a newspaper an interview, the speaker's statement
// (issue 13 items 1-2, type13; SaudiNewsNet tuning days).
func TestSensesType13Arabic(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"برقية عزاء: a statement, not a visit", "بعث نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود برقية عزاء ومواساة لمساعد مدير جوازات محافظة الجبيل العقيد جاسر بن محمد العجالين؛ وذلك في وفاة والدته.", "2015-08-07", map[string]string{"": "statement"}},
		{"يبعث برقية عزاء: a statement", "- 2 يوليو (تموز): الملك سلمان يبعث برقية عزاء للرئيس المصري بعد استهداف الإرهاب لنقاط تفتيش أمنية في سيناء ويجدد للسيسي وقوف السعودية مع مصر.", "2015-08-06", map[string]string{"2 يوليو (تموز)": "statement"}},
		{"رشح: an appointment", "من جانبه، رشح الرئيس الأميركي باراك أوباما أول من أمس (الأربعاء)، كبيرة مستشاري البيت الأبيض كمبعوثة للولايات المتحدة إلى الوكالة الدولية للطاقة الذرية، مع بدء عملية التنفيذ الصعبة للاتفاق النووي مع إيران.", "2015-08-07", map[string]string{"أول من أمس (الأربعاء)": "appointment"}},
		{"بتمديد: a decision", "وأكدت المصادر أن هيئة التحقيق والادعاء العام أمرت الأسبوع الماضي بتمديد سجن المتحرشين، وكذلك إحضار الفتاتين ووليي أمرهما.", "2015-08-09", map[string]string{"الأسبوع الماضي": "decision"}},
		{"بعد التمديد: extra time, no decision", testshared.Passage(t, "snn-2015-08-08-00125", "وتعد هذه المباراة", "مايو (أيار) الماضي") +
			".", "2015-08-08", map[string]string{"شهر مايو (أيار) الماضي": "!decision"}},
		{"مدد عقده: a contract", "مدد المدرب التشيلي \"مانويل بيليجريني\" عقده مع مانشستر سيتي الإنجليزي بحسب ما ذكر النادي أمس.", "2015-08-08", map[string]string{"أمس": "contract"}},
		{"انتشار لمرض الجرب: an outbreak", "قال لـ \"الاقتصادية\" مصدر مطلع في مستشفى الملك فهد بجدة، إن هناك انتشار لمرض \"الجرب\" في المستشفي حيث أصيب ثلاثة مرضى من دار النقاهة وستة مشتبه بإصابتهم.", "2015-08-07", map[string]string{"": "outbreak"}},
		{"معدل انتقال فيروس: a rate, no outbreak", "نقلت صحيفة بانكوك بوست اليوم الخميس عن وزير الصحة العامة التايلاندي راجاتا راجاتانافين قوله إن تايلاند تمكنت من خفض معدل انتقال فيروس (اتش.آي.في) المسبب لمرض نقص المناعة المكتسب (الايدز) من الأمهات إلى أطفالهن بشكل كبير.", "2015-08-06", map[string]string{"اليوم الخميس": "!outbreak"}},
		{"إنزال أقصى العقوبات: a call, no sanction", "طالبت هيئة كبار العلماء بالسعودية بإنزال أقصى العقوبات العاجلة بحق مرتكبي جرائم الإرهاب في البلاد.", "2015-08-07", map[string]string{"": "statement"}},
		{"اتصال هاتفي مع «عكاظ»: an interview", "من جانبه أكد منصور البلوي في اتصال هاتفي مع «عكاظ» أمس أن صفقة اللاعب الأرجنتيني موراليز تمت في وقت قياسي.", "2015-08-07", map[string]string{"أمس": "statement"}},
		{"اتصال هاتفي أجرته معه «الشرق الأوسط»: an interview", "وقال عبد الرقيب العمري، نائب مدير عام مطار عدن الدولي، خلال اتصال هاتفي أجرته معه «الشرق الأوسط» أمس «إن العمل لا يزال متواصلا مع الجهات ذات العلاقة لاستكمال البنى الأساسية لمطار عدن الدولي، ومعاودة استئناف الرحلات».", "2015-08-06", map[string]string{"أمس": "statement"}},
		{"a call received today stays a call", "تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالاً هاتفياً اليوم من الملك محمد السادس ملك المملكة المغربية الشقيقة.", "2015-08-06", map[string]string{"اليوم": "call"}},
	})
}

// TestSensesType13Outbreak: a disease's outbreak is an outbreak; an outbreak
// of protectionism is none (issue 13, type13; Reuters lines 1-15,000).
func TestSensesType13Outbreak(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"an outbreak of avian influenza", "In 1983-84, an outbreak of avian influenza in Pennsylvania, Maryland, Virginia and New Jersey cost taxpayers 65 mln dlrs to control and required the destruction of more than 17 mln birds, it said.", "1987-03-06", map[string]string{"1983-84": "outbreak"}},
	})
}

// TestSensesType13More: a team that lost to another played a match; forces
// that extend their control over a town fight; a treacherous incident is an
// attack; signing with a player is a contract; a university that starts
// receiving applications launches a service; a novel that reaches a prize's
// list pays no visit (issue 13 item 2, type13; SaudiNewsNet 2015-08-08, 08-09).
func TestSensesType13More(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"يخسر أمام: a match", testshared.Passage(t, "snn-2015-08-08-00125", "وكان يوفنتوس قد", "يوم السبت الماضي."), "2015-08-08", map[string]string{"يوم السبت الماضي": "match"}},
		{"بسط سيطرتها على مدينة: fighting", "واصلت قوات الجيش الوطني مدعومة بالمقاومة الشعبية الموالية للشرعية في اليمن تقدمها أمس، إذ تمكنت من بسط سيطرتها على مدينة زنجبار عاصمة محافظة أبين، الواقعة إلى الشرق من عدن.", "2015-08-08", map[string]string{"أمس": "combat"}},
		{"حادث الغدر: an attack", "أكد مسؤولون بقطاع السياحة في منطقة عسير عدم تأثر الحركة السياحية وتوافد السياح على عسير من مختلف مناطق المملكة ودول الخليج بسبب حادث الغدر الآثم في مسجد قوات الطوارئ بمنطقة عسير ظهر أمس الأول.", "2015-08-08", map[string]string{"أمس الأول": "attack"}},
		{"تعاقد مع: a contract", "أعلن باتي بوريسوف حامل لقب دوري روسيا البيضاء لكرة القدم أنه تعاقد مع ألكسندر جليب لاعب وسط آرسنال وبرشلونة السابق حتى نهاية الموسم الجاري في صفقة انتقال حر أمس الجمعة.", "2015-08-09", map[string]string{"أمس الجمعة": "contract"}},
		{"تبدأ ... غداً استقبال طلبات: a launch", "تبدأ جامعة الأمير سطام بن عبدالعزيز بالخرج غداً استقبال طلبات المتقدمين على الوظائف الإدارية الشاغرة من المرتبة السادسة وحتى العاشرة في مقر الجامعة بمدينة السيح.", "2015-08-08", map[string]string{"غداً": "launch"}},
		{"وصلت رواية إلى القائمة الطويلة: no visit", "وصلت رواية «حساب مور» للكاتبة الأميركية من أصول مغربية ليلى لالامي (مواليد الرباط 1968) إلى القائمة الطويلة للجائزة العالمية ذائعة الصيت «لامانبوكر برايز»، وذلك حسب ما أعلنت إدارة الجائزة مساء أمس الأول في بيان خاص خلال مؤتمر صحفي عقد في لندن.", "2015-08-08", map[string]string{"أمس الأول": "!visit"}},
	})
}

// TestStanceCallsFor: an event word after a word of a position (a call, a
// demand, a warning, a denial, a refusal), the date before it, is what the
// position is about: the report is a statement; a court that rejects or
// denies still rules (issue 13 item 1, type13; SaudiNewsNet tuning days and
// Reuters lines 1-15,000).
func TestStanceCallsFor(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"ودعا إلى انتخابات مبكرة: a statement", "حمّل نائب الرئيس العراقي أسامة النجيفي نظيره نائب الرئيس نوري المالكي المسؤولية الكاملة عن تدهور الأوضاع الأمنية والسياسية والخدمية التي يعاني منها العراق إبان توليه منصب رئيس الوزراء، ودعا إلى انتخابات مبكرة.", "2015-08-08", map[string]string{"": "statement"}},
		{"دعت ... إلى الإفراج: a statement", "لندن - «الشرق الأوسط»: دعت منظمة «هيومن رايتس ووتش» الحقوقية، أمس، الحوثيين إلى الإفراج عن الناشط الحقوقي عبد القادر الجنيد الذي اختطف الأربعاء الماضي في مدينة تعز في جنوب غربي اليمن.", "2015-08-08", map[string]string{"أمس": "statement"}},
		{"نفت ... قيام انتحاري بتفجير: a statement", "نفت الأجهزة الأمنية بدولة الكويت اليوم ماتردد عن قيام انتحاري سعودي بتفجير مسجد بمنطقة الجهراء.", "2015-08-08", map[string]string{"اليوم": "statement"}},
		{"urged sanctions: a statement", "BRITISH POLITICIANS URGE JAPAN TRADE SANCTIONS", "1987-03-26", map[string]string{"": "statement"}},
		{"rejected a takeover offer: a statement", "Caesars World Inc said its board unanimously rejected a 28 dlr a share takeover offer by New York investor Martin T. Sosnoff.", "1987-03-13", map[string]string{"": "!acquisition"}},
		{"a court that denied a motion still rules", "First Federal Savings of Arkansas FA said a federal district court denied a motion seeking class-action status for a lawsuit that alleges the bank violated securities law.", "1987-03-25", map[string]string{"": "trial"}},
	})
}

// TestSensesType13Reported: what a report says a company or an agency did
// types it: a rating agency's action and an extended deadline or programme
// are decisions (issue 13 item 3, type13; Reuters lines 1-15,000). A position's object is no event
// in Arabic either: a report that members now support killing is a
// statement, and people named with a call are no meeting (SaudiNewsNet
// 2015-08-08).
func TestSensesType13Reported(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"lowered the ratings: a decision", "Standard and Poor's Corp said it lowered the ratings on Loral Corp's subordinated debt to BBB from A-minus.", "1987-03-03", map[string]string{"": "decision"}},
		{"extended its incentive program: a decision", "Ford Motor Co said it extended its current buyer incentive program on selected cars and light trucks to April Six.", "1987-03-12", map[string]string{"April Six": "decision"}},
		{"يؤيدون قتل: a statement", "ونقلت صحيفة \"يديعوت أحرونوت\"، العبرية في تقرير لها أمس الجمعة عن محققي جهاز المخابرات والشرطة الإسرائيلية أن أعضاء التنظيم أصبحوا يؤيدون قتل فلسطينيين من خلال إحراق بيوتهم، بعد أن كانوا يرفضون ذلك في الماضي، ويقصرون اعتداءاتهم على حرق المساجد والكنائس والمحاصيل الزراعية المملوكة للفلسطينيين.", "2015-08-08", map[string]string{"أمس الجمعة": "statement"}},
		{"لحث الأهالي: no meeting", "ورغم استعانة الأحزاب الإسلامية وخصوصا «المجلس الأعلى الإسلامي» بزعامة عمار الحكيم وحزب الفضيلة الإسلامية الذي يدعمه الشيخ محمد اليعقوبي، برجال دين خلال صلاة الجمعة لحث الأهالي على عدم النزول إلى الشارع والمشاركة فإن الأعداد فاقت مثيلاتها في الأسبوع الماضي.", "2015-08-08", map[string]string{"الجمعة": "!meeting"}},
	})
}
