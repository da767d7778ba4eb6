// Package ar holds the facts of the Arabic script that tarikh's text layer
// reads: script.yaml in this folder (letter folds, the marks written on a
// letter, tatweel, tanween, digits, punctuation), embedded and read by a
// strict loader. It imports nothing of tarikh, so that textnorm, which
// every other package builds on, can build its normalization table from it.
//
// The folder's other files (names.yaml, dates.yaml...) are words, read by
// package lang and the packages that use them.
package ar

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

//go:embed script.yaml
var files embed.FS

// Block is the range of code points script.yaml may name: the Arabic block.
const (
	BlockFirst rune = 0x0600
	BlockLast  rune = 0x06FF
)

// Script is the content of script.yaml. Each set is in the order written.
type Script struct {
	// Folds: each rune of From is compared as To.
	Folds []Fold `yaml:"folds"`
	// Marks are written on a letter (harakat, tanween, shadda, Quranic
	// signs); Tatweel only stretches a word. Normalization drops both and
	// counts them as part of the letter before.
	Marks   Runes `yaml:"marks"`
	Tatweel Runes `yaml:"tatweel"`
	// Tanween are the marks of nunation, which end adverbs and indefinite
	// nouns.
	Tanween Runes `yaml:"tanween"`
	// HamzaAlefs are alef with a hamza or a madda.
	HamzaAlefs Runes `yaml:"hamza_alefs"`
	// Digits are sets of ten digits, zero to nine.
	Digits []Runes `yaml:"digits"`
	// SentenceEnds end a sentence; ClauseMarks end a clause inside one.
	SentenceEnds Runes `yaml:"sentence_ends"`
	ClauseMarks  Runes `yaml:"clause_marks"`
}

// Fold maps the runes of From to To.
type Fold struct {
	To   Runes `yaml:"to"`
	From Runes `yaml:"from"`
}

// Runes is a set of code points, written in YAML as a list (or one value)
// of characters, U+XXXX code points, U+XXXX..U+YYYY ranges, or strings of
// characters.
type Runes []rune

// UnmarshalYAML reads a scalar or a list of scalars.
func (rs *Runes) UnmarshalYAML(n *yaml.Node) error {
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	for _, it := range items {
		if it.Kind != yaml.ScalarNode {
			return fmt.Errorf("line %d: want a character, U+XXXX or U+XXXX..U+YYYY", it.Line)
		}
		got, err := parseRunes(it.Value)
		if err != nil {
			return fmt.Errorf("line %d: %w", it.Line, err)
		}
		*rs = append(*rs, got...)
	}
	return nil
}

func parseRunes(s string) ([]rune, error) {
	if lo, hi, ok := strings.Cut(s, ".."); ok {
		a, err := codePoint(lo)
		if err != nil {
			return nil, err
		}
		b, err := codePoint(hi)
		if err != nil {
			return nil, err
		}
		if b < a {
			return nil, fmt.Errorf("range %q ends before it starts", s)
		}
		var out []rune
		for r := a; r <= b; r++ {
			out = append(out, r)
		}
		return out, nil
	}
	if strings.HasPrefix(s, "U+") {
		r, err := codePoint(s)
		return []rune{r}, err
	}
	if s == "" || !utf8.ValidString(s) {
		return nil, fmt.Errorf("%q is not a character", s)
	}
	return []rune(s), nil
}

func codePoint(s string) (rune, error) {
	h, ok := strings.CutPrefix(s, "U+")
	if !ok || len(h) < 4 {
		return 0, fmt.Errorf("%q is not a code point (U+XXXX)", s)
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("%q is not a code point (U+XXXX)", s)
	}
	return rune(v), nil
}

// LoadScript reads the embedded script.yaml.
func LoadScript() (*Script, error) {
	data, err := files.ReadFile("script.yaml")
	if err != nil {
		return nil, fmt.Errorf("ar: %w", err)
	}
	return ParseScript(data)
}

// ParseScript reads script data strictly: an unknown key, a malformed
// value, a character outside the Arabic block, one given in two places, a
// fold whose to is not one character, a digit set not of ten, or a
// missing set is an error naming lang/ar/script.yaml and the line.
func ParseScript(data []byte) (*Script, error) {
	const name = "lang/ar/script.yaml"
	var s Script
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := s.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &s, nil
}

// check validates the sets once decoded.
func (s *Script) check() error {
	var errs []error
	seen := map[rune]string{}
	add := func(what string, rs Runes) {
		if len(rs) == 0 {
			errs = append(errs, fmt.Errorf("%s is missing or empty", what))
		}
		for _, r := range rs {
			if r < BlockFirst || r > BlockLast {
				errs = append(errs, fmt.Errorf("%s: U+%04X is outside the Arabic block U+0600..U+06FF", what, r))
			} else if prev, ok := seen[r]; ok {
				errs = append(errs, fmt.Errorf("%s: U+%04X is in %s already", what, r, prev))
			}
			seen[r] = what
		}
	}
	if len(s.Folds) == 0 {
		errs = append(errs, errors.New("folds is missing or empty"))
	}
	for _, f := range s.Folds {
		if len(f.To) != 1 {
			errs = append(errs, fmt.Errorf("folds: to %q is not one character", string(f.To)))
			continue
		}
		add("folds from "+string(f.To), f.From)
	}
	for _, f := range s.Folds {
		if len(f.To) == 1 {
			if w, ok := seen[f.To[0]]; ok {
				errs = append(errs, fmt.Errorf("folds: %s folds to %s, which %s folds", string(f.To), string(f.To), w))
			}
		}
	}
	add("marks", s.Marks)
	add("tatweel", s.Tatweel)
	if len(s.Tatweel) > 1 {
		errs = append(errs, errors.New("tatweel is more than one character"))
	}
	if len(s.Digits) == 0 {
		errs = append(errs, errors.New("digits is missing or empty"))
	}
	for _, d := range s.Digits {
		if len(d) != 10 {
			errs = append(errs, fmt.Errorf("digits: %q is %d digits, not ten", string(d), len(d)))
		}
		add("digits", d)
	}
	add("sentence_ends", s.SentenceEnds)
	add("clause_marks", s.ClauseMarks)
	// Tanween are marks; hamza alefs are folded letters: both name runes of
	// the sets above again, so they are checked against them, not in seen.
	if len(s.Tanween) == 0 {
		errs = append(errs, errors.New("tanween is missing or empty"))
	}
	for _, r := range s.Tanween {
		if seen[r] != "marks" {
			errs = append(errs, fmt.Errorf("tanween: U+%04X is not in marks", r))
		}
	}
	if len(s.HamzaAlefs) == 0 {
		errs = append(errs, errors.New("hamza_alefs is missing or empty"))
	}
	for _, r := range s.HamzaAlefs {
		if !strings.HasPrefix(seen[r], "folds from ") {
			errs = append(errs, fmt.Errorf("hamza_alefs: %s is not a folded letter", string(r)))
		}
	}
	return errors.Join(errs...)
}
