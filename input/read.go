package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"
)

// readFile reads one file, opened read-only.
func (w *walker) readFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return w.fail(path, 0, err)
	}
	defer f.Close()
	return w.readStream(f, path, kindOf(path))
}

// readStream reads one file or standard input: it undoes gzip, decodes the
// encoding (see decodeStream), detects the format when k does not say it,
// and reads the articles.
func (w *walker) readStream(r io.Reader, path string, k kind) error {
	w.in, w.mark = &countingReader{r: r}, 0
	defer func() { w.in = nil }()
	br := bufio.NewReaderSize(w.in, 64<<10)
	if head, _ := br.Peek(2); k.gzip || (k.format == "" && bytes.HasPrefix(head, []byte{0x1f, 0x8b})) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return w.fail(path, 0, fmt.Errorf("not gzip: %v", err))
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	head, _ := br.Peek(4)
	dr, transcoded := decodeStream(br, w.opt.Encoding, head)
	if transcoded {
		br = bufio.NewReaderSize(dr, 64<<10)
	}
	detect := w.opt.Encoding == Auto && !transcoded
	format := k.format
	if format == "" {
		format = sniff(br)
	}
	if format == "jsonl" {
		return w.readJSONL(br, path, detect)
	}
	return w.readWhole(br, path, format, detect)
}

// sniff tells JSONL ('{' first), HTML (a tag such as <html first) and text
// apart by the first bytes.
func sniff(br *bufio.Reader) string {
	head, _ := br.Peek(512)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, bomUTF8), " \t\r\n")
	switch {
	case len(head) == 0:
		return "txt"
	case head[0] == '{':
		return "jsonl"
	case head[0] == '<':
		l := bytes.ToLower(head)
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<meta"} {
			if bytes.Contains(l, []byte(tag)) {
				return "html"
			}
		}
	}
	return "txt"
}

// readWhole reads a file that is one article: text or HTML.
func (w *walker) readWhole(br *bufio.Reader, path, format string, detect bool) error {
	data, err := io.ReadAll(io.LimitReader(br, w.max+1))
	if err != nil {
		return w.fail(path, 0, err)
	}
	if int64(len(data)) > w.max {
		return w.fail(path, 0, fmt.Errorf("article larger than the %s limit; skipped (split it, or make it JSONL)", w.limitText()))
	}
	if format == "html" && detect {
		if b, ok := declaredCharset(data); ok {
			data, detect = b, false
		}
	}
	text, warn, fail := decodeBytes(data, detect, 1)
	if fail != nil {
		return w.fail(path, fail.line, errors.New(fail.msg))
	}
	if warn != nil {
		w.warn(path, warn.line, warn.msg)
	}
	if strings.TrimSpace(text) == "" {
		w.warn(path, 0, "empty file; no article")
		return nil
	}
	a := &Article{ID: path, Path: path, Text: text}
	if format == "html" {
		p, err := extractHTML(text, w.opt.Dates)
		if err != nil {
			return w.fail(path, 0, err)
		}
		a.Title, a.URL, a.Text = p.title, p.url, joinTitle(p.title, p.text)
		if !p.date.IsZero() {
			a.DCT, a.DCTSource = p.date, DCTMetadata
		}
	}
	if a.DCTSource == "" {
		var dateLine func(string) (time.Time, bool)
		if w.opt.Dates != nil {
			dateLine = w.opt.Dates.DateLine
		}
		if d, ok := headerDate(a.Text, dateLine); ok {
			a.DCT, a.DCTSource = d, DCTHeader
		} else if d, ok := filenameDate(path); ok {
			a.DCT, a.DCTSource = d, DCTFilename
		}
	}
	return w.emit(a, nil)
}

// joinTitle makes an article's text: the title, a blank line, the body.
func joinTitle(title, body string) string {
	switch {
	case title == "":
		return body
	case body == "":
		return title
	}
	return title + "\n\n" + body
}

type jsonArticle struct {
	ID    json.RawMessage `json:"id"`
	Date  string          `json:"date"`
	Title string          `json:"title"`
	Text  *string         `json:"text"`
	URL   string          `json:"url"`
	// Dateline: "SALVADOR, Feb 26 -", as Reuters-21578 gives it.
	Dateline string `json:"dateline"`
	// Author: the byline as SaudiNewsNet gives it ("جدة - واس", a
	// columnist's name).
	Author string `json:"author"`
	// joined is the article's text, joinTitle(Title, *Text), when
	// decodeLine has made it (Title and Text are slices of it); nil after
	// json.Unmarshal.
	joined *string
}

// fullText returns joinTitle(j.Title, *j.Text); j.Text must not be nil.
func (j *jsonArticle) fullText() string {
	if j.joined != nil {
		return *j.joined
	}
	return joinTitle(j.Title, *j.Text)
}

