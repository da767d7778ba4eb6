package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// An atom is one fact about one token, as a 64-bit hash or small code.
// Features combine the atoms of the token and its neighbours.
type atomKind uint8

const (
	aBias  atomKind = iota // constant
	aWord                  // the normalized word
	aStem                  // the word without proclitic and article (Arabic)
	aPre2                  // the stem's first two letters
	aPre3                  // ... three letters
	aSuf2                  // ... two letters
	aSuf3                  // ... three letters
	aShape                 // capitalization, length, clitics: see shapeOf
	aHint                  // the gazetteer's word (Hint)
	aCue                   // cue classes of lang/<code>/ner_cues.yaml
	aFirst                 // 1 for the sentence's first word, 2 after it
	aKey                   // shape, cue classes, hint and aFirst together
	numAtoms
)

// feature is one feature template: atom a of the token at offset da from
// the current one, joined with atom b of the token at db when b is set.
type feature struct {
	name   string
	a      atomKind
	da     int8
	b      atomKind
	db     int8
	paired bool
}

func one(name string, a atomKind, da int8) feature { return feature{name: name, a: a, da: da} }

func pair(name string, a atomKind, da int8, b atomKind, db int8) feature {
	return feature{name: name, a: a, da: da, b: b, db: db, paired: true}
}

// features is the feature set, in the style of CRFsuite's and Stanford NER's
// templates: the word and its stem, affixes, shape, a window of ±2 stems,
// the gazetteer's word on the token and its neighbours, and cue words.
// A model file records these names; a model trained with another list is
// refused at load.
var features = []feature{
	one("bias", aBias, 0),
	one("w", aWord, 0),
	one("s", aStem, 0), one("s-1", aStem, -1), one("s+1", aStem, 1), one("s-2", aStem, -2), one("s+2", aStem, 2),
	pair("s-1|s", aStem, -1, aStem, 0), pair("s|s+1", aStem, 0, aStem, 1),
	one("p2", aPre2, 0), one("p3", aPre3, 0), one("x2", aSuf2, 0), one("x3", aSuf3, 0),
	one("x3-1", aSuf3, -1), one("p3+1", aPre3, 1),
	one("k", aKey, 0), one("k-1", aKey, -1), one("k+1", aKey, 1),
	pair("c-2|g+2", aCue, -2, aHint, 2),
	pair("sh-1|sh+1", aShape, -1, aShape, 1),
	one("w-1", aWord, -1), one("w+1", aWord, 1),
	one("c-1", aCue, -1), one("g", aHint, 0), one("c+1", aCue, 1),
}

// numFeatures is len(features).
var numFeatures = len(features)

// maxFeatures bounds len(features) (Model.emissions keeps a token's buckets
// in an array of this size; TestMaxFeatures checks the bound).
const maxFeatures = 32

// featureNames lists the names of features, in order.
func featureNames() []string {
	out := make([]string, len(features))
	for i, f := range features {
		out[i] = f.name
	}
	return out
}

// Hint is what a gazetteer says about a token: the types of the names that
// cover it, and whether it continues a name rather than starts one.
type Hint uint8

// Hint bits.
const (
	HintPerson Hint = 1 << iota
	HintPlace
	HintOrg
	HintInside // the token continues a gazetteer name
	HintRole   // the token is part of a role description ("رئيس الوزراء العراقي")
	HintMulti  // the name is of two words or more
)

// featurizer turns tokens into feature bucket numbers.
type featurizer struct {
	logBuckets uint
	st         *stemmer
	cues       *cueTable
	// specs is features as Model.emissions reads them (specsOf).
	specs [maxFeatures]featureSpec
}

// featureSpec is a feature with what bucket works out for it each time
// done once: its seed and whether it is lexical.
type featureSpec struct {
	seed    uint64 // the feature's number, mixed into its atoms
	da, db  int8
	a, b    atomKind
	paired  bool
	lexical bool
	// dense is the feature's table in Model.dense, -1 for none: a
	// feature of one cue or hint atom, or the bias, takes so few values
	// that its rows are read from a table instead of hashed.
	dense int8
}

