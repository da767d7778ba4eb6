// Package cli implements the tarikh command: its subcommands, their shared
// inputs and flags, and its exit codes. cmd/tarikh only calls Run.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/gazetteer"
)

// Exit codes.
const (
	ExitOK       = 0 // everything was read and written
	ExitSomeBad  = 1 // some inputs could not be read; results for the rest were written
	ExitUsage    = 2 // usage or configuration error (bad flag, bad gazetteer)
	ExitFailed   = 3 // the run failed or was interrupted: no output was written
	exitNotFound = ExitUsage
)

// IO is where a command reads and writes.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

const mainUsage = `tarikh turns news articles into a dated event timeline.

Usage:
  tarikh <command> [flags] [PATH|-]...

Commands:
  events      dated, deduplicated events as CSV, TimelineJS or JSONL
  mentions    gazetteer entities found in the text
  dates       temporal expressions resolved against each article's date
  chart       a self-contained HTML timeline chart
  gazetteer   check gazetteer files: tarikh gazetteer check FILE...

Inputs are .txt files (one article each), .jsonl files (one article per line,
fields id, date, title, text, url), directories of them, or - for stdin.

Examples:
  tarikh events examples/ -o timeline.csv
  tarikh mentions --gazetteer my.yaml news.jsonl
  tarikh dates --dct 2024-03-27 article.txt
  tarikh gazetteer check my.yaml

Exit codes:
  0  all inputs read and results written
  1  some inputs could not be read (reported on stderr); results for the rest were written
  2  usage or configuration error (bad flag, bad gazetteer file)
  3  the run failed or was interrupted; no output file was written

Run 'tarikh <command> -h' for a command's flags.
`

// Run runs tarikh with args (without the program name) and returns the exit code.
func Run(ctx context.Context, args []string, stdio IO) int {
	if len(args) == 0 {
		fmt.Fprint(stdio.Stderr, mainUsage)
		return ExitUsage
	}
	cmds := map[string]func(context.Context, []string, IO) int{
		"mentions":  runMentions,
		"dates":     runDates,
		"events":    runEvents,
		"chart":     runChart,
		"gazetteer": runGazetteer,
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdio.Stdout, mainUsage)
		return ExitOK
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stdio.Stderr, "tarikh: unknown command %q\n\n%s", args[0], mainUsage)
		return exitNotFound
	}
	return cmd(ctx, args[1:], stdio)
}

// loadGazetteer builds the gazetteer the flags ask for: the built-in one
// unless --no-builtin, plus every --gazetteer file on top.
func loadGazetteer(c *common, stderr io.Writer) (*gazetteer.Gazetteer, error) {
	g := gazetteer.New()
	if !c.noBuiltin {
		b, err := gazetteer.Builtin()
		if err != nil {
			return nil, err
		}
		g.Merge(b)
	}
	for _, p := range c.gazetteers {
		u, diags, err := gazetteer.LoadFile(p)
		if err != nil {
			return nil, err
		}
		if !c.quiet {
			for _, d := range diags {
				fmt.Fprintf(stderr, "tarikh: %s\n", d)
			}
		}
		g.Merge(u)
	}
	if len(g.Entities) == 0 {
		return nil, errors.New("the gazetteer is empty: drop --no-builtin or add --gazetteer FILE")
	}
	return g, nil
}

// newExtractor loads the gazetteer and builds the extractor.
func newExtractor(c *common, stderr io.Writer) (*extract.Extractor, error) {
	g, err := loadGazetteer(c, stderr)
	if err != nil {
		return nil, err
	}
	ix, err := gazetteer.NewIndex(g)
	if err != nil {
		return nil, err
	}
	rec, err := temporal.New()
	if err != nil {
		return nil, err
	}
	return extract.New(ix, rec)
}

// finish turns a run's outcome into an exit code, committing or discarding
// the output.
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
	if !c.quiet && st.failed > 0 {
		fmt.Fprintf(stderr, "tarikh: %d article(s) read, %d input(s) failed\n", st.articles, st.failed)
	}
	if st.failed > 0 {
		return ExitSomeBad
	}
	return ExitOK
}

func usageError(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "tarikh: %v\n", err)
	return ExitUsage
}
