package temporal

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// tokSenses caches the lexicon senses of one token: the senses of its full
// form and of its forms without clitic prefixes. It holds no pointer and
// no point (40 bytes, not 328): a text's cache is cleared for every
// article, token by token.
type tokSenses struct {
	done bool
	n    uint8
	// memo of point(i): 0 not computed, 1 none, 2 found, at
	// scanner.points[pi].
	pstate uint8
	pi     int32
	// mask has bit 1<<cat for every category among the senses, markers
	// bit 1<<kind for every marker kind.
	mask    uint64
	markers uint64
	// e: the places in lexicon.entries of the n entries.
	e [4]int32
}

// pointMemo is a point found at a token, and the token after it.
type pointMemo struct {
	p   point
	end int32
}

// ss returns the senses of the k-th entry of c.
func (s *scanner) ss(c *tokSenses, k int) []sense { return s.lx.entries[c.e[k]].ss }

// senses returns the cached senses of token i, looking them up on first use.
// The lookups key the map with slices of the normalized text: no allocation.
func (s *scanner) senses(i int) *tokSenses {
	c := &s.cache[i]
	if !c.done {
		s.lookUp(c, i)
	}
	return c
}

// lookUp fills c with the senses of token i (senses' slow path, apart so
// that senses inlines).
func (s *scanner) lookUp(c *tokSenses, i int) {
	c.done = true
	tok := s.toks[i]
	w := s.t.Norm[tok.NStart:tok.NEnd]
	if len(w) > s.lx.maxWordLen+4 {
		return
	}
	add := func(k string) {
		if id, ok := s.lx.lookupID(k); ok && int(c.n) < len(c.e) {
			en := &s.lx.entries[id]
			c.e[c.n] = id
			c.n++
			c.mask |= en.mask
			c.markers |= en.markers
		}
	}
	add(w)
	if !tok.Arabic {
		return
	}
	strip := func(w string, pre []string) (string, bool) {
		for _, p := range pre {
			if strings.HasPrefix(w, p) {
				// at least two letters left
				rest := w[len(p):]
				if _, n := utf8.DecodeRuneInString(rest); len(rest) > n {
					return rest, true
				}
			}
		}
		return w, false
	}
	w1, ok1 := strip(w, s.lx.conj)
	if ok1 {
		add(w1)
	}
	if w2, ok := strip(w1, s.lx.preps); ok {
		add(w2)
	}
}

// arabic reports that token i exists and is an Arabic word.
func (s *scanner) arabic(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].Arabic }

// kind is the kind of token i, 0 past either end.
func (s *scanner) kind(i int) textnorm.Kind {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.toks[i].Kind
}

// text is the normalized text of token i ("" past either end).
func (s *scanner) text(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	tok := s.toks[i]
	return s.t.Norm[tok.NStart:tok.NEnd]
}

// restMatches reports whether the tokens from i on spell words.
func (s *scanner) restMatches(i int, words []string) bool {
	if i+len(words) > len(s.toks) {
		return false
	}
	for k, w := range words {
		if s.text(i+k) != w {
			return false
		}
	}
	return true
}

// get returns the longest sense of category c that starts at token i, and
// the token after it.
func (s *scanner) get(i int, c cat) (sense, int, bool) {
	if !s.mayHave(i, c) {
		return sense{}, i, false
	}
	return s.getSlow(i, c)
}

// mayHave reports that token i exists and has a sense of category c (which
// may need further words).
func (s *scanner) mayHave(i int, c cat) bool {
	return i >= 0 && i < len(s.toks) && s.senses(i).mask&(1<<c) != 0
}

// getSlow is get's search among the senses of token i.
func (s *scanner) getSlow(i int, c cat) (sense, int, bool) {
	ts := &s.cache[i]
	var best sense
	bestEnd := -1
	for k := 0; k < int(ts.n); k++ {
		for _, sn := range s.ss(ts, k) {
			if sn.cat != c {
				continue
			}
			end := i + 1 + len(sn.rest)
			if end > bestEnd && s.restMatches(i+1, sn.rest) {
				best, bestEnd = sn, end
			}
		}
	}
	if bestEnd < 0 {
		return sense{}, i, false
	}
	return best, bestEnd, true
}

// has reports whether token i starts a sense of category c.
func (s *scanner) has(i int, c cat) bool {
	if !s.mayHave(i, c) {
		return false
	}
	_, _, ok := s.getSlow(i, c)
	return ok
}

