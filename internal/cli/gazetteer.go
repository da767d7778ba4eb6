package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/internal/output"
	"github.com/tarikh/tarikh/textnorm"
)

func gazetteerCommand() *command {
	return &command{
		name:    "gazetteer",
		summary: "list the entities tarikh knows, check gazetteer files",
		usage:   "tarikh gazetteer <command> [flags] [FILE]...",
		subs:    []*command{gazetteerListCommand(), gazetteerCheckCommand(), gazetteerSuggestCommand()},
	}
}

func gazetteerCheckCommand() *command {
	return &command{
		name:    "check",
		summary: "validate gazetteer files",
		usage:   "tarikh gazetteer check [flags] FILE...",
		args:    []string{"files"},
		setup: func(fs *flagSet) runFunc {
			var noBuiltin, quiet bool
			fs.boolean(&noBuiltin, "no-builtin", "do not compare ids with the built-in gazetteer")
			fs.boolean(&quiet, "q", "quiet: no summary line per file on stderr")
			return func(ctx context.Context, files []string, stdio IO) int {
				return runGazetteerCheck(files, noBuiltin, quiet, stdio)
			}
		},
	}
}

func runGazetteerCheck(files []string, noBuiltin, quiet bool, stdio IO) int {
	if len(files) == 0 {
		return usageError(stdio.Stderr, fmt.Errorf("gazetteer check: give the gazetteer files to check (see tarikh gazetteer check --help)"))
	}
	all := gazetteer.New()
	if !noBuiltin {
		b, err := gazetteer.Builtin()
		if err != nil {
			fmt.Fprintf(stdio.Stderr, "tarikh: %v\n", err)
			return ExitFailed
		}
		all.Merge(b)
	}
	code := ExitOK
	for _, f := range files {
		g, diags, err := gazetteer.LoadFile(f)
		if err == nil {
			// within may name the built-in gazetteer's places or earlier files'.
			if wd := gazetteer.CheckWithin(g, all.Lookup); len(wd) > 0 {
				diags = append(diags, wd...)
				err = wd.Err()
			}
		}
		if err == nil {
			diags = append(diags, gazetteer.Replacements(all, g)...)
		}
		for _, d := range diags {
			fmt.Fprintln(stdio.Stdout, d)
		}
		if err != nil {
			if len(diags) == 0 {
				fmt.Fprintf(stdio.Stdout, "%v\n", err)
			}
			code = ExitUsage
			continue
		}
		all.Merge(g)
		if !quiet {
			fmt.Fprintf(stdio.Stderr, "%s: ok, %d entities, %d warning(s)\n", f, len(g.Entities), len(diags))
		}
	}
	return code
}

// gazetteerHeader is the header of tarikh gazetteer list.
var gazetteerHeader = []string{"id", "type", "name_en", "name_ar", "aliases_en", "aliases_ar", "roles", "country", "within", "population", "file"}

func gazetteerListCommand() *command {
	return &command{
		name:    "list",
		summary: "the entities of the gazetteer as CSV or JSONL",
		usage:   "tarikh gazetteer list [flags]",
		setup: func(fs *flagSet) runFunc {
			c := newCommon()
			var types stringList
			var grep string
			fs.group("Selection")
			fs.list(&types, "type", "list only entities of `TYPE`: person, place or organization (repeatable)", "person", "place", "organization")
			fs.str(&grep, "grep", "", "list only entities with `TEXT` in their id, a name, an alias or a role (either language; case and Arabic letter variants ignored)")
			c.registerGazetteer(fs)
			c.registerOutput(fs, "csv", "jsonl")
			fs.boolean(&c.quiet, "q", "quiet: no warnings or summary on stderr")
			return func(ctx context.Context, args []string, stdio IO) int {
				if len(args) > 0 {
					return usageError(stdio.Stderr, fmt.Errorf("gazetteer list takes no arguments (%q): give gazetteer files with --gazetteer FILE", args[0]))
				}
				return runGazetteerList(c, types, grep, stdio)
			}
		},
	}
}

