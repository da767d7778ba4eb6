package cli

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"
)

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// common holds the inputs and flags every article-reading subcommand shares.
type common struct {
	out        string
	format     string
	gazetteers stringList
	noBuiltin  bool
	dct        string
	workers    int
	quiet      bool
	lang       string
	bom        bool
	triggers   string
	encoding   string
	cpuprofile string

	dctTime time.Time
	paths   []string
}

func (c *common) register(fs *flag.FlagSet, formats string) {
	fs.StringVar(&c.out, "o", "", "write output to `FILE` (atomically) instead of stdout")
	fs.StringVar(&c.format, "format", "csv", "output format: "+formats)
	fs.Var(&c.gazetteers, "gazetteer", "add the entities of gazetteer `FILE` (repeatable)")
	fs.BoolVar(&c.noBuiltin, "no-builtin", false, "leave the built-in gazetteer out")
	fs.StringVar(&c.dct, "dct", "", "article date `YYYY-MM-DD` for articles whose date is found nowhere else")
	fs.IntVar(&c.workers, "workers", runtime.NumCPU(), "articles processed in parallel")
	fs.BoolVar(&c.quiet, "q", false, "no diagnostics or progress on stderr")
	fs.StringVar(&c.lang, "lang", "en", "language of names in labels: en or ar")
	fs.BoolVar(&c.bom, "bom", false, "start CSV with a UTF-8 byte-order mark (for Excel)")
	fs.StringVar(&c.triggers, "triggers", "", "extra event trigger words from YAML `FILE`")
	fs.StringVar(&c.encoding, "encoding", "auto", "input encoding: auto, utf-8, utf-16, windows-1256")
	fs.StringVar(&c.cpuprofile, "cpuprofile", "", "write a CPU profile to `FILE` (for developers)")
}

func (c *common) validate(formats ...string) error {
	ok := false
	for _, f := range formats {
		ok = ok || c.format == f
	}
	if !ok {
		return fmt.Errorf("unknown --format %q (want %s)", c.format, strings.Join(formats, ", "))
	}
	if c.dct != "" {
		t, err := time.Parse(time.DateOnly, c.dct)
		if err != nil {
			return fmt.Errorf("bad --dct %q: want YYYY-MM-DD", c.dct)
		}
		c.dctTime = t
	}
	if c.workers < 1 {
		c.workers = 1
	}
	if c.lang != "en" && c.lang != "ar" {
		return fmt.Errorf("bad --lang %q: want en or ar", c.lang)
	}
	if len(c.paths) == 0 {
		return fmt.Errorf("no input: give files, directories or - for stdin")
	}
	return nil
}

// parseInterspersed parses flags that may come before, between or after
// positional arguments; "--" ends flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		// fs.Parse stops at the first positional argument.
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}
