package arabiclit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// budget is the most Arabic literals non-test Go may hold: lower it as
// literals move to lang/ data, never raise it without a reason written in
// docs/architecture.md.
const budget = 1

// TestArabicLiterals counts the repository's literals (go test -v lists
// them) and fails above the budget.
func TestArabicLiterals(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("no go.mod at %s: %v", root, err)
	}
	rep, err := Count(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rep.Literals {
		v := l.Value
		if i := strings.IndexByte(v, '\n'); i >= 0 {
			v = v[:i] + " …"
		}
		t.Logf("%s:%d %s", l.File, l.Line, v)
	}
	t.Log(rep)
	if len(rep.Literals) > budget {
		t.Errorf("%s: over the budget of %d; move the words to lang/ data", rep, budget)
	}
}

// TestCount: what counts and what does not, on a small tree.
func TestCount(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.go", "package a\n\nconst x, y = \"ال\", 'ة'\n\nvar z = \"\\u064B\" // escape counts\n\nvar w = \"plain\" // not Arabic: \"و\" in a comment does not count\n")
	write("a_test.go", "package a\n\nvar t = \"و\"\n")
	write("testdata/b.go", "package b\n\nvar t = \"و\"\n")
	write("beam/c.go", "package c\n\nvar t = \"و\"\n")
	rep, err := Count(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := rep.String(), "3 literals on 2 lines in 1 files"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
