package gazetteer

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

// Via says how a mention was found.
type Via uint8

// Ways a mention is found.
const (
	ViaName  Via = iota + 1 // a canonical name (the first English or Arabic name)
	ViaAlias                // another name or spelling variant
	ViaRole                 // a role description, resolved by date
	ViaCoref                // a short form of a name mentioned in full elsewhere in the article
	// ViaDiscovered: a name the sequence labeller found (extract/ner); its
	// entity is the gazetteer's when the gazetteer knows the name under a
	// variant, else one made from the type and the normalized name.
	ViaDiscovered
	// ViaAdjective: a country's relative adjective next to an actor noun
	// (الطائرات التركية, "Turkish jets"; extract, lang/<code>/actors.yaml).
	ViaAdjective
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
	case ViaDiscovered:
		return "discovered"
	case ViaAdjective:
		return "adjective"
	}
	return "?"
}

// Candidate is one entity a name may stand for.
type Candidate struct {
	Entity int32 // index into Gazetteer.Entities
	Via    Via
	Role   int16 // index into the entity's Roles when Via is ViaRole
	// Context: the name is one of the entity's context_names, matched only
	// where the text reads it as a place (Index.PlaceContext).
	Context bool
	// Bare: the name is one of the entity's bare names (Entity.Bare),
	// matched only where Words.MatchBare allows.
	Bare bool
}

// node is one word of the name trie. A node with candidates ends a name.
type node struct {
	cands []Candidate
	// capWord is, for an English name, the index of the name word that the
	// text must capitalize (the first word the gazetteer capitalizes: "al"
	// in "al-Sudani" is not, "Sudani" is); -1 for none, -2 while unset.
	capWord int8
	// kids are the next words; kidMap replaces them when there are many.
	kids   []kid
	kidMap map[string]int32
}

type kid struct {
	word string
	node int32
}

// Trie roots.
const (
	rootAr = 0 // names not in the en list, by first word
	rootEn = 1 // English names, by first word
	rootAl = 2 // names whose first word starts with "ال", by the rest of that word
)

// maxKids is how many children a node keeps in a slice before it uses a map.
const maxKids = 8

// Index finds gazetteer names in tokenized text. It is built once and is safe
// for concurrent use.
type Index struct {
	g *Gazetteer
	// hasBare: some entity has bare names (Entity.Bare).
	hasBare bool
	ar      *lang.Arabic
	nodes   []node
	// clitic[r] reports that some proclitic or lam article starts with r
	// (an Arabic letter, as an offset from U+0600); cliticElse that one
	// starts otherwise (then Stripped tries every one on every word).
	clitic     [0x100]bool
	cliticElse bool
	given      map[string]bool // lang.Arabic.GivenNames
	// namedAfter: lang.Arabic.NamedAfter and NamedAfterEn.
	namedAfter, namedAfterEn map[string]bool
	// vocab is the common vocabulary that names must not be confused with.
	vocab *vocab
	// sportForms holds every form of the sports words that inSet finds
	// (as written, after a proclitic, with a lam article), each with what
	// inSet returns for it: one map lookup per word of a text.
	sportForms map[string]string
	// restricted holds the nodes of one-word names that normalization
	// folds onto a function word (the person علي and the preposition على),
	// with the spellings (textnorm.Spelling) of the names that end there,
	// less those that are themselves function-word spellings. Such a name
	// matches only as spelled, beside a given name, or when the text also
	// names the entity in full (see Find).
	restricted map[int32][]string
	// firstWords is a Bloom filter of the words that start a name (the
	// children of the roots): most words of a text start none, and the
	// filter answers for them without probing a root map that, for a large
	// gazetteer, is far bigger than the CPU's caches.
	firstWords []uint64
	// b holds what only NewIndex uses (nil after); altLetters are the
	// letters of each side of the alternations.
	b          *building
	altLetters []letterSet
}

// building is the state of an index under construction. The nodes'
// candidates and children are chained in two arenas while names are added
// (a node's own small slices, grown name by name, cost some 250,000 heap
// objects for the built-in gazetteer); pack lays them out at the end.
type building struct {
	// variantMemo remembers wordVariants.
	variantMemo map[string][]string
	// cands and kids are the arenas; candFirst/candLast and
	// kidFirst/kidLast give each node's chain in them (-1: none), kidCount
	// its length.
	cands                                  []candLink
	kids                                   []kidLink
	candFirst, candLast, kidFirst, kidLast []int32
	kidCount                               []uint8
	// toks, caps and variant are scratch space for addName.
	toks    []string
	caps    []bool
	variant []string
}

type candLink struct {
	c    Candidate
	next int32
}

type kidLink struct {
	k    kid
	next int32
}

// newNode appends an empty node and returns its index.
func (ix *Index) newNode(capWord int8) int32 {
	n := int32(len(ix.nodes))
	ix.nodes = append(ix.nodes, node{capWord: capWord})
	b := ix.b
	b.candFirst, b.candLast = append(b.candFirst, -1), append(b.candLast, -1)
	b.kidFirst, b.kidLast = append(b.kidFirst, -1), append(b.kidLast, -1)
	b.kidCount = append(b.kidCount, 0)
	return n
}

// bloomBits is the size of firstWords in bits (128 KiB).
const bloomBits = 1 << 20

// bloomHash returns the two filter positions of word w under root r.
func bloomHash(r int32, w string) (uint32, uint32) {
	h := uint64(14695981039346656037) ^ uint64(r)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return uint32(h) & (bloomBits - 1), uint32(h>>32) & (bloomBits - 1)
}

// mayStart reports whether w may start a name under root r (false: surely not).
func (ix *Index) mayStart(r int32, w string) bool {
	a, b := bloomHash(r, w)
	return ix.firstWords[a>>6]&(1<<(a&63)) != 0 && ix.firstWords[b>>6]&(1<<(b&63)) != 0
}

// buildFirstWords fills the filter from the roots' children.
func (ix *Index) buildFirstWords() {
	ix.firstWords = make([]uint64, bloomBits/64)
	add := func(r int32, w string) {
		a, b := bloomHash(r, w)
		ix.firstWords[a>>6] |= 1 << (a & 63)
		ix.firstWords[b>>6] |= 1 << (b & 63)
	}
	for _, r := range []int32{rootAr, rootEn, rootAl} {
		nd := &ix.nodes[r]
		for w := range nd.kidMap {
			add(r, w)
		}
		for _, k := range nd.kids {
			add(r, k.word)
		}
	}
}

// NamedAfter reports that the person name at words [i, j) of w is part of
// an institution's or a place's name: after مستشفى/جامعة/كأس... in Arabic
// (مستشفى الملك فهد), before University/Hospital/Cup... in English (King
// Fahd University).
func (ix *Index) NamedAfter(w *Words, i, j int) bool {
	if i > 0 && w.idx[i-1] == w.idx[i]-1 && w.Toks[w.idx[i]].Arabic {
		prev := w.text(i - 1)
		if ix.namedAfter[prev] {
			return true
		}
		for _, p := range ix.ar.Proclitics {
			if rest, ok := strings.CutPrefix(prev, p); ok && ix.namedAfter[rest] {
				return true
			}
		}
	}
	if j < len(w.idx) && w.idx[j] == w.idx[j-1]+1 && !w.Toks[w.idx[j]].Arabic && w.Capitalized(j) {
		return ix.namedAfterEn[w.T.TokenOrig(w.Toks[w.idx[j]])]
	}
	return false
}

