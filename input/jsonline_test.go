package input

import (
	"encoding/json"
	"reflect"
	"testing"
	"unicode/utf8"
)

// sameAsUnmarshal checks that decodeLine, where it takes a line on, gives
// what json.Unmarshal gives, and reports whether it took it on.
func sameAsUnmarshal(t *testing.T, line string) bool {
	t.Helper()
	var fast jsonArticle
	if !decodeLine([]byte(line), &fast) {
		return false
	}
	var slow jsonArticle
	if err := json.Unmarshal([]byte(line), &slow); err != nil {
		t.Fatalf("decodeLine took %q, json.Unmarshal fails: %v", line, err)
	}
	if fast.Text != nil && fast.fullText() != joinTitle(slow.Title, *slow.Text) {
		t.Fatalf("decodeLine(%q): text %q, want %q", line, fast.fullText(), joinTitle(slow.Title, *slow.Text))
	}
	fast.joined = nil
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("decodeLine(%q) = %+v, json.Unmarshal gives %+v", line, show(fast), show(slow))
	}
	return true
}

// show makes a jsonArticle readable in a failure (Text is a pointer).
func show(j jsonArticle) map[string]any {
	m := map[string]any{"id": string(j.ID), "date": j.Date, "title": j.Title, "url": j.URL, "dateline": j.Dateline}
	if j.Text != nil {
		m["text"] = *j.Text
	}
	return m
}

func TestDecodeLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		fast bool // decodeLine takes it on
	}{
		{`{"id": "snn-1", "date": "2015-07-21", "date_extracted": "2015-07-21 02:51:32", "title": "بريطانيا", "text": "حدد \"صراع جيلنا\"\nسطر", "source": "x", "url": "http://a/b", "author": "A"}`, true},
		{`{"id":"reuters-1","date":"1987-02-26","dateline":"SALVADOR, Feb 26 -","text":"Showers\u0020continued \ud83d\ude00 \ud800 \u00e9\/\b\f\r\t\\"}`, true},
		{` {"text": ""} `, true},
		{`{}`, true},
		{`{"n": -1.5e+3, "t": true, "f": false, "z": null, "zero": 0, "text": "a"}`, true},
		{`{"text": "a", "text": "b"}`, true}, // the last wins
		{`{"id": 7, "text": "a"}`, false},    // a number id: json.RawMessage
		{`{"Text": "a"}`, false},             // folded key
		{`{"TİTLE": "a"}`, false},            // not ASCII
		{`{"text": null}`, false},
		{`{"tags": ["a"], "text": "a"}`, false},
		{`{"meta": {"a": 1}, "text": "a"}`, false},
		{`{"te\u0078t": "a"}`, false}, // escape in a key
		{`{"text": "a"} x`, false},
		{`{"text": "a",}`, false},
		{`{"text": "a\x"}`, false},
		{`{"text": "a` + "\x01" + `"}`, false},
		{`{"n": 01, "text": "a"}`, false},
		{`{"n": 1., "text": "a"}`, false},
		{`{"n": -, "text": "a"}`, false},
		{`{"text": "a"`, false},
		{`["text"]`, false},
		{``, false},
	} {
		if got := sameAsUnmarshal(t, tc.line); got != tc.fast {
			t.Errorf("decodeLine(%q) took it on: %v, want %v", tc.line, got, tc.fast)
		}
	}
}

// FuzzDecodeLine: wherever decodeLine takes a line on, json.Unmarshal
// agrees with it (and takes it too).
func FuzzDecodeLine(f *testing.F) {
	for _, s := range []string{
		`{"id": "snn-1", "date": "2015-07-21", "title": "t", "text": "x\"y\\u00e9", "url": "u"}`,
		`{"n": -1.5e+3, "t": true, "z": null, "text": "\ud83d\ude00\ud800"}`,
		`{"dateline": "SALVADOR, Feb 26 -", "text": ""}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if !utf8.ValidString(line) {
			return // parseLine repairs the bytes first
		}
		sameAsUnmarshal(t, line)
	})
}
