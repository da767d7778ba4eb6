package cli

import (
	"flag"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/timeline"
)

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// common holds the inputs and flags the article-reading commands share. Each
// command registers only the groups of flags that apply to it; the fields of
// the others keep the defaults newCommon gives them.
type common struct {
	out        string
	format     string
	formats    []string // the --format values the command writes
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
	// profiling: the CPU profile runs (startCPUProfile).
	profiling  bool
	filter     timeline.FilterSpec
	top        int
	noDiscover bool
	// discover is where the command discovers names no gazetteer has
	// (registerDiscovery); --no-discover turns it off.
	discover extract.Scope
	entities stringList
	types    stringList

	start   time.Time
	dctTime time.Time
	// dates reads dates in words in date lines and web pages (the date
	// rules); set by the commands that load them.
	dates input.DateReader
	// readsArticles is set by registerInput: the command needs paths.
	readsArticles bool
	paths         []string
}

func newCommon() *common {
	return &common{format: "csv", lang: "en", encoding: "auto", start: time.Now()}
}

// registerInput registers the flags that say how articles are read.
func (c *common) registerInput(fs *flagSet) {
	c.readsArticles = true
	fs.group("Input")
	fs.str(&c.dct, "dct", "", "article date `YYYY-MM-DD` for articles whose date is found nowhere else")
	fs.str(&c.encoding, "encoding", "auto", "read the inputs as `ENCODING`: auto, utf-8, utf-16, utf-16le, utf-16be or windows-1256",
		"auto", "utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1256")
	fs.integer(&c.workers, "workers", 0, "process `N` articles in parallel (default: the number of CPUs)")
}

// registerGazetteer registers the flags that choose the gazetteer.
func (c *common) registerGazetteer(fs *flagSet) {
	fs.list(&c.gazetteers, "gazetteer", "add the entities of gazetteer `FILE` (repeatable)")
	fs.boolean(&c.noBuiltin, "no-builtin", "leave the built-in gazetteer out")
}

// registerDiscovery registers --no-discover, for the commands that find
// names; scope is where they look for names the gazetteer lacks.
func (c *common) registerDiscovery(fs *flagSet, scope extract.Scope) {
	c.discover = scope
	fs.boolean(&c.noDiscover, "no-discover", "find only the gazetteer's names (no name discovery)")
}

// registerTriggers registers --triggers, for the commands that find events.
func (c *common) registerTriggers(fs *flagSet) {
	fs.str(&c.triggers, "triggers", "", "add the event trigger words of YAML `FILE`")
}

// registerFilter registers the event filters.
func (c *common) registerFilter(fs *flagSet) {
	fs.group("Filters (an event is kept when it passes every filter given)")
	fs.list(&c.entities, "entity", "keep events naming the entity `ID|NAME`: its id, or any name or alias in either language (repeatable: any of them)")
	fs.list(&c.types, "type", "keep events of `TYPE`: meeting, visit, statement... or none for untyped (repeatable: any of them)")
	fs.str(&c.filter.Since, "since", "", "keep events whose dates reach `YYYY-MM-DD` or later (YYYY-MM and YYYY too)")
	fs.str(&c.filter.Until, "until", "", "keep events whose dates reach `YYYY-MM-DD` or earlier (YYYY-MM and YYYY too)")
	fs.str(&c.filter.Status, "status", "", "keep only events whose status is `STATUS`: planned or happened", "planned", "happened")
	fs.integer(&c.top, "top", 0, "keep the `N` most important events the other filters keep, in date order (0: all)")
}

// registerOutput registers -o and, when the command writes more than one
// format, --format; --bom when it writes CSV.
func (c *common) registerOutput(fs *flagSet, formats ...string) {
	fs.group("Output")
	c.formats = formats
	c.format = formats[0]
	fs.str(&c.out, "o", "", "write to `FILE` (atomically: complete or untouched) instead of stdout")
	if len(formats) > 1 {
		fs.str(&c.format, "format", formats[0], "output `FORMAT`: "+orList(formats), formats...)
	}
	if formats[0] == "csv" {
		fs.boolean(&c.bom, "bom", "start CSV with a UTF-8 byte-order mark (for Excel)")
	}
}

// registerLang registers --lang, for commands that write labels.
func (c *common) registerLang(fs *flagSet) {
	fs.str(&c.lang, "lang", "en", "`LANGUAGE` of headlines, type labels and names: en or ar", "en", "ar")
}

// registerQuiet registers -q and the developers' flags; it ends the flags.
func (c *common) registerQuiet(fs *flagSet) {
	fs.boolean(&c.quiet, "q", "quiet: no diagnostics, progress or summary on stderr")
	fs.group("For developers")
	fs.str(&c.cpuprofile, "cpuprofile", "", "write a CPU profile to `FILE`")
}

func orList(s []string) string {
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}

// validate checks the flags and positional arguments, and turns them into
// values.
func (c *common) validate() error {
	if len(c.formats) > 0 {
		ok := false
		for _, f := range c.formats {
			ok = ok || c.format == f
		}
		if !ok {
			return fmt.Errorf("unknown --format %q (want %s)", c.format, orList(c.formats))
		}
	}
	if c.dct != "" {
		t, err := time.Parse(time.DateOnly, c.dct)
		if err != nil {
			return fmt.Errorf("bad --dct %q: want YYYY-MM-DD", c.dct)
		}
		c.dctTime = t
	}
	if c.workers < 1 {
		c.workers = runtime.NumCPU()
	}
	if _, err := input.ParseEncoding(c.encoding); err != nil {
		return err
	}
	if c.lang != "en" && c.lang != "ar" {
		return fmt.Errorf("bad --lang %q: want en or ar", c.lang)
	}
	c.filter.Entities, c.filter.Types = c.entities, c.types
	if c.top < 0 {
		return fmt.Errorf("bad --top %d: want a number of events, 0 for all", c.top)
	}
	if c.readsArticles && len(c.paths) == 0 {
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
		rest := fs.Args()
		// fs.Parse stops at the first positional argument, or after "--".
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
