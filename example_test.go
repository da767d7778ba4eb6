package tarikh_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/tarikh/tarikh"
)

// A timeline of two articles that tell the same meeting: one row, two
// sources.
func Example() {
	e, err := tarikh.New(tarikh.Options{})
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	tl := e.NewTimeline()
	for _, a := range []*tarikh.Article{
		{ID: "a1", DCT: time.Date(2024, 4, 16, 0, 0, 0, 0, time.UTC),
			Text: "Iraqi Prime Minister Mohammed Shia al-Sudani met President Joe Biden in Washington on Monday."},
		{ID: "a2", DCT: time.Date(2024, 4, 15, 0, 0, 0, 0, time.UTC),
			Text: "التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس الأمريكي جو بايدن في واشنطن اليوم الاثنين."},
	} {
		if _, err := tl.Add(ctx, a); err != nil {
			log.Fatal(err)
		}
	}
	events, err := tl.Events()
	if err != nil {
		log.Fatal(err)
	}
	for _, ev := range events {
		fmt.Println(ev.Date, ev.Type, ev.Headline, ev.Docs)
	}
	// Output:
	// 2024-04-15 meeting Meeting: Mohammed Shia al-Sudani, Joe Biden — Washington [a1 a2]
}

// One article's mentions and dates, with code-point offsets into its text.
func ExampleEngine_Analyze() {
	e, err := tarikh.New(tarikh.Options{})
	if err != nil {
		log.Fatal(err)
	}
	an, err := e.Analyze(context.Background(), &tarikh.Article{
		ID:   "doc",
		DCT:  time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC),
		Text: "وصل وزير الخارجية فؤاد حسين إلى واشنطن الثلاثاء الماضي.",
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range an.Mentions {
		fmt.Println(m.Start, m.End, m.Text, m.EntityID())
	}
	for _, d := range an.Dates {
		fmt.Println(d.Start, d.End, d.Text, d.Value)
	}
	for _, ev := range an.Events {
		fmt.Println(ev.Date, ev.Headline)
	}
	// Output:
	// 18 27 فؤاد حسين fuad-hussein
	// 32 38 واشنطن washington
	// 39 54 الثلاثاء الماضي 2024-03-26
	// 2024-03-26 Visit: Fuad Hussein — Washington
}

// The command's formats: here the events of one article as CSV.
func ExampleTimeline_Write() {
	e, err := tarikh.New(tarikh.Options{Lang: "ar"})
	if err != nil {
		log.Fatal(err)
	}
	tl := e.NewTimeline()
	_, err = tl.Add(context.Background(), &tarikh.Article{
		ID:   "doc",
		DCT:  time.Date(2024, 2, 17, 0, 0, 0, 0, time.UTC),
		Text: "Foreign Minister Fuad Hussein met Antony Blinken in Munich on Saturday.",
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := tl.Write(os.Stdout, "jsonl"); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"date":"2024-02-17","granularity":"day","type":"meeting","status":"happened","headline":"لقاء: فؤاد حسين، أنتوني بلينكن — ميونيخ","people":[{"id":"fuad-hussein","name_en":"Fuad Hussein","name_ar":"فؤاد حسين"},{"id":"antony-blinken","name_en":"Antony Blinken","name_ar":"أنتوني بلينكن"}],"places":[{"id":"munich","name_en":"Munich","name_ar":"ميونيخ"}],"organizations":[],"time_text":"Saturday","trigger":"met","text":"Foreign Minister Fuad Hussein met Antony Blinken in Munich on Saturday.","docs":["doc"],"sources":1,"importance":100,"start_date":"2024-02-17","end_date":"2024-02-17"}
}
