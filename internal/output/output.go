// Package output writes tarikh's results safely: a file named with -o is
// written to a temporary file beside it and renamed into place only when the
// run succeeds, so an existing output is never truncated by a failed run; CSV
// cells are quoted by encoding/csv and spreadsheet formulas are neutralized.
package output

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// File is an output destination: standard output, or a file written atomically.
type File struct {
	w      *bufio.Writer
	tmp    *os.File
	path   string
	closed bool
}

// Create opens the destination path; "" or "-" means stdout.
func Create(path string, stdout io.Writer) (*File, error) {
	if path == "" || path == "-" {
		return &File{w: bufio.NewWriterSize(stdout, 64<<10)}, nil
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("output %s: %w", path, err)
	}
	return &File{w: bufio.NewWriterSize(tmp, 64<<10), tmp: tmp, path: path}, nil
}

// Write writes to the buffered destination.
func (f *File) Write(p []byte) (int, error) { return f.w.Write(p) }

// Commit flushes the output and, for a file, renames it into place.
func (f *File) Commit() error {
	if f.closed {
		return nil
	}
	f.closed = true
	if err := f.w.Flush(); err != nil {
		f.discard()
		return fmt.Errorf("output %s: %w", f.name(), err)
	}
	if f.tmp == nil {
		return nil
	}
	if err := f.tmp.Sync(); err != nil {
		f.discard()
		return fmt.Errorf("output %s: %w", f.path, err)
	}
	if err := f.tmp.Close(); err != nil {
		os.Remove(f.tmp.Name())
		return fmt.Errorf("output %s: %w", f.path, err)
	}
	if err := os.Chmod(f.tmp.Name(), 0o644); err != nil {
		os.Remove(f.tmp.Name())
		return fmt.Errorf("output %s: %w", f.path, err)
	}
	if err := os.Rename(f.tmp.Name(), f.path); err != nil {
		os.Remove(f.tmp.Name())
		return fmt.Errorf("output %s: %w", f.path, err)
	}
	return nil
}

// Abort discards a file output; the destination keeps its old contents.
// It does nothing after Commit.
func (f *File) Abort() {
	if f.closed {
		return
	}
	f.closed = true
	f.discard()
}

func (f *File) discard() {
	if f.tmp != nil {
		f.tmp.Close()
		os.Remove(f.tmp.Name())
	}
}

func (f *File) name() string {
	if f.path == "" {
		return "stdout"
	}
	return f.path
}

// CSV writes RFC 4180 records with spreadsheet formulas neutralized.
type CSV struct {
	w     *csv.Writer
	cells []string // reused for each record
}

// NewCSV returns a CSV writer on w; bom writes the UTF-8 byte-order mark
// that Excel needs to show Arabic.
func NewCSV(w io.Writer, bom bool) (*CSV, error) {
	if bom {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return nil, err
		}
	}
	return &CSV{w: csv.NewWriter(w)}, nil
}

// Write writes one record, each cell as Cell makes it; rec is left as it is.
func (c *CSV) Write(rec []string) error {
	cells := c.cells[:0]
	for _, s := range rec {
		cells = append(cells, Cell(s))
	}
	c.cells = cells
	return c.w.Write(cells)
}

// Flush flushes buffered records and returns any write error.
func (c *CSV) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

// Cell is what Write writes for s: its line ends made \n, then
// neutralized. CSV readers (encoding/csv, and most others) read \r\n
// inside a quoted cell as \n, so a cell with \r\n could not be read back
// as written; any run of \r before \n becomes one \n. A lone \r is kept.
func Cell(s string) string {
	return Neutralize(lineEnds(s))
}

// lineEnds replaces every run of \r followed by \n with \n.
func lineEnds(s string) string {
	i := strings.Index(s, "\r\n")
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' {
			j := i
			for j < len(s) && s[j] == '\r' {
				j++
			}
			if j < len(s) && s[j] == '\n' {
				i = j - 1 // drop the run; the \n is written next
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// Neutralize makes a cell that a spreadsheet would read as a formula (it
// begins with = + - @, a tab or a carriage return) plain text by prefixing
// a single quote, as OWASP recommends.
func Neutralize(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
