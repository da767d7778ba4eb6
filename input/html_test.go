package input

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// TestHTML reads the example page: title and body without navigation,
// sidebar or footer, and the publication date as the DCT.
func TestHTML(t *testing.T) {
	page, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	const title = "افتتاح جسر جديد على نهر دجلة في بغداد"
	cases := []struct {
		name string
		data []byte
		opt  Options
		warn string
	}{
		{"utf-8", page, Options{}, ""},
		{"windows-1256 declared", cp1256(t, strings.Replace(string(page), `charset="utf-8"`, `charset="windows-1256"`, 1)), Options{}, ""},
		{"windows-1256 undeclared, detected", cp1256(t, strings.Replace(string(page), `<meta charset="utf-8">`, ``, 1)), Options{}, "read as windows-1256"},
		{"windows-1256 forced", cp1256(t, strings.Replace(string(page), `<meta charset="utf-8">`, ``, 1)), Options{Encoding: Windows1256}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "page.html", c.data)
			r := walk(t, []string{p}, nil, c.opt)
			if len(r.errs) > 0 || len(r.arts) != 1 {
				t.Fatalf("got %d articles, errors %q", len(r.arts), r.errText())
			}
			if (c.warn == "") != (len(r.warns) == 0) || (c.warn != "" && !strings.Contains(r.warnText(), c.warn)) {
				t.Errorf("warnings = %q, want %q", r.warnText(), c.warn)
			}
			a := r.arts[0]
			if a.Title != title || !strings.HasPrefix(a.Text, title+"\n\nافتتحت أمانة بغداد يوم الأربعاء") {
				t.Errorf("title %q, text starts %q", a.Title, a.Text[:min(len(a.Text), 120)])
			}
			if a.URL != "https://example.com/news/2024/03/27/bridge" {
				t.Errorf("URL = %q", a.URL)
			}
			if a.DCTSource != DCTMetadata || !a.DCT.Equal(time.Date(2024, 3, 27, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("DCT = %v from %s, want 2024-03-27 from metadata", a.DCT, a.DCTSource)
			}
			if n := strings.Count(a.Text, "\n"); n != 5 {
				t.Errorf("text has %d line breaks, want 5 (title, blank, 4 paragraphs):\n%s", n, a.Text)
			}
			for _, junk := range []string{"الرئيسية", "الأكثر قراءة", "جميع الحقوق", "سياسة الخصوصية"} {
				if strings.Contains(a.Text, junk) {
					t.Errorf("text keeps %q from the page's frame", junk)
				}
			}
		})
	}
}

func TestHTMLWithoutArticle(t *testing.T) {
	p := writeFile(t, t.TempDir(), "empty.html", []byte("<html><head><title></title></head><body><script>var x = 1;</script></body></html>"))
	r := walk(t, []string{p}, nil, Options{})
	if len(r.arts) != 0 || len(r.errs) != 1 || !strings.Contains(r.errs[0].Error(), "no article text") {
		t.Errorf("got %d articles, errors %q; want one error", len(r.arts), r.errText())
	}
}

// BenchmarkHTML measures HTML extraction (go-readability) on the example page.
func BenchmarkHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/article.html")
	if err != nil {
		b.Fatal(err)
	}
	big := bytes.Replace(page, []byte("<aside>"), bytes.Repeat([]byte("<p>وقال المتحدث باسم الأمانة إن الجسر سيفتح للسيارات صباح الخميس بعد انتهاء الفحوص الفنية الأخيرة.</p>\n"), 200), 1)
	for _, c := range []struct {
		name string
		page []byte
	}{{"small", page}, {"long", big}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.page)))
			for b.Loop() {
				if _, err := extractHTML(string(c.page), nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestHTMLHostileShapes reads pages whose nesting made go-trafilatura (the
// first extractor tried) take seconds to minutes (found by FuzzReadHTML stalling): they are flattened
// and read quickly, keeping their text, and a page with too many elements
// is refused.
func TestHTMLHostileShapes(t *testing.T) {
	cases := []struct {
		name string
		page string
		want string // substring of the text, or of the error
		err  bool
	}{
		{"1000 nested tables", "<title>t</title>" + strings.Repeat("<table><tr><td>خبر ", 1000), "خبر", false},
		{"2000 nested lists", "<title>t</title>" + strings.Repeat("<ul><li>بند ", 2000), "بند", false},
		{"too many elements", strings.Repeat("<p>x</p>", maxHTMLElements+1), "page too complex", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			p, err := extractHTML(c.page, nil)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			switch {
			case c.err && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("error = %v, want %q", err, c.want)
			case !c.err && (err != nil || !strings.Contains(p.text, c.want)):
				t.Errorf("text %q, error %v; want %q", p.text[:min(len(p.text), 80)], err, c.want)
			}
		})
	}
}
