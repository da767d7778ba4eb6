package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

// Model is a trained sequence labeller for one language: feature weights
// in a flat table indexed by hashed feature and tag, tag transitions, and
// Viterbi decoding over BIO tags. It is safe for concurrent use.
type Model struct {
	// Lang is the language code the model was trained for ("ar", "en").
	Lang string
	// Header is the model file's text header: what it was trained on, its
	// licence and attribution.
	Header string

	fz    featurizer
	w     weightTable
	trans transitions
	// nameWords holds the hashes of words seen as the first word of a name
	// in training, sorted: whether "وإسرائيل" is و + a name.
	nameWords []uint64
	// vocab holds the hashes of the words of the training text, sorted.
	vocab []uint64
	pool  sync.Pool
	// words holds the summed lexical weights of frequent words.
	words *wordCache
	// frequent holds the hashes of all the language's frequent words
	// (lang/<code>/frequent_words.yaml, not only those of words), sorted;
	// function those of its function words (words.yaml), sorted.
	frequent, function []uint64
	// dense holds the weight rows of the small features by value (see
	// featureSpec.dense); nil until the weights are set.
	dense [][denseValues][NumTags]int8
	// OPenalty is subtracted from every token's score for O: a larger one
	// finds more names at some cost in precision.
	OPenalty int64
}

// scratch is the per-call working memory of Label.
type scratch struct {
	saved  []int64
	tags2  []Tag
	atoms  []uint64
	cached []int32
	feats  []uint32
	em     []int64
	back   []uint8
	tags   []Tag
}

func (m *Model) scratch(n int) *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	if cap(s.tags) < n {
		c := max(n, 64)
		s.atoms = make([]uint64, c*int(numAtoms))
		s.cached = make([]int32, c)
		s.feats = make([]uint32, c*numFeatures)
		s.em = make([]int64, c*NumTags)
		s.back = make([]uint8, c*NumTags)
		s.tags = make([]Tag, c)
		s.tags2 = make([]Tag, c)
	}
	return s
}

// Label finds the names in tokens [from, to) of t, one sentence; hints[k]
// is the gazetteer's word on token k (nil for none). The spans are appended
// to out, in text order.
func (m *Model) Label(t *textnorm.Text, toks []textnorm.Token, from, to int, hints []Hint, out []Span) []Span {
	out, _ = m.LabelChecked(t, toks, from, to, hints, out, nil, nil)
	return out
}

// LabelChecked is Label that also weighs the spans of check (names a
// gazetteer found in the sentence): margins[i] is how much better the
// labeller's best reading scores than the best one that reads check[i] as a
// name of its type (0 when the best reading does). The margins are appended
// to margins.
func (m *Model) LabelChecked(t *textnorm.Text, toks []textnorm.Token, from, to int, hints []Hint, out []Span, check []Span, margins []int64) ([]Span, []int64) {
	n := to - from
	if n <= 0 {
		for range check {
			margins = append(margins, 0)
		}
		return out, margins
	}
	s := m.scratch(n)
	defer m.pool.Put(s)
	em := m.emissions(t, toks, from, to, hints, s, m.words)
	tags := s.tags[:n]
	best := viterbi(em, n, &m.trans, s.back, tags)
	for _, c := range check {
		margins = append(margins, best-m.forced(em, n, s, c.Tok-from, c.TokEnd-from, c.Type))
	}
	return Spans(tags, from, out), margins
}

// forced returns the best score of a reading that tags tokens [i, j) as one
// name of type typ.
func (m *Model) forced(em []int64, n int, s *scratch, i, j int, typ Type) int64 {
	if i < 0 || j > n || i >= j || typ == None {
		return minScore
	}
	const off = int64(1) << 40
	saved := s.saved[:0]
	for k := i; k < j; k++ {
		saved = append(saved, em[k*NumTags:(k+1)*NumTags]...)
		want := Inside(typ)
		if k == i {
			want = Begin(typ)
		}
		for x := 0; x < NumTags; x++ {
			if Tag(x) != want {
				em[k*NumTags+x] -= off
			}
		}
	}
	if j < n && j-i > 0 { // the name ends at j: no I- of its type after it
		saved = append(saved, em[j*NumTags:(j+1)*NumTags]...)
		em[j*NumTags+int(Inside(typ))] -= off
	}
	score := viterbi(em, n, &m.trans, s.back, s.tags2[:n])
	copy(em[i*NumTags:], saved)
	s.saved = saved
	return score
}

