package cli

import (
	"context"
	"fmt"
)

// Commands whose implementation is still being written (issue #6).
// They say so and exit with a usage error rather than pretend.

func runChart(ctx context.Context, args []string, stdio IO) int {
	fmt.Fprintln(stdio.Stderr, "tarikh: chart is not implemented yet (issue #6)")
	return ExitUsage
}
