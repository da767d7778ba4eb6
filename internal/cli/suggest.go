package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/internal/output"
	"github.com/tarikh/tarikh/textnorm"
)

func gazetteerSuggestCommand() *command {
	return &command{
		name:    "suggest",
		summary: "suggest gazetteer entries for the names no gazetteer lists",
		usage:   "tarikh gazetteer suggest [flags] PATH...",
		args:    []string{"files"},
		setup: func(fs *flagSet) runFunc {
			c := newCommon()
			var o suggestOptions
			c.registerInput(fs)
			c.registerGazetteer(fs)
			fs.integer(&o.minArticles, "min-articles", 2, "suggest names that `N` articles or more name")
			fs.str(&o.typ, "type", "", "suggest only names of `TYPE`: person, place or organization",
				"person", "place", "organization")
			fs.integer(&o.top, "top", 0, "suggest only the `N` names most articles name (0: all)")
			c.registerOutput(fs, "yaml")
			c.registerQuiet(fs)
			return func(ctx context.Context, args []string, stdio IO) int {
				c.paths = args
				return runSuggest(ctx, c, &o, stdio)
			}
		},
	}
}

type suggestOptions struct {
	minArticles, top int
	typ              string
}

// suggestion is what the run saw of one discovered name.
type suggestion struct {
	key       string
	typ       gazetteer.Type
	articles  int
	spellings map[string]int
	example   string
	// role: the title phrases seen before the name, and the article dates
	// they were seen in.
	roles    map[string]int
	from, to time.Time
}

// suggestFound is what one article adds: per discovered name, its
// spellings, a sentence and the title phrases before it.
type suggestFound struct {
	key, sentence string
	typ           gazetteer.Type
	spellings     []string
	roles         []string
	date          time.Time
}

func runSuggest(ctx context.Context, c *common, o *suggestOptions, stdio IO) int {
	c.discover = extract.DiscoverAll
	if err := c.validate(); err != nil {
		return usageError(stdio.Stderr, err)
	}
	if o.minArticles < 1 || o.top < 0 {
		return usageError(stdio.Stderr, fmt.Errorf("--min-articles must be at least 1 and --top at least 0"))
	}
	g, err := loadGazetteer(c, stdio.Stderr)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	x, err := newExtractor(c, g)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	models := map[textnorm.Lang]*ner.Model{}
	for _, l := range []textnorm.Lang{textnorm.Arabic, textnorm.English} {
		if models[l], err = ner.Builtin(string(l)); err != nil {
			return usageError(stdio.Stderr, err)
		}
	}
	out, err := output.Create(c.out, stdio.Stdout)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	all := map[string]*suggestion{}
	st, err := pipeline(ctx, c, stdio.Stdin, stdio.Stderr, func(ctx context.Context, a *input.Article) ([]suggestFound, error) {
		d, err := x.AnalyzeDateline(ctx, a.Text, a.Dateline, a.DCT)
		if err != nil {
			return nil, err
		}
		return suggestions(d, models[d.Lang], gazetteer.Type(o.typ)), nil
	}, func(a *input.Article, fs []suggestFound) error {
		for _, f := range fs {
			s := all[f.key]
			if s == nil {
				s = &suggestion{key: f.key, typ: f.typ, spellings: map[string]int{}, roles: map[string]int{}, example: f.sentence}
				all[f.key] = s
			}
			s.articles++
			for _, sp := range f.spellings {
				s.spellings[sp]++
			}
			for _, r := range f.roles {
				s.roles[r]++
				if !f.date.IsZero() {
					if s.from.IsZero() || f.date.Before(s.from) {
						s.from = f.date
					}
					if f.date.After(s.to) {
						s.to = f.date
					}
				}
			}
		}
		return nil
	})
	st.unit = "names"
	if err == nil {
		var list []*suggestion
		for _, s := range all {
			if s.articles >= o.minArticles && !adverb(s.spellings) {
				list = append(list, s)
			}
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].articles != list[j].articles {
				return list[i].articles > list[j].articles
			}
			return list[i].key < list[j].key
		})
		if o.top > 0 && len(list) > o.top {
			list = list[:o.top]
		}
		st.written = len(list)
		err = writeSuggestions(out, list)
	}
	return finish(out, st, err, c, stdio.Stderr)
}

