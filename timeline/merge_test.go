package timeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/extract/temporal"
)

func ev(date, start, end, gran, typ string, status Status, doc string, actors ...string) Event {
	e := Event{Date: date, StartDate: mustDay(start), EndDate: mustDay(end), Granularity: temporal.Granularity(gran), Type: typ, Status: status, Docs: []string{doc}, Sources: 1}
	for _, a := range actors {
		e.People = append(e.People, Entity{ID: a, NameEn: a})
	}
	return e
}

// at is ev with places instead of people, and its sentence.
func at(date, typ, doc, text string, places ...string) Event {
	e := ev(date, date, date, "day", typ, Happened, doc)
	for _, p := range places {
		e.Places = append(e.Places, Entity{ID: p, NameEn: p})
	}
	e.Text = text
	return e
}

func withPlaces(e Event, places ...string) Event {
	for _, p := range places {
		e.Places = append(e.Places, Entity{ID: p, NameEn: p})
	}
	return e
}

func withOrgs(e Event, orgs ...string) Event {
	for _, o := range orgs {
		e.Organizations = append(e.Organizations, Entity{ID: o, NameEn: o})
	}
	return e
}

// mapPlaces is a Places of a few towns: each lies in the places listed.
type mapPlaces map[string][]string

func (p mapPlaces) Containers(id string) []string { return p[id] }
func (p mapPlaces) Within(a, b string) bool       { return slices.Contains(p[a], b) }

var testPlaces = mapPlaces{"moscow": {"russia"}, "taif": {"makkah-province", "sa"}, "jeddah": {"makkah-province", "sa"}, "aden": {"ye"}, "taiz": {"ye"}}

