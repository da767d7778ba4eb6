// Command htmldate is a throwaway peer for tarikh's web-page dates
// (bench/htmldate.sh): it prints, for each HTML file named on the command
// line, "NAME<TAB>YYYY-MM-DD", the publication date go-htmldate finds
// (UseOriginalDate, extensive search, no URL given: what a saved page
// holds), or an empty date.
//
// It lives in its own module so that go-htmldate never becomes a
// dependency of tarikh: linking it costs every run about a second and 50 MB
// at start (go-dateparser's tables and a WebAssembly regexp engine).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
)

func main() {
	flag.Parse()
	t0 := time.Now()
	for _, p := range flag.Args() {
		d := ""
		if f, err := os.Open(p); err == nil {
			res, err := htmldate.FromReader(f, htmldate.Options{UseOriginalDate: true})
			f.Close()
			if err == nil && !res.IsZero() {
				d = res.DateTime.Format(time.DateOnly)
			}
		}
		fmt.Printf("%s\t%s\n", filepath.Base(p), d)
	}
	if n := flag.NArg(); n > 0 {
		took := time.Since(t0)
		fmt.Fprintf(os.Stderr, "go-htmldate: %d pages in %v (%.1f ms a page)\n", n, took.Round(time.Millisecond), float64(took.Milliseconds())/float64(n))
	}
}
