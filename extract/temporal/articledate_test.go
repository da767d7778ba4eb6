package temporal

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/textnorm"
)

// TestArticleDate: the text corrects an article's date that is a few days
// off when it says so unambiguously (issue 14).
func TestArticleDate(t *testing.T) {
	cases := []struct {
		text, lang, dct, dateline, want string // want "" for no correction
	}{
		// SaudiNewsNet: the date field is the crawl day, a day late
		{"أعلنت وزارة الصحة اليوم (السبت) تسجيل حالات جديدة", "ar", "2015-08-02", "", "2015-08-01"},
		{"وصل الوزير أمس الجمعة إلى الرياض", "ar", "2015-08-02", "", "2015-08-01"},
		{"أعلنت وزارة الصحة اليوم الأحد تسجيل حالات جديدة", "ar", "2015-08-02", "", ""}, // agrees
		// up to six days late, never early: SaudiNewsNet's first crawl day
		// (2015-07-21, a Tuesday) holds the week's backlog; "today
		// Wednesday" is the 15th (Fouad Qandil died on 15 July), not the 22nd
		{"توفي اليوم الأربعاء في أحد مستشفيات القاهرة الروائي المصري فؤاد قنديل", "ar", "2015-07-21", "", "2015-07-15"},
		{"ذكرت وزارة الدفاع الكورية الجنوبية أن سيول دعت بيونغ يانغ أمس الجمعة", "ar", "2015-07-21", "", "2015-07-18"},
		// two lead weekdays that disagree: no correction
		{"قال اليوم السبت إن الاجتماع عقد أمس الجمعة، وأكد اليوم الأحد", "ar", "2015-08-02", "", ""},
		// Reuters: the dateline field, or a dateline opening the text
		{"Iran said reports were baseless.", "en", "1987-03-22", "LONDON, March 23 -", "1987-03-23"},
		{"Iran said reports were baseless.", "en", "1987-03-22", "LONDON, March 22 -", ""},
		{"WASHINGTON, March 17 (Reuters) - The department said wheat exports rose.", "en", "1987-03-18", "", "1987-03-17"},
		// a headline with a date and a dash is no dateline; a date far off is none
		{"Talks set for March 20 - sources\nThe talks resume.", "en", "1987-03-19", "", ""},
		{"LONDON, March 2 - The bank said.", "en", "1987-03-22", "", ""},
	}
	for _, c := range cases {
		tx := textnorm.Normalize(c.text)
		dct, _ := time.Parse(time.DateOnly, c.dct)
		got, ok := testRec.ArticleDate(tx, tx.Tokenize(), textnorm.Lang(c.lang), dct, c.dateline)
		g := ""
		if ok {
			g = got.Format(time.DateOnly)
		}
		if g != c.want {
			t.Errorf("%q (dct %s, dateline %q): got %q, want %q", c.text, c.dct, c.dateline, g, c.want)
		}
	}
}

// TestArticleDateGuards: the cheap tests that let ArticleDate skip its
// dateline and lead-weekday scans (commaOnFirstLine, weekdayIn) never skip
// a scan that would have voted: on real articles (a SaudiNewsNet day, the
// first 3,000 Reuters lines, also with their dateline field opening the
// text; each also with its date a day off so that the scans have something
// to correct), wherever a guard is false the unguarded
// scan gives no vote. It logs how many scans the guards skipped.
func TestArticleDateGuards(t *testing.T) {
	type doc struct {
		text, dct string
		lang      textnorm.Lang
	}
	var docs []doc
	read := func(path string, lang textnorm.Lang, max int) {
		eachArticle(t, path, max, func(a jsonlArticle) {
			if len(a.Date) < 10 {
				return
			}
			docs = append(docs, doc{a.Text, a.Date[:10], lang})
			if a.Dateline != "" {
				// the dateline opening the text, as other sources write it
				docs = append(docs, doc{a.Dateline + " " + a.Text, a.Date[:10], lang})
			}
		})
	}
	// not the held-out days (docs/heldout.md); Reuters before line 15,001
	read(testshared.Path(t, "corpus", "saudinewsnet", "2015-08-02.jsonl"), "ar", 1<<30)
	read(testshared.Path(t, "corpus", "reuters21578", "reuters21578.jsonl"), "en", 3000)
	if len(docs) < 1000 {
		t.Fatalf("%d articles read", len(docs))
	}
	var skipped, votedDateline, votedWeekday, runs int
	for _, d := range docs {
		tx := textnorm.Normalize(d.text)
		toks := tx.Tokenize()
		n := min(len(toks), leadTokens)
		dct0, err := time.Parse(time.DateOnly, d.dct)
		if err != nil {
			continue
		}
		for _, off := range []int{0, 1, -1} {
			dct := dct0.AddDate(0, 0, off)
			runs++
			testRec.withScanner(tx, toks[:n], d.lang, dct, func(s *scanner) {
				comma, wd := s.commaOnFirstLine(n), s.weekdayIn()
				var dv, wv dateVotes
				s.datelineVotes(n, &dv)
				s.leadWeekdayVotes(&wv)
				if !comma && (dv.agree || len(dv.cands) > 0) {
					t.Errorf("%s %q...: no comma on the first line, but the dateline scan voted %+v", d.dct, first(d.text), dv)
				}
				if !wd && (wv.agree || len(wv.cands) > 0) {
					t.Errorf("%s %q...: no weekday, but the lead weekday scan voted %+v", d.dct, first(d.text), wv)
				}
				if !comma {
					skipped++
				}
				if !wd {
					skipped++
				}
				if dv.agree || len(dv.cands) > 0 {
					votedDateline++
				}
				if wv.agree || len(wv.cands) > 0 {
					votedWeekday++
				}
			})
		}
	}
	t.Logf("%d articles × 3 dates: %d of %d scans skipped by the guards; scans that voted: dateline %d, lead weekday %d",
		len(docs), skipped, 2*runs, votedDateline, votedWeekday)
	if votedDateline == 0 || votedWeekday == 0 {
		t.Errorf("no scan voted (dateline %d, weekday %d): the test checks nothing", votedDateline, votedWeekday)
	}
}

