package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/gazetteer"
)

func filterGazetteer(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	g, _, err := gazetteer.Load(strings.NewReader(`entities:
  - id: sudani
    type: person
    names:
      en: [Mohammed Shia al-Sudani, Sudani, al-Sudani]
      ar: [محمد شياع السوداني, السوداني]
  - id: fuad-hussein
    type: person
    names:
      en: [Fuad Hussein]
      ar: [فؤاد حسين]
  - id: saddam-hussein
    type: person
    names:
      en: [Saddam Hussein, Saddam]
      ar: [صدام حسين]
  - id: washington
    type: place
    names:
      en: [Washington, Washington D.C.]
      ar: [واشنطن]
  - id: iraq
    type: place
    names: {en: [Iraq], ar: [العراق]}
  - id: iraq-gov
    type: organization
    names: {en: [Iraqi government, Iraq], ar: [الحكومة العراقية]}
`), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func fday(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// filterEvents are the events the filter tests choose from; each headline
// names the event.
func filterEvents() []Event {
	ent := func(id, en, ar string) Entity { return Entity{ID: id, NameEn: en, NameAr: ar} }
	sudani := ent("sudani", "Mohammed Shia al-Sudani", "محمد شياع السوداني")
	fuad := ent("fuad-hussein", "Fuad Hussein", "فؤاد حسين")
	wash := ent("washington", "Washington", "واشنطن")
	return []Event{
		{Headline: "sudani-visit", Type: "visit", Status: Happened, StartDate: fday("2024-04-15"), EndDate: fday("2024-04-15"), People: []Entity{sudani}, Places: []Entity{wash}},
		{Headline: "sudani-planned", Type: "meeting", Status: Planned, StartDate: fday("2024-04-16"), EndDate: fday("2024-04-16"), People: []Entity{sudani}},
		{Headline: "fuad-march", Type: "meeting", Status: Happened, StartDate: fday("2024-03-01"), EndDate: fday("2024-03-31"), People: []Entity{fuad}, Places: []Entity{wash}},
		{Headline: "untyped-2014", Type: "", Status: Happened, StartDate: fday("2014-01-01"), EndDate: fday("2014-12-31")},
		// A row read back from a CSV: names, no ids.
		{Headline: "csv-fuad", Type: "meeting", Status: Happened, StartDate: fday("2023-02-01"), EndDate: fday("2023-02-28"), People: []Entity{{NameEn: "Fuad Hussein"}}},
		{Headline: "csv-arabic", Type: "statement", Status: Happened, StartDate: fday("2024-01-10"), EndDate: fday("2024-01-10"), People: []Entity{{NameAr: "محمد شياع السوداني"}}},
	}
}

func TestFilter(t *testing.T) {
	g := filterGazetteer(t)
	types := []string{"meeting", "visit", "statement", "other"}
	tests := []struct {
		name string
		spec FilterSpec
		want string // headlines kept, space-separated
		note string // in a note, when set
	}{
		{"no filter", FilterSpec{}, "sudani-visit sudani-planned fuad-march untyped-2014 csv-fuad csv-arabic", ""},
		{"by id", FilterSpec{Entities: []string{"sudani"}}, "sudani-visit sudani-planned csv-arabic", ""},
		{"by alias, any case", FilterSpec{Entities: []string{"al-sudani"}}, "sudani-visit sudani-planned csv-arabic", ""},
		{"by Arabic alias", FilterSpec{Entities: []string{"السوداني"}}, "sudani-visit sudani-planned csv-arabic", ""},
		{"Arabic letter variants", FilterSpec{Entities: []string{"فواد حسين"}}, "fuad-march csv-fuad", ""},
		{"English name matches an Arabic-only row", FilterSpec{Entities: []string{"Sudani"}}, "sudani-visit sudani-planned csv-arabic", ""},
		{"a place", FilterSpec{Entities: []string{"واشنطن"}}, "sudani-visit fuad-march", ""},
		{"any of two", FilterSpec{Entities: []string{"sudani", "Fuad Hussein"}}, "sudani-visit sudani-planned fuad-march csv-fuad csv-arabic", ""},
		{"a name of two entities", FilterSpec{Entities: []string{"Iraq"}}, "", `names 2 entities (iraq, iraq-gov)`},
		{"unknown name, with suggestions", FilterSpec{Entities: []string{"Hussein"}}, "", `no id, name or alias in the gazetteer: matching event names as written; names holding it: fuad-hussein (Fuad Hussein), saddam-hussein (Saddam Hussein)`},
		{"type", FilterSpec{Types: []string{"meeting"}}, "sudani-planned fuad-march csv-fuad", ""},
		{"two types, any case", FilterSpec{Types: []string{"Visit", "statement"}}, "sudani-visit csv-arabic", ""},
		{"untyped", FilterSpec{Types: []string{"none"}}, "untyped-2014", ""},
		{"status", FilterSpec{Status: "planned"}, "sudani-planned", ""},
		{"happened", FilterSpec{Status: "Happened", Entities: []string{"sudani"}}, "sudani-visit csv-arabic", ""},
		{"since a day: intervals that reach it", FilterSpec{Since: "2024-03-31"}, "sudani-visit sudani-planned fuad-march", ""},
		{"until a day", FilterSpec{Until: "2024-03-01"}, "fuad-march untyped-2014 csv-fuad csv-arabic", ""},
		{"a month", FilterSpec{Since: "2024-04", Until: "2024-04"}, "sudani-visit sudani-planned", ""},
		{"a year", FilterSpec{Since: "2014", Until: "2014"}, "untyped-2014", ""},
		{"every filter at once", FilterSpec{Entities: []string{"sudani"}, Types: []string{"meeting"}, Since: "2024-04-16", Status: "planned"}, "sudani-planned", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, notes, err := NewFilter(tc.spec, g, types)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range f.Apply(filterEvents()) {
				got = append(got, e.Headline)
			}
			if s := strings.Join(got, " "); s != tc.want {
				t.Errorf("kept %q, want %q", s, tc.want)
			}
			if tc.note != "" && (len(notes) != 1 || !strings.Contains(notes[0], tc.note)) {
				t.Errorf("notes %q, want one containing %q", notes, tc.note)
			}
			if tc.note == "" && len(notes) > 0 {
				t.Errorf("unexpected notes %q", notes)
			}
		})
	}
}

func TestFilterWithoutGazetteer(t *testing.T) {
	f, notes, err := NewFilter(FilterSpec{Entities: []string{"fuad hussein"}}, nil, nil)
	if err != nil || len(notes) > 0 {
		t.Fatal(err, notes)
	}
	var got []string
	for _, e := range f.Apply(filterEvents()) {
		got = append(got, e.Headline)
	}
	if s := strings.Join(got, " "); s != "fuad-march csv-fuad" {
		t.Errorf("kept %q", s)
	}
	// Without known types, any type is accepted.
	if _, _, err := NewFilter(FilterSpec{Types: []string{"ceasefire"}}, nil, nil); err != nil {
		t.Error(err)
	}
	var nilFilter *Filter
	if !nilFilter.Keep(&Event{}) {
		t.Error("a nil filter drops events")
	}
}

func TestFilterErrors(t *testing.T) {
	tests := []struct {
		spec FilterSpec
		want string
	}{
		{FilterSpec{Since: "26/03/2024"}, `bad --since: "26/03/2024": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{FilterSpec{Until: "2024-02-30"}, `bad --until: "2024-02-30"`},
		{FilterSpec{Until: "2024-13"}, `bad --until: "2024-13"`},
		{FilterSpec{Since: "0000"}, `bad --since: "0000"`},
		{FilterSpec{Since: "2024-05", Until: "2024-04"}, "--until 2024-04 is before --since 2024-05"},
		{FilterSpec{Status: "done"}, `bad --status "done": want planned or happened`},
		{FilterSpec{Types: []string{"meetin"}}, `unknown --type "meetin" (types: meeting, visit, none)`},
		{FilterSpec{Entities: []string{" "}}, "empty --entity"},
	}
	for _, tc := range tests {
		_, _, err := NewFilter(tc.spec, nil, []string{"meeting", "visit"})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.spec, err, tc.want)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct{ in, first, last string }{
		{"2024-03-26", "2024-03-26", "2024-03-26"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2023", "2023-01-01", "2023-12-31"},
		{" 2024-12 ", "2024-12-01", "2024-12-31"},
	}
	for _, tc := range tests {
		f, l, err := ParsePeriod(tc.in)
		if err != nil || f.Format(time.DateOnly) != tc.first || l.Format(time.DateOnly) != tc.last {
			t.Errorf("ParsePeriod(%q) = %v, %v, %v; want %s..%s", tc.in, f, l, err, tc.first, tc.last)
		}
	}
}

// FuzzFilter: no spec panics, and a filter that was built keeps or drops
// every event without panicking.
func FuzzFilter(f *testing.F) {
	f.Add("sudani", "meeting", "2024-01", "2024-12-31", "planned")
	f.Add("فؤاد حسين", "none", "2024", "", "")
	f.Add("", "", "9999-99", "0001", "happened")
	g := filterGazetteer(f)
	f.Fuzz(func(t *testing.T, entity, typ, since, until, status string) {
		spec := FilterSpec{Entities: []string{entity}, Types: []string{typ}, Since: since, Until: until, Status: status}
		flt, _, err := NewFilter(spec, g, nil)
		if err != nil {
			return
		}
		evs := flt.Apply(filterEvents())
		for i := range evs {
			if !flt.Keep(&evs[i]) {
				t.Fatalf("Apply kept an event Keep drops: %+v", evs[i])
			}
		}
	})
}
