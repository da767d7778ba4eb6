package conll

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"

	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

// DevShare and DevChunk are the development split the trainer's -dev and
// the tuning test cut from ANERcorp train (with seed 1).
const (
	DevShare = 0.25
	DevChunk = 100
)

// DevSplit cuts a development split from sents: runs of chunk consecutive
// sentences (so that one article's names mostly stay on one side), a share
// frac of them, picked with seed. It returns the rest and the development
// sentences, both in corpus order.
func DevSplit(sents []Sentence, frac float64, chunk int, seed uint64) (train, dev []Sentence) {
	n := (len(sents) + chunk - 1) / chunk
	rng := rand.New(rand.NewPCG(seed, seed+1))
	pick := rng.Perm(n)[:int(float64(n)*frac+0.5)]
	isDev := make([]bool, n)
	for _, c := range pick {
		isDev[c] = true
	}
	for i, s := range sents {
		if isDev[i/chunk] {
			dev = append(dev, s)
		} else {
			train = append(train, s)
		}
	}
	return train, dev
}

// NormWord is a corpus token in tarikh's normalized form.
func NormWord(w string) string { return textnorm.NormString(w) }

// Gazetteer returns a gazetteer of the person, place and organization names
// of sents: one entity per type and name as written in the corpus (Arabic
// names under ar, others under en).
func Gazetteer(sents []Sentence) *gazetteer.Gazetteer {
	type key struct {
		t    ner.Type
		name string
	}
	seen := map[key]bool{}
	var keys []key
	for i := range sents {
		s := &sents[i]
		for _, sp := range GoldSpans(s.Tags) {
			if sp.Type == ner.Misc {
				continue
			}
			k := key{sp.Type, cleanName(s.Words[sp.Start:sp.End])}
			if k.name == "" {
				continue
			}
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].t != keys[j].t {
			return keys[i].t < keys[j].t
		}
		return keys[i].name < keys[j].name
	})
	g := gazetteer.New()
	for i, k := range keys {
		e := &gazetteer.Entity{ID: fmt.Sprintf("%s-%d", strings.ToLower(k.t.String()), i), Type: gazType(k.t)}
		if strings.IndexFunc(k.name, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) >= 0 {
			e.Names.Ar = []string{k.name}
		} else {
			e.Names.En = []string{k.name}
		}
		g.Add(e)
	}
	return g
}

// cleanName joins a name's corpus tokens, leaving out what a gazetteer
// entry would not hold: leading lower-case words ("the United States",
// "a U.S.") and a trailing possessive ("VOA 's").
func cleanName(ws []string) string {
	for len(ws) > 0 && ws[0] != "" && unicode.IsLower([]rune(ws[0])[0]) {
		ws = ws[1:]
	}
	for len(ws) > 0 && (ws[len(ws)-1] == "'s" || ws[len(ws)-1] == "'") {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

func gazType(t ner.Type) gazetteer.Type {
	switch t {
	case ner.Person:
		return gazetteer.Person
	case ner.Location:
		return gazetteer.Place
	}
	return gazetteer.Organization
}