// suggestions returns the discovered names of d that no gazetteer entity
// stands for, one per name, of type typ (any when empty).
func suggestions(d *extract.Document, m *ner.Model, typ gazetteer.Type) []suggestFound {
	byKey := map[string]*suggestFound{}
	var out []*suggestFound
	for i := range d.Mentions {
		mn := &d.Mentions[i]
		if mn.Via != gazetteer.ViaDiscovered || !extract.IsDiscovered(mn.Entity) || (typ != "" && mn.Entity.Type != typ) {
			continue
		}
		if m != nil && givenOnly(d, m, mn) {
			continue // "محمد", "عبد الله": a part of someone's name, no one (nor a place)
		}
		if m != nil && partOfLonger(d, m, mn) {
			continue // "بن خالد", "مانشستر": folded into the longer name the article gives
		}
		f := byKey[mn.Entity.ID]
		if f == nil {
			f = &suggestFound{key: mn.Entity.ID, typ: mn.Entity.Type, date: d.DCT, sentence: sentenceOf(d, mn.Tok)}
			byKey[mn.Entity.ID] = f
			out = append(out, f)
		}
		f.spellings = appendNew(f.spellings, mn.Text)
		if mn.Entity.Type == gazetteer.Person && m != nil {
			if r := titleBefore(d, m, mn.Tok); r != "" {
				f.roles = appendNew(f.roles, r)
			}
		}
	}
	res := make([]suggestFound, len(out))
	for i, f := range out {
		res[i] = *f
	}
	return res
}

// givenOnly reports a person's name that is nothing but a common given
// name (one word, or عبد + one word).
func givenOnly(d *extract.Document, m *ner.Model, mn *extract.Mention) bool {
	var ws []string
	for k := mn.Tok; k < mn.TokEnd; k++ {
		if d.Tokens[k].Kind == textnorm.Word {
			ws = append(ws, d.Text.TokenText(d.Tokens[k]))
		}
	}
	if len(ws) == 2 && m.Particle(ws[0]) {
		ws = []string{ws[0] + ws[1]}
	}
	if len(ws) != 1 {
		return false
	}
	st, _, _ := m.Stem(ws[0])
	return m.GivenName(ws[0]) || m.GivenName(st)
}

// partOfLonger reports a name whose words are a strict part of a longer
// name (found by the gazetteer or by discovery) in the same article: a
// fragment ("مانشستر" of "مانشستر يونايتد", "بن عبدالعزيز" of "محمد بن
// نايف بن عبدالعزيز"), not a name of its own.
func partOfLonger(d *extract.Document, m *ner.Model, mn *extract.Mention) bool {
	short := stemWords(d, m, mn.Tok, mn.TokEnd)
	if len(short) == 0 {
		return false
	}
	for i := range d.Mentions {
		o := &d.Mentions[i]
		if o.Via == gazetteer.ViaRole || o.TokEnd-o.Tok <= mn.TokEnd-mn.Tok {
			continue
		}
		long := stemWords(d, m, o.Tok, o.TokEnd)
		for j := 0; j+len(short) <= len(long); j++ {
			if len(long) > len(short) && slices.Equal(long[j:j+len(short)], short) {
				return true
			}
		}
	}
	return false
}

// stemWords returns the words of tokens [from, to), each without its
// proclitic and article.
func stemWords(d *extract.Document, m *ner.Model, from, to int) []string {
	var out []string
	for k := from; k < to; k++ {
		if d.Tokens[k].Kind == textnorm.Punct {
			continue
		}
		st, _, _ := m.Stem(d.Text.TokenText(d.Tokens[k]))
		out = append(out, st)
	}
	return out
}

func appendNew(l []string, s string) []string {
	for _, x := range l {
		if x == s {
			return l
		}
	}
	return append(l, s)
}

// sentenceOf returns the text of the sentence holding token tok, cut to
// 300 code points.
func sentenceOf(d *extract.Document, tok int) string {
	for _, s := range d.Sentences {
		if tok >= s.TokStart && tok < s.TokEnd {
			r := []rune(strings.Join(strings.Fields(d.Text.Slice(int(d.Tokens[s.TokStart].Start), int(d.Tokens[s.TokEnd-1].End))), " "))
			if len(r) > 300 {
				return string(r[:300]) + "…"
			}
			return string(r)
		}
	}
	return ""
}

