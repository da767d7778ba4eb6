package cli

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var userGazetteer = filepath.Join("testdata", "gazetteer", "user.yaml")

func TestGazetteerListGolden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"gazetteer-list-user.csv", []string{"gazetteer", "list", "--no-builtin", "--gazetteer", userGazetteer}},
		{"gazetteer-list-user.jsonl", []string{"gazetteer", "list", "--no-builtin", "--gazetteer", userGazetteer, "--format", "jsonl"}},
		{"gazetteer-list-roles.csv", []string{"gazetteer", "list", "--no-builtin", "--gazetteer", userGazetteer, "--grep", "KIRKUK"}},
	}
	for _, tc := range tests {
		t.Run(tc.golden, func(t *testing.T) {
			code, out, stderr := run(t, context.Background(), "", tc.args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			goldenAt(t, filepath.Join("testdata", "golden", tc.golden), out)
		})
	}
}

func TestGazetteerList(t *testing.T) {
	// The built-in gazetteer is listed whole: one row per entity, the
	// header first, and the summary says how many.
	code, out, stderr := run(t, context.Background(), "", "gazetteer", "list")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[0], "id,type,name_en,name_ar,") {
		t.Errorf("header %q", lines[0])
	}
	if want := "tarikh: " + strconv.Itoa(len(lines)-1) + " of " + strconv.Itoa(len(lines)-1) + " entities listed\n"; stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	for _, want := range []string{"\nsudani,person,Mohammed Shia al-Sudani,محمد شياع السوداني,", ",builtin:seeds.yaml:", ",builtin:countries.yaml:"} {
		if !strings.Contains(out, want) {
			t.Errorf("the list lacks %q", want)
		}
	}
	// Types filter.
	_, places, _ := run(t, context.Background(), "", "gazetteer", "list", "--type", "place", "-q")
	for _, ln := range strings.Split(strings.TrimSpace(places), "\n")[1:] {
		if f := strings.Split(ln, ","); f[1] != "place" {
			t.Fatalf("--type place lists %q", ln)
		}
	}
	// --grep finds names, aliases and roles, whatever the case and the
	// Arabic letter variants (ى for ي).
	_, found, _ := run(t, context.Background(), "", "gazetteer", "list", "--grep", "السودانى", "--type", "person", "-q")
	if !strings.Contains(found, "\nsudani,person,") || !strings.Contains(found, "الرئيس السوداني") {
		t.Errorf("--grep السودانى: %s", found)
	}
	_, found, _ = run(t, context.Background(), "", "gazetteer", "list", "--grep", "PRIME MINISTER OF IRAQ", "-q")
	if !strings.Contains(found, "\nsudani,") {
		t.Errorf("--grep by role: %s", found)
	}
	// Errors.
	if code, _, stderr := run(t, context.Background(), "", "gazetteer", "list", "--type", "planet"); code != ExitUsage || !strings.Contains(stderr, `bad --type "planet"`) {
		t.Errorf("bad type: exit %d, %q", code, stderr)
	}
}

// TestBuiltinIDReused: a user entity with a built-in id is a warning naming
// both places, when the gazetteer is loaded and when the file is checked.
func TestBuiltinIDReused(t *testing.T) {
	const warning = `user.yaml:20:5: warning: id "sudani" is already defined at builtin:seeds.yaml:`
	code, out, stderr := run(t, context.Background(), "", "mentions", "--gazetteer", userGazetteer, "-")
	if code != ExitSomeBad && code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, warning) || !strings.Contains(stderr, "(Mohammed Shia al-Sudani); this entity replaces it") {
		t.Errorf("mentions: stderr %q lacks the warning", stderr)
	}
	_ = out
	code, out, stderr = run(t, context.Background(), "", "gazetteer", "check", userGazetteer)
	if code != ExitOK || !strings.Contains(out, warning) || !strings.Contains(stderr, "ok, 5 entities, 1 warning(s)") {
		t.Errorf("check: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	// Without the built-in gazetteer there is nothing to replace.
	code, out, _ = run(t, context.Background(), "", "gazetteer", "check", "--no-builtin", userGazetteer)
	if code != ExitOK || out != "" {
		t.Errorf("check --no-builtin: exit %d, stdout %q", code, out)
	}
	// The same file twice: the second replaces the first, with a warning.
	_, out, _ = run(t, context.Background(), "", "gazetteer", "check", "--no-builtin", userGazetteer, userGazetteer)
	if strings.Count(out, "is already defined at testdata/gazetteer/user.yaml:") != 5 {
		t.Errorf("the same file twice: %q", out)
	}
}
