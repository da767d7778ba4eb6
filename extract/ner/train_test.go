package ner

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/textnorm"
)

// toySentences is a small language where the cue words and capitals say
// everything: "minister X Y said", "in the city of Z", "the Ministry of W".
func toySentences(rng *rand.Rand, n int) []string {
	names := []string{"Alba Corvin", "Bram Delor", "Cato Ferris", "Dana Gould", "Eli Hart"}
	places := []string{"Orvia", "Pelton", "Quarry", "Rhone", "Sutter"}
	var out []string
	for i := 0; i < n; i++ {
		switch rng.IntN(3) {
		case 0:
			out = append(out, "the minister [PERS "+names[rng.IntN(len(names))]+"] said on a day")
		case 1:
			out = append(out, "they met in the city of [LOC "+places[rng.IntN(len(places))]+"] yesterday")
		default:
			out = append(out, "a report by the [ORG Ministry of "+places[rng.IntN(len(places))]+"] was read")
		}
	}
	return out
}

// parseToy turns "a [TYPE b c] d" into text and gold tags over tarikh tokens.
func parseToy(t *testing.T, s string) (*textnorm.Text, []textnorm.Token, []Tag) {
	t.Helper()
	var words []string
	var tags []Tag
	typ := None
	for _, f := range strings.Fields(s) {
		switch {
		case strings.HasPrefix(f, "["):
			var ok bool
			if typ, ok = ParseType(f[1:]); !ok {
				t.Fatalf("bad type %q", f)
			}
			continue
		case strings.HasSuffix(f, "]"):
			f = strings.TrimSuffix(f, "]")
			words = append(words, f)
			tags = append(tags, tagFor(typ, len(tags) > 0 && tags[len(tags)-1].Type() == typ))
			typ = None
			continue
		}
		words = append(words, f)
		tags = append(tags, tagFor(typ, len(tags) > 0 && typ != None && tags[len(tags)-1].Type() == typ))
	}
	text := textnorm.Normalize(strings.Join(words, " "))
	toks := text.Tokenize()
	if len(toks) != len(words) {
		t.Fatalf("%q: %d tokens for %d words", s, len(toks), len(words))
	}
	return text, toks, tags
}

func tagFor(typ Type, cont bool) Tag {
	switch {
	case typ == None:
		return TagO
	case cont:
		return Inside(typ)
	}
	return Begin(typ)
}

// TestTrainer trains on the toy language and checks that the model labels
// unseen sentences of it right, and that it survives a round trip through
// its file format unchanged.
func TestTrainer(t *testing.T) {
	m, err := NewUntrained("en", 16)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	var exs []Example
	for _, s := range toySentences(rng, 200) {
		text, toks, tags := parseToy(t, s)
		exs = append(exs, Example{Feats: m.Featurize(text, toks, 0, len(toks), nil), Gold: tags})
	}
	tr := NewTrainer(16, NumFeatures())
	for ep := 0; ep < 5; ep++ {
		tr.Epoch(exs, rng)
	}
	w, tt := tr.Averaged()
	if err := m.SetWeights(w, tt, 0, []string{"alba", "bram"}, []string{"said", "alba"}); err != nil {
		t.Fatal(err)
	}
	m.Header = "toy model\nsecond line"
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(buf.Bytes(), "toy")
	if err != nil {
		t.Fatal(err)
	}
	if m2.Header != "toy model\nsecond line\n" || m2.Lang != "en" {
		t.Errorf("header %q lang %q", m2.Header, m2.Lang)
	}
	if !m2.KnownNameWord("alba") || m2.KnownNameWord("said") || !m2.Seen("said") || m2.Seen("rhone") {
		t.Error("name words or vocabulary lost in the round trip")
	}
	for _, s := range []string{
		"the minister [PERS Cato Gould] said on a day",
		"they met in the city of [LOC Pelton] yesterday",
		"a report by the [ORG Ministry of Rhone] was read",
	} {
		text, toks, gold := parseToy(t, s)
		want := Spans(gold, 0, nil)
		for _, mm := range []*Model{m, m2} {
			if got := mm.Label(text, toks, 0, len(toks), nil, nil); !slices.Equal(got, want) {
				t.Errorf("%q: got %v, want %v", s, got, want)
			}
		}
	}
}