// OtherPersonsName reports that word i of w is a one-word name of person e
// (a family name such as الجعفري) said after a given name that is not e's
// own (معاذ الجعفري): another person of that family.
func (ix *Index) OtherPersonsName(w *Words, i int, e *Entity) bool {
	if e.Type != Person || i == 0 || !w.Toks[w.idx[i]].Arabic || w.idx[i-1] != w.idx[i]-1 {
		return false
	}
	prev := w.text(i - 1)
	for _, p := range ix.ar.Proclitics {
		if rest, ok := strings.CutPrefix(prev, p); ok && ix.given[rest] {
			prev = rest
			break
		}
	}
	if !ix.given[prev] {
		return false
	}
	for _, n := range e.Names.Ar {
		if ws := nameTokens(n); len(ws) > 1 && ws[0] == prev {
			return false // إبراهيم الجعفري: his own given name
		}
	}
	return true
}

// NewIndex builds the match index of g.
func NewIndex(g *Gazetteer) (*Index, error) {
	// The word lists load beside the Arabic rules and the index's arrays.
	type loaded struct {
		v   *vocab
		err error
	}
	vc := make(chan loaded, 1)
	go func() {
		v, err := loadVocab()
		vc <- loaded{v, err}
	}()
	ar, err := lang.LoadArabic()
	if err != nil {
		<-vc
		return nil, err
	}
	est := 3 + estimateNodes(g)
	b := &building{variantMemo: make(map[string][]string, len(g.Entities)),
		cands: make([]candLink, 0, est), kids: make([]kidLink, 0, est),
		candFirst: make([]int32, 0, est), candLast: make([]int32, 0, est),
		kidFirst: make([]int32, 0, est), kidLast: make([]int32, 0, est), kidCount: make([]uint8, 0, est)}
	nodes := make([]node, 0, est)
	vl := <-vc
	if vl.err != nil {
		return nil, vl.err
	}
	v := vl.v
	ix := &Index{g: g, ar: ar, vocab: v, nodes: nodes, given: map[string]bool{}, restricted: map[int32][]string{},
		altLetters: altLetterSets(ar.Alternations), b: b}
	ix.sportForms = ix.setForms(v.sport)
	for range 3 {
		ix.newNode(0)
	}
	for _, n := range ar.GivenNames {
		ix.given[n] = true
	}
	// The roots hold a child per distinct first word: sized up front, they
	// are not rehashed as they grow.
	for r := range 3 {
		ix.nodes[r].kidMap = make(map[string]int32, len(g.Entities))
	}
	ix.namedAfter, ix.namedAfterEn = map[string]bool{}, map[string]bool{}
	for _, n := range ar.NamedAfter {
		ix.namedAfter[n] = true
	}
	for _, n := range ar.NamedAfterEn {
		ix.namedAfterEn[n] = true
	}
	for _, p := range append(append([]string{}, ar.Proclitics...), ar.LamArticle...) {
		if r, _ := utf8.DecodeRuneInString(p); r >= 0x600 && r < 0x700 {
			ix.clitic[r-0x600] = true
		} else {
			ix.cliticElse = true
		}
	}
	for ei, e := range g.Entities {
		for i, n := range e.Names.En {
			ix.addName(n, Candidate{Entity: int32(ei), Via: via(i)}, true, e.Type)
		}
		for i, n := range e.Names.Ar {
			ix.addName(n, Candidate{Entity: int32(ei), Via: via(i)}, false, e.Type)
		}
		for _, n := range e.ContextNames {
			ix.addName(n, Candidate{Entity: int32(ei), Via: ViaAlias, Context: true}, !arabicLetters(n), e.Type)
		}
		if e.Bare != nil {
			for _, n := range e.Bare.En {
				ix.addName(n, Candidate{Entity: int32(ei), Via: ViaAlias, Bare: true}, true, e.Type)
			}
			for _, n := range e.Bare.Ar {
				ix.addName(n, Candidate{Entity: int32(ei), Via: ViaAlias, Bare: true}, false, e.Type)
			}
			ix.hasBare = ix.hasBare || len(e.Bare.En)+len(e.Bare.Ar) > 0
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
	// Where the estimate was far too generous (a gazetteer of many spelling
	// variants), the index keeps only what it uses.
	if cap(ix.nodes) > len(ix.nodes)+len(ix.nodes)/8 {
		ix.nodes = append(make([]node, 0, len(ix.nodes)), ix.nodes...)
	}
	ix.pack()
	ix.b = nil
	ix.buildFirstWords()
	return ix, nil
}

// pack lays out the nodes' candidates and children, chained in the
// building arenas while names were added, in one array each: few heap
// objects for the garbage collector to visit for as long as the index
// lives. Each node's slices keep their length as capacity, so that an
// append by a caller copies instead of writing over a neighbour's.
func (ix *Index) pack() {
	b := ix.b
	nk := 0
	for i := range ix.nodes {
		if ix.nodes[i].kidMap == nil {
			nk += int(b.kidCount[i])
		}
	}
	cands, kids := make([]Candidate, 0, len(b.cands)), make([]kid, 0, nk)
	for i := range ix.nodes {
		nd := &ix.nodes[i]
		start := len(cands)
		for l := b.candFirst[i]; l >= 0; l = b.cands[l].next {
			cands = append(cands, b.cands[l].c)
		}
		if len(cands) > start {
			nd.cands = cands[start:len(cands):len(cands)]
		}
		if nd.kidMap != nil {
			continue
		}
		start = len(kids)
		for l := b.kidFirst[i]; l >= 0; l = b.kids[l].next {
			kids = append(kids, b.kids[l].k)
		}
		if len(kids) > start {
			nd.kids = kids[start:len(kids):len(kids)]
		}
	}
}

// estimateNodes guesses the trie size of g: five nodes for four name words
// (one for the word as written, fewer for spelling variants and "al-"
// forms, which share nodes: 126,000 nodes for 107,000 words of the
// built-in gazetteer).
func estimateNodes(g *Gazetteer) int {
	n := 0
	count := func(names []string) {
		for _, s := range names {
			n += strings.Count(s, " ") + 1
		}
	}
	for _, e := range g.Entities {
		count(e.Names.En)
		count(e.Names.Ar)
		for _, r := range e.Roles {
			count(r.En)
			count(r.Ar)
		}
	}
	return n + n/4
}

func via(i int) Via {
	if i == 0 {
		return ViaName
	}
	return ViaAlias
}

// Gazetteer returns the indexed gazetteer.
func (ix *Index) Gazetteer() *Gazetteer { return ix.g }

// Article returns the Arabic definite article (ال) of lang/ar/names.yaml,
// normalized.
func (ix *Index) Article() string { return ix.ar.Article }

// Entity returns the entity of a candidate.
func (ix *Index) Entity(c Candidate) *Entity { return ix.g.Entities[c.Entity] }

// addName indexes a name and its generated variants.
func (ix *Index) addName(name string, c Candidate, english bool, t Type) {
	b := ix.b
	b.toks, b.caps = appendNameTokensCaps(b.toks[:0], b.caps[:0], name)
	toks, caps := b.toks, b.caps
	if len(toks) == 0 {
		return
	}
	n := ix.add(toks, caps, c, english)
	if len(toks) == 1 && ix.vocab.function[toks[0]] {
		ix.restrict(n, toks, textnorm.Spelling(strings.TrimSpace(name)))
	}
	if english && len(toks) > 1 && (toks[0] == "al" || toks[0] == "el") &&
		!(len(toks) == 2 && (utf8.RuneCountInString(toks[1]) < 4 || ix.vocab.common(toks[1]))) {
		// "al-Sudani" also as "Sudani".
		alt := c
		alt.Via = max(c.Via, ViaAlias)
		if c.Via == ViaRole {
			alt.Via = ViaRole
		}
		ix.restrict(ix.add(toks[1:], caps[1:], alt, english), toks[1:], "")
	}
	if !english {
		for v := range ix.variants(toks) {
			if len(v) == 1 && ix.vocab.common(v[0]) {
				continue // a spelling variant never makes a common word a name (اغري → اجري)
			}
			alt := c
			if alt.Via == ViaName {
				alt.Via = ViaAlias
			}
			ix.restrict(ix.add(v, nil, alt, false), v, "")
		}
		// A place written without its article: "عراق" for "العراق", unless
		// that is a common noun (مدينة for المدينة, شرق for الشرق).
		if t == Place && len(toks) == 1 && strings.HasPrefix(toks[0], ix.ar.Article) && utf8.RuneCountInString(toks[0]) >= 5 {
			if bare := strings.TrimPrefix(toks[0], ix.ar.Article); !ix.vocab.common(bare) {
				alt := c
				alt.Via = ViaAlias
				ix.add([]string{bare}, nil, alt, false)
			}
		}
	}
}

// restrict records that the one-word name toks, spelled spelling ("" when
// the name is a generated variant), ends at node n, if the word is a
// function word once normalized.
func (ix *Index) restrict(n int32, toks []string, spelling string) {
	if len(toks) != 1 || !ix.vocab.function[toks[0]] {
		return
	}
	sp := ix.restricted[n]
	if spelling != "" && !ix.vocab.functionSpelling[spelling] && !slices.Contains(sp, spelling) {
		sp = append(sp, spelling)
	}
	ix.restricted[n] = sp
}

// letterSet is a set of the Arabic-block letters (U+0600–U+06FF) of a word.
type letterSet [4]uint64

func letters(s string) (set letterSet, other bool) {
	for _, r := range s {
		if r < 0x600 || r > 0x6FF {
			other = true
			continue
		}
		set[(r-0x600)>>6] |= 1 << ((r - 0x600) & 63)
	}
	return set, other
}

// mayAlternate reports whether word w may contain a side of an alternation:
// whether it has every letter of one. Most words have none, and this spares
// the substring searches.
func (ix *Index) mayAlternate(w string) bool {
	ws, _ := letters(w)
	for _, need := range ix.altLetters {
		if (need[0]&^ws[0])|(need[1]&^ws[1])|(need[2]&^ws[2])|(need[3]&^ws[3]) == 0 {
			return true
		}
	}
	return false
}

// altLetterSets returns the letters of each non-empty side of alternations;
// a side with a letter outside the Arabic block needs none (it is checked
// by substring search always).
func altLetterSets(alternations [][2]string) []letterSet {
	var out []letterSet
	for _, alt := range alternations {
		for _, side := range alt {
			if side == "" {
				continue
			}
			set, other := letters(side)
			if other {
				set = letterSet{}
			}
			out = append(out, set)
		}
	}
	return out
}

// variants yields the spellings of toks produced by the alternation table,
// at most two substitutions per word: toks with one word replaced by one of
// its wordVariants. The slice yielded is reused: it is valid only until
// the next one.
func (ix *Index) variants(toks []string) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		for wi, w := range toks {
			for _, nw := range ix.wordVariants(w) {
				v := append(ix.b.variant[:0], toks...)
				ix.b.variant = v
				v[wi] = nw
				if !yield(v) {
					return
				}
			}
		}
	}
}

