// Command floor is the throughput floor of bench/run.sh's stage table: it
// reads JSONL article files (or the *.jsonl files of directories), decodes
// each line's title and text with encoding/json, and makes one pass over
// their runes, counting letters: the least any tool that reads the corpus
// does. It prints the files' bytes, the articles and the letters.
//
//	go run ./bench/internal/floor FILE|DIR...
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

func main() {
	var files []string
	for _, a := range os.Args[1:] {
		st, err := os.Stat(a)
		if err != nil {
			fail(err)
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		m, err := filepath.Glob(filepath.Join(a, "*.jsonl"))
		if err != nil {
			fail(err)
		}
		files = append(files, m...)
	}
	var bytes, articles, letters int64
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			fail(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<28)
		for sc.Scan() {
			line := sc.Bytes()
			bytes += int64(len(line)) + 1
			if len(strings.TrimSpace(string(line))) == 0 {
				continue
			}
			var a struct{ Title, Text string }
			if err := json.Unmarshal(line, &a); err != nil {
				fail(fmt.Errorf("%s: %w", name, err))
			}
			articles++
			for _, s := range [2]string{a.Title, a.Text} {
				for _, r := range s {
					if unicode.IsLetter(r) {
						letters++
					}
				}
			}
		}
		if err := sc.Err(); err != nil {
			fail(fmt.Errorf("%s: %w", name, err))
		}
		f.Close()
	}
	fmt.Printf("%d bytes, %d articles, %d letters\n", bytes, articles, letters)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "floor:", err)
	os.Exit(1)
}
