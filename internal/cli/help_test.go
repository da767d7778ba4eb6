package cli

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/tarikh/tarikh/timeline/format"
)

// allPaths lists every command of the table as the names after "tarikh".
func allPaths() [][]string {
	var out [][]string
	var walk func(c *command, names []string)
	walk = func(c *command, names []string) {
		if len(names) > 0 {
			out = append(out, names)
		}
		for _, s := range c.subs {
			walk(s, append(append([]string(nil), names...), s.name))
		}
	}
	walk(commands(), nil)
	return out
}

// TestHelpGolden: every command's help, asked in each of the ways a user
// asks, is on stdout with exit 0, and is the golden text.
func TestHelpGolden(t *testing.T) {
	paths := append([][]string{nil}, allPaths()...)
	for _, p := range paths {
		name := strings.Join(append([]string{"tarikh"}, p...), "-")
		t.Run(name, func(t *testing.T) {
			code, want, stderr := run(t, context.Background(), "", append(append([]string(nil), p...), "--help")...)
			if code != ExitOK || stderr != "" {
				t.Fatalf("%v --help: exit %d, stderr %q", p, code, stderr)
			}
			goldenAt(t, filepath.Join("testdata", "golden", "help", name+".txt"), want)
			for _, args := range [][]string{
				append(append([]string(nil), p...), "-h"),
				append([]string{"help"}, p...),
			} {
				code, out, stderr := run(t, context.Background(), "", args...)
				if code != ExitOK || out != want || stderr != "" {
					t.Errorf("%q: exit %d, stderr %q, stdout differs from --help: %v", args, code, stderr, out != want)
				}
			}
		})
	}
}

// TestHelpFlagsApply: a command lists only the flags it uses.
func TestHelpFlagsApply(t *testing.T) {
	tests := []struct {
		cmd       []string
		has, lack []string
	}{
		{[]string{"events"}, []string{"--entity", "--triggers", "--format", "--bom", "--lang"}, []string{"--from", "--group"}},
		{[]string{"chart"}, []string{"--from", "--group", "--title", "--entity", "--lang"}, []string{"--bom", "--format"}},
		{[]string{"dates"}, []string{"--dct", "--format", "--bom"}, []string{"--triggers", "--gazetteer", "--lang", "--entity"}},
		{[]string{"mentions"}, []string{"--gazetteer", "--no-builtin", "--dct"}, []string{"--triggers", "--lang", "--entity"}},
		{[]string{"articles"}, []string{"--dct", "--encoding"}, []string{"--triggers", "--gazetteer", "--lang"}},
		{[]string{"gazetteer", "list"}, []string{"--type", "--grep", "--gazetteer"}, []string{"--dct", "--workers"}},
		{[]string{"gazetteer", "check"}, []string{"--no-builtin"}, []string{"--format", "-o FILE"}},
	}
	for _, tc := range tests {
		_, out, _ := run(t, context.Background(), "", append(tc.cmd, "--help")...)
		for _, f := range tc.has {
			if !strings.Contains(out, "  "+f+" ") && !strings.Contains(out, "  "+f+"\n") {
				t.Errorf("%v --help does not list %s", tc.cmd, f)
			}
		}
		for _, f := range tc.lack {
			if strings.Contains(out, "  "+f) {
				t.Errorf("%v --help lists %s, which does not apply", tc.cmd, f)
			}
			code, _, stderr := run(t, context.Background(), "", append(append([]string(nil), tc.cmd...), strings.Fields(f)[0], "x", "y")...)
			if code != ExitUsage || !strings.Contains(stderr, "flag provided but not defined") {
				t.Errorf("%v %s: exit %d, stderr %q; want a usage error", tc.cmd, f, code, stderr)
			}
		}
	}
}

func TestCommandErrors(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{nil, ExitUsage, "Usage:\n  tarikh <command>"},
		{[]string{"evnets"}, ExitUsage, `tarikh: unknown command "evnets" (did you mean "events"?)`},
		{[]string{"gazetteer"}, ExitUsage, "Usage: tarikh gazetteer <command>"},
		{[]string{"gazetteer", "lst"}, ExitUsage, `tarikh gazetteer: unknown command "lst" (did you mean "list"?)`},
		{[]string{"gazetteer", "check"}, ExitUsage, "give the gazetteer files to check"},
		{[]string{"help", "nope"}, ExitUsage, `tarikh help: unknown command "nope"`},
		{[]string{"events", "--nope"}, ExitUsage, "tarikh events: flag provided but not defined: -nope\nRun 'tarikh events --help' for its flags."},
		{[]string{"completion", "powershell"}, ExitUsage, `unknown shell "powershell"`},
		{[]string{"version", "extra"}, ExitUsage, "version takes no arguments"},
		{[]string{"gazetteer", "list", "my.yaml"}, ExitUsage, "give gazetteer files with --gazetteer FILE"},
	}
	for _, tc := range tests {
		code, out, stderr := run(t, context.Background(), "", tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.stderr) || out != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit %d and %q", tc.args, code, out, stderr, tc.code, tc.stderr)
		}
	}
}