// emissions returns the score of every tag for tokens [from, to): the sum
// of the weight rows of their features, the lexical ones of frequent words
// taken summed from wc (nil: none).
func (m *Model) emissions(t *textnorm.Text, toks []textnorm.Token, from, to int, hints []Hint, s *scratch, wc *wordCache) []int64 {
	n := to - from
	cached := s.cached[:n]
	m.fz.atoms(t, toks, from, to, hints, s.atoms, wc, cached)
	em := s.em[:n*NumTags]
	// A token's buckets are worked out first and its weight rows loaded
	// after, in a tight loop: the rows are cache misses, and loads issued
	// back to back overlap where loads between hash computations do not.
	var bs [maxFeatures]uint32
	specs := m.fz.specs[:numFeatures]
	shift := 64 - m.fz.logBuckets
	dense := m.dense
	for k := 0; k < n; k++ {
		nb := 0
		var e [NumTags]int32
		for fi := range specs {
			f := &specs[fi]
			j := k + int(f.da)
			if f.lexical && j >= 0 && j < n && cached[j] >= 0 {
				continue // in the word cache entry of token j
			}
			a := atomAt(s.atoms, n, j, f.a)
			if f.dense >= 0 && int(f.dense) < len(dense) {
				if slot, ok := denseSlot(a, f.a); ok {
					addRow(&e, &dense[f.dense][slot])
					continue
				}
			}
			// fz.bucket(fi, ...), with the feature's seed worked out once
			h := mix(f.seed ^ a)
			if f.paired {
				h = mix(h ^ atomAt(s.atoms, n, k+int(f.db), f.b)*pairMix)
			}
			bs[nb] = uint32(h >> shift)
			nb++
		}
		for _, b := range bs[:nb] {
			if r := m.w.row(b); r != nil {
				addRow(&e, (*[NumTags]int8)(r))
			}
		}
		o := (*[NumTags]int64)(em[k*NumTags:])
		for j, v := range e {
			o[j] = int64(v)
		}
		o[0] -= m.OPenalty
	}
	for j, ci := range cached {
		if ci < 0 {
			continue
		}
		ce := &wc.entries[ci]
		for slot, da := range cacheOffsets {
			if k := j - int(da); k >= 0 && k < n {
				o := (*[NumTags]int64)(em[k*NumTags:])
				for x, v := range ce.contrib[slot] {
					o[x] += int64(v)
				}
			}
		}
	}
	return em
}

// addRow adds a weight row to emission scores (unrolled: this is the
// labeller's hot loop).
func addRow(e *[NumTags]int32, r *[NumTags]int8) {
	e[0] += int32(r[0])
	e[1] += int32(r[1])
	e[2] += int32(r[2])
	e[3] += int32(r[3])
	e[4] += int32(r[4])
	e[5] += int32(r[5])
	e[6] += int32(r[6])
	e[7] += int32(r[7])
	e[8] += int32(r[8])
}

// Featurize returns the feature buckets of tokens [from, to) (numFeatures
// per token), for training.
func (m *Model) Featurize(t *textnorm.Text, toks []textnorm.Token, from, to int, hints []Hint) []uint32 {
	n := to - from
	at := make([]uint64, n*int(numAtoms))
	out := make([]uint32, n*numFeatures)
	m.fz.atoms(t, toks, from, to, hints, at, nil, nil)
	m.fz.buckets(n, at, out)
	return out
}

// NumFeatures is the number of features per token.
func NumFeatures() int { return numFeatures }

// Seen reports whether the normalized word w occurs in the training text:
// when it does not, what the labeller says of it rests on its context
// and spelling alone.
func (m *Model) Seen(w string) bool {
	_, ok := slices.BinarySearch(m.vocab, strHash(w))
	return ok
}

// KnownNameWord reports whether w (normalized) began a name in training.
func (m *Model) KnownNameWord(w string) bool {
	_, ok := slices.BinarySearch(m.nameWords, strHash(w))
	return ok
}

