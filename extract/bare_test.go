package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestBareNames: a bare generic name (gazetteer bare:, الدفاع المدني, وزارة
// الصحة) stands for the Saudi body only in an article whose dateline or
// places are Saudi; in a Jordanian story, or qualified by another
// country's adjective, it names no one the gazetteer knows; a club's bare
// name needs a sports passage too. Sentences of the tuning days.
func TestBareNames(t *testing.T) {
	ix := builtinIndex(t)
	x := mustNew(t, ix, nil)
	for _, tc := range []struct {
		name, text, entity string
		want               bool
	}{
		// snn-2015-08-09-01249: the dateline is Jeddah's.
		{"Saudi dateline", `ماجد الرفاعي- سبق- جدة: أعلنت وزارة الصحة اليوم الأحد تسجيل إصابة ثلاث حالات مؤكدة بفيروس "كورونا" في الرياض`, "saudi-health-ministry", true},
		// snn-2015-08-09-00884: no dateline; the places are Mecca's.
		{"Saudi places", "سيطرت فرق الدفاع المدني بمكة المكرمة اليوم على حريق مبنى الدوائر الحكومية في حي العوالي بمكة المكرمة.", "saudi-civil-defense", true},
		// snn-2015-08-06-00325: a Jordanian story.
		{"Jordanian story", "خلف ارتفاع درجات الحرارة في الأردن خلال الأيام الثلاثة الماضية خسائر مادية في المحاصيل الزراعية في محافظة المفرق. على صعيد آخر تعاملت كوادر الدفاع المدني مع 19 إصابة بضربات شمس", "saudi-civil-defense", false},
		// snn-2015-08-06-01331: Egypt's ministry, in a story told from Riyadh.
		{"another country's adjective", "الرياض: كشف اللواء أبو بكر عبدالكريم، المتحدث باسم وزارة الداخلية المصرية فى تصريحات خاصة", "saudi-interior-ministry", false},
		// snn-2015-08-09-00794: the Super Cup, played in Mecca.
		{"club in a sports passage", "ومع مطلع موسم 2013 أقيمت أول مباراة للسوبر بعد اعتمادها بشكل رسمي وجمعت بطل الدوري الفتح وحامل لقب كأس خادم الحرمين الشريفين للأبطال الاتحاد، على ملعب مدينة الملك عبدالعزيز الرياضية بمكة المكرمة", "al-fateh", true},
		// snn-2015-08-02-00843: a friendly at al-Nassr's camp in Austria
		// against Qatar's al-Sadd; neither country has a club called النصر.
		{"club abroad", testshared.Passage(t, "snn-2015-08-02-00843", "ودياً النصر يكسب", "وعمر هوساوي و") +
			testshared.Passage(t, "snn-2015-08-02-00843", "قدم الفريق مستوى", "في هذا الشوط"), "al-nassr", true},
		// snn-2015-07-24-00793: Egypt's al-Ahly, named in full before.
		{"club's namesake named", testshared.Passage(t, "snn-2015-07-24-00793", "تشهد الجولة الثالثة", "حسم المباراة لصالحه"), "al-ahli-saudi", false},
		// snn-2015-07-24-00793: Sudan's al-Hilal, named in full before
		// (gazetteer al-hilal-sudan).
		{"Sudan's al-Hilal", testshared.Passage(t, "snn-2015-07-24-00793", "يخوض سموحة المصري", "أمام منافسه الكونغولي") +
			"." +
			testshared.Passage(t, "snn-2015-07-24-00793", " ولكن تبدو مهمته", "في الجولتين السابقتين."), "al-hilal", false},
		// snn-2015-08-02-01180: an agreement with a player (lang/ar/words.yaml
		// club_noun_senses), in a story told from Milan.
		{"club's name as a noun", testshared.Passage(t, "snn-2015-08-02-01180", "المدرب فضل «واكاسو»", "الفحص التوقيع\n\nأوضح ") +
			testshared.Passage(t, "snn-2015-08-02-01180", "المشرف العام على", "الطبي، غدا الاثنين، ") +
			testshared.Passage(t, "snn-2015-08-02-01180", "بعد أن تعذر إجراؤه", "ميلانو الإيطالية، مؤكدا ") +
			testshared.Passage(t, "snn-2015-08-02-01180", "أن «اللاعب تم", "اجتيازه للفحص الطبي، ") +
			"وكان المدرب بولوني صاحب القرار في اختياره»، متمنيا أن يوفق مع زملائه اللاعبين", "al-ettifaq", false},
		// snn-2015-08-02-00382: the Border Guard of the Eastern Province.
		{"Saudi border guard", "تمكنت دوريات حرس الحدود بالمنطقة الشرقية من إحباط حالتي تسلل، كما ضبطت مخالفة صيد بالأماكن الممنوعة", "saudi-border-guard", true},
		// snn-2015-08-02-00241: Libya's border guard.
		{"Libyan border guard", "تمكن حرس الحدود الليبي من توقيف ثلاث سيارات محملة بحوالي 30 مهاجرًا غير شرعي بمنطقة الجغبوب جنوبي ليبيا", "saudi-border-guard", false},
		// snn-2015-08-02-00816: the passports office among the bodies of al-Ahsa.
		{"Saudi passports", `قطع مسؤولو نحو ثمان جهات حكومية في محافظة الأحساء، وهي "المحافظة، والشؤون الصحية، وجمعية البر، والشرطة، والمرور، والجوازات، والأحوال المدنية، ومطار الأحساء"`, "saudi-passports", true},
		// snn-2015-07-27-00807: Hajer's friendly at its camp in Turkey.
		{"Hajer in a sports passage", testshared.Passage(t, "snn-2015-07-27-00807", "هجر يخسر في تركيا..", "الدقيقة (٦١ و٧١)."), "hajer-club", true},
		// snn-2015-08-02-00758: هجر, hamlets, outside sport.
		{"hamlets", "استبعدت نحو 12 ألفا و400 حيازة زراعية أخرى في مدن وقرى وهجر الأحساء من \"الزكاة\"، لعدم انطباق استحقاقات الزكاة عليها", "hajer-club", false},
		// snn-2015-07-27-00821: al-Batin's friendly at its camp in Egypt.
		{"al-Batin abroad", testshared.Passage(t, "snn-2015-07-27-00821", "الباطن يكسب أولى", "الوقوف على جاهزيتهم"), "al-batin", true},
		// snn-2015-08-09-00884: الرائد is the rank, not the club.
		{"club name outside sport", "وصرح المتحدث الرسمى للإدارة العامة للدفاع المدني بالعاصمة المقدسة الرائد نايف الشريف", "al-raed", false},
	} {
		got := strings.Join(mentionsOf(t, x, tc.text, time.Time{}), " ")
		if has := strings.Contains(got, "="+tc.entity+"/"); has != tc.want {
			t.Errorf("%s: %s found = %v, want %v; mentions %s", tc.name, tc.entity, has, tc.want, got)
		}
	}
}

// TestClubNotGlued: a club's gazetteer mention stays when the labeller
// finds it with the word after it (نادي الاتحاد مساء, الاتحاد يواجه: the
// club and a word of the sentence). snn-2015-08-02-00464, a tuning day.
func TestClubNotGlued(t *testing.T) {
	x := mustNew(t, builtinIndex(t), realDates(t), WithDiscovery(builtinModels(t), DiscoverAll))
	text := testshared.Passage(t, "snn-2015-08-02-00464", "الاتحاد يواجه اليوم", "في رابع تجاربه\n\n") +
		testshared.Passage(t, "snn-2015-08-02-00464", "يخوض الفريق الكروي", "في الموسم المقبل.")
	d, err := x.Analyze(context.Background(), text, time.Date(2015, 8, 2, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range d.Mentions {
		if strings.Contains(m.Text, "الاتحاد") {
			if m.EntityID() != "al-ittihad-saudi" || strings.Contains(m.Text, " مساء") || strings.Contains(m.Text, " يواجه") {
				t.Errorf("mention %q = %s/%s, want the club alone", m.Text, m.EntityID(), m.Via)
			}
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of the club, want 2: %v", n, found(d))
	}
}
