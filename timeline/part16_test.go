package timeline

import "testing"

// TestLeadSubjectBeforeWhere: a sentence's first clause, with no date, that
// ends with a comma before حيث tells the main event, and the dated clause
// after it how it went on: the first clause's subject is a participant.
func TestLeadSubjectBeforeWhere(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-07-31-00350 (handcheck v11 973): the United States
		// delivered the F-16s whose first batch arrived yesterday.
		{"the giver of a delivery",
			"سلمت الولايات المتحدة الأميركية مصر ثماني طائرات «إف 16»، حيث وصل أمس إلى القاعدة الجوية غرب القاهرة الفوج الأول منها، على أن يستكمل وصولها اليوم.",
			"2015-07-31", "أمس", []string{"United States", "Cairo"}, nil},
		// snn-2015-08-06-01604: Madrid, which refuses a referendum's
		// colour, said so on Monday through its spokeswoman.
		{"the government that said it",
			"وترفض مدريد إعطاء الانتخابات أي صبغة \"استفتائية\"، حيث أكدت الاثنين على لسان المتحدثة باسم الحكومة ثريا ساينث دي سانتاماريا أن ناخبي كاتالونيا مدعوون إلى \"انتخاب برلمانهم الإقليمي الذي سينتخب بدوره رئيسا جديدا، وليس شيئا آخر\".",
			"2015-08-06", "الاثنين", []string{"Madrid"}, nil},
		// snn-2015-08-06-02146: the clause before حيث opens with "that",
		// inside what someone said: its subject stays out.
		{"a said clause before where",
			"واختتم قطان بيانه بالتأكيد على ما قاله خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إن المملكة العربية السعودية تقف إلى جانب حكومة مصر وشعبها الشقيق، وتعد هذه الزيارة الثانية للأمير محمد بن سلمان لمصر خلال أيام، حيث زار القاهرة الخميس الماضي.",
			"2015-08-06", "الخميس الماضي", []string{"Cairo"}, []string{"Saudi Arabia"}},
	})
}

// TestRelativeSpanPlace: a place named in a relative span that the date is
// not in tells where something else is or was; it stands for the event
// only when the event names no other place.
func TestRelativeSpanPlace(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-07-31-01350 (handcheck v11 1165): the condolences were
		// offered in Medina; Qatif is where the dead man fell.
		{"where the dead man fell",
			"قدم مدير شرطة منطقة المدينة المنورة المكلف اللواء خالد عواض المطيري، يرافقه عدد من مديري القطاعات الأمنية في المدينة المنورة أمس، تعازي ومواساة القيادة الرشيدة لذوي الشهيد سامي معوض الحربي، الذي استشهد في محافظة القطيف أثناء تأدية عمله في إحدى الدوريات الأمنية.",
			"2015-07-31", "أمس", []string{"Medina"}, []string{"Qatif"}},
		// snn-2015-07-31-00088: the union's founder and members are no
		// place of the negotiations.
		{"the members of a union",
			"وبدأت المفاوضات في 1996، وتباطأت بعد انضمام كازاخستان الى الاتحاد الاقتصادي الاوروآسيوي الذي شكلته موسكو وتشارك فيه ايضا ارمينيا وقرغيزيستان وبيلاروسيا.",
			"2015-07-31", "1996", []string{"Kazakhstan"}, []string{"Moscow", "Armenia", "Belarus"}},
		// snn-2015-07-31-00375: the pathologist spoke in Tunis; Sousse
		// is where the dead gunman had struck.
		{"where the dead man had struck",
			"وعلى صعيد متصل بملف الإرهاب، كشف أمس منصف حمدون، رئيس قسم التشريح بمستشفى «شارل نيكول» بالعاصمة التونسية، عن انتهاء عملية فحص جثة سيف الدين الرزقي، الذي نفذ هجوم سوسة الإرهابي، وقال في تصريح إعلامي إن التقرير الطبي أصبح جاهزا وتمت إحالته إلى قاضي التحقيق المكلف بالملف.",
			"2015-07-31", "أمس", []string{"Tunis"}, []string{"Sousse"}},
	})
}

// TestDestinationPlace: a place something is heading for (events.yaml
// participants destination) is no place of what happens to it where the
// event names another.
func TestDestinationPlace(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-07-31-02184: a stabbing at the security post on the
		// road to the Riyadh region, in Hafar al-Batin.
		{"the region a road leads to",
			"وتقصيلاً، ذكر الناطق الإعلامي لشرطة المنطقة الشرقية العقيد زياد الرقيطي لـ\"سبق\"، أنه عند الساعة السادسة من صباح اليوم الجمعة، أبلغ وافد عربي أربعيني مركز الضبط الأمني بالطريق المتجه لمنطقة الرياض بمحافظة حفر الباطن عن تعرض ابنه البالغ من العمر ١٧ عاماً لعدة طعنات أثناء تواجده بالشاحنة التي يستقلها الأب بعد توقفه بالقرب من إحدى مراكز التزود بالوقود.",
			"2015-07-31", "اليوم الجمعة", []string{"Hafar"}, []string{"Riyadh"}},
		// snn-2015-07-31-02073 (handcheck v11 1666): a wedding-hall fire
		// in Al-Saree' on the Abha road to Al-Far'a park.
		{"the park a road leads to",
			"وأوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد عبدالرحيم العاصمي في تمام الساعة 23:03 من مساء اليوم الخميس تلقى مركز القيادة والتوجيه بالإدارة العامة للدفاع المدني بأبها بلاغًا عن حادث حريق بإحدى قاعات الأفراح بقرية آل السريع طريق أبها المتجه لمنتزه الفرعا.",
			"2015-07-31", "اليوم الخميس", []string{"Abha"}, []string{"الفرعا"}},
	})
}
