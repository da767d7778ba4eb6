package extract

import (
	"context"
	"github.com/tarikh/tarikh/internal/testshared"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/textnorm"
)

// rolesYAML defines the two Iraqi prime ministers of the seeds with their
// role periods, and the people the coreference test needs.
const rolesYAML = `entities:
  - id: sudani
    type: person
    names:
      en: [Mohammed Shia al-Sudani, Sudani, al-Sudani]
      ar: [محمد شياع السوداني, السوداني]
    roles:
      - en: [Iraqi prime minister]
        ar: [رئيس الوزراء العراقي, رئيس الحكومة العراقية]
        from: 2022-10-27
  - id: kadhimi
    type: person
    names:
      en: [Mustafa al-Kadhimi, Kadhimi]
      ar: [مصطفى الكاظمي, الكاظمي]
    roles:
      - en: [Iraqi prime minister]
        ar: [رئيس الوزراء العراقي, رئيس الحكومة العراقية]
        from: 2020-05-07
        to: 2022-10-27
  - id: fuad-hussein
    type: person
    names: {en: [Fuad Hussein], ar: [فؤاد حسين]}
  - id: saddam-hussein
    type: person
    names: {en: [Saddam Hussein, Saddam], ar: [صدام حسين]}
  - id: blinken
    type: person
    names: {en: [Antony Blinken, Blinken], ar: [أنتوني بلينكن, بلينكن]}
  - id: baghdad
    type: place
    names: {en: [Baghdad], ar: [بغداد]}
`

func newExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	return mustNew(tb, yamlIndex(tb, rolesYAML, "test.yaml"), nil)
}

// builtinIndex returns the index of the built-in gazetteer.
func builtinIndex(tb testing.TB) *gazetteer.Index {
	tb.Helper()
	g, err := gazetteer.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	return indexOf(tb, g)
}

// yamlIndex returns the index of the gazetteer in text (name is its file
// name in errors).
func yamlIndex(tb testing.TB, text, name string) *gazetteer.Index {
	tb.Helper()
	g, _, err := gazetteer.Load(strings.NewReader(text), name)
	if err != nil {
		tb.Fatal(err)
	}
	return indexOf(tb, g)
}

// indexOf returns the index of g.
func indexOf(tb testing.TB, g *gazetteer.Gazetteer) *gazetteer.Index {
	tb.Helper()
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		tb.Fatal(err)
	}
	return ix
}

// mustNew is New, failing tb on an error.
func mustNew(tb testing.TB, ix *gazetteer.Index, dates TimexFinder, opts ...Option) *Extractor {
	tb.Helper()
	x, err := New(ix, dates, opts...)
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// arabicDiscovery is the option that discovers names in Arabic text with
// the built-in labeller, in every article (DiscoverAll).
func arabicDiscovery(tb testing.TB) Option {
	tb.Helper()
	m, err := ner.Builtin(string(textnorm.Arabic))
	if err != nil {
		tb.Fatal(err)
	}
	return WithDiscovery(map[textnorm.Lang]*ner.Model{textnorm.Arabic: m}, DiscoverAll)
}

// realDates returns the real date recognizer (temporal.New).
func realDates(tb testing.TB) TimexFinder {
	tb.Helper()
	rec, err := temporal.New()
	if err != nil {
		tb.Fatal(err)
	}
	return rec
}

// builtinModels returns the built-in labellers of Arabic and English.
func builtinModels(tb testing.TB) map[textnorm.Lang]*ner.Model {
	tb.Helper()
	models := map[textnorm.Lang]*ner.Model{}
	for _, l := range []textnorm.Lang{textnorm.Arabic, textnorm.English} {
		m, err := ner.Builtin(string(l))
		if err != nil {
			tb.Fatal(err)
		}
		models[l] = m
	}
	return models
}

// checkMentions verifies every mention's offsets against the original text.
func checkMentions(t *testing.T, d *Document) {
	t.Helper()
	n := d.Text.RuneCount()
	runes := []rune(strings.ToValidUTF8(d.Text.Orig, "\uFFFD"))
	valid := utf8.ValidString(d.Text.Orig)
	for _, m := range d.Mentions {
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			t.Fatalf("mention %q [%d,%d) outside text of %d code points", m.Text, m.Start, m.End, n)
		}
		if m.Text != d.Text.Slice(m.Start, m.End) {
			t.Fatalf("mention text %q != Slice(%d,%d) %q", m.Text, m.Start, m.End, d.Text.Slice(m.Start, m.End))
		}
		if valid && string(runes[m.Start:m.End]) != m.Text {
			t.Fatalf("mention %q: code points [%d,%d) are %q", m.Text, m.Start, m.End, string(runes[m.Start:m.End]))
		}
		if m.Tok < 0 || m.TokEnd > len(d.Tokens) || m.Tok >= m.TokEnd {
			t.Fatalf("mention %q: token range [%d,%d) of %d", m.Text, m.Tok, m.TokEnd, len(d.Tokens))
		}
	}
	for _, s := range d.Sentences {
		if s.Start < 0 || s.End > n || s.Start > s.End || s.TokStart < 0 || s.TokEnd > len(d.Tokens) {
			t.Fatalf("sentence [%d,%d) tokens [%d,%d) out of range", s.Start, s.End, s.TokStart, s.TokEnd)
		}
		_ = d.Text.Slice(s.Start, s.End)
	}
}