func first(s string) string {
	r := []rune(s)
	return string(r[:min(len(r), 40)])
}

// TestArticleDateFind: ArticleDateFind, which looks the lead's words up once
// for ArticleDate and Find, gives what ArticleDate then Find against its
// date give: on the cases of TestArticleDate and on real articles (a
// SaudiNewsNet day, the first 1,000 Reuters lines with their dateline), each
// also with its date a day off so that the lead corrects it.
func TestArticleDateFind(t *testing.T) {
	type doc struct {
		text, dateline string
		dct            time.Time
		lang           textnorm.Lang
	}
	docs := []doc{
		{"أعلنت وزارة الصحة اليوم (السبت) تسجيل حالات جديدة، وقالت إن الحالات سجلت أمس", "", day(2015, 8, 2), "ar"},
		{"وصل الوزير أمس الجمعة إلى الرياض على أن يغادر يوم الأحد المقبل", "", day(2015, 8, 2), "ar"},
		{"Iran said reports were baseless on Monday.", "LONDON, March 23 -", day(1987, 3, 22), "en"},
		{"WASHINGTON, March 17 (Reuters) - The department said wheat exports rose last week.", "", day(1987, 3, 18), "en"},
		{"A text without a date of its own, read yesterday.", "", time.Time{}, "en"},
	}
	read := func(path string, lang textnorm.Lang, max int) {
		eachArticle(t, path, max, func(a jsonlArticle) {
			d, err := time.Parse(time.DateOnly, a.Date[:min(len(a.Date), 10)])
			if err != nil {
				return
			}
			for _, off := range []int{0, -1} {
				docs = append(docs, doc{a.Text, a.Dateline, d.AddDate(0, 0, off), lang})
			}
		})
	}
	// not the held-out days (docs/heldout.md); Reuters before line 15,001
	read(testshared.Path(t, "corpus", "saudinewsnet", "2015-08-02.jsonl"), "ar", 1<<30)
	read(testshared.Path(t, "corpus", "reuters21578", "reuters21578.jsonl"), "en", 1000)
	corrected := 0
	for _, d := range docs {
		tx := textnorm.Normalize(d.text)
		toks := tx.Tokenize()
		wantD, wantOK := testRec.ArticleDate(tx, toks, d.lang, d.dct, d.dateline)
		dct := d.dct
		if wantOK {
			dct = wantD
			corrected++
		}
		want := testRec.Find(tx, toks, d.lang, dct)
		gotD, gotOK, got := testRec.ArticleDateFind(tx, toks, d.lang, d.dct, d.dateline)
		if gotOK != wantOK || !gotD.Equal(wantD) {
			t.Errorf("%s %q...: date %v %v, want %v %v", d.dct.Format(time.DateOnly), first(d.text), gotD, gotOK, wantD, wantOK)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s %q...: found\n%+v\nwant\n%+v", d.dct.Format(time.DateOnly), first(d.text), got, want)
		}
	}
	if corrected == 0 {
		t.Errorf("no article of %d had its date corrected", len(docs))
	}
	t.Logf("%d articles, %d dates corrected", len(docs), corrected)
}

// jsonlArticle is the part of a corpus JSONL line these tests read.
type jsonlArticle struct{ Date, Dateline, Text string }

// eachArticle calls fn with each of the first max articles of the corpus
// JSONL file at path.
func eachArticle(t *testing.T, path string, max int, fn func(a jsonlArticle)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 0; sc.Scan() && n < max; n++ {
		var a jsonlArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s:%d: %v", path, n+1, err)
		}
		fn(a)
	}
}