// Stem returns a normalized Arabic word without its proclitic and article,
// and whether a proclitic and whether the article were removed.
func (m *Model) Stem(w string) (stem string, clitic, article bool) {
	s, f := m.fz.st.stem(w)
	return s, f&stemClitic != 0, f&stemArticle != 0
}

// NewUntrained returns a model with all weights zero, for training: its
// Featurize gives the buckets a Trainer of the same logBuckets learns.
func NewUntrained(lang string, logBuckets uint) (*Model, error) {
	if logBuckets < 10 || logBuckets > 24 {
		return nil, fmt.Errorf("ner: %d bucket bits out of range 10..24", logBuckets)
	}
	fz, err := newFeaturizer(lang, logBuckets)
	if err != nil {
		return nil, err
	}
	return &Model{Lang: lang, fz: fz}, nil
}

func newFeaturizer(lang string, logBuckets uint) (featurizer, error) {
	st, err := newStemmer()
	if err != nil {
		return featurizer{}, err
	}
	cues, err := loadCues(lang, st, st.given, st.particles)
	if err != nil {
		return featurizer{}, err
	}
	return featurizer{logBuckets: logBuckets, st: st, cues: cues, specs: specsOf()}, nil
}

// SetWeights installs trained weights: averaged perceptron weights w (bucket
// b, tag j at b*NumTags+j) and transitions t, quantized to 8 bits; rows
// whose largest weight is below prune times the largest of all are dropped.
// nameWords are the normalized words that began a name in training, vocab
// the normalized words of the training text.
func (m *Model) SetWeights(w []float32, t [NumTags + 1][NumTags]float32, prune float64, nameWords, vocab []string) error {
	if len(w) != (1<<m.fz.logBuckets)*NumTags {
		return fmt.Errorf("ner: %d weights for %d buckets", len(w), 1<<m.fz.logBuckets)
	}
	var dense []int8
	dense, m.trans = quantize(w, t, prune)
	tb := newTableBuilder(m.fz.logBuckets, 0)
	for r := 0; r < len(dense); r += NumTags {
		if !allZero(dense[r : r+NumTags]) {
			tb.add(r/NumTags, dense[r:r+NumTags])
		}
	}
	m.w = tb.done()
	if err := m.buildWordCache(); err != nil {
		return err
	}
	// A word that is a proclitic plus another name word ("واسرائيل") is
	// left out: its being there would keep the proclitic on the name.
	set := map[string]bool{}
	for _, s := range nameWords {
		set[s] = true
	}
	m.nameWords = m.nameWords[:0]
	for s := range set {
		if rest, f := m.fz.st.stem(s); f&stemClitic != 0 && f&stemArticle == 0 && set[rest] {
			continue
		}
		m.nameWords = append(m.nameWords, strHash(s))
	}
	slices.Sort(m.nameWords)
	m.nameWords = slices.Compact(m.nameWords)
	m.vocab = m.vocab[:0]
	for _, s := range vocab {
		m.vocab = append(m.vocab, strHash(s))
	}
	slices.Sort(m.vocab)
	m.vocab = slices.Compact(m.vocab)
	return nil
}

// buildWordCache sums the lexical weights of the language's most frequent
// words (lang/<code>/frequent_words.yaml).
func (m *Model) buildWordCache() error {
	ws, err := lang.LoadWords(m.Lang)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	freq := ws.Frequent[:min(len(ws.Frequent), wordCacheSize)]
	norm := make([]string, len(freq))
	for i, w := range freq {
		norm[i] = textnorm.NormString(w)
	}
	m.words = newWordCache(&m.fz, &m.w, norm)
	m.dense = denseRows(&m.fz, &m.w)
	m.frequent, m.function = hashSet(ws.Frequent), hashSet(ws.FunctionWords)
	return nil
}

// fileMagic starts the binary part of a model file.
const fileMagic = "TARIKH-NER 1\n"