func runGazetteerList(c *common, types []string, grep string, stdio IO) int {
	if err := c.validate(); err != nil {
		return usageError(stdio.Stderr, err)
	}
	want := map[gazetteer.Type]bool{}
	for _, t := range types {
		tt := gazetteer.Type(strings.ToLower(strings.TrimSpace(t)))
		if !tt.Valid() {
			return usageError(stdio.Stderr, fmt.Errorf("bad --type %q: want person, place or organization", t))
		}
		want[tt] = true
	}
	g, err := loadGazetteer(c, stdio.Stderr)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	out, err := output.Create(c.out, stdio.Stdout)
	if err != nil {
		return usageError(stdio.Stderr, err)
	}
	key := grepKey(grep)
	var st runStats
	err = writeEntities(out, c, g, func(e *gazetteer.Entity) bool {
		return (len(want) == 0 || want[e.Type]) && (key == "" || entityHas(e, key))
	}, &st)
	if err != nil {
		out.Abort()
		fmt.Fprintf(stdio.Stderr, "tarikh: %v\n", err)
		return ExitFailed
	}
	if err := out.Commit(); err != nil {
		fmt.Fprintf(stdio.Stderr, "tarikh: %v\n", err)
		return ExitFailed
	}
	if !c.quiet {
		fmt.Fprintf(stdio.Stderr, "tarikh: %d of %d entities listed\n", st.written, len(g.Entities))
	}
	return ExitOK
}

func writeEntities(out *output.File, c *common, g *gazetteer.Gazetteer, keep func(*gazetteer.Entity) bool, st *runStats) error {
	var cw *output.CSV
	var enc *json.Encoder
	if c.format == "jsonl" {
		enc = json.NewEncoder(out)
		enc.SetEscapeHTML(false)
	} else {
		var err error
		if cw, err = output.NewCSV(out, c.bom); err != nil {
			return err
		}
		if err := cw.Write(append([]string(nil), gazetteerHeader...)); err != nil {
			return err
		}
	}
	for _, e := range g.Entities {
		if !keep(e) {
			continue
		}
		st.written++
		var err error
		if enc != nil {
			err = enc.Encode(struct {
				*gazetteer.Entity
				File string `json:"file"`
			}{e, sourceOf(e)})
		} else {
			err = cw.Write(entityRecord(e))
		}
		if err != nil {
			return err
		}
	}
	if cw != nil {
		return cw.Flush()
	}
	return nil
}

// entityRecord is the CSV row of e under gazetteerHeader.
func entityRecord(e *gazetteer.Entity) []string {
	var nameAr string
	if len(e.Names.Ar) > 0 {
		nameAr = e.Names.Ar[0]
	}
	var nameEn string
	if len(e.Names.En) > 0 {
		nameEn = e.Names.En[0]
	}
	pop := ""
	if e.Population > 0 {
		pop = strconv.FormatInt(e.Population, 10)
	}
	return []string{e.ID, string(e.Type), nameEn, nameAr, strings.Join(rest(e.Names.En), ";"),
		strings.Join(rest(e.Names.Ar), ";"), roles(e.Roles), e.Country, strings.Join(e.Within, ";"), pop, sourceOf(e)}
}

func rest(names []string) []string {
	if len(names) < 2 {
		return nil
	}
	return names[1:]
}

// roles writes roles as "en / ar [from..to]", ;-separated.
func roles(rs []gazetteer.Role) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		names := append(append([]string(nil), r.En...), r.Ar...)
		parts[i] = fmt.Sprintf("%s [%s..%s]", strings.Join(names, " / "), r.From, r.To)
	}
	return strings.Join(parts, ";")
}

// sourceOf is FILE:LINE of e's definition.
func sourceOf(e *gazetteer.Entity) string {
	if e.Pos.Line == 0 {
		return e.Pos.File
	}
	return fmt.Sprintf("%s:%d", e.Pos.File, e.Pos.Line)
}

// grepKey is the form --grep and names are compared in.
func grepKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(textnorm.NormString(s))), " ")
}

// entityHas reports whether key is in e's id, names or roles.
func entityHas(e *gazetteer.Entity, key string) bool {
	if strings.Contains(e.ID, key) {
		return true
	}
	lists := [][]string{e.Names.En, e.Names.Ar}
	for _, r := range e.Roles {
		lists = append(lists, r.En, r.Ar)
	}
	for _, l := range lists {
		for _, n := range l {
			if strings.Contains(grepKey(n), key) {
				return true
			}
		}
	}
	return false
}
