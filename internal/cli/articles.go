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

func articlesCommand() *command {
	return &command{
		name:    "articles",
		summary: "the articles read: id, date and where it came from, title, language, size",
		usage:   "tarikh articles [flags] [PATH|-]...",
		args:    []string{"files"},
		setup:   tableSetup(false, runArticles),
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