// WriteTo writes the model: the text header (every line starting with "# "),
// a blank line, then the gzipped weights.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	for _, l := range strings.Split(strings.TrimRight(m.Header, "\n"), "\n") {
		buf.WriteString("# " + strings.TrimPrefix(l, "# ") + "\n")
	}
	buf.WriteString("\n")
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	sv := func(v int64) { bw.Write(tmp[:binary.PutVarint(tmp[:], v)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(fileMagic)
	str(m.Lang)
	uv(uint64(m.fz.logBuckets))
	uv(NumTags)
	uv(uint64(numFeatures))
	for _, f := range features {
		str(f.name)
	}
	for i := range m.trans {
		for j := range m.trans[i] {
			sv(m.trans[i][j])
		}
	}
	for _, set := range [][]uint64{m.nameWords, m.vocab} {
		uv(uint64(len(set)))
		prev := uint64(0)
		for _, h := range set {
			uv(h - prev)
			prev = h
		}
	}
	uv(uint64(m.w.numRows()))
	last := -1
	m.w.each(func(b int, row []int8) {
		uv(uint64(b - last))
		last = b
		for _, v := range row {
			sv(int64(v))
		}
	})
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	n, err := w.Write(buf.Bytes())
	return int64(n), err
}

func allZero(r []int8) bool {
	for _, v := range r {
		if v != 0 {
			return false
		}
	}
	return true
}

// Load reads a model file written by WriteTo; name is used in errors.
func Load(data []byte, name string) (*Model, error) {
	m, err := load(data)
	if err != nil {
		return nil, fmt.Errorf("ner: model %s: %w", name, err)
	}
	return m, nil
}

func load(data []byte) (*Model, error) {
	header, body, err := splitHeader(data)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	// The body is read whole (reading to its end checks the gzip
	// checksum), then decoded from memory: a varint read byte by byte
	// through an io.ByteReader was most of a model's load time.
	raw, err := readAll(zr, body)
	if err != nil {
		return nil, fmt.Errorf("damaged: %w", err)
	}
	r := &modelReader{b: raw}
	lang, logB, err := r.preamble()
	if err != nil {
		return nil, err
	}
	fz, err := newFeaturizer(lang, uint(logB))
	if err != nil {
		return nil, err
	}
	m := &Model{Lang: lang, Header: header, fz: fz}
	for i := range m.trans {
		for j := range m.trans[i] {
			m.trans[i][j] = r.sv()
		}
	}
	if err := r.wordSets(&m.nameWords, &m.vocab); err != nil {
		return nil, err
	}
	if m.w, err = r.weights(logB); err != nil {
		return nil, err
	}
	if err := m.buildWordCache(); err != nil {
		return nil, err
	}
	if r.err != nil {
		return nil, fmt.Errorf("truncated: %w", r.err)
	}
	// The rest must be nothing.
	if n := len(r.b); n > 0 {
		return nil, fmt.Errorf("damaged: %d bytes after the weights", n)
	}
	return m, nil
}

// maxModelBytes bounds the buffer that readAll sizes from a gzip trailer.
const maxModelBytes = 1 << 28

// readAll reads zr, the gzip reader of body, to its end into a buffer sized
// by body's trailer (ISIZE, the uncompressed size modulo 2^32): one
// allocation instead of a doubling slice.
func readAll(zr io.Reader, body []byte) ([]byte, error) {
	size := 0
	if len(body) >= 4 {
		size = int(binary.LittleEndian.Uint32(body[len(body)-4:]))
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(size, maxModelBytes)+bytes.MinRead))
	_, err := buf.ReadFrom(zr)
	return buf.Bytes(), err
}

// splitHeader cuts a model file's text header (lines starting with "#",
// then a blank line) from the compressed body after it, and returns the
// header without its "# " marks.
func splitHeader(data []byte) (string, []byte, error) {
	var header strings.Builder
	for len(data) > 0 && data[0] == '#' {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return "", nil, errors.New("header without end")
		}
		header.WriteString(strings.TrimPrefix(string(data[:i]), "# ") + "\n")
		data = data[i+1:]
	}
	data, ok := bytes.CutPrefix(data, []byte("\n"))
	if !ok {
		return "", nil, errors.New("no blank line after the header")
	}
	return header.String(), data, nil
}

// modelReader reads the varints and strings of a model body held in
// memory; the first error it meets stays in err, and every later read
// returns zero.
type modelReader struct {
	b   []byte // what is left to read
	err error
}

