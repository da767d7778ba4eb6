package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestLeadStatementFuture: a future verb in what a lead's statement reports
// ("أكدت ... أن ... ستكون الجامعة قد استوعبت") is what was said, not when:
// the statement is the article's news of its day (SaudiNewsNet 2015-07-25
// articles 00971 and 00669, which had no row for their lead; issue #13 item
// 5). A future word that types the reported event still plans it
// ("أفادت مصادر إسرائيلية أن حكومة إسرائيل ستطلب من الولايات المتحدة زيادة
// المساعدات العسكرية", 2015-07-21 article 02361: no fighting on the day).
// Each case is the article's headline and first sentence.
func TestLeadStatementFuture(t *testing.T) {
	x, asm := builtinAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"a university's statement (07-25 00971)",
			testshared.Passage(t, "snn-2015-07-25-00971", "جامعة حائل:", "منذ تأسيسها."),
			"2015-07-25", "statement 2015-07-25"},
		{"a club official's statement (07-25 00669)",
			testshared.Passage(t, "snn-2015-07-25-00669", "المفرج: البلايستيشن", "بالشكل اللائق."),
			"2015-07-25", "statement 2015-07-25"},
		{"a request said to come stays planned (07-21 02361)",
			testshared.Passage(t, "snn-2015-07-21-02361", "إسرائيل تبتز", "برنامج إيران النووي."),
			"2015-07-21", ""},
	})
}
