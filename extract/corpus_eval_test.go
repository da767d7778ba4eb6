package extract

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/internal/conll"
	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/textnorm"
)

// evalSentencesPerArticle is how many corpus sentences make one article in
// the evaluations (the corpora have no article boundaries; coreference and
// the settling of shared names work within an article).
const evalSentencesPerArticle = 20

// corpusEval runs tarikh's mentions over a test split as `tarikh mentions
// --no-builtin --gazetteer <train names>` would: the gazetteer holds the
// person, place and organization names of the training sentences, the text
// is rebuilt from the test tokens (one sentence a line, 20 to an article),
// and every mention is widened to the whole corpus tokens it touches. It
// returns the exact-span scores with discovery off and on.
func corpusEval(t *testing.T, train, test []conll.Sentence, lang textnorm.Lang) (off, on *conll.Score) {
	t.Helper()
	m, err := ner.Builtin(string(lang))
	if err != nil {
		t.Fatal(err)
	}
	return corpusEvalWith(t, train, test, m)
}

// corpusEvalWith is corpusEval with the labeller m.
func corpusEvalWith(t *testing.T, train, test []conll.Sentence, m *ner.Model) (off, on *conll.Score) {
	t.Helper()
	return corpusEvalDump(t, train, test, m, nil)
}

