package chart

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tarikh/tarikh/timeline"
)

// TestWordsComplete checks that every language the chart speaks has every
// word the English file has, and headline templates that fill.
func TestWordsComplete(t *testing.T) {
	en, err := loadWords(nil, "en")
	if err != nil {
		t.Fatal(err)
	}
	langs := Languages(nil)
	if strings.Join(langs, ",") != "ar,en" {
		t.Errorf("languages %q, want ar,en", langs)
	}
	for _, code := range langs {
		w, err := loadWords(nil, code)
		if err != nil {
			t.Fatal(err)
		}
		for k := range en.UI {
			if w.UI[k] == "" {
				t.Errorf("lang/%s/chart.yaml: ui lacks %q", code, k)
			}
		}
		for k := range w.UI {
			if _, ok := en.UI[k]; !ok {
				t.Errorf("lang/%s/chart.yaml: ui %q is not a word of the chart (not in lang/en/chart.yaml)", code, k)
			}
		}
		for typ, f := range w.Headlines.Types {
			for _, tmpl := range []string{f.Many, f.One, f.None} {
				if strings.Count(tmpl, "[") != strings.Count(tmpl, "]") || strings.Contains(tmpl, "{actors}") && tmpl == f.None {
					t.Errorf("lang/%s/chart.yaml: headline %s %q", code, typ, tmpl)
				}
			}
		}
	}
}

// TestLoadWordsErrors checks that a bad chart.yaml is an error with its
// position, and that a new language is a folder of data.
func TestLoadWordsErrors(t *testing.T) {
	good := "dir: ltr\nmonths_short: [a, b, c, d, e, f, g, h, i, j, k, l]\n" +
		"ui: {title: Chronologie}\nheadlines:\n  types:\n    default: {many: \"{actors}\", none: \"{label}\"}\n"
	fsys := fstest.MapFS{
		"fr/chart.yaml": {Data: []byte(good)},
		"xx/chart.yaml": {Data: []byte("dir: ltr\nmonth: []\n")},
		"yy/chart.yaml": {Data: []byte(strings.Replace(good, "dir: ltr", "dir: up", 1))},
		"zz/notes.yaml": {Data: []byte("")},
		"sc/chart.yaml": {Data: []byte(strings.Replace(good, "headlines:\n", "headlines:\n  script: Latn\n", 1))},
	}
	if w, err := loadWords(fsys, "fr"); err != nil || w.UI["title"] != "Chronologie" {
		t.Errorf("French: %v", err)
	}
	for code, want := range map[string]string{
		"xx": `xx/chart.yaml:2:1: unknown key "month"`,
		"yy": `dir "up": want ltr or rtl`,
		"sc": `headlines.script "Latn" is not a Unicode script`,
		"zz": `bad language "zz": want one of fr, sc, xx, yy`,
		"..": `bad language ".."`,
	} {
		if _, err := loadWords(fsys, code); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", code, err, want)
		}
	}
}

