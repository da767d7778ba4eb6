package input

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/tarikh/tarikh/textnorm"
)

// A web page's publication date is looked for where news sites put it, in
// this order (the order of htmldate, which was measured on a thousand
// pages; see bench/htmldate.sh):
//
//  1. a meta tag that names the publication date (article:published_time,
//     itemprop="datePublished", name="pubdate", DC.date.issued...);
//  2. JSON-LD: datePublished (then dateCreated) of any object, in a list or
//     a @graph too;
//  3. an element with itemprop="datePublished", a <time pubdate> or a
//     <time> or <abbr> whose class says "published";
//  4. a full date in the page's own address (canonical link or og:url):
//     /2020/04/14/, /2020-04-14/, /20200414/;
//  5. the first <time datetime> of the body;
//  6. the text of the first elements whose class or id says date, time,
//     published or byline ("تم نشره الجمعة 24 نيسان / أبريل 2020");
//  7. a full date in the address of the page's picture (og:image);
//  8. the date it was last modified (article:modified_time, dateModified);
//  9. the first date in the text (29.12.2010, March 3, 2021).
//
// A timestamp is read as the publisher wrote it: 2020-04-14T00:38:07+03:00
// is the 14th, the publisher's day, not the 13th in UTC. A timestamp in UTC
// past or before midnight can be the next or previous day of the publisher;
// when a timestamp of the page with the publisher's offset, or the address,
// gives the day before or after, that day wins.

// dated is a date found on a page.
type dated struct {
	day time.Time
	// utc says the date came from a timestamp with a time in UTC (Z or
	// +00:00), which may not be the publisher's day; hour is its hour.
	utc  bool
	hour int
}

// Names (name, property, itemprop or http-equiv, lower case) of the meta
// tags that hold a page's publication date, and its modification date.
var (
	publishedMeta = setOf("article:published_time", "article:published", "og:article:published_time",
		"og:published_time", "published_time", "datepublished", "pubdate", "publishdate", "publish-date",
		"publish_date", "published-date", "published_date", "date_published", "dc.date.issued",
		"dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "date",
		"sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
		"originalpublicationdate", "citation_publication_date", "citation_date", "citation_online_date",
		"release_date", "rnews:datepublished", "bt:pubdate", "cxenseparse:recs:publishtime", "datecreated",
		"created", "creation_date", "dc.created", "displaydate", "date.available", "pub_date",
		"story_publish_date", "live_date", "publication_date", "timestamp", "analyticsattributes.articledate",
		"og:pubdate", "article:post_date", "pdate", "datetime")
	modifiedMeta = setOf("article:modified_time", "og:updated_time", "datemodified", "last-modified",
		"lastmod", "dc.date.modified", "dcterms.modified", "article:modified", "modified", "updated_time",
		"revised", "lastmodified")
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// dateClass matches the class or id of an element that holds a date.
var dateClass = regexp.MustCompile(`(?i)date|time|publi|posted|byline|dateline|created|submitted|stamp|datum|author|meta-info|post-info|entry-meta|article-info|story-info|tarikh|tarih`)

// pageDate finds the publication date of the page root; dr reads dates in
// words (nil: numeric and ISO dates only). now bounds the dates accepted
// (no later than the next day), with 1995 as the earliest.
func pageDate(root *html.Node, dr DateReader, now time.Time) (time.Time, bool) {
	p := &pageScan{dr: dr, max: now.AddDate(0, 0, 1), min: time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)}
	p.walk(root, false)
	for _, ld := range p.jsonLD {
		p.readJSONLD(ld)
	}
	var best dated
	var found bool
	for _, c := range [][]dated{p.meta, p.ldPublished, p.itemprop, p.url, p.firstTime, p.texts, p.image, p.modified, p.body} {
		if len(c) > 0 {
			best, found = c[0], true
			break
		}
	}
	if !found {
		return time.Time{}, false
	}
	if best.utc {
		best.day = p.localDay(best)
	}
	return best.day, true
}

// pageScan gathers the dates of a page in one walk.
type pageScan struct {
	dr       DateReader
	min, max time.Time

	meta, ldPublished, itemprop, url, firstTime, texts, image, modified, body []dated
	// bodyRead counts the bytes of body text looked at, bodyShort the
	// short text nodes read for dates in words.
	bodyRead, bodyShort int
	jsonLD              []string
	textsRead           int
}

// maxTexts is how many date-class elements are read, and maxTextLen the
// longest text read in one.
const (
	maxTexts   = 20
	maxTextLen = 200
)

// Bounds of the search of the body text: the bytes of text looked at for a
// numeric date, and the short text nodes read for a date in words.
const (
	maxBodyBytes = 64 << 10
	maxBodyShort = 60
)

func (p *pageScan) walk(n *html.Node, skip bool) {
	if n.Type == html.TextNode && !skip && len(p.body) == 0 {
		p.bodyText(n.Data)
	}
	if n.Type == html.ElementNode {
		p.element(n, skip)
		switch n.Data {
		case "script", "style", "noscript", "template":
			return
		case "aside", "footer", "nav":
			// Dates of other articles: related stories, archives.
			skip = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c, skip)
	}
}