// titleBefore returns the title phrase right before token tok: from a
// title cue word (وزير, الرئيس, minister) within four words before it to
// the word before it ("وزير الخارجية اليمني"), or "".
func titleBefore(d *extract.Document, m *ner.Model, tok int) string {
	lo := tok
	for k := tok - 1; k >= 0 && k >= tok-4; k-- {
		t := d.Tokens[k]
		if t.Kind != textnorm.Word {
			break
		}
		w := d.Text.TokenText(t)
		if st, _, _ := m.Stem(w); m.IsTitle(w) || m.IsTitle(st) {
			lo = k
		}
	}
	if lo == tok {
		return ""
	}
	return d.Text.Slice(int(d.Tokens[lo].Start), int(d.Tokens[tok-1].End))
}

// suggestID makes a gazetteer id of a discovered key ("per:riad_yasin"):
// its type and the name when it is plain ASCII, else a short hash of it.
func suggestID(key string) string {
	typ, name, _ := strings.Cut(key, ":")
	ascii := name != ""
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			ascii = false
			break
		}
	}
	if ascii {
		return typ + "-" + name
	}
	h := fnv.New32a()
	io.WriteString(h, name)
	return fmt.Sprintf("%s-%08x", typ, h.Sum32())
}

// writeSuggestions writes list as a gazetteer file.
func writeSuggestions(w io.Writer, list []*suggestion) error {
	bw := bufio.NewWriter(w)
	q := func(s string) string {
		b, _ := json.Marshal(s) // a JSON string is a YAML double-quoted scalar
		return string(b)
	}
	qs := func(l []string) string {
		parts := make([]string, len(l))
		for i, s := range l {
			parts[i] = q(s)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	fmt.Fprintf(bw, "# Suggested by tarikh gazetteer suggest: names found by name discovery that\n# no loaded gazetteer lists, most articles first. Check every entry by hand.\nentities:\n")
	if len(list) == 0 {
		fmt.Fprintf(bw, "  []\n")
	}
	for _, s := range list {
		var spellings []string
		for sp := range s.spellings {
			spellings = append(spellings, sp)
		}
		sort.Slice(spellings, func(i, j int) bool {
			a, b := s.spellings[spellings[i]], s.spellings[spellings[j]]
			return a > b || a == b && spellings[i] < spellings[j]
		})
		var ar, en []string
		for _, sp := range spellings {
			if hasArabic(sp) {
				ar = append(ar, sp)
			} else {
				en = append(en, sp)
			}
		}
		fmt.Fprintf(bw, "  # %d articles; e.g. %s\n", s.articles, strings.ReplaceAll(s.example, "\n", " "))
		fmt.Fprintf(bw, "  - id: %s\n    type: %s\n    names:\n", suggestID(s.key), s.typ)
		if len(en) > 0 {
			fmt.Fprintf(bw, "      en: %s\n", qs(en))
		}
		if len(ar) > 0 {
			fmt.Fprintf(bw, "      ar: %s\n", qs(ar))
		}
		if role, n := topRole(s.roles); n > 0 {
			fmt.Fprintf(bw, "    # candidate role, before the name in %d articles; from/to are the first and last article dates\n    roles:\n", n)
			lang := "en"
			if hasArabic(role) {
				lang = "ar"
			}
			fmt.Fprintf(bw, "      - %s: [%s]\n", lang, q(role))
			fmt.Fprintf(bw, "        from: %s\n        to: %s\n", s.from.Format(time.DateOnly), s.to.Format(time.DateOnly))
		}
	}
	return bw.Flush()
}

// topRole returns the title phrase seen most often and how often.
func topRole(roles map[string]int) (string, int) {
	best, n := "", 0
	for r, k := range roles {
		if k > n || k == n && r < best {
			best, n = r, k
		}
	}
	return best, n
}

// hasArabic reports a string with an Arabic letter.
func hasArabic(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) >= 0
}

// adverb reports a name seen written with nunation (tanwin) at its end,
// as Arabic writes adverbs and indefinite nouns ("ميدانياً", "مشهدٍ") and
// never a name in news text.
func adverb(spellings map[string]int) bool {
	for sp := range spellings {
		r, _ := utf8.DecodeLastRuneInString(sp)
		if textnorm.Is(r, textnorm.Tanween) { // ً ٌ ٍ (lang/ar/script.yaml)
			return true
		}
	}
	return false
}
