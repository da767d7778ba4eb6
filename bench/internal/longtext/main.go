// Command longtext makes the long-article inputs of bench/run.sh and
// bench/soak.sh, and compares two events CSVs.
//
//	longtext make -bytes N -dir DIR FILE.jsonl...
//
// joins the texts of the JSONL articles, in order, until N bytes, into one
// article with its punctuation (DIR/long-punct.txt) and the same text with
// its sentence and clause punctuation and line breaks taken out
// (DIR/long-nopunct.txt: one line, as a transcript or stripped OCR text),
// and the latter as one JSONL article (DIR/long-nopunct.jsonl, id
// "long-nopunct"). Each starts with the first article's date, so both are
// read against the same day.
//
//	longtext compare A.csv B.csv
//
// prints the events of each and how many of A's are in B: the same (date,
// type, people, places, organizations), and loosely the same (date, people,
// organizations).
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "make":
		err = makeCmd(os.Args[2:])
	case "compare":
		if len(os.Args) != 4 {
			usage()
		}
		err = compare(os.Args[2], os.Args[3])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "longtext:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: longtext make -bytes N -dir DIR FILE.jsonl... | longtext compare A.csv B.csv")
	os.Exit(2)
}

func makeCmd(args []string) error {
	fs := flag.NewFlagSet("make", flag.ExitOnError)
	n := fs.Int("bytes", 800_000, "bytes of text to join")
	dir := fs.String("dir", ".", "output directory")
	fs.Parse(args)
	var texts []string
	date, size := "", 0
	for _, path := range fs.Args() {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() && size < *n {
			var a struct{ Date, Text string }
			if json.Unmarshal(sc.Bytes(), &a) != nil || a.Text == "" {
				continue
			}
			if date == "" && len(a.Date) >= 10 {
				date = a.Date[:10]
			}
			texts = append(texts, a.Text)
			size += len(a.Text)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	if size == 0 {
		return fmt.Errorf("no article text in %v", fs.Args())
	}
	punct := strings.Join(texts, "\n")
	nopunct := strip(punct)
	if err := os.WriteFile(filepath.Join(*dir, "long-punct.txt"), []byte(date+"\n"+punct), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*dir, "long-nopunct.txt"), []byte(date+"\n"+nopunct), 0o644); err != nil {
		return err
	}
	line, err := json.Marshal(map[string]string{"id": "long-nopunct", "date": date, "text": nopunct})
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(*dir, "long-nopunct.jsonl"), append(line, '\n'), 0o644)
}

// strip takes out punctuation (but the dot, slash and dash inside numbers:
// 2015/07/21 and 3.5 keep theirs) and line breaks, and collapses spaces.
func strip(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	space := false
	for i, r := range rs {
		num := i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1])
		if (unicode.IsPunct(r) && !num) || unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimSpace(b.String())
}

func compare(a, b string) error {
	ra, err := readCSV(a)
	if err != nil {
		return err
	}
	rb, err := readCSV(b)
	if err != nil {
		return err
	}
	full := func(r map[string]string) string {
		return strings.Join([]string{r["date"], r["type"], r["people"], r["places"], r["organizations"]}, "|")
	}
	loose := func(r map[string]string) string {
		return strings.Join([]string{r["date"], r["people"], r["organizations"]}, "|")
	}
	fmt.Printf("events: %d in %s, %d in %s\n", len(ra), a, len(rb), b)
	for _, k := range []struct {
		name string
		key  func(map[string]string) string
	}{{"same date, type and participants", full}, {"same date, people and organizations", loose}} {
		in := map[string]bool{}
		for _, r := range rb {
			in[k.key(r)] = true
		}
		seen, found := map[string]bool{}, 0
		for _, r := range ra {
			key := k.key(r)
			if seen[key] {
				continue
			}
			seen[key] = true
			if in[key] {
				found++
			}
		}
		fmt.Printf("%s: %d of %d (%.0f%%)\n", k.name, found, len(seen), 100*float64(found)/float64(max(len(seen), 1)))
	}
	return nil
}

func readCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []map[string]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		m := map[string]string{}
		for i, h := range head {
			if i < len(rec) {
				m[h] = rec[i]
			}
		}
		out = append(out, m)
	}
}