// specsOf returns the specs of features (the first numFeatures of them).
func specsOf() [maxFeatures]featureSpec {
	var out [maxFeatures]featureSpec
	dense := int8(0)
	for fi := range features {
		f := &features[fi]
		out[fi] = featureSpec{seed: uint64(fi+1) * 0x9E3779B97F4A7C15, da: f.da, db: f.db, a: f.a, b: f.b, paired: f.paired, lexical: f.lexical(), dense: -1}
		if f.small() {
			out[fi].dense = dense
			dense++
		}
	}
	return out
}

// small reports a feature of one atom that takes at most 256 values (a
// cue's, a hint's, the bias) besides the outside-the-sentence ones.
func (f *feature) small() bool {
	if f.paired {
		return false
	}
	switch f.a {
	case aBias, aCue, aHint:
		return true
	}
	return false
}

// denseValues is how many values of a small feature's atom a dense table
// holds: 0..256 (a hint is 1..256), and the two outside-the-sentence atoms.
const denseValues = 259

// denseSlot returns the slot of atom value v of kind a in a dense table.
func denseSlot(v uint64, a atomKind) (int, bool) {
	switch {
	case v <= 256:
		return int(v), true
	case v == beforeStart+uint64(a):
		return 257, true
	case v == afterEnd+uint64(a):
		return 258, true
	}
	return 0, false
}

// denseRows returns the dense tables of the small features under fz and w
// (by featureSpec.dense): the weight row of each value of their atom, zero
// where the bucket has none.
func denseRows(fz *featurizer, w *weightTable) [][denseValues][NumTags]int8 {
	var out [][denseValues][NumTags]int8
	for fi := range features {
		f := &fz.specs[fi]
		if f.dense < 0 {
			continue
		}
		var t [denseValues][NumTags]int8
		for slot := range t {
			v := uint64(slot)
			switch slot {
			case 257:
				v = beforeStart + uint64(f.a)
			case 258:
				v = afterEnd + uint64(f.a)
			}
			if r := w.row(fz.bucket(fi, v, 0)); r != nil {
				copy(t[slot][:], r)
			}
		}
		out = append(out, t)
	}
	return out
}

// atoms fills at[k*numAtoms+a] with atom a of token from+k, for tokens
// [from, to). With a word cache, a token whose word it holds gets only the
// atoms that are not lexical (cached[k] is then its entry, else -1), the
// lexical features' weights coming from the entry.
func (fz *featurizer) atoms(t *textnorm.Text, toks []textnorm.Token, from, to int, hints []Hint, at []uint64, wc *wordCache, cached []int32) {
	first := true
	for k := from; k < to; k++ {
		tok := toks[k]
		a := at[(k-from)*int(numAtoms):][:numAtoms]
		w := t.Norm[tok.NStart:tok.NEnd]
		a[aBias] = 1
		a[aWord] = strHash(w)
		ci := wc.lookup(a[aWord])
		if cached != nil {
			cached[k-from] = ci
		}
		if ci >= 0 {
			e := &wc.entries[ci]
			a[aStem], a[aCue] = e.stem, uint64(e.cue)
			if tok.Arabic && tok.Kind == textnorm.Word {
				a[aShape] = uint64(arabicShape(e.flags, int(e.stemLen)))
			} else {
				a[aShape] = uint64(shapeOf(t, tok, w, 0))
			}
		} else {
			var flags uint8
			s := w
			if tok.Arabic {
				s, flags = fz.st.stem(w)
			}
			a[aStem] = a[aWord]
			if len(s) != len(w) {
				a[aStem] = strHash(s)
			}
			a[aPre2] = strHash(prefixRunes(s, 2))
			a[aPre3] = strHash(prefixRunes(s, 3))
			a[aSuf2] = strHash(suffixRunes(w, 2))
			a[aSuf3] = strHash(suffixRunes(w, 3))
			a[aShape] = uint64(shapeOf(t, tok, s, flags))
			a[aCue] = uint64(fz.cues.lookup(a[aWord]) | fz.cues.lookup(a[aStem]))
		}
		if k > from && at[(k-from-1)*int(numAtoms)+int(aCue)]&cueParticle != 0 {
			// "الملك" in "عبد الملك" is a name word, not a title.
			a[aCue] &^= cueTitle | cuePlace | cueOrgHead
		}
		a[aHint] = 1 // no hint, as when hints is nil
		if hints != nil {
			a[aHint] = uint64(hints[k]) + 1
		}
		a[aFirst] = 2
		if first && tok.Kind != textnorm.Punct {
			a[aFirst], first = 1, false
		}
		a[aKey] = a[aShape]<<16 | a[aCue]<<8 | a[aHint] | a[aFirst]<<32
	}
}