// wordVariants returns the spellings the alternation table makes of word w
// (of four letters or more), at most two substitutions away, in the order
// they are found, w itself excluded. Names share many words (مدينة X, بلدة
// X, قرية X), so the answers are remembered while the index is built.
func (ix *Index) wordVariants(w string) []string {
	if vs, ok := ix.b.variantMemo[w]; ok {
		return vs
	}
	var out []string
	if utf8.RuneCountInString(w) >= 4 && ix.mayAlternate(w) {
		seen := []string{w}
		words := []string{w}
		for round := 0; round < 2; round++ {
			var next []string
			for _, cur := range words {
				for _, alt := range ix.ar.Alternations {
					for _, pair := range [2][2]string{alt, {alt[1], alt[0]}} {
						if pair[0] == "" || !strings.Contains(cur, pair[0]) {
							continue
						}
						nw := strings.Replace(cur, pair[0], pair[1], 1)
						if slices.Contains(seen, nw) {
							continue
						}
						seen = append(seen, nw)
						out = append(out, nw)
						next = append(next, nw)
					}
				}
			}
			words = next
		}
	}
	ix.b.variantMemo[w] = out
	return out
}

// child returns the node after word from node n, or -1.
func (ix *Index) child(n int32, word string) int32 {
	nd := &ix.nodes[n]
	if nd.kidMap != nil {
		if k, ok := nd.kidMap[word]; ok {
			return k
		}
		return -1
	}
	for _, k := range nd.kids {
		if k.word == word {
			return k.node
		}
	}
	return -1
}

// buildChild is child while the index is built: the node after word from
// node n, or -1.
func (ix *Index) buildChild(n int32, word string) int32 {
	if m := ix.nodes[n].kidMap; m != nil {
		if k, ok := m[word]; ok {
			return k
		}
		return -1
	}
	b := ix.b
	for l := b.kidFirst[n]; l >= 0; l = b.kids[l].next {
		if b.kids[l].k.word == word {
			return b.kids[l].k.node
		}
	}
	return -1
}

// link makes to the child of n after word.
func (ix *Index) link(n int32, word string, to int32) {
	nd, b := &ix.nodes[n], ix.b
	if nd.kidMap == nil && b.kidCount[n] < maxKids && n >= 3 {
		l := int32(len(b.kids))
		b.kids = append(b.kids, kidLink{kid{word, to}, -1})
		if b.kidLast[n] >= 0 {
			b.kids[b.kidLast[n]].next = l
		} else {
			b.kidFirst[n] = l
		}
		b.kidLast[n] = l
		b.kidCount[n]++
		return
	}
	if nd.kidMap == nil {
		nd.kidMap = make(map[string]int32, 2*int(b.kidCount[n])+1)
		for l := b.kidFirst[n]; l >= 0; l = b.kids[l].next {
			nd.kidMap[b.kids[l].k.word] = b.kids[l].k.node
		}
		b.kidFirst[n], b.kidLast[n] = -1, -1
	}
	nd.kidMap[word] = to
}

