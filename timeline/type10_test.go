package timeline

import "testing"

// TestSensesType10: an official's inspection is a visit; agreeing to sell or
// to buy a business, a buyout, is an acquisition, agreeing to buy a commodity
// is not, nor agreeing that something is so; a central bank selling bills is
// none (issue 13, type10; SaudiNewsNet 2015-08-10, 08-08 and Reuters lines
// 1-15,000).
func TestSensesType10(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"تفقد مدير عام الجوازات: a visit", "تفقد مدير عام الجوازات اللواء سليمان بن عبدالعزيز اليحيى صباح أمس الأول مركز تصحيح أوضاع الأشقاء اليمنيين بالملز للوقوف على سير العمل.", "2015-08-10", map[string]string{"أمس الأول": "visit"}},
		{"تفقد معالي وزير التعليم: a visit", "تفقد معالي وزير التعليم الدكتور عزام بن محمد الدخيّل مساء أمس الأول عدداً من مدارس الحد الجنوبي بمحافظة فيفاء التابعة لتعليم محافظة صبيا.", "2015-08-08", map[string]string{"أمس الأول": "visit"}},
		{"English: agreed in November to sell the stations", "Taft agreed in November to sell the stations in Philadelphia, Washington, Miami, Fort Worth-Dallas and Houston TVX Broadcast for 240 mln dlrs.", "1987-03-30", map[string]string{"November": "acquisition"}},
		{"English: agreed to purchase tonnes of wheat: a trade agreement", "In a five-year protocol signed in 1985, Cairo agreed to purchase 500,000 tonnes of Canadian wheat a year.", "1987-03-02", map[string]string{"1985": "agreement"}},
		{"English: agreed to a buyout offer", "Borg-Warner <BOR> Corp, facing an unwanted offer from GAF Corp <GAF>, agreed to a 4.23 billion dlr buyout offer from a company to be formed by <Merrill Lynch Capital Partners Inc>.", "1987-04-13", map[string]string{"": "acquisition"}},
		{"English: agreed that currencies were within ranges: a view", "On February 22, the United States, Japan, West Germany, France, Britain and Canada agreed that major currencies were within ranges broadly reflecting underlying economic conditions, given commitments by Washington to cut its budget deficit and by Toyko and Bonn to boost economic growth.", "1987-03-20", map[string]string{"February 22": "!agreement"}},
		{"English: the Bank of Japan will sell bills", "The Bank of Japan will sell 300 billion yen of financing bills tomorrow under a 55-day repurchase accord maturing on May 12, money traders said.", "1987-03-18", map[string]string{"tomorrow": "!acquisition"}},
	})
}