// corpusEvalDump is corpusEvalWith that also hands every article's words,
// gold names and discovery-on names to dump, when it is not nil.
func corpusEvalDump(t *testing.T, train, test []conll.Sentence, m *ner.Model, dump func(words []string, gold, pred []conll.Span)) (off, on *conll.Score) {
	t.Helper()
	lang := textnorm.Lang(m.Lang)
	ix, err := gazetteer.NewIndex(conll.Gazetteer(train))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := temporal.New()
	if err != nil {
		t.Fatal(err)
	}
	xOff, err := New(ix, rec)
	if err != nil {
		t.Fatal(err)
	}
	xOn, err := New(ix, rec, WithDiscovery(map[textnorm.Lang]*ner.Model{lang: m}, DiscoverAll))
	if err != nil {
		t.Fatal(err)
	}
	off, on = conll.NewScore(), conll.NewScore()
	for lo := 0; lo < len(test); lo += evalSentencesPerArticle {
		art := test[lo:min(lo+evalSentencesPerArticle, len(test))]
		text, starts, ends, gold := articleOf(art)
		for _, r := range []struct {
			x  *Extractor
			sc *conll.Score
		}{{xOff, off}, {xOn, on}} {
			d, err := r.x.Analyze(context.Background(), text, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			pred := predSpans(d.Mentions, starts, ends)
			r.sc.Add(gold, pred, ner.Person, ner.Location, ner.Organization)
			if dump != nil && r.x == xOn {
				var words []string
				for _, s := range art {
					words = append(words, s.Words...)
				}
				dump(words, gold, pred)
			}
		}
	}
	return off, on
}

// articleOf joins sentences into one article, one a line, and returns the
// code-point span of every corpus token and the gold names over the token
// numbers of the article.
func articleOf(sents []conll.Sentence) (string, []int, []int, []conll.Span) {
	var b strings.Builder
	var starts, ends []int
	var gold []conll.Span
	pos := 0
	for i := range sents {
		if i > 0 {
			b.WriteByte('\n')
			pos++
		}
		text, st := sents[i].Text()
		base := len(starts)
		for j, s := range st {
			starts = append(starts, pos+s)
			ends = append(ends, pos+s+len([]rune(sents[i].Words[j])))
		}
		for _, sp := range conll.GoldSpans(sents[i].Tags) {
			gold = append(gold, conll.Span{Start: base + sp.Start, End: base + sp.End, Type: sp.Type})
		}
		b.WriteString(text)
		pos += len([]rune(text))
	}
	return b.String(), starts, ends, gold
}

// predSpans widens each mention (but role descriptions) to the corpus
// tokens it touches.
func predSpans(ms []Mention, starts, ends []int) []conll.Span {
	var out []conll.Span
	for _, m := range ms {
		if m.Via == gazetteer.ViaRole {
			continue
		}
		var typ gazetteer.Type
		switch {
		case m.Entity != nil:
			typ = m.Entity.Type
		case len(m.Candidates) > 0:
			typ = m.Candidates[0].Type
		}
		if typ == "" {
			continue
		}
		nt := nerType(typ)
		i := sort.Search(len(ends), func(i int) bool { return ends[i] > m.Start })
		j := sort.Search(len(starts), func(i int) bool { return starts[i] >= m.End })
		if i < j {
			out = append(out, conll.Span{Start: i, End: j, Type: nt})
		}
	}
	return out
}

func readCorpus(t *testing.T, path ...string) []conll.Sentence {
	t.Helper()
	s, err := conll.ReadFile(filepath.Join(path...))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// checkFloor fails when a score falls below its floor.
func checkFloor(t *testing.T, what string, sc *conll.Score, typ ner.Type, floor float64) {
	t.Helper()
	if _, _, f := sc.PRF(typ); f < floor {
		name := "overall"
		if typ != ner.None {
			name = typ.String()
		}
		t.Errorf("%s: %s F1 %.1f, below the floor %.1f", what, name, f, floor)
	}
}

// TestANERcorp is the evaluation of issue 11: the ANERcorp test split
// (CAMeL Lab), gazetteer from the train split's names, built-in gazetteer
// off, exact spans widened to whole tokens, with discovery off and on. The
// floors sit a little under the figures reached, to catch regressions.
func TestANERcorp(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus evaluation: not in -short")
	}
	dir := testshared.Path(t, "corpus", "anercorp")
	train := readCorpus(t, dir, "ANERCorp_CamelLab_train.txt")
	test := readCorpus(t, dir, "ANERCorp_CamelLab_test.txt")
	off, on := corpusEval(t, train, test, textnorm.Arabic)
	types := []ner.Type{ner.Person, ner.Location, ner.Organization}
	t.Logf("ANERcorp test, discovery off:\n%s", off.Table(types...))
	t.Logf("ANERcorp test, discovery on:\n%s", on.Table(types...))
	// Measured 65.6 overall, PERS 59.3 (off: 49.9, 31.3) on main 15c358f; 64.8 since discovered
	// places pass the place rules (43294ca); 64.7, PERS 59.1, with the name-edge rules of
	// extract.discoverer.extend (dev 71.8 → 72.3); 66.4 (P 75.3 R 59.4; PERS 59.9, LOC 81.9,
	// ORG 51.8; off 50.4) with a match report decided near the name and bare common-word
	// entries vetoed at any margin (dev 72.2 → 74.8); 66.5 (P 75.2 R 59.5; PERS 60.1, LOC
	// 81.9, ORG 51.8; off 50.3) with a person's Arabic given name alone after the full name
	// read as that person (dev 74.8 → 75.2, PERS 67.3 → 68.5). Issue 11 asks for 75 and
	// 70: not reached (see the notes of issue 11). Session 11: 66.7 (P 75.2 R 60.0; PERS
	// 61.0, LOC 81.9, ORG 51.5; off 50.3) with two people's names side by side read as
	// one (discoverer.adjoins; dev mean of four splits 71.8 → 72.15, PERS 62.35 → 63.5).
	checkFloor(t, "discovery on", on, ner.None, 66.2)
	checkFloor(t, "discovery on", on, ner.Person, 60.5)
}

// TestANERcorpDev is the tuning harness: with $TARIKH_NER_DEV_MODEL set to a
// model trained with `go run ./extract/ner/cmd/train -lang ar -dev -o FILE`,
// it runs the evaluation above on the development split cut from train
// (same seed and share as the trainer), the gazetteer holding the names of
// the rest of train. It never reads the test split. $TARIKH_NER_DEV_SEED
// names the trainer's -seed when it was not 1 (the seed also picks the
// split).
func TestANERcorpDev(t *testing.T) {
	m := devModel(t, "TARIKH_NER_DEV_MODEL")
	seed := uint64(1)
	if s := os.Getenv("TARIKH_NER_DEV_SEED"); s != "" {
		var err error
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatalf("TARIKH_NER_DEV_SEED: %v", err)
		}
	}
	dir := testshared.Path(t, "corpus", "anercorp")
	train, dev := conll.DevSplit(readCorpus(t, dir, "ANERCorp_CamelLab_train.txt"), conll.DevShare, conll.DevChunk, seed)
	var dump func([]string, []conll.Span, []conll.Span)
	if s := os.Getenv("TARIKH_NER_DEV_ERRORS"); s != "" {
		typ, ok := ner.ParseType(s)
		if !ok {
			t.Fatalf("TARIKH_NER_DEV_ERRORS: unknown type %q", s)
		}
		dump = func(words []string, gold, pred []conll.Span) { t.Log(nameErrors(words, gold, pred, typ)) }
	}
	off, on := corpusEvalDump(t, train, dev, m, dump)
	types := []ner.Type{ner.Person, ner.Location, ner.Organization}
	t.Logf("ANERcorp dev, discovery off:\n%s", off.Table(types...))
	t.Logf("ANERcorp dev, discovery on:\n%s", on.Table(types...))
}