// lineStats gathers what went wrong on many lines of one file, to warn
// once and sum up at the end.
type lineStats struct {
	lines, first int
	msg          string
}

func (s *lineStats) add(line int, msg string) bool {
	s.lines++
	if s.lines == 1 {
		s.first, s.msg = line, msg
		return true
	}
	return false
}

// readJSONL streams a JSONL file: one article per line, at most w.max
// bytes each.
func (w *walker) readJSONL(br *bufio.Reader, path string, detect bool) error {
	var (
		buf      []byte
		line     int
		articles int
		failed   int
		repaired lineStats
	)
	defer func() {
		if repaired.lines > 1 {
			w.warn(path, repaired.first, fmt.Sprintf("%s (%d lines in all)", repaired.msg, repaired.lines))
		}
	}()
	for {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		b, n, tooLong, err := readLine(br, w.max, buf[:0])
		buf = b
		if n > 0 {
			line++
		}
		if err != nil && err != io.EOF {
			// A read error (a broken gzip stream): the line is not whole.
			if n == 0 {
				line++
			}
			return w.fail(path, line, err)
		}
		var perr error
		switch {
		case tooLong:
			perr = w.fail(path, line, fmt.Errorf("line longer than the %s limit per article; skipped", w.limitText()))
			failed++
		case n > 0:
			if line == 1 {
				b = bytes.TrimPrefix(b, bomUTF8)
			}
			if i := bytes.IndexByte(b, 0); i >= 0 {
				return w.fail(path, line, errors.New("binary data (NUL byte); rest of file skipped"))
			}
			var a *Article
			a, perr = w.parseLine(b, path, line, detect, &repaired)
			switch {
			case perr != nil:
				perr = w.fail(path, line, perr)
				failed++
			case a != nil:
				perr = w.emit(a, nil)
				articles++
			}
		}
		if perr != nil {
			return perr
		}
		if cap(buf) > 4<<20 {
			buf = nil // do not hold on to one long line's memory
		}
		if err == io.EOF {
			if articles == 0 && failed == 0 {
				w.warn(path, 0, "empty file; no article")
			}
			return nil
		}
	}
}

// readLine reads one line, newline included, into buf. A line longer than
// max is read to its end but not kept: tooLong is set. n is the number of
// bytes read.
func readLine(br *bufio.Reader, max int64, buf []byte) (line []byte, n int64, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		n += int64(len(frag))
		if !tooLong {
			if int64(len(buf)+len(frag)) > max+1 { // +1: the newline
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if err != bufio.ErrBufferFull {
			return buf, n, tooLong, err
		}
	}
}

// parseLine reads one JSONL line. A blank line gives no article and no
// error. Bytes that are not UTF-8 are repaired as in decodeBytes, and
// counted in repaired.
func (w *walker) parseLine(b []byte, path string, line int, detect bool, repaired *lineStats) (*Article, error) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil, nil
	}
	if !utf8.Valid(b) {
		s, warn, _ := decodeBytes(b, detect, line)
		b = []byte(s)
		if repaired.add(line, warn.msg) {
			w.warn(path, warn.line, warn.msg)
		}
	}
	var j jsonArticle
	if !decodeLine(b, &j) {
		j = jsonArticle{}
		if err := json.Unmarshal(b, &j); err != nil {
			return nil, jsonLineError(err)
		}
	}
	if j.Text == nil {
		return nil, errors.New(`no "text" field`)
	}
	a := &Article{Path: path, Line: line, Title: j.Title, URL: j.URL, Dateline: j.Dateline, Author: j.Author, Text: j.fullText()}
	a.ID = idString(j.ID)
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s:%d", path, line)
	}
	if j.Date != "" {
		d, ok := parseISODate(j.Date)
		if !ok {
			return nil, fmt.Errorf("bad \"date\" %q: want YYYY-MM-DD", j.Date)
		}
		a.DCT, a.DCTSource = d, DCTMetadata
	}
	return a, nil
}

func idString(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	if n := len(raw); n >= 2 && raw[0] == '"' && raw[n-1] == '"' && bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : n-1]) // a string without escapes
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return strings.TrimSpace(string(raw))
}

// jsonLineError says what is wrong with a JSONL line in the user's terms:
// the JSON kinds and field names the line has, not Go's types.
func jsonLineError(err error) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te) && te.Field == "":
		return fmt.Errorf("the line is a JSON %s, not an object: JSONL has one object per line, such as {\"id\": \"a1\", \"date\": \"2024-03-27\", \"text\": \"...\"}", te.Value)
	case errors.As(err, &te):
		return fmt.Errorf("%q is a JSON %s; want a string", te.Field, te.Value)
	case errors.As(err, &se):
		return fmt.Errorf("not JSON: %v (at byte %d of the line)", se, se.Offset)
	}
	return fmt.Errorf("not JSON: %v", err)
}
