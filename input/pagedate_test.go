package input

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/tarikh/tarikh/extract/temporal"
)

var testDates = func() DateReader {
	r, err := temporal.New()
	if err != nil {
		panic(err)
	}
	return r
}()

// page wraps head and body in a page.
func htmlPage(head, body string) string {
	return "<!DOCTYPE html><html><head><title>t</title>" + head + "</head><body>" + body + "</body></html>"
}

// TestPageDate: each place news sites put the publication date, in each
// form, and the order among them.
func TestPageDate(t *testing.T) {
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	const story = `<article><h1>Title</h1><p>Text of the story.</p></article>`
	tests := []struct {
		name, page, want string // want "" for no date
	}{
		{"article:published_time", htmlPage(`<meta property="article:published_time" content="2020-04-14T09:38:07+03:00">`, story), "2020-04-14"},
		{"itemprop datePublished with name pubdate", htmlPage(`<meta content="2020-03-17T17:27:41Z" itemprop="datePublished" name="pubdate">`, story), "2020-03-17"},
		{"DC.date.issued", htmlPage(`<meta name="DC.date.issued" content="2019-05-02">`, story), "2019-05-02"},
		{"compact timestamp", htmlPage(`<meta name="pubdate" content="20200414T00:38:07+02:00">`, story), "2020-04-14"},
		{"compact date", htmlPage(`<meta name="date" content="20231102">`, story), "2023-11-02"},
		{"RFC 1123 in words", htmlPage(`<meta name="pubdate" content="Tue, Sep 15 2020 10:01:41 EDT">`, story), "2020-09-15"},
		{"Arabic date in a meta tag", htmlPage(`<meta property="article:published_time" content="الأربعاء، 07 أكتوبر 2020 - 12:09 م">`, story), "2020-10-07"},
		{"Unix time", htmlPage(`<meta name="timestamp" content="1586824687">`, story), "2020-04-14"},
		{"US numeric date", htmlPage(`<meta name="date" content="09/15/2020">`, story), "2020-09-15"},
		{"JSON-LD", htmlPage(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-02-03T10:00:00+01:00"}</script>`, story), "2021-02-03"},
		{"JSON-LD list", htmlPage(`<script type="application/ld+json">[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2021-02-03"}]</script>`, story), "2021-02-03"},
		{"JSON-LD graph, dateCreated only", htmlPage(`<script type="application/ld+json">{"@graph":[{"@type":"Article","dateCreated":"2021-02-04"}]}</script>`, story), "2021-02-04"},
		{"broken JSON-LD is passed over", htmlPage(`<script type="application/ld+json">{"datePublished":</script><meta name="date" content="2021-02-05">`, story), "2021-02-05"},
		{"meta before JSON-LD", htmlPage(`<script type="application/ld+json">{"datePublished":"2021-02-03"}</script><meta name="pubdate" content="2021-02-02">`, story), "2021-02-02"},
		{"time pubdate", htmlPage(``, `<article><time pubdate datetime="2018-07-01T08:00">July 1</time>`+story+`</article>`), "2018-07-01"},
		{"time entry-date published", htmlPage(``, `<time class="entry-date published" datetime="2018-07-02">July 2</time>`+story), "2018-07-02"},
		{"itemprop on a span, in words", htmlPage(``, `<span itemprop="datePublished">March 3, 2021</span>`+story), "2021-03-03"},
		{"address", htmlPage(`<link rel="canonical" href="https://example.com/news/2019/11/05/story.html">`, story), "2019-11-05"},
		{"og:url, compact", htmlPage(`<meta property="og:url" content="https://example.com/story-20191106.html">`, story), "2019-11-06"},
		{"first time in the body", htmlPage(``, `<p>Posted <time datetime="2017-01-09">Monday</time></p>`+story), "2017-01-09"},
		{"a time in a sidebar is another article's", htmlPage(``, `<aside><time datetime="2017-01-08">x</time></aside>`+story), ""},
		{"Arabic byline", htmlPage(``, `<div class="article_created">تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div>`+story), "2020-04-24"},
		{"English byline", htmlPage(``, `<div class="byline">By Jane Doe | Published 10:01 AM, Sep. 15, 2020</div>`+story), "2020-09-15"},
		{"date class with a title attribute", htmlPage(``, `<div class="news-time-ago" title="2020-09-20T14:20:02Z">15 minutes ago</div>`+story), "2020-09-20"},
		{"picture address", htmlPage(`<meta property="og:image" content="https://example.com/files/2016/05/04/a.png">`, story), "2016-05-04"},
		{"modified only", htmlPage(`<meta property="article:modified_time" content="2022-01-20T10:00:00Z">`, story), "2022-01-20"},
		{"a date in the text", htmlPage(``, `<p>Bo am 29.12.2010, 13:36 Uhr</p>`+story), "2010-12-29"},
		{"published wins over modified", htmlPage(`<meta property="article:modified_time" content="2022-01-20"><meta property="article:published_time" content="2022-01-19">`, story), "2022-01-19"},
		// The publisher's day.
		{"an offset keeps the publisher's day", htmlPage(`<meta property="article:published_time" content="2020-12-25T01:59:50+02:00">`, story), "2020-12-25"},
		{"UTC after midnight, the publisher's day in JSON-LD", htmlPage(`<meta property="article:published_time" content="2020-12-24T23:59:50+00:00"><script type="application/ld+json">{"datePublished":"2020-12-25T01:59:50+02:00"}</script>`, story), "2020-12-25"},
		{"UTC past midnight, the day before in the address", htmlPage(`<meta property="article:published_time" content="2020-04-14T00:38:07Z"><link rel="canonical" href="https://example.com/2020/04/13/story">`, story), "2020-04-13"},
		{"UTC at 10:04 is the same day in the Americas", htmlPage(`<meta property="article:published_time" content="2020-07-09T10:04:04Z"><link rel="canonical" href="https://example.com/2020/07/08/story">`, story), "2020-07-09"},
		// Bounds.
		{"before 1995", htmlPage(`<meta name="date" content="1990-01-01">`, story), ""},
		{"after now", htmlPage(`<meta name="date" content="2030-01-01">`, story), ""},
		{"a bad day", htmlPage(`<meta name="date" content="2020-02-30">`, story), ""},
		{"nothing", htmlPage(``, story), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			d, ok := pageDate(root, testDates, now)
			got := ""
			if ok {
				got = d.Format(time.DateOnly)
			}
			if got != tc.want {
				t.Errorf("pageDate = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPageWithoutBody: a page whose body JavaScript draws gives its title
// and description, and its date, instead of being refused.
func TestPageWithoutBody(t *testing.T) {
	page := htmlPage(`<meta property="og:title" content="السوداني يلتقي بايدن">
<meta property="og:description" content="التقى رئيس الوزراء العراقي الرئيس الأميركي في البيت الأبيض.">
<meta property="article:published_time" content="2024-04-15T18:00:00+03:00">`, `<div id="root"></div><script>render()</script>`)
	dir := t.TempDir()
	r := walk(t, []string{writeFile(t, dir, "app.html", []byte(page))}, nil, Options{Dates: testDates})
	if len(r.errs) > 0 || len(r.arts) != 1 {
		t.Fatalf("got %d articles, errors %q", len(r.arts), r.errText())
	}
	a := r.arts[0]
	if a.Text != "السوداني يلتقي بايدن\n\nالتقى رئيس الوزراء العراقي الرئيس الأميركي في البيت الأبيض." {
		t.Errorf("text %q", a.Text)
	}
	if a.DCTSource != DCTMetadata || a.DCT.Format(time.DateOnly) != "2024-04-15" {
		t.Errorf("DCT %v from %s", a.DCT, a.DCTSource)
	}
	// Nothing at all to read is still a failure.
	r = walk(t, []string{writeFile(t, dir, "empty.html", []byte(`<!DOCTYPE html><html><head></head><body><div id="root"></div></body></html>`))}, nil, Options{})
	if len(r.errs) != 1 || !strings.Contains(r.errText(), "no article text") {
		t.Errorf("errors %q", r.errText())
	}
}

// FuzzPageDate: no page panics or stalls, and a date found is within the
// bounds.
func FuzzPageDate(f *testing.F) {
	f.Add(htmlPage(`<meta name="date" content="2020-04-14T00:38:07Z"><script type="application/ld+json">{"datePublished":"2020-04-13"}</script>`, `<time datetime="2020">x</time>`))
	f.Add(htmlPage(`<script type="application/ld+json">[[[[[[{"datePublished":[1,{"a":"2020-01-01"}]}]]]]]]</script>`, `<div class="date">٢٤ نيسان ٢٠٢٠</div>`))
	f.Add(htmlPage(`<meta name="timestamp" content="9999999999999">`, `<p>29.02.2021 31/12/1999 2020/13/40</p>`))
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		root, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return
		}
		flatten(root, 0)
		d, ok := pageDate(root, testDates, now)
		if ok && (d.Year() < 1995 || d.After(now.AddDate(0, 0, 1))) {
			t.Fatalf("date %v out of bounds", d)
		}
	})
}
