package timeline

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

const testGazetteer = `
entities:
  - id: biden
    type: person
    names: {en: [Joe Biden, Biden], ar: [جو بايدن, بايدن]}
  - id: kadhimi
    type: person
    names: {en: [Mustafa al-Kadhimi], ar: [مصطفى الكاظمي, الكاظمي]}
    roles:
      - ar: [رئيس الوزراء العراقي]
        from: 2020-05-07
        to: 2022-10-27
  - id: white-house
    type: organization
    names: {en: [White House], ar: [البيت الأبيض]}
  - id: washington
    type: place
    names: {en: [Washington], ar: [واشنطن]}
  - id: us
    type: place
    names: {en: [United States], ar: [الولايات المتحدة]}
  - id: iraq
    type: place
    names: {en: [Iraq], ar: [العراق]}
  - id: isis
    type: organization
    names: {en: [Islamic State], ar: [تنظيم الدولة الإسلامية, داعش]}
  - id: coalition
    type: organization
    names: {en: [International coalition], ar: [التحالف الدولي]}
  - id: blinken
    type: person
    names: {en: [Antony Blinken, Blinken], ar: [بلينكن]}
  - id: demistura
    type: person
    names: {en: [Staffan de Mistura], ar: [دي ميستورا]}
  - id: assad
    type: person
    names: {en: [Bashar al-Assad], ar: [بشار الأسد]}
  - id: faisal-mishaal
    type: person
    names: {en: [Faisal bin Mishaal], ar: [فيصل بن مشعل]}
  - id: getty
    type: organization
    names: {en: [Getty Images], ar: [غيتي]}
`

// scriptedDates is a TimexFinder for tests: a 4-digit number from 1900 to
// 2099 is that year, and the words of days are the dates the test gives.
type scriptedDates struct {
	days map[string]time.Time // normalized word → day
}

func (f scriptedDates) Find(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time) []temporal.Timex {
	var out []temporal.Timex
	for i, tok := range toks {
		w := t.TokenText(tok)
		tx := temporal.Timex{Tok: i, TokEnd: i + 1, Start: int(tok.Start), End: int(tok.End), Text: t.TokenOrig(tok), Type: temporal.Date}
		if tok.Kind == textnorm.Number && len(w) == 4 {
			y, _ := strconv.Atoi(w)
			if y < 1900 || y > 2099 {
				continue
			}
			tx.Value, tx.Granularity = w, "year"
			tx.StartDate = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			tx.EndDate = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
			out = append(out, tx)
			continue
		}
		if d, ok := f.days[w]; ok {
			tx.Value, tx.Granularity, tx.StartDate, tx.EndDate = d.Format(time.DateOnly), "day", d, d
			out = append(out, tx)
		}
	}
	return out
}

