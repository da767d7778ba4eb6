package format

import (
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
)

func newTimelineJS(w io.Writer, o Options) (Writer, error) {
	words, err := chart.Words(o.Lang)
	if err != nil {
		return nil, err
	}
	return newCSVWith(w, o.BOM, TimelineJSHeader, func(e *timeline.Event) []string {
		return timelineJSRecord(e, o.typeLabel, o.Lang, words)
	})
}

// TimelineJSHeader is the header of Knight Lab's TimelineJS spreadsheet template.
var TimelineJSHeader = []string{"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"}

// TimelineJSRecord returns the TimelineJS row of e. Day and week dates fill
// Year, Month and Day (and the End columns for a multi-day interval); month
// and coarser dates fill Year only and say the date in Display Date
// ("أواخر يناير 2024"). Text is HTML in TimelineJS, so it is escaped.
//
// The words (planned, sources) are the chart's in lang (chart.Words).
func TimelineJSRecord(e *timeline.Event, typeLabel func(string) string, lang string) []string {
	words, err := chart.Words(lang)
	if err != nil {
		words, _ = chart.Words("en")
	}
	return timelineJSRecord(e, typeLabel, lang, words)
}

func timelineJSRecord(e *timeline.Event, typeLabel func(string) string, lang string, words map[string]string) []string {
	rec := make([]string, len(TimelineJSHeader))
	s, en := e.StartDate, e.EndDate
	rec[0] = strconv.Itoa(s.Year())
	switch e.Granularity {
	case temporal.Day, temporal.Week:
		rec[1], rec[2] = strconv.Itoa(int(s.Month())), strconv.Itoa(s.Day())
		if !en.IsZero() && !en.Equal(s) {
			rec[4], rec[5], rec[6] = strconv.Itoa(en.Year()), strconv.Itoa(int(en.Month())), strconv.Itoa(en.Day())
		}
	default:
		if !en.IsZero() && en.Year() != s.Year() {
			rec[4] = strconv.Itoa(en.Year())
		}
	}
	rec[8] = DisplayDate(e, lang)
	rec[9] = html.EscapeString(e.Headline)
	text := html.EscapeString(e.Text)
	if e.Status == timeline.Planned {
		text = html.EscapeString(words["planned_mark"]) + " " + text
	}
	srcLabel := html.EscapeString(words["sources"])
	text += fmt.Sprintf("<br><small>%s: %d (%s)</small>", srcLabel, e.Sources, sourcesHTML(e))
	rec[10] = text
	rec[16] = typeLabel(e.Type)
	return rec
}

// sourcesHTML lists an event's articles for TimelineJS, each a link to its
// address when it has a web one.
func sourcesHTML(e *timeline.Event) string {
	parts := make([]string, len(e.Docs))
	for i, d := range e.Docs {
		parts[i] = html.EscapeString(d)
		if i < len(e.URLs) && timeline.WebURL(e.URLs[i]) {
			parts[i] = `<a href="` + html.EscapeString(e.URLs[i]) + `">` + parts[i] + "</a>"
		}
	}
	return strings.Join(parts, "; ")
}

// DisplayDate says an event's date in words, with its precision:
// "late January 2024", "أواخر يناير 2024", "26 March 2024", "2014". Month
// names and the words for early, mid and late are the language layer's
// (display: in lang/<code>/dates.yaml); English when lang has none.
func DisplayDate(e *timeline.Event, lang string) string {
	s := e.StartDate
	if s.IsZero() {
		return e.Date
	}
	names, ok := temporal.Display(lang)
	en, _ := temporal.Display("en")
	if !ok {
		names = en
	}
	// A language that does not say a kind of period says it as English does.
	if names.Week == "" {
		names.Week = en.Week
	}
	if names.Quarter == "" {
		names.Quarter = en.Quarter
	}
	if len(names.Halves) != 2 {
		names.Halves = en.Halves
	}
	if names.Decade == "" {
		names.Decade = en.Decade
	}
	months, mods := names.Months, names.Parts
	mod := mods[e.Mod]
	join := func(parts ...string) string {
		var out []string
		for _, p := range parts {
			if p != "" {
				out = append(out, p)
			}
		}
		r := strings.Join(out, " ")
		if strings.HasSuffix(mod, "-") {
			r = strings.Replace(r, mod+" ", mod, 1) // a part word ending in - joins the next: mid-March
		}
		return r
	}
	switch e.Granularity {
	case temporal.Day:
		if !e.EndDate.IsZero() && !e.EndDate.Equal(s) {
			return join(strconv.Itoa(s.Day()), "–", strconv.Itoa(e.EndDate.Day()), months[e.EndDate.Month()-1], strconv.Itoa(e.EndDate.Year()))
		}
		return join(strconv.Itoa(s.Day()), months[s.Month()-1], strconv.Itoa(s.Year()))
	case temporal.Week:
		y, w := s.ISOWeek()
		return say(names.Week, "{w}", strconv.Itoa(w), "{y}", strconv.Itoa(y))
	case temporal.Month:
		return join(mod, months[s.Month()-1], strconv.Itoa(s.Year()))
	case temporal.Quarter:
		return join(mod, say(names.Quarter, "{q}", strconv.Itoa((int(s.Month())-1)/3+1), "{y}", strconv.Itoa(s.Year())))
	case temporal.Half:
		h := (int(s.Month()) - 1) / 6
		return join(mod, say(names.Halves[h], "{y}", strconv.Itoa(s.Year())))
	case temporal.Decade:
		return join(mod, say(names.Decade, "{d}", strconv.Itoa(s.Year()/10*10)))
	}
	if !e.EndDate.IsZero() && e.EndDate.Year() != s.Year() {
		return join(mod, strconv.Itoa(s.Year())+"–"+strconv.Itoa(e.EndDate.Year()))
	}
	return join(mod, strconv.Itoa(s.Year()))
}

// say fills a display template: say("week {w} of {y}", "{w}", "13", "{y}", "2024").
func say(tmpl string, kv ...string) string { return strings.NewReplacer(kv...).Replace(tmpl) }
