package chart_test

import (
	"bytes"
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
	"github.com/tarikh/tarikh/timeline/format"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func render(t *testing.T, events []timeline.Event, opts chart.Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := chart.Write(&b, events, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var (
	dataRE = regexp.MustCompile(`(?s)<script type="application/json" id="tk-data">(.*?)</script>`)
	lateRE = regexp.MustCompile(`(?s)<script type="application/json" id="tk-late">(.*?)</script>`)
)

// pageData decodes the JSON the page carries for its script.
func pageData(t *testing.T, html string) chart.Page {
	t.Helper()
	m, l := dataRE.FindStringSubmatch(html), lateRE.FindStringSubmatch(html)
	if m == nil || l == nil {
		t.Fatal("no tk-data or tk-late script in the page")
	}
	p, err := chart.DecodePage([]byte(m[1]), []byte(l[1]))
	if err != nil {
		t.Fatal(err)
	}
	return *p
}

func TestWriteGolden(t *testing.T) {
	got := render(t, readSeeds(t), chart.Options{})
	const golden = "testdata/seeds.html"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("chart of ../format/testdata/events.csv differs from %s; if the change is meant, run go test ./timeline/chart -update", golden)
	}
}

// TestWriteEscapes checks that hostile article text cannot leave the JSON
// data block: no markup of it reaches the page, and it reads back intact.
func TestWriteEscapes(t *testing.T) {
	events := readSeeds(t)
	html := render(t, events, chart.Options{Title: `<img src=x onerror=alert(2)> & "T"`})
	for _, bad := range []string{"<script>alert", "<b>Hostile", "<img src=x", "</script><img", "onerror=\"document"} {
		if strings.Contains(html, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	if n := strings.Count(strings.ToLower(html), "<script"); n != 3 {
		t.Errorf("page has %d <script elements, want 3 (early data, code, late data)", n)
	}
	if !strings.Contains(html, "<title>&lt;img src=x onerror=alert(2)&gt; &amp; &#34;T&#34;</title>") {
		t.Errorf("title not escaped: %s", regexp.MustCompile(`<title>.*</title>`).FindString(html))
	}
	p := pageData(t, html)
	if len(p.Items) != len(events) {
		t.Fatalf("page has %d events, want %d", len(p.Items), len(events))
	}
	for i, e := range events {
		if p.Items[i].Text != e.Text || p.Items[i].Headline != e.Headline || p.Items[i].ID != i {
			t.Errorf("event %d did not survive the page: %+v", i, p.Items[i])
		}
	}
}

func TestAssetsStayInTheirScript(t *testing.T) {
	for name, s := range map[string]string{"chart.js": chart.ChartJS, "chart.css": chart.ChartCSS} {
		low := strings.ToLower(s)
		for _, bad := range []string{"</script", "</style", "<!--", "http://", "https://", "@import", " url(", ":url(",
			"fetch(", "xmlhttprequest", "websocket", "eventsource", "import(", "sendbeacon"} {
			if strings.Contains(low, bad) {
				t.Errorf("%s contains %q: it must neither end its element nor reach the network", name, bad)
			}
		}
	}
	if strings.Contains(chart.ChartJS, "innerHTML") || strings.Contains(chart.ChartJS, "insertAdjacentHTML") || strings.Contains(chart.ChartJS, "document.write") {
		t.Error("chart.js must put text into the page with textContent only")
	}
}

// TestWriteArabic checks the Arabic page: right to left, the chart's words
// from lang/ar/chart.yaml, type labels from the trigger lexicon, entity
// names in Arabic (English where there is none, the id where neither), and
// "late January" drawn as its last ten days.
func TestWriteArabic(t *testing.T) {
	lx, err := timeline.LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	events := []timeline.Event{{
		Date: "2024-03-26", Type: "meeting", Status: timeline.Happened, Headline: "لقاء بلينكن وحسين",
		People: []timeline.Entity{{ID: "blinken", NameEn: "Antony Blinken", NameAr: "أنتوني بلينكن"}, {ID: "x", NameEn: "Only English"}},
		Places: []timeline.Entity{{ID: "washington"}},
	}, {
		Date: "2024-01", Mod: "END", Type: "other", Headline: "x",
	}, {
		Date: "2024-02", Type: "match", Headline: "y",
	}}
	opts := chart.Options{Lang: "ar", Group: chart.ByPerson, TypeLabel: func(k string) string { return lx.TypeLabel(k, "ar") }}
	html := render(t, events, opts)
	for _, want := range []string{`<html lang="ar" dir="rtl">`, "<title>الخط الزمني للأحداث</title>", `placeholder="ابحث في العناوين والنصوص والأسماء…"`} {
		if !strings.Contains(html, want) {
			t.Errorf("Arabic page lacks %q", want)
		}
	}
	p := pageData(t, html)
	var people []string
	for _, i := range p.Items[0].People {
		people = append(people, p.Entities[i].Name)
	}
	if len(people) != 2 || people[0] != "أنتوني بلينكن" || people[1] != "Only English" {
		t.Errorf("people = %q: want Arabic names, English where there is none", people)
	}
	if got := p.Entities[p.Items[0].Places[0]].Name; got != "washington" {
		t.Errorf("place = %q: want the id when there is no name", got)
	}
	labels := map[string]string{}
	for _, ty := range p.Types {
		labels[ty.Key] = ty.Label
	}
	if labels["meeting"] != "لقاء" || labels["other"] != "حدث" || labels["match"] != "مباراة" {
		t.Errorf("type labels %v: want the lexicon's Arabic labels", labels)
	}
	if it := p.Items[1]; it.Start != "2024-01-21" || it.End != "2024-01-31" || it.Gran != "month" {
		t.Errorf("late January drawn as %s..%s %s", it.Start, it.End, it.Gran)
	}
	if p.Dir != "rtl" || len(p.Months) != 12 || p.Months[0] != "يناير" || p.UI["no_person"] != "(بلا شخص)" {
		t.Errorf("Arabic words: dir %q months %q no_person %q", p.Dir, p.Months, p.UI["no_person"])
	}
}

// TestEntities checks that a participant is one entry of the page however
// many events name it, completed by Options.Entity with its other names
// and aliases, which the filter searches.
func TestEntities(t *testing.T) {
	sudani := timeline.Entity{ID: "sudani", NameEn: "Mohammed Shia al-Sudani"}
	events := []timeline.Event{
		{Date: "2024-04-15", Type: "meeting", People: []timeline.Entity{sudani, {ID: "biden", NameEn: "Joe Biden"}}},
		{Date: "2024-04-16", Type: "visit", People: []timeline.Entity{sudani}, Places: []timeline.Entity{{NameEn: "Washington"}}},
		{Date: "2024-04-17", Type: "visit", Organizations: []timeline.Entity{{NameEn: "Washington"}}},
	}
	opts := chart.Options{Entity: func(x timeline.Entity) (timeline.Entity, []string) {
		if x.ID == "sudani" {
			x.NameAr = "محمد شياع السوداني"
			return x, []string{"Sudani", "السوداني"}
		}
		return x, nil
	}}
	p := pageData(t, render(t, events, opts))
	if len(p.Entities) != 4 {
		t.Fatalf("%d entities, want 4 (Sudani once; Washington as a place and as an organization): %+v", len(p.Entities), p.Entities)
	}
	if p.Items[0].People[0] != p.Items[1].People[0] {
		t.Errorf("Sudani is two entries: %v, %v", p.Items[0].People, p.Items[1].People)
	}
	e := p.Entities[p.Items[0].People[0]]
	if e.Kind != "p" || e.Name != "Mohammed Shia al-Sudani" || strings.Join(e.Alt, "|") != "محمد شياع السوداني|Sudani|السوداني" {
		t.Errorf("Sudani = %+v", e)
	}
	if p.Entities[p.Items[1].Places[0]].Kind != "l" || p.Entities[p.Items[2].Orgs[0]].Kind != "o" {
		t.Errorf("kinds: place %+v, organization %+v", p.Entities[p.Items[1].Places[0]], p.Entities[p.Items[2].Orgs[0]])
	}
}

// TestHeadlinesAndArticles checks that an event without a headline gets one
// in the chart's language, one with a headline keeps it, and that the
// articles' dates reach the page as days with counts.
func TestHeadlinesAndArticles(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	blinken := timeline.Entity{ID: "blinken", NameEn: "Antony Blinken", NameAr: "أنتوني بلينكن"}
	hussein := timeline.Entity{ID: "hussein", NameEn: "Fuad Hussein", NameAr: "فؤاد حسين"}
	washington := timeline.Entity{ID: "washington", NameEn: "Washington", NameAr: "واشنطن"}
	events := []timeline.Event{
		{Date: "2024-03-26", Type: "meeting", People: []timeline.Entity{blinken, hussein}, Places: []timeline.Entity{washington}},
		{Date: "2024-03-27", Type: "meeting", Headline: "Edited by hand", People: []timeline.Entity{blinken}},
	}
	opts := chart.Options{ArticleDates: []time.Time{day("2024-03-27"), day("2024-03-27"), day("2024-03-26"), {}}}
	for _, tc := range []struct{ lang, want string }{
		{"en", "Antony Blinken and Fuad Hussein meet in Washington"},
		{"ar", "لقاء أنتوني بلينكن وفؤاد حسين في واشنطن"},
	} {
		opts.Lang = tc.lang
		p := pageData(t, render(t, events, opts))
		if p.Items[0].Headline != tc.want || p.Items[1].Headline != "Edited by hand" {
			t.Errorf("%s headlines %q, %q; want %q and the event's own", tc.lang, p.Items[0].Headline, p.Items[1].Headline, tc.want)
		}
		if len(p.Articles) != 2 || p.Articles[0].Day != "2024-03-26" || p.Articles[0].N != 1 || p.Articles[1].N != 2 {
			t.Errorf("articles %+v, want 2024-03-26 ×1 and 2024-03-27 ×2", p.Articles)
		}
	}
}

func TestWriteErrors(t *testing.T) {
	ok := []timeline.Event{{Date: "2024", Headline: "x"}}
	tests := []struct {
		name   string
		events []timeline.Event
		opts   chart.Options
		want   string
	}{
		{"bad group", ok, chart.Options{Group: "colour"}, `bad group "colour"`},
		{"bad language", ok, chart.Options{Lang: "fr"}, `bad language "fr": want one of ar, en`},
		{"undated event", []timeline.Event{ok[0], {Headline: "When?"}}, chart.Options{}, `event 2 ("When?"): bad date ""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := chart.Write(&bytes.Buffer{}, tt.events, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestWriteDates(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	events := []timeline.Event{
		{Date: "2024-03-26", Granularity: "day"},
		{Date: "2024-01", StartDate: d("2024-01-21"), EndDate: d("2024-01-31"), Granularity: "month"},
		{Date: "2024", Status: timeline.Planned},
		{Date: "2024-05-01", StartDate: d("2024-05-01")},
	}
	p := pageData(t, render(t, events, chart.Options{}))
	want := []string{"2024-03-26 2024-03-26 day false", "2024-01-21 2024-01-31 month false",
		"2024-01-01 2024-12-31 year true", "2024-05-01 2024-05-01 day false"}
	for i, it := range p.Items {
		got := strings.Join([]string{it.Start, it.End, string(it.Gran), map[bool]string{true: "true", false: "false"}[it.Planned]}, " ")
		if got != want[i] {
			t.Errorf("event %d drawn as %s, want %s", i, got, want[i])
		}
	}
}

// TestWriteURLs checks that the page carries the web addresses of an
// event's sources, one place per doc, and drops any other kind.
func TestWriteURLs(t *testing.T) {
	events := []timeline.Event{{Date: "2024-03-26", Headline: "x", Docs: []string{"a", "b", "c"},
		URLs: []string{"https://a.example/1", "javascript:alert(1)", "http://c.example/2"}}}
	p := pageData(t, render(t, events, chart.Options{}))
	if got := strings.Join(p.Items[0].URLs, " "); got != "https://a.example/1  http://c.example/2" {
		t.Errorf("urls on the page: %q", got)
	}
}

// readSeeds reads the hand-made events CSV of the format package's tests:
// the seeds' events, with one hostile row.
func readSeeds(t *testing.T) []timeline.Event {
	t.Helper()
	f, err := os.Open("../format/testdata/events.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	events, err := format.ReadCSV(f)
	if err != nil {
		t.Fatal(err)
	}
	return events
}
