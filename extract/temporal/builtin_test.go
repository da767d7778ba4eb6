package temporal

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/tarikh/tarikh/lang"
)

var updateBuiltin = flag.Bool("update-builtin", false, "rewrite builtin_rules.json from lang/ (go generate)")

// TestBuiltinRules checks that builtin_rules.json, which New reads, holds
// what the YAML of lang/ says, field for field: it fails when a dates.yaml
// or names.yaml was edited without go generate, and when a field of the
// schema does not survive JSON.
func TestBuiltinRules(t *testing.T) {
	fresh, err := readRules(lang.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	data, err := encodeRules(fresh)
	if err != nil {
		t.Fatal(err)
	}
	if *updateBuiltin {
		if err := os.WriteFile("builtin_rules.json", data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(data, builtinRulesJSON) {
		t.Fatal("builtin_rules.json does not match lang/: run go generate ./extract/temporal")
	}
	got, err := builtinRules()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, fresh) {
		t.Error("builtin_rules.json decodes to other rules than the YAML of lang/ (a field JSON does not keep?)")
	}
}
