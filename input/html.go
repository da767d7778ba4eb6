package input

import (
	"errors"
	"fmt"
	"strings"
	"time"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// page is what extractHTML finds in a news page.
type page struct {
	title, text, url string
	date             time.Time
}

// Bounds on the pages given to the extractor. Main-content heuristics can
// grow much faster than the page with nesting depth (go-trafilatura took 17 s
// on 270 nested tables, 16 KB); news pages nest 15 to 40 deep and have a few
// thousand elements.
const (
	// maxHTMLDepth is the deepest element kept; below it, a subtree is
	// replaced by its text.
	maxHTMLDepth = 64
	// maxHTMLElements is the most elements a page may have.
	maxHTMLElements = 50_000
)

// extractHTML finds the article body, title and publication date of a news
// page. The body is what go-readability (the Readability.js heuristics)
// takes for the main content; a page whose body is drawn by JavaScript, and
// so has none, gives its title and description (meta description,
// og:description) instead. The date is the publisher's day as pageDate
// finds it (meta tags, JSON-LD, <time>, the address, the byline), dates in
// words read by dr; else the date go-readability finds. go-trafilatura does
// the same with more heuristics, but loading it costs every tarikh run about
// 0.4 s and 50 MB (its date parser's language tables and a WebAssembly
// regexp engine are set up at start), HTML or not; see input/README in the
// notes of issue #5.
func extractHTML(doc string, dr DateReader) (p page, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("HTML extraction failed: %v", r)
		}
	}()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return page{}, fmt.Errorf("not HTML: %v", err)
	}
	if n := flatten(root, 0); n > maxHTMLElements {
		return page{}, fmt.Errorf("page too complex: %d elements (the limit is %d)", n, maxHTMLElements)
	}
	// Read before go-readability, which changes the tree.
	date, hasDate := pageDate(root, dr, time.Now())
	head := headOf(root)
	p = page{url: canonicalURL(root)}
	art, rerr := readability.FromDocument(root, nil)
	if rerr == nil && strings.TrimSpace(art.TextContent) != "" {
		p.title = strings.TrimSpace(art.Title)
		p.text = blockText(art.Node)
		if p.text == "" {
			p.text = strings.TrimSpace(art.TextContent)
		}
		// The body often repeats the title as its heading.
		if first, rest, _ := strings.Cut(p.text, "\n"); p.title != "" && strings.TrimSpace(first) == p.title {
			p.text = strings.TrimLeft(rest, "\n")
		}
		if !hasDate && art.PublishedTime != nil && !art.PublishedTime.IsZero() {
			y, mo, d := art.PublishedTime.Date()
			date, hasDate = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), true
		}
	} else {
		// No body text: the title and the description the page gives for
		// sharing are what there is to read.
		p.title, p.text = head.title, head.description
		if p.title == "" && p.text == "" {
			if rerr != nil {
				return page{}, fmt.Errorf("no article text found in the page: %v", rerr)
			}
			return page{}, errors.New("no article text found in the page, and no title or description")
		}
	}
	if hasDate {
		p.date = date
	}
	return p, nil
}

// pageHead is what a page's head says about it.
type pageHead struct{ title, description string }

// headOf finds the page's title (og:title, else <title>) and description
// (og:description, description, twitter:description).
func headOf(root *html.Node) pageHead {
	var h pageHead
	var title, desc [3]string // by preference
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title":
				if title[2] == "" && n.FirstChild != nil {
					title[2] = strings.TrimSpace(n.FirstChild.Data)
				}
			case "meta":
				a := attrs(n)
				key := strings.ToLower(a["property"] + a["name"])
				c := strings.TrimSpace(a["content"])
				switch key {
				case "og:title":
					title[0] = c
				case "twitter:title":
					title[1] = c
				case "og:description":
					desc[0] = c
				case "description":
					desc[1] = c
				case "twitter:description":
					desc[2] = c
				}
			case "body":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, t := range title {
		if t != "" {
			h.title = strings.Join(strings.Fields(t), " ")
			break
		}
	}
	for _, d := range desc {
		if d != "" {
			h.description = strings.Join(strings.Fields(d), " ")
			break
		}
	}
	return h
}

// canonicalURL returns the page's own address from <link rel=canonical> or
// <meta property=og:url>, or "".
func canonicalURL(n *html.Node) string {
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode && (n.Data == "link" || n.Data == "meta") {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[strings.ToLower(a.Key)] = a.Val
			}
			switch {
			case n.Data == "link" && strings.EqualFold(attr["rel"], "canonical"):
				found = strings.TrimSpace(attr["href"])
			case n.Data == "meta" && strings.EqualFold(attr["property"], "og:url"):
				found = strings.TrimSpace(attr["content"])
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return found
}

// flatten replaces every element deeper than maxHTMLDepth below n (at
// depth) by a text node with its text, and counts the elements left.
func flatten(n *html.Node, depth int) int {
	count := 0
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if depth >= maxHTMLDepth {
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: " " + blockText(c) + " "}, c)
				n.RemoveChild(c)
			} else {
				count += 1 + flatten(c, depth+1)
			}
		}
		c = next
	}
	return count
}

// blockText is the text of the extracted content with one line per
// paragraph, heading, list item or table row, and spaces collapsed.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "template":
				return
			case "br":
				sb.WriteByte('\n')
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n.Data)
		if block {
			sb.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			sb.WriteByte('\n')
		}
	}
	walk(n)
	var out []string
	for _, ln := range strings.Split(sb.String(), "\n") {
		if ln = strings.Join(strings.Fields(ln), " "); ln != "" {
			out = append(out, ln)
		}
	}
	return strings.Join(out, "\n")
}

func isBlock(tag string) bool {
	switch tag {
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
		"blockquote", "pre", "tr", "table", "section", "article", "header",
		"footer", "figcaption", "dd", "dt", "dl", "hr", "head", "title":
		return true
	}
	return false
}

// declaredCharset decodes an HTML page that declares a charset other than
// UTF-8 in a meta tag (windows-1256, iso-8859-6...). ok is false when the
// page declares UTF-8 or nothing: it is then read as text is.
func declaredCharset(data []byte) (text []byte, ok bool) {
	e, name, certain := charset.DetermineEncoding(data, "")
	if name == "utf-8" || (name == "windows-1252" && !certain) {
		// windows-1252 without certainty is also the guess for no declaration.
		return nil, false
	}
	b, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return nil, false
	}
	return b, true
}
