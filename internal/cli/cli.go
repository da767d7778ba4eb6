// Package cli implements the tarikh command: its subcommands, their flags,
// help, version and shell completion, and its exit codes. cmd/tarikh only
// calls Run.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/tarikh/tarikh"
	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/gazetteer"
)

// Exit codes.
const (
	ExitOK      = 0 // everything was read and written
	ExitSomeBad = 1 // some inputs could not be read, or none held an article; results for the rest were written
	ExitUsage   = 2 // usage or configuration error (bad flag, bad gazetteer)
	ExitFailed  = 3 // the run failed or was interrupted: no output was written
)

// IO is where a command reads and writes.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

const rootUsage = `tarikh <command> [flags] [PATH|-]...

Inputs are .txt files (one article each), .jsonl and .jsonl.gz files (one
article per line: id, date, title, text, url), .html pages, directories of
them (read recursively), or - for standard input. Results go to stdout or,
with -o FILE, to a file written atomically; messages, progress and a summary
go to stderr.`

// commands returns the command table.
func commands() *command {
	root := &command{
		name:  "tarikh",
		usage: rootUsage,
		subs: []*command{
			eventsCommand(),
			mergeCommand(),
			chartCommand(),
			mentionsCommand(),
			datesCommand(),
			articlesCommand(),
			gazetteerCommand(),
			completionCommand(),
			versionCommand(),
		},
	}
	root.subs = append(root.subs, helpCommand(root))
	if err := setHelp(root, helpTxt); err != nil {
		panic("cli: " + err.Error()) // the embedded help.txt; TestHelpGolden reads every section
	}
	return root
}

// Run runs tarikh with args (without the program name) and returns the exit code.
func Run(ctx context.Context, args []string, stdio IO) int {
	root := commands()
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		args = []string{"version"}
	}
	return dispatch(ctx, []*command{root}, args, stdio)
}

func helpCommand(root *command) *command {
	return &command{
		name:    "help",
		summary: "help on a command: tarikh help events",
		usage:   "tarikh help [COMMAND [SUBCOMMAND]]",
		args:    []string{"commands"},
		setup: func(fs *flagSet) runFunc {
			return func(ctx context.Context, args []string, stdio IO) int {
				path, unknown := find(root, args)
				if path == nil {
					fmt.Fprintf(stdio.Stderr, "tarikh help: unknown command %q\nRun 'tarikh --help' for the commands.\n", unknown)
					return ExitUsage
				}
				fmt.Fprint(stdio.Stdout, helpText(path))
				return ExitOK
			}
		},
	}
}

// loadGazetteer builds the gazetteer the flags ask for: the built-in one
// unless --no-builtin, plus every --gazetteer file on top. A user entity
// whose id is already taken replaces the earlier one, with a warning naming
// both places.
func loadGazetteer(c *common, stderr io.Writer) (*gazetteer.Gazetteer, error) {
	g, diags, err := tarikh.LoadGazetteer(c.gazetteers, !c.noBuiltin)
	if !c.quiet {
		for _, d := range diags {
			fmt.Fprintf(stderr, "tarikh: %s\n", d)
		}
	}
	return g, err
}

// newExtractor builds the extractor over the gazetteer g, with name
// discovery where the command asks for it, and makes its date rules read
// c's text articles' date lines.
func newExtractor(c *common, g *gazetteer.Gazetteer) (*extract.Extractor, error) {
	scope := c.discover
	if c.noDiscover {
		scope = extract.DiscoverOff
	}
	x, rec, err := tarikh.NewExtractor(g, scope)
	if err != nil {
		return nil, err
	}
	c.dates = rec
	return x, nil
}