// lexical reports a feature made of one atom that depends on the word
// alone: a word cache entry holds its weights.
func (f *feature) lexical() bool {
	if f.paired {
		return false
	}
	switch f.a {
	case aWord, aStem, aPre2, aPre3, aSuf2, aSuf3:
		return true
	}
	return false
}

// bucket returns the bucket of feature fi with atoms a (and b, for a pair).
func (fz *featurizer) bucket(fi int, a, b uint64) uint32 {
	f := &fz.specs[fi]
	h := mix(f.seed ^ a)
	if f.paired {
		h = mix(h ^ b*pairMix)
	}
	return uint32(h >> (64 - fz.logBuckets))
}

// pairMix multiplies a paired feature's second atom before it is mixed in
// (featurizer.bucket, Model.emissions).
const pairMix = 0xC2B2AE3D27D4EB4F

// Outside-the-sentence atoms, per side.
const (
	beforeStart = 0x5bd1e9955bd1e995
	afterEnd    = 0x27d4eb2f165667c5
)

// buckets fills out with the feature buckets of tokens [from, to): out[k*
// numFeatures+f] for feature f of token from+k. at holds the atoms.
func (fz *featurizer) buckets(n int, at []uint64, out []uint32) {
	for k := 0; k < n; k++ {
		o := out[k*numFeatures:][:numFeatures]
		for fi := range features {
			f := &features[fi]
			o[fi] = fz.bucket(fi, atomAt(at, n, k+int(f.da), f.a), atomAt(at, n, k+int(f.db), f.b))
		}
	}
}

// atomAt returns atom a of token k of n, or the outside-the-sentence atom.
func atomAt(at []uint64, n, k int, a atomKind) uint64 {
	switch {
	case k < 0:
		return beforeStart + uint64(a)
	case k >= n:
		return afterEnd + uint64(a)
	}
	return at[k*int(numAtoms)+int(a)]
}

// shapeOf codes what a token looks like. Arabic words: whether a proclitic
// or the article was removed, and the stem's length. Latin words:
// capitalization (first letter, all capitals, capitals inside), length.
// Numbers: their length. Punctuation: one class.
func shapeOf(t *textnorm.Text, tok textnorm.Token, stem string, flags uint8) uint32 {
	switch tok.Kind {
	case textnorm.Number:
		return 0x100 | uint32(min(tok.NEnd-tok.NStart, 5))
	case textnorm.Punct:
		return 0x200
	}
	if tok.Arabic {
		return arabicShape(flags, utf8.RuneCountInString(stem))
	}
	orig := t.TokenOrig(tok)
	var upper, lower, n int
	firstUp := false
	for i, r := range orig {
		switch {
		case unicode.IsUpper(r):
			upper++
			firstUp = firstUp || i == 0
		case unicode.IsLower(r):
			lower++
		}
		n++
	}
	var c uint32
	switch {
	case upper == 0:
		c = 0 // lower case
	case lower == 0 && n > 1:
		c = 1 // ALL CAPS
	case firstUp && upper == 1:
		c = 2 // Capitalized
	case firstUp:
		c = 3 // McCain
	default:
		c = 4 // iPhone
	}
	return 0x400 | c<<4 | lenClass(n)
}

// arabicShape is the shape of an Arabic word: what stem removed, and the
// stem's length in letters.
func arabicShape(flags uint8, stemLen int) uint32 {
	return 0x300 | uint32(flags)<<4 | lenClass(stemLen)
}

func lenClass(n int) uint32 {
	switch {
	case n <= 1:
		return 0
	case n == 2:
		return 1
	case n <= 4:
		return 2
	case n <= 6:
		return 3
	}
	return 4
}

// prefixRunes returns the first n code points of s (all of s when shorter).
func prefixRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}

// suffixRunes returns the last n code points of s (all of s when shorter).
func suffixRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		if s[i-1] < utf8.RuneSelf {
			i--
			continue
		}
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return s[i:]
}

// strHash is FNV-1a of s; never 0 (0 marks an empty cue-table slot).
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	if h == 0 {
		h = 1
	}
	return h
}

// mix is the splitmix64 finalizer.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}
