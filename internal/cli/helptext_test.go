package cli

import (
	"strings"
	"testing"
)

// TestHelpTxt: every command's about comes from help.txt or Go, and a
// mistake in help.txt is an error naming the section.
func TestHelpTxt(t *testing.T) {
	root := commands()
	if root.about == "" || !strings.Contains(root.subs[0].examples, "فؤاد حسين") {
		t.Errorf("root about %q, events examples %q", root.about, root.subs[0].examples)
	}
	tests := []struct{ name, old, new, want string }{
		{"missing", "== merge about", "== merges about", `no section "merge about"`},
		{"no command", "== merge about", "== nothing about\nx\n== merge about", `section "nothing about" names no command`},
		{"twice", "== merge about", "== tarikh about", `section "tarikh about" twice`},
		{"neither", "== merge about", "== merge usage", `"merge usage" is neither`},
		{"empty", "== merge examples\n", "== merge examples\n\n== chart usage2 examples\n", `section "merge examples" is empty`},
	}
	for _, tc := range tests {
		if !strings.Contains(helpTxt, tc.old) {
			t.Fatalf("help.txt has no %q", tc.old)
		}
		root := commands()
		var clear func(c *command)
		clear = func(c *command) {
			if c.name != "events" { // its about is Go's
				c.about = ""
			}
			c.examples = ""
			for _, s := range c.subs {
				clear(s)
			}
		}
		clear(root)
		err := setHelp(root, strings.Replace(helpTxt, tc.old, tc.new, 1))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.name, err, tc.want)
		}
	}
}