func attrs(n *html.Node) map[string]string {
	m := make(map[string]string, len(n.Attr))
	for _, a := range n.Attr {
		m[strings.ToLower(a.Key)] = a.Val
	}
	return m
}

func (p *pageScan) add(list *[]dated, s string) {
	if d, ok := p.parse(s); ok {
		*list = append(*list, d)
	}
}

func (p *pageScan) element(n *html.Node, skip bool) {
	a := attrs(n)
	switch n.Data {
	case "meta":
		content := a["content"]
		for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
			key := strings.ToLower(strings.TrimSpace(a[k]))
			switch {
			case key == "":
			case publishedMeta[key]:
				p.add(&p.meta, content)
			case modifiedMeta[key]:
				p.add(&p.modified, content)
			case key == "og:url":
				p.addURL(content)
			case key == "og:image" || key == "twitter:image":
				p.addImage(content)
			}
		}
		return
	case "link":
		if strings.EqualFold(a["rel"], "canonical") {
			p.addURL(a["href"])
		}
		return
	case "script":
		if strings.EqualFold(strings.TrimSpace(a["type"]), "application/ld+json") && n.FirstChild != nil {
			p.jsonLD = append(p.jsonLD, n.FirstChild.Data)
		}
		return
	}
	if strings.EqualFold(a["itemprop"], "datePublished") {
		for _, v := range []string{a["content"], a["datetime"], a["title"], shortText(n)} {
			if d, ok := p.parse(v); ok {
				p.itemprop = append(p.itemprop, d)
				break
			}
		}
		return
	}
	class := a["class"] + " " + a["id"]
	switch n.Data {
	case "time":
		v := a["datetime"]
		if v == "" {
			v = shortText(n)
		}
		_, pub := a["pubdate"]
		if pub || strings.Contains(strings.ToLower(class), "publish") || strings.Contains(strings.ToLower(class), "entry-date") {
			p.add(&p.itemprop, v)
		} else if !skip && len(p.firstTime) == 0 {
			p.add(&p.firstTime, v)
		}
		return
	case "abbr":
		if strings.Contains(strings.ToLower(class), "publish") {
			p.add(&p.itemprop, a["title"])
			return
		}
	}
	if skip || p.textsRead >= maxTexts || !dateClass.MatchString(class) {
		if v := a["data-utime"]; v != "" && !skip {
			p.add(&p.texts, v)
		}
		return
	}
	p.textsRead++
	for _, v := range []string{shortText(n), a["title"], a["data-date"], a["data-timestamp"]} {
		if d, ok := p.parse(v); ok {
			p.texts = append(p.texts, d)
			return
		}
	}
}

