package temporal

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// Tense: whether the clause around an expression points to the future of
// the article's date, and what else the sentence around it says.

// tense is what the clause around an expression says of its time.
type tense struct {
	future bool // a future verb or word, or a scope word before it
	past   bool // a past verb or word governs it (and no future one)
	limit  bool // a preposition of limit (حتى, بحلول, until, by) right before it
	// direct: the future is a verb or word of its own clause before it
	// (سينتخب, will), not a scope word or a cue after it.
	direct bool
	// pastToo: a past verb governs the clause as well as a limit.
	pastToo bool
}

// onsetBefore reports a word of onset (onset_words: اعتبارا, ابتداء,
// starting) among the three tokens before token a, in its clause.
func (s *scanner) onsetBefore(a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if s.lineBreak(k+1) || s.hardStop(k) || s.has(k, catBreak) {
			return false
		}
		if s.inSet(k, s.lx.onsetWords) {
			return true
		}
	}
	return false
}

// scheduledBefore reports a present verb of a scheduled happening
// (scheduled_verbs, also after و) among the ten tokens before token a, in
// its clause: الجبير يزور موسكو الثلاثاء, ويستأنف تدريباته الاثنين.
func (s *scanner) scheduledBefore(a int) bool {
	for k := a - 1; k >= 0 && k >= a-10; k-- {
		if s.lineBreak(k+1) || s.hardStop(k) || s.has(k, catBreak) {
			return false
		}
		if s.inSet(k, s.lx.scheduledVerbs) {
			return true
		}
		w := s.text(k)
		for _, p := range s.lx.andPrefixes {
			if r, ok := strings.CutPrefix(w, p); ok && s.lx.scheduledVerbs[r] {
				return true
			}
		}
	}
	return false
}

// clauseTense reads the tense of the clause around tokens [a, b) from the
// verb that governs it: the nearest cue before it in the same clause (a
// future verb or word such as سيلتقي, سوف, will; a past one such as قد,
// كان, met, was, said), else a scope word earlier in the sentence (من المقرر
// أن, expected to), else the first cue after it in the clause. The clause is
// read across the line breaks of hard-wrapped text (see lineBreak).
func (s *scanner) clauseTense(a, b int) tense {
	var t tense
	crossed := false
	for k := a - 1; k >= 0 && k >= a-20; k-- {
		if s.lineBreak(k+1) || s.hardStop(k) {
			break
		}
		if s.has(k, catBreak) {
			crossed = true
			continue
		}
		if s.has(k, catFutureScope) {
			t.future = true
			return t
		}
		if crossed || k < a-12 {
			continue
		}
		if s.has(k, catFuture) || s.futureVerb(k) {
			t.future, t.direct = true, true
			return t
		}
		if s.has(k, catLimit) && k >= a-3 {
			t.limit = true
		}
		if s.pastCue(k) {
			// A deadline after a past verb may still lie ahead (were
			// extended until May 31): a limit keeps the nearest reading.
			t.past = !t.limit
			t.pastToo = t.limit
			return t
		}
	}
	for k := b; k < len(s.toks) && k < b+12; k++ {
		if s.lineBreak(k) || s.hardStop(k) || s.has(k, catBreak) {
			break
		}
		if s.has(k, catFuture) || s.has(k, catFutureScope) || s.futureVerb(k) {
			t.future = true
			return t
		}
		if s.pastCue(k) {
			t.past = true
			return t
		}
	}
	return t
}

// pastCue reports a word of past tense: one the rules list (past_words: قد,
// كان, was, said), or, in Latin script, a word of five letters or more that
// ends like a past verb (-ed), is not listed in not_past, and is used as a
// verb: not after be/been/to (will be charged, to be signed) and not before
// a lowercase word other than a function word (a televised news conference).
func (s *scanner) pastCue(k int) bool {
	if s.has(k-1, catBeforeParticiple) {
		return false // will be held, to be signed: no past verb
	}
	if s.has(k, catPast) {
		return true
	}
	if len(s.lx.pastSuffixes) == 0 || s.toks[k].Kind != textnorm.Word || s.toks[k].Arabic {
		return false
	}
	w := s.text(k)
	if len(w) < 5 || s.anySense(k) && (s.has(k, catNotPast) || s.has(k, catFutureScope) || s.has(k, catFuture)) {
		return false
	}
	ends := false
	for _, suf := range s.lx.pastSuffixes {
		ends = ends || strings.HasSuffix(w, suf)
	}
	if !ends {
		return false
	}
	if n := k + 1; n < len(s.toks) && s.toks[n].Kind == textnorm.Word && !s.toks[n].Arabic && !s.has(n, catAfterVerb) {
		r, _ := utf8.DecodeRuneInString(s.t.TokenOrig(s.toks[n]))
		return !unicode.IsLower(r)
	}
	return true
}

// lineBreak reports a line break before token i that ends a clause: in
// Arabic text every line break (paragraphs are lines), in other text a
// break followed by indentation or a blank line. A hard-wrapped line
// ("will hold a news conference\non Thursday") goes on with its sentence.
func (s *scanner) lineBreak(i int) bool {
	if i <= 0 || i >= len(s.toks) || !s.toks[i].Newline {
		return i == 0
	}
	if s.toks[i].Arabic || s.toks[i-1].Arabic {
		return true
	}
	gap := s.t.Norm[s.toks[i-1].NEnd:s.toks[i].NStart]
	nl := strings.LastIndexByte(gap, '\n')
	return strings.Count(gap, "\n") > 1 || nl < len(gap)-1
}

func (s *scanner) hardStop(k int) bool {
	if s.toks[k].Kind != textnorm.Punct {
		return false
	}
	return s.lx.stops[s.text(k)]
}

// futureVerb reports an imperfect verb with the future prefix (سيلتقي).
func (s *scanner) futureVerb(k int) bool {
	tok := s.toks[k]
	if !tok.Arabic || s.lx.futPrefix == "" || s.has(k, catNotFuture) {
		return false
	}
	w := s.text(k)
	for _, c := range s.lx.conj {
		if len(w) > len(c) && w[:len(c)] == c && len(w)-len(c) > 2*s.lx.futMin-2 {
			w2 := w[len(c):]
			if len(w2) > len(s.lx.futPrefix) && w2[:len(s.lx.futPrefix)] == s.lx.futPrefix {
				w = w2
			}
			break
		}
	}
	if len(w) <= len(s.lx.futPrefix) || w[:len(s.lx.futPrefix)] != s.lx.futPrefix {
		return false
	}
	rest := w[len(s.lx.futPrefix):]
	ok := false
	for _, n := range s.lx.futNext {
		if len(rest) >= len(n) && rest[:len(n)] == n {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	// Arabic letters are two bytes: count runes cheaply.
	return len(w)/2 >= s.lx.futMin
}

// hijriAhead reports a Hijri month named within the next 15 tokens of the
// sentence from token k.
func (s *scanner) hijriAhead(k int) bool {
	for j := k; j < len(s.toks) && j < k+15; j++ {
		if s.hardStop(j) || s.toks[j].Newline {
			return false
		}
		if s.has(j, catHijri) {
			return true
		}
	}
	return false
}
