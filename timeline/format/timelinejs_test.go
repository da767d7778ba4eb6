package format

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/internal/output"
	"github.com/tarikh/tarikh/timeline"
)

func mustDay(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestDisplayDate(t *testing.T) {
	tests := []struct {
		e    timeline.Event
		lang string
		want string
	}{
		{timeline.Event{StartDate: mustDay("2024-01-21"), EndDate: mustDay("2024-01-31"), Granularity: "month", Mod: "END"}, "ar", "أواخر يناير 2024"},
		{timeline.Event{StartDate: mustDay("2024-01-21"), EndDate: mustDay("2024-01-31"), Granularity: "month", Mod: "END"}, "en", "late January 2024"},
		{timeline.Event{StartDate: mustDay("2024-02-11"), EndDate: mustDay("2024-02-20"), Granularity: "month", Mod: "MID"}, "en", "mid-February 2024"},
		{timeline.Event{StartDate: mustDay("2024-03-26"), EndDate: mustDay("2024-03-26"), Granularity: "day"}, "en", "26 March 2024"},
		{timeline.Event{StartDate: mustDay("2014-01-01"), EndDate: mustDay("2017-12-31"), Granularity: "year"}, "en", "2014–2017"},
		{timeline.Event{StartDate: mustDay("2008-01-01"), EndDate: mustDay("2008-12-31"), Granularity: "year"}, "ar", "2008"},
	}
	for _, tc := range tests {
		if got := DisplayDate(&tc.e, tc.lang); got != tc.want {
			t.Errorf("DisplayDate(%v %s) = %q, want %q", tc.e.StartDate, tc.e.Granularity, got, tc.want)
		}
	}
}

// TestTimelineJSReadable parses the TimelineJS output as TimelineJS's CSV
// reader does: the header names it knows, and a Year on every row; month
// precision leaves Month and Day empty and says the date in Display Date.
func TestTimelineJSReadable(t *testing.T) {
	lx, err := timeline.LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	evs := []timeline.Event{
		{Date: "2024-01", StartDate: mustDay("2024-01-21"), EndDate: mustDay("2024-01-31"), Granularity: "month", Mod: "END",
			Type: "strike", Status: timeline.Happened, Headline: "Strike: Kataib Hezbollah — Baghdad", Text: "شنّت واشنطن مطلع فبراير ضربة", Docs: []string{"a"}, Sources: 1},
		{Date: "2024-03-26", StartDate: mustDay("2024-03-26"), EndDate: mustDay("2024-03-26"), Granularity: "day",
			Type: "meeting", Status: timeline.Happened, Headline: "=HYPERLINK(\"http://evil\")", Text: "<script>alert(1)</script>", Docs: []string{"a", "b"}, Sources: 2},
	}
	var buf bytes.Buffer
	cw, _ := output.NewCSV(&buf, false)
	cw.Write(append([]string(nil), TimelineJSHeader...))
	for i := range evs {
		cw.Write(TimelineJSRecord(&evs[i], func(t string) string { return lx.TypeLabel(t, "ar") }, "ar"))
	}
	if err := cw.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, need := range []string{"Year", "Month", "Day", "Display Date", "Headline", "Text", "Group"} {
		if _, ok := col[need]; !ok {
			t.Fatalf("header lacks %q: %v", need, rows[0])
		}
	}
	for i, r := range rows[1:] {
		if r[col["Year"]] == "" {
			t.Errorf("row %d has no Year", i+1)
		}
	}
	late := rows[1]
	if late[col["Month"]] != "" || late[col["Day"]] != "" || late[col["Display Date"]] != "أواخر يناير 2024" {
		t.Errorf("month row: Month %q Day %q Display %q", late[col["Month"]], late[col["Day"]], late[col["Display Date"]])
	}
	hostile := rows[2]
	if strings.HasPrefix(hostile[col["Headline"]], "=") {
		t.Errorf("formula not neutralized: %q", hostile[col["Headline"]])
	}
	if strings.Contains(hostile[col["Text"]], "<script>") {
		t.Errorf("script not escaped in TimelineJS text (rendered as HTML): %q", hostile[col["Text"]])
	}
	if hostile[col["Month"]] != "3" || hostile[col["Day"]] != "26" {
		t.Errorf("day row: Month %q Day %q", hostile[col["Month"]], hostile[col["Day"]])
	}
}

func TestURLsCell(t *testing.T) {
	tests := []struct {
		urls []string
		want string
	}{
		{nil, ""},
		{[]string{"", ""}, ""},
		{[]string{"https://a.example/x", ""}, "https://a.example/x;"},
		{[]string{"", "https://b.example/p;v=1?q=2"}, ";https://b.example/p%3Bv=1?q=2"},
	}
	for _, tc := range tests {
		if got := URLsCell(tc.urls); got != tc.want {
			t.Errorf("URLsCell(%q) = %q, want %q", tc.urls, got, tc.want)
		}
	}
}

// TestTimelineJSLinks checks that TimelineJS's text links the sources that
// have a web address, and only those.
func TestTimelineJSLinks(t *testing.T) {
	lx, err := timeline.LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	e := timeline.Event{Date: "2024-03-26", StartDate: mustDay("2024-03-26"), EndDate: mustDay("2024-03-26"), Granularity: "day",
		Type: "meeting", Status: timeline.Happened, Docs: []string{"a", "b<i>", "c"}, Sources: 3,
		URLs: []string{"https://a.example/news?id=1&x=\"2\"", "javascript:alert(1)", ""}}
	text := TimelineJSRecord(&e, func(t string) string { return lx.TypeLabel(t, "en") }, "en")[10]
	for _, want := range []string{`<a href="https://a.example/news?id=1&amp;x=&#34;2&#34;">a</a>`, "; b&lt;i&gt;; c"} {
		if !strings.Contains(text, want) {
			t.Errorf("text %q lacks %q", text, want)
		}
	}
	if strings.Contains(text, "javascript") {
		t.Errorf("text %q links a javascript: address", text)
	}
}
