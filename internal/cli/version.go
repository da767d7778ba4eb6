package cli

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
)

func versionCommand() *command {
	return &command{
		name:    "version",
		summary: "tarikh's version and the revision it was built from",
		usage:   "tarikh version\ntarikh --version",
		setup: func(fs *flagSet) runFunc {
			return func(ctx context.Context, args []string, stdio IO) int {
				if len(args) > 0 {
					return usageError(stdio.Stderr, fmt.Errorf("version takes no arguments"))
				}
				info, ok := debug.ReadBuildInfo()
				fmt.Fprint(stdio.Stdout, versionText(info, ok))
				return ExitOK
			}
		},
	}
}

// versionText says the version of the binary that info describes.
func versionText(info *debug.BuildInfo, ok bool) string {
	if !ok || info == nil {
		return "tarikh (no build information)\n"
	}
	var b strings.Builder
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	fmt.Fprintf(&b, "tarikh %s\n", v)
	set := map[string]string{}
	for _, s := range info.Settings {
		set[s.Key] = s.Value
	}
	if rev := set["vcs.revision"]; rev != "" {
		fmt.Fprintf(&b, "revision %s", rev)
		if t := set["vcs.time"]; t != "" {
			fmt.Fprintf(&b, " (%s)", t)
		}
		if set["vcs.modified"] == "true" {
			b.WriteString(", with local changes")
		}
		b.WriteByte('\n')
	}
	if info.GoVersion != "" {
		fmt.Fprintf(&b, "built with %s\n", info.GoVersion)
	}
	return b.String()
}
