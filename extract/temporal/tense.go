package temporal

import "github.com/tarikh/tarikh/textnorm"

// Tense: whether the clause around an expression points to the future of
// the article's date, and what else the sentence around it says.

// clauseFuture reports whether the clause around tokens [a, b) points to the
// future: a future verb (سيلتقي) or word (will, سوف, المرتقبة) in the same
// clause, or a scope word (من المقرر أن, expected to) earlier in the sentence.
func (s *scanner) clauseFuture(a, b int) bool {
	crossed := false
	for k := a - 1; k >= 0 && k >= a-20; k-- {
		if s.toks[k+1].Newline || s.hardStop(k) {
			break
		}
		if s.has(k, catBreak) {
			crossed = true
			continue
		}
		if s.has(k, catFutureScope) {
			return true
		}
		if !crossed && k >= a-12 && (s.has(k, catFuture) || s.futureVerb(k)) {
			return true
		}
	}
	for k := b; k < len(s.toks) && k < b+12; k++ {
		if s.toks[k].Newline || s.hardStop(k) || s.has(k, catBreak) {
			break
		}
		if s.has(k, catFuture) || s.has(k, catFutureScope) || s.futureVerb(k) {
			return true
		}
	}
	return false
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
