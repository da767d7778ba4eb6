package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

// placesYAML: two towns called Rafah, a city that is also a province's name,
// a town whose name is a club's, and one whose name an adverb with tanween
// spells.
const placesYAML = `entities:
  - id: gaza-strip
    type: place
    names: {ar: [قطاع غزة]}
  - id: north-sinai
    type: place
    names: {ar: [شمال سيناء]}
  - id: rafah-gaza
    type: place
    names: {ar: [رفح]}
    within: [gaza-strip]
    population: 150000
  - id: rafah-egypt
    type: place
    names: {ar: [رفح]}
    within: [north-sinai]
    population: 10000
  - id: kandahar
    type: place
    names: {ar: [قندهار]}
    population: 100000
  - id: manchester
    type: place
    names: {ar: [مانشستر]}
    population: 500000
  - id: bechar
    type: place
    names: {ar: [بشار]}
    population: 150000
  - id: douma
    type: place
    names: {ar: [دوما]}
    population: 110000
  - id: mila
    type: place
    names: {ar: [ميلا]}
    population: 70000
  - id: matariya
    type: place
    names: {ar: [المطرية]}
    population: 160000
  - id: gafsa
    type: place
    names: {ar: [قفصة]}
    population: 80000
  - id: cordoba
    type: place
    names: {ar: [قرطبة]}
    population: 320000
  - id: country-eg
    type: place
    names: {ar: [مصر, المصرية]}
`

// TestPlaceRules: the rules of mentions and resolvePlaces that keep an
// imported place's name from matching something else.
func TestPlaceRules(t *testing.T) {
	g, _, err := gazetteer.Load(strings.NewReader(placesYAML), "places.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(ix, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, want string
	}{
		{"the bigger namesake", "قصف في رفح", "رفح=rafah-gaza/name"},
		{"the namesake within a place the article names", "قصف في رفح بمحافظة شمال سيناء", "رفح=rafah-egypt/name شمال سيناء=north-sinai/name"},
		{"a province, not its city", "قتل في ولاية قندهار", ""},
		{"the city", "قتل في مدينة قندهار", "قندهار=kandahar/name"},
		{"a club after a preposition in a match report", "فاز الفريق على مانشستر في المباراة وسجل اللاعب هدفين في الدوري", ""},
		{"the city in a match report", "وصل الفريق إلى مدينة مانشستر قبل المباراة مع لاعبي الدوري", "مانشستر=manchester/name"},
		{"the city elsewhere", "وصل الوزير إلى مانشستر", "مانشستر=manchester/name"},
		{"an adverb with tanween", "كان يقول دوماً إن", ""},
		{"the town", "قصف على دوما", "دوما=douma/name"},
		{"a given name before a family name", "طالب مندوب سوريا بشار الجعفري", ""},
		{"the town of that name", "وصل إلى بشار أمس", "بشار=bechar/name"},
		{"a name before son of", "أكد بشار بن محمد", ""},
		{"a unit after a number", "على بعد 90 ميلا شمال المدينة", ""},
		{"a unit after a quantity word", "مساحتها مليون ميلا مربعا", ""},
		{"a year says nothing", "في عام 2015 ميلا", "ميلا=mila/name"},
		{"a list's number says nothing", "3. ميلا تقع في الشرق", "ميلا=mila/name"},
		{"the town after a place word", "وصل إلى ميلا", "ميلا=mila/name"},
		{"an adjective after its noun", "إن الحالة المطرية تخف", ""},
		{"the town", "قتل في المطرية أمس", "المطرية=matariya/name"},
		{"the town after a definite adverb", "تطوق القوات الآن المطرية", "المطرية=matariya/name"},
		{"the town after a masculine definite word", "الأهم المطرية", "المطرية=matariya/name"},
		{"a country's adjective names the country", "قالت الحكومة المصرية إن", "المصرية=country-eg/alias"},
		{"a noun with a pronoun", "سقطت أضلاع قفصه الصدري", ""},
		{"the town spelled with ه after a place word", "وصل إلى قفصه أمس", "قفصه=gafsa/name"},
		{"the town as spelled", "وصلت قفصة أمس", "قفصة=gafsa/name"},
		{"a noun with a pronoun after the proclitic ب", "أمسك بقفصه الصدري", ""},
		{"a school", "ومدرسة قرطبة الابتدائية", ""},
		{"a team with a possessive", "شارك مع فريقه قرطبة أمس", ""},
		{"the city", "زار قرطبة أمس", "قرطبة=cordoba/name"},
	} {
		got := strings.Join(mentionsOf(t, x, tc.text, time.Time{}), " ")
		if got != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestDiscoveredPlaceRules: a name the labeller finds and links to a
// gazetteer place passes the place rules too (in a match report برشلونة is
// the club, whatever the labeller says).
func TestDiscoveredPlaceRules(t *testing.T) {
	g, _, err := gazetteer.Load(strings.NewReader(placesYAML+`  - id: barcelona
    type: place
    names: {ar: [برشلونة]}
    population: 1600000
`), "places.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		t.Fatal(err)
	}
	models := map[textnorm.Lang]*ner.Model{}
	m, err := ner.Builtin(string(textnorm.Arabic))
	if err != nil {
		t.Fatal(err)
	}
	models[textnorm.Arabic] = m
	x, err := New(ix, nil, WithDiscovery(models, DiscoverAll))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"فاز برشلونة على إشبيلية في المباراة الودية وسجل اللاعب ميسي هدفين في الدوري الإسباني.", ""},
		{"وصل الوزير إلى برشلونة أمس لحضور مؤتمر اقتصادي.", "برشلونة=barcelona"},
	} {
		var got []string
		for _, s := range mentionsOf(t, x, tc.text, time.Time{}) {
			if strings.Contains(s, "=barcelona/") {
				got = append(got, s[:strings.Index(s, "/")])
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