// bodyText looks for the first date in the page's text: a numeric date
// (29.12.2010, 2016/11/18, 2020-04-14) in the first maxBodyBytes, or a date
// in words in one of the first maxBodyShort short texts.
func (p *pageScan) bodyText(s string) {
	if p.bodyRead >= maxBodyBytes {
		return
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	p.bodyRead += len(s)
	for _, re := range []*regexp.Regexp{ymd, dmy} {
		if m := re.FindStringSubmatchIndex(s); m != nil {
			if d, ok := p.parse(s[m[2]:]); ok {
				p.body = append(p.body, d)
				return
			}
		}
	}
	if p.dr != nil && p.bodyShort < maxBodyShort && len(s) <= maxTextLen && hasYear(s) {
		p.bodyShort++
		if d, ok := p.dr.FirstDate(s); ok && p.valid(d) {
			p.body = append(p.body, dated{day: d})
		}
	}
}

// hasYear reports four digits in a row (ASCII, Arabic-Indic or Persian): a
// text without them names no full date.
func hasYear(s string) bool {
	n := 0
	for _, r := range s {
		if _, ok := textnorm.Digit(r); ok {
			if n++; n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// shortText is the text of n with spaces collapsed, or "" when it is longer
// than maxTextLen bytes (a paragraph, not a byline).
func shortText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if b.Len() > 2*maxTextLen || !walk(c) {
				return false
			}
		}
		return true
	}
	walk(n)
	s := strings.Join(strings.Fields(b.String()), " ")
	if len(s) > maxTextLen {
		return ""
	}
	return s
}

// urlDate matches a full date in a URL path: /2020/04/14/, /2020-04-14,
// _20200414_.
var urlDate = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d{2})[/_-]?([01]\d)[/_-]?([0-3]\d)(?:[/_.-]|$)`)

// addImage reads the date in the address of the page's picture
// (/files/2016/05/04/report.png): often the day it was published.
func (p *pageScan) addImage(u string) {
	n := len(p.url)
	p.addURL(u)
	if len(p.url) > n {
		p.image = append(p.image, p.url[n:]...)
		p.url = p.url[:n]
	}
}

func (p *pageScan) addURL(u string) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		}
	}
	if m := urlDate.FindStringSubmatch(u); m != nil {
		if d, ok := mkDate(m[1], m[2], m[3]); ok && p.valid(d) {
			p.url = append(p.url, dated{day: d})
		}
	}
}

// readJSONLD finds datePublished, dateCreated and dateModified in a JSON-LD
// block, at any depth.
func (p *pageScan) readJSONLD(s string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
		return
	}
	var pub, created, mod []dated
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 32 {
			return
		}
		switch x := v.(type) {
		case map[string]any:
			for k, val := range map[string]*[]dated{"datePublished": &pub, "dateCreated": &created, "dateModified": &mod} {
				if s, ok := x[k].(string); ok {
					p.add(val, s)
				}
			}
			for _, c := range x {
				walk(c, depth+1)
			}
		case []any:
			for _, c := range x {
				walk(c, depth+1)
			}
		}
	}
	walk(v, 0)
	p.ldPublished = append(append(p.ldPublished, pub...), created...)
	p.modified = append(p.modified, mod...)
}

func (p *pageScan) valid(d time.Time) bool { return !d.Before(p.min) && !d.After(p.max) }

// localDay returns, for a day read from a UTC timestamp, the day before or
// after it when a place of the page that names the publication date gives
// that day (the first meta tag, JSON-LD date or itemprop date with the
// publisher's offset, or the address): the publisher's own day. Other dates
// of the page (later itemprops, a <time>, a byline) are not asked, since
// they may be other articles'.
//
// Only a time near midnight can be another day where the publisher is:
// before 08:00 UTC the day before in the Americas (UTC-8 to UTC-3), from
// 18:00 UTC the day after in Asia (UTC+6 and east; the Gulf, at UTC+3 to +4,
// from 20:00).
func (p *pageScan) localDay(utc dated) time.Time {
	day := utc.day
	for _, list := range [][]dated{p.meta, p.ldPublished, p.itemprop, p.url} {
		for _, d := range list[:min(len(list), 1)] {
			if d.utc {
				continue
			}
			switch d.day.Sub(day) {
			case -24 * time.Hour:
				if utc.hour < 8 {
					return d.day
				}
			case 24 * time.Hour:
				if utc.hour >= 18 {
					return d.day
				}
			}
		}
	}
	return day
}

// parse reads a date value: an ISO 8601 timestamp or date (also compact:
// 20200414T003807Z, 20231102), a Unix time in seconds or milliseconds, a
// numeric date (2020/04/14, 14.04.2020, 04/14/2020), or a date in words
// (through p.dr).
func (p *pageScan) parse(s string) (dated, bool) {
	s = strings.TrimSpace(dateChars(s))
	if s == "" || len(s) > maxTextLen {
		return dated{}, false
	}
	d, ok := p.parseValue(s)
	if !ok || !p.valid(d.day) {
		return dated{}, false
	}
	return d, true
}

// isoDate matches the start of an ISO 8601 date or timestamp, and its
// offset when it has a time.
var (
	isoDate   = regexp.MustCompile(`^((?:19|20)\d{2})-?([01]\d)-?([0-3]\d)(?:$|[T\s_])`)
	isoOffset = regexp.MustCompile(`[T\s_](\d{1,2}):?\d{2}(?::?\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?\b`)
)

func (p *pageScan) parseValue(s string) (dated, bool) {
	if m := isoDate.FindStringSubmatch(s); m != nil {
		d, ok := mkDate(m[1], m[2], m[3])
		if !ok {
			return dated{}, false
		}
		x := dated{day: d}
		if o := isoOffset.FindStringSubmatch(s[len(m[0])-1:]); o != nil {
			switch o[2] {
			case "Z", "UTC", "GMT", "+00:00", "+0000", "-00:00":
				x.utc = true
				x.hour, _ = strconv.Atoi(o[1])
			}
		}
		return x, true
	}
	if allDigits(s) && (len(s) == 10 || len(s) == 13) {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return dated{}, false
		}
		if len(s) == 13 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		return dated{day: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), utc: true, hour: t.Hour()}, true
	}
	if d, ok := slashDate(s); ok {
		return dated{day: d}, true
	}
	if p.dr != nil {
		if d, ok := p.dr.FirstDate(s); ok {
			return dated{day: d}, true
		}
	}
	return dated{}, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// slashDate reads a numeric date at the start of s: Y/M/D, D.M.Y, or D/M/Y
// and M/D/Y (month first only when the second number is over 12, as in
// US dates 09/15/2020).
func slashDate(s string) (time.Time, bool) {
	if m := ymd.FindStringSubmatch(s); m != nil && strings.HasPrefix(s, m[1]) {
		return mkDate(m[1], m[2], m[3])
	}
	if m := dmy.FindStringSubmatch(s); m != nil && strings.HasPrefix(strings.TrimLeft(s, " "), m[1]) {
		if d, ok := mkDate(m[3], m[2], m[1]); ok {
			return d, true
		}
		return mkDate(m[3], m[1], m[2])
	}
	return time.Time{}, false
}
