// Command train trains tarikh's name-discovery models (extract/ner) and
// writes the model files the binary embeds:
//
//	go run ./extract/ner/cmd/train -lang ar      # ANERcorp train split → extract/ner/models/ar.model
//	go run ./extract/ner/cmd/train -lang en      # GMB train + dev → extract/ner/models/en.model
//	go run ./extract/ner/cmd/train -lang ar -dev # tune: hold out a development split, report it per epoch
//
// It reads the corpora from ../shared/corpus (or $TARIKH_SHARED/corpus).
// Training is deterministic: the development split, the gazetteer folds and
// the order of sentences in every epoch come from -seed. Test splits are
// never read here (they are for the reported figures only: see
// extract/anercorp_test.go and extract/gmb_test.go).
//
// The gazetteer's word is one of the features; it must be as unreliable in
// training as on unseen text. So the sentences are cut into -folds runs,
// and each run's gazetteer hints come from a gazetteer of the names of the
// other runs only (names of the development split are never used).
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/internal/conll"
	"github.com/tarikh/tarikh/internal/testshared"
)

type options struct {
	lang    string
	epochs  int
	bits    uint
	prune   float64
	folds   int
	seed    uint64
	order   uint64
	dev     bool
	out     string
	shared  string
	devFrac float64
	errors  string
}

func main() {
	var o options
	flag.StringVar(&o.lang, "lang", "", "language: ar (ANERcorp) or en (GMB)")
	flag.IntVar(&o.epochs, "epochs", 0, "training passes (0: the tuned default of the language)")
	flag.UintVar(&o.bits, "bits", 0, "log2 of the feature buckets (0: the default of the language)")
	flag.Float64Var(&o.prune, "prune", 0.002, "drop weight rows whose largest weight is below this fraction of the largest")
	flag.IntVar(&o.folds, "folds", 5, "gazetteer folds")
	flag.Uint64Var(&o.seed, "seed", 1, "random seed")
	flag.Uint64Var(&o.order, "order", 0, "seed of the epochs' sentence order alone (0: -seed); with -dev, another shuffle of the same split, to tell a change from shuffle noise")
	flag.BoolVar(&o.dev, "dev", false, "hold out the development split and report it after every epoch; write no model unless -o is given")
	flag.Float64Var(&o.devFrac, "dev-frac", conll.DevShare, "share of ANERcorp train held out as development split (with -dev)")
	flag.StringVar(&o.out, "o", "", "model file to write (default extract/ner/models/<lang>.model)")
	flag.StringVar(&o.shared, "shared", "", "shared data directory (default $TARIKH_SHARED or ../shared)")
	flag.StringVar(&o.errors, "errors", "", "with -dev: after the last epoch, print the development names of this type (PERS, LOC, ORG) that the model gets wrong")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// defaults per language, tuned on the development split.
var defaults = map[string]struct {
	epochs int
	bits   uint
}{
	"ar": {epochs: 12, bits: 18},
	"en": {epochs: 6, bits: 18},
}

func run(o options) error {
	d, ok := defaults[o.lang]
	if !ok {
		return fmt.Errorf("-lang must be ar or en")
	}
	if o.epochs == 0 {
		o.epochs = d.epochs
	}
	if o.bits == 0 {
		o.bits = d.bits
	}
	if o.shared == "" {
		o.shared, _ = testshared.Dir()
	}
	corpus := filepath.Join(o.shared, "corpus")
	m, err := ner.NewUntrained(o.lang, o.bits)
	if err != nil {
		return err
	}
	var train, dev []conll.Sentence
	switch o.lang {
	case "ar":
		all, err := conll.ReadFile(filepath.Join(corpus, "anercorp", "ANERCorp_CamelLab_train.txt"))
		if err != nil {
			return err
		}
		if o.dev {
			train, dev = conll.DevSplit(all, o.devFrac, conll.DevChunk, o.seed)
		} else {
			train = all
		}
	case "en":
		tr, err := conll.ReadFile(filepath.Join(corpus, "gmb_ner", "gmb_ner_train.txt"))
		if err != nil {
			return err
		}
		dv, err := conll.ReadFile(filepath.Join(corpus, "gmb_ner", "gmb_ner_dev.txt"))
		if err != nil {
			return err
		}
		for _, s := range [][]conll.Sentence{tr, dv} {
			for i := range s {
				s[i].StripTitles(m.IsTitle)
			}
		}
		if o.dev {
			train, dev = tr, dv
		} else {
			train = append(tr, dv...)
		}
	}
	fmt.Fprintf(os.Stderr, "train: %d sentences, dev: %d\n", len(train), len(dev))
	start := time.Now()
	exs, err := examples(m, train, o.folds)
	if err != nil {
		return err
	}
	var devSet *devData
	if o.dev {
		devSet, err = newDevData(m, train, dev)
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "features: %v\n", time.Since(start).Round(time.Millisecond))
	tr := ner.NewTrainer(o.bits, ner.NumFeatures())
	order := o.seed
	if o.order != 0 {
		order = o.order
	}
	rng := rand.New(rand.NewPCG(order, order^0x9e3779b97f4a7c15))
	for ep := 1; ep <= o.epochs; ep++ {
		tr.Epoch(exs, rng)
		if devSet != nil {
			w, t := tr.Averaged()
			if err := m.SetWeights(w, t, o.prune, nil, nil); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "epoch %d (%v)\n%s", ep, time.Since(start).Round(time.Second), devSet.score(m).Table(ner.Person, ner.Location, ner.Organization))
		} else {
			fmt.Fprintf(os.Stderr, "epoch %d (%v)\n", ep, time.Since(start).Round(time.Second))
		}
	}
	if devSet != nil && o.errors != "" {
		devSet.printErrors(m, o.errors)
	}
	if o.dev && o.out == "" {
		return nil
	}
	w, t := tr.Averaged()
	if err := m.SetWeights(w, t, o.prune, nameWords(train), vocabulary(train)); err != nil {
		return err
	}
	m.Header = header(o)
	out := o.out
	if out == "" {
		out = filepath.Join("extract", "ner", "models", o.lang+".model")
	}
	return writeFile(out, m)
}

