package timeline

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// RecordWriter writes string records (a CSV writer that neutralizes cells).
type RecordWriter interface {
	Write(rec []string) error
}

// CSVRecord returns the `tarikh events` CSV record of e.
func CSVRecord(e *Event) []string {
	return []string{e.Date, day(e.StartDate), day(e.EndDate), e.Granularity, e.Type, string(e.Status), e.Headline,
		names(e.People), names(e.Places), names(e.Organizations), e.TimeText, e.Text,
		strings.Join(e.Docs, ";"), strconv.Itoa(e.Sources), URLsCell(e.URLs)}
}

// URLsCell is the urls cell of the events CSV: the addresses in the order of
// docs, ';'-separated, an empty place for an article without one, and the
// empty cell when no article has one. A ';' inside an address is written
// %3B, which means the same to a web server.
func URLsCell(urls []string) string {
	if !slices.ContainsFunc(urls, func(u string) bool { return u != "" }) {
		return ""
	}
	s := make([]string, len(urls))
	for i, u := range urls {
		s[i] = strings.ReplaceAll(u, ";", "%3B")
	}
	return strings.Join(s, ";")
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func names(es []Entity) string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.NameEn
	}
	return strings.Join(s, ";")
}

// TimelineJSHeader is the header of Knight Lab's TimelineJS spreadsheet template.
var TimelineJSHeader = []string{"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"}

// TimelineJSRecord returns the TimelineJS row of e. Day and week dates fill
// Year, Month and Day (and the End columns for a multi-day interval); month
// and coarser dates fill Year only and say the date in Display Date
// ("أواخر يناير 2024"). Text is HTML in TimelineJS, so it is escaped.
func TimelineJSRecord(e *Event, lx *Lexicon, lang string) []string {
	rec := make([]string, len(TimelineJSHeader))
	s, en := e.StartDate, e.EndDate
	rec[0] = strconv.Itoa(s.Year())
	switch e.Granularity {
	case "day", "week":
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
	if e.Status == Planned {
		if lang == "ar" {
			text = "(مخطط) " + text
		} else {
			text = "(planned) " + text
		}
	}
	srcLabel := "Sources"
	if lang == "ar" {
		srcLabel = "المصادر"
	}
	text += fmt.Sprintf("<br><small>%s: %d (%s)</small>", srcLabel, e.Sources, sourcesHTML(e))
	rec[10] = text
	rec[16] = lx.TypeLabel(e.Type, lang)
	return rec
}

// sourcesHTML lists an event's articles for TimelineJS, each a link to its
// address when it has a web one.
func sourcesHTML(e *Event) string {
	parts := make([]string, len(e.Docs))
	for i, d := range e.Docs {
		parts[i] = html.EscapeString(d)
		if i < len(e.URLs) && WebURL(e.URLs[i]) {
			parts[i] = `<a href="` + html.EscapeString(e.URLs[i]) + `">` + parts[i] + "</a>"
		}
	}
	return strings.Join(parts, "; ")
}

// WebURL reports whether u is an http or https address, the only kind an
// output links to (a javascript: or data: address in an article would run).
func WebURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}

var monthsEn = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var monthsAr = [...]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}

// DisplayDate says an event's date in words, with its precision:
// "late January 2024", "أواخر يناير 2024", "26 March 2024", "2014".
func DisplayDate(e *Event, lang string) string {
	s := e.StartDate
	if s.IsZero() {
		return e.Date
	}
	months := monthsEn
	mods := map[string]string{"START": "early", "MID": "mid-", "END": "late"}
	if lang == "ar" {
		months = monthsAr
		mods = map[string]string{"START": "مطلع", "MID": "منتصف", "END": "أواخر"}
	}
	mod := mods[e.Mod]
	join := func(parts ...string) string {
		var out []string
		for _, p := range parts {
			if p != "" {
				out = append(out, p)
			}
		}
		r := strings.Join(out, " ")
		return strings.ReplaceAll(r, "mid- ", "mid-")
	}
	switch e.Granularity {
	case "day":
		if !e.EndDate.IsZero() && !e.EndDate.Equal(s) {
			return join(strconv.Itoa(s.Day()), "–", strconv.Itoa(e.EndDate.Day()), months[e.EndDate.Month()-1], strconv.Itoa(e.EndDate.Year()))
		}
		return join(strconv.Itoa(s.Day()), months[s.Month()-1], strconv.Itoa(s.Year()))
	case "week":
		y, w := s.ISOWeek()
		if lang == "ar" {
			return fmt.Sprintf("الأسبوع %d من %d", w, y)
		}
		return fmt.Sprintf("week %d of %d", w, y)
	case "month":
		return join(mod, months[s.Month()-1], strconv.Itoa(s.Year()))
	case "quarter":
		return join(mod, fmt.Sprintf("Q%d", (int(s.Month())-1)/3+1), strconv.Itoa(s.Year()))
	case "half":
		h := (int(s.Month())-1)/6 + 1
		if lang == "ar" {
			return join(mod, [...]string{"", "النصف الأول من", "النصف الثاني من"}[h], strconv.Itoa(s.Year()))
		}
		return join(mod, fmt.Sprintf("H%d", h), strconv.Itoa(s.Year()))
	case "decade":
		return join(mod, strconv.Itoa(s.Year()/10*10)+"s")
	}
	if !e.EndDate.IsZero() && e.EndDate.Year() != s.Year() {
		return join(mod, strconv.Itoa(s.Year())+"–"+strconv.Itoa(e.EndDate.Year()))
	}
	return join(mod, strconv.Itoa(s.Year()))
}

type jsonEvent struct {
	Event
	StartDate string `json:"start_date"`
	EndDate   string `json:"end_date"`
}

// WriteJSONL writes e as one JSON line.
func WriteJSONL(w io.Writer, e *Event) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(jsonEvent{Event: *e, StartDate: day(e.StartDate), EndDate: day(e.EndDate)})
}
