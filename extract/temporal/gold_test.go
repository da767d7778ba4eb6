package temporal

import (
	"context"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/textnorm"
)

// goldFloor is the share of gold expressions that must be recognized, and of
// values that must be right, over all seeds. Set below the numbers reached
// when the gold files arrived; raise it as the resolver improves.
const (
	goldRecognizedFloor = 0.97 // 97.7% (84/86) when set
	goldValueFloor      = 0.95 // 95.3% (82/86) when set
)

type goldRow struct {
	start, end int
	text       string
	value      string
}

var dctComment = regexp.MustCompile(`(?i)dct\W*(\d{4}-\d{2}-\d{2})`)

// readGold reads one seed's gold CSV: a header
// doc,start,end,text,type,value,mod,granularity,start_date,end_date and the
// article's date in a "# dct: YYYY-MM-DD" comment line (when there is one).
func readGold(path string) ([]goldRow, time.Time, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, time.Time{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, time.Time{}, err
	}
	var dct time.Time
	var body []string
	for _, ln := range strings.Split(strings.TrimPrefix(string(data), "\ufeff"), "\n") {
		if strings.HasPrefix(strings.TrimSpace(ln), "#") {
			if m := dctComment.FindStringSubmatch(ln); m != nil {
				dct, _ = time.Parse(time.DateOnly, m[1])
			}
			continue
		}
		body = append(body, ln)
	}
	r := csv.NewReader(strings.NewReader(strings.Join(body, "\n")))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, dct, err
	}
	if len(recs) == 0 {
		return nil, dct, nil
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[strings.TrimSpace(h)] = i
	}
	for _, need := range []string{"start", "end", "value"} {
		if _, ok := col[need]; !ok {
			return nil, dct, &os.PathError{Op: "read gold", Path: path, Err: io.ErrUnexpectedEOF}
		}
	}
	var rows []goldRow
	for _, rec := range recs[1:] {
		if len(rec) <= col["value"] {
			continue
		}
		s, err1 := strconv.Atoi(strings.TrimSpace(rec[col["start"]]))
		e, err2 := strconv.Atoi(strings.TrimSpace(rec[col["end"]]))
		if err1 != nil || err2 != nil {
			continue
		}
		g := goldRow{start: s, end: e, value: strings.TrimSpace(rec[col["value"]])}
		if i, ok := col["text"]; ok && i < len(rec) {
			g.text = rec[i]
		}
		rows = append(rows, g)
	}
	return rows, dct, nil
}

// readmeDCT looks for "<seed stem> ... YYYY-MM-DD" lines in the gold README.
func readmeDCT(dir, stem string) (time.Time, bool) {
	b, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		return time.Time{}, false
	}
	for _, ln := range strings.Split(string(b), "\n") {
		if !strings.Contains(ln, stem) {
			continue
		}
		if m := regexp.MustCompile(`\d{4}-\d{2}-\d{2}`).FindString(ln); m != "" {
			if d, err := time.Parse(time.DateOnly, m); err == nil {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// TestGoldSeeds scores the recognizer on the hand-made gold files of the
// seeds: recognized (an expression overlaps the gold extent) and value
// correct (and equal value), per seed and in total.
func TestGoldSeeds(t *testing.T) {
	dir := filepath.Join("testdata", "gold")
	golds, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	if len(golds) == 0 {
		t.Skipf("no gold files in %s yet", dir)
	}
	seeds := testshared.Path(t, "seeds")
	sort.Strings(golds)
	var tot, rec, val, found, spurious int
	for _, g := range golds {
		stem := strings.TrimSuffix(filepath.Base(g), ".csv")
		rows, dct, err := readGold(g)
		if err != nil {
			t.Errorf("%s: %v", g, err)
			continue
		}
		text, hdrDCT, err := readSeed(filepath.Join(seeds, stem+".txt"))
		if err != nil {
			t.Logf("%s: seed not found: %v", stem, err)
			continue
		}
		if dct.IsZero() {
			if d, ok := readmeDCT(dir, stem); ok {
				dct = d
			} else {
				dct = hdrDCT
			}
		}
		tx := textnorm.Normalize(text)
		toks := tx.Tokenize()
		xs := testRec.Find(tx, toks, textnorm.DetectLang(toks, tx), dct)
		var r, v int
		used := make([]bool, len(xs))
		for _, gr := range rows {
			ok, okV := false, false
			for k, x := range xs {
				if x.Start < gr.end && gr.start < x.End {
					ok, used[k] = true, true
					if x.Value == gr.value {
						okV = true
					}
				}
			}
			if ok {
				r++
			} else if testing.Verbose() {
				t.Logf("  %s: missed %d..%d %q (%s)", stem, gr.start, gr.end, gr.text, gr.value)
			}
			if okV {
				v++
			} else if ok && testing.Verbose() {
				t.Logf("  %s: value of %q: want %q", stem, gr.text, gr.value)
			}
		}
		sp := 0
		for k, u := range used {
			if !u {
				sp++
				if testing.Verbose() {
					t.Logf("  %s: not in gold: %q (%s)", stem, xs[k].Text, xs[k].Value)
				}
			}
		}
		t.Logf("%s (dct %s): gold %d, recognized %d, value correct %d, found %d, not in gold %d",
			stem, ds(dct), len(rows), r, v, len(xs), sp)
		tot, rec, val, found, spurious = tot+len(rows), rec+r, val+v, found+len(xs), spurious+sp
	}
	if tot == 0 {
		t.Skip("gold files hold no rows")
	}
	t.Logf("TOTAL: gold %d, recognized %d (%.1f%%), value correct %d (%.1f%%); found %d, not in gold %d",
		tot, rec, 100*float64(rec)/float64(tot), val, 100*float64(val)/float64(tot), found, spurious)
	if float64(rec) < goldRecognizedFloor*float64(tot) {
		t.Errorf("recognized %d of %d, below the floor %.0f%%", rec, tot, 100*goldRecognizedFloor)
	}
	if float64(val) < goldValueFloor*float64(tot) {
		t.Errorf("value correct %d of %d, below the floor %.0f%%", val, tot, 100*goldValueFloor)
	}
}

// readSeed reads a seed article the way the CLI does (header date included).
func readSeed(path string) (string, time.Time, error) {
	var text string
	var dct time.Time
	var rerr error
	err := input.Walk(context.Background(), []string{path}, nil, input.Options{}, func(a *input.Article, e *input.Error) error {
		if e != nil {
			rerr = e
			return nil
		}
		text, dct = a.Text, a.DCT
		return nil
	})
	if err == nil {
		err = rerr
	}
	return text, dct, err
}