func writeFile(path string, m *ner.Model) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(tmp); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	fi, _ := os.Stat(tmp.Name())
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", path, fi.Size())
	return nil
}

// header is the text header of a model file: what it is, what it was
// trained on, and the licence the training data imposes.
func header(o options) string {
	args := fmt.Sprintf("go run ./extract/ner/cmd/train -lang %s -epochs %d -bits %d -prune %g -folds %d -seed %d", o.lang, o.epochs, o.bits, o.prune, o.folds, o.seed)
	if o.order != 0 {
		args += fmt.Sprintf(" -order %d", o.order)
	}
	switch o.lang {
	case "ar":
		return `tarikh name-discovery model (Arabic): averaged perceptron weights over hashed features, BIO tags PERS/LOC/ORG/MISC.
Trained on ANERcorp (CAMeL Lab train split): Benajiba, Rosso & Benedi Ruiz (2007), ANERsys, CICLing; Obeid et al. (2020), CAMeL Tools, LREC.
https://camel.abudhabi.nyu.edu/anercorp/
This model is a work derived from ANERcorp and is licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), as ANERcorp is.
Made by: ` + args
	default:
		return `tarikh name-discovery model (English): averaged perceptron weights over hashed features, BIO tags PERS/LOC/ORG/MISC.
Trained on the Groningen Meaning Bank (Bos et al. 2017, The Groningen Meaning Bank, Handbook of Linguistic Annotation), via the Kaggle Annotated Corpus for NER (A. Walia), train and dev sentences.
GMB texts and annotations are public domain; the Kaggle extract is labelled ODbL 1.0, whose notice this is.
Made by: ` + args
	}
}

