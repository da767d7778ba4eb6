// Package conll reads the named-entity corpora tarikh trains and evaluates
// on (ANERcorp, GMB: one "token TAG [TAG]" line per token, a blank line
// between sentences), rebuilds their text, lays their tags on tarikh's own
// tokens, and scores entity spans. It is used by the model trainer and the
// evaluation tests; it never ships corpus text.
package conll

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/textnorm"
)

// Sentence is one corpus sentence: its tokens and their BIO tags (the
// second column).
type Sentence struct {
	Words []string
	Tags  []ner.Tag
	// Line is the line of the first token, for messages.
	Line int
}

// ReadFile reads a CoNLL-style file. A malformed line or an unknown tag is
// an error naming the file and line.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		fs := strings.Split(l, " ")
		if len(fs) < 2 || fs[0] == "" {
			return nil, fmt.Errorf("%s:%d: want \"token TAG\", got %q", path, line, l)
		}
		tag, err := ner.ParseTag(fs[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		if len(cur.Words) == 0 {
			cur.Line = line
		}
		cur.Words = append(cur.Words, fs[0])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", path, line, err)
	}
	flush()
	return out, nil
}

// Text returns the sentence rebuilt as text (tokens joined by spaces) and
// the code-point offset of each token in it.
func (s *Sentence) Text() (string, []int) {
	var b strings.Builder
	starts := make([]int, len(s.Words))
	n := 0
	for i, w := range s.Words {
		if i > 0 {
			b.WriteByte(' ')
			n++
		}
		starts[i] = n
		b.WriteString(w)
		n += len([]rune(w))
	}
	return b.String(), starts
}

// Aligned is a sentence as tarikh reads it: normalized, tokenized, and with
// each tarikh token tagged from the corpus token that holds it (a corpus
// token split by tarikh's tokenizer, such as "U.S." or "(د", continues its
// name on its later pieces).
type Aligned struct {
	Text   *textnorm.Text
	Toks   []textnorm.Token
	Tags   []ner.Tag
	WordOf []int // corpus token of each tarikh token
}

// Align tokenizes the sentence's text and lays its tags on the tokens.
func (s *Sentence) Align() *Aligned {
	text, starts := s.Text()
	t := textnorm.Normalize(text)
	toks := t.Tokenize()
	a := &Aligned{Text: t, Toks: toks, Tags: make([]ner.Tag, len(toks)), WordOf: make([]int, len(toks))}
	w := 0
	prevWord := -1
	for i, tok := range toks {
		for w+1 < len(starts) && starts[w+1] <= int(tok.Start) {
			w++
		}
		a.WordOf[i] = w
		g := s.Tags[w]
		if g.IsBegin() && prevWord == w {
			g = ner.Inside(g.Type())
		}
		a.Tags[i] = g
		prevWord = w
	}
	return a
}

// Span is a name over corpus tokens [Start, End).
type Span struct {
	Start, End int
	Type       ner.Type
}

// GoldSpans returns the names of a sentence's tags.
func GoldSpans(tags []ner.Tag) []Span {
	var out []Span
	for _, sp := range ner.Spans(tags, 0, nil) {
		out = append(out, Span{sp.Tok, sp.TokEnd, sp.Type})
	}
	return out
}

// Score counts exact-span matches per type.
type Score struct {
	TP, FP, FN map[ner.Type]int
}

// NewScore returns an empty Score.
func NewScore() *Score {
	return &Score{TP: map[ner.Type]int{}, FP: map[ner.Type]int{}, FN: map[ner.Type]int{}}
}

// Add scores predicted spans against gold ones (of the same sentence), for
// the types in only (all when empty). A span counts when start, end and
// type all agree.
func (s *Score) Add(gold, pred []Span, only ...ner.Type) {
	keep := func(t ner.Type) bool {
		if len(only) == 0 {
			return true
		}
		for _, o := range only {
			if o == t {
				return true
			}
		}
		return false
	}
	g := map[Span]bool{}
	for _, sp := range gold {
		if keep(sp.Type) {
			g[sp] = true
		}
	}
	seen := map[Span]bool{}
	for _, sp := range pred {
		if !keep(sp.Type) || seen[sp] {
			continue
		}
		seen[sp] = true
		if g[sp] {
			s.TP[sp.Type]++
			delete(g, sp)
		} else {
			s.FP[sp.Type]++
		}
	}
	for sp := range g {
		s.FN[sp.Type]++
	}
}

// PRF returns precision, recall and F1 (in percent) for type t, or over all
// types when t is None.
func (s *Score) PRF(t ner.Type) (p, r, f float64) {
	var tp, fp, fn int
	for _, x := range []struct {
		m map[ner.Type]int
		n *int
	}{{s.TP, &tp}, {s.FP, &fp}, {s.FN, &fn}} {
		for k, v := range x.m {
			if t == ner.None || k == t {
				*x.n += v
			}
		}
	}
	if tp+fp > 0 {
		p = 100 * float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = 100 * float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Table formats the scores of types as a text table, with the overall row.
func (s *Score) Table(types ...ner.Type) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %6s %6s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "tp", "fp", "fn")
	sort.Slice(types, func(i, j int) bool { return types[i] < types[j] })
	row := func(name string, t ner.Type) {
		p, r, f := s.PRF(t)
		var tp, fp, fn int
		if t == ner.None {
			for _, v := range s.TP {
				tp += v
			}
			for _, v := range s.FP {
				fp += v
			}
			for _, v := range s.FN {
				fn += v
			}
		} else {
			tp, fp, fn = s.TP[t], s.FP[t], s.FN[t]
		}
		fmt.Fprintf(&b, "%-8s %6.1f %6.1f %6.1f %6d %6d %6d\n", name, p, r, f, tp, fp, fn)
	}
	for _, t := range types {
		row(t.String(), t)
	}
	row("overall", ner.None)
	return b.String()
}

// StripTitles moves leading title words out of person names (GMB tags
// "President Bush" as one name; ANERcorp and tarikh name "Bush" only): a
// corpus token at the start of a person span for which isTitle reports true
// (given the token in lower case without a final full stop) becomes O, and
// the next token starts the name. A span of titles only ("Prime" in "Prime
// Minister") is dropped.
func (s *Sentence) StripTitles(isTitle func(string) bool) {
	for i := 0; i < len(s.Tags); i++ {
		if s.Tags[i] != ner.Begin(ner.Person) {
			continue
		}
		j := i
		for j < len(s.Tags) && (j == i || s.Tags[j] == ner.Inside(ner.Person)) &&
			isTitle(strings.TrimSuffix(strings.ToLower(s.Words[j]), ".")) {
			s.Tags[j] = ner.TagO
			j++
		}
		if j > i && j < len(s.Tags) && s.Tags[j] == ner.Inside(ner.Person) {
			s.Tags[j] = ner.Begin(ner.Person)
		}
	}
}
