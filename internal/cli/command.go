package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// runFunc runs a command with its positional arguments, after its flags
// were parsed.
type runFunc func(ctx context.Context, args []string, stdio IO) int

// command is one tarikh command or subcommand. One table of them (see
// commands) drives dispatch, help and shell completion, so the three cannot
// disagree.
type command struct {
	name    string
	summary string // one line, for the list of commands
	// usage is the synopsis, one line per form, without "Usage: ".
	usage string
	// about says what the command does and writes; examples are command
	// lines, one per line. Both come from help.txt (setHelp) unless the
	// constructor sets them (the about of events is built from the
	// formats).
	about, examples string
	// args says what the positional arguments are, for completion: "files",
	// or a list of words, or "" for none.
	args []string
	// setup registers the command's flags and returns the function that runs
	// it; nil for a command that only has subcommands.
	setup func(fs *flagSet) runFunc
	subs  []*command
}

// sub returns the subcommand named name.
func (c *command) sub(name string) *command {
	for _, s := range c.subs {
		if s.name == name {
			return s
		}
	}
	return nil
}

// flags returns a flag set with the command's flags, for help and completion.
func (c *command) flags() *flagSet {
	fs := newFlagSet(c.name)
	if c.setup != nil {
		c.setup(fs)
	}
	return fs
}

func isHelpArg(s string) bool {
	return s == "-h" || s == "-help" || s == "--help"
}

// dispatch runs the command path[len(path)-1] with args.
func dispatch(ctx context.Context, path []*command, args []string, stdio IO) int {
	c := path[len(path)-1]
	name := commandName(path)
	if c.setup == nil { // a group of subcommands
		if len(args) == 0 {
			fmt.Fprint(stdio.Stderr, helpText(path))
			return ExitUsage
		}
		if isHelpArg(args[0]) {
			fmt.Fprint(stdio.Stdout, helpText(path))
			return ExitOK
		}
		s := c.sub(args[0])
		if s == nil {
			fmt.Fprintf(stdio.Stderr, "%s: unknown command %q%s\nRun '%s --help' for the commands.\n",
				name, args[0], didYouMean(args[0], c.subs), name)
			return ExitUsage
		}
		return dispatch(ctx, append(path, s), args[1:], stdio)
	}
	fs := newFlagSet(name)
	run := c.setup(fs)
	pos, err := parseInterspersed(fs.FlagSet, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdio.Stdout, helpText(path))
		return ExitOK
	}
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "%s: %v\nRun '%s --help' for its flags.\n", name, err, name)
		return ExitUsage
	}
	return run(ctx, pos, stdio)
}

// commandName is "tarikh gazetteer list" for the path root, gazetteer, list.
func commandName(path []*command) string {
	names := make([]string, len(path))
	for i, c := range path {
		names[i] = c.name
	}
	return strings.Join(names, " ")
}

// find follows names from root; it returns nil and the first unknown name
// when there is one.
func find(root *command, names []string) ([]*command, string) {
	path := []*command{root}
	for _, n := range names {
		s := path[len(path)-1].sub(n)
		if s == nil {
			return nil, n
		}
		path = append(path, s)
	}
	return path, ""
}