func TestHeadline(t *testing.T) {
	en, _ := loadWords(nil, "en")
	ar, _ := loadWords(nil, "ar")
	p := func(names ...string) []timeline.Entity {
		var out []timeline.Entity
		for _, n := range names {
			out = append(out, timeline.Entity{NameEn: n, NameAr: n})
		}
		return out
	}
	name := func(x timeline.Entity) string { return x.NameEn }
	tests := []struct {
		w     *words
		e     timeline.Event
		label string
		want  string
	}{
		{en, timeline.Event{Type: "meeting", People: p("Sisi"), Places: p("Cairo")}, "Meeting", "Sisi holds talks in Cairo"},
		{en, timeline.Event{Type: "meeting", People: p("A", "B", "E"), Organizations: p("C", "D")}, "Meeting", "A, B and E meet"},
		{en, timeline.Event{Type: "meeting", People: p("A", "B", "E", "F")}, "Meeting", "A, B and 2 others meet"},
		// The seeds' meeting of 26 March 2024: the group they spoke of is no participant of the headline.
		{en, timeline.Event{Type: "meeting", People: p("Antony Blinken", "Fuad Hussein"), Organizations: p("Islamic State"),
			Places: p("Washington")}, "Meeting", "Antony Blinken and Fuad Hussein meet in Washington"},
		{en, timeline.Event{Type: "meeting", People: p("Mohammed Shia al-Sudani"), Organizations: p("World Economic Forum")},
			"Meeting", "Mohammed Shia al-Sudani and World Economic Forum meet"},
		{en, timeline.Event{Type: "strike", People: p("Abdrabbuh Mansur Hadi", "Ali Abdullah Saleh"), Organizations: p("Houthis"),
			Places: p("Aden")}, "Strike", "Strike involving Abdrabbuh Mansur Hadi, Ali Abdullah Saleh and Houthis on Aden"},
		{en, timeline.Event{Type: "visit", People: p("A", "B", "C")}, "Visit", "A, B and C visit"},
		{en, timeline.Event{Type: "visit", Places: p("Aden")}, "Visit", "Visit to Aden"},
		{en, timeline.Event{Type: "attack", Organizations: p("ISIS"), Places: p("Moscow", "Russia")}, "Attack", "Attack involving ISIS in Moscow"},
		{en, timeline.Event{Type: "attack"}, "Attack", "Attack"},
		{en, timeline.Event{Type: "new-type", People: p("X")}, "New type", "X: New type"},
		{en, timeline.Event{Type: "other", Places: p("Jizan"), TimeText: "today",
			Text: "Jizan news –\nThe prison service of Jizan starts today to receive the candidates for the posts, it said."}, "Event",
			"Jizan: The prison service of Jizan starts today to receive…"},
		{en, timeline.Event{Type: "other", Text: "Short one."}, "Event", "Short one"},
		// A sentence in another language than the chart's: the type's word.
		{en, timeline.Event{Type: "statement", People: p("Antony Blinken"), Places: p("Washington"),
			Text: "واشنطن – أكد وزير الخارجية الأمريكي أنتوني بلينكن، ونظيره العراقي فؤاد حسين، الثلاثاء، عزم بلديهما مواصلة الشراكة"},
			"Statement", "Antony Blinken makes a statement in Washington"},
		{en, timeline.Event{Type: "other", Places: p("Washington"),
			Text: "واشنطن – أكد وزير الخارجية الأمريكي أنتوني بلينكن، ونظيره العراقي فؤاد حسين، الثلاثاء، عزم بلديهما مواصلة الشراكة"},
			"Event", "News from Washington"},
		{ar, timeline.Event{Type: "other", Places: p("جازان"), TimeText: "today",
			Text: "The prison service of Jizan starts today to receive the candidates for the posts, it said."}, "حدث", "خبر من جازان"},
		{ar, timeline.Event{Type: "statement", People: p("بلينكن"),
			Text: "واشنطن – أكد وزير الخارجية الأمريكي أنتوني بلينكن، ونظيره العراقي فؤاد حسين، الثلاثاء، عزم بلديهما مواصلة الشراكة"},
			"تصريح", "بلينكن: واشنطن – أكد وزير الخارجية الأمريكي أنتوني بلينكن، ونظيره…"},
		{en, timeline.Event{Type: "other"}, "Event", "News"},
		{en, timeline.Event{Type: "other", People: p("Khaled Bahah"), Places: p("Aden"), Text: "عدن – قال خالد بحاح"}, "Event", "News of Khaled Bahah in Aden"},
		{en, timeline.Event{Type: "statement", People: p("A", "B")}, "Statement", "A and B speak"},
		{en, timeline.Event{Type: "death", People: p("Mullah Omar")}, "Death", "Death of Mullah Omar"},
		{en, timeline.Event{Type: "decision", Organizations: p("Council of Ministers"), Places: p("Jeddah")}, "Decision", "Council of Ministers decides in Jeddah"},
		{ar, timeline.Event{Type: "statement", People: p("أوباما"), Places: p("واشنطن"), Text: "Obama said on Tuesday that the deal would hold."},
			"تصريح", "تصريح أوباما في واشنطن"},
		{ar, timeline.Event{Type: "meeting", People: p("بلينكن", "حسين"), Places: p("واشنطن")}, "لقاء", "لقاء بلينكن وحسين في واشنطن"},
		{ar, timeline.Event{Type: "arrest", People: p("ويب"), Organizations: p("فيفا")}, "اعتقال", "اعتقال ويب وفيفا"},
		{ar, timeline.Event{Type: "killing", Places: p("حلب")}, "مقتل", "مقتل في حلب"},
	}
	for _, tc := range tests {
		if got := tc.w.headline(&tc.e, tc.label, name); got != tc.want {
			t.Errorf("headline(%s %v) = %q, want %q", tc.e.Type, tc.e.People, got, tc.want)
		}
	}
}