func TestMerger(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		articles    [][]Event
		wantRows    int
		wantSources []int
		wantDates   []string
	}{
		{"same event in two articles", [][]Event{
			{ev("2024-03-26", "2024-03-26", "2024-03-26", "day", "meeting", Happened, "a", "blinken", "hussein")},
			{ev("2024-03-26", "2024-03-26", "2024-03-26", "day", "meeting", Happened, "b", "hussein", "blinken")},
		}, 1, []int{2}, []string{"2024-03-26"}},
		{"a month and a day in it merge to the day", [][]Event{
			{ev("2024-04", "2024-04-01", "2024-04-30", "month", "meeting", Planned, "a", "sudani", "biden")},
			{ev("2024-04-15", "2024-04-15", "2024-04-15", "day", "meeting", Planned, "b", "sudani", "biden")},
		}, 1, []int{2}, []string{"2024-04-15"}},
		{"a day within a range of days merges to the day", [][]Event{
			{ev("2015-09-02/2015-09-03", "2015-09-02", "2015-09-03", "day", "meeting", Planned, "a", "khalifa-bin-jassim", "gcc")},
			{ev("2015-09-03", "2015-09-03", "2015-09-03", "day", "meeting", Planned, "b", "khalifa-bin-jassim")},
		}, 1, []int{2}, []string{"2015-09-02/2015-09-03"}},
		{"planned and happened stay apart", [][]Event{
			{ev("2024-04-15", "2024-04-15", "2024-04-15", "day", "meeting", Planned, "a", "sudani", "biden")},
			{ev("2024-04-15", "2024-04-15", "2024-04-15", "day", "meeting", Happened, "b", "sudani", "biden")},
		}, 2, []int{1, 1}, []string{"2024-04-15", "2024-04-15"}},
		{"different types stay apart", [][]Event{
			{ev("2024-03-22", "2024-03-22", "2024-03-22", "day", "attack", Happened, "a", "isis")},
			{ev("2024-03-22", "2024-03-22", "2024-03-22", "day", "statement", Happened, "b", "isis")},
		}, 2, []int{1, 1}, nil},
		{"no shared participant stays apart", [][]Event{
			{ev("2024-03-22", "2024-03-22", "2024-03-22", "day", "meeting", Happened, "a", "x", "y")},
			{ev("2024-03-22", "2024-03-22", "2024-03-22", "day", "meeting", Happened, "b", "z", "w")},
		}, 2, []int{1, 1}, nil},
		{"one article telling it twice counts once", [][]Event{
			{ev("2024-03-22", "2024-03-22", "2024-03-22", "day", "attack", Happened, "a", "isis"),
				ev("2024-03-22", "2024-03-22", "2024-03-22", "day", "attack", Happened, "a", "isis")},
		}, 1, []int{1}, nil},
		{"untyped events sharing one country stay apart (no snowball)", [][]Event{
			{at("2015-08-02", "other", "a", "fire in a shop", "sa", "medina")},
			{at("2015-08-02", "other", "b", "a match", "sa")},
			{at("2015-08-02", "other", "c", "a column", "sa", "yemen")},
		}, 3, []int{1, 1, 1}, nil},
		{"untyped events sharing only places stay apart", [][]Event{
			{at("2015-08-01", "other", "a", "rain in Taif", "taif", "sa")},
			{at("2015-08-01", "other", "b", "Taif had rain", "sa", "taif")},
		}, 2, []int{1, 1}, nil},
		{"near-identical wording is one event", [][]Event{
			{at("2015-08-01", "other", "a", "heavy rain and hail fell on Taif and its villages", "taif")},
			{at("2015-08-01", "other", "b", "heavy rain and hail fell on Taif villages", "taif", "sa")},
		}, 1, []int{2}, nil},
		{"meetings of the same people in a city and in its country merge", [][]Event{
			{withPlaces(ev("2015-08-01", "2015-08-01", "2015-08-01", "day", "meeting", Happened, "a", "salman", "kerry"), "jeddah")},
			{withPlaces(ev("2015-08-01", "2015-08-01", "2015-08-01", "day", "visit", Happened, "b", "kerry"), "sa")},
		}, 1, []int{2}, nil},
		{"meetings of the same people in two towns stay apart", [][]Event{
			{withPlaces(ev("2015-08-01", "2015-08-01", "2015-08-01", "day", "meeting", Happened, "a", "salman", "kerry"), "jeddah")},
			{withPlaces(ev("2015-08-01", "2015-08-01", "2015-08-01", "day", "meeting", Happened, "b", "kerry"), "moscow")},
		}, 2, []int{1, 1}, nil},
		{"countries said in passing part no events", [][]Event{
			{withPlaces(ev("2022-10", "2022-10-01", "2022-10-31", "month", "appointment", Happened, "a", "sudani"), "us")},
			{withPlaces(ev("2022-10", "2022-10-01", "2022-10-31", "month", "appointment", Happened, "b", "sudani"), "iran")},
		}, 1, []int{2}, nil},
		{"one person meeting two others: two meetings", [][]Event{
			{ev("2015-08-01", "2015-08-01", "2015-08-01", "day", "meeting", Happened, "a", "salman", "obama")},
			{ev("2015-08-01", "2015-08-01", "2015-08-01", "day", "meeting", Happened, "b", "salman", "putin")},
		}, 2, []int{1, 1}, nil},
		{"a broad actor alone does not tie two attacks", [][]Event{
			{withOrgs(at("2015-08-01", "attack", "a", "the Houthis shelled a district", "aden"), "houthis")},
			{withOrgs(at("2015-08-01", "attack", "b", "Houthi fighters attacked a school", "taiz"), "houthis")},
		}, 2, []int{1, 1}, nil},
		{"what two people said together is their meeting", [][]Event{
			{ev("2024-03-26", "2024-03-26", "2024-03-26", "day", "meeting", Happened, "a", "blinken", "hussein")},
			{ev("2024-03-26", "2024-03-26", "2024-03-26", "day", "statement", Happened, "b", "hussein", "blinken")},
		}, 1, []int{2}, nil},
		{"what one of them said that day may be another thing", [][]Event{
			{ev("2024-03-26", "2024-03-26", "2024-03-26", "day", "meeting", Happened, "a", "blinken", "hussein")},
			{ev("2024-03-26", "2024-03-26", "2024-03-26", "day", "statement", Happened, "b", "hussein")},
		}, 2, []int{1, 1}, nil},
		{"two meetings of one person in a year are not one", [][]Event{
			{ev("2015", "2015-01-01", "2015-12-31", "year", "meeting", Happened, "a", "salman", "obama")},
			{ev("2015-08-01", "2015-08-01", "2015-08-01", "day", "meeting", Happened, "b", "salman", "obama")},
		}, 2, []int{1, 1}, nil},
		{"a copied sentence is one event", [][]Event{
			{at("2015-08-01", "statement", "a", "The ministry said it rained.", "sa")},
			{at("2015-08-01", "statement", "b", " The ministry said it rained. ", "sa")},
		}, 1, []int{2}, nil},
		{"typed events merge on one shared place", [][]Event{
			{at("2024-03-22", "attack", "a", "gunmen attacked a hall", "moscow")},
			{at("2024-03-22", "attack", "b", "the Crocus attack", "moscow", "russia")},
		}, 1, []int{2}, nil},
		{"chronological, ties keep arrival order", [][]Event{
			{ev("2014", "2014-01-01", "2014-12-31", "year", "deployment", Happened, "a", "us")},
			{ev("2003", "2003-01-01", "2003-12-31", "year", "deployment", Happened, "a", "uk")},
			{ev("2003", "2003-01-01", "2003-12-31", "year", "attack", Happened, "b", "uk")},
		}, 3, []int{1, 1, 1}, []string{"2003", "2003", "2014"}},
	}
	for _, tc := range tests {
		for _, spill := range []bool{false, true} {
			t.Run(tc.name+map[bool]string{false: "", true: "/spilled"}[spill], func(t *testing.T) {
				m := NewMerger()
				if spill {
					var err error
					if m, err = NewSpillingMerger(t.TempDir()); err != nil {
						t.Fatal(err)
					}
					defer m.Close()
				}
				m.SetLexicon(lx)
				m.SetPlaces(testPlaces)
				for _, a := range tc.articles {
					for i := range a {
						if a[i].Text == "" {
							a[i].Text = "sentence of " + a[i].Docs[0]
						}
					}
					m.Add(a)
				}
				got, err := m.Events()
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != tc.wantRows {
					t.Fatalf("got %d rows, want %d: %+v", len(got), tc.wantRows, got)
				}
				for i, e := range got {
					if e.Sources != tc.wantSources[i] || e.Sources != len(e.Docs) {
						t.Errorf("row %d: sources %d docs %v, want %d", i, e.Sources, e.Docs, tc.wantSources[i])
					}
					if tc.wantDates != nil && e.Date != tc.wantDates[i] {
						t.Errorf("row %d: date %s, want %s", i, e.Date, tc.wantDates[i])
					}
					wantDoc := e.Docs[0]
					if tc.name == "a month and a day in it merge to the day" {
						wantDoc = "b" // the finer date comes with its sentence
					}
					if strings.HasPrefix(e.Text, "sentence of ") && e.Text != "sentence of "+wantDoc {
						t.Errorf("row %d: text %q, want the sentence of %s", i, e.Text, wantDoc)
					}
				}
				if tc.name == "chronological, ties keep arrival order" && got[0].Type != "deployment" {
					t.Errorf("tie order: got %s first, want the first arrival (deployment)", got[0].Type)
				}
			})
		}
	}
}

