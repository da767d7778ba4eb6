package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"strings"
	"testing"
)

// TestReadFrom: a stream is read as a file of its name would be, and as
// standard input is when the name says nothing.
func TestReadFrom(t *testing.T) {
	jsonl := `{"id":"a","date":"2015-08-02","text":"one"}` + "\n" + `{"id":"b","text":"two"}` + "\n" + `not json` + "\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(jsonl))
	zw.Close()
	tests := []struct {
		name, path, data string
		ids              []string
		fails            int
	}{
		{"jsonl", "gs://b/2015-08-02.jsonl", jsonl, []string{"a", "b"}, 1},
		{"jsonl.gz", "s3://b/day.jsonl.gz", gz.String(), []string{"a", "b"}, 1},
		{"gzip sniffed", "s3://b/day", gz.String(), []string{"a", "b"}, 1},
		{"txt", "gs://b/2015-08-02-x.txt", "2015-08-03\nبيان.", []string{"gs://b/2015-08-02-x.txt"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			fails := 0
			err := ReadFrom(context.Background(), strings.NewReader(tt.data), tt.path, Options{}, func(a *Article, e *Error) error {
				if e != nil {
					if e.Path != tt.path || e.Line == 0 {
						t.Errorf("error %v: want the path and line", e)
					}
					fails++
					return nil
				}
				if a.Path != tt.path {
					t.Errorf("path %q, want %q", a.Path, tt.path)
				}
				ids = append(ids, a.ID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(ids, ",") != strings.Join(tt.ids, ",") || fails != tt.fails {
				t.Errorf("ids %q, %d failed; want %q, %d", ids, fails, tt.ids, tt.fails)
			}
		})
	}
}