func mustDay(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func newTestAssembler(t testing.TB, days map[string]time.Time) (*extract.Extractor, *Assembler) {
	t.Helper()
	norm := map[string]time.Time{}
	for k, v := range days {
		norm[textnorm.NormString(k)] = v
	}
	return gazetteerAssembler(t, "", scriptedDates{days: norm})
}

// gazetteerAssembler returns an extractor over testGazetteer with the
// entities of extra (YAML list items) added, finding dates with dates, and
// the built-in lexicon's assembler.
func gazetteerAssembler(t testing.TB, extra string, dates extract.TimexFinder) (*extract.Extractor, *Assembler) {
	t.Helper()
	g, _, err := gazetteer.Load(strings.NewReader(testGazetteer+extra), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(ix, dates)
	if err != nil {
		t.Fatal(err)
	}
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	return x, NewAssembler(lx, "en")
}

// realDates returns the real date recognizer (temporal.New).
func realDates(t testing.TB) extract.TimexFinder {
	t.Helper()
	rec, err := temporal.New()
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// analyzeEvents runs text, an article of date dct (YYYY-MM-DD), through x
// and asm and returns its events.
func analyzeEvents(t testing.TB, x *extract.Extractor, asm *Assembler, text, dct string) []Event {
	t.Helper()
	day, err := time.Parse(time.DateOnly, dct)
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Analyze(context.Background(), text, day)
	if err != nil {
		t.Fatal(err)
	}
	return asm.Events(d, "doc")
}

// typeDates lists events as "type date", separated by commas.
func typeDates(evs []Event) string {
	var got []string
	for _, e := range evs {
		got = append(got, e.Type+" "+e.Date)
	}
	return strings.Join(got, ",")
}

func ids(es []Entity) string {
	var s []string
	for _, e := range es {
		s = append(s, e.ID)
	}
	return strings.Join(s, ",")
}

type wantEvent struct {
	date, typ, status, people, places, orgs string
}

func TestAssembleEvents(t *testing.T) {
	tests := []struct {
		name string
		text string
		dct  string
		days map[string]time.Time
		want []wantEvent
	}{
		{
			name: "each date governs its own clause",
			text: "دخلت القوات التي تقودها الولايات المتحدة العراق في عام 2003، وأطاحت بالديكتاتور السابق. وبعد انسحابها في عام 2011، عادت في عام 2014 لمحاربة تنظيم الدولة الإسلامية (داعش) كجزء من تحالف دولي.",
			dct:  "2024-04-16",
			want: []wantEvent{
				{"2003", "deployment", "happened", "", "us,iraq", ""},
				{"2011", "withdrawal", "happened", "", "us,iraq", ""},
				{"2014", "deployment", "happened", "", "", "isis"},
			},
		},
		{
			name: "a complement clause with its own date is its own event, planned when after the DCT",
			text: "أعلن البيت الأبيض الجمعة أن الرئيس جو بايدن، سيستقبل مصطفى الكاظمي في 26 يوليو في واشنطن، بينما تشهد الساحة تصعيدا ضد قوات التحالف الدولي.",
			dct:  "2021-07-17",
			days: map[string]time.Time{"الجمعة": mustDay("2021-07-16"), "26": mustDay("2021-07-26")},
			want: []wantEvent{
				{"2021-07-16", "statement", "happened", "", "", "white-house"},
				{"2021-07-26", "meeting", "planned", "biden,kadhimi", "washington", ""},
			},
		},
		{
			name: "today with a present verb of a scheduled happening is planned (SNN 2015-07-24)",
			text: "على أن يلتقي دي ميستورا اليوم بالرئيس بشار الأسد وكبار مسؤولي النظام السوري.",
			dct:  "2015-07-24",
			days: map[string]time.Time{"اليوم": mustDay("2015-07-24")},
			want: []wantEvent{
				{"2015-07-24", "meeting", "planned", "demistura,assad", "", ""},
			},
		},
		{
			name: "a today verb hidden in a name (فيصل) leaves today's opening happened (SNN 2015-07-24)",
			text: "افتتح صاحب السمو الملكي الأمير فيصل بن مشعل أمير منطقة القصيم، مساء اليوم، مشروع مجمع العمري سنتر.",
			dct:  "2015-07-24",
			days: map[string]time.Time{"اليوم": mustDay("2015-07-24")},
			want: []wantEvent{
				{"2015-07-24", "launch", "happened", "faisal-mishaal", "", ""},
			},
		},
		{
			name: "a dateless complement joins the dated clause; a credit is no participant",
			text: "وأعلن مكتب رئيس الوزراء العراقي، في بيان له، الاثنين، أن الكاظمي زار واشنطن، حيث التقى جو بايدن (غيتي).",
			dct:  "2021-07-27",
			days: map[string]time.Time{"الاثنين": mustDay("2021-07-26")},
			want: []wantEvent{
				{"2021-07-26", "meeting", "happened", "kadhimi,biden", "washington", ""},
			},
		},
		{
			name: "related articles after the marker are another story",
			text: "التقى بلينكن الكاظمي في واشنطن عام 2021.\n\nمقالات ذات صلة\n\nقتل عناصر من داعش في العراق عام 2019.",
			dct:  "2021-07-27",
			want: []wantEvent{
				{"2021", "meeting", "happened", "blinken,kadhimi", "washington", ""},
			},
		},
		{
			name: "a joint statement reports a meeting",
			text: "أكد بلينكن ونظيره العراقي الكاظمي، الثلاثاء، عزم بلديهما مواصلة الشراكة.",
			dct:  "2021-07-28",
			days: map[string]time.Time{"الثلاثاء": mustDay("2021-07-27")},
			want: []wantEvent{
				{"2021-07-27", "meeting", "happened", "blinken,kadhimi", "", ""},
			},
		},
		{
			name: "one day said twice is one event; a quoted «اليوم» is the newspaper",
			text: "استقبل بلينكن الكاظمي في واشنطن، مساء أمس السبت. وقال الكاظمي لـ «اليوم» إن الزيارة ناجحة.",
			dct:  "2021-07-18",
			days: map[string]time.Time{"أمس": mustDay("2021-07-17"), "السبت": mustDay("2021-07-17"), "اليوم": mustDay("2021-07-18")},
			want: []wantEvent{
				{"2021-07-17", "meeting", "happened", "blinken,kadhimi", "washington", ""},
			},
		},
		{
			name: "a bare اليوم dates events in the lead only (in a column it is 'nowadays')",
			text: "التقى بلينكن الكاظمي في واشنطن اليوم. وكانت الزيارة قصيرة. وقال مسؤول إنها مهمة. ونجد العراق اليوم في كل مكان.",
			dct:  "2021-07-28",
			days: map[string]time.Time{"اليوم": mustDay("2021-07-28")},
			want: []wantEvent{
				{"2021-07-28", "meeting", "happened", "blinken,kadhimi", "washington", ""},
			},
		},
		{
			name: "arrival is a visit, reaching an amount is not (nor is an untyped year of a place news)",
			text: "وصل الكاظمي إلى واشنطن الثلاثاء. ووصل الدعم للعراق إلى 12 مليار دولار عام 2015.",
			dct:  "2021-07-28",
			days: map[string]time.Time{"الثلاثاء": mustDay("2021-07-27")},
			want: []wantEvent{
				{"2021-07-27", "visit", "happened", "kadhimi", "washington", ""},
			},
		},
		{
			name: "a dateline's source is no participant",
			text: "واشنطن - «البيت الأبيض»: التقى بلينكن الكاظمي الثلاثاء.",
			dct:  "2021-07-28",
			days: map[string]time.Time{"الثلاثاء": mustDay("2021-07-27")},
			want: []wantEvent{
				{"2021-07-27", "meeting", "happened", "blinken,kadhimi", "washington", ""},
			},
		},
		{
			name: "figures are no event; an event word wins over them",
			text: "وبلغ عدد الزوار في العراق 806 آلاف عام 2010. وقتل 40 شخصا في هجوم في العراق عام 2014.",
			dct:  "2021-07-28",
			want: []wantEvent{
				{"2014", "attack", "happened", "", "iraq", ""},
			},
		},
		{
			name: "a place in «» is a newspaper",
			text: "التقى بلينكن الكاظمي الثلاثاء، كما ذكرت «واشنطن».",
			dct:  "2021-07-28",
			days: map[string]time.Time{"الثلاثاء": mustDay("2021-07-27")},
			want: []wantEvent{
				{"2021-07-27", "meeting", "happened", "blinken,kadhimi", "", ""},
			},
		},
		{
			name: "arriving somewhere is a visit, arriving at a line-up is not; a hope is no event",
			text: "وصل الكاظمي إلى واشنطن الثلاثاء. ويأمل الكاظمي الوصول إلى التشكيلة الأساسية الثلاثاء.",
			dct:  "2021-07-28",
			days: map[string]time.Time{"الثلاثاء": mustDay("2021-07-27")},
			want: []wantEvent{
				{"2021-07-27", "visit", "happened", "kadhimi", "washington", ""},
			},
		},
		{
			name: "a role is its holder on the event's date, not the article's",
			text: "التقى رئيس الوزراء العراقي بلينكن في واشنطن عام 2021.",
			dct:  "2024-03-27",
			want: []wantEvent{
				{"2021", "meeting", "happened", "kadhimi,blinken", "washington", ""},
			},
		},
		{
			name: "a friendly is a match, not a meeting",
			text: "يلتقي الكاظمي في مباراة ودية في واشنطن الثلاثاء.",
			dct:  "2021-07-28",
			days: map[string]time.Time{"الثلاثاء": mustDay("2021-07-27")},
			want: []wantEvent{
				{"2021-07-27", "match", "happened", "kadhimi", "washington", ""},
			},
		},
		{
			name: "a comma after a fronted date does not part it from its clause",
			text: "Tuesday, Blinken said Washington would keep troops in Iraq until 2025.",
			dct:  "2021-07-28",
			days: map[string]time.Time{"tuesday": mustDay("2021-07-27")},
			want: []wantEvent{
				{"2021-07-27", "statement", "happened", "blinken", "washington", ""},
				// "until 2025" ends the troops' stay: it dates no event.
			},
		},
		{
			name: "the pronoun of an event word is the sentence's first person",
			text: "التقى الكاظمي بلينكن في واشنطن الثلاثاء، في أول زيارة له منذ توليه منصبه عام 2020.",
			dct:  "2021-07-28",
			days: map[string]time.Time{"الثلاثاء": mustDay("2021-07-27")},
			want: []wantEvent{
				{"2021-07-27", "meeting", "happened", "kadhimi,blinken", "washington", ""},
				{"2020", "appointment", "happened", "kadhimi", "washington", ""},
			},
		},
		{
			name: "English: He opens a sentence about the person before",
			text: "Mustafa al-Kadhimi spoke to reporters. He met Blinken in Washington on Tuesday.",
			dct:  "2021-07-28",
			days: map[string]time.Time{"tuesday": mustDay("2021-07-27")},
			want: []wantEvent{
				{"2021-07-27", "meeting", "happened", "kadhimi,blinken", "washington", ""},
			},
		},
		{
			name: "English",
			text: "Blinken met Mustafa al-Kadhimi in Washington on Tuesday. Analysts said 1990 was different.",
			dct:  "2021-07-28",
			days: map[string]time.Time{"tuesday": mustDay("2021-07-27")},
			want: []wantEvent{
				{"2021-07-27", "meeting", "happened", "blinken,kadhimi", "washington", ""},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, asm := newTestAssembler(t, tc.days)
			d, err := x.Analyze(context.Background(), tc.text, mustDay(tc.dct))
			if err != nil {
				t.Fatal(err)
			}
			evs := asm.Events(d, "doc")
			var got []wantEvent
			for _, e := range evs {
				got = append(got, wantEvent{e.Date, e.Type, string(e.Status), ids(e.People), ids(e.Places), ids(e.Organizations)})
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d events %+v, want %d %+v", len(got), got, len(tc.want), tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("event %d:\n got %+v\nwant %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestHeadlineTakesTheArticleDate(t *testing.T) {
	x, asm := newTestAssembler(t, nil)
	text := "بغداد وواشنطن تؤكدان استمرار الشراكة في محاربة داعش\n\nوقال بلينكن إن الشراكة مستمرة."
	d, err := x.Analyze(context.Background(), text, mustDay("2024-03-26"))
	if err != nil {
		t.Fatal(err)
	}
	evs := asm.Events(d, "doc")
	if len(evs) != 1 || evs[0].Date != "2024-03-26" || evs[0].Type != "meeting" || evs[0].TimeText != "" {
		t.Fatalf("got %+v, want one meeting dated by the article", evs)
	}
	// Without an article date, an undated headline is no event.
	d, _ = x.Analyze(context.Background(), text, time.Time{})
	if evs := asm.Events(d, "doc"); len(evs) != 0 {
		t.Fatalf("got %+v without DCT, want none", evs)
	}
}
