package chart_test

import (
	"bytes"
	"encoding/json"
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

var dataRE = regexp.MustCompile(`(?s)<script type="application/json" id="tk-data">(.*?)</script>`)

// pageData decodes the JSON the page carries for its script.
func pageData(t *testing.T, html string) chart.Page {
	t.Helper()
	m := dataRE.FindStringSubmatch(html)
	if m == nil {
		t.Fatal("no tk-data script in the page")
	}
	var p chart.Page
	if err := json.Unmarshal([]byte(m[1]), &p); err != nil {
		t.Fatalf("tk-data: %v", err)
	}
	return p
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
	if n := strings.Count(strings.ToLower(html), "<script"); n != 2 {
		t.Errorf("page has %d <script elements, want 2 (data and code)", n)
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
		for _, bad := range []string{"</script", "</style", "<!--", "http://", "https://", "@import", "url("} {
			if strings.Contains(low, bad) {
				t.Errorf("%s contains %q: it must neither end its element nor reach the network", name, bad)
			}
		}
	}
	if strings.Contains(chart.ChartJS, "innerHTML") || strings.Contains(chart.ChartJS, "insertAdjacentHTML") || strings.Contains(chart.ChartJS, "document.write") {
		t.Error("chart.js must put text into the page with textContent only")
	}
}

func TestLanes(t *testing.T) {
	events := readSeeds(t)
	tests := []struct {
		group string
		first string // most events
		n     int    // events of the first lane
		last  string
		lanes int
	}{
		{chart.ByType, "meeting", 5, "strike", 7},
		{chart.ByPerson, "Antony Blinken", 3, "(no person)", 7},
		{chart.ByPlace, "Washington", 4, "Munich", 8},
		{chart.ByOrganization, "Islamic State", 3, "(no organization)", 6},
	}
	for _, tt := range tests {
		t.Run(tt.group, func(t *testing.T) {
			p := pageData(t, render(t, events, chart.Options{Group: tt.group}))
			if len(p.Lanes) != tt.lanes {
				t.Errorf("%d lanes, want %d", len(p.Lanes), tt.lanes)
			}
			if l := p.Lanes[0]; l.Label != tt.first || len(l.Events) != tt.n {
				t.Errorf("first lane %q with %d events, want %q with %d", l.Label, len(l.Events), tt.first, tt.n)
			}
			if l := p.Lanes[len(p.Lanes)-1]; l.Label != tt.last {
				t.Errorf("last lane %q, want %q", l.Label, tt.last)
			}
			drawn := map[int]int{}
			for _, l := range p.Lanes {
				for i, id := range l.Events {
					drawn[id]++
					if i > 0 && p.Items[l.Events[i-1]].Start > p.Items[id].Start {
						t.Errorf("lane %q not sorted by start", l.Label)
					}
				}
			}
			for i := range events {
				if drawn[i] == 0 {
					t.Errorf("event %d (%s) is in no lane", i, events[i].Headline)
				}
				if tt.group == chart.ByType && drawn[i] != 1 {
					t.Errorf("event %d is in %d type lanes", i, drawn[i])
				}
			}
		})
	}
}

func TestWriteArabic(t *testing.T) {
	events := []timeline.Event{{
		Date: "2024-03-26", Type: "meeting", Status: timeline.Happened, Headline: "لقاء بلينكن وحسين",
		People: []timeline.Entity{{ID: "blinken", NameEn: "Antony Blinken", NameAr: "أنتوني بلينكن"}, {ID: "x", NameEn: "Only English"}},
		Places: []timeline.Entity{{ID: "washington"}},
	}, {
		Date: "2024-01", Mod: "END", Type: "custom-type", Headline: "x",
	}}
	html := render(t, events, chart.Options{Lang: "ar", Group: chart.ByPerson})
	for _, want := range []string{`<html lang="ar" dir="rtl">`, "<title>الخط الزمني للأحداث</title>", `placeholder="تصفية حسب الاسم…"`} {
		if !strings.Contains(html, want) {
			t.Errorf("Arabic page lacks %q", want)
		}
	}
	p := pageData(t, html)
	if got := p.Items[0].People; len(got) != 2 || got[0] != "أنتوني بلينكن" || got[1] != "Only English" {
		t.Errorf("people = %q: want Arabic names, English where there is none", got)
	}
	if got := p.Items[0].Places; len(got) != 1 || got[0] != "washington" {
		t.Errorf("places = %q: want the id when there is no name", got)
	}
	if p.Types[0].Label != "لقاء" && p.Types[1].Label != "لقاء" {
		t.Errorf("types = %+v: want meeting labelled لقاء", p.Types)
	}
	if it := p.Items[1]; it.Start != "2024-01-21" || it.End != "2024-01-31" || it.Gran != "month" {
		t.Errorf("late January drawn as %s..%s %s", it.Start, it.End, it.Gran)
	}
	if p.Lanes[len(p.Lanes)-1].Label != "(بلا شخص)" {
		t.Errorf("last lane %q, want (بلا شخص)", p.Lanes[len(p.Lanes)-1].Label)
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
		{"bad language", ok, chart.Options{Lang: "fr"}, `bad language "fr"`},
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
		got := strings.Join([]string{it.Start, it.End, it.Gran, map[bool]string{true: "true", false: "false"}[it.Planned]}, " ")
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
