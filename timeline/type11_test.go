package timeline

import "testing"

// TestSensesType11English: to attack a policy or a ruling is to criticise
// it; a heart attack, a suicide attempt, a rocket that blasts off are no
// attack; a clear sign that something is so and agreed-upon ratios are no
// agreement; relinquishing the title of president is a resignation
// (issue 13, type11; Reuters lines 1-15,000).
func TestSensesType11English(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"attacked a fiscal policy: criticism", "The United States has openly attacked Japan's tight-fisted fiscal policy for the first time and warned Tokyo its promised economic package in April must be significant, senior U.S. officials said.", "1987-03-09", map[string]string{"April": "statement"}},
		{"a heart attack is a death", "Zorinsky, who died of a heart attack last Friday, was the second-ranking Democrat on the Senate Agriculture Committee.", "1987-03-09", map[string]string{"last Friday": "death"}},
		{"a suicide attempt is a death", "South Africa's Environmental Affairs Minister John Wiley died today in an apparent suicide attempt, police said.", "1987-03-29", map[string]string{"today": "death"}},
		{"a rocket blasted off: a launch", "An unmanned Delta rocket carrying a 57 mln dlr hurricane-tracking satellite blasted off here today in NASA's first successful launch of the year.", "1987-02-26", map[string]string{"today": "launch"}},
		{"an armed attack stays", "Iran attacked the Saudi Arabian supertanker Arabian Sea off the United Arab Emirates last night but the vessel was able to proceed after the incident, Lloyds Shipping Intelligence said.", "1987-03-12", map[string]string{"last night": "attack"}},
		{"a clear sign that: no agreement", "Federal Reserve Board Chairman Paul Volcker said current data does not give a clear sign that the deterioration in the U.S. trade balance has yet been reversed.", "1987-03-12", map[string]string{"": "statement"}},
		{"agreed-upon ratios: no agreement", "Equitorial also said that as of March One it is operating in technical default under its lease of transponders on the Galaxy III satellite due to its inabiliuty to maintain agreed-upon financial ratios.", "1987-03-03", map[string]string{"March One": "!agreement"}},
		{"relinquished the title of president: a resignation", "Dudley Taft relinquished the title of president in July but continues as vice chairman of the company.", "1987-03-06", map[string]string{"July": "resignation"}},
	})
}

// TestSensesType11Arabic: a funeral (the prayer over the dead, the
// procession, the burial) and a graduation are ceremonies; someone killed in
// battles is a killing, someone who died of wounds from clashes a death;
// under someone's control is no fighting; انتقل إلى رحمة الله is a death
// (issue 13, type11; SaudiNewsNet tuning days).
func TestSensesType11Arabic(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"صلاة الميت: a ceremony", "أدت جموع غفيرة ظهر أمس السبت في جامع التعاون بمحافظة الطائف بميسان صلاة الميت على الشهيد الجندي ممدوح مسفر المسيلي الحارثي، من منسوبي قوات الطوارئ الخاصة بمنطقة عسير.", "2015-08-09", map[string]string{"أمس السبت": "ceremony"}},
		{"شيعت جثمان الشهيد: a ceremony; his death in the relative clause stays", "شيعت جموع المصلين، ظهر اليوم، جثمان الشهيد الرقيب ماجد فهد السبيعي، شهيد الحرس الوطني، الذي استشهد أمس الجمعة، على الحد الجنوبي بنجران.", "2015-08-08", map[string]string{"اليوم": "ceremony", "أمس الجمعة": "killing"}},
		{"صلي على الفقيد: a ceremony, not a death", "انتقل إلى رحمة الله تعالى راشد بن عبد الله المهيزع، وقد صلي على الفقيد بعد صلاة الجمعة في جامع الهويدي بمحافظة المزاحمية.", "2015-07-25", map[string]string{"الجمعة": "ceremony"}},
		{"الصلاة على الفقيد: a ceremony", "وتقررت الصلاة علي الفقيد بعد صلاة عصر اليوم الأحد في مسجد الراجحي.", "2015-08-02", map[string]string{"اليوم الأحد": "ceremony"}},
		{"ووري جثمانها الثرى بعد الصلاة عليها: a ceremony", "وقد ووري جثمانها الثرى في مدينة جدة بعد الصلاة عليها ظهر أمس.", "2015-08-06", map[string]string{"أمس": "ceremony"}},
		{"انتقل إلى رحمة الله: a death", "انتقل الى رحمة الله تعالى الشاب مفلح حميد القارحي شقيق الشاعر حامد القارحي فجر اليوم الخميس.", "2015-07-21", map[string]string{"اليوم الخميس": "death"}},
		{"تخريج الدورة: a ceremony", "رعى صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، عصر اليوم، العرض العسكري لوحدات قوات الأمن الخاصة والتطبيقات التكتيكية، وتخريج الدورة التأهيلية للفرد الأساسي رقم 44 ودورة الصاعقة رقم 9 ذات المراحل الأربع.", "2015-07-24", map[string]string{"اليوم": "ceremony"}},
		{"قتل في معارك: a killing", "ودعا المعتصمون إلى إعدام سليمان الأسد ابن هلال الأسد الذي قتل في معارك مع الفصائل الإسلامية المعارضة للحكومة في العام الماضي، وتباينت الروايات عن تفاصيل ما حدث.", "2015-08-10", map[string]string{"العام الماضي": "killing"}},
		{"توفي متأثرا بجراحه نتيجة اشتباكات: a death", "وفي سياق متصل، قالت مصادر طبية في مستشفى رام الله الحكومي في وقت مبكر السبت: إن شابًا فلسطينيًا توفي متأثرًا بجراحه نتيجة اشتباكات مع القوات الإسرائيلية احتجاجًا على جريمة دوما.", "2015-08-02", map[string]string{"السبت": "death"}},
		{"الخاضعة لسيطرة: a state; the sit-in is the event", "اعتصم العشرات من الأطباء والممرضين العاملين في المستشفى العسكري بمدينة الحديدة الواقعة غرب اليمن والخاضعة لسيطرة الحوثيين، أمس، أمام مبنى المحافظة مطالبين المحافظ والمجالس المحلية بإخراج الميليشيات من المستشفى وإيقاف تدخلاتهم.", "2015-08-02", map[string]string{"أمس": "protest"}},
		{"clashes that killed eleven stay fighting", "أما على صعيد مأرب، فقد دارت اشتباكات عنيفة أمس في منطقة ماس، شمال المحافظة، أسفرت عن مقتل 11 متمردا وإصابة ثمانية آخرين.", "2015-08-06", map[string]string{"أمس": "combat"}},
	})
}

// TestSensesType11Assets: a company's assets bought are an acquisition
// (issue 13, type11; Reuters lines 1-15,000).
func TestSensesType11Assets(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"acquired the assets of a savings bank", "Standard Pacific LP said it has acquired substantially all of the assets and liabilities of South Bay Savings and Loan Association of Newport Beach.", "1987-03-09", map[string]string{"": "acquisition"}},
	})
}