// vocabulary lists the normalized words of sents.
func vocabulary(sents []conll.Sentence) []string {
	seen := map[string]bool{}
	var out []string
	for i := range sents {
		a := sents[i].Align()
		for _, tok := range a.Toks {
			if w := a.Text.TokenText(tok); !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// nameWords lists the first words of the names in sents, normalized.
func nameWords(sents []conll.Sentence) []string {
	var out []string
	for i := range sents {
		for _, sp := range conll.GoldSpans(sents[i].Tags) {
			out = append(out, conll.NormWord(sents[i].Words[sp.Start]))
		}
	}
	return out
}

// examples featurizes sents, each fold's gazetteer hints coming from the
// names of the other folds.
func examples(m *ner.Model, sents []conll.Sentence, folds int) ([]ner.Example, error) {
	size := (len(sents) + folds - 1) / folds
	var exs []ner.Example
	for f := 0; f < folds; f++ {
		lo, hi := f*size, min((f+1)*size, len(sents))
		var others []conll.Sentence
		others = append(append(others, sents[:lo]...), sents[hi:]...)
		ix, err := gazetteerOf(others)
		if err != nil {
			return nil, err
		}
		for i := lo; i < hi; i++ {
			a := sents[i].Align()
			hints := extract.GazetteerHints(ix, a.Text, a.Toks)
			exs = append(exs, ner.Example{Feats: m.Featurize(a.Text, a.Toks, 0, len(a.Toks), hints), Gold: a.Tags})
		}
	}
	return exs, nil
}

// gazetteerOf builds a gazetteer index of the person, place and
// organization names of sents.
func gazetteerOf(sents []conll.Sentence) (*gazetteer.Index, error) {
	return gazetteer.NewIndex(conll.Gazetteer(sents))
}

// devData is the development split with its hints.
type devData struct {
	sents []conll.Sentence
	al    []*conll.Aligned
	hints [][]ner.Hint
}

func newDevData(m *ner.Model, train, dev []conll.Sentence) (*devData, error) {
	ix, err := gazetteerOf(train)
	if err != nil {
		return nil, err
	}
	d := &devData{sents: dev}
	for i := range dev {
		a := dev[i].Align()
		d.al = append(d.al, a)
		d.hints = append(d.hints, extract.GazetteerHints(ix, a.Text, a.Toks))
	}
	return d, nil
}

// score labels the development split with m alone (no gazetteer matches
// kept) and scores the names against the gold ones.
func (d *devData) score(m *ner.Model) *conll.Score {
	sc := conll.NewScore()
	var spans []ner.Span
	for i, a := range d.al {
		spans = m.Label(a.Text, a.Toks, 0, len(a.Toks), d.hints[i], spans[:0])
		var pred []conll.Span
		for _, sp := range spans {
			pred = append(pred, conll.Span{Start: a.WordOf[sp.Tok], End: a.WordOf[sp.TokEnd-1] + 1, Type: sp.Type})
		}
		sc.Add(conll.GoldSpans(d.sents[i].Tags), pred, ner.Person, ner.Location, ner.Organization)
	}
	return sc
}

// printErrors prints, for each development sentence where the model's
// names of type typ differ from the gold ones, both lists.
func (d *devData) printErrors(m *ner.Model, typ string) {
	want, ok := ner.ParseType(typ)
	if !ok {
		return
	}
	var spans []ner.Span
	show := func(ws []string, sps []conll.Span) string {
		var out []string
		for _, sp := range sps {
			if sp.Type == want {
				out = append(out, strings.Join(ws[sp.Start:sp.End], " "))
			}
		}
		return strings.Join(out, " | ")
	}
	for i, a := range d.al {
		spans = m.Label(a.Text, a.Toks, 0, len(a.Toks), d.hints[i], spans[:0])
		var pred []conll.Span
		for _, sp := range spans {
			pred = append(pred, conll.Span{Start: a.WordOf[sp.Tok], End: a.WordOf[sp.TokEnd-1] + 1, Type: sp.Type})
		}
		ws := d.sents[i].Words
		g, p := show(ws, conll.GoldSpans(d.sents[i].Tags)), show(ws, pred)
		if g != p {
			fmt.Printf("gold: %s\npred: %s\n\n", g, p)
		}
	}
}
