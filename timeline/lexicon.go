package timeline

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tarikh/tarikh/textnorm"
)

//go:embed data/triggers.yaml
var triggersYAML []byte

//go:embed data/boilerplate.yaml
var boilerplateYAML []byte

// Label is a type's display name per language.
type Label struct {
	En string `yaml:"en"`
	Ar string `yaml:"ar"`
}

type triggerType struct {
	Type  string   `yaml:"type"`
	Label Label    `yaml:"label"`
	Ar    []string `yaml:"ar"`
	En    []string `yaml:"en"`
	// NotBeforeAmount: the type's words followed by a number (وصل إلى
	// 12.64 مليار, reached 5%) speak of an amount, not of the event.
	NotBeforeAmount bool `yaml:"not_before_amount"`
	// NeedsPlace: words of the type that count only when the clause names
	// a place (وصل إلى المغرب is a visit, الوصول إلى التشكيلة is not).
	NeedsPlace []string `yaml:"needs_place"`
}

type boundary struct {
	Words  []string `yaml:"words"`
	Punct  []string `yaml:"punct"`
	Attach bool     `yaml:"attach"`
}

type triggerFile struct {
	Types  []triggerType `yaml:"types"`
	Future struct {
		Ar []string `yaml:"ar"`
		En []string `yaml:"en"`
	} `yaml:"future"`
	FutureVerbPrefixes []string `yaml:"future_verb_prefixes"`
	FutureVerbExclude  []string `yaml:"future_verb_exclude"`
	Joint              []string `yaml:"joint"`
	Statistic          []string `yaml:"statistic"`
	AmountWords        []string `yaml:"amount_words"`
	Pronouns           struct {
		Subject    []string `yaml:"subject"`
		Possessive []string `yaml:"possessive"`
	} `yaml:"pronouns"`
	JointStatementIs string      `yaml:"joint_statement_is"`
	Prefer           [][2]string `yaml:"prefer"`
	Boundaries       []boundary  `yaml:"boundaries"`
	WeakDates        struct {
		Words []string `yaml:"words"`
		Lead  int      `yaml:"lead"`
	} `yaml:"weak_dates"`
}

type boilerplateFile struct {
	CutAt     []string `yaml:"cut_at"`
	DropLines []string `yaml:"drop_lines"`
}

// cue is what one word says about its clause: a trigger type (index into
// the lexicon's types, -1 for none), that two parties acted together, that
// the clause is about the future.
type cue struct {
	trig      int16
	joint     bool
	future    bool
	stat      bool // a word of figures: reached, rose (بلغ, ارتفع)
	needPlace bool // the trigger counts only with a place in its clause
}

func (c *cue) merge(o cue) {
	if c.trig < 0 {
		c.trig, c.needPlace = o.trig, o.needPlace
	}
	c.joint = c.joint || o.joint
	c.future = c.future || o.future
	c.stat = c.stat || o.stat
}

// cueSet maps normalized words to cues, exactly or, for entries ending in *,
// by prefix. Prefixes are kept by byte length, so a lookup costs one map
// probe per distinct prefix length.
type cueSet struct {
	exact    map[string]cue
	prefixes map[string]cue
	lens     []int // distinct prefix lengths, ascending
}

// add records c for word w; for a trigger, the first type given for a word wins.
func (s *cueSet) add(w string, c cue) {
	if s.exact == nil {
		s.exact, s.prefixes = map[string]cue{}, map[string]cue{}
	}
	m := s.exact
	p, prefix := strings.CutSuffix(w, "*")
	if prefix {
		w, m = p, s.prefixes
	}
	w = textnorm.NormString(w)
	if w == "" {
		return
	}
	old, ok := m[w]
	if !ok {
		old = cue{trig: -1}
	}
	old.merge(c)
	m[w] = old
	if prefix && !slices.Contains(s.lens, len(w)) {
		s.lens = append(s.lens, len(w))
		slices.Sort(s.lens)
	}
}

