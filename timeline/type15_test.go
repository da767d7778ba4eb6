package timeline

import "testing"

// TestComplementNamesAnother: an event word a few words after a word that
// opens a complement past the date (a purpose: استعدادا لخوض, لحضور; what
// something is done according to: حسب, pursuant to) is not the date's
// event: a team that resumes training or leaves to prepare for a match,
// an attendance announced, a decision taken according to a plan (issue 13 items 1-2,
// type15; SaudiNewsNet 2015-08-04 and 08-08, Reuters lines 1-15,000). An
// event word before the complement still types the clause.
func TestComplementNamesAnother(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"يعودوا لتدريبات يوم الاثنين استعدادا للقاء: no match on Monday", "من جانب آخر، تعود البعثة الاتحادية إلى جدة الساعة الثالثة من فجر يوم السبت المقبل بعد إنهاء المعسكر الإعدادي في مدينة ميلانو الإيطالية، وسيتمتع اللاعبون براحة يومي السبت والأحد المقبلين، على أن يعودوا لتدريبات يوم الاثنين المقبل استعدادا للقاء فريق أحد يوم السبت 30 شوال الحالي ضمن مباريات دور (32) في مسابقة كأس سمو ولي العهد الأمين.", "2015-08-04", map[string]string{"يوم الاثنين المقبل": "!match"}},
		{"يغادر في اليوم ذاته إلى لندن استعدادا لمواجهة: no match", "وأوضح مدير إدارة كرة القدم بالهلال فهد المفرج أن المسافة من معسكر الفريق الحالي في مدينة سالزبورغ النمساوية إلى إستاد أودينيزي الإيطالي تبعد ساعتين ونصف فقط برا على أن تعود البعثة إلى مقر المعسكر مرة أخرى بعد المباراة، فيما سيختتم الفريق الأزرق معسكره التحضيري في النمسا الاثنين المقبل، على أن يغادر في اليوم ذاته إلى لندن استعدادا لمواجهة النصر في كأس السوبر في ال12 من شهر أغسطس الحالي على ملعب نادي كوينز بارك الإنجليزي.", "2015-08-04", map[string]string{"اليوم ذاته": "!match"}},
		{"أعلن قبل يومين أن الملك يستعد لحضور حفل افتتاح: a statement", "وكان متحدث باسم الملك السابق أحمد فؤاد الثاني قد أعلن قبل يومين أن الملك يستعد لحضور حفل افتتاح القناة بعد تلقيه «دعوة شفهية» منسوبة إلى الرئاسة المصرية، لكن الرئاسة المصرية نفت أن تكون وجهت مثل هذه الدعوة.", "2015-08-04", map[string]string{"قبل يومين": "statement"}},
		{"اعتمد ... حسب التشكيلات: a decision", "اعتمد المدير العام للتعليم بمنطقة مكة المكرمة محمد بن مهدي الحارثي حركة نقل وتكليف قادة المدارس للبنين والبنات للعام الدراسي ١٤٣٦-١٤٣٧هـ حسب التشكيلات المدرسية المعتمدة من الوزارة وحسب ما توصلت له لجنة القيادات المدرسية بالإدارة.", "2015-08-08", map[string]string{"١٤٣٧هـ": "decision"}},
		{"pursuant to an agreement: no agreement", "Dixons Group PLC said that pursuant to an agreement with Audio/Video Affiliates Inc, part of an investor group that made a rival bid for Cyclops Corp <CYL>, all litigation between them has been dismissed.", "1987-03-30", map[string]string{"": "!agreement"}},
	})
}
