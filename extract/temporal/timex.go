// Package temporal finds temporal expressions in Arabic and English text and
// resolves them against the article's date (DCT).
//
// Language knowledge (month names, weekdays, relative words, part-of-period
// modifiers, duration units, future markers...) lives in the language layer,
// lang/<code>/dates.yaml, one file per language; resolve.go and hijri.go are the only
// places that do date arithmetic.
package temporal

import "time"

// Type is the TIMEX3-style type of an expression.
type Type string

// Expression types.
const (
	Date     Type = "date"     // a point or interval on the calendar, ranges included
	Duration Type = "duration" // an amount of time: منذ 3 أشهر → P3M
	Set      Type = "set"      // a recurrence: سنويا → P1Y
	Vague    Type = "vague"    // PAST_REF, PRESENT_REF, FUTURE_REF
)

// Timex is one temporal expression found in a text, resolved when possible.
type Timex struct {
	// Start and End are code points of the original text; Text is the original text.
	Start, End int
	Text       string
	// Tok and TokEnd are the expression's token range.
	Tok, TokEnd int

	Type Type
	// Value is the TIMEX3-style value (2024-03-26, 2024-01, 2024, 2024-W13,
	// P3M, PAST_REF...), empty when the expression could not be resolved.
	Value string
	// Mod is START, MID or END for part-of-period modifiers (also BEFORE,
	// AFTER, APPROX where the text says so), else empty.
	Mod string
	// Granularity is day, week, month, quarter, season, half, year or decade
	// (a duration's or a set's unit: also hour, minute, second).
	Granularity Granularity
	// StartDate and EndDate are the concrete interval (inclusive days); zero
	// for sets, vague and unresolved expressions, and for durations except
	// an amount counted from the article's date (the next three months,
	// العقدين الماضيين: see countSpan), whose value stays the duration.
	StartDate, EndDate time.Time
	// Future reports that the expression, or the clause it dates, points to
	// the future of the DCT (المقبل, سيلتقي, "next", "will").
	Future bool
	// Unresolved says why Value is empty (for example "relative expression, no article date").
	Unresolved string
	// Anchor says what a relative expression counts from when it is not
	// the article's date (see Anchor).
	Anchor Anchor
}

// Anchor is what a relative expression counts from.
type Anchor string

// Anchors. The zero value is the article's date (or none, for an absolute
// date).
const (
	// AnchorText: an earlier date of the text (a year earlier, في العام
	// نفسه, the following week), whose value it took.
	AnchorText Anchor = "text"
	// AnchorEvent: an event the text tells without a date (six days before
	// the diversion came to light, بعد ثلاثة أشهر after a past verb and no
	// date named): the expression has no date of its own and dates no
	// event.
	AnchorEvent Anchor = "event"
)

// Dating reports whether the expression can date an event: a resolved date.
func (t Timex) Dating() bool { return t.Type == Date && t.Value != "" && !t.StartDate.IsZero() }
