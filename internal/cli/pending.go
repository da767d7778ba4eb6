package cli

import (
	"context"
	"fmt"
)

// Commands whose implementation is still being written (issues #3, #4).
// They say so and exit with a usage error rather than pretend.

func runDates(ctx context.Context, args []string, stdio IO) int {
	fmt.Fprintln(stdio.Stderr, "tarikh: dates is not implemented yet (issue #3)")
	return ExitUsage
}

func runEvents(ctx context.Context, args []string, stdio IO) int {
	fmt.Fprintln(stdio.Stderr, "tarikh: events is not implemented yet (issue #4)")
	return ExitUsage
}