// seedRole is the entity the first "رئيس الوزراء العراقي" of a seed resolves to.
func seedRole(t *testing.T, x *Extractor, file string) (string, time.Time) {
	t.Helper()
	dir := filepath.Dir(testshared.Path(t, "seeds"))
	matches, _ := filepath.Glob(filepath.Join(dir, "seeds", file+"_*.txt"))
	if len(matches) != 1 {
		t.Skipf("seed %s not found", file)
	}
	var got string
	var dct time.Time
	err := input.Walk(context.Background(), matches, nil, input.Options{}, func(a *input.Article, e *input.Error) error {
		if e != nil {
			return e
		}
		dct = a.DCT
		if a.DCTSource != input.DCTHeader {
			t.Errorf("%s: DCT from %s, want header", file, a.DCTSource)
		}
		d, err := x.Analyze(context.Background(), a.Text, a.DCT)
		if err != nil {
			return err
		}
		checkMentions(t, d)
		for _, m := range d.Mentions {
			if m.Via == gazetteer.ViaRole && m.Text == "رئيس الوزراء العراقي" && got == "" {
				got = m.EntityID()
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got, dct
}

// TestSeedRoles: the role resolves by the article's header date.
func TestSeedRoles(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct{ seed, date, want string }{
		{"003", "2021-07-17", "kadhimi"},
		{"000", "2024-03-27", "sudani"},
	} {
		got, dct := seedRole(t, x, tc.seed)
		if dct.Format(time.DateOnly) != tc.date {
			t.Errorf("seed %s: DCT %s, want %s", tc.seed, dct.Format(time.DateOnly), tc.date)
		}
		if got != tc.want {
			t.Errorf("seed %s: رئيس الوزراء العراقي = %q, want %q", tc.seed, got, tc.want)
		}
	}
}

func mentionsOf(t *testing.T, x *Extractor, text string, dct time.Time) []string {
	t.Helper()
	d, err := x.Analyze(context.Background(), text, dct)
	if err != nil {
		t.Fatal(err)
	}
	checkMentions(t, d)
	var out []string
	for _, m := range d.Mentions {
		out = append(out, m.Text+"="+m.EntityID()+"/"+m.Via.String())
	}
	return out
}

func TestRoles(t *testing.T) {
	x := newExtractor(t)
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, tc := range []struct {
		name, text string
		dct        time.Time
		want       string
	}{
		{"2021", "قال رئيس الوزراء العراقي", day("2021-07-17"), "رئيس الوزراء العراقي=kadhimi/role"},
		{"2024", "قال رئيس الوزراء العراقي", day("2024-03-27"), "رئيس الوزراء العراقي=sudani/role"},
		{"handover day: both hold", "قال رئيس الوزراء العراقي", day("2022-10-27"), "رئيس الوزراء العراقي=sudani|kadhimi/role"},
		{"before either", "قال رئيس الوزراء العراقي", day("2019-01-01"), "رئيس الوزراء العراقي=sudani|kadhimi/role"},
		{"no date: ambiguous", "قال رئيس الوزراء العراقي", time.Time{}, "رئيس الوزراء العراقي=sudani|kadhimi/role"},
		{"English", "the Iraqi prime minister said", day("2021-07-17"), "Iraqi prime minister=kadhimi/role"},
		{"variant spelling", "رئيس الحكومة العراقيه", day("2024-03-27"), "رئيس الحكومة العراقيه=sudani/role"},
		{"a name in apposition wins over the article's date", "قال رئيس الوزراء العراقي مصطفى الكاظمي", day("2024-03-27"), "رئيس الوزراء العراقي=kadhimi/role مصطفى الكاظمي=kadhimi/name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(mentionsOf(t, x, tc.text, tc.dct), " "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestCoref(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct{ name, text, want string }{
		{"short after full", "التقى بلينكن فؤاد حسين. وقال حسين إن", "بلينكن=blinken/alias فؤاد حسين=fuad-hussein/name حسين=fuad-hussein/coref"},
		{"short before full", "حسين وبلينكن يتطرقان. أكد فؤاد حسين", "حسين=fuad-hussein/coref بلينكن=blinken/alias فؤاد حسين=fuad-hussein/name"},
		{"nearest full before wins", "فؤاد حسين ثم صدام حسين. وقال حسين", "فؤاد حسين=fuad-hussein/name صدام حسين=saddam-hussein/name حسين=saddam-hussein/coref"},
		{"with a clitic", "فؤاد حسين. ولحسين", "فؤاد حسين=fuad-hussein/name حسين=fuad-hussein/coref"},
		{"no full name, no coref", "وقال حسين إن", ""},
		{"the given name alone after the full name", "التقى بلينكن فؤاد حسين. وقال فؤاد إن", "بلينكن=blinken/alias فؤاد حسين=fuad-hussein/name فؤاد=fuad-hussein/coref"},
		{"the given name alone before the full name is no one", "وقال فؤاد إن. التقى فؤاد حسين", "فؤاد حسين=fuad-hussein/name"},
		{"English: the given name alone is no one", "Fuad Hussein met Blinken. Fuad said", "Fuad Hussein=fuad-hussein/name Blinken=blinken/alias"},
		{"English", "Fuad Hussein met Blinken. Hussein said", "Fuad Hussein=fuad-hussein/name Blinken=blinken/alias Hussein=fuad-hussein/coref"},
		{"English lowercase is not a name", "Fuad Hussein said hussein", "Fuad Hussein=fuad-hussein/name"},
		{"a family name after another given name is another person", "وقال معاذ الكاظمي إن", ""},
		{"after its own given name it is the name", "وقال مصطفى الكاظمي إن", "مصطفى الكاظمي=kadhimi/name"},
		{"alone it is the alias", "وقال الكاظمي إن", "الكاظمي=kadhimi/alias"},
		{"joined by و it is a second person", "التقى علي وبلينكن", "بلينكن=blinken/alias"},
		{"a street named after a person is no person", "في شارع مصطفى الكاظمي ببغداد", "بغداد=baghdad/name"},
		{"with a clitic on the noun too", "وبمستشفى الكاظمي", ""},
		{"English: the person before an institution noun", "at the Blinken Center in Baghdad", "Baghdad=baghdad/name"},
		{"a place after the noun stays", "في مدينة بغداد", "بغداد=baghdad/name"},
		{"a place in a news agency's name is no place", "نقلت وكالة أنباء بغداد عن", ""},
		{"English: a place in a newspaper's name is no place", "the Baghdad Post said", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(mentionsOf(t, x, tc.text, time.Time{}), " "); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestMentionOffsets: offsets are code points of the original text.
func TestMentionOffsets(t *testing.T) {
	x := newExtractor(t)
	text := "\uFEFF😀 قال \u200fبلـــينكن\u200f،\r\nو بَلينكنُ ولبلي\u200fنكن في \uFE8F\uFED0\uFEAA\uFE8D\uFEA9 يوم ٢٧"
	got := mentionsOf(t, x, text, time.Time{})
	want := []string{"بلـــينكن=blinken/alias", "بَلينكنُ=blinken/alias", "بلي\u200fنكن=blinken/alias", "\uFE8F\uFED0\uFEAA\uFE8D\uFEA9=baghdad/name"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// FuzzAnalyze: no panic, mention and sentence offsets within the text, and
// each mention's text is the original slice it claims.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"قال رئيس الوزراء العراقي محمد شياع السوداني",
		"وللسوداني فؤاد حسين. وقال حسين",
		"al-Sudani's talks with Blinken.\r\nHussein",
		"بلـــينكن بَلينكن بلي\u200fنكن \uFEFB ٢٠٢٤",
		"\xff\xfe\u0651 Al Sudani",
	} {
		f.Add(s, int64(0))
		f.Add(s, int64(1626480000))
	}
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var dct time.Time
		if unix != 0 {
			dct = time.Unix(unix%(1<<34), 0).UTC()
		}
		d, err := x.Analyze(context.Background(), text, dct)
		if err != nil {
			t.Fatal(err)
		}
		checkMentions(t, d)
	})
}

// FuzzDiscover analyses any text with name discovery on (the built-in
// models): no panic, and every mention, discovered ones included, inside
// the text, on code-point boundaries, its text the text at its offsets.
func FuzzDiscover(f *testing.F) {
	for _, s := range []string{
		"قال وزير الخارجية اليمني رياض ياسين إن الحوثيين وللأمم المتحدة",
		"وقال حسين وبلينكن في 26 مارس 2024 إن السوداني لرؤية الرئيس",
		"President Barack Obama met U.S. officials in Washington on Monday.",
		"\xff\xfe\u0651 Al Sudani وال ب ل",
	} {
		f.Add(s)
	}
	models := builtinModels(f)
	ix := yamlIndex(f, rolesYAML, "test.yaml")
	x := mustNew(f, ix, nil, WithDiscovery(models, DiscoverAll))
	f.Fuzz(func(t *testing.T, text string) {
		d, err := x.Analyze(context.Background(), text, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		checkMentions(t, d)
	})
}