// TestMergerURLs checks that each article's address stays beside its id
// through a merge, whichever article has one.
func TestMergerURLs(t *testing.T) {
	withURL := func(e Event, u string) Event {
		if u != "" {
			e.URLs = []string{u}
		}
		return e
	}
	m := NewMerger()
	m.Add([]Event{withURL(ev("2024-03-26", "2024-03-26", "2024-03-26", "day", "meeting", Happened, "a", "blinken", "hussein"), "")})
	m.Add([]Event{withURL(ev("2024-03-26", "2024-03-26", "2024-03-26", "day", "meeting", Happened, "b", "blinken", "hussein"), "https://b.example/1")})
	m.Add([]Event{withURL(ev("2024-03-26", "2024-03-26", "2024-03-26", "day", "meeting", Happened, "b", "hussein"), "https://b.example/1")})
	m.Add([]Event{withURL(ev("2024-03-26", "2024-03-26", "2024-03-26", "day", "meeting", Happened, "c", "blinken"), "https://c.example/2")})
	m.Add([]Event{withURL(ev("2024-03-27", "2024-03-27", "2024-03-27", "day", "visit", Happened, "d", "x"), "")})
	got, err := m.Events()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d events, want 2", len(got))
	}
	if d, u := strings.Join(got[0].Docs, " "), strings.Join(got[0].URLs, " "); d != "a b c" || u != " https://b.example/1 https://c.example/2" {
		t.Errorf("docs %q urls %q, want a b c with b's and c's addresses", d, u)
	}
	if got[1].URLs != nil {
		t.Errorf("an event of articles without addresses has urls %q, want none", got[1].URLs)
	}
}

