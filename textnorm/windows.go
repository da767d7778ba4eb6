package textnorm

// Lengths of sentences and windows, in words (word and number tokens).
const (
	// MaxSentenceWords is the longest sentence kept whole. News sentences
	// run to 40–60 words, rarely more; a longer run is text without
	// sentence punctuation, and the steps after splitting, which look at
	// every pair of names, dates and words in a sentence, would cost the
	// square of its length.
	MaxSentenceWords = 120
	// windowWords is the length a long run is cut at when no softer place
	// is near, and minWindowWords the shortest window cut.
	windowWords    = 48
	minWindowWords = 24
)

// windows cuts every sentence of ss longer than MaxSentenceWords words into
// windows of at most MaxSentenceWords words, each a sentence of its own.
// A window ends, among the places that leave it minWindowWords to
// windowWords words, at the last one of the first kind found: before a word
// that usually opens a sentence (clause_openers.txt; sentence_starters.txt
// in English), after clause punctuation (، , ; ؛ : and dashes), before a
// line break; else after windowWords words. Shorter sentences are left as
// they are. The cost is linear in the number of tokens.
func (sp *Splitter) windows(t *Text, toks []Token, ss []Sentence) []Sentence {
	long := false
	for _, s := range ss {
		if s.TokEnd-s.TokStart > MaxSentenceWords && countWords(toks[s.TokStart:s.TokEnd]) > MaxSentenceWords {
			long = true
			break
		}
	}
	if !long {
		return ss
	}
	out := make([]Sentence, 0, len(ss)+16)
	for _, s := range ss {
		if s.TokEnd-s.TokStart <= MaxSentenceWords || countWords(toks[s.TokStart:s.TokEnd]) <= MaxSentenceWords {
			out = append(out, s)
			continue
		}
		out = sp.cutWindows(t, toks, s, out)
	}
	return out
}

func countWords(toks []Token) int {
	n := 0
	for _, tok := range toks {
		if tok.Kind != Punct {
			n++
		}
	}
	return n
}

// opener reports a word that usually opens a sentence.
func (sp *Splitter) opener(t *Text, tok Token) bool {
	if sp == nil || tok.Kind != Word {
		return false
	}
	if tok.Arabic {
		return sp.openers[t.TokenText(tok)]
	}
	return sp.starters[t.TokenOrig(tok)]
}

// cutWindows appends the windows of the long sentence s to out.
func (sp *Splitter) cutWindows(t *Text, toks []Token, s Sentence, out []Sentence) []Sentence {
	begin := s.TokStart
	for begin < s.TokEnd {
		// The rest fits in one window (tokens are at least as many as
		// words, so this counts at most 4*MaxSentenceWords tokens).
		if s.TokEnd-begin <= 4*MaxSentenceWords && countWords(toks[begin:s.TokEnd]) <= MaxSentenceWords {
			return append(out, windowSpan(toks, begin, s.TokEnd))
		}
		// Walk windowWords words from begin, remembering the last place
		// of each kind to cut after minWindowWords words.
		words, opener, punct, newline, end := 0, -1, -1, -1, s.TokEnd
		for k := begin; k < s.TokEnd; k++ {
			tok := toks[k]
			if tok.Kind == Punct {
				if words >= minWindowWords && isClausePunct(t.TokenText(tok)) {
					punct = k + 1
				}
				continue
			}
			if words >= minWindowWords {
				if sp.opener(t, tok) {
					opener = k
				}
				if tok.Newline {
					newline = k
				}
			}
			words++
			if words > windowWords {
				end = k
				break
			}
		}
		switch {
		case opener > begin:
			end = opener
		case punct > begin:
			end = punct
		case newline > begin:
			end = newline
		}
		out = append(out, windowSpan(toks, begin, end))
		begin = end
	}
	return out
}

func windowSpan(toks []Token, from, to int) Sentence {
	return Sentence{Start: int(toks[from].Start), End: int(toks[to-1].End), TokStart: from, TokEnd: to}
}

// isClausePunct reports punctuation that ends a clause inside a sentence.
func isClausePunct(s string) bool {
	switch s {
	case ",", ";", ":", "-", "–", "—":
		return true
	}
	return oneOf(s, ClauseMark) // ، ؛ (lang/ar/script.yaml)
}
