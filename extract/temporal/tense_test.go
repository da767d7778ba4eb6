package temporal

import "testing"

// TestTense checks the tense of the clause (see tense.go).
func TestTense(t *testing.T) {
	runFind(t, []findCase{
		// relative to the DCT
		{"سيستقبل الكاظمي في 26 يوليو في واشنطن", "ar", "2021-07-17", want{"26 يوليو", "date", "2021-07-26", "2021-07-26", "2021-07-26", "", true}},
		{"أعلن البيت الأبيض الجمعة أن بايدن سيستقبل", "ar", "2021-07-17", want{"الجمعة", "date", "2021-07-16", "2021-07-16", "2021-07-16", "", false}},
	})
}

// TestYearOfMonth: a month or a month and day said without a year takes
// the occurrence the tense of its governing verb allows: the previous one
// after a past verb, the next after a future one, else the nearest, ahead
// when it starts within about three months (six after until, by, effective,
// payable, حتى; nine after a future verb and a limit).
func TestYearOfMonth(t *testing.T) {
	runValues(t, []valuesCase{
		// the governing verb, not a planned meeting in another clause (issue 14)
		{"Blinken met Fuad Hussein in Washington on Tuesday to discuss the Higher Coordinating Committee meeting planned for next month", "en", "2024-03-27",
			[]string{"Tuesday=2024-03-26", "next month=2024-04"}},
		// a hard-wrapped line goes on with its sentence (Reuters)
		{"The company will hold a televised news conference\non Thursday, it said.", "en", "1987-03-17", []string{"Thursday=1987-03-19"}},
		{"    It said the talks ended.\n    Thursday was quiet.", "en", "1987-03-17", []string{"Thursday=1987-03-12"}},
		// no tense: the nearest occurrence
		{"Shareholders of record March 20 will get the payment.", "en", "1987-02-26", []string{"March 20=1987-03-20"}},
		{"فرصة قبل المهلة المحددة في 20 اغسطس التي يتوجب فيها على اليونان السداد", "ar", "2015-08-10", []string{"20 اغسطس=2015-08-20"}},
		{"توزيع أرباح الشركة على المساهمين 30 أغسطس", "ar", "2015-08-10", []string{"30 أغسطس=2015-08-30"}},
		{"the talks are likely to be held in April or June.", "en", "1987-03-03", []string{"April or June=1987-04/1987-06"}},
		// a past verb: the previous occurrence; "be held" is no past verb
		{"He was fired in July.", "en", "1987-03-17", []string{"July=1986-07"}},
		{"a meeting expected to be held in June or July.", "en", "1987-03-26", []string{"June or July=1987-06/1987-07"}},
		{"وقال المسؤول إن المعرض أقيم في 20 أغسطس", "ar", "2015-08-10", []string{"20 أغسطس=2014-08-20"}},
		{"انسحبت بسبب إصابة بحسب ما أعلن المنظمون الجمعة.", "ar", "2015-08-02", []string{"الجمعة=2015-07-31"}},
		// a month far ahead with no tense is last year's; a limit allows six months
		{"The index stood at 120 in July.", "en", "1987-03-17", []string{"July=1986-07"}},
		{"Credit lines were extended until May 31, a spokesman said.", "en", "1987-03-26", []string{"May 31=1987-05-31"}},
		// words that date when something takes effect or falls due are
		// limits: the nearest occurrence, even after a past verb (Reuters)
		{"Waste Management's tender offer, announced before the opening today, expires March 25.", "en", "1987-02-26", []string{"today=1987-02-26", "March 25=1987-03-25"}},
		{"Waste Management Corp said its board voted a two-for-one stock split payable April 21, record March 30.", "en", "1987-03-02", []string{"April 21=1987-04-21", "March 30=1987-03-30"}},
		{"General Motors Corp said it will cease production at its Norwood, Ohio, car assembly plant effective August 26 to reduce output.", "en", "1987-03-03", []string{"August 26=1987-08-26"}},
		// a future verb and a limit: up to nine months ahead, not a year
		{"The company said it will close its Milwaukee plant by October 1, idling 350 employees.", "en", "1987-03-03", []string{"October 1=1987-10-01"}},
		{"The credit agreement had been scheduled to expire February 28.", "en", "1987-03-02", []string{"February 28=1987-02-28"}},
		// a year before a limit word is still a modifier
		{"The 1986 effective loan rate is 4.56 dlrs.", "en", "1987-03-23", []string{"1986=1986"}},
		// an adjective in -ed is no past verb; "will" governs
		{"He will hold a televised news conference on Thursday.", "en", "1987-03-17", []string{"Thursday=1987-03-19"}},
		// a full stop after a month name is not part of the date
		{"It closed in July.", "en", "1987-08-17", []string{"July=1987-07"}},
	})
}