// varintErr records the error of a varint that binary.Uvarint read in n
// bytes (n <= 0), as binary.ReadUvarint would say it.
func (r *modelReader) varintErr(n int) {
	switch {
	case n < 0:
		r.err = errors.New("varint overflows a 64-bit integer")
	case len(r.b) == 0:
		r.err = io.EOF
	default:
		r.err = io.ErrUnexpectedEOF
	}
}

// uv reads an unsigned varint.
func (r *modelReader) uv() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.varintErr(n)
		return 0
	}
	r.b = r.b[n:]
	return v
}

// sv reads a signed varint: the zig-zag code binary.Varint decodes, read
// as uv reads the unsigned one.
func (r *modelReader) sv() int64 {
	u := r.uv()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

// bytes returns the next n bytes, or nil (setting err) when fewer are left.
func (r *modelReader) bytes(n uint64) []byte {
	if r.err != nil {
		return nil
	}
	if uint64(len(r.b)) < n {
		r.err = io.ErrUnexpectedEOF
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *modelReader) str() string {
	n := r.uv()
	if n > 1<<10 || r.err != nil {
		if r.err == nil {
			r.err = errors.New("string too long")
		}
		return ""
	}
	return string(r.bytes(n))
}

// preamble reads the magic, the language, the bucket bits, the tag count
// and the feature names, which must be the code's.
func (r *modelReader) preamble() (lang string, logB uint64, err error) {
	if magic := r.bytes(uint64(len(fileMagic))); r.err != nil || string(magic) != fileMagic {
		return "", 0, errors.New("not a tarikh NER model (bad magic)")
	}
	lang = r.str()
	logB = r.uv()
	if logB < 10 || logB > 24 {
		return "", 0, fmt.Errorf("bucket bits %d out of range", logB)
	}
	if nt := r.uv(); nt != NumTags {
		return "", 0, fmt.Errorf("%d tags, want %d", nt, NumTags)
	}
	nf := r.uv()
	if r.err != nil {
		return "", 0, r.err
	}
	var names []string
	for i := uint64(0); i < nf && i < 1000; i++ {
		names = append(names, r.str())
	}
	if !slices.Equal(names, featureNames()) {
		return "", 0, fmt.Errorf("trained with features %v, the code has %v: retrain (go run ./extract/ner/cmd/train)", names, featureNames())
	}
	return lang, logB, nil
}

// wordSets reads sorted hash sets written as deltas.
func (r *modelReader) wordSets(sets ...*[]uint64) error {
	for _, set := range sets {
		nw := r.uv()
		if r.err != nil || nw > 1<<22 {
			return fmt.Errorf("bad word count: %v", r.err)
		}
		*set = make([]uint64, nw)
		prev := uint64(0)
		for i := range *set {
			prev += r.uv()
			(*set)[i] = prev
		}
	}
	return nil
}

// weights reads the weight table of 1<<logB buckets: its non-zero rows,
// each its bucket's step from the last and one weight per tag.
func (r *modelReader) weights(logB uint64) (weightTable, error) {
	rows := r.uv()
	if rows > 1<<logB {
		return weightTable{}, fmt.Errorf("%d rows for %d buckets", rows, 1<<logB)
	}
	tb := newTableBuilder(uint(logB), int(rows))
	b := -1
	var row [NumTags]int8
	for i := uint64(0); i < rows && r.err == nil; i++ {
		d := r.uv()
		if d == 0 || d > 1<<logB || b+int(d) >= 1<<logB {
			return weightTable{}, fmt.Errorf("bad bucket step %d after %d", d, b)
		}
		b += int(d)
		for j := range row {
			v := r.sv()
			if v < -128 || v > 127 {
				return weightTable{}, fmt.Errorf("weight %d out of range", v)
			}
			row[j] = int8(v)
		}
		tb.add(b, row[:])
	}
	return tb.done(), nil
}

// Common reports whether the normalized word w, or w without its
// proclitic, is one of the language's most frequent common words
// (lang/<code>/frequent_words.yaml) or a title (ner_cues.yaml): a word a
// person's name does not start or end with.
func (m *Model) Common(w string) bool {
	if m.words.lookup(strHash(w)) >= 0 || m.IsTitle(w) {
		return true
	}
	if s, f := m.fz.st.stem(w); f&stemClitic != 0 {
		if f&stemArticle != 0 {
			s = m.fz.st.article + s
		}
		return m.words.lookup(strHash(s)) >= 0 || m.IsTitle(s)
	}
	return false
}

// Connector reports whether the normalized word w joins two names of one
// type into one ("for" in "Syrian Observatory for Human Rights").
func (m *Model) Connector(w string) bool {
	return m.fz.cues.lookup(strHash(w))&cueConnector != 0
}

// Particle reports whether the normalized word w is a name word that the
// next word belongs to ("عبد" in "عبد الملك", "أبو", "بن").
func (m *Model) Particle(w string) bool {
	return m.fz.cues.lookup(strHash(w))&cueParticle != 0
}

// IsTitle reports whether the normalized word w is a title cue (a word
// before a person's name in lang/<code>/ner_cues.yaml).
func (m *Model) IsTitle(w string) bool {
	return m.fz.cues.lookup(strHash(w))&cueTitle != 0
}

// OrgTail reports whether the normalized word w ends an organization's
// name (org_tails or legal_forms of lang/<code>/ner_cues.yaml: Inc, Corp,
// Party, AG).
func (m *Model) OrgTail(w string) bool {
	h := strHash(w)
	return m.fz.cues.lookup(h)&cueOrgTail != 0 || m.fz.cues.legal[h]
}

// hashSet returns the sorted hashes of the normalized words ws.
func hashSet(ws []string) []uint64 {
	out := make([]uint64, len(ws))
	for i, w := range ws {
		out[i] = strHash(textnorm.NormString(w))
	}
	slices.Sort(out)
	return out
}

// FunctionWord reports whether the normalized word w is one of the
// language's function words (function_words of lang/<code>/words.yaml).
func (m *Model) FunctionWord(w string) bool {
	_, ok := slices.BinarySearch(m.function, strHash(w))
	return ok
}

// Frequent reports whether the normalized word w is one of the language's
// frequent words (all of lang/<code>/frequent_words.yaml; Common weighs
// only the most frequent): "rubber", "telegraph".
func (m *Model) Frequent(w string) bool {
	_, ok := slices.BinarySearch(m.frequent, strHash(w))
	return ok
}

// CompanyEnd reports whether the normalized word w is a company_ends word
// of lang/<code>/ner_cues.yaml: one that ends a company's name (Co, Inc,
// Cie, Sons).
func (m *Model) CompanyEnd(w string) bool { return m.fz.cues.companyEnds[strHash(w)] }

// NotName reports whether the normalized word w, as written or without
// its proclitic, is a not_names word of lang/<code>/ner_cues.yaml: a
// common noun that names nothing alone ("ديربي", "وكلاشنكوف"). The article
// is part of the word: مغرب (sunset) is one, المغرب (Morocco) is not.
func (m *Model) NotName(w string) bool {
	if m.fz.cues.notNames[strHash(w)] {
		return true
	}
	if s, f := m.fz.st.stem(w); f&stemClitic != 0 {
		if f&stemArticle != 0 {
			s = m.fz.st.article + s
		}
		return m.fz.cues.notNames[strHash(s)]
	}
	return false
}

// CompanyJoiner reports whether the normalized word w is a company_joiners
// word: one that joins the words of a company's name ("and", "et").
func (m *Model) CompanyJoiner(w string) bool { return m.fz.cues.companyJoiners[strHash(w)] }

// DefiniteOrgHead reports whether the normalized word w (without
// proclitic and article) is a definite_org_heads word of
// lang/<code>/ner_cues.yaml: one that before definite words starts an
// organization's name (وزارة in وزارة الخارجية التركية).
func (m *Model) DefiniteOrgHead(w string) bool { return m.fz.cues.defHeads[strHash(w)] }

// QuotedOrgHead reports whether the normalized word w (without proclitic
// and article) is a quoted_org_heads word of lang/<code>/ner_cues.yaml: one
// that before a quoted name starts an organization's name (شركة in شركة
// «سابك»).
func (m *Model) QuotedOrgHead(w string) bool { return m.fz.cues.quotedHeads[strHash(w)] }

// PlaceOrgHead reports whether the normalized word w (without proclitic
// and article) is a place_org_heads word of lang/<code>/ner_cues.yaml: one
// that before a place's name starts an organization's name (صحة in صحة
// جدة, the health affairs of Jeddah).
func (m *Model) PlaceOrgHead(w string) bool { return m.fz.cues.placeHeads[strHash(w)] }

// FacilityHead returns the type of the name that the normalized word w
// (as written or after a proclitic, not with the article: جامع, بجامع, not
// الجامع) starts as a facility_place_heads
// (Location: جامع, ملعب, قاعة) or facility_org_heads (Organization: مدرسة)
// word of lang/<code>/ner_cues.yaml, or None, and whether w holds a
// proclitic before the head.
func (m *Model) FacilityHead(w string) (typ Type, clitic bool) {
	f := m.fz.cues.facilities[strHash(w)]
	return f.typ, f.clitic
}

// PluralEnd reports whether the word w, as written (marks after its last
// letter ignored), ends as a facility_plural_ends ending of
// lang/<code>/ner_cues.yaml: a plural, which after a facility head is a
// common noun (قاعة الاجتماعات), no name.
func (m *Model) PluralEnd(w string) bool { return endsAs(w, m.fz.cues.pluralEnds) }

// FacilityStop reports whether the normalized word w is a facility_stops
// word of lang/<code>/ner_cues.yaml: a definite word that after a facility
// head makes no name (قصر القامة, صالة الانتظار).
func (m *Model) FacilityStop(w string) bool { return m.fz.cues.facilityStops[strHash(w)] }

// BodyOrgName reports whether the normalized words s, joined by one space,
// are a name of body_org_names of lang/<code>/ner_cues.yaml: a public
// body written without a country or place (الشؤون الصحية).
func (m *Model) BodyOrgName(s string) bool { return m.fz.cues.bodyNames[strHash(s)] }

// BodyOrgFirst returns the first word of a name of body_org_names that the
// normalized word w is, as written or after a proclitic (والشؤون: الشؤون;
// not the ل of للشؤون, which stands for the article), and whether it is one.
func (m *Model) BodyOrgFirst(w string) (string, bool) {
	f, ok := m.fz.cues.bodyFirst[strHash(w)]
	return f, ok
}

// BodyOrgWords returns how many words the longest name of body_org_names
// has (0 when there are none).
func (m *Model) BodyOrgWords() int { return m.fz.cues.bodyWords }

// PlaceOrgTail reports whether the normalized word w is a place_org_tails
// word: one that after the place continues a name begun by a PlaceOrgHead
// (العام of مستشفى ينبع العام).
func (m *Model) PlaceOrgTail(w string) bool { return m.fz.cues.placeTails[strHash(w)] }

// DefiniteOrgStop reports whether the normalized word w is a
// definite_org_stops word: a definite word that ends an organization's
// name begun by a DefiniteOrgHead (التي, الذي) instead of continuing it.
func (m *Model) DefiniteOrgStop(w string) bool { return m.fz.cues.defStops[strHash(w)] }

// DefiniteOrgAdjective reports whether the word w, as written (marks
// after its last letter ignored), ends as a definite_org_adjectives
// ending: a relational adjective that continues a name begun by a
// DefiniteOrgHead (التركية of وزارة الخارجية التركية).
func (m *Model) DefiniteOrgAdjective(w string) bool { return endsAs(w, m.fz.cues.defAdjectives) }

// endsAs reports whether the word w, as written (marks after its last
// letter ignored), ends as one of ends.
func endsAs(w string, ends []string) bool {
	w = strings.TrimRightFunc(w, func(r rune) bool { return unicode.Is(unicode.Mn, r) })
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// OrgHead reports whether the normalized word w starts an organization's
// name (org_heads of lang/<code>/ner_cues.yaml) and is not also a word
// before a place's name (place_cues): "جامعة" but not "مركز".
func (m *Model) OrgHead(w string) bool {
	c := m.fz.cues.lookup(strHash(w))
	return c&cueOrgHead != 0 && c&cuePlace == 0
}
