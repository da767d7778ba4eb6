package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/extract/textnorm"
	"github.com/tarikh/tarikh/gazetteer/lang"
)

// Via says how a mention was found.
type Via uint8

// Ways a mention is found.
const (
	ViaName  Via = iota + 1 // a canonical name (the first English or Arabic name)
	ViaAlias                // another name or spelling variant
	ViaRole                 // a role description, resolved by date
	ViaCoref                // a short form of a name mentioned in full elsewhere in the article
)

func (v Via) String() string {
	switch v {
	case ViaName:
		return "name"
	case ViaAlias:
		return "alias"
	case ViaRole:
		return "role"
	case ViaCoref:
		return "coref"
	}
	return "?"
}

// Candidate is one entity a name may stand for.
type Candidate struct {
	Entity int32 // index into Gazetteer.Entities
	Via    Via
	Role   int16 // index into the entity's Roles when Via is ViaRole
}

// entry is one indexed name: its words after the first, and who it names.
type entry struct {
	rest    []string
	cands   []Candidate
	english bool // an English name: the text must capitalize its first word
}

// Index finds gazetteer names in tokenized text. It is built once and is safe
// for concurrent use.
type Index struct {
	g       *Gazetteer
	ar      *lang.Arabic
	first   map[string][]int32 // first word → entries
	firstAl map[string][]int32 // first word without its "ال" → entries
	entries []entry
	byKey   map[string]int32
}

// NewIndex builds the match index of g.
func NewIndex(g *Gazetteer) (*Index, error) {
	ar, err := lang.LoadArabic()
	if err != nil {
		return nil, err
	}
	ix := &Index{g: g, ar: ar, first: map[string][]int32{}, firstAl: map[string][]int32{}, byKey: map[string]int32{}}
	for ei, e := range g.Entities {
		for i, n := range e.Names.En {
			ix.addName(n, Candidate{Entity: int32(ei), Via: via(i)}, true, e.Type)
		}
		for i, n := range e.Names.Ar {
			ix.addName(n, Candidate{Entity: int32(ei), Via: via(i)}, false, e.Type)
		}
		for ri, r := range e.Roles {
			c := Candidate{Entity: int32(ei), Via: ViaRole, Role: int16(ri)}
			for _, n := range r.En {
				ix.addName(n, c, true, "")
			}
			for _, n := range r.Ar {
				ix.addName(n, c, false, "")
			}
		}
	}
	return ix, nil
}

func via(i int) Via {
	if i == 0 {
		return ViaName
	}
	return ViaAlias
}

// Gazetteer returns the indexed gazetteer.
func (ix *Index) Gazetteer() *Gazetteer { return ix.g }

// Entity returns the entity of a candidate.
func (ix *Index) Entity(c Candidate) *Entity { return ix.g.Entities[c.Entity] }

// addName indexes a name and its generated variants.
func (ix *Index) addName(name string, c Candidate, english bool, t Type) {
	toks := nameTokens(name)
	if len(toks) == 0 {
		return
	}
	ix.add(toks, c, english)
	if english && len(toks) > 1 && (toks[0] == "al" || toks[0] == "el") {
		// "al-Sudani" also as "Sudani".
		alt := c
		alt.Via = max(c.Via, ViaAlias)
		if c.Via == ViaRole {
			alt.Via = ViaRole
		}
		ix.add(toks[1:], alt, english)
	}
	if !english {
		for _, v := range ix.variants(toks) {
			alt := c
			if alt.Via == ViaName {
				alt.Via = ViaAlias
			}
			ix.add(v, alt, false)
		}
		// A place written without its article: "عراق" for "العراق".
		if t == Place && len(toks) == 1 && strings.HasPrefix(toks[0], "ال") && utf8.RuneCountInString(toks[0]) >= 5 {
			alt := c
			alt.Via = ViaAlias
			ix.add([]string{strings.TrimPrefix(toks[0], "ال")}, alt, false)
		}
	}
}

// variants returns spellings of toks produced by the alternation table,
// at most two substitutions per word.
func (ix *Index) variants(toks []string) [][]string {
	var out [][]string
	seen := map[string]bool{strings.Join(toks, " "): true}
	for wi, w := range toks {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		words := []string{w}
		for round := 0; round < 2; round++ {
			var next []string
			for _, cur := range words {
				for _, alt := range ix.ar.Alternations {
					for _, pair := range [][2]string{alt, {alt[1], alt[0]}} {
						if pair[0] == "" || !strings.Contains(cur, pair[0]) {
							continue
						}
						nw := strings.Replace(cur, pair[0], pair[1], 1)
						v := append(append(append([]string{}, toks[:wi]...), nw), toks[wi+1:]...)
						k := strings.Join(v, " ")
						if seen[k] {
							continue
						}
						seen[k] = true
						out = append(out, v)
						next = append(next, nw)
					}
				}
			}
			words = next
		}
	}
	return out
}

func (ix *Index) add(toks []string, c Candidate, english bool) {
	key := strings.Join(toks, " ")
	if english {
		key = "en:" + key
	}
	id, ok := ix.byKey[key]
	if !ok {
		id = int32(len(ix.entries))
		ix.entries = append(ix.entries, entry{rest: toks[1:], english: english})
		ix.byKey[key] = id
		ix.first[toks[0]] = append(ix.first[toks[0]], id)
		if rest, ok := strings.CutPrefix(toks[0], "ال"); ok && rest != "" {
			ix.firstAl[rest] = append(ix.firstAl[rest], id)
		}
	}
	e := &ix.entries[id]
	for i, old := range e.cands {
		if old.Entity == c.Entity && old.Via == c.Via && old.Role == c.Role {
			return
		}
		if old.Entity == c.Entity && c.Via < old.Via && c.Via != ViaRole && old.Via != ViaRole {
			e.cands[i].Via = c.Via
			return
		}
	}
	e.cands = append(e.cands, c)
}

