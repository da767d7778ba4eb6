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

// seedDCTs are the article dates a reader gives the seeds that print none,
// through the file name (tarikh's third DCT source):
//   - 001 retells 000's story the day it happened: Blinken and Fuad Hussein
//     met on Tuesday 2024-03-26 (000, printed the next day, says "الثلاثاء").
//   - 002 reports the Sudani–Biden meeting "يوم الاثنين" and a caption dated
//     15 April 2024: published the next day, 2024-04-16.
//   - 004 reports the Munich Security Conference meetings of "السبت": 2024-02-17.
//
// 000 and 003 print their date in a header line, which wins over the name.
var seedDCTs = map[string]string{
	"000_69b0051346b206e2.txt": "",
	"001_ef361eb1d81cfdea.txt": "2024-03-26",
	"002_dc5b0399aa33f440.txt": "2024-04-16",
	"003_fc6ee5e3a5a1cddb.txt": "",
	"004_637aaf80ae70c840.txt": "2024-02-17",
}

// Seeds copies the seed articles into a "seeds" folder of a temporary
// directory, naming each that prints no date with its DCT, and returns the
// directory (the golden outputs name the articles "seeds/..."). It skips tb
// when the shared data is absent.
func Seeds(tb testing.TB) string {
	tb.Helper()
	shared := Path(tb, "seeds")
	tmp := tb.TempDir()
	dst := filepath.Join(tmp, "seeds")
	if err := os.Mkdir(dst, 0o755); err != nil {
		tb.Fatal(err)
	}
	for name, dct := range seedDCTs {
		b, err := os.ReadFile(filepath.Join(shared, name))
		if err != nil {
			tb.Fatal(err)
		}
		out := name
		if dct != "" {
			out = dct + "_" + name
		}
		if err := os.WriteFile(filepath.Join(dst, out), b, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return tmp
}