// lookup returns what w says: its exact entry, completed by the shortest
// matching prefixes.
func (s *cueSet) lookup(w string) cue {
	c, ok := s.exact[w]
	if !ok {
		c = cue{trig: -1}
	}
	for _, n := range s.lens {
		if n > len(w) {
			break
		}
		if p, ok := s.prefixes[w[:n]]; ok {
			c.merge(p)
		}
	}
	return c
}

// Lexicon is the event knowledge: trigger words per type, future and joint
// markers, clause boundaries, and boilerplate lines.
type Lexicon struct {
	types       []triggerType // in priority order
	cues        cueSet        // trigger words, joint and future markers
	futureVerb  []string
	futureExcl  []string
	jointIs     int
	boundary    map[string]int // word → 1 attach, 2 separate
	punctBound  map[string]int
	cutAt       []string
	dropLines   map[string]bool
	dropPrefix  []string
	statementIx int
	prefer      [][2]int // type index pairs: the first wins when both occur
	weakDates   map[string]bool
	weakLead    int
	// amountWords lead from a word to an amount (إلى: وصل إلى 12 مليار);
	// subjectPron and possPron are English pronouns (He; his), compared
	// lowercased.
	amountWords, subjectPron, possPron map[string]bool
}

// LoadLexicon reads the embedded lexicon and, when extra is not empty, the
// user's trigger file on top of it.
func LoadLexicon(extra string) (*Lexicon, error) {
	var tf triggerFile
	if err := decodeStrict(triggersYAML, &tf); err != nil {
		return nil, fmt.Errorf("timeline: data/triggers.yaml: %w", err)
	}
	if extra != "" {
		f, err := os.Open(extra)
		if err != nil {
			return nil, fmt.Errorf("triggers: %w", err)
		}
		defer f.Close()
		data, err := io.ReadAll(io.LimitReader(f, 16<<20))
		if err != nil {
			return nil, fmt.Errorf("triggers %s: %w", extra, err)
		}
		var uf triggerFile
		if err := decodeStrict(data, &uf); err != nil {
			return nil, fmt.Errorf("triggers %s: %w", extra, err)
		}
		mergeTriggers(&tf, &uf)
	}
	var bf boilerplateFile
	if err := decodeStrict(boilerplateYAML, &bf); err != nil {
		return nil, fmt.Errorf("timeline: data/boilerplate.yaml: %w", err)
	}
	lx := &Lexicon{types: tf.Types, punctBound: map[string]int{}, boundary: map[string]int{}, dropLines: map[string]bool{}, statementIx: -1, jointIs: -1}
	for i, t := range tf.Types {
		for _, w := range t.Ar {
			lx.cues.add(w, cue{trig: int16(i)})
		}
		for _, w := range t.En {
			lx.cues.add(w, cue{trig: int16(i)})
		}
		for _, w := range t.NeedsPlace {
			lx.cues.add(w, cue{trig: int16(i), needPlace: true})
		}
		if t.Type == "statement" {
			lx.statementIx = i
		}
		if t.Type == tf.JointStatementIs {
			lx.jointIs = i
		}
	}
	for _, p := range tf.Prefer {
		a, b := lx.typeIndex(p[0]), lx.typeIndex(p[1])
		if a < 0 || b < 0 {
			return nil, fmt.Errorf("timeline: data/triggers.yaml: prefer names unknown type in %v", p)
		}
		lx.prefer = append(lx.prefer, [2]int{a, b})
	}
	if len(lx.types) == 0 || lx.types[len(lx.types)-1].Type != "other" {
		lx.types = append(lx.types, triggerType{Type: "other", Label: Label{En: "Event", Ar: "حدث"}})
	}
	for _, w := range append(tf.Future.Ar, tf.Future.En...) {
		lx.cues.add(w, cue{trig: -1, future: true})
	}
	for _, w := range tf.FutureVerbPrefixes {
		lx.futureVerb = append(lx.futureVerb, textnorm.NormString(w))
	}
	for _, w := range tf.FutureVerbExclude {
		lx.futureExcl = append(lx.futureExcl, textnorm.NormString(w))
	}
	for _, w := range tf.Joint {
		lx.cues.add(w, cue{trig: -1, joint: true})
	}
	for _, w := range tf.Statistic {
		lx.cues.add(w, cue{trig: -1, stat: true})
	}
	for _, b := range tf.Boundaries {
		v := 2
		if b.Attach {
			v = 1
		}
		for _, w := range b.Words {
			lx.boundary[textnorm.NormString(w)] = v
		}
		for _, p := range b.Punct {
			lx.punctBound[p] = v
		}
	}
	lx.amountWords, lx.subjectPron, lx.possPron = lowerSet(tf.AmountWords), lowerSet(tf.Pronouns.Subject), lowerSet(tf.Pronouns.Possessive)
	lx.weakDates, lx.weakLead = map[string]bool{}, tf.WeakDates.Lead
	for _, w := range tf.WeakDates.Words {
		lx.weakDates[strings.ToLower(textnorm.NormString(w))] = true
	}
	for _, c := range bf.CutAt {
		lx.cutAt = append(lx.cutAt, textnorm.NormString(c))
	}
	for _, d := range bf.DropLines {
		if p, ok := strings.CutSuffix(d, "*"); ok {
			lx.dropPrefix = append(lx.dropPrefix, textnorm.NormString(p))
			continue
		}
		lx.dropLines[textnorm.NormString(d)] = true
	}
	return lx, nil
}