// runStats counts what a run read and wrote, for its summary.
type runStats struct {
	articles int
	// noDate counts the articles whose date was found nowhere; noDateDocs
	// names the first few.
	noDate     int
	noDateDocs []string
	// failedFiles counts inputs that failed as a whole, failedLines the
	// lines of JSONL files that failed, in lineFiles files.
	failedFiles, failedLines int
	lineFiles                map[string]bool
	bytes                    int64
	// written counts the rows written, which are units ("events"); multi
	// counts the events that several articles tell.
	written int
	unit    string
	multi   int
	// fromCSV is the events CSV a chart was drawn from, instead of
	// articles, and csvEvents the events read from it.
	fromCSV   string
	csvEvents int
}

func (st *runStats) failed() int { return st.failedFiles + st.failedLines }

// plural writes "1 article" or "3 articles".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// summary writes the run's summary on w.
func (st *runStats) summary(w io.Writer, took time.Duration) {
	var b strings.Builder
	if st.fromCSV != "" {
		fmt.Fprintf(&b, "tarikh: %s read from %s, %d written", plural(st.csvEvents, "event", "events"), st.fromCSV, st.written)
	} else {
		fmt.Fprintf(&b, "tarikh: %s read", plural(st.articles, "article", "articles"))
		if st.unit != "" {
			fmt.Fprintf(&b, ", %s written", plural(st.written, strings.TrimSuffix(st.unit, "s"), st.unit))
		}
	}
	if st.multi > 0 {
		fmt.Fprintf(&b, " (%d told by several articles)", st.multi)
	}
	fmt.Fprintf(&b, " in %s\n", seconds(took))
	if st.noDate > 0 {
		fmt.Fprintf(&b, "tarikh: %s without a date (relative dates in %s unresolved; give --dct, or see tarikh articles): %s",
			plural(st.noDate, "article", "articles"), map[bool]string{true: "it are", false: "them are"}[st.noDate == 1],
			strings.Join(st.noDateDocs, ", "))
		if st.noDate > len(st.noDateDocs) {
			fmt.Fprintf(&b, " and %d more", st.noDate-len(st.noDateDocs))
		}
		b.WriteByte('\n')
	}
	if st.failed() > 0 {
		var parts []string
		if st.failedFiles > 0 {
			parts = append(parts, plural(st.failedFiles, "input", "inputs"))
		}
		if st.failedLines > 0 {
			parts = append(parts, fmt.Sprintf("%s in %s", plural(st.failedLines, "line", "lines"), plural(len(st.lineFiles), "file", "files")))
		}
		fmt.Fprintf(&b, "tarikh: not read: %s (see the messages above); the rest was written\n", strings.Join(parts, " and "))
	}
	io.WriteString(w, b.String())
}

func seconds(d time.Duration) string {
	if d < 10*time.Second {
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
	return d.Round(100 * time.Millisecond).String()
}

// finish turns a run's outcome into an exit code, committing or discarding
// the output, and writes the summary unless -q.
func finish(out interface {
	Commit() error
	Abort()
}, st runStats, runErr error, c *common, stderr io.Writer) int {
	if runErr != nil {
		out.Abort()
		if errors.Is(runErr, context.Canceled) {
			fmt.Fprintln(stderr, "tarikh: interrupted; no output written")
		} else {
			fmt.Fprintf(stderr, "tarikh: %v\n", runErr)
		}
		return ExitFailed
	}
	if err := out.Commit(); err != nil {
		fmt.Fprintf(stderr, "tarikh: %v\n", err)
		return ExitFailed
	}
	if !c.quiet {
		st.summary(stderr, time.Since(c.start))
		if st.articles == 0 && st.failed() == 0 && st.fromCSV == "" {
			fmt.Fprintln(stderr, "tarikh: no article in the inputs (tarikh reads .txt, .jsonl, .jsonl.gz, .html and .htm files)")
		}
	}
	if st.failed() > 0 || (st.articles == 0 && st.fromCSV == "") {
		return ExitSomeBad
	}
	return ExitOK
}

func usageError(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "tarikh: %v\n", err)
	return ExitUsage
}