// add indexes the name words toks for candidate c and returns the node that
// ends the name. caps[i] tells whether the gazetteer capitalizes word i
// (English names only).
func (ix *Index) add(toks []string, caps []bool, c Candidate, english bool) int32 {
	n := int32(rootAr)
	if english {
		n = rootEn
	}
	for wi, w := range toks {
		next := ix.buildChild(n, w)
		if next < 0 {
			next = ix.newNode(-2)
			ix.link(n, w, next)
			if rest, ok := strings.CutPrefix(w, ix.ar.Article); ok && wi == 0 && !english && rest != "" {
				ix.link(rootAl, rest, next)
			}
		}
		n = next
	}
	e := &ix.nodes[n]
	if english {
		cw := int8(-1)
		for i, c := range caps {
			if c {
				cw = int8(min(i, 127))
				break
			}
		}
		// Several spellings share the node: the most lenient one rules.
		if e.capWord == -2 || cw < 0 || (e.capWord >= 0 && cw > e.capWord) {
			e.capWord = cw
		}
	} else {
		e.capWord = -1
	}
	b := ix.b
	for l := b.candFirst[n]; l >= 0; l = b.cands[l].next {
		old := &b.cands[l].c
		if old.Entity == c.Entity && old.Via == c.Via && old.Role == c.Role && old.Context == c.Context {
			return n
		}
		if old.Entity == c.Entity && c.Via < old.Via && c.Via != ViaRole && old.Via != ViaRole {
			old.Via = c.Via
			return n
		}
	}
	l := int32(len(b.cands))
	b.cands = append(b.cands, candLink{c, -1})
	if b.candLast[n] >= 0 {
		b.cands[b.candLast[n]].next = l
	} else {
		b.candFirst[n] = l
	}
	b.candLast[n] = l
	return n
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
	// bare says which entities' bare names match where (MatchBare); nil:
	// none.
	bare func(entity int32, word int) bool
}

// MatchBare makes Find match the bare names (Entity.Bare) of the entities
// keep accepts where they start at word (an index of the words of w, as in
// SportMark.Word), given by index into Gazetteer.Entities; nil, the
// default, matches none.
func (w *Words) MatchBare(keep func(entity int32, word int) bool) { w.bare = keep }

// HasBare reports that some entity of the index has bare names.
func (ix *Index) HasBare() bool { return ix.hasBare }

// PrepareWords lists the words of toks and how they join.
func PrepareWords(t *textnorm.Text, toks []textnorm.Token) *Words {
	return PrepareWordsReusing(t, toks, nil)
}