// didYouMean suggests the subcommand closest to a mistyped name.
func didYouMean(name string, subs []*command) string {
	best, bestD := "", 3
	for _, s := range subs {
		if d := editDistance(name, s.name); d < bestD {
			best, bestD = s.name, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// helpText is the help of the command at the end of path.
func helpText(path []*command) string {
	c := path[len(path)-1]
	name := commandName(path)
	var b strings.Builder
	if len(path) == 1 {
		b.WriteString(c.about)
		b.WriteString("\nUsage:\n  " + c.usage + "\n")
	} else {
		fmt.Fprintf(&b, "Usage: %s\n", strings.ReplaceAll(c.usage, "\n", "\n       "))
		if c.about != "" {
			b.WriteString("\n" + c.about)
		}
	}
	if len(c.subs) > 0 {
		b.WriteString("\nCommands:\n")
		w := 0
		for _, s := range c.subs {
			w = max(w, len(s.name))
		}
		for _, s := range c.subs {
			fmt.Fprintf(&b, "  %-*s  %s\n", w, s.name, s.summary)
		}
	}
	if c.setup != nil {
		if fs := c.flags(); len(fs.groups) > 0 {
			b.WriteString("\n")
			fs.printDefaults(&b)
		}
	}
	if c.examples != "" {
		b.WriteString("\nExamples:\n")
		for _, ln := range strings.Split(strings.TrimRight(c.examples, "\n"), "\n") {
			b.WriteString("  " + ln + "\n")
		}
	}
	if len(path) == 1 {
		b.WriteString(exitCodesHelp)
		fmt.Fprintf(&b, "\nRun '%s help COMMAND' or '%s COMMAND --help' for a command's flags.\n", name, name)
	} else if len(c.subs) > 0 {
		fmt.Fprintf(&b, "\nRun '%s COMMAND --help' for a command's flags.\n", name)
	}
	return b.String()
}

const exitCodesHelp = `
Exit codes:
  0  all inputs read and results written
  1  some inputs could not be read, or none held an article (reported on
     stderr); results for the rest were written
  2  usage or configuration error (bad flag, bad gazetteer file)
  3  the run failed or was interrupted; no output file was written
`

// flagSet is a flag.FlagSet that remembers its flags in groups, in the order
// they were registered, and the values an enumerated flag takes, for help
// and completion.
type flagSet struct {
	*flag.FlagSet
	groups []flagGroup
	values map[string][]string
}

type flagGroup struct {
	title string
	names []string
}

func newFlagSet(name string) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by dispatch, help by helpText
	fs.Usage = func() {}
	return &flagSet{FlagSet: fs, values: map[string][]string{}}
}

// group starts a group of flags titled title in the help.
func (fs *flagSet) group(title string) {
	fs.groups = append(fs.groups, flagGroup{title: title})
}

func (fs *flagSet) add(name string, values []string) {
	if len(fs.groups) == 0 {
		fs.group("Flags")
	}
	g := &fs.groups[len(fs.groups)-1]
	g.names = append(g.names, name)
	if len(values) > 0 {
		fs.values[name] = values
	}
}

// str registers a string flag; values, when given, are the values it takes
// (offered by shell completion).
func (fs *flagSet) str(p *string, name, def, usage string, values ...string) {
	fs.StringVar(p, name, def, usage)
	fs.add(name, values)
}

func (fs *flagSet) boolean(p *bool, name string, usage string) {
	fs.BoolVar(p, name, false, usage)
	fs.add(name, nil)
}

func (fs *flagSet) integer(p *int, name string, def int, usage string) {
	fs.IntVar(p, name, def, usage)
	fs.add(name, nil)
}

// list registers a repeatable string flag.
func (fs *flagSet) list(p *stringList, name, usage string, values ...string) {
	fs.Var(p, name, usage)
	fs.add(name, values)
}

// flagLabel is how a flag is written in help: -o FILE, --format FORMAT, -q.
func flagLabel(f *flag.Flag) string {
	dash := "--"
	if len(f.Name) == 1 {
		dash = "-"
	}
	arg, _ := flag.UnquoteUsage(f)
	if isBoolFlag(f) {
		arg = ""
	} else if arg == "value" || arg == "string" {
		arg = strings.ToUpper(f.Name)
	}
	if arg != "" {
		return dash + f.Name + " " + arg
	}
	return dash + f.Name
}

// argOf returns the placeholder of a flag's argument ("FILE"), or "" for a
// boolean flag.
func argOf(f *flag.Flag) string {
	if isBoolFlag(f) {
		return ""
	}
	arg, _ := flag.UnquoteUsage(f)
	return arg
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// printDefaults writes the flags by group, two columns, with defaults that
// are not the zero value.
func (fs *flagSet) printDefaults(w io.Writer) {
	const maxLeft = 24
	width := 0
	for _, g := range fs.groups {
		for _, n := range g.names {
			if l := len(flagLabel(fs.Lookup(n))); l <= maxLeft {
				width = max(width, l)
			}
		}
	}
	for i, g := range fs.groups {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s:\n", g.title)
		for _, n := range g.names {
			f := fs.Lookup(n)
			_, usage := flag.UnquoteUsage(f)
			if d := f.DefValue; d != "" && d != "false" && d != "0" && d != "[]" {
				usage += fmt.Sprintf(" (default %s)", d)
			}
			label := flagLabel(f)
			indent := strings.Repeat(" ", 2+width+2)
			text := wrap(usage, helpWidth-len(indent))
			text = strings.ReplaceAll(text, "\n", "\n"+indent)
			if len(label) > width {
				fmt.Fprintf(w, "  %s\n%s%s\n", label, indent, text)
				continue
			}
			fmt.Fprintf(w, "  %-*s  %s\n", width, label, text)
		}
	}
}

// helpWidth is the width help text is wrapped at.
const helpWidth = 80

// wrap breaks s into lines of at most width characters, between words.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for _, word := range strings.Fields(s) {
		l := utf8.RuneCountInString(word)
		if n > 0 && n+1+l > width {
			b.WriteByte('\n')
			n = 0
		} else if n > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += l
	}
	return b.String()
}
