package tarikh_test

import (
	"os/exec"
	"strings"
	"testing"
)

// layers ranks the module's folders: a package may import only packages of
// its own rank or lower, so imports run one way, cli → (the facade) →
// timeline → extract → gazetteer → base. A folder's subfolders share its
// rank unless listed; the longest listed prefix wins.
var layers = map[string]int{
	// base: text normalization, the language layer, reading articles,
	// small helpers
	"textnorm": 0, "lang": 0, "input": 0, "internal": 0,
	"gazetteer": 1,
	"extract":   2, "internal/conll": 2,
	"timeline":     3,
	"":             4, // the root package, the library facade
	"internal/cli": 5,
	"cmd":          6, "bench": 6, "extract/ner/cmd": 6,
}

const module = "github.com/tarikh/tarikh"

// rank returns the rank of the module package p (an import path) and the
// prefix that gave it.
func rank(p string) (int, string) {
	rel := strings.TrimPrefix(strings.TrimPrefix(p, module), "/")
	best, bestRank := "", layers[""]
	for prefix, r := range layers {
		if prefix == "" {
			continue
		}
		if (rel == prefix || strings.HasPrefix(rel, prefix+"/")) && len(prefix) > len(best) {
			best, bestRank = prefix, r
		}
	}
	if best == "" && rel != "" {
		return -1, ""
	}
	return bestRank, best
}

// TestImportsOneWay lists every package of the module with go list and
// fails on an import that goes up the layers.
func TestImportsOneWay(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	// go test puts its own go first on the PATH.
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 10 {
		t.Fatalf("go list gave %d packages, want the module's", len(lines))
	}
	checked := 0
	for _, line := range lines {
		f := strings.Fields(line)
		from, fr := f[0], 0
		if fr, _ = rank(from); fr < 0 {
			t.Errorf("%s: in no layer; add its folder to layers", from)
			continue
		}
		for _, to := range f[1:] {
			if to != module && !strings.HasPrefix(to, module+"/") {
				continue
			}
			checked++
			if tr, _ := rank(to); tr > fr {
				t.Errorf("%s (layer %d) imports %s (layer %d): imports must run cli → timeline → extract → gazetteer → base", from, fr, to, tr)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no import inside the module checked")
	}
}

// TestRank pins the layer of a few packages, and that a package of a
// higher layer importing a lower one is what the test allows.
func TestRank(t *testing.T) {
	for _, tc := range []struct {
		pkg  string
		want int
	}{
		{module + "/textnorm", 0},
		{module + "/lang/internal/genwords", 0},
		{module + "/gazetteer", 1},
		{module + "/extract/temporal", 2},
		{module + "/extract/ner/cmd/train", 6},
		{module + "/timeline/format", 3},
		{module, 4},
		{module + "/internal/cli", 5},
		{module + "/internal/output", 0},
		{module + "/cmd/tarikh", 6},
		{module + "/nowhere", -1},
	} {
		if got, _ := rank(tc.pkg); got != tc.want {
			t.Errorf("rank(%s) = %d, want %d", tc.pkg, got, tc.want)
		}
	}
}
