package timeline

import "testing"

// TestLeadFutureInWarning: a future verb in what a warning says ("محذرا
// ... من أن ... سيؤدي") is what the warning is about, not when it was
// given: the undated lead is still dated by the article. SaudiNewsNet
// 2015-08-06 article 02969 (okaz: Obama warns Congress that rejecting the
// Iran deal means war) gave no row before, so it never joined the other
// papers' report of the speech. A future verb after a refusal with no
// "that" between them is still the clause's future: the lead of 2015-08-02
// article 01103 (al-Ittihad "will not file a complaint but will seek to
// sue") gives no row.
func TestLeadFutureInWarning(t *testing.T) {
	x, asm := builtinAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"a warning of what will follow (article 02969)",
			"أوباما: رفض الاتفاق النووي يعني الحرب\n\nدافع الرئيس الأمريكي باراك أوباما عن الاتفاق مع إيران حول برنامجها النووي، محذرا المشرعين الأمريكيين من أن رفض الحلول الدبلوماسية سيؤدي إلى الحرب ويهدد مصداقية الولايات المتحدة.",
			"2015-08-06", "agreement 2015-08-06"},
		{"a refusal then a plan, no that (article 01103 of 2015-08-02)",
			"الاتحاد يقاضي البرتغاليين على «كوبري المولد»\n\nويتضمن الرد الاتحادي تمسك النادي بأحقيته ونظامية قيده للاعب سعيد المولد في الكشوفات الاتحادية، ولن تتقدم إدارة النادي بأي شكوى ضد اللاعب بل ستسعى لمقاضاة النادي البرتغالي.",
			"2015-08-02", ""},
	})
}
