// Package arabiclit counts the string and rune literals of non-test Go code
// that hold an Arabic letter, the figure of issue #15 ("Arabic string
// literals in non-test Go code near zero"): language knowledge and script
// facts belong in the data files under lang/, not in Go.
//
// The count walks every .go file under a root with go/ast, leaving out
// _test.go files, testdata and beam/ (vendored research code) and hidden
// directories; a literal counts once if its unquoted value has a code point
// of the Arabic script or of the Arabic block (U+0600..U+06FF), so escapes
// such as '\u064B' count as the letter they stand for.
//
//	go test ./internal/arabiclit -run TestArabicLiterals -v
//
// prints the figure and every literal.
package arabiclit

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Literal is one Arabic string or rune literal.
type Literal struct {
	// File is the path relative to the root, with forward slashes.
	File string
	Line int
	// Value is the literal's unquoted value.
	Value string
}

// Report is the count over a tree.
type Report struct {
	// Literals in file and line order.
	Literals []Literal
}

// Lines is the number of distinct lines that hold a literal.
func (r *Report) Lines() int {
	seen := map[string]bool{}
	for _, l := range r.Literals {
		seen[fmt.Sprint(l.File, ":", l.Line)] = true
	}
	return len(seen)
}

// Files counts the literals of each file.
func (r *Report) Files() map[string]int {
	n := map[string]int{}
	for _, l := range r.Literals {
		n[l.File]++
	}
	return n
}

// String is the summary line: "N literals on L lines in F files".
func (r *Report) String() string {
	return fmt.Sprintf("%d literals on %d lines in %d files", len(r.Literals), r.Lines(), len(r.Files()))
}

// Count walks the Go files under root.
func Count(root string) (*Report, error) {
	var rep Report
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (rel == "beam" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || strings.HasSuffix(rel, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err // the parser's error names the file and line
		}
		ast.Inspect(f, func(n ast.Node) bool {
			b, ok := n.(*ast.BasicLit)
			if !ok || (b.Kind != token.STRING && b.Kind != token.CHAR) {
				return true
			}
			v, err := unquote(b)
			if err != nil {
				return true
			}
			if isArabic(v) {
				rep.Literals = append(rep.Literals, Literal{File: rel, Line: fset.Position(b.Pos()).Line, Value: v})
			}
			return true
		})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("arabiclit: count %s: %w", root, err)
	}
	sort.SliceStable(rep.Literals, func(i, j int) bool {
		a, b := rep.Literals[i], rep.Literals[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return &rep, nil
}

func unquote(b *ast.BasicLit) (string, error) {
	if b.Kind == token.STRING {
		return strconv.Unquote(b.Value)
	}
	r, _, _, err := strconv.UnquoteChar(b.Value[1:len(b.Value)-1], '\'')
	return string(r), err
}

func isArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) || (r >= 0x0600 && r <= 0x06FF) {
			return true
		}
	}
	return false
}