// TestMergerSpellings: a discovered participant is shown in the spelling
// the run's events use most, in every event that names it.
func TestMergerSpellings(t *testing.T) {
	named := func(date, doc, spelling string) Event {
		e := ev(date, date, date, "day", "meeting", Happened, doc)
		e.People = []Entity{{ID: "per:رياض_ياسين", NameEn: spelling, NameAr: spelling}, {ID: "hadi", NameEn: "Hadi", NameAr: "هادي"}}
		return e
	}
	m := NewMerger()
	m.Add([]Event{named("2015-08-01", "a", "رياض ياسين")})
	m.Add([]Event{named("2015-08-02", "b", "رياض يٰسين")})
	m.Add([]Event{named("2015-08-03", "c", "رياض يٰسين")})
	evs, err := m.Events()
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 3 {
		t.Fatalf("%d events, want 3", len(evs))
	}
	for _, e := range evs {
		if got := e.People[0].NameAr; got != "رياض يٰسين" || e.People[0].NameEn != got {
			t.Errorf("%s: %q, want the most frequent spelling", e.Date, got)
		}
		if e.People[1].NameEn != "Hadi" {
			t.Errorf("%s: a gazetteer entity renamed: %+v", e.Date, e.People[1])
		}
	}
}

// TestMergerKeptParticipants: a merged row shows the participants of the
// report whose sentence it shows and those two of its reports name, not
// every name of every report (SNN 2015-08-09: a landmine near Zinjibar
// told by six articles took Saada, Al Jawf and Dhale from their other
// sentences). The reports keep all of theirs for merging; MergeShard
// gives the rows Each gives.
func TestMergerKeptParticipants(t *testing.T) {
	const mine = "وقال مصدر محلي إن ثلاثة جنود ضمن قوات التحالف العربي، يحملون الجنسية الإماراتية قتلوا أمس إثر انفجار لغم على الطريق بين العلم وزنجبار في محافظة أبين."
	report := func(doc, date, gran string, places []string, orgs ...string) Event {
		e := withOrgs(withPlaces(ev(date, "2015-08-01", "2015-08-31", gran, "attack", Happened, doc), places...), orgs...)
		if gran == "day" {
			e.StartDate, e.EndDate = mustDay(date), mustDay(date)
		}
		e.Text = mine
		return e
	}
	tests := []struct {
		name                string
		reports             []Event
		wantPlaces, wantOrg []string
	}{
		{"the first report's and those two name", []Event{
			report("a", "2015-08-08", "day", []string{"abyan", "zinjibar"}, "coalition"),
			report("b", "2015-08-08", "day", []string{"abyan", "saada"}, "houthis"),
			report("c", "2015-08-08", "day", []string{"al-jawf", "abyan", "dhale"}, "houthis"),
		}, []string{"abyan", "zinjibar"}, []string{"coalition", "houthis"}},
		{"a finer date brings its report's", []Event{
			report("a", "2015-08", "month", []string{"abyan", "saada"}),
			report("b", "2015-08-08", "day", []string{"zinjibar", "abyan", "yemen"}, "coalition"),
			report("c", "2015-08", "month", []string{"dhale", "abyan"}),
		}, []string{"abyan", "yemen", "zinjibar"}, []string{"coalition"}},
		{"one report shows all of its own", []Event{
			report("a", "2015-08-08", "day", []string{"abyan", "saada"}, "coalition"),
		}, []string{"abyan", "saada"}, []string{"coalition"}},
	}
	ids := func(l []Entity) []string {
		var out []string
		for _, e := range l {
			out = append(out, e.ID)
		}
		slices.Sort(out)
		return out
	}
	for _, tt := range tests {
		m := NewMerger()
		var arrivals []Arrival
		for i, e := range tt.reports {
			m.Add([]Event{e})
			arrivals = append(arrivals, Arrival{Event: e, Order: Order{Index: i}})
		}
		evs, err := m.Events()
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != 1 {
			t.Fatalf("%s: %d rows, want 1: %+v", tt.name, len(evs), evs)
		}
		if got := ids(evs[0].Places); !slices.Equal(got, tt.wantPlaces) {
			t.Errorf("%s: places %v, want %v", tt.name, got, tt.wantPlaces)
		}
		if got := ids(evs[0].Organizations); !slices.Equal(got, tt.wantOrg) {
			t.Errorf("%s: organizations %v, want %v", tt.name, got, tt.wantOrg)
		}
		last := NewMerger()
		for _, x := range MergeShard(arrivals, nil, nil) {
			last.Put(x)
		}
		put, err := last.Events()
		if err != nil {
			t.Fatal(err)
		}
		if len(put) != 1 || !slices.Equal(ids(put[0].Places), ids(evs[0].Places)) || !slices.Equal(ids(put[0].Organizations), ids(evs[0].Organizations)) {
			t.Errorf("%s: MergeShard and Put give %+v, Each %+v", tt.name, put, evs)
		}
	}
}