func TestLoadErrors(t *testing.T) {
	m, err := NewUntrained("ar", 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.SetWeights(make([]float32, (1<<10)*NumTags), [NumTags + 1][NumTags]float32{}, 0, nil, nil); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for name, data := range map[string][]byte{
		"empty":       nil,
		"no blank":    []byte("# header\nxx"),
		"not gzip":    []byte("# h\n\nplain text"),
		"truncated":   good[:len(good)-10],
		"header only": []byte("# h\n"),
	} {
		if _, err := Load(data, name); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := Load(good, "good"); err != nil {
		t.Errorf("good: %v", err)
	}
}

func TestBuiltin(t *testing.T) {
	for _, lang := range []string{"ar", "en"} {
		m, err := Builtin(lang)
		if err != nil {
			t.Fatal(err)
		}
		if m.Lang != lang || !strings.Contains(m.Header, "Trained on") {
			t.Errorf("%s: lang %q header %q", lang, m.Lang, m.Header)
		}
	}
	if _, err := Builtin("fr"); err == nil {
		t.Error("fr: no error")
	}
}

// TestWordCache checks that the summed weights of frequent words give the
// same scores as the features one by one.
func TestWordCache(t *testing.T) {
	texts := []string{
		"قال وزير الخارجية اليمني رياض ياسين في مؤتمر صحفي في الرياض إن الحكومة لن تتفاوض مع الحوثيين وفي عدن",
		"والسعودية وللأمم المتحدة أن من في على إلى التي عن الذي مع هذه ما بعد هذا لا بين كان",
		"The U.S. Secretary of State said on Monday that the talks in Geneva would resume, the agency reported.",
	}
	for _, lang := range []string{"ar", "en"} {
		m, err := Builtin(lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.words.entries) < 1000 {
			t.Fatalf("%s: %d cached words", lang, len(m.words.entries))
		}
		for _, text := range texts {
			tx := textnorm.Normalize(text)
			toks := tx.Tokenize()
			hints := make([]Hint, len(toks))
			hints[2] = HintPerson
			s1, s2 := m.scratch(len(toks)), &scratch{}
			*s2 = *m.scratch(len(toks))
			a := slices.Clone(m.emissions(tx, toks, 0, len(toks), hints, s1, m.words))
			b := m.emissions(tx, toks, 0, len(toks), hints, s2, nil)
			hits := 0
			for _, c := range s1.cached[:len(toks)] {
				if c >= 0 {
					hits++
				}
			}
			if !slices.Equal(a, b) {
				t.Errorf("%s %q: cached scores differ", lang, text[:20])
			}
			t.Logf("%s: %d of %d tokens cached", lang, hits, len(toks))
		}
	}
}

// TestEmissionsFeaturize checks that the scores emissions works out from
// its feature specs are the sums of the weight rows of the buckets
// Featurize gives (the buckets the model was trained on), on a sentence of
// SaudiNewsNet 2015-08-02 and one of Reuters; the small features read
// from dense tables (the first and last tokens their outside atoms).
func TestEmissionsFeaturize(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"ar", "وقال صالح بحسب هافنغتون بوست عربي إن العلاقات بينه وبين مسؤولين أمريكيين في الحزبين الجمهوري والديمقراطي لا زالت قائمة"},
		{"en", "The U.S. Secretary of State said on Monday that the talks in Geneva would resume, the agency reported."},
	} {
		m, err := Builtin(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.dense) != 4 {
			t.Errorf("%s: %d dense tables, want 4 (bias, c-1, g, c+1)", tc.lang, len(m.dense))
		}
		tx := textnorm.Normalize(tc.text)
		toks := tx.Tokenize()
		hints := make([]Hint, len(toks))
		hints[3] = HintPlace
		n := len(toks)
		got := m.emissions(tx, toks, 0, n, hints, m.scratch(n), nil)
		feats := m.Featurize(tx, toks, 0, n, hints)
		rows := 0
		for k := 0; k < n; k++ {
			var want [NumTags]int64
			want[0] = -m.OPenalty
			for _, b := range feats[k*numFeatures : (k+1)*numFeatures] {
				if r := m.w.row(b); r != nil {
					rows++
					for j, v := range r {
						want[j] += int64(v)
					}
				}
			}
			if !slices.Equal(got[k*NumTags:(k+1)*NumTags], want[:]) {
				t.Errorf("%s token %d: scores %v, want %v", tc.lang, k, got[k*NumTags:(k+1)*NumTags], want)
			}
		}
		if rows < n {
			t.Errorf("%s: %d weight rows for %d tokens", tc.lang, rows, n)
		}
	}
}
