package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/tarikh/tarikh/extract/temporal"
)

// result is everything one Walk gave.
type result struct {
	arts  []*Article
	errs  []*Error
	warns []*Error
}

func (r result) errText() string {
	var s []string
	for _, e := range r.errs {
		s = append(s, e.Error())
	}
	return strings.Join(s, "; ")
}

func (r result) warnText() string {
	var s []string
	for _, e := range r.warns {
		s = append(s, e.Error())
	}
	return strings.Join(s, "; ")
}

func walk(t *testing.T, paths []string, stdin []byte, opt Options) result {
	t.Helper()
	var r result
	opt.Warn = func(e *Error) { r.warns = append(r.warns, e) }
	err := Walk(context.Background(), paths, bytes.NewReader(stdin), opt, func(a *Article, e *Error) error {
		if e != nil {
			r.errs = append(r.errs, e)
		} else {
			r.arts = append(r.arts, a)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	for _, a := range r.arts {
		if !utf8.ValidString(a.Text) {
			t.Errorf("%s: text is not valid UTF-8: %q", a.ID, a.Text)
		}
	}
	return r
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func utf16Bytes(t *testing.T, s string, e unicode.Endianness) []byte {
	t.Helper()
	b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func cp1256(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const arabic = "الأربعاء 2024/03/27\nبغداد – أعلن رئيس الوزراء العراقي افتتاح الجسر."

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestTextFiles reads one text file in each encoding and with each kind of
// damage.
func TestTextFiles(t *testing.T) {
	big := bytes.Repeat([]byte("a"), 5000)
	rec, err := temporal.New()
	if err != nil {
		t.Fatal(err)
	}
	words := Options{Dates: rec}
	cases := []struct {
		name     string
		file     string
		data     []byte
		opt      Options
		text     string // "" when no article is wanted
		dct      string
		src      DCTSource
		err      string // substring of the failure
		errLine  int
		warn     string // substring of the warning
		warnLine int
	}{
		{name: "utf-8", file: "a.txt", data: []byte(arabic), text: arabic, dct: "2024-03-27", src: DCTHeader},
		{name: "utf-8 BOM dropped", file: "a.txt", data: append([]byte("\ufeff"), arabic...), text: arabic, dct: "2024-03-27", src: DCTHeader},
		{name: "utf-16le BOM", file: "a.txt", data: utf16Bytes(t, arabic, unicode.LittleEndian), text: arabic, dct: "2024-03-27", src: DCTHeader},
		{name: "utf-16be BOM", file: "a.txt", data: utf16Bytes(t, arabic, unicode.BigEndian), text: arabic, dct: "2024-03-27", src: DCTHeader},
		{name: "utf-16le forced, no BOM", file: "a.txt", data: utf16Bytes(t, arabic, unicode.LittleEndian)[2:], opt: Options{Encoding: UTF16}, text: arabic, dct: "2024-03-27", src: DCTHeader},
		{name: "windows-1256 detected", file: "a.txt", data: cp1256(t, arabic), text: arabic, dct: "2024-03-27", src: DCTHeader,
			warn: "read as windows-1256", warnLine: 1},
		{name: "windows-1256 forced", file: "a.txt", data: cp1256(t, arabic), opt: Options{Encoding: Windows1256}, text: arabic, dct: "2024-03-27", src: DCTHeader},
		{name: "utf-8 forced on windows-1256", file: "a.txt", data: cp1256(t, "ab\nبغداد"), opt: Options{Encoding: UTF8},
			text: "ab\n\ufffd\ufffd\ufffd\ufffd\ufffd", src: DCTNone, warn: "5 byte(s) replaced", warnLine: 2},
		{name: "invalid utf-8 replaced", file: "a.txt", data: []byte("بغداد\nسطر\xff\xfeثالث\n"),
			text: "بغداد\nسطر\ufffd\ufffdثالث\n", src: DCTNone, warn: "invalid UTF-8: 2 byte(s) replaced", warnLine: 2},
		{name: "truncated utf-8 sequence", file: "a.txt", data: []byte("بغداد\xd8"), text: "بغداد\ufffd", src: DCTNone, warn: "invalid UTF-8", warnLine: 1},
		{name: "NUL byte is binary", file: "a.txt", data: []byte("line one\nline\x00two"), err: "binary file", errLine: 2},
		{name: "PNG is binary", file: "a.txt", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), err: "binary file", errLine: 3},
		{name: "empty", file: "a.txt", data: nil, warn: "empty file"},
		{name: "only a BOM and blanks", file: "a.txt", data: []byte("\ufeff \r\n\t\n"), warn: "empty file"},
		{name: "too large", file: "a.txt", data: big, opt: Options{MaxArticleBytes: 4096}, err: "larger than the 4096 bytes limit"},
		{name: "at the limit", file: "a.txt", data: big[:4096], opt: Options{MaxArticleBytes: 4096}, text: string(big[:4096]), src: DCTNone},
		{name: "CRLF kept, header date found", file: "a.txt", data: []byte("2024-03-27\r\nبغداد\r\n"), text: "2024-03-27\r\nبغداد\r\n", dct: "2024-03-27", src: DCTHeader},
		{name: "direction marks around the date", file: "a.txt", data: []byte("\u200f٢٧/٠٣/٢٠٢٤\u200f\nبغداد"), text: "\u200f٢٧/٠٣/٢٠٢٤\u200f\nبغداد", dct: "2024-03-27", src: DCTHeader},
		{name: "date in the file name", file: "news-2015-08-02.txt", data: []byte("بغداد"), text: "بغداد", dct: "2015-08-02", src: DCTFilename},
		{name: "date from the flag", file: "a.txt", data: []byte("بغداد"), opt: Options{DCT: date("2020-01-02")}, text: "بغداد", dct: "2020-01-02", src: DCTFlag},
		{name: "no date", file: "a.txt", data: []byte("بغداد"), text: "بغداد", src: DCTNone},
		// Date lines in words, read by the date rules (Options.DateLine).
		{name: "English date line", file: "a.txt", data: []byte("March 17, 1987\nWheat exports rose."), opt: words,
			text: "March 17, 1987\nWheat exports rose.", dct: "1987-03-17", src: DCTHeader},
		{name: "dateline before the body", file: "a.txt", data: []byte("WHEAT EXPORTS RISE\n\nWASHINGTON, March 17, 1987 - The U.S. Agriculture Department said wheat exports would rise, " + strings.Repeat("and more ", 40)),
			opt: words, dct: "1987-03-17", src: DCTHeader},
		{name: "Arabic date line after the title", file: "a.txt", data: []byte("السوداني يلتقي بايدن\nالأربعاء 27 مارس 2024\nالتقى..."), opt: words,
			dct: "2024-03-27", src: DCTHeader},
		{name: "a header line wins over the file name", file: "2020-01-01-a.txt", data: []byte("بغداد - الثلاثاء 26 آذار/مارس 2024\nنص"), opt: words,
			dct: "2024-03-26", src: DCTHeader},
		{name: "a date in a sentence is no date line", file: "2020-01-01-a.txt", data: []byte("On March 17, 1987 the department said exports would rise."), opt: words,
			dct: "2020-01-01", src: DCTFilename},
		{name: "without Options.DateLine, words are not read", file: "a.txt", data: []byte("March 17, 1987\nWheat."), src: DCTNone},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), c.file, c.data)
			r := walk(t, []string{p}, nil, c.opt)
			if c.text == "" && c.err == "" && c.warn == "" {
				c.text = string(c.data)
			}
			checkOne(t, r, c.text, c.err, c.errLine, c.warn, c.warnLine)
			if c.text == "" || len(r.arts) != 1 {
				return
			}
			a := r.arts[0]
			if a.ID != p || a.Path != p || a.Line != 0 {
				t.Errorf("ID, Path, Line = %q, %q, %d; want the path and 0", a.ID, a.Path, a.Line)
			}
			if a.DCTSource != c.src {
				t.Errorf("DCTSource = %q, want %q", a.DCTSource, c.src)
			}
			if c.dct != "" && !a.DCT.Equal(date(c.dct)) {
				t.Errorf("DCT = %v, want %s", a.DCT, c.dct)
			}
		})
	}
}

// checkOne checks that r is one article with text, or one failure, and
// the warnings.
func checkOne(t *testing.T, r result, text, errSub string, errLine int, warnSub string, warnLine int) {
	t.Helper()
	switch {
	case errSub != "":
		if len(r.errs) != 1 || !strings.Contains(r.errs[0].Err.Error(), errSub) || r.errs[0].Line != errLine {
			t.Errorf("errors = %q; want one with %q at line %d", r.errText(), errSub, errLine)
		}
		if len(r.arts) != 0 {
			t.Errorf("got %d articles, want none", len(r.arts))
		}
	case text != "":
		if len(r.errs) != 0 {
			t.Errorf("errors: %s", r.errText())
		}
		if len(r.arts) != 1 {
			t.Fatalf("got %d articles, want 1", len(r.arts))
		}
		if r.arts[0].Text != text {
			t.Errorf("text = %q\nwant   %q", r.arts[0].Text, text)
		}
	default:
		if len(r.errs) != 0 || len(r.arts) != 0 {
			t.Errorf("got %d articles and errors %q, want none", len(r.arts), r.errText())
		}
	}
	if warnSub == "" {
		if len(r.warns) != 0 {
			t.Errorf("warnings: %s", r.warnText())
		}
		return
	}
	if len(r.warns) != 1 || !strings.Contains(r.warns[0].Err.Error(), warnSub) || r.warns[0].Line != warnLine {
		t.Errorf("warnings = %q; want one with %q at line %d", r.warnText(), warnSub, warnLine)
	}
}

// TestOffsetsAreCodePointsOfWhatWasRead checks that each byte that is not
// UTF-8 is one code point of the text, so offsets past it stay right.
func TestOffsetsAreCodePointsOfWhatWasRead(t *testing.T) {
	p := writeFile(t, t.TempDir(), "a.txt", []byte("ab\xff\xffبغداد"))
	r := walk(t, []string{p}, nil, Options{})
	if len(r.arts) != 1 {
		t.Fatalf("articles: %d", len(r.arts))
	}
	runes := []rune(r.arts[0].Text)
	if got := string(runes[4:9]); got != "بغداد" {
		t.Errorf("code points 4..9 = %q, want بغداد", got)
	}
}

func jsonl(lines ...string) []byte { return []byte(strings.Join(lines, "\n") + "\n") }

// TestJSONL reads JSONL files line by line: good lines, bad lines, and
// damage, each reported at its line while the rest goes on.
func TestJSONL(t *testing.T) {
	good := `{"id":"a1","date":"2015-08-02","title":"عنوان","text":"نص","url":"https://x/1"}`
	long := `{"id":"big","text":"` + strings.Repeat("x", 5000) + `"}`
	type art struct {
		id   string
		line int
		text string
		src  DCTSource
	}
	cases := []struct {
		name  string
		file  string
		data  []byte
		opt   Options
		arts  []art
		errs  []string // "line:substring"
		warns []string // "line:substring"
	}{
		{name: "good", file: "a.jsonl", data: jsonl(good, `{"id":7,"text":"two"}`, `{"text":"three"}`),
			arts: []art{{"a1", 1, "عنوان\n\nنص", DCTMetadata}, {"7", 2, "two", DCTNone}, {"", 3, "three", DCTNone}}},
		{name: "blank lines counted, not read", file: "a.jsonl", data: jsonl("", good, "   ", `{"text":"x"}`),
			arts: []art{{"a1", 2, "عنوان\n\nنص", DCTMetadata}, {"", 4, "x", DCTNone}}},
		{name: "CRLF", file: "a.jsonl", data: []byte(good + "\r\n" + `{"text":"b\r\nc"}` + "\r\n"),
			arts: []art{{"a1", 1, "عنوان\n\nنص", DCTMetadata}, {"", 2, "b\r\nc", DCTNone}}},
		{name: "no final newline", file: "a.jsonl", data: []byte(good), arts: []art{{"a1", 1, "عنوان\n\nنص", DCTMetadata}}},
		{name: "BOM", file: "a.jsonl", data: append([]byte("\ufeff"), jsonl(good)...), arts: []art{{"a1", 1, "عنوان\n\nنص", DCTMetadata}}},
		{name: "broken line goes on", file: "a.jsonl", data: jsonl(good, `{"id":"b", "text": "unterminated`, `not json`, `[1,2]`, `{"id":"c","text":"ok"}`),
			arts: []art{{"a1", 1, "عنوان\n\nنص", DCTMetadata}, {"c", 5, "ok", DCTNone}},
			errs: []string{"2:not JSON: unexpected end of JSON input", "3:not JSON: invalid character 'o' in literal null (expecting 'u') (at byte 2 of the line)",
				"4:the line is a JSON array, not an object: JSONL has one object per line"}},
		{name: "no text", file: "a.jsonl", data: jsonl(`{"id":"x","title":"t"}`, `{"id":"y","text":null}`, `{"text":5}`),
			errs: []string{`1:no "text" field`, `2:no "text" field`, `3:"text" is a JSON number; want a string`}},
		{name: "fields of the wrong kind", file: "a.jsonl", data: jsonl(`{"title":["a"],"text":"x"}`, `{"date":20240327,"text":"x"}`, `"just a string"`),
			errs: []string{`1:"title" is a JSON array; want a string`, `2:"date" is a JSON number; want a string`, "3:the line is a JSON string, not an object"}},
		{name: "bad date", file: "a.jsonl", data: jsonl(`{"date":"02/08/2015","text":"x"}`), errs: []string{`1:bad "date"`}},
		{name: "over-long line skipped, rest read", file: "a.jsonl", data: jsonl(good, long, `{"text":"after"}`), opt: Options{MaxArticleBytes: 4096},
			arts: []art{{"a1", 1, "عنوان\n\nنص", DCTMetadata}, {"", 3, "after", DCTNone}},
			errs: []string{"2:line longer than the 4096 bytes limit"}},
		{name: "invalid utf-8 in a line", file: "a.jsonl", data: jsonl(`{"text":"ok"}`, "{\"text\":\"a\xffb\"}"),
			arts:  []art{{"", 1, "ok", DCTNone}, {"", 2, "a\ufffdb", DCTNone}},
			warns: []string{"2:invalid UTF-8: 1 byte(s) replaced"}},
		{name: "invalid utf-8 on many lines: warned once, summed up", file: "a.jsonl", data: jsonl("{\"text\":\"a\xff\"}", "{\"text\":\"b\xff\"}", "{\"text\":\"c\xff\"}"),
			arts:  []art{{"", 1, "a\ufffd", DCTNone}, {"", 2, "b\ufffd", DCTNone}, {"", 3, "c\ufffd", DCTNone}},
			warns: []string{"1:invalid UTF-8", "1:(3 lines in all)"}},
		{name: "windows-1256 line detected", file: "a.jsonl", data: jsonl(string(cp1256(t, `{"id":"w","text":"أعلن رئيس الوزراء"}`))),
			arts: []art{{"w", 1, "أعلن رئيس الوزراء", DCTNone}}, warns: []string{"1:read as windows-1256"}},
		{name: "windows-1256 forced", file: "a.jsonl", data: jsonl(string(cp1256(t, `{"id":"w","text":"بغداد"}`))), opt: Options{Encoding: Windows1256},
			arts: []art{{"w", 1, "بغداد", DCTNone}}},
		{name: "utf-16 with BOM", file: "a.jsonl", data: utf16Bytes(t, good+"\r\n"+`{"text":"b"}`+"\r\n", unicode.LittleEndian),
			arts: []art{{"a1", 1, "عنوان\n\nنص", DCTMetadata}, {"", 2, "b", DCTNone}}},
		{name: "NUL stops the file", file: "a.jsonl", data: jsonl(good, "\x00\x01\x02", good),
			arts: []art{{"a1", 1, "عنوان\n\nنص", DCTMetadata}}, errs: []string{"2:binary data"}},
		{name: "empty", file: "a.jsonl", data: nil, warns: []string{"0:empty file"}},
		{name: "gzip", file: "a.jsonl.gz", data: gz(t, jsonl(good, `{"text":"b"}`)),
			arts: []art{{"a1", 1, "عنوان\n\nنص", DCTMetadata}, {"", 2, "b", DCTNone}}},
		{name: "not gzip", file: "a.jsonl.gz", data: jsonl(good), errs: []string{"0:not gzip"}},
		{name: "truncated gzip", file: "a.jsonl.gz", data: gz(t, jsonl(good, good, good, good))[:60],
			errs: []string{"1:unexpected EOF"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), c.file, c.data)
			r := walk(t, []string{p}, nil, c.opt)
			if len(r.arts) != len(c.arts) {
				t.Errorf("got %d articles, want %d (errors: %s)", len(r.arts), len(c.arts), r.errText())
			}
			for i := 0; i < len(r.arts) && i < len(c.arts); i++ {
				a, w := r.arts[i], c.arts[i]
				if w.id == "" {
					w.id = p + ":" + itoa(w.line)
				}
				if a.ID != w.id || a.Line != w.line || a.Text != w.text || a.DCTSource != w.src || a.Path != p || a.Seq != i {
					t.Errorf("article %d = {%q line %d %q %s seq %d}, want {%q line %d %q %s}", i, a.ID, a.Line, a.Text, a.DCTSource, a.Seq, w.id, w.line, w.text, w.src)
				}
			}
			checkPositioned(t, "error", r.errs, c.errs, p)
			checkPositioned(t, "warning", r.warns, c.warns, p)
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// checkPositioned checks errors against "line:substring" wants.
func checkPositioned(t *testing.T, what string, got []*Error, want []string, path string) {
	t.Helper()
	if len(got) != len(want) {
		var s []string
		for _, e := range got {
			s = append(s, e.Error())
		}
		t.Errorf("%ss = %q, want %q", what, s, want)
		return
	}
	for i, e := range got {
		line, sub, _ := strings.Cut(want[i], ":")
		if e.Path != path || itoa(e.Line) != line || !strings.Contains(e.Error(), sub) {
			t.Errorf("%s %d = %q, want %s:%s: …%s…", what, i, e.Error(), path, line, sub)
		}
	}
}

// TestJSONLHugeLineStreams reads a file with one line far over the limit
// and checks that the line is skipped without being held: memory stays
// near the limit, not the line.
func TestJSONLHugeLineStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 64 MB")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"text":"`)
	chunk := bytes.Repeat([]byte("x"), 1<<20)
	for range 64 {
		f.Write(chunk)
	}
	f.WriteString("\"}\n{\"text\":\"after\"}\n")
	f.Close()
	r := walk(t, []string{p}, nil, Options{MaxArticleBytes: 1 << 20})
	if len(r.errs) != 1 || r.errs[0].Line != 1 || !strings.Contains(r.errs[0].Error(), "1 MiB limit") {
		t.Errorf("errors = %q, want one at line 1 about the 1 MiB limit", r.errText())
	}
	if len(r.arts) != 1 || r.arts[0].Text != "after" || r.arts[0].Line != 2 {
		t.Errorf("articles = %d, want the one after the long line", len(r.arts))
	}
}

// TestStdin detects the format of standard input.
func TestStdin(t *testing.T) {
	page, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		data  []byte
		texts []string
	}{
		{"jsonl", jsonl(`{"text":"a"}`, `{"text":"b"}`), []string{"a", "b"}},
		{"jsonl after BOM and blanks", append([]byte("\ufeff\n  "), jsonl(`{"text":"a"}`)...), []string{"a"}},
		{"text", []byte("2024-03-27\nبغداد"), []string{"2024-03-27\nبغداد"}},
		{"text starting with <", []byte("<<تقرير>>\nبغداد"), []string{"<<تقرير>>\nبغداد"}},
		{"gzip jsonl", gz(t, jsonl(`{"text":"a"}`)), []string{"a"}},
		{"utf-16 text", utf16Bytes(t, "بغداد", unicode.LittleEndian), []string{"بغداد"}},
		{"html", page, []string{"افتتاح جسر جديد على نهر دجلة في بغداد\n\nافتتحت"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := walk(t, []string{"-"}, c.data, Options{})
			if len(r.errs) > 0 {
				t.Fatalf("errors: %s", r.errText())
			}
			if len(r.arts) != len(c.texts) {
				t.Fatalf("got %d articles, want %d", len(r.arts), len(c.texts))
			}
			for i, a := range r.arts {
				if !strings.HasPrefix(a.Text, c.texts[i]) || a.Path != StdinName {
					t.Errorf("article %d = %q from %q, want %q… from -", i, a.Text, a.Path, c.texts[i])
				}
			}
		})
	}
}

// TestDirectory walks a tree in lexical order, numbers the articles, skips
// files it does not read, and reports files it cannot open while going on.
func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", []byte("b"))
	writeFile(t, dir, "a/2.jsonl", jsonl(`{"id":"a2-1","text":"x"}`, `{"id":"a2-2","text":"y"}`))
	writeFile(t, dir, "a/1.TXT", []byte("a1"))
	writeFile(t, dir, "a/3.jsonl.gz", gz(t, jsonl(`{"id":"a3","text":"z"}`)))
	writeFile(t, dir, "c/notes.md", []byte("not read"))
	writeFile(t, dir, "c/image.png", []byte("\x89PNG"))
	writeFile(t, dir, "c/empty.txt", nil)
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "c", "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	r := walk(t, []string{dir, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "b.txt")}, nil, Options{})
	var ids []string
	for i, a := range r.arts {
		if a.Seq != i {
			t.Errorf("%s: Seq = %d, want %d", a.ID, a.Seq, i)
		}
		ids = append(ids, strings.TrimPrefix(a.ID, dir+"/"))
	}
	want := []string{"a/1.TXT", "a2-1", "a2-2", "a3", "b.txt", "b.txt"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("ids = %q, want %q", ids, want)
	}
	if len(r.errs) != 2 || !strings.Contains(r.errs[0].Path, "dangling.txt") || !strings.Contains(r.errs[1].Path, "missing.txt") {
		t.Errorf("errors = %q, want dangling.txt then missing.txt", r.errText())
	}
	if len(r.warns) != 1 || !strings.HasSuffix(r.warns[0].Path, "empty.txt") {
		t.Errorf("warnings = %q, want empty.txt", r.warnText())
	}
	n, known := TotalSize(context.Background(), []string{dir})
	if !known || n == 0 {
		t.Errorf("TotalSize = %d, %v", n, known)
	}
	if _, known := TotalSize(context.Background(), []string{dir, "-"}); known {
		t.Error("TotalSize with stdin is known")
	}
}

// TestDirectoryWithoutArticles: a directory with no file tarikh reads is a
// warning that says what it holds instead.
func TestDirectoryWithoutArticles(t *testing.T) {
	empty := t.TempDir()
	other := t.TempDir()
	writeFile(t, other, "a.pdf", []byte("%PDF"))
	writeFile(t, other, "sub/b.PDF", []byte("%PDF"))
	writeFile(t, other, "notes.md", []byte("#"))
	writeFile(t, other, "README", []byte("x"))
	tests := []struct{ dir, want string }{
		{empty, "no article files (.txt, .jsonl, .jsonl.gz, .html, .htm) in this directory"},
		{other, "no article files (.txt, .jsonl, .jsonl.gz, .html, .htm) in this directory; 4 other file(s) not read (.md, .pdf, no extension)"},
	}
	for _, tc := range tests {
		r := walk(t, []string{tc.dir}, nil, Options{})
		if len(r.arts) != 0 || len(r.errs) != 0 || len(r.warns) != 1 || r.warns[0].Error() != tc.dir+": "+tc.want {
			t.Errorf("%s: %d articles, errors %q, warnings %q; want the warning %q", tc.dir, len(r.arts), r.errText(), r.warnText(), tc.want)
		}
	}
}

// TestInputsNotModified checks that reading leaves a read-only file as it was.
func TestInputsNotModified(t *testing.T) {
	dir := t.TempDir()
	data := jsonl(`{"text":"a"}`, `broken`)
	p := writeFile(t, dir, "a.jsonl", data)
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	os.Chtimes(p, old, old)
	os.Chmod(p, 0o444)
	walk(t, []string{p}, nil, Options{})
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	if !bytes.Equal(got, data) || !st.ModTime().Equal(old) || st.Mode().Perm() != 0o444 {
		t.Errorf("input changed: %q %v %v", got, st.ModTime(), st.Mode())
	}
}

// TestHandlerStops stops the walk when the handler says so.
func TestHandlerStops(t *testing.T) {
	p := writeFile(t, t.TempDir(), "a.jsonl", jsonl(`{"text":"a"}`, `{"text":"b"}`, `{"text":"c"}`))
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{p}, nil, Options{}, func(a *Article, e *Error) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("Walk = %v after %d calls, want stop after 2", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Walk(ctx, []string{p}, nil, Options{}, func(*Article, *Error) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("Walk with a cancelled context = %v", err)
	}
}

// TestBytes checks that the articles of a file account for its size.
func TestBytes(t *testing.T) {
	data := jsonl(`{"text":"a"}`, `{"text":"bb"}`, `{"text":"ccc"}`)
	p := writeFile(t, t.TempDir(), "a.jsonl", data)
	r := walk(t, []string{p}, nil, Options{})
	var n int64
	for _, a := range r.arts {
		n += a.Bytes
	}
	if n != int64(len(data)) {
		t.Errorf("sum of Bytes = %d, want %d", n, len(data))
	}
}

func TestParseEncoding(t *testing.T) {
	for in, want := range map[string]Encoding{"": Auto, "auto": Auto, "UTF-8": UTF8, "utf16": UTF16, "utf-16be": UTF16BE, "cp1256": Windows1256, "Windows-1256": Windows1256} {
		if got, err := ParseEncoding(in); got != want || err != nil {
			t.Errorf("ParseEncoding(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseEncoding("latin1"); err == nil {
		t.Error("ParseEncoding(latin1) did not fail")
	}
}
