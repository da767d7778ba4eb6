package format

import (
	"encoding/csv"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tarikh/tarikh/timeline"
)

func TestReadCSVSeeds(t *testing.T) {
	events := readFixture(t)
	if len(events) != 12 {
		t.Fatalf("read %d events, want 12", len(events))
	}
	byDate := map[string]timeline.Event{}
	for _, e := range events {
		byDate[e.Date] = e
	}
	meeting := byDate["2024-03-26"]
	if meeting.Headline != "Blinken meets Fuad Hussein in Washington" || meeting.Sources != 2 ||
		!reflect.DeepEqual(meeting.Docs, []string{"000_69b0051346b206e2", "001_ef361eb1d81cfdea"}) ||
		len(meeting.People) != 2 || meeting.People[0].NameEn != "Antony Blinken" || meeting.Granularity != "day" {
		t.Errorf("2024-03-26 = %+v", meeting)
	}
	if !strings.Contains(meeting.Text, "أنتوني بلينكن") || meeting.TimeText != "الثلاثاء" {
		t.Errorf("2024-03-26 text %q, time_text %q", meeting.Text, meeting.TimeText)
	}
	late := byDate["2024-01"]
	if got := late.StartDate.Format(time.DateOnly) + ".." + late.EndDate.Format(time.DateOnly); got != "2024-01-21..2024-01-31" || late.Granularity != "month" {
		t.Errorf("late January = %s %s", got, late.Granularity)
	}
	if byDate["2024-04-15"].Status != timeline.Planned || byDate["2024-03-22"].Status != timeline.Happened {
		t.Errorf("statuses: planned %q, happened %q", byDate["2024-04-15"].Status, byDate["2024-03-22"].Status)
	}
	hostile := byDate["2024-03-28"]
	if !strings.HasPrefix(hostile.Text, `=HYPERLINK("http://evil.example/`) || !strings.Contains(hostile.Text, "<script>alert(1)</script>") {
		t.Errorf("hostile text not read back as written: %q", hostile.Text)
	}
}

