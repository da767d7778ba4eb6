// Package input reads news articles from files, directories and standard
// input: plain text (one article per file) and JSONL (one article per line).
// It finds each article's own date (DCT) and reports every article it cannot
// read, with file and line, without stopping.
package input

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// DCTSource says where an article's date came from.
type DCTSource string

// Sources of the document creation time, in order of preference.
const (
	DCTMetadata DCTSource = "metadata" // the JSONL date field
	DCTHeader   DCTSource = "header"   // a date line at the top of the text
	DCTFilename DCTSource = "filename" // a date in the file name
	DCTFlag     DCTSource = "flag"     // --dct
	DCTNone     DCTSource = "none"
)

// Article is one news article.
type Article struct {
	// ID is the JSONL id, else the file's path as given.
	ID string
	// Path and Line locate the article (Line is 0 for a whole file).
	Path string
	Line int
	// Text is the article's text: for JSONL, the title, a blank line and the
	// text when a title is present.
	Text  string
	Title string
	URL   string
	// DCT is the article's date (zero when unknown) and DCTSource its origin.
	DCT       time.Time
	DCTSource DCTSource
	// Seq is the article's position in the input, from 0.
	Seq int
}

// Options control reading.
type Options struct {
	// DCT is used for articles whose date is found nowhere else.
	DCT time.Time
}

// Error is an article or file that could not be read.
type Error struct {
	Path string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Handler receives each article, or an *Error for one that cannot be read.
// Returning a non-nil error stops the walk.
type Handler func(a *Article, readErr *Error) error

// Walk reads every article under paths ("-" is standard input) in a stable
// order: paths as given, directories recursively in lexical order.
func Walk(ctx context.Context, paths []string, stdin io.Reader, opt Options, h Handler) error {
	seq := 0
	emit := func(a *Article, e *Error) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if a != nil {
			a.Seq = seq
			seq++
			finishDCT(a, opt)
		}
		return h(a, e)
	}
	for _, p := range paths {
		if p == "-" {
			if err := readStream(ctx, stdin, "-", "", emit); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if err := emit(nil, &Error{Path: p, Err: err}); err != nil {
				return err
			}
			continue
		}
		if !st.IsDir() {
			if err := readFile(ctx, p, emit); err != nil {
				return err
			}
			continue
		}
		var files []string
		werr := filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, fp) // reported when opened
				return nil
			}
			if !d.IsDir() && Supported(fp) {
				files = append(files, fp)
			}
			return nil
		})
		if werr != nil {
			return werr
		}
		sort.Strings(files)
		for _, f := range files {
			if err := readFile(ctx, f, emit); err != nil {
				return err
			}
		}
	}
	return nil
}

// Supported reports whether a file name has an extension Walk reads in a directory.
func Supported(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".jsonl":
		return true
	}
	return false
}

func readFile(ctx context.Context, path string, emit func(*Article, *Error) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(nil, &Error{Path: path, Err: err})
	}
	defer f.Close()
	kind := "txt"
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		kind = "jsonl"
	}
	return readStream(ctx, f, path, kind, emit)
}

// readStream reads one file or stdin; kind "" detects JSONL by a first '{'.
func readStream(ctx context.Context, r io.Reader, path, kind string, emit func(*Article, *Error) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	if kind == "" {
		kind = "txt"
		if b, err := br.Peek(1); err == nil && b[0] == '{' {
			kind = "jsonl"
		}
	}
	if kind == "jsonl" {
		return readJSONL(ctx, br, path, emit)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return emit(nil, &Error{Path: path, Err: err})
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	a := &Article{ID: path, Path: path, Text: text}
	if d, ok := headerDate(text); ok {
		a.DCT, a.DCTSource = d, DCTHeader
	} else if d, ok := filenameDate(path); ok {
		a.DCT, a.DCTSource = d, DCTFilename
	}
	return emit(a, nil)
}

type jsonArticle struct {
	ID    json.RawMessage `json:"id"`
	Date  string          `json:"date"`
	Title string          `json:"title"`
	Text  *string         `json:"text"`
	URL   string          `json:"url"`
}

func readJSONL(ctx context.Context, br *bufio.Reader, path string, emit func(*Article, *Error) error) error {
	line := 0
	for {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			line++
			if e := parseLine(b, path, line, emit); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return emit(nil, &Error{Path: path, Line: line + 1, Err: err})
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

func parseLine(b []byte, path string, line int, emit func(*Article, *Error) error) error {
	s := strings.TrimSpace(strings.TrimPrefix(string(b), "\ufeff"))
	if s == "" {
		return nil
	}
	var j jsonArticle
	if err := json.Unmarshal([]byte(s), &j); err != nil {
		return emit(nil, &Error{Path: path, Line: line, Err: fmt.Errorf("not a JSON object: %v", err)})
	}
	if j.Text == nil {
		return emit(nil, &Error{Path: path, Line: line, Err: fmt.Errorf("no \"text\" field")})
	}
	a := &Article{Path: path, Line: line, Title: j.Title, URL: j.URL, Text: *j.Text}
	if j.Title != "" {
		a.Text = j.Title + "\n\n" + *j.Text
	}
	a.ID = idString(j.ID)
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s:%d", path, line)
	}
	if j.Date != "" {
		d, ok := parseISODate(j.Date)
		if !ok {
			return emit(nil, &Error{Path: path, Line: line, Err: fmt.Errorf("bad \"date\" %q: want YYYY-MM-DD", j.Date)})
		}
		a.DCT, a.DCTSource = d, DCTMetadata
	}
	return emit(a, nil)
}

func idString(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return strings.TrimSpace(string(raw))
}

func finishDCT(a *Article, opt Options) {
	if a.DCTSource != "" {
		return
	}
	if !opt.DCT.IsZero() {
		a.DCT, a.DCTSource = opt.DCT, DCTFlag
		return
	}
	a.DCTSource = DCTNone
}

func parseISODate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if d, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return d, true
		}
	}
	return time.Time{}, false
}

var (
	ymd = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?:[^0-9]|$)`)
	dmy = regexp.MustCompile(`(?:^|[^0-9])([0-3]?[0-9])[-/.]([01]?[0-9])[-/.]((?:19|20)[0-9]{2})(?:[^0-9]|$)`)
)

// headerDate finds a date line among the first lines of a text article: a
// short line that is a numeric date, maybe after a weekday
// ("الأربعاء 2024/03/27").
func headerDate(text string) (time.Time, bool) {
	lines := 0
	for _, ln := range strings.SplitN(text, "\n", 12) {
		ln = strings.TrimSpace(toASCIIDigits(ln))
		if ln == "" {
			continue
		}
		lines++
		if lines > 8 {
			break
		}
		if len([]rune(ln)) > 40 {
			continue
		}
		if d, ok := numericDate(ln); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

func numericDate(s string) (time.Time, bool) {
	if m := ymd.FindStringSubmatch(s); m != nil {
		return mkDate(m[1], m[2], m[3])
	}
	if m := dmy.FindStringSubmatch(s); m != nil {
		return mkDate(m[3], m[2], m[1])
	}
	return time.Time{}, false
}

func mkDate(y, m, d string) (time.Time, bool) {
	var yi, mi, di int
	fmt.Sscan(y, &yi)
	fmt.Sscan(m, &mi)
	fmt.Sscan(d, &di)
	if mi < 1 || mi > 12 || di < 1 || di > 31 {
		return time.Time{}, false
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return time.Time{}, false
	}
	return t, true
}

func filenameDate(path string) (time.Time, bool) {
	return numericDate(filepath.Base(path))
}

func toASCIIDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		}
		return r
	}, s)
}