// TestMergerTownAfterJoin: whether a merged event names a town is worked
// out again when a report joining it brings one. An attack told in Saudi
// Arabia, then in Jeddah, is not the attack in Aden told in the same words
// (the merger keeps whether the event names a town between reports).
func TestMergerTownAfterJoin(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	const text = "gunmen attacked a crowded wedding hall near the coast late on Friday night"
	m := NewMerger()
	m.SetLexicon(lx)
	m.SetPlaces(testPlaces)
	m.Add([]Event{at("2024-03-22", "attack", "a", text, "sa")})
	m.Add([]Event{at("2024-03-22", "attack", "b", text, "sa", "jeddah")})
	m.Add([]Event{at("2024-03-22", "attack", "c", text+" again", "aden")})
	got, err := m.Events()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(got[0].Docs) != 2 {
		for _, e := range got {
			t.Logf("%v %v", e.Docs, ids(e.Places))
		}
		t.Fatalf("got %d rows, want 2 (a+b in Jeddah, c in Aden)", len(got))
	}
}

// TestMergerHashesEveryRun: two mergers (two runs) hash a report's words
// and sentence alike, so they key it under the same rare words and meet
// its candidates in the same order (SNN 2015-08-09: a seizure's two
// reports merged in some runs only, the merger's hash seeded at random).
func TestMergerHashesEveryRun(t *testing.T) {
	const text = "أحبط رجال الجمارك في منفذ الحديثة عملية تهريب"
	a, b := NewMerger(), NewMerger()
	if sa, sb := a.wordSig(text), b.wordSig(text); !slices.Equal(sa, sb) || len(sa) != 8 {
		t.Errorf("word sets %v and %v, want one set of 8 hashes", sa, sb)
	}
	e := at("2015-08-09", "arrest", "snn-2015-08-09-00287", text)
	if ka, kb := a.rareKeys(&e, ShardKey(&e), a.contentSig(a.wordSig(text))), b.rareKeys(&e, ShardKey(&e), b.contentSig(b.wordSig(text))); !slices.Equal(ka, kb) || len(ka) == 0 {
		t.Errorf("rare keys %v and %v, want the same", ka, kb)
	}
}
