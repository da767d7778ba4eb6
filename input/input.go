// Package input reads news articles from files, directories and standard
// input, finds each article's own date (DCT), and reports every article it
// cannot read, with file and line, without stopping.
//
// # Inputs
//
//   - .txt: one article per file; the DCT is a date line at the top
//     (numeric, or in words with Options.Dates), else a date in the file
//     name.
//   - .jsonl and .jsonl.gz: one article per line, with the fields id, date
//     (YYYY-MM-DD, the DCT), title, text and url; only text is required.
//     The file is streamed line by line.
//   - .html and .htm: a news page; its article body (one line per
//     paragraph) is extracted with go-readability, or, for a page whose
//     body JavaScript draws, its title and description. Its publication
//     date, the DCT, is the publisher's day as the page gives it in meta
//     tags, JSON-LD, <time>, its address or its byline (pagedate.go: 90.5%
//     right on htmldate's English and Arabic evaluation pages, go-htmldate
//     90.8%; bench/htmldate.sh). Elements nested deeper than 64 are
//     replaced by their text and pages over 50,000 elements are refused,
//     because main-content heuristics slow down steeply with nesting.
//     Extraction runs on the reading goroutine and costs a few
//     milliseconds per page (BenchmarkHTML, BenchmarkPageDate).
//   - a directory: the files above in it and below it, in lexical order.
//   - "-": standard input, JSONL, HTML or text as its first bytes say
//     (gzip is undone first). A file named with another extension is read
//     the same way. Its articles' Path (and ID, when it has none) is
//     StdinName.
//
// A directory that holds no file of these kinds is a warning.
//
// # Encodings
//
// Text is UTF-8. A UTF-8 byte-order mark is dropped. UTF-16 that starts
// with a byte-order mark is decoded. Text that is not valid UTF-8 but looks
// like the Arabic code page Windows-1256 is read as Windows-1256, with a
// warning; other invalid bytes become U+FFFD, one per byte, with a warning
// giving the line of the first. Options.Encoding forces an encoding
// instead. An HTML page's declared charset is honoured. Line ends, \r
// included, and direction marks are kept as read, so that code-point
// offsets into Article.Text match what the user sees.
//
// # Failures and warnings
//
// A failure is an article that is skipped: a file that cannot be opened or
// read, a binary file (it holds a NUL byte), an article larger than
// Options.MaxArticleBytes (32 MiB unless set), a JSONL line that is not a
// JSON object, lacks "text", has a bad "date" or is over-long, a broken
// gzip stream, an HTML page without article text. Each is given to the
// Handler as an *Error with the path and, when it has one, the line; the
// walk goes on. The tarikh command exits with status 1 when there was one.
//
// A warning is something repaired or left out that loses no article: text
// decoded with replacement characters or read as Windows-1256, an empty
// file. Warnings go to Options.Warn, also as *Error, and do not change the
// exit status.
//
// Inputs are opened read-only and never changed. Memory is bounded by the
// articles in flight: one article at a time is read, and a JSONL line
// longer than the limit is skipped without being held.
package input

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// DCTSource says where an article's date came from.
type DCTSource string

// Sources of the document creation time, in order of preference.
const (
	DCTMetadata DCTSource = "metadata" // the JSONL date field, or the HTML page's date
	DCTHeader   DCTSource = "header"   // a date line at the top of the text
	DCTFilename DCTSource = "filename" // a date in the file name
	DCTFlag     DCTSource = "flag"     // --dct
	DCTNone     DCTSource = "none"
	// DCTText: the article's text corrected the date it was given (a
	// dateline, or "اليوم السبت" in the lead against a date a day late);
	// set by the date resolver, not by this package.
	DCTText DCTSource = "text"
)

// StdinName is the Path of the articles read from standard input ("-"), and
// the ID of one without an id of its own: a name a spreadsheet shows as
// written, where "-" would be read as the start of a formula.
const StdinName = "stdin"

// DefaultMaxArticleBytes is the largest article read when
// Options.MaxArticleBytes is 0: a text or HTML file, or a JSONL line.
const DefaultMaxArticleBytes = 32 << 20

