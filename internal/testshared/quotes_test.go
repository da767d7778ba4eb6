package testshared

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// quoteLimit is the most characters of one news article (SaudiNewsNet,
// Reuters-21578 or a seed) that one file of the repository may quote in
// more than one sentence; one sentence may run to twice as long. A test
// that needs more reads the article by id at run time (Doc, Passage,
// Article): the corpus licences forbid shipping the texts
// (docs/heldout.md, "News text in the repository").
const quoteLimit = 250

// quoteGram is how many words in a row a file must share with an article for
// the words to count as quoted from it.
const quoteGram = 6

// commonGram is the most articles a word sequence may be found in and still
// count as quoted: more are a formula ("استقبل صاحب السمو الملكي الأمير",
// "said it completed the acquisition of"), not one article's text. The
// same wire story printed by several papers stays under it.
const commonGram = 30

// heldOutDay and heldOutReuters are the text nobody may read while it is being
// graded (docs/heldout.md): the scan leaves them out.
const (
	heldOutDay     = "2015-07-23.jsonl"
	heldOutReuters = 15001 // first held-out line of reuters21578.jsonl
)

// TestNoLongNewsQuotes fails when a file of the repository (Go, test data,
// language data, docs) quotes too much of one news article: more than
// quoteLimit characters in two sentences or more, or twice that in one,
// counting runs of quoteGram or more words found verbatim (punctuation
// aside) in an article of the shared corpora or in a seed, each sentence
// once. It reads no held-out text and skips where the corpora are absent.
func TestNoLongNewsQuotes(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the corpora: skipped with -short")
	}
	snn := Path(t, "corpus", "saudinewsnet")
	reuters := Path(t, "corpus", "reuters21578", "reuters21578.jsonl")
	seeds := Path(t, "seeds")
	root := moduleRoot(t)
	idx, err := indexRepo(root)
	if err != nil {
		t.Fatal(err)
	}
	var hits []articleHits
	visit := func(id, text string) {
		if h := idx.match(id, text); len(h.grams) > 0 {
			hits = append(hits, h)
		}
	}
	days, err := filepath.Glob(filepath.Join(snn, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, day := range days {
		if filepath.Base(day) == heldOutDay {
			continue
		}
		if err := eachArticle(day, 0, visit); err != nil {
			t.Fatal(err)
		}
	}
	if err := eachArticle(reuters, heldOutReuters, visit); err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		visit("seed "+filepath.Base(name), string(b))
	}
	df := map[uint64]int{}
	for _, h := range hits {
		for _, g := range h.grams {
			df[g]++
		}
	}
	var found []quote
	for _, h := range hits {
		found = append(found, idx.quotes(h, df)...)
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].file != found[j].file {
			return found[i].file < found[j].file
		}
		return found[i].line < found[j].line
	})
	for _, q := range found {
		t.Errorf("%s:%d quotes %d characters of %s (longest sentence %d, %d sentences): read the article by id (testshared.Doc, Passage) and keep only the sentence the test needs",
			q.file, q.line, q.chars, q.article, q.longest, q.sentences)
	}
}

// quote is one file's quotation of one article.
type quote struct {
	file, article  string
	line           int // line of the first quoted word
	chars, longest int // characters quoted in all, and in the longest sentence
	sentences      int // distinct sentences quoted (runs of quoted words)
}

// word is one word of a repository file.
type word struct {
	text string
	line int32
	end  bool // a sentence ends after the word
}

// repoIndex maps each quoteGram-word sequence of the repository's files to
// where it starts.
type repoIndex struct {
	files []string
	words [][]word
	grams map[uint64][]gramRef
}

type gramRef struct{ file, pos int32 }

// scanned reports whether the file at path rel (slash-separated, under the
// module root) is scanned: every text file but generated and fuzz data.
func scanned(rel string) bool {
	if strings.Contains(rel, "/fuzz/") {
		return false
	}
	switch filepath.Ext(rel) {
	case ".go", ".md", ".txt", ".csv", ".tsv", ".yaml", ".yml", ".json", ".jsonl", ".html", ".golden", ".py", "":
		return true
	}
	return false
}

func moduleRoot(tb testing.TB) string {
	tb.Helper()
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		if filepath.Dir(dir) == dir {
			tb.Fatal("no go.mod above the test")
		}
	}
}

func indexRepo(root string) (*repoIndex, error) {
	idx := &repoIndex{grams: map[uint64][]gramRef{}}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && rel != "." {
				return filepath.SkipDir
			}
			return nil
		}
		if !scanned(rel) {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !utf8.Valid(b) {
			return nil
		}
		text := string(b)
		if strings.HasSuffix(rel, ".go") {
			text = unescape(text)
		}
		idx.add(rel, text)
		return nil
	})
	return idx, err
}

// unescape blanks Go escapes (\n, \", \t) so that they split words as the
// characters they stand for do.
func unescape(s string) string {
	return strings.NewReplacer(`\n`, "¶ ", `\t`, "  ", `\"`, "  ").Replace(s)
}