// PrepareWordsReusing is PrepareWords writing over old (which must not be
// used after; nil: a new Words), for a caller that prepares text after
// text and is done with each Words before the next.
func PrepareWordsReusing(t *textnorm.Text, toks []textnorm.Token, old *Words) *Words {
	w := old
	if w == nil || cap(w.idx) < len(toks) || cap(w.join) < len(toks) {
		w = &Words{idx: make([]int, 0, len(toks)), join: make([]bool, 0, len(toks))}
	}
	*w = Words{T: t, Toks: toks, idx: w.idx[:0], join: w.join[:0]}
	prev := -1
	for i, tok := range toks {
		if tok.Kind == textnorm.Punct {
			continue
		}
		j := prev >= 0 && !tok.Newline
		for k := prev + 1; j && k < i; k++ {
			switch t.TokenText(toks[k]) {
			case "-", "'":
				if toks[k].Newline {
					j = false
				}
			case ".":
				// "U.S. Army", "George W. Bush", but not "... in Abu. Dhabi":
				// a full stop joins only after an initial or short abbreviation.
				if toks[k].Newline || k != prev+1 || utf8.RuneCountInString(t.TokenText(toks[prev])) > 2 {
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

// Find returns the leftmost-longest gazetteer matches in w, in text order:
// at each word the longest name starting there, then on after it. Names
// match whole normalized words that follow each other with only spaces,
// hyphens, apostrophes or an initial's full stop between them. An Arabic
// proclitic (lang/arabic.yaml) is removed from a word only when the rest
// of the word is a gazetteer name word and the whole name then matches;
// among equally long matches an unstripped word wins over a stripped one,
// so a name the gazetteer knows ("وسام") is never read as clitic + name.
// English names must be capitalized in the text where the gazetteer
// capitalizes them ("Turkey", not "turkey").
//
// A one-word name that normalization folds onto a function word (the person
// علي and the preposition على, WHO and "who") matches only where the text
// spells it as the gazetteer does (and that spelling is no function word),
// next to a given name (محمد على), or when the text also names one of its
// entities with a longer name; it then stands only for those entities.
func (ix *Index) Find(w *Words) []Match {
	var out, held []Match
	multi := map[int32]bool{} // entities named with more than one word
	for i := 0; i < len(w.idx); {
		m := ix.matchAt(w, i)
		if m.n == 0 {
			if m.held.Cands != nil {
				held = append(held, m.held)
			}
			i++
			continue
		}
		if m.n > 1 {
			for _, c := range m.best.Cands {
				if c.Via != ViaRole {
					multi[c.Entity] = true
				}
			}
		}
		out = append(out, m.best)
		i += m.n
	}
	if len(held) == 0 || len(multi) == 0 {
		return out
	}
	for _, h := range held {
		var cands []Candidate
		for _, c := range h.Cands {
			if multi[c.Entity] {
				cands = append(cands, c)
			}
		}
		if cands != nil {
			h.Cands = cands
			k, _ := slices.BinarySearchFunc(out, h.Tok, func(m Match, tok int) int { return m.Tok - tok })
			out = slices.Insert(out, k, h)
		}
	}
	return out
}

// matcher holds the best match found so far at one word.
type matcher struct {
	ix   *Index
	w    *Words
	i    int
	best Match
	n    int
	// held is a one-word match of a restricted name (see Find) that lacked
	// the evidence to stand alone.
	held Match
	// wordCommon: word i is a common word or given name as written, so a
	// proclitic is not stripped from it to match a one-word name (0 not
	// known yet, 1 yes, 2 no).
	wordCommon uint8
}

// tanween reports that word i ends in a tanween (دوماً, باكراً): an
// adverb or indefinite noun, never a name.
func (m *matcher) tanween() bool {
	tok := m.w.Toks[m.w.idx[m.i]]
	o := m.w.T.TokenOrig(tok)
	for _, r := range o {
		if textnorm.Is(r, textnorm.Tanween) {
			return true
		}
	}
	return false
}

// common reports (and remembers) whether word i as written is a common word
// or given name, or a common word with a pronoun suffix (كلامي, not ك +
// لامي) that is no given name.
func (m *matcher) common() bool {
	if m.wordCommon == 0 {
		m.wordCommon = 2
		if word := m.w.text(m.i); m.ix.vocab.frequent[word] || m.ix.given[word] || m.ix.suffixed(word) {
			m.wordCommon = 1
		}
	}
	return m.wordCommon == 1
}

// suffixed reports a word that is a frequent common word, not a given name,
// with a pronoun suffix (lang.Arabic.Enclitics) at its end: كلامي.
func (ix *Index) suffixed(word string) bool {
	for _, s := range ix.ar.Enclitics {
		if base, ok := strings.CutSuffix(word, s); ok && utf8.RuneCountInString(base) >= minStripped &&
			ix.vocab.frequent[base] && !ix.given[base] {
			return true
		}
	}
	return false
}

// walk follows the trie from root: first is word i as read (perhaps with a
// proclitic removed, skip bytes), and the following joined words after it.
func (m *matcher) walk(root int32, first string, skip int) {
	ix, w := m.ix, m.w
	if !ix.mayStart(root, first) {
		return
	}
	n := ix.child(root, first)
	for k := 1; n >= 0; k++ {
		nd := &ix.nodes[n]
		if len(nd.cands) > 0 && (k > m.n || (k == m.n && (skip < m.best.Skip || m.outweighs(k, nd.cands)))) &&
			(nd.capWord < 0 || w.Capitalized(m.i+int(nd.capWord))) {
			found := Match{Tok: w.idx[m.i], TokEnd: w.idx[m.i+k-1] + 1, Skip: skip, Cands: nd.cands}
			if found.Cands = ix.inContext(w, m.i, k, skip, nd.cands); found.Cands == nil {
				goto next
			}
			if k == 1 && (skip > 0 && m.common() || m.tanween()) {
				// not clitic + one-word name
			} else if sp, ok := ix.restricted[n]; k == 1 && ok && !ix.spelledAs(w, m.i, skip, root == rootAl, sp) && !ix.besideGivenName(w, m.i) {
				if m.held.Cands == nil {
					m.held = found
				}
			} else {
				m.best, m.n = found, k
			}
		}
	next:
		j := m.i + k
		if j >= len(w.idx) || !w.join[j] || (nd.kidMap == nil && len(nd.kids) == 0) {
			return
		}
		n = ix.child(n, w.text(j))
	}
}

// inContext returns cands less the context names (Candidate.Context) when
// words [i, i+k) of w are not read as a place there and less the bare names
// w does not match (Words.MatchBare) or a relative adjective qualifies
// (وزارة الخارجية المصرية is Egypt's), or nil when none is left.
func (ix *Index) inContext(w *Words, i, k, skip int, cands []Candidate) []Candidate {
	ctx := 0 // 0 unknown, 1 yes, 2 no
	var out []Candidate
	for j, c := range cands {
		if c.Bare {
			if w.bare != nil && w.bare(c.Entity, i) && !ix.nisbaAfter(w, i+k) {
				if out != nil {
					out = append(out, c)
				}
				continue
			}
			if out == nil {
				out = append(make([]Candidate, 0, len(cands)), cands[:j]...)
			}
			continue
		}
		if !c.Context {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if ctx == 0 {
			ctx = 2
			if ix.PlaceContext(w, i, skip) || ix.placeWordAfter(w, i+k) {
				ctx = 1
			}
		}
		if ctx == 1 {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(make([]Candidate, 0, len(cands)), cands[:j]...)
		}
	}
	if out == nil {
		return cands // every candidate stands
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// nisbaAfter reports that word j of w, joined to the word before it, is a
// definite relative adjective (المصرية, الكويتي).
func (ix *Index) nisbaAfter(w *Words, j int) bool {
	return j < len(w.idx) && w.join[j] && w.Toks[w.idx[j]].Arabic && ix.nisba(w.text(j))
}

// placeWordAfter reports that word j of w, joined to the word before it, is
// a place word (زنجبار عاصمة محافظة أبين).
func (ix *Index) placeWordAfter(w *Words, j int) bool {
	if j >= len(w.idx) || !w.join[j] {
		return false
	}
	if _, ok := ix.inSet(w.text(j), ix.vocab.placeWordAfter); ok {
		return true
	}
	return w.Toks[w.idx[j]].Arabic && ix.nisba(w.text(j))
}

// PlaceWordAfter reports that word j of w, joined to the word before it, is
// a place word or a relative adjective saying which country's town the name
// before it is (زنجبار عاصمة, مرسيليا الفرنسية).
func (ix *Index) PlaceWordAfter(w *Words, j int) bool { return ix.placeWordAfter(w, j) }

// Nisba reports that word, normalized (textnorm.NormString), is a definite
// relative adjective (الفرنسي, المصري): after a club's name it says which
// country's club it is (الأهلي المصري).
func (ix *Index) Nisba(word string) bool { return ix.nisba(word) }

// nisba reports a definite relative adjective (الفرنسي, اليمنية): after a
// town's name it says which country's town it is (مرسيليا الفرنسي).
func (ix *Index) nisba(word string) bool {
	rest, ok := strings.CutPrefix(word, ix.ar.Article)
	if !ok || utf8.RuneCountInString(rest) < 4 {
		return false
	}
	for _, suf := range ix.ar.NisbaSuffixes {
		if strings.HasSuffix(rest, suf) {
			return true
		}
	}
	return false
}

// arabicLetters reports a string with Arabic letters.
func arabicLetters(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r >= 0x600 && r < 0x700 })
}

// outweighs reports that a one-word reading with a proclitic stripped
// names places far bigger than the one-word reading already found, which
// names only places: وجدة in a Saudi text is و + جدة (Jeddah, 3.4 million),
// not Oujda (400,000). An unstripped reading otherwise wins.
func (m *matcher) outweighs(k int, cands []Candidate) bool {
	if k != 1 || m.n != 1 {
		return false
	}
	old, ok := m.ix.placesPopulation(m.best.Cands)
	neu, ok2 := m.ix.placesPopulation(cands)
	return ok && ok2 && neu > 2*old
}

// placesPopulation returns the largest population among the entities of
// cands, and false when one of them is no place.
func (ix *Index) placesPopulation(cands []Candidate) (int64, bool) {
	var p int64
	for _, c := range cands {
		e := ix.g.Entities[c.Entity]
		if e.Type != Place {
			return 0, false
		}
		p = max(p, e.Population)
	}
	return p, true
}

// spelledAs reports whether word i of w, from skip bytes of its normalized
// text on, is written as one of spellings (textnorm.Spelling forms). A word
// read through a lam article (al) is "ال" + the rest.
func (ix *Index) spelledAs(w *Words, i, skip int, al bool, spellings []string) bool {
	if len(spellings) == 0 {
		return false
	}
	tok := w.Toks[w.idx[i]]
	start, end := w.T.OrigSpan(int(tok.NStart)+skip, int(tok.NEnd))
	s := textnorm.Spelling(w.T.Slice(start, end))
	if al {
		s = ix.ar.ArticleHead + s
	}
	return slices.Contains(spellings, s)
}

// besideGivenName reports whether the word before or after word i, joined
// to it, is a common given name (lang.Arabic.GivenNames), perhaps after a
// proclitic: محمد على is Muhammad Ali.
func (ix *Index) besideGivenName(w *Words, i int) bool {
	given := func(j int) bool {
		if !w.Toks[w.idx[j]].Arabic {
			return false
		}
		word := w.text(j)
		if ix.given[word] {
			return true
		}
		for _, p := range ix.ar.Proclitics {
			if rest, ok := strings.CutPrefix(word, p); ok && ix.given[rest] {
				return true
			}
		}
		return false
	}
	return (i > 0 && w.join[i] && given(i-1)) || (i+1 < len(w.idx) && w.join[i+1] && given(i+1))
}

// minStripped is the fewest letters a word keeps when a proclitic is
// removed: بين is never ب + a two-letter name.
const minStripped = 3

// matchAt returns the longest match starting at word i (best, n words) or,
// failing that, a held restricted match.
func (ix *Index) matchAt(w *Words, i int) matcher {
	tok := w.Toks[w.idx[i]]
	word := w.text(i)
	m := matcher{ix: ix, w: w, i: i}
	m.walk(rootAr, word, 0)
	if !tok.Arabic {
		m.walk(rootEn, word, 0)
		return m
	}
	// Only words starting with a clitic letter can be stripped. A word that
	// is itself a common word or given name is not read as clitic + a
	// one-word name: ولاية is "state", not و + a town لاية; فؤاد is Fuad,
	// not ف + ؤاد (ورئيس الوزراء still starts a role).
	if r, _ := utf8.DecodeRuneInString(word); r < 0x600 || r >= 0x700 || !ix.clitic[r-0x600] {
		return m
	}

	for _, p := range ix.ar.Proclitics {
		if word[:min(len(p), len(word))] == p && utf8.RuneCountInString(word[len(p):]) >= minStripped {
			m.walk(rootAr, word[len(p):], len(p))
		}
	}
	for _, p := range ix.ar.LamArticle {
		// "للسوداني": strip all but the lam that stands for "ال"; the
		// name word "السوداني" keeps the rest and the article.
		if word[:min(len(p), len(word))] == p && utf8.RuneCountInString(word[len(p):]) >= minStripped-1 {
			m.walk(rootAl, word[len(p):], len(p)-len(ix.ar.ArticleLam))
		}
	}
	return m
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
	if !w.Toks[w.idx[i]].Arabic || !ix.mayHaveClitic(word) {
		return
	}
	for _, p := range ix.ar.Proclitics {
		if rest, ok := strings.CutPrefix(word, p); ok && utf8.RuneCountInString(rest) >= minStripped {
			fn(rest, len(p), false)
		}
	}
	for _, p := range ix.ar.LamArticle {
		if rest, ok := strings.CutPrefix(word, p); ok && utf8.RuneCountInString(rest) >= minStripped-1 {
			fn(rest, len(p)-len(ix.ar.ArticleLam), true)
		}
	}
}

// mayHaveClitic reports that word may start with a proclitic or a lam
// article: its first letter starts one (clitic), or one starts with no
// Arabic letter. Most words start with none, and coreference asks Stripped
// of every word (issue #19: its fourteen prefix tests were 1.5% of the CPU
// of tarikh events over SaudiNewsNet).
func (ix *Index) mayHaveClitic(word string) bool {
	if ix.cliticElse {
		return true
	}
	r, _ := utf8.DecodeRuneInString(word)
	return r >= 0x600 && r < 0x700 && ix.clitic[r-0x600]
}

// Len is the number of words.
func (w *Words) Len() int { return len(w.idx) }

// TokenIndex returns the token index of word i.
func (w *Words) TokenIndex(i int) int { return w.idx[i] }

// Joined reports that word i follows word i-1 with only spaces or joiners
// between (no punctuation).
func (w *Words) Joined(i int) bool { return i > 0 && i < len(w.join) && w.join[i] }

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

// appendNameTokensCaps appends to out the normalized words of a name, and
// to caps whether each starts with a capital letter or a digit as written.
func appendNameTokensCaps(out []string, caps []bool, s string) ([]string, []bool) {
	if toks, caps, ok := appendPlainNameTokens(out, caps, s); ok {
		return toks, caps
	}
	t := textnorm.Normalize(s)
	for _, tok := range t.Tokenize() {
		if tok.Kind != textnorm.Punct {
			out = append(out, t.TokenText(tok))
			r, _ := utf8.DecodeRuneInString(t.TokenOrig(tok))
			caps = append(caps, unicode.IsUpper(r) || unicode.IsDigit(r))
		}
	}
	return out, caps
}

// CorefKey returns the word of a person's name that may stand for the person
// later in an article (the last word), and false when the name has none: a
// one-word name, a short word, a word of coref_never, or a last word after
// one of coref_not_after ("بن", "آل", "أبو"...).
func (ix *Index) CorefKey(name string) (string, bool) {
	ws := nameTokens(name)
	if len(ws) < 2 {
		return "", false
	}
	k := ws[len(ws)-1]
	if utf8.RuneCountInString(k) < 3 || slices.Contains(ix.ar.CorefNever, k) || slices.Contains(ix.ar.CorefNotAfter, ws[len(ws)-2]) {
		return "", false
	}
	return k, true
}

// CorefFirstKey returns the first word of a person's Arabic name when it may
// stand for the person later in an article, as in a biography or a sports
// report ("بدأ نزار يكتب الشعر" after "نزار قباني"), and false when it may
// not: a one-word or non-Arabic name, a short word, a word of coref_never or
// coref_not_after ("عبد", "أبو"), a frequent common word.
func (ix *Index) CorefFirstKey(name string) (string, bool) {
	ws := nameTokens(name)
	if len(ws) < 2 {
		return "", false
	}
	k := ws[0]
	if r, _ := utf8.DecodeRuneInString(k); !unicode.Is(unicode.Arabic, r) {
		return "", false
	}
	if utf8.RuneCountInString(k) < 3 || slices.Contains(ix.ar.CorefNever, k) || slices.Contains(ix.ar.CorefNotAfter, k) || ix.vocab.common(k) {
		return "", false
	}
	return k, true
}

// InOrgName reports that the place name at words [i, j) of w is part of an
// organization's name (lang.Words.OrgBeforePlace, OrgAfterPlace): after
// وكالة أنباء/صحيفة/بنك/أجناد... or before للطيران in Arabic (وكالة أنباء
// الشرق الأوسط is MENA, مصر للطيران EgyptAir), after Port/Bank of... or
// before Airways/Times/Post... in English (Port Sudan, Jerusalem Post), as
// written or all in capitals (ALASKA AIR).
func (ix *Index) InOrgName(w *Words, i, j int) bool {
	before, after := ix.vocab.orgBefore, ix.vocab.orgAfter
	english := !w.Toks[w.idx[i]].Arabic
	if english {
		before, after = ix.vocab.orgBeforeEn, ix.vocab.orgAfterEn
	}
	// In capitals an abbreviation's case tells nothing: U.S. BANK FAILURE is
	// a bank failure in the U.S., so capitals count only after a full name.
	caps := english
	for k := i; k < j && caps; k++ {
		t := w.T.TokenOrig(w.Toks[w.idx[k]])
		caps = len(t) > 1 && !strings.Contains(t, ".")
	}
	for _, e := range before {
		if ix.wordsAt(w, i-len(e), e, english, caps, false) {
			return true
		}
	}
	for _, e := range after {
		if ix.wordsAt(w, j, e, english, caps, true) {
			return true
		}
	}
	return false
}

// wordsAt reports whether words [at, at+len(entry)) of w are entry, joined
// to each other and to the name they stand before (or, after, follow):
// normalized Arabic (the first word perhaps after a proclitic), or English
// as written (or all in capitals, with caps).
func (ix *Index) wordsAt(w *Words, at int, entry []string, english, caps, after bool) bool {
	end := at + len(entry)
	if at < 0 || end > len(w.idx) || (!after && end >= len(w.idx)) {
		return false
	}
	from, to := at+1, end // the entry's words after its first, and the name
	if after {
		from, to = at, end-1 // the entry's words, the first joined to the name
	}
	for k := from; k <= to; k++ {
		if !w.join[k] {
			return false
		}
	}
	for k, want := range entry {
		tok := w.Toks[w.idx[at+k]]
		if english {
			// As written, or all in capitals as a wire headline writes it
			// (ALASKA AIR is Alaska Air, not the state).
			if orig := w.T.TokenOrig(tok); tok.Arabic || orig != want && (!caps || orig != strings.ToUpper(want)) {
				return false
			}
			continue
		}
		got := w.text(at + k)
		if got == want {
			continue
		}
		if k > 0 || !tok.Arabic || !ix.hasProclitic(got, want) {
			return false
		}
	}
	return true
}

// hasProclitic reports whether word is one of the proclitics + rest.
func (ix *Index) hasProclitic(word, rest string) bool {
	p, ok := strings.CutSuffix(word, rest)
	return ok && slices.Contains(ix.ar.Proclitics, p)
}

// plainNameTokens is appendNameTokensCaps for the common case of a name made of
// ASCII letters or Arabic letters (no marks, digits or punctuation) and
// single spaces, which textnorm would split at the spaces; ok is false for
// any other name.
func plainNameTokens(s string) (toks []string, caps []bool, ok bool) {
	return appendPlainNameTokens(nil, nil, s)
}

// appendPlainNameTokens is plainNameTokens appending to toks and caps.
func appendPlainNameTokens(toks []string, caps []bool, s string) ([]string, []bool, bool) {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return toks, caps, false
	}
	for _, r := range s {
		switch {
		case r == ' ', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 0x621 && r <= 0x64A:
		default:
			return toks, caps, false
		}
	}
	if toks == nil {
		n := strings.Count(s, " ") + 1
		toks, caps = make([]string, 0, n), make([]bool, 0, n)
	}
	for w := range strings.SplitSeq(s, " ") {
		toks = append(toks, textnorm.NormString(w))
		r, _ := utf8.DecodeRuneInString(w)
		caps = append(caps, unicode.IsUpper(r))
	}
	return toks, caps, true
}

// SportMark is one sports word of a text (lang.Words.SportWords): its word
// index in Words and the listed word it matched (the same for its clitic
// forms).
type SportMark struct {
	Word int
	Key  string
}

// SportMarks lists the sports words of w in text order, for SportsNear.
func (ix *Index) SportMarks(w *Words) []SportMark {
	var out []SportMark
	for i := range w.idx {
		if word, ok := ix.sportForms[w.text(i)]; ok {
			out = append(out, SportMark{Word: i, Key: word})
		}
	}
	return out
}

// SportsNear reports that three or more distinct sports words (marks, from
// SportMarks) stand within radius words of words [i, j): the name is in a
// match report's passage, where a town's name is mostly its team's. A
// digest of news whose last item is a match report does not make the
// towns of the other items teams.
func SportsNear(marks []SportMark, i, j, radius int) bool {
	lo := sort.Search(len(marks), func(k int) bool { return marks[k].Word >= i-radius })
	var seen [3]string
	n := 0
	for _, m := range marks[lo:] {
		if m.Word >= j+radius {
			break
		}
		if slices.Contains(seen[:n], m.Key) {
			continue
		}
		seen[n] = m.Key
		if n++; n == len(seen) {
			return true
		}
	}
	return false
}

// PlaceContext reports that the name starting at word i of w reads as a
// place: a place word stands right before it (في, شمال, مدينة; in, near), or
// it carries the proclitic ب ("in"), skip bytes of it being stripped.
func (ix *Index) PlaceContext(w *Words, i, skip int) bool {
	if skip > 0 && strings.HasSuffix(w.text(i)[:skip], ix.ar.PlaceProclitic) && utf8.RuneCountInString(w.text(i)[skip:]) >= 5 {
		return true // بزنجبار; but not بلاتر (Blatter) or بكسل (pixels)
	}
	return ix.wordBefore(w, i, ix.vocab.placeWord)
}

// SportsPlaceContext is PlaceContext for a sports article: only a strong
// place word before the name (مدينة, العاصمة) makes it the place.
func (ix *Index) SportsPlaceContext(w *Words, i int) bool {
	return ix.wordBefore(w, i, ix.vocab.sportPlaceWord)
}

// AfterProvinceWord reports a name right after ولاية, إقليم or مقاطعة: a
// province's name (ولاية قندهار), not its town's.
func (ix *Index) AfterProvinceWord(w *Words, i int) bool {
	return ix.wordBefore(w, i, ix.vocab.provinceWord)
}

// wordBefore reports that the word before word i, joined to it, is in set
// (perhaps after a proclitic).
func (ix *Index) wordBefore(w *Words, i int, set map[string]bool) bool {
	if i == 0 || !w.join[i] {
		return false
	}
	_, ok := ix.inSet(w.text(i-1), set)
	return ok
}

// inSet returns the form of word that set holds: as written, after a
// proclitic, or with a lam article read as "ال" (للمباراة → المباراة).
func (ix *Index) inSet(word string, set map[string]bool) (string, bool) {
	if set[word] {
		return word, true
	}
	for _, p := range ix.ar.Proclitics {
		if rest, ok := strings.CutPrefix(word, p); ok && set[rest] {
			return rest, true
		}
	}
	for _, p := range ix.ar.LamArticle {
		if rest, ok := strings.CutPrefix(word, p); ok && set[ix.ar.Article+rest] {
			return ix.ar.Article + rest, true
		}
	}
	return "", false
}

// setForms returns every word that inSet finds in set, with what inSet
// returns for it: inSet(word, set) is (forms[word], true) when word is in
// forms, else ("", false). The forms are laid down in inSet's order of
// preference (as written, then each proclitic in turn, then each lam
// article), an earlier one never replaced.
func (ix *Index) setForms(set map[string]bool) map[string]string {
	forms := make(map[string]string, len(set)*(1+len(ix.ar.Proclitics)))
	add := func(form, word string) {
		if _, ok := forms[form]; !ok {
			forms[form] = word
		}
	}
	for w := range set {
		add(w, w)
	}
	for _, p := range ix.ar.Proclitics {
		for w := range set {
			add(p+w, w)
		}
	}
	for _, p := range ix.ar.LamArticle {
		for w := range set {
			if rest, ok := strings.CutPrefix(w, ix.ar.Article); ok {
				add(p+rest, w)
			}
		}
	}
	return forms
}

// AfterQuantity reports that Arabic word i of w follows, joined, a number or
// a word that counts (lang.Words.QuantityWords): 90 ميلا is 90 miles, not
// Mila; مليون أكرا a million acres, not Accra.
//
// The number must stand right before the word, without a full stop (a list's
// "3. الكاميرون"), and not be a year (2018 لروسيا: skip > 0, the proclitic
// says "to"); skip bytes of word i are a stripped proclitic.
func (ix *Index) AfterQuantity(w *Words, i, skip int) bool {
	if i == 0 || skip > 0 || !w.join[i] || !w.Toks[w.idx[i]].Arabic || w.idx[i-1] != w.idx[i]-1 {
		return false
	}
	if prev := w.Toks[w.idx[i-1]]; prev.Kind == textnorm.Number {
		return len(w.text(i-1)) != 4 // a year (عام 2015 القاهرة) says nothing
	}
	_, ok := ix.inSet(w.text(i-1), ix.vocab.quantity)
	return ok
}

// OpensIdiom reports that the place name of words [i, j) of w opens a set
// phrase of lang.Words.PlaceIdioms: its last word ends with an idiom's
// first word and the next word, joined, begins with the idiom's second
// (مسقط رأسه is his birthplace, not Muscat; باليمن والبركات "with
// blessings", not Yemen).
func (ix *Index) OpensIdiom(w *Words, i, j int) bool {
	if j <= i || j >= len(w.idx) || !w.join[j] || !w.Toks[w.idx[j]].Arabic {
		return false
	}
	last, next := w.text(j-1), w.text(j)
	for _, id := range ix.vocab.idioms {
		if strings.HasSuffix(last, id[0]) && strings.HasPrefix(next, id[1]) { // two words each (loadVocab)
			return true
		}
	}
	return false
}

// ClosesIdiom reports that the place name of words [i, j) of w closes a
// set phrase of lang.Words.PlaceIdiomsAfter: the word before it, joined,
// ends with an idiom's first word and the name's first word ends with the
// idiom's second (صلاة المغرب and بعد المغرب are the sunset prayer, not
// Morocco).
func (ix *Index) ClosesIdiom(w *Words, i, j int) bool {
	if i == 0 || j <= i || !w.join[i] || !w.Toks[w.idx[i-1]].Arabic || !w.Toks[w.idx[i]].Arabic {
		return false
	}
	prev, first := w.text(i-1), w.text(i)
	for _, id := range ix.vocab.idiomsAfter {
		if strings.HasSuffix(prev, id[0]) && strings.HasSuffix(first, id[1]) { // two words each (loadVocab)
			return true
		}
	}
	return false
}

// AdjectiveAfterNoun reports that Arabic word i of w is a definite relative
// adjective (nisba, المطرية) right after a definite feminine word that is
// no place word (الحالة المطرية, the rainy weather): an adjective agreeing
// with its noun, not the town of that name. Countries' adjectives are left to the
// caller (الحكومة السعودية names Saudi Arabia's government).
func (ix *Index) AdjectiveAfterNoun(w *Words, i int) bool {
	if i == 0 || !w.join[i] || !w.Toks[w.idx[i]].Arabic || !w.Toks[w.idx[i-1]].Arabic || !ix.nisba(w.text(i)) {
		return false
	}
	// Only a feminine noun and adjective (ة on both: الحالة المطرية) say
	// so surely: الآن الرمادي (now Ramadi) and الأهم اللاذقية (most
	// important, Latakia) are a definite word before a town.
	prev := w.text(i - 1)
	if !strings.HasPrefix(prev, ix.ar.Article) || utf8.RuneCountInString(prev) < 4 || !strings.HasSuffix(prev, ix.ar.FeminineNorm) || !strings.HasSuffix(w.text(i), ix.ar.FeminineNisba) {
		return false
	}
	_, place := ix.inSet(prev, ix.vocab.placeWord)
	return !place
}

// PronounSuffixed reports that word i of w ends in the pronoun ه (names.yaml
// pronoun_his) where every one-word Arabic name of e that the word could be
// spells that letter with the feminine ending ة (feminine_ending): قفصه in
// أضلاع قفصه الصدري is "his rib cage" (قفص + ه), not Gafsa (قفصة); من ناصره
// "those who backed him", not Nazareth. skip bytes of the word are a
// stripped proclitic. A place word before the name (في قفصه) still makes
// it the place; the caller checks that.
func (ix *Index) PronounSuffixed(w *Words, i, skip int, e *Entity) bool {
	tok := w.Toks[w.idx[i]]
	if !tok.Arabic {
		return false
	}
	start, end := w.T.OrigSpan(int(tok.NStart)+skip, int(tok.NEnd))
	sp := textnorm.Spelling(w.T.Slice(start, end))
	stem, ok := strings.CutSuffix(sp, ix.ar.PronounHis)
	if !ok || utf8.RuneCountInString(stem) < 2 {
		return false
	}
	taMarbuta := false
	for _, names := range [][]string{e.Names.Ar, e.ContextNames} {
		for _, n := range names {
			if !arabicLetters(n) {
				continue
			}
			ws := strings.Fields(textnorm.Spelling(n))
			if len(ws) == 0 {
				continue
			}
			switch strings.TrimPrefix(ws[len(ws)-1], ix.ar.Article) {
			case strings.TrimPrefix(sp, ix.ar.Article):
				return false // the entity's own spelling with ه
			case strings.TrimPrefix(stem, ix.ar.Article) + ix.ar.FeminineEnding:
				taMarbuta = true
			}
		}
	}
	return taMarbuta
}

// BeforeFamilyName reports that word i of w, as written, is a common given
// name and the word after it, joined, starts with the article: بشار الجعفري
// and بشار الأسد are men, not the town Béchar; رياض الأطفال is no Riyadh.
func (ix *Index) BeforeFamilyName(w *Words, i int) bool {
	if i+1 >= len(w.idx) || !w.join[i+1] || !ix.given[w.text(i)] || !w.Toks[w.idx[i+1]].Arabic {
		return false
	}
	return strings.HasPrefix(w.text(i+1), ix.ar.Article)
}

// BeforeSonOf reports that the word after word j-1 of w, joined, says "son
// of" (son_of of lang/ar/names.yaml: بن, ابن): الشيخ بدر بن محمد is a man,
// not the town Ash Shaykh Badr.
func (ix *Index) BeforeSonOf(w *Words, j int) bool {
	if j >= len(w.idx) || !w.join[j] {
		return false
	}
	return slices.Contains(ix.ar.SonOf, w.text(j))
}

// AfterPersonName reports that word i of w follows, joined, a given name or
// a word of a person's name (بن, ابن, أبو, آل...): علي الأحمدي and ابن باجة
// are people, not the towns Al Ahmadi and Béja.
func (ix *Index) AfterPersonName(w *Words, i int) bool {
	if i == 0 || !w.join[i] || !w.Toks[w.idx[i-1]].Arabic {
		return false
	}
	prev := w.text(i - 1)
	if ix.vocab.function[prev] {
		// على بعلبك: the preposition, not the name علي. Written علي, the
		// word is read as the name (علي الأحمدي).
		tok := w.Toks[w.idx[i-1]]
		if sp := textnorm.Spelling(w.T.TokenOrig(tok)); sp != prev && ix.vocab.functionSpelling[sp] {
			return false
		}
	}
	if ix.given[prev] || slices.Contains(ix.ar.CorefNotAfter, prev) {
		return true
	}
	for _, p := range ix.ar.Proclitics {
		if rest, ok := strings.CutPrefix(prev, p); ok && (ix.given[rest] || slices.Contains(ix.ar.CorefNotAfter, rest)) {
			return true
		}
	}
	return false
}
