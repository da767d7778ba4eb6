// Command godateparser is a throwaway peer for tarikh's benchmark
// (bench/run.sh): it reads articles as JSONL on stdin (fields id, date,
// text) and prints one line per date that go-dateparser's Search finds,
// with the article's date as the reference time, language Arabic.
//
// It lives in its own module so that go-dateparser never becomes a
// dependency of tarikh.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

type article struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

func main() {
	lang := flag.String("lang", "ar", "language code passed to go-dateparser")
	strategy := flag.String("strategy", "", `search strategy: "" (split, the default) or "ngram"`)
	flag.Parse()

	parser := &dps.Parser{}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	articles, found, failed := 0, 0, 0
	for in.Scan() {
		line := in.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		var a article
		if err := json.Unmarshal(line, &a); err != nil {
			failed++
			continue
		}
		articles++
		base, err := time.Parse(time.DateOnly, a.Date)
		if err != nil {
			base = time.Now().UTC()
		}
		cfg := &dps.Configuration{
			Languages:      []string{*lang},
			CurrentTime:    base,
			SearchStrategy: *strategy,
		}
		text := a.Text
		if a.Title != "" {
			text = a.Title + "\n" + a.Text
		}
		_, results, err := parser.Search(cfg, text)
		if err != nil {
			failed++
			continue
		}
		for _, r := range results {
			found++
			fmt.Fprintf(out, "%s\t%s\t%s\n", a.ID, r.Date.Time.Format(time.DateOnly),
				strings.ReplaceAll(r.Text, "\n", " "))
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "godateparser:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "godateparser: %d articles, %d dates, %d failed\n", articles, found, failed)
}
