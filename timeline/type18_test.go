package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestType18CoordinatedDays: two days joined by "and" (اليوم وغدا, الجمعة
// والسبت) are one clause's, whose event word the nearer day claims: the
// other day takes its type; a word far from the pair, or days written with
// numbers, do not share (issue 13 items 1-2, type18; SaudiNewsNet 2015-07-25
// and 07-26).
func TestType18CoordinatedDays(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"اليوم وغدا، ندوة: a meeting on both days", "يعقد معهد ابن سينا للعلوم الإنسانية في فرنسا، اليوم وغدا، ندوة دولية حول «التناول الإعلامي للرموز الدينية في ضوء القانون الدولي»، في المدرج الكبير بمدرسة تكوين الصحافيين بمدينة ليل.", "2015-07-25", map[string]string{"اليوم": "meeting", "غدا": "meeting"}},
		{"شنها ... الجمعة والسبت: strikes on both days", "ولم تتبن أي جهة الهجوم؛ لكنه يأتي بينما هدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة اثر الضربات الجوية التي شنها الجيش التركي الجمعة والسبت، على معسكرات للمتمردين في شمال العراق.", "2015-07-26", map[string]string{"السبت": "strike"}},
		{"ثورتي 25 يناير و30 يونيو: names, no meeting", "وصرح الناطق الرسمي باسم وزارة الخارجية المصرية السفير بدر عبدالعاطي في تصريح صحفي إن الوزير شكري استهل اللقاء بالأهمية الكبيرة لثورتي 25 يناير و30 يونيو وتأثيرها على السياسة الخارجية المصرية ومستقبل الاستقرار في مصر والمنطقة،", "2015-07-27", map[string]string{"30 يونيو": "!meeting"}},
	})
}

// TestType18Senses: words of the kinds the eleventh round's readers found
// mistyped on SaudiNewsNet 2015-07-25: a deal talked about or described is
// a statement, one reached is still a deal; ending ministers' functions is
// a dismissal; a team that wins (كسب) plays a match; launching a hashtag is
// no launch; the prayer over the dead is the funeral's; a country recalling
// its ambassador withdraws him (issue 13 items 1-2, type18).
func TestType18Senses(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"بأن الاتفاق يحتوي: a statement", testshared.Passage(t, "snn-2015-07-25-00166", "وتلقت الإدارة دعما", "وكالة «أسوشييتد بريس»."), "2015-07-25", map[string]string{"يوم الخميس": "statement"}},
		{"ووصف ... الاتفاق: a statement", testshared.Passage(t, "snn-2015-07-25-00166", "ووصف جون بينر،", "الاتفاق بـ«الصفقة الفاشلة»."), "2015-07-25", map[string]string{"يوم الخميس": "statement"}},
		{"إن الاتفاق ... الذي أبرم يوم الثلاثاء: a deal", "وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي إن الاتفاق النووي الذي أبرم يوم الثلاثاء بين إيران والقوى العالمية الست قد أرسل إلى الكونغرس للنظر فيه وفقًا لما يقتضيه القانون.", "2015-07-25", map[string]string{"يوم الثلاثاء": "agreement"}},
		{"أن الاتفاق المعقود: a deal", "وكشفت صحيفة «حرييت» اليومية أمس أن الاتفاق المعقود بين أنقرة وواشنطن ينص على إقامة منطقة حظر جوي تقتصر على جزء من شمال سوريا.", "2015-07-25", map[string]string{"أمس": "agreement"}},
		{"إنهاء مهام ثلاثة وزراء: a dismissal", "أجرى الرئيس الجزائري عبدالعزيز بوتفليقة أمس الأول الخميس، تعديلًا حكوميًا جزئيًا من خلال إنهاء مهام ثلاثة وزراء في قطاعات التجارة، الفلاحة والرياضة.", "2015-07-25", map[string]string{"أمس الأول الخميس": "resignation"}},
		{"كسب فريق الفتح: a match", "سبق- الأحساء: كسب فريق الفتح الأول لكرة القدم بنادي الفتح مساء اليوم؛ أولى مواجهاته الودية في المرحلة الثانية من البرنامج الإعدادي أمام فريق \"الترجي الجرجيسي\" التونسي بهدف وحيد.", "2015-07-25", map[string]string{"اليوم": "match"}},
		{"ليدشنوا هاشتاق: no launch", "قبل أن يخفت الضجيج الذي أثاره فيديو التحرّش بفتاتي جدة في أول أيام العيد، ظهر اليوم مقطع فيديو آخر لشاب يتحرّش بفتاة في الطائف، وهو ما أثار استهجان المواطنين في وسائل التواصل الاجتماعي، ليدشنوا هاشتاق ” تحرش_بفتاة_في_الطائف ” عبّروا فيه عن غضبهم.", "2015-07-25", map[string]string{"اليوم": "!launch"}},
		{"وستؤدى عليه الصلاة: a funeral", "انتقل الى رحمة الله تعالى الشيخ عثمان بن محمد المزروع رحمه الله بعد معاناة مع المرض وستؤدى عليه الصلاة بعد ظهر اليوم السبت بجامع الملك خالد في أم الحمام.", "2015-07-25", map[string]string{"اليوم السبت": "ceremony"}},
		{"استدعت سفيرها للتشاور: a withdrawal", "وفي وقت سابق اليوم السبت قالت البحرين إنها استدعت سفيرها في طهران للتشاور بعد ما وصفته بتكرار التصريحات العدائية من جانب مسؤولين إيرانيين.", "2015-07-25", map[string]string{"اليوم السبت": "withdrawal"}},
	})
}