// Match is a gazetteer name found in text: words [Tok, TokEnd) of the token
// slice given to Find, starting Skip bytes into the first token's normalized
// text (a stripped proclitic), naming one of Cands.
type Match struct {
	Tok, TokEnd int
	Skip        int
	Cands       []Candidate
}

// Words is a tokenized text prepared for matching.
type Words struct {
	T    *textnorm.Text
	Toks []textnorm.Token
	idx  []int  // token index of each word or number
	join []bool // join[i]: word i follows word i-1 with only spaces or joiners between
}

// PrepareWords lists the words of toks and how they join.
func PrepareWords(t *textnorm.Text, toks []textnorm.Token) *Words {
	w := &Words{T: t, Toks: toks, idx: make([]int, 0, len(toks)), join: make([]bool, 0, len(toks))}
	prev := -1
	for i, tok := range toks {
		if tok.Kind == textnorm.Punct {
			continue
		}
		j := prev >= 0 && !tok.Newline
		for k := prev + 1; j && k < i; k++ {
			switch t.TokenText(toks[k]) {
			case "-", "'", ".":
				if toks[k].Newline {
					j = false
				}
			default:
				j = false
			}
		}
		w.idx = append(w.idx, i)
		w.join = append(w.join, j)
		prev = i
	}
	return w
}

func (w *Words) text(i int) string { return w.T.TokenText(w.Toks[w.idx[i]]) }

// Find returns the leftmost-longest gazetteer matches in w, in text order.
// Among equally long matches an unstripped word wins over a stripped one.
func (ix *Index) Find(w *Words) []Match {
	var out []Match
	for i := 0; i < len(w.idx); {
		m, n := ix.matchAt(w, i)
		if n == 0 {
			i++
			continue
		}
		out = append(out, m)
		i += n
	}
	return out
}

// matchAt returns the longest match starting at word i and its length in words.
func (ix *Index) matchAt(w *Words, i int) (Match, int) {
	tok := w.Toks[w.idx[i]]
	word := w.text(i)
	var best Match
	bestN := 0
	try := func(ids []int32, skip int) {
		for _, id := range ids {
			e := &ix.entries[id]
			n := 1 + len(e.rest)
			if n < bestN || (n == bestN && skip >= best.Skip) || i+n > len(w.idx) {
				continue
			}
			if e.english && !capitalized(w, tok) {
				continue
			}
			ok := true
			for k, r := range e.rest {
				if !w.join[i+1+k] || w.text(i+1+k) != r {
					ok = false
					break
				}
			}
			if ok {
				best = Match{Tok: w.idx[i], TokEnd: w.idx[i+n-1] + 1, Skip: skip, Cands: e.cands}
				bestN = n
			}
		}
	}
	try(ix.first[word], 0)
	if tok.Arabic {
		for _, p := range ix.ar.Proclitics {
			if rest, ok := strings.CutPrefix(word, p); ok && utf8.RuneCountInString(rest) >= 2 {
				try(ix.first[rest], len(p))
			}
		}
		for _, p := range ix.ar.LamArticle {
			if rest, ok := strings.CutPrefix(word, p); ok && utf8.RuneCountInString(rest) >= 2 {
				// "للسوداني": strip all but the lam that stands for "ال".
				try(ix.firstAl[rest], len(p)-len("ل"))
			}
		}
	}
	return best, bestN
}

func capitalized(w *Words, tok textnorm.Token) bool {
	r, _ := utf8.DecodeRuneInString(w.T.Slice(int(tok.Start), int(tok.End)))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// Stripped calls fn with each way word i of w can be read as a name word:
// as written, and with each proclitic removed (skip = bytes removed). For
// "للX" the name word is "الX", reported with alRest set.
func (ix *Index) Stripped(w *Words, i int, fn func(word string, skip int, alRest bool)) {
	word := w.text(i)
	fn(word, 0, false)
	if !w.Toks[w.idx[i]].Arabic {
		return
	}
	for _, p := range ix.ar.Proclitics {
		if rest, ok := strings.CutPrefix(word, p); ok && utf8.RuneCountInString(rest) >= 2 {
			fn(rest, len(p), false)
		}
	}
	for _, p := range ix.ar.LamArticle {
		if rest, ok := strings.CutPrefix(word, p); ok && utf8.RuneCountInString(rest) >= 2 {
			fn(rest, len(p)-len("ل"), true)
		}
	}
}

// Len is the number of words.
func (w *Words) Len() int { return len(w.idx) }

// TokenIndex returns the token index of word i.
func (w *Words) TokenIndex(i int) int { return w.idx[i] }

// Text returns the normalized text of word i.
func (w *Words) Text(i int) string { return w.text(i) }

// Capitalized reports whether word i starts with a capital letter or digit
// in the original text (always true for Arabic).
func (w *Words) Capitalized(i int) bool {
	tok := w.Toks[w.idx[i]]
	return tok.Arabic || capitalized(w, tok)
}

// WordTokens returns the normalized words of a name, as the index compares them.
func WordTokens(name string) []string { return nameTokens(name) }