func (idx *repoIndex) add(rel, text string) {
	f := int32(len(idx.files))
	var ws []word
	var keys []string
	line := int32(1)
	eachWord(text, func(w string, nl int, end bool) {
		line += int32(nl)
		ws = append(ws, word{text: w, line: line})
		if end {
			ws[len(ws)-1].end = true
		}
		keys = append(keys, w)
	})
	idx.files = append(idx.files, rel)
	idx.words = append(idx.words, ws)
	for i := 0; i+quoteGram <= len(keys); i++ {
		h := gramHash(keys[i : i+quoteGram])
		idx.grams[h] = append(idx.grams[h], gramRef{f, int32(i)})
	}
}

// eachWord calls fn with each word of text (a run of letters, marks and
// digits), the count of line breaks between the previous word and it, and
// whether a sentence ends after it (a full stop, a question or exclamation
// mark or a line break, escaped or not, before the next word).
func eachWord(text string, fn func(w string, newlines int, end bool)) {
	var (
		word      string // the word waiting for what follows it
		before    int    // its line breaks before
		start, nl = -1, 0
		end       bool
		prev      rune
	)
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			if start < 0 {
				if prev == '.' && unicode.IsDigit(r) {
					end = false // 7.5
				}
				if word != "" {
					fn(word, before, end)
				}
				start, before, nl, end = i, nl, 0, false
			}
			prev = r
			continue
		}
		if start >= 0 {
			word, start = text[start:i], -1
		}
		switch r {
		case '\n':
			nl++
			end = true
		case '.', '!', '?', '؟', '¶':
			end = true
		}
		prev = r
	}
	if start >= 0 {
		word = text[start:]
	}
	if word != "" {
		fn(word, before, true)
	}
}

func gramHash(ws []string) uint64 {
	h := fnv.New64a()
	for _, w := range ws {
		h.Write([]byte(w))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// articleHits is the word sequences of the repository found in one article.
type articleHits struct {
	article string
	grams   []uint64 // distinct
}

// match returns the repository's word sequences found in the article id,
// whose text is text.
func (idx *repoIndex) match(id, text string) articleHits {
	h := articleHits{article: id}
	seen := map[uint64]bool{}
	var keys []string
	eachWord(text, func(w string, _ int, _ bool) { keys = append(keys, w) })
	for i := 0; i+quoteGram <= len(keys); i++ {
		g := gramHash(keys[i : i+quoteGram])
		if _, ok := idx.grams[g]; ok && !seen[g] {
			seen[g] = true
			h.grams = append(h.grams, g)
		}
	}
	return h
}

// quotes returns the files that quote more than quoteLimit characters of the
// article of h, counting only the word sequences found in at most commonGram
// articles (df).
func (idx *repoIndex) quotes(h articleHits, df map[uint64]int) []quote {
	covered := map[int32]map[int32]bool{}
	for _, g := range h.grams {
		if df[g] > commonGram {
			continue
		}
		for _, ref := range idx.grams[g] {
			c := covered[ref.file]
			if c == nil {
				c = map[int32]bool{}
				covered[ref.file] = c
			}
			for k := ref.pos; k < ref.pos+quoteGram; k++ {
				c[k] = true
			}
		}
	}
	var out []quote
	for f, c := range covered {
		if q, ok := idx.quote(f, h.article, c); ok {
			out = append(out, q)
		}
	}
	return out
}

// quote measures what file f quotes of article: the words at the positions
// covered, split into sentences, each sentence counted once however often
// the file repeats it. It reports whether the quote is too long: more than
// quoteLimit characters in two sentences or more, or more than twice that
// in one.
func (idx *repoIndex) quote(f int32, article string, covered map[int32]bool) (quote, bool) {
	ws := idx.words[f]
	pos := make([]int, 0, len(covered))
	for p := range covered {
		pos = append(pos, int(p))
	}
	sort.Ints(pos)
	q := quote{file: idx.files[f], article: article, line: int(ws[pos[0]].line)}
	seen := map[string]bool{}
	var sentence []string
	flush := func() {
		s := strings.Join(sentence, " ")
		sentence = sentence[:0]
		if s == "" || seen[s] {
			return
		}
		seen[s] = true
		n := utf8.RuneCountInString(s) + 1
		q.sentences++
		q.chars += n
		q.longest = max(q.longest, n)
	}
	for i, p := range pos {
		if i > 0 && (pos[i-1] != p-1 || ws[pos[i-1]].end) {
			flush()
		}
		sentence = append(sentence, ws[p].text)
	}
	flush()
	long := q.chars > quoteLimit && q.sentences > 1 || q.chars > 2*quoteLimit
	return q, long
}

// eachArticle calls fn with the id and the title and text of each article of
// a JSONL file, stopping before line stop when stop > 0.
func eachArticle(path string, stop int, fn func(id, text string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		if stop > 0 && n >= stop {
			break
		}
		var a struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		fn(a.ID, a.Title+"\n"+a.Text)
	}
	return sc.Err()
}