func TestVersion(t *testing.T) {
	info := &debug.BuildInfo{
		GoVersion: "go1.26.0",
		Main:      debug.Module{Path: "github.com/tarikh/tarikh", Version: "v0.3.0"},
		Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "25362d6a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"},
			{Key: "vcs.time", Value: "2024-12-05T09:03:00Z"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	goldenAt(t, filepath.Join("testdata", "golden", "version.txt"), versionText(info, true))
	if got := versionText(nil, false); got != "tarikh (no build information)\n" {
		t.Errorf("no build info: %q", got)
	}
	if got := versionText(&debug.BuildInfo{GoVersion: "go1.26.0"}, true); got != "tarikh (devel)\nbuilt with go1.26.0\n" {
		t.Errorf("go run: %q", got)
	}
	// The command and the flag print the test binary's own build info.
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, out, _ := run(t, context.Background(), "", args...)
		if code != ExitOK || !strings.HasPrefix(out, "tarikh ") || !strings.Contains(out, "built with go") {
			t.Errorf("%v: exit %d: %q", args, code, out)
		}
	}
}

func TestCompletionGolden(t *testing.T) {
	for _, sh := range []string{"bash", "zsh", "fish"} {
		code, out, stderr := run(t, context.Background(), "", "completion", sh)
		if code != ExitOK {
			t.Fatalf("%s: exit %d: %s", sh, code, stderr)
		}
		goldenAt(t, filepath.Join("testdata", "golden", "completion", "tarikh."+sh), out)
		if path, err := exec.LookPath(sh); err == nil && sh != "fish" {
			cmd := exec.Command(path, "-n")
			cmd.Stdin = strings.NewReader(out)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("%s -n: %v: %s", sh, err, b)
			}
		}
	}
}

// TestBashCompletion runs the bash script on command lines being typed.
func TestBashCompletion(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash not installed")
	}
	_, script, _ := run(t, context.Background(), "", "completion", "bash")
	dir := t.TempDir()
	file := filepath.Join(dir, "tarikh.bash")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "news.jsonl"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line string // the words typed; the last is being completed
		want string // COMPREPLY, space-separated
	}{
		{"tarikh ev", "events"},
		{"tarikh ", "events merge chart mentions dates articles gazetteer completion version help"},
		{"tarikh gazetteer ", "list check suggest"},
		{"tarikh gazetteer list --t", "--type"},
		{"tarikh gazetteer list --type p", "person place"},
		{"tarikh events --format ", strings.Join(format.Names(), " ")},
		{"tarikh events --status p", "planned"},
		{"tarikh chart --group ", "type person place organization"},
		{"tarikh chart --b", ""},
		{"tarikh dates --tr", ""},
		{"tarikh events --gazetteer ne", "news.jsonl"},
		{"tarikh events examples/ ne", "news.jsonl"},
		{"tarikh completion ", "bash zsh fish"},
		{"tarikh help gaz", "gazetteer"},
		{"tarikh events --format jsonl --ent", "--entity"},
	}
	for _, tc := range tests {
		words := strings.Split(tc.line, " ")
		var arr strings.Builder
		for _, w := range words {
			arr.WriteString(shellQuote(w) + " ")
		}
		prog := "source " + shellQuote(file) + "\nCOMP_WORDS=(" + arr.String() + ")\nCOMP_CWORD=" +
			strconv.Itoa(len(words)-1) + "\n_tarikh\necho \"${COMPREPLY[*]}\"\n"
		cmd := exec.Command(bash, "--norc", "-c", prog)
		cmd.Dir = dir
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%q: %v: %s", tc.line, err, b)
		}
		if got := strings.TrimSpace(string(b)); got != tc.want {
			t.Errorf("%q completes to %q, want %q", tc.line, got, tc.want)
		}
	}
}