// nameErrors lists the names of type typ that gold and pred do not share
// (a miss "-", a false name "+", with the other side's names that overlap it
// and the words around it): $TARIKH_NER_DEV_ERRORS of TestANERcorpDev.
func nameErrors(words []string, gold, pred []conll.Span, typ ner.Type) string {
	has := func(l []conll.Span, sp conll.Span) bool { return slices.Contains(l, sp) }
	text := func(sp conll.Span) string { return strings.Join(words[sp.Start:sp.End], " ") }
	var b strings.Builder
	for _, side := range []struct {
		mark         string
		mine, theirs []conll.Span
	}{{"-", gold, pred}, {"+", pred, gold}} {
		for _, sp := range side.mine {
			if sp.Type != typ || has(side.theirs, sp) {
				continue
			}
			var over []string
			for _, o := range side.theirs {
				if o.Start < sp.End && sp.Start < o.End {
					over = append(over, o.Type.String()+":"+text(o))
				}
			}
			fmt.Fprintf(&b, "\n%s %s [%s] | %s", side.mark, text(sp), strings.Join(over, ", "),
				strings.Join(words[max(0, sp.Start-4):min(len(words), sp.End+3)], " "))
		}
	}
	return b.String()
}

// TestGMBDev is TestANERcorpDev for English: $TARIKH_NER_DEV_MODEL_EN, a
// model trained with `-lang en -dev -o FILE` (GMB train only), on GMB dev.
func TestGMBDev(t *testing.T) {
	m := devModel(t, "TARIKH_NER_DEV_MODEL_EN")
	dir := testshared.Path(t, "corpus", "gmb_ner")
	train, dev := readCorpus(t, dir, "gmb_ner_train.txt"), readCorpus(t, dir, "gmb_ner_dev.txt")
	for _, s := range [][]conll.Sentence{train, dev} {
		for i := range s {
			s[i].StripTitles(m.IsTitle)
		}
	}
	off, on := corpusEvalWith(t, train, dev, m)
	types := []ner.Type{ner.Person, ner.Location, ner.Organization}
	t.Logf("GMB dev, discovery off:\n%s", off.Table(types...))
	t.Logf("GMB dev, discovery on:\n%s", on.Table(types...))
}

// devModel loads the model trained with -dev that the environment variable
// env names, or skips the test when it is unset.
func devModel(t *testing.T, env string) *ner.Model {
	t.Helper()
	path := os.Getenv(env)
	if path == "" {
		t.Skipf("set %s to a model trained with -dev", env)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ner.Load(data, path)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
