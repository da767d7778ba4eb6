package temporal

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/textnorm"
)

type peerCase struct {
	Input   string `json:"Input"`
	Context struct {
		ReferenceDateTime string `json:"ReferenceDateTime"`
	} `json:"Context"`
	Results []struct {
		Text   string `json:"Text"`
		Start  int    `json:"Start"`
		Length int    `json:"Length"`
		Type   string `json:"Type"`
		Value  *struct {
			Timex  string            `json:"Timex"`
			Future map[string]string `json:"FutureResolution"`
			Past   map[string]string `json:"PastResolution"`
		} `json:"Value"`
	} `json:"Results"`
}

// peerScore is one spec file's tally.
type peerScore struct {
	cases, spans, values, valued int
	// convention: valued cases missed only because tarikh follows the
	// conventions its issue sets where the peer's differ (see peerConvention).
	convention int
}

// peerConvention reports that x differs from the peer's timex only by a
// convention tarikh keeps on purpose: an amount stays a duration (خلال
// اسبوعين = P2W, not the interval from tomorrow), a vague count stays
// vague (قبل بضعة أيام = PAST_REF, not three days ago), and a range of
// years includes its last year (2014-2018 ends on 31 December 2018, the
// peer's ends on 1 January 2018), and an offset from the article's date has
// the granularity of its unit, as TIMEX3 gives it (three weeks ago is a
// week, the peer's a day in it).
func peerConvention(x Timex, timex string) bool {
	switch {
	case x.Type == Date && x.Granularity != Day && len(timex) == 10 && timex[4] == '-' && timex[7] == '-':
		d, err := time.Parse(time.DateOnly, timex)
		return err == nil && !d.Before(x.StartDate) && !d.After(x.EndDate)
	case x.Type == Duration && x.Value != "":
		return strings.HasSuffix(timex, ","+x.Value+")") || timex == x.Value
	case x.Type == Vague:
		return timex != "" && timex[0] != 'P' && !strings.HasSuffix(timex, "_REF")
	case x.Type == Date && strings.Count(x.Value, "/") == 1 && len(x.Value) == 9:
		a, b, _ := strings.Cut(x.Value, "/")
		return strings.HasPrefix(timex, "("+a+"-01-01,"+b+"-01-01,")
	}
	return false
}

// peerValueOK: the value equals the Timex, or the interval equals one of the
// two resolutions (the peer's end dates are exclusive for periods).
func peerValueOK(x Timex, timex string, res ...map[string]string) bool {
	if x.Value != "" && x.Value == timex {
		return true
	}
	if x.StartDate.IsZero() {
		return false
	}
	sd, ed := x.StartDate.Format(time.DateOnly), x.EndDate.Format(time.DateOnly)
	edx := x.EndDate.AddDate(0, 0, 1).Format(time.DateOnly)
	for _, r := range res {
		if d, ok := r["date"]; ok && d == sd && sd == ed {
			return true
		}
		if s, ok := r["startDate"]; ok && s == sd && (r["endDate"] == ed || r["endDate"] == edx) {
			return true
		}
	}
	return false
}

func runPeerFile(t *testing.T, r *Recognizer, path string, lang textnorm.Lang) peerScore {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var cases []peerCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var sc peerScore
	verbose := os.Getenv("TARIKH_PEER_VERBOSE") != ""
	for _, c := range cases {
		dct := time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)
		if len(c.Context.ReferenceDateTime) >= 10 {
			if d, err := time.Parse(time.DateOnly, c.Context.ReferenceDateTime[:10]); err == nil {
				dct = d
			}
		}
		tx := textnorm.Normalize(c.Input)
		xs := r.Find(tx, tx.Tokenize(), lang, dct)
		sc.cases++
		spanOK, valOK, hasVal, conv := true, true, false, true
		if len(c.Results) == 0 {
			spanOK = len(xs) == 0
		}
		for _, g := range c.Results {
			var hit *Timex
			for k := range xs {
				if xs[k].Start < g.Start+g.Length && g.Start < xs[k].End {
					hit = &xs[k]
					break
				}
			}
			if hit == nil {
				spanOK = false
			}
			if g.Value != nil {
				hasVal = true
				if hit == nil || !peerValueOK(*hit, g.Value.Timex, g.Value.Past, g.Value.Future) {
					valOK = false
					if hit == nil || !peerConvention(*hit, g.Value.Timex) {
						conv = false
					}
				}
			}
		}
		if spanOK {
			sc.spans++
		}
		if hasVal {
			sc.valued++
			if valOK && spanOK {
				sc.values++
			} else if spanOK && conv {
				sc.convention++
			}
		}
		if verbose && (!spanOK || (hasVal && !valOK)) {
			var got []string
			for _, x := range xs {
				got = append(got, x.Text+"="+x.Value)
			}
			want := ""
			for _, g := range c.Results {
				if g.Value != nil {
					want += g.Text + "=" + g.Value.Timex + " "
				} else {
					want += g.Text + " "
				}
			}
			t.Logf("MISS %s | %s | want %s| got %s", filepath.Base(filepath.Dir(path))+"/"+filepath.Base(path), c.Input, want, strings.Join(got, "; "))
		}
	}
	return sc
}

// TestPeerSuite runs Microsoft Recognizers-Text's Arabic and English date
// specs and reports, per file, the cases whose spans tarikh finds and whose
// values it gets right. It fails only below the floors.
func TestPeerSuite(t *testing.T) {
	dir := testshared.Path(t, "peer-tests", "recognizers-text")
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	// Floors: a bit below the numbers reached when they were set (see the
	// package note), so a regression fails CI and progress does not.
	floors := map[string]float64{
		"ar/DateParser.json":       0.68, // 70.6% when raised (session 5)
		"ar/DatePeriodParser.json": 0.77, // 78.7% when raised (session 9)
		"ar/DurationParser.json":   0.95, // 100% when set
		"en/DateParser.json":       0.77, // 79.3% when raised (session 5)
		"en/DatePeriodParser.json": 0.57, // 59.7% when raised (session 6)
		"en/DurationParser.json":   0.45, // 48.2% when set
	}
	var names []string
	for _, lang := range []string{"ar", "en"} {
		fs, _ := filepath.Glob(filepath.Join(dir, lang, "*.json"))
		for _, f := range fs {
			names = append(names, lang+"/"+filepath.Base(f))
		}
	}
	sort.Strings(names)
	for _, n := range names {
		lang := textnorm.Arabic
		if strings.HasPrefix(n, "en/") {
			lang = textnorm.English
		}
		sc := runPeerFile(t, r, filepath.Join(dir, n), lang)
		if sc.valued > 0 {
			pct := 100 * float64(sc.values) / float64(sc.valued)
			t.Logf("%-28s cases %4d  spans %4d (%5.1f%%)  values %4d/%4d (%5.1f%%); by convention %3d more (%5.1f%%)",
				n, sc.cases, sc.spans, 100*float64(sc.spans)/float64(sc.cases), sc.values, sc.valued, pct,
				sc.convention, 100*float64(sc.values+sc.convention)/float64(sc.valued))
			if f, ok := floors[n]; ok && pct < 100*f {
				t.Errorf("%s: values %.1f%% below the floor %.0f%%", n, pct, 100*f)
			}
		} else {
			t.Logf("%-28s cases %4d  spans %4d (%5.1f%%)", n, sc.cases, sc.spans, 100*float64(sc.spans)/float64(sc.cases))
		}
	}
}
