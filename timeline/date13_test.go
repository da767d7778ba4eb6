package timeline

import (
	"strings"
	"testing"
)

// dateCase is an excerpt of a real tuning-day article (a headline, a blank
// line and the lead, as tarikh reads a JSONL article) and, by the time text
// of an event ("" for a lead dated by the article), its "date status", or
// "-" for no event with that time text.
type dateCase struct {
	name, text, dct string
	want            map[string]string
}

func runDateCases(t *testing.T, tests []dateCase) {
	t.Helper()
	x, asm := builtinAssembler(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := analyzeEvents(t, x, asm, tc.text, tc.dct)
			got := map[string]string{}
			var all []string
			for _, e := range evs {
				got[e.TimeText] = e.Date + " " + string(e.Status)
				all = append(all, e.TimeText+"="+e.Date+" "+string(e.Status)+" "+e.Type)
			}
			for tt, want := range tc.want {
				g, ok := got[tt]
				switch {
				case want == "-" && ok:
					t.Errorf("%q: an event %s, want none (all: %s)", tt, g, strings.Join(all, "; "))
				case want != "-" && g != want:
					t.Errorf("%q: %q, want %q (all: %s)", tt, g, want, strings.Join(all, "; "))
				}
			}
		})
	}
}

// TestTodayPlannedHeadline: a match or a programme that a present verb
// tells with اليوم in the day's paper is still to come (issue 13, date13;
// SaudiNewsNet 2015-08-11, 08-07 and 07-22; the class of v9's row 953).
func TestTodayPlannedHeadline(t *testing.T) {
	runDateCases(t, []dateCase{
		{"يشعل ... اليوم: the training starts tonight", "إيوانيس يشعل تدريبات الأهلي في جدة اليوم", "2015-08-11",
			map[string]string{"اليوم": "2015-08-11 planned"}},
		{"يصوت اليوم: the vote is to come", "مجلس الأمن يصوت اليوم على آلية للتحقيق في غاز الـ(كلور)", "2015-08-07",
			map[string]string{"اليوم": "2015-08-07 planned"}},
		{"تستأنف ... اليوم: the talks resume today", "تستأنف مصر والسودان وإثيوبيا اليوم (الأربعاء) جولة جديدة من المفاوضات المعقدة حول سد النهضة الذي تبنيه أديس آبابا على النيل الشرقي.", "2015-07-22",
			map[string]string{"اليوم (الأربعاء)": "2015-07-22 planned"}},
		{"a today verb far after the date tells something else: happened", "تراجعت أسعار العقود الآجلة للنفط اليوم الإثنين مع اقتراب إيران وست قوى عالمية من التوصل إلى اتفاق نووي نهائي قد ينهي العقوبات المفروضة على الجمهورية الإسلامية.", "2015-07-20",
			map[string]string{"اليوم الإثنين": "2015-07-20 happened"}},
		{"a today verb outside the date's relative span: happened", "تشارك 60 طالبة موهوبة من المرحلة المتوسطة في برنامج موهبة الصيفي الذي انطلق اليوم في معرض مشكاة التفاعلي بإشراف مؤسسة الملك عبدالعزيز ورجاله للموهبة والإبداع (موهبة) في الرياض.", "2015-07-26",
			map[string]string{"اليوم": "2015-07-26 happened"}},
		{"a past verb: happened", "أعلن تشيلسي لكرة القدم اليوم الجمعة أن مدربه جوزيه مورينيو وقع على عقد جديد مع النادي.", "2015-08-07",
			map[string]string{"اليوم الجمعة": "2015-08-07 happened"}},
	})
}

// TestDeadlineAndYearOfThing: a deadline (في مدة أقصاها ...) and the year a
// thing is of (مهرجان ... لهذا العام) date no event; an undated lead with
// only such an expression is the article's day (issue 13, date13;
// SaudiNewsNet 2015-08-07, v9's rows 1224 and 162).
func TestDeadlineAndYearOfThing(t *testing.T) {
	runDateCases(t, []dateCase{
		{"أقصاها: the extension is announced on the article's day",
			"مدّ فترة تحميل المستندات إلكترونيًا لطلاب جامعة نجران\n\nأعلنت جامعة نجران تمديد تحميل المستندات إلكترونيًا لطلبتها المنتظمين، وتمديد الإرسال عبر البريد الممتاز لطلبة الانتساب، في مدة أقصاها الأربعاء 5 / 11 / 1436 هـ .",
			"2015-08-07",
			map[string]string{"الأربعاء 5 / 11 / 1436 هـ": "-", "": "2015-08-07 happened"}},
		{"لهذا العام: the order is of the article's day",
			".. ويوجه بإيقاف مظاهر الاحتفالات في مهرجان أبها\n\nوجه الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير رئيس مجلس التنمية السياحية في المنطقة بإيقاف مظاهر الاحتفالات في مهرجان أبها يجمعنا لهذا العام من أوبريتات ورقصات شعبية وألعاب نارية مع استمرار الفعاليات الأخرى.",
			"2015-08-07",
			map[string]string{"هذا العام": "-", "": "2015-08-07 happened"}},
		{"لهذا العام 1436هـ: the year said again is the plan's too",
			"مدني منطقة تبوك يواصل تطبيق الخطة الشاملة لمواجهة الطوارئ والحوادث\n\nتواصل مديرية الدفاع المدني بمنطقة تبوك تطبيق الخطة الشاملة لمواجهة الطوارئ والحوادث لهذا العام 1436هـ والتي تهدف إلى تعزيز الإجراءات الوقائية ضد الحوادث.",
			"2015-07-27",
			map[string]string{"هذا العام": "-", "1436هـ": "-", "": "2015-07-27 happened"}},
		{"هذا العام without ل still dates",
			"وقال فينسنت كوشيتيل مدير أوروبا لدى المفوضية إن لندن رفضت هذا العام عشرة طلبات فرنسية لتحمل مسؤولية أشخاص.",
			"2015-08-07",
			map[string]string{"هذا العام": "2015 happened"}},
	})
}