// TestType18Strikes: a labour strike told with no labour word near it (a
// warning or hunger strike, "strikes took place", "a strike by bank
// officers") and workers who walk out are a protest (issue 13 items 1-2,
// type18; Reuters lines 1-15,000).
func TestType18Strikes(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"warning strikes: a protest", "West German engineering union IG Metall will hold nationwide warning strikes on March 9, to press demands for a 35-hour week and a five pct wage increase, a union spokeswoman said.", "1987-03-02", map[string]string{"March 9": "protest"}},
		{"strikes took place: a protest", "The agency said strikes took place last week in the southern republic of Montenegro and the predominantly ethnic Albanian province of Kosovo.", "1987-03-16", map[string]string{"last week": "protest"}},
		{"a hunger strike: a protest", "The miners statement said police had violently evicted Comibol office workers in the city of Oruro after they began a hunger strike yesterday.", "1987-03-19", map[string]string{"yesterday": "protest"}},
		{"decided to walk out: a protest", "The stoppages began on Wednesday when 1,000 teachers in Lusaka and 200 nurses in the northern town of Kitwe decided to walk out in support of pay demands.", "1987-03-20", map[string]string{"Wednesday": "protest"}},
	})
}

// TestType18Projectiles: projectiles (مقذوفات) fired across the border, and
// shells or projectiles falling (سقوط مقذوف), are an attack, not an untyped
// event or an accident (issue 13 items 1-2, type18; SaudiNewsNet 2015-07-25
// and 07-26).
func TestType18Projectiles(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"لمقذوفات حوثية: an attack", "قاسم الخبراني- سبق- جازان: تعرَّضت قرية الخوجرة التابعة لمحافظة الطوال على الشريط الحدودي جنوب منطقة جازان أمس الجمعة لمقذوفات حوثية من داخل الأراضي اليمنية.", "2015-07-25", map[string]string{"أمس الجمعة": "attack"}},
		{"لسقوط مقذوف عسكري: an attack, no accident", "من جهة أخرى، تعرض احد المحلات التجارية بنجران يوم أمس لسقوط مقذوف عسكري من داخل الأراضي اليمنية، مما نتج عنه إصابة مقيم يمني كان يعمل بداخله.", "2015-07-26", map[string]string{"أمس": "attack"}},
	})
}