func decodeStrict(data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil && err != io.EOF {
		return err
	}
	return nil
}

// mergeTriggers adds the user's words to existing types and appends new
// types before "other".
func mergeTriggers(base, user *triggerFile) {
	for _, ut := range user.Types {
		found := false
		for i := range base.Types {
			if base.Types[i].Type == ut.Type {
				base.Types[i].Ar = append(base.Types[i].Ar, ut.Ar...)
				base.Types[i].En = append(base.Types[i].En, ut.En...)
				base.Types[i].NeedsPlace = append(base.Types[i].NeedsPlace, ut.NeedsPlace...)
				found = true
			}
		}
		if !found {
			if ut.Label.En == "" {
				ut.Label.En = ut.Type
			}
			if ut.Label.Ar == "" {
				ut.Label.Ar = ut.Label.En
			}
			n := len(base.Types)
			if n > 0 && base.Types[n-1].Type == "other" {
				base.Types = append(base.Types[:n-1], ut, base.Types[n-1])
			} else {
				base.Types = append(base.Types, ut)
			}
		}
	}
	base.Future.Ar = append(base.Future.Ar, user.Future.Ar...)
	base.Future.En = append(base.Future.En, user.Future.En...)
	base.Joint = append(base.Joint, user.Joint...)
	base.Statistic = append(base.Statistic, user.Statistic...)
	base.AmountWords = append(base.AmountWords, user.AmountWords...)
	base.Pronouns.Subject = append(base.Pronouns.Subject, user.Pronouns.Subject...)
	base.Pronouns.Possessive = append(base.Pronouns.Possessive, user.Pronouns.Possessive...)
	base.WeakDates.Words = append(base.WeakDates.Words, user.WeakDates.Words...)
}

// MergeClass returns the type an event of type typ merges as: the preferred
// type of a prefer pair ("visit" merges as "meeting"), else typ itself.
func (lx *Lexicon) MergeClass(typ string) string {
	i := lx.typeIndex(typ)
	for _, p := range lx.prefer {
		if p[1] == i {
			return lx.types[p[0]].Type
		}
	}
	return typ
}

func (lx *Lexicon) typeIndex(typ string) int {
	for i, t := range lx.types {
		if t.Type == typ {
			return i
		}
	}
	return -1
}

// TypeLabel returns the display label of an event type in lang ("en" or "ar").
func (lx *Lexicon) TypeLabel(typ, lang string) string {
	for _, t := range lx.types {
		if t.Type == typ {
			if lang == "ar" && t.Label.Ar != "" {
				return t.Label.Ar
			}
			if t.Label.En != "" {
				return t.Label.En
			}
		}
	}
	return typ
}

