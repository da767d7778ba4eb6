package chart_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/chart"
)

// FuzzWrite puts arbitrary article text, names and addresses into a chart:
// no error, no markup of it outside the JSON data (the page keeps exactly
// its two scripts), and the data reads back as written.
func FuzzWrite(f *testing.F) {
	for _, s := range []string{"</script><script>alert(1)</script>", "<!--", "\u2028\u2029", "javascript:alert(1)",
		"وقال المتحدث إن الاجتماع", "{actors}[ in {place}]", "]]>", "&amp;<>"} {
		f.Add(s, s, s)
	}
	f.Fuzz(func(t *testing.T, text, name, url string) {
		if !utf8.ValidString(text) || !utf8.ValidString(name) || !utf8.ValidString(url) {
			return // the pipeline hands the chart valid UTF-8 (input repairs it)
		}
		ents := []timeline.Entity{{ID: "x", NameEn: name, NameAr: name}}
		events := []timeline.Event{{Date: "2024-03-26", Type: name, Text: text, TimeText: name, People: ents, Places: ents,
			Docs: []string{name}, URLs: []string{url}}}
		var b bytes.Buffer
		if err := chart.Write(&b, events, chart.Options{Lang: "ar"}); err != nil {
			t.Fatal(err)
		}
		html := b.String()
		if n := strings.Count(strings.ToLower(html), "<script"); n != 3 { // early data, code, late data
			t.Fatalf("%d <script in the page", n)
		}
		p := pageData(t, html)
		want := name
		if want == "" {
			want = "x" // an entity without a name is shown by its id
		}
		if len(p.Items) != 1 || p.Items[0].Text != text || p.Entities[p.Items[0].People[0]].Name != want {
			t.Fatalf("the event did not survive the page: %+v", p.Items)
		}
	})
}
