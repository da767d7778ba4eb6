package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestEventsCPUProfile: tarikh events starts the CPU profile before its
// set-up, so the profile holds the set-up's functions (the set-up takes
// some 0.7 CPU seconds, about 70 samples), and the pipeline inside leaves
// it running (a second pprof.StartCPUProfile would fail the run: "cpu
// profiling already in use").
func TestEventsCPUProfile(t *testing.T) {
	chdirRoot(t)
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	code, out, errs := run(t, context.Background(), "", "events", "-q", "--cpuprofile", prof, "examples/2024-03-26-blinken-hussein.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if out == "" {
		t.Error("no timeline written")
	}
	f, err := os.Open(prof)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("profile is not gzipped: %v", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	// The profile's string table names the functions of its samples.
	if !bytes.Contains(raw, []byte("internal/cli.newEventsSetup")) {
		t.Error("the profile has no sample of the set-up (newEventsSetup)")
	}
}