// stems returns the readings of an Arabic word with proclitics, the article
// and the future prefix stripped, longest first; English words as they are.
func stems(w string, arabic bool, out []string) []string {
	out = append(out[:0], w)
	if !arabic {
		return out
	}
	base := []string{w}
	for _, p := range []string{"و", "ف"} {
		if r, ok := strings.CutPrefix(w, p); ok && len(r) >= 4 {
			base = append(base, r)
		}
	}
	for _, b := range base {
		if b != w {
			out = append(out, b)
		}
		for _, p := range []string{"ب", "ل", "ك"} {
			if r, ok := strings.CutPrefix(b, p); ok && len(r) >= 4 {
				out = append(out, r)
				if r2, ok := strings.CutPrefix(r, "ال"); ok && len(r2) >= 4 {
					out = append(out, r2)
				}
			}
		}
		if r, ok := strings.CutPrefix(b, "لل"); ok && len(r) >= 4 {
			out = append(out, r)
		}
		if r, ok := strings.CutPrefix(b, "ال"); ok && len(r) >= 4 {
			out = append(out, r)
		}
		if r, ok := strings.CutPrefix(b, "س"); ok && len(r) >= 6 {
			out = append(out, r)
		}
	}
	return out
}

// dropLine reports a boilerplate line (normalized, trimmed).
func (lx *Lexicon) dropLine(norm string) bool {
	if lx.dropLines[norm] {
		return true
	}
	for _, p := range lx.dropPrefix {
		if strings.HasPrefix(norm, p) {
			return true
		}
	}
	return false
}

// wordCues returns what the word w (normalized; arabic says its script)
// says under any of its readings (see stems); buf is scratch space.
func (lx *Lexicon) wordCues(w string, arabic bool, buf []string) (cue, []string) {
	buf = stems(w, arabic, buf)
	c := cue{trig: -1}
	for _, st := range buf {
		c.merge(lx.cues.lookup(st))
	}
	if arabic && lx.isFutureVerb(w) {
		c.future = true
	}
	return c, buf
}

func (lx *Lexicon) isFutureVerb(w string) bool {
	for _, p := range []string{"و", "ف"} {
		if r, ok := strings.CutPrefix(w, p); ok {
			w = r
			break
		}
	}
	if len(w) < 8 { // four Arabic letters
		return false
	}
	for _, x := range lx.futureExcl {
		if strings.HasPrefix(w, x) {
			return false
		}
	}
	for _, p := range lx.futureVerb {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// Headline is a short chart label for e in lang ("en" or "ar"): the type,
// up to three people and organizations, up to two places —
// "Meeting: Antony Blinken, Fuad Hussein — Washington".
func (lx *Lexicon) Headline(e *Event, lang string) string {
	name := func(x Entity) string {
		if lang == "ar" {
			return x.NameAr
		}
		return x.NameEn
	}
	sep := ", "
	if lang == "ar" {
		sep = "، "
	}
	var actors []string
	for _, x := range e.People {
		actors = append(actors, name(x))
	}
	for _, x := range e.Organizations {
		actors = append(actors, name(x))
	}
	if len(actors) > 3 {
		actors = actors[:3]
	}
	var places []string
	for _, x := range e.Places {
		places = append(places, name(x))
	}
	if len(places) > 2 {
		places = places[:2]
	}
	h := lx.TypeLabel(e.Type, lang)
	if len(actors) > 0 {
		h += ": " + strings.Join(actors, sep)
		if len(places) > 0 {
			h += " — " + strings.Join(places, sep)
		}
	} else if len(places) > 0 {
		h += ": " + strings.Join(places, sep)
	}
	return h
}

// weakDate reports an expression that dates an event only in the article's
// lead (its first weak_dates.lead sentences): a bare اليوم is "today" there,
// and as often "nowadays" in the body of a column ("كما نجده اليوم").
func (lx *Lexicon) weakDate(text string, sentence int) bool {
	return sentence >= lx.weakLead && lx.weakDates[strings.ToLower(textnorm.NormString(text))]
}

// amountWord reports that trigger type ti does not count before a number.
func (lx *Lexicon) amountWord(ti int) bool {
	return ti >= 0 && ti < len(lx.types) && lx.types[ti].NotBeforeAmount
}

// lowerSet is the set of ws, normalized and lowercased.
func lowerSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.ToLower(textnorm.NormString(w))] = true
	}
	return m
}
