package timeline

import "testing"

// TestType19Senses: the words the twelfth round's readers and a draw of 60
// real rows (seed 1919) found mistyped on SaudiNewsNet 2015-07-21, each in
// the sense the sentence gives it: a fire that sweeps a road is an accident,
// no attack; an airport that receives a flight meets no one; a coach's
// conference is his press conference; banks saved from collapse have no
// accident; starting sales is a launch; polls that close close nothing; a
// warning sent out (أطلق تحذيرا) is a statement; an attack launched (شن
// هجوما) on the ground is an attack, no air strike; a contract concluded
// (أبرمت عقدا) is a contract, whatever it is for; a deal refused is none
// made; a parliament that approves votes, an approval sought is no vote; a
// position repeated is a statement; forces that advance (تقدمت قوات) fight;
// a player suspended for matches is a decision (issue 13 items 1-2, type19).
func TestType19Senses(t *testing.T) {
	x, asm := discoverAssembler(t)
	runSenseCasesWith(t, x, asm, []senseCase{
		{"اجتاح حريق: an accident", "اجتاح حريق غابات في سفوح تلال جنوب كاليفورنيا بالولايات المتحدة، طريقا سريعا مزدحما بالسيارات في ممر جبلي أول من أمس، مما أدى إلى تدمير أربعة مبان واحتراق 20 سيارة.", "2015-07-21", map[string]string{"أول من أمس": "accident"}},
		{"استقبل مطار ... أول رحلة: no meeting", "استقبل مطار الملك عبدالله بن عبدالعزيز بجازان، مساء أمس، الجمعة، أول رحلة دولية لشركة طيران فلاي دبي، قادمة من مطار دبي الدولي.", "2015-07-18", map[string]string{"أمس، الجمعة": "!meeting"}},
		{"المدرب في المؤتمر: a statement", "شدد المدرب الروماني ريجيكامب مدرب نادي الهلال على أهمية وصعوبة موقعة فريقه أمام العين، وقال ريجي في المؤتمر الخاص مساء امس: أتأمل الفوز وتحقيق نتيجة إيجابية.", "2015-07-21", map[string]string{"امس": "statement"}},
		{"دون انهيارها: no accident", "وأبقى البنك المركزي الأوروبي على تمويل طارئ للبنوك اليونانية للحيلولة دون انهيارها هذا الأسبوع بحسب ما قاله مصدر بنكي.", "2015-07-21", map[string]string{"هذا الأسبوع": "!accident"}},
		{"بدء طرح هاتفها: a launch", "أعلنت شركة سوني اليابانية، أمس الجمعة، عبر مدونتها الرسمية، عن بدء طرح هاتفها الرائد لهذا العام \"إكسبيريا زد 3 بلس\" في مختلف أنحاء العالم.", "2015-07-18", map[string]string{"أمس الجمعة": "launch"}},
		{"إغلاق صناديق الاقتراع: no closure", "وإن الهدف من هذه الزيارة، كما أعلن، يوم الأحد، بعد وقت قصير من إغلاق صناديق الاقتراع في اليونان، هو \"لإجراء تقييم مشترك للوضع بعد الاستفتاء اليوناني\".", "2015-07-21", map[string]string{"يوم الأحد": "!closure"}},
		{"أطلقت ... تحذيرا: a statement", "أطلقت مجموعة بوينج الأمريكية لصناعة الطائرات، السبت، تحذيراً لشركات الطيران بشأن طراز \"777\".", "2015-07-21", map[string]string{"السبت": "statement"}},
		{"شن هجوم ضخم: an attack", "وواصل التنظيم أيضا شن هجمات خاطفة داخل مدينة الحسكة على الرغم من طرده من بعض المناطق بعد اخفاق هجوم ضخم شنه الشهر الماضي.", "2015-07-21", map[string]string{"الشهر الماضي": "attack"}},
		{"أبرمت عقداً ... لإطلاق: a contract", "أعلن محمد بن عبدالصمد القرشي الرئيس التنفيذي لمجموعة عبدالصمد القرشي، أن مجموعته التي أبرمت عقداً البارحة مع الغرفة التجارية الصناعية في مكة المكرمة، لإطلاق مركز عبدالصمد القرشي لتنمية الأعمال.", "2015-07-21", map[string]string{"البارحة": "contract"}},
		{"رفضت ... توقيع الاتفاق: no deal", "بحث الاتحاد الأوروبي، أمس، فرض عقوبات على أطراف الصراع الليبي، وذلك بعد أن رفضت جماعة متطرفة تسيطر على العاصمة طرابلس توقيع الاتفاق هذا الشهر.", "2015-07-21", map[string]string{"هذا الشهر": "!agreement"}},
		{"وافق البرلمان: a vote", "وافق البرلمان على رفع الضرائب يوم الخميس الماضي ضمن تدابير تقشفية وإصلاحية اشترطها مقرضو اليونان.", "2015-07-21", map[string]string{"يوم الخميس الماضي": "election"}},
		{"للحصول على موافقة البرلمان: no vote", "كما تقول مصادر في الحكومة ان كاميرون من المتوقع أن يسعى للحصول على موافقة البرلمان لمد مهمات قصف التنظيم الى سوريا أمس.", "2015-07-21", map[string]string{"أمس": "!election"}},
		{"وتقدمت قوات: fighting", "وتقدمت قوات «المقاومة الشعبية» التي تضم مقاتلين معادين للحوثيين ليلا في حي التواهي الذي يسيطر المتمردون على جزء كبير منه، وذلك بعد ثلاثة أيام على إعلان الحكومة في المنفى تحرير عدن كبرى مدن الجنوب اليمني وثاني مدن اليمن.", "2015-07-21", map[string]string{"بعد ثلاثة أيام": "-", "": "combat"}},
		{"أوقف ... ست مباريات: a decision", "قال الاتحاد الاسكتلندي لكرة القدم الاثنين إنه أوقف نادر تشيفتشي لاعب سيلتيك الجديد ست مباريات بسبب عض منافس خلال مباراة قمة دندي الموسم الماضي.", "2015-07-21", map[string]string{"الاثنين": "decision"}},
		{"كررت ... معارضتها: a statement", "وكررت المستشارة الألمانية انغيلا ميركل يوم الأحد معارضتها لاي خفض «تقليدي» لديون أثينا، مشددة على أنه لا يمكن شطب الديون بهذه الطريقة «في الاتحاد النقدي».", "2015-07-21", map[string]string{"يوم الأحد": "statement"}},
	})
}
