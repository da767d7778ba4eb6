package temporal

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

// The built-in language layer's date rules (lang/<code>/dates.yaml and the
// given names of lang/<code>/names.yaml), read once by readRules and kept
// as JSON, so that New decodes them without parsing YAML on every run
// (YAML took most of a start-up of tarikh dates). TestBuiltinRules fails
// when the file no longer matches lang/; go generate rewrites it.
//
//go:generate go test -run ^TestBuiltinRules$ -update-builtin .
//go:embed builtin_rules.json
var builtinRulesJSON []byte

// builtinRules decodes the built-in rules.
func builtinRules() ([]langRules, error) {
	var ls []langRules
	if err := json.Unmarshal(builtinRulesJSON, &ls); err != nil {
		return nil, fmt.Errorf("temporal: builtin_rules.json: %w", err)
	}
	return ls, nil
}

// encodeRules writes rules as builtin_rules.json holds them.
func encodeRules(ls []langRules) ([]byte, error) {
	data, err := json.MarshalIndent(ls, "", "\t")
	if err != nil {
		return nil, fmt.Errorf("temporal: encoding rules: %w", err)
	}
	return append(data, '\n'), nil
}
