package timeline

import "testing"

// TestRelativeSpanPersons: a person named in a relative or since span that
// the date is not in describes something else of the sentence; he is the
// event's only where the date's own words name no other person.
func TestRelativeSpanPersons(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-08-09: al-Abadi announces reforms; al-Maliki holds one
		// of the posts they abolish.
		{"a post's holder in a relative span",
			"أعلن رئيس الحكومة العراقي حيدر العبادي اليوم الأحد عن اصلاحات جديدة تتضمن الغاء مناصب نواب رئيس الجمهورية التي يشغل احدها رئيس الوزراء السابق نوري المالكي، ردا على احتجاجات ضد الفساد والنقص في الخدمات.",
			"2015-08-09", "اليوم الأحد", []string{"al-Abadi"}, []string{"Maliki"}},
		// snn-2015-08-09: Egypt answers Qatar's foreign minister; Morsi is
		// named for when the crisis began.
		{"a since span's person",
			"قالت مصر اليوم السبت إنها ترفض تدخل قطر في شؤونها الداخلية وذلك ردا على تصريحات من وزير الخارجية القطري قال فيها إن بلاده مستعدة إذا طلب منها للتوسط لإنهاء الأزمة السياسية التي تشهدها مصر منذ عزل الرئيس السابق محمد مرسي المنتمي لجماعة الإخوان المسلمين.",
			"2015-08-09", "اليوم السبت", []string{"Attiyah"}, []string{"Morsi"}},
		// snn-2015-08-09-00360: the date's words name no person; the
		// Afghan president of the span (who condemned the attack) stays.
		{"the span's person where the date's words name none",
			"ودعا أفغان الجمعة مواطنيهم إلى التبرع بالدم لمساعدة المستشفيات التي اكتظت بالضحايا في حين أدان الرئيس الأفغاني بشدة الاعتداء وعاد مصابين في أحد المستشفيات.",
			"2015-08-09", "الجمعة", []string{"Ghani"}, nil},
	})
}

// TestLeadDeputyOf: a headline or lead row with no date of its own reads
// its names as a dated clause does: "نائب خادم الحرمين الشريفين" and
// "مستشار خادم الحرمين الشريفين" name the deputy and the adviser, not the
// king.
func TestLeadDeputyOf(t *testing.T) {
	runPartCases(t, []partCase{
		// snn-2015-08-07-00842 (handcheck v9 993): the Crown Prince's
		// condolence cable.
		{"the king's deputy",
			"بعث نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود برقية عزاء ومواساة لمساعد مدير جوازات محافظة الجبيل العقيد جاسر بن محمد العجالين؛ وذلك في وفاة والدته.",
			"2015-08-07", "", []string{"محمد بن نايف", "العجالين"}, []string{"King Salman"}},
		// snn-2015-08-11-00242: the Mecca emir, the king's adviser,
		// approves a project.
		{"the king's adviser",
			"وافق الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة رئيس اللجنة الإشرافية لسوق عكاظ على مشروع تطوير خيمة سوق عكاظ، ضمن مشاريع التطوير السنوية في السوق.",
			"2015-08-11", "", []string{"Khalid al-Faisal"}, []string{"King Salman"}},
	})
}
