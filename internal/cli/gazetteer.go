package cli

import (
	"context"
	"fmt"

	"github.com/tarikh/tarikh/gazetteer"
)

const gazetteerUsage = `Usage: tarikh gazetteer check FILE...

Validates gazetteer files and reports every problem as FILE:LINE:COLUMN:
bad YAML, unknown type or key, duplicate id, empty names, bad dates, a role
period that ends before it starts; warns about a name two entities share.
Exit code 0 when every file is usable (warnings allowed), 2 otherwise.

Example:
  tarikh gazetteer check my-entities.yaml
`

func runGazetteer(ctx context.Context, args []string, stdio IO) int {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprint(stdio.Stderr, gazetteerUsage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return ExitOK
		}
		return ExitUsage
	}
	files := args[1:]
	if len(files) == 0 {
		fmt.Fprint(stdio.Stderr, gazetteerUsage)
		return ExitUsage
	}
	code := ExitOK
	for _, f := range files {
		g, diags, err := gazetteer.LoadFile(f)
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
		fmt.Fprintf(stdio.Stderr, "%s: ok, %d entities, %d warning(s)\n", f, len(g.Entities), len(diags))
	}
	return code
}