// Article is one news article.
type Article struct {
	// ID is the JSONL id, else the file's path as given.
	ID string
	// Path and Line locate the article (Line is 0 for a whole file).
	Path string
	Line int
	// Text is the article's text, valid UTF-8: for JSONL and HTML, the
	// title, a blank line and the text when a title is present.
	Text  string
	Title string
	URL   string
	// Dateline is the JSONL "dateline" field ("LONDON, March 23 -"): the
	// date resolver may correct DCT from it (see DCTText).
	Dateline string
	// Author is the JSONL "author" field, the byline as the source gives
	// it apart from the text ("جدة - واس", or a columnist's bare name).
	Author string
	// DCT is the article's date (zero when unknown) and DCTSource its origin.
	DCT       time.Time
	DCTSource DCTSource
	// Seq is the article's position in the input, from 0.
	Seq int
	// Bytes is about how many bytes of the input (compressed, for gzip)
	// were read for this article since the one before it, for progress.
	Bytes int64
}

// Options control reading.
type Options struct {
	// DCT is used for articles whose date is found nowhere else.
	DCT time.Time
	// Encoding forces the encoding of every input; "" is Auto.
	Encoding Encoding
	// MaxArticleBytes is the largest article read; 0 is DefaultMaxArticleBytes.
	MaxArticleBytes int64
	// Warn receives warnings (see the package doc); nil drops them. It is
	// called on the goroutine that runs Walk, between Handler calls.
	Warn func(*Error)
	// Dates reads dates written in words: a date line at the top of a text
	// article ("March 17, 1987", "WASHINGTON, March 17, 1987 -",
	// "الأربعاء 27 مارس 2024") and a web page's byline or meta value
	// ("تم نشره الجمعة 24 نيسان / أبريل 2020", "Tue, Sep 15 2020 10:01:41
	// EDT"). The date rules know the month names, so the caller gives a
	// *temporal.Recognizer. nil reads numeric dates only (2024-03-27,
	// الأربعاء 2024/03/27).
	Dates DateReader
}

// DateReader reads dates written in words; *temporal.Recognizer is one.
type DateReader interface {
	// DateLine reads a line that is a date line: a full date, maybe after
	// a dateline place and before a separator and the body.
	DateLine(line string) (time.Time, bool)
	// FirstDate returns the first full date in a short text.
	FirstDate(s string) (time.Time, bool)
}

