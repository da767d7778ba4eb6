package ar

import (
	"strings"
	"testing"
)

// TestLoadScript: the embedded file loads, with the sets textnorm needs.
func TestLoadScript(t *testing.T) {
	s, err := LoadScript()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Folds) < 5 || len(s.Marks) < 40 || len(s.Digits) != 2 || len(s.Tatweel) != 1 || len(s.Tanween) != 3 {
		t.Errorf("folds %d, marks %d, digits %d, tatweel %d, tanween %d", len(s.Folds), len(s.Marks), len(s.Digits), len(s.Tatweel), len(s.Tanween))
	}
}

// TestParseScriptStrict: each kind of mistake is an error naming the file
// and what is wrong.
func TestParseScriptStrict(t *testing.T) {
	data, err := files.ReadFile("script.yaml")
	if err != nil {
		t.Fatal(err)
	}
	base := string(data)
	tests := []struct {
		name, old, new, want string
	}{
		{"unknown key", "\nmarks:", "\nmark:", "field mark not found"},
		{"outside the block", "from: [ک]", "from: [k]", "U+006B is outside the Arabic block"},
		{"twice", "from: [ک]", "from: [ک, ئ]", "U+0626 is in folds from ي already"},
		{"fold to two", "- to: و", "- to: وو", "is not one character"},
		{"nine digits", "  - ٠١٢٣٤٥٦٧٨٩\n", "  - ٠١٢٣٤٥٦٧٨\n", "is 9 digits, not ten"},
		{"tanween not a mark", "tanween: [U+064B, U+064C, U+064D]", "tanween: [U+064B, U+064C, U+06D4]", "tanween: U+06D4 is not in marks"},
		{"bad code point", "  - U+0670\n", "  - U+67\n", `"U+67" is not a code point`},
		{"reversed range", "U+0610..U+061A", "U+061A..U+0610", "ends before it starts"},
		{"missing", "\nclause_marks: [،, ؛]", "\n", "clause_marks is missing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(base, tc.old) {
				t.Fatalf("script.yaml has no %q", tc.old)
			}
			_, err := ParseScript([]byte(strings.Replace(base, tc.old, tc.new, 1)))
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "lang/ar/script.yaml") {
				t.Errorf("got %v, want an error with %q", err, tc.want)
			}
		})
	}
}
