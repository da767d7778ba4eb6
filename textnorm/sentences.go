package textnorm

import (
	_ "embed"
	"strings"
	"unicode"

	"github.com/jdkato/prose/v3/segment"
)

// Sentence is a span of original code points [Start, End) and the tokens
// [TokStart, TokEnd) inside it.
type Sentence struct {
	Start, End       int
	TokStart, TokEnd int
}

// Lang is a text's dominant language, decided by script.
type Lang string

// Languages tarikh knows.
const (
	Arabic  Lang = "ar"
	English Lang = "en"
)

// DetectLang returns Arabic when Arabic letters are at least as many as
// Latin ones, English otherwise (and Arabic for text without letters).
func DetectLang(toks []Token, t *Text) Lang {
	var ar, lat int
	for _, tok := range toks {
		if tok.Kind != Word {
			continue
		}
		n := int(tok.NEnd - tok.NStart)
		if tok.Arabic {
			ar += n / 2
		} else {
			lat += n
		}
	}
	if lat > ar {
		return English
	}
	return Arabic
}

// Splitter splits a text into sentences. Arabic (and any non-English text)
// is split by rule: a line break, or . ! ? ؟ … followed by white space
// (closing quotes and brackets stay with the sentence they close). English
// paragraphs are split by prose's punkt model, which knows abbreviations.
// A Splitter is safe for concurrent use.
type Splitter struct {
	en *segment.Segmenter
	// abbrev and starters: abbreviations.txt and sentence_starters.txt.
	abbrev, starters map[string]bool
	// openers are clause_openers.txt, normalized: where a long run without
	// sentence punctuation is best cut (windows.go).
	openers map[string]bool
}

// NewSplitter returns a Splitter with the English model loaded.
func NewSplitter() (*Splitter, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	openers := map[string]bool{}
	for w := range wordList(clauseOpenersTxt) {
		openers[NormString(w)] = true
	}
	return &Splitter{en: seg, abbrev: wordList(abbreviationsTxt), starters: wordList(sentenceStartersTxt), openers: openers}, nil
}

func isSentenceEnd(s string) bool {
	switch s {
	case ".", "!", "?", "…":
		return true
	}
	return oneOf(s, SentenceEnd) // ؟ ۔ (lang/ar/script.yaml)
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "»", "”", ")", "]", "}", "›", "’":
		return true
	}
	return false
}

// Split returns the sentences of t, whose tokens are toks, in language lang.
// A sentence longer than MaxSentenceWords words (a transcript, OCR output,
// text whose punctuation was stripped) is cut into clause-sized windows; see
// windows.
func (sp *Splitter) Split(t *Text, toks []Token, lang Lang) []Sentence {
	var ss []Sentence
	if lang == English && sp != nil && sp.en != nil {
		ss = sp.splitEnglish(t, toks)
	} else {
		ss = splitRule(t, toks)
	}
	return sp.windows(t, toks, ss)
}

// splitRule splits at line breaks and sentence-final punctuation.
func splitRule(t *Text, toks []Token) []Sentence {
	var out []Sentence
	begin := 0
	flush := func(end int) {
		if end > begin {
			out = append(out, Sentence{Start: int(toks[begin].Start), End: int(toks[end-1].End), TokStart: begin, TokEnd: end})
		}
		begin = end
	}
	for i := 0; i < len(toks); i++ {
		if i > begin && toks[i].Newline {
			flush(i)
		}
		if toks[i].Kind != Punct || !isSentenceEnd(t.TokenText(toks[i])) {
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j].Space && (isSentenceEnd(t.TokenText(toks[j])) || isCloser(t.TokenText(toks[j]))) {
			j++
		}
		if j == len(toks) || toks[j].Space {
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
	return out
}

//go:embed abbreviations.txt
var abbreviationsTxt string

//go:embed sentence_starters.txt
var sentenceStartersTxt string

//go:embed clause_openers.txt
var clauseOpenersTxt string

// wordList reads a list file: one entry per line, # comments.
func wordList(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}

// joinAbbreviations joins an English sentence that ends with an
// abbreviation (U.S., Gen., Feb.) or a name's initial after a capitalized
// word (the "C." of "James C. Castle", not the "B." of "rated B.") to the
// next one, unless that one opens with a word that usually starts a
// sentence.
func (sp *Splitter) joinAbbreviations(t *Text, ss []Sentence) []Sentence {
	if len(ss) < 2 {
		return ss
	}
	out := ss[:1]
	for _, s := range ss[1:] {
		prev := &out[len(out)-1]
		text := strings.TrimSpace(t.Slice(prev.Start, prev.End))
		cut := strings.LastIndexAny(text, " \t\n")
		last := text[cut+1:]
		if !sp.abbrev[last] && !(isInitial(last) && afterName(text[:max(cut, 0)])) {
			out = append(out, s)
			continue
		}
		next := t.Slice(s.Start, s.End)
		if i := strings.IndexAny(next, " \t\n"); i >= 0 {
			next = next[:i]
		}
		if !sp.starters[strings.Trim(next, "\"'“‘(")] {
			prev.End, prev.TokEnd = s.End, s.TokEnd
			continue
		}
		out = append(out, s)
	}
	return out
}

// isInitial reports whether w is a name's initial: one capital Latin letter
// and a full stop ("C.", "F.").
func isInitial(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}

// afterName reports whether the last word of s opens with a capital letter
// and goes on in small letters ("James", "Frank"), as a given name does.
func afterName(s string) bool {
	w := []rune(strings.TrimSpace(s[strings.LastIndexAny(s, " \t\n")+1:]))
	if len(w) < 2 || !unicode.IsUpper(w[0]) {
		return false
	}
	for _, r := range w[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func (sp *Splitter) splitEnglish(t *Text, toks []Token) []Sentence {
	var out []Sentence
	ti := 0
	for base, para := range paragraphs(t.Orig) {
		for _, s := range sp.en.Segment(para) {
			start := t.RuneIndex(base + s.Start)
			end := t.RuneIndex(base + s.End())
			for ti < len(toks) && int(toks[ti].End) <= start {
				ti++
			}
			k := ti
			for k < len(toks) && int(toks[k].Start) < end {
				k++
			}
			if k > ti {
				out = append(out, Sentence{Start: int(toks[ti].Start), End: int(toks[k-1].End), TokStart: ti, TokEnd: k})
			}
			ti = k
		}
	}
	return sp.joinAbbreviations(t, out)
}

// paragraphs yields the byte offset and text of each paragraph of s that
// holds more than white space. A paragraph ends at a blank line or at a line
// break followed by indentation; a single line break inside a paragraph is a
// hard wrap (newswire text is wrapped at 70 columns) and does not end a
// sentence by itself.
func paragraphs(s string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		start := 0
		emit := func(end int) bool {
			p := s[start:end]
			start = end
			if strings.TrimFunc(p, unicode.IsSpace) == "" {
				return true
			}
			return yield(end-len(p), p)
		}
		for i := 0; i < len(s); i++ {
			if s[i] != '\n' {
				continue
			}
			j := i + 1
			if j < len(s) && s[j] == '\r' {
				j++
			}
			if j < len(s) && (s[j] == '\n' || s[j] == ' ' || s[j] == '\t' || strings.HasPrefix(s[j:], "\r\n")) {
				if !emit(j) {
					return
				}
			}
		}
		emit(len(s))
	}
}