// Error is an article or file that could not be read, or a warning.
type Error struct {
	Path string
	// Line is the line of the file (from 1), or 0 for the whole file.
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
// order: paths as given, directories recursively in lexical order. It calls
// h once per article or failure, in input order, on the calling goroutine,
// and returns h's error or ctx's.
func Walk(ctx context.Context, paths []string, stdin io.Reader, opt Options, h Handler) error {
	w := newWalker(ctx, opt, h)
	for _, p := range paths {
		if p == "-" {
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			if err := w.readStream(stdin, StdinName, kindOf("")); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if err := w.emit(nil, &Error{Path: p, Err: err}); err != nil {
				return err
			}
			continue
		}
		if !st.IsDir() {
			if err := w.readFile(p); err != nil {
				return err
			}
			continue
		}
		files, other := listDir(p)
		if len(files) == 0 {
			w.warn(p, 0, noArticleFiles(other))
		}
		for _, f := range files {
			var err error
			if f.err != nil {
				err = w.emit(nil, &Error{Path: f.path, Err: f.err})
			} else {
				err = w.readFile(f.path)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// ReadFrom reads the articles of one input that is not a local file or
// directory: r, named path (a gs:// or s3:// object a cluster's filesystem
// opened, say). Its format is path's, as for a file (.txt, .jsonl,
// .jsonl.gz, .html, .htm), or else detected as for standard input; the
// articles' Path is path. It calls h as Walk does and returns h's error or
// ctx's.
func ReadFrom(ctx context.Context, r io.Reader, path string, opt Options, h Handler) error {
	w := newWalker(ctx, opt, h)
	return w.readStream(r, path, kindOf(path))
}

// Supported reports whether a file name has an extension Walk reads in a
// directory: .txt, .jsonl, .jsonl.gz, .html, .htm.
func Supported(name string) bool {
	return kindOf(name).known
}

// TotalSize is the sum of the sizes of the files Walk would read under
// paths, for a progress bar. known is false when paths include "-".
func TotalSize(ctx context.Context, paths []string) (n int64, known bool) {
	for _, p := range paths {
		if p == "-" {
			return 0, false
		}
		st, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !st.IsDir() {
			n += st.Size()
			continue
		}
		files, _ := listDir(p)
		for _, f := range files {
			if ctx.Err() != nil {
				return n, false
			}
			if f.err == nil {
				if st, err := os.Stat(f.path); err == nil {
					n += st.Size()
				}
			}
		}
	}
	return n, true
}

type dirEntry struct {
	path string
	err  error
}

// listDir lists the supported files under dir in lexical order, and the
// paths it could not list with their errors; other counts the files of other
// kinds by extension.
func listDir(dir string) (files []dirEntry, other map[string]int) {
	other = map[string]int{}
	filepath.WalkDir(dir, func(fp string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, dirEntry{fp, err})
			return nil
		}
		switch {
		case d.IsDir():
		case Supported(fp):
			files = append(files, dirEntry{path: fp})
		default:
			other[strings.ToLower(filepath.Ext(fp))]++
		}
		return nil
	})
	sort.SliceStable(files, func(i, j int) bool { return files[i].path < files[j].path })
	return files, other
}

// noArticleFiles is the warning for a directory without article files.
func noArticleFiles(other map[string]int) string {
	msg := "no article files (.txt, .jsonl, .jsonl.gz, .html, .htm) in this directory"
	if len(other) == 0 {
		return msg
	}
	n := 0
	exts := make([]string, 0, len(other))
	for e, k := range other {
		n += k
		if e == "" {
			e = "no extension"
		}
		exts = append(exts, e)
	}
	sort.Strings(exts)
	if len(exts) > 5 {
		exts = append(exts[:5], "...")
	}
	return fmt.Sprintf("%s; %d other file(s) not read (%s)", msg, n, strings.Join(exts, ", "))
}

// newWalker returns the walker of one Walk or ReadFrom.
func newWalker(ctx context.Context, opt Options, h Handler) *walker {
	w := &walker{ctx: ctx, opt: opt, h: h, max: opt.MaxArticleBytes}
	if w.max <= 0 {
		w.max = DefaultMaxArticleBytes
	}
	if w.opt.Encoding == "" {
		w.opt.Encoding = Auto
	}
	return w
}

// walker is the state of one Walk.
type walker struct {
	ctx context.Context
	opt Options
	h   Handler
	max int64
	seq int

	// in counts the bytes read of the current input, mark where the
	// previous article ended.
	in   *countingReader
	mark int64
}

func (w *walker) emit(a *Article, e *Error) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if a != nil {
		a.Seq = w.seq
		w.seq++
		finishDCT(a, w.opt)
		if w.in != nil {
			a.Bytes = w.in.n - w.mark
			w.mark = w.in.n
		}
	}
	return w.h(a, e)
}

func (w *walker) warn(path string, line int, msg string) {
	if w.opt.Warn != nil {
		w.opt.Warn(&Error{Path: path, Line: line, Err: errors.New(msg)})
	}
}

// fail reports an article that cannot be read.
func (w *walker) fail(path string, line int, err error) error {
	return w.emit(nil, &Error{Path: path, Line: line, Err: err})
}

func (w *walker) limitText() string {
	if w.max%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", w.max>>20)
	}
	return fmt.Sprintf("%d bytes", w.max)
}

// kind is what a file holds, by its name.
type kind struct {
	format string // "txt", "jsonl", "html", or "" to detect from the content
	gzip   bool
	known  bool // read when found in a directory
}

func kindOf(name string) kind {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".jsonl.gz"):
		return kind{"jsonl", true, true}
	case strings.HasSuffix(n, ".jsonl"):
		return kind{"jsonl", false, true}
	case strings.HasSuffix(n, ".txt"):
		return kind{"txt", false, true}
	case strings.HasSuffix(n, ".html"), strings.HasSuffix(n, ".htm"):
		return kind{"html", false, true}
	}
	return kind{}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