// marker returns the end of a marker of kind k at i.
func (s *scanner) marker(i, k int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return i, false
	}
	ts := s.senses(i)
	if ts.markers&(1<<k) == 0 {
		return i, false
	}
	bestEnd := -1
	for n := 0; n < int(ts.n); n++ {
		for _, sn := range s.ss(ts, n) {
			if sn.cat != catMarker || sn.val != k {
				continue
			}
			end := i + 1 + len(sn.rest)
			if end > bestEnd && s.restMatches(i+1, sn.rest) {
				bestEnd = end
			}
		}
	}
	return bestEnd, bestEnd >= 0
}

// marker1 reports a marker of kind k that ends right before token i+1 (a
// one-word marker at i).
func (s *scanner) marker1(i, k int) bool {
	e, ok := s.marker(i, k)
	return ok && e == i+1
}

// anySense reports whether token i has any sense at all.
func (s *scanner) anySense(i int) bool { return s.senses(i).n > 0 }

// onlyLimit reports a word whose only sense is a word of limit (effective,
// payable): otherwise a plain word.
func (s *scanner) onlyLimit(i int) bool {
	c := s.senses(i)
	return c.mask == 1<<catLimit && c.markers == 0
}

// Categories and marker kinds that never start an expression.
const (
	nonStarters = 1<<catBreak | 1<<catFuture | 1<<catFutureScope | 1<<catNotFuture | 1<<catNotCounted | 1<<catWholeAfter |
		1<<catYearPrep | 1<<catTeen | 1<<catThousand | 1<<catMarker |
		1<<catPast | 1<<catNotPast | 1<<catLimit | 1<<catAfterVerb | 1<<catBeforeParticiple | 1<<catAmPm | 1<<catYearDet
	starterMarkers = 1<<mkDay | 1<<mkMonth | 1<<mkYear | 1<<mkEvery | 1<<mkNight | 1<<mkSince |
		1<<mkBefore | 1<<mkAfter | 1<<mkWithin | 1<<mkBetween | 1<<mkFrom | 1<<mkThis
)

// canStart reports whether word token i may start an expression: it has a
// sense of a starting category or marker kind that is one word, or whose
// further words follow (في has forty senses of several words, في المستقبل,
// في غضون...: most of its occurrences start none of them).
func (s *scanner) canStart(i int) bool {
	c := s.senses(i)
	if c.mask&^nonStarters == 0 && c.markers&starterMarkers == 0 {
		return s.text(i) == "the"
	}
	for k := 0; k < int(c.n); k++ {
		for _, sn := range s.ss(c, k) {
			if sn.cat == catMarker {
				if starterMarkers&(1<<sn.val) == 0 {
					continue
				}
			} else if nonStarters&(1<<sn.cat) != 0 {
				continue
			}
			if len(sn.rest) == 0 || s.restMatches(i+1, sn.rest) {
				return true
			}
		}
	}
	return s.text(i) == "the"
}

// num returns the value and digit count of a number token.
func (s *scanner) num(i int) (int, int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != textnorm.Number {
		return 0, 0, false
	}
	w := s.text(i)
	if len(w) > 6 {
		return 0, len(w), false
	}
	v, err := strconv.Atoi(w)
	if err != nil {
		return 0, 0, false
	}
	return v, len(w), true
}

// punct reports whether token i is the punctuation mark p.
func (s *scanner) punct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == textnorm.Punct && s.text(i) == p
}

func (s *scanner) isComma(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == textnorm.Punct && s.lx.commas[s.text(i)]
}

// definite reports a word token that starts with a definite article (ال).
func (s *scanner) definite(i int) bool {
	w := s.text(i)
	for _, a := range s.lx.articles {
		if strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}

// isArticle reports the article alone as a token (الـ 4: the tatweel
// splits it from the number).
func (s *scanner) isArticle(i int) bool {
	w := s.text(i)
	for _, a := range s.lx.articles {
		if w == a {
			return true
		}
	}
	return false
}

// andPrefixed reports a word with "and" written as its prefix (والجمعة, ونصف).
func (s *scanner) andPrefixed(i int) bool {
	w := s.text(i)
	for _, a := range s.lx.andPrefixes {
		if len(w) > len(a) && strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}

// inSet reports that token i's normalized text is in the set m.
func (s *scanner) inSet(i int, m map[string]bool) bool {
	return i >= 0 && i < len(s.toks) && m[s.text(i)]
}

// glued reports that token i follows the previous one without white space.
func (s *scanner) glued(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].Space }

// mayBe reports whether token i has a sense of one of the categories cats
// or a marker of the kinds marks (bit masks): a cheap test before a pattern.
func (s *scanner) mayBe(i int, cats uint64, marks uint64) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	c := s.senses(i)
	return c.mask&cats != 0 || c.markers&marks != 0
}
