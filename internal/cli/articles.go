package cli

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/textnorm"
)

const articlesAbout = `Writes one row per article read, so that you see what tarikh saw before
reading its timeline: CSV with the header
  id,date,date_source,title,language,characters,file
id names the article in the docs column of tarikh events (the JSONL id, else
the path); date is its own date (DCT), which relative dates ("Tuesday",
"last month") are resolved against, and date_source where it came from:
metadata (the JSONL date field, or the web page's date), header (a date line
at the top of the text, "March 17, 1987" or "الأربعاء 27 مارس 2024"),
filename, flag (--dct) or none. title is the JSONL or web page's title, or
a text file's first line (cut at 120 characters); language is ar or en, by script;
characters counts the code points of the text tarikh reads (title and body);
file is FILE or FILE:LINE.
`

const articlesExamples = `tarikh articles examples/
tarikh articles --format jsonl news.jsonl
tarikh articles page.html`

func articlesCommand() *command {
	return &command{
		name:     "articles",
		summary:  "the articles read: id, date and where it came from, title, language, size",
		usage:    "tarikh articles [flags] [PATH|-]...",
		about:    articlesAbout,
		examples: articlesExamples,
		args:     []string{"files"},
		setup:    tableSetup(false, runArticles),
	}
}

var articlesHeader = []string{"id", "date", "date_source", "title", "language", "characters", "file"}

type articleRow struct {
	ID         string `json:"id"`
	Date       string `json:"date"`
	DateSource string `json:"date_source"`
	Title      string `json:"title"`
	Language   string `json:"language"`
	Characters int    `json:"characters"`
	File       string `json:"file"`
}

func (r articleRow) record() []string {
	return []string{r.ID, r.Date, r.DateSource, r.Title, r.Language, strconv.Itoa(r.Characters), r.File}
}

func articleOf(a *input.Article) articleRow {
	t := textnorm.Normalize(a.Text)
	title := a.Title
	if title == "" {
		title = firstLine(a.Text, 120)
	}
	return articleRow{ID: a.ID, Date: dateString(a.DCT), DateSource: string(a.DCTSource), Title: title,
		Language: string(textnorm.DetectLang(t.Tokenize(), t)), Characters: utf8.RuneCountInString(a.Text), File: where(a)}
}

func runArticles(ctx context.Context, c *common, stdio IO) int {
	if err := c.validate(); err != nil {
		return usageError(stdio.Stderr, err)
	}
	rec, err := temporal.New()
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	c.dates = rec
	return runTable(ctx, c, stdio, "", articlesHeader, func(ctx context.Context, a *input.Article) ([]articleRow, error) {
		return []articleRow{articleOf(a)}, nil
	})
}

// firstLine is the first line of s that holds more than white space, cut at
// max code points.
func firstLine(s string, max int) string {
	for s != "" {
		ln := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			ln, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if ln = strings.TrimSpace(ln); ln == "" {
			continue
		}
		n := 0
		for i := range ln {
			if n == max {
				return strings.TrimSpace(ln[:i]) + "…"
			}
			n++
		}
		return ln
	}
	return ""
}
