// Package timeline assembles dated events from analysed articles, merges the
// same event told by several articles, sorts them, and writes timelines as
// CSV, TimelineJS and JSONL.
package timeline

import (
	"math"
	"net/url"
	"time"

	"github.com/tarikh/tarikh/extract/temporal"
)

// Status says whether an event has happened or is planned.
type Status string

// Event statuses.
const (
	Happened Status = "happened"
	Planned  Status = "planned"
)

// other returns the other of Happened and Planned ("" for any other status).
func (s Status) other() Status {
	switch s {
	case Happened:
		return Planned
	case Planned:
		return Happened
	}
	return ""
}

// Entity is an event participant or place, by gazetteer id and canonical names.
type Entity struct {
	ID     string `json:"id"`
	NameEn string `json:"name_en"`
	NameAr string `json:"name_ar"`
}

// Event is one dated row of the timeline.
type Event struct {
	// Date is the TIMEX3-style value (2024-03-26, 2024-01, 2024...).
	Date               string    `json:"date"`
	StartDate, EndDate time.Time `json:"-"`
	// Granularity is day, week, month, quarter, season, half, year or
	// decade (the date model's ordered type).
	Granularity temporal.Granularity `json:"granularity"`
	// Mod is START, MID or END for "early/mid/late" dates.
	Mod           string   `json:"mod,omitempty"`
	Type          string   `json:"type"`
	Status        Status   `json:"status"`
	Headline      string   `json:"headline"`
	People        []Entity `json:"people"`
	Places        []Entity `json:"places"`
	Organizations []Entity `json:"organizations"`
	// TimeText is the temporal expression as written; Text the evidence sentence.
	TimeText string `json:"time_text"`
	// Trigger is the word of Text that gave Type, as written ("" when no
	// word did: a statement, an untyped event).
	Trigger string `json:"trigger,omitempty"`
	Text    string `json:"text"`
	// Docs are the ids of the articles that tell the event; Sources is len(Docs).
	Docs    []string `json:"docs"`
	Sources int      `json:"sources"`
	// URLs are the articles' addresses in the order of Docs, "" for an
	// article without one; nil when no article has one.
	URLs []string `json:"urls,omitempty"`
	// Importance (0–100) says how much the corpus makes of the event: how
	// many articles tell it and where, how many mention its date with its
	// participants, how often its participants appear (importance.go).
	// Merger.Each fills it; an event not from a Merger has 0.
	Importance float64 `json:"importance"`
	// Reports are the places in the run of the articles' own events merged
	// into this one (per-article events, in the order they were merged)
	// when the merge keeps them (Merger.KeepReports, MergeShard); nil
	// otherwise. A timeline written with them can be merged again.
	Reports []Order `json:"-"`

	// at is 1 + the index of the sentence that tells the event in its
	// article (1 is the title or first line), 0 when not known.
	at int32
}

// WebURL reports whether u is an http or https address, the only kind an
// output links to (a javascript: or data: address in an article would run).
func WebURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}

// Sentence returns 1 + the index of the sentence that tells the event in its
// article (1 is the title or first line), 0 when not known. The importance
// score weighs an article's report by it.
func (e *Event) Sentence() int { return int(e.at) }

// SetSentence sets what Sentence returns (a per-article event read back from
// a file); n outside 0..2³¹-1 is 0.
func (e *Event) SetSentence(n int) {
	if n < 0 || n > math.MaxInt32 {
		n = 0
	}
	e.at = int32(n)
}
