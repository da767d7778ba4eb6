package input

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzRead reads data as the file name says (or as stdin for "-") and
// checks what every reader must do on any input: not panic, give valid
// UTF-8, and place every failure and warning at the file and a line that
// exists.
func fuzzRead(t *testing.T, name string, data []byte, enc uint8) {
	// A slow input is a bug too: crash the worker so the fuzzer keeps it.
	watchdog := time.AfterFunc(slowInput, func() { panic(fmt.Sprintf("reading %d bytes as %s took over %v", len(data), name, slowInput)) })
	defer watchdog.Stop()
	encs := []Encoding{Auto, UTF8, UTF16, UTF16BE, Windows1256}
	opt := Options{Encoding: encs[int(enc)%len(encs)], MaxArticleBytes: 1 << 12}
	lines := bytes.Count(data, []byte{'\n'}) + 1
	check := func(what string, e *Error) {
		if e.Path != name {
			t.Fatalf("%s path %q, want %q: %v", what, e.Path, name, e)
		}
		// Lines count the bytes read; only for UTF-8 input are they the
		// lines of data.
		if e.Line < 0 || (opt.Encoding == Auto && !strings.HasSuffix(name, ".gz") && e.Line > lines) {
			t.Fatalf("%s line %d outside 0..%d: %v", what, e.Line, lines, e)
		}
		if e.Err == nil {
			t.Fatalf("%s without a message", what)
		}
	}
	opt.Warn = func(e *Error) { check("warning", e) }
	w := &walker{ctx: context.Background(), opt: opt, max: opt.MaxArticleBytes, h: func(a *Article, e *Error) error {
		if e != nil {
			check("error", e)
			return nil
		}
		for _, s := range []string{a.Text, a.Title, a.ID, a.URL} {
			if !utf8.ValidString(s) {
				t.Fatalf("article %s: invalid UTF-8 %q", a.ID, s)
			}
		}
		if a.Path != name || a.Line < 0 || (opt.Encoding == Auto && a.Line > lines) {
			t.Fatalf("article at %s:%d, want %s within %d lines", a.Path, a.Line, name, lines)
		}
		if a.DCTSource == "" {
			t.Fatalf("article %s without a DCT source", a.ID)
		}
		return nil
	}}
	k := kindOf(name)
	if name == "-" {
		k = kind{}
	}
	if err := w.readStream(bytes.NewReader(data), name, k); err != nil {
		t.Fatalf("readStream: %v", err)
	}
}

// slowInput is how long one fuzz input may take to read. The inputs are at
// most a few kilobytes; a generous bound keeps a loaded machine from failing.
var slowInput = 10 * time.Second

func seeds(f *testing.F, data ...string) {
	for i, d := range data {
		f.Add([]byte(d), uint8(i%5))
		f.Add([]byte(d), uint8(0))
	}
}

func FuzzReadText(f *testing.F) {
	seeds(f, arabic, "\ufeff"+arabic, "2024-03-27\r\nبغداد\r\n", "\u200f٢٧/٠٣/٢٠٢٤\u200f\nx", "a\xffb\nc", "\xff\xfeb\x00",
		"\xfe\xff\x00b", "\x00", "", " \n", string([]byte{0xc8, 0xdb, 0xcf, 0xc7, 0xcf}))
	f.Fuzz(func(t *testing.T, data []byte, enc uint8) {
		fuzzRead(t, "a-2015-08-02.txt", data, enc)
		fuzzRead(t, "-", data, enc)
	})
}

func FuzzReadJSONL(f *testing.F) {
	seeds(f, `{"id":"a","date":"2015-08-02","title":"t","text":"نص"}`+"\n",
		"{\"text\":\"a\\u0000\"}\r\n\n{\"text\":\"\\ud800\"}", "{\"text\":\"a\xff\"}\n{\"id\":{\"x\":1},\"text\":\"\"}",
		`{"date":"2015-13-45","text":"x"}`, `[1]`, `null`, "{\"text\":\""+strings.Repeat("x", 5000)+"\"}\n{\"text\":\"y\"}",
		"\x1f\x8b\x08\x00")
	f.Fuzz(func(t *testing.T, data []byte, enc uint8) {
		fuzzRead(t, "a.jsonl", data, enc)
		fuzzRead(t, "a.jsonl.gz", data, enc)
	})
}

func FuzzReadHTML(f *testing.F) {
	seeds(f, `<html><head><meta charset="windows-1256"><title>t</title></head><body><article><p>`+strings.Repeat("نص ", 100)+`</p></article></body></html>`,
		`<!DOCTYPE html><meta property="article:published_time" content="2024-03-27"><h1>x</h1><p>y</p>`,
		"<html><body><p>\xff\xfe</p><br><table><tr><td>a</td></tr></table>", "<html", "<")
	f.Fuzz(func(t *testing.T, data []byte, enc uint8) {
		fuzzRead(t, "a.html", data, enc)
	})
}
