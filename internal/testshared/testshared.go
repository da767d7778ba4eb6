// Package testshared finds, for tests and benchmarks, the shared data that
// lies beside the repository (seed articles, corpora, the peer test suite):
// $TARIKH_SHARED when set, else ../shared next to the repository root (the
// directory holding go.mod). Tests skip with a message where it is absent,
// as on a clone with no ../shared.
package testshared

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared directory and whether it exists.
func Dir() (string, bool) {
	if d := os.Getenv("TARIKH_SHARED"); d != "" {
		_, err := os.Stat(d)
		return d, err == nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(filepath.Dir(dir), "shared")
			_, err := os.Stat(d)
			return d, err == nil
		}
		if filepath.Dir(dir) == dir {
			return "", false
		}
	}
}

// Path returns the shared path elem (joined under the shared directory), or
// skips tb with a message when it does not exist.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	d, ok := Dir()
	p := filepath.Join(append([]string{d}, elem...)...)
	if ok {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	tb.Skipf("shared data %s not found beside the repository (set TARIKH_SHARED): skipping", filepath.Join(elem...))
	return ""
}