func TestReadCSVTolerant(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // per event: date start end gran status headline
	}{
		{"exact header", strings.Join(CSVHeader, ",") + "\n" +
			"2024-03-26,2024-03-26,2024-03-26,day,meeting,happened,Talks,A;B,Washington,,الثلاثاء,نص,d1;d2,2\n",
			[]string{"2024-03-26 2024-03-26 2024-03-26 day happened Talks"}},
		{"BOM, reordered, optional columns left out", "\ufeffheadline,status,date\nVisit,planned,2024-04-15\n",
			[]string{"2024-04-15 2024-04-15 2024-04-15 day planned Visit"}},
		{"header case and spaces", " Date , HEADLINE \n2024,Pact\n",
			[]string{"2024 2024-01-01 2024-12-31 year happened Pact"}},
		{"late January from the mod column", "date,mod,headline\n2024-01,END,Strike\n",
			[]string{"2024-01 2024-01-21 2024-01-31 month happened Strike"}},
		{"only start and end dates", "start_date,end_date,headline\n2024-03-01,2024-03-05,Summit\n",
			[]string{"2024-03-01 2024-03-01 2024-03-05 day happened Summit"}},
		{"blank rows and short rows", "date,headline,people\n\n2024-02,Talks\n,,\n2024-W13,Week,X\n",
			[]string{"2024-02 2024-02-01 2024-02-29 month happened Talks", "2024-W13 2024-03-25 2024-03-31 week happened Week"}},
		{"granularity in capitals", "date,granularity,headline\n2024-03,Month,Talks\n",
			[]string{"2024-03 2024-03-01 2024-03-31 month happened Talks"}},
		{"status in capitals", "date,status,headline\n2024-05-01,Planned,Trip\n",
			[]string{"2024-05-01 2024-05-01 2024-05-01 day planned Trip"}},
		{"neutralized formulas", "date,headline\n2024-05-01,'=SUM(A1)\n2024-05-02,'+1\n2024-05-03,'quoted\n",
			[]string{"2024-05-01 2024-05-01 2024-05-01 day happened =SUM(A1)",
				"2024-05-02 2024-05-02 2024-05-02 day happened +1",
				"2024-05-03 2024-05-03 2024-05-03 day happened 'quoted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, err := ReadCSV(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range events {
				got = append(got, strings.Join([]string{e.Date, e.StartDate.Format(time.DateOnly),
					e.EndDate.Format(time.DateOnly), string(e.Granularity), string(e.Status), e.Headline}, " "))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestReadCSVLists(t *testing.T) {
	events, err := ReadCSV(strings.NewReader("date,people,docs,sources,importance\n2024-01-01, Fuad Hussein ; فؤاد حسين ;; ,a;b;c,,43.2\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := events[0]
	want := []timeline.Entity{{NameEn: "Fuad Hussein"}, {NameAr: "فؤاد حسين"}}
	if !reflect.DeepEqual(e.People, want) {
		t.Errorf("people = %+v, want %+v", e.People, want)
	}
	if e.Sources != 3 || len(e.Docs) != 3 {
		t.Errorf("sources = %d, docs = %q; want 3 from the docs", e.Sources, e.Docs)
	}
	if e.Importance != 43.2 {
		t.Errorf("importance = %v, want 43.2", e.Importance)
	}
}

func TestReadCSVErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "empty, want a header line"},
		{"no date column", "headline,type\nx,y\n", "line 1: no date or start_date column"},
		{"duplicate column", "date,date\n2024,2024\n", "line 1: column \"date\" appears twice"},
		{"bad date", "date,headline\n2024-01-01,ok\nyesterday,x\n", "line 3: bad date \"yesterday\""},
		{"bad start_date", "date,start_date\n2024,2024/13/01\n", "line 2: start_date \"2024/13/01\": want YYYY-MM-DD"},
		{"no date in the row", "date,headline\n,Talks\n", "line 2: no date"},
		{"bad status", "date,status\n2024,maybe\n", "line 2: status \"maybe\""},
		{"bad granularity", "date,granularity\n2024,fortnight\n", "line 2: granularity \"fortnight\""},
		{"end before start", "date,start_date,end_date\n2024,2024-05-01,2024-04-01\n", "line 2: end_date 2024-04-01 is before start_date 2024-05-01"},
		{"bad sources", "date,sources\n2024,two\n", "line 2: sources \"two\""},
		{"bad importance", "date,importance\n2024,high\n", "line 2: importance \"high\""},
		{"importance out of range", "date,importance\n2024,130\n", "line 2: importance \"130\""},
		{"line after a multi-line cell", "date,text\n2024-01-01,\"one\ntwo\"\n2024-13,x\n", "line 4: bad date \"2024-13\""},
		{"broken quotes", "date,text\n2024,\"open\n", "line 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCSV(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestCSVURLs reads back the urls column that CSVRecord writes,
// one place per doc, and rejects a row whose addresses do not match its docs.
func TestCSVURLs(t *testing.T) {
	e := timeline.Event{Date: "2024-03-26", Granularity: "day", Type: "meeting", Status: timeline.Happened,
		Docs: []string{"a", "b", "c"}, Sources: 3, URLs: []string{"https://a.example/1", "", "https://c.example/p;v"}}
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Write(CSVHeader)
	w.Write(CSVRecord(&e))
	w.Flush()
	events, err := ReadCSV(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(events[0].URLs, " "); got != "https://a.example/1  https://c.example/p%3Bv" {
		t.Errorf("urls read back as %q", got)
	}
	_, err = ReadCSV(strings.NewReader("date,docs,urls\n2024,a;b,https://a.example/1\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2: urls: 1 addresses for 2 docs") {
		t.Errorf("error %v, want one about line 2's urls", err)
	}
}

// TestReadCSVSpreadsheetDates: dates a spreadsheet re-saved in its locale's
// form are read, in the one order the file uses.
func TestReadCSVSpreadsheetDates(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // per event: date start end
	}{
		{"Excel US, month first", "date,start_date,end_date\n3/26/2024,3/26/2024,3/26/2024\n4/1/2024,,\n",
			[]string{"2024-03-26 2024-03-26 2024-03-26", "2024-04-01 2024-04-01 2024-04-01"}},
		{"day first when a first part is over 12", "date,headline\n4/1/2024,a\n26/03/2024,b\n",
			[]string{"2024-01-04 2024-01-04 2024-01-04", "2024-03-26 2024-03-26 2024-03-26"}},
		{"dots, day first", "date\n26.03.2024\n", []string{"2024-03-26 2024-03-26 2024-03-26"}},
		{"with a time", "date\n3/26/2024 0:00\n", []string{"2024-03-26 2024-03-26 2024-03-26"}},
		{"year first", "date\n2024/3/26\n", []string{"2024-03-26 2024-03-26 2024-03-26"}},
		{"month and year left as they are", "date\n2024-01\n", []string{"2024-01 2024-01-01 2024-01-31"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, err := ReadCSV(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range events {
				got = append(got, e.Date+" "+e.StartDate.Format(time.DateOnly)+" "+e.EndDate.Format(time.DateOnly))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if _, err := ReadCSV(strings.NewReader("date\n13/13/2024\n")); err == nil || !strings.Contains(err.Error(), `line 2: bad date "13/13/2024"`) {
		t.Errorf("13/13/2024: %v", err)
	}
}

// TestReadCSVSkipping: every bad row is handed over with its line, and the
// good rows around it are read.
func TestReadCSVSkipping(t *testing.T) {
	in := "date,headline,status\n2024-01-01,a,\nlast week,b,\n2024-02-01,c,maybe\n2024-03-01,\"d\" x,\n2024-04-01,e,\n"
	var bad []string
	events, err := ReadCSVSkipping(strings.NewReader(in), func(e *RowError) bool {
		bad = append(bad, e.Error())
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, e := range events {
		heads = append(heads, e.Headline)
	}
	if strings.Join(heads, " ") != "a e" {
		t.Errorf("read %q, want a e", heads)
	}
	want := []string{`events CSV: line 3: bad date "last week"`, `events CSV: line 4: status "maybe"`, `events CSV: line 5: `}
	if len(bad) != len(want) {
		t.Fatalf("bad rows %q, want %d", bad, len(want))
	}
	for i := range want {
		if !strings.HasPrefix(bad[i], want[i]) {
			t.Errorf("bad row %d: %q, want %q...", i, bad[i], want[i])
		}
	}
}
