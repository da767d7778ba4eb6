package timeline

import "testing"

// TestToldOlderFacts: below the lead, a date a state began ("منذ 2012",
// "since 1976") or the past that a background opener tells ("يذكر أنه تم
// التصويت ... في أكتوبر 2013"), six months or more before the article, is
// background even when its sentence names what the lead names (issue 13,
// nonev16). SaudiNewsNet 2015-07-31 article 01557 gave a ceremony row of
// 2012 from Pekerman coaching Colombia since 2012 (v11 row 107, a
// biography); 2015-08-04 00318 an election row of October 2013 from the
// closing note on the G20 alliance's vote (v10 row 65); Reuters 10244 a
// combat row of 1976 from UNITA fighting since then. With the since-row
// gone, 01557's headline gives the talks' row of the article's day. A
// dropped since-clause's names still carry to the next clause of its
// sentence: 00821's attacks of last week, after the truce "since 2013",
// stay an event of the PKK and Turkey.
func TestToldOlderFacts(t *testing.T) {
	x, asm := builtinAssembler(t)
	runLeadCases(t, x, asm, []leadCase{
		{"closing note (08-04 00318)", "الرياض.. منصة عالمية لرصد قياس ريادة أعمال شباب العالم\n\n" +
			"اعتمد تحالف شباب رواد الأعمال في مجموعة دول العشرين، مقترح اللجنة الاستراتيجية لتحالف شباب رواد الأعمال في مجموعة العشرين، إنشاء منصة قياس نظام وشاشة لوحة التحكم \"داش بورد\" لرواد الأعمال لتصبح مدينة الرياض بوصلة عالمية لرصد التحولات في عالم ريادة الأعمال.\n" +
			"وقال الدكتور عبد العزيز المطيري رئيس اللجنة الاستراتيجية لقمة تحالف رواد الأعمال في مجموعة العشرين، ومدير عام صندوق المئوية أن أعضاء تحالف رواد الأعمال في مجموعة العشرين أبدوا إعجابهم الشديد بلوحة التحكم \"داش بورد\" التي تم إعدادها وإنشاؤها من قبل فريق صندوق المئوية.\n" +
			"ويرأس صندوق المئوية أهم اللجان في التحالف، وهي اللجنة الاستراتيجية لقمة التحالف ويعتبر تحالف شباب رواد الأعمال لدول مجموعة العشرين لريادة الأعمال مجموعة من أبرز منظمات ريادة الأعمال غير الحكومية يمثلون أكثر من 500 ألف رائد أعمال شباب في مختلف بلدان دول مجموعة العشرين G20، والاتحاد الأوروبي. " +
			"يذكر أنه تم التصويت على رئاسة المملكة للجنة الخطة الاستراتيجية لتحالف رواد الأعمال لمجموعة الدول العشرين G20 YEA في تشرين الأول (أكتوبر) 2013 خلال القمة التحضيرية التي استضافتها مدينة الرياض.",
			"2015-08-04", ""},
		{"since 2013, then last week's attacks (07-31 00821)", "مقتل ثلاثة جنود أتراك في هجوم لحزب العمال الكردستاني في جنوب تركيا\n\n" +
			"أعلن الجيش التركي مقتل ثلاثة جنود أتراك أمس الخميس حين فتح عناصر من حزب العمال الكردستاني النار على قافلة عسكرية في محافظة شرناق في جنوب شرق البلاد. " +
			"وجاء في بيان الجيش «قتل ثلاثة من عسكريينا الشجعان نتيجة هجوم نفذته المنظمة الانفصالية الإرهابية» في إشارة إلى حزب العمال الكردستاني، في تلك المنطقة القريبة من الحدود السورية. " +
			"وأشار الجيش إلى أن عناصر من حزب العمال الكردستاني نصبوا كمينا للقافلة العسكرية أثناء تنقلها على طريق في منطقة اكتشاي في ولاية شرناق، على الحدود بين سوريا والعراق، وحيث كانت تنفذ عملية أمنية. " +
			"وتابع البيان أن «طائرات من دون طيار ومروحيات عسكرية ووحدات كوماندو أرسلت إلى مكان الحادث»، مشيرا إلى أن «إرهابي» قتل في الاشتباكات والعمليات مستمرة. " +
			"والحادث هو الأخير في سلسة هجمات جاءت بعدما أطلقت تركيا حملة جوية لقصف مواقع لتنظيم الدولة الإسلامية في سوريا ولحزب العمال الكردستاني في شمال العراق. " +
			"ورغم الاتفاق لوقف إطلاق النار تم التوصل إليه بين السلطات التركية وحزب العمال الكردستاني منذ العام 2013، شهد الأسبوع الماضي مجموعة هجمات ضد القوات الأمنية نسبت إلى المقاتلين الأكراد.",
			"2015-07-31", "killing 2015-07-30,attack 2015-W30"},
	})
	xd, asmd := discoverAssembler(t)
	runLeadCases(t, xd, asmd, []leadCase{
		{"since 2012 (07-31 01557)", "الاتحاد السعودي يفاوض بيكرمان وسامباولي لتعيين مدير فني جديد للمنتخب\n\n" +
			"بدأ الاتحاد السعودي لكرة القدم مفاوضات مع المدرب الأرجنتيني خوسيه بيكرمان ومواطنه خورخي سامباولي ، من أجل الاستقرار على المدير الفني الجديد للمنتخب.\n" +
			"وذكرت صحيفة “سبورت” الإلكترونية السعودية اليوم الثلاثاء أن أحمد عيد رئيس الاتحاد السعودي قرر عقد اجتماع الأحد المقبل لمناقشة أمور عدة أبرزها الأسماء المتاحة لقيادة الجهاز الفني للمنتخب السعودي الأول.\n" +
			"وأوضحت أن الاتحاد دخل في مفاوضات مستمرة مع بيكرمان (65 عاماً) الذي ساهم في تأهل المنتخب الكولومبي لكأس العالم 2014 وكذلك وصول المنتخب إلى دور الثمانية بكأس أمم أمريكا الجنوبية (كوبا أمريكا 2015) قبل أن يخرج بضربات الجزاء الترجيحية أمام المنتخب الأرجنتيني وصيف البطل.\n" +
			"ويتولى بيكرمان تدريب المنتخب الكولومبي منذ 2012 حيث سبق له تدريب المنتخب الأرجنتيني لعامين في الفترة ما بين 2004 و.2006 وفقا للالمانية.\n" +
			"ويأتي ضمن قائمة المرشحين لتدريب الأخضر ، الأرجنتيني الآخر خورخي سامباولي (55 عاما) الذي قاد منتخب تشيلي للفوز بلقب كوبا أمريكا هذا الصيف.",
			"2015-07-31", "ceremony 2015-07-31,meeting 2015-08-02,match 2015-SU"},
		{"since 1976 (Reuters 10244)", "ANGOLAN REBELS OFFER TO REOPEN BENGUELA RAILROAD\n\n" +
			"Angola's U.S.-backed UNITA rebel group has offered to reopen the Benguela railroad that runs through UNITA-held territory and links landlocked Zaire and Zambia to the Angolan port of Lobito.\n" +
			"UNITA leader Jonas Savimbi, in a statement made in his Jamba headquarters in southern Angola and released by UNITA's Washington office, said he was prepared to guarantee safe passage for non-military freight as a gesture of \"peace and reconciliation.\"\n" +
			"Savimbi challenged the Cuban-backed Angolan government, which controls the port, to match his offer and allow goods to pass through. There was no immediate response from Luanda.\n" +
			"UNITA has been fighting the Cuban-backed Angolan government since 1976.",
			"1987-03-26", ""},
	})
}
