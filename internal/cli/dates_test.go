package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestDatesGolden runs tarikh dates on the test articles and compares the
// CSV and JSONL with golden files (go test ./internal/cli -run Dates -update).
func TestDatesGolden(t *testing.T) {
	dir := filepath.Join("testdata", "dates")
	for _, c := range []struct {
		name string
		args []string
	}{
		{"dates.csv", []string{"dates", "--workers", "2", dir}},
		{"dates.jsonl", []string{"dates", "--format", "jsonl", filepath.Join(dir, "news.jsonl")}},
		{"dates_flag.csv", []string{"dates", "--dct", "2024-04-16", filepath.Join(dir, "news.jsonl")}},
	} {
		code, out, stderr := run(t, context.Background(), "", c.args...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d: %s", c.args, code, stderr)
		}
		goldenAt(t, filepath.Join(dir, c.name+".golden"), out)
	}
}

func TestDatesHeader(t *testing.T) {
	var out, errb bytes.Buffer
	code := Run(context.Background(), []string{"dates", "-"}, IO{Stdin: strings.NewReader("لا تاريخ هنا"), Stdout: &out, Stderr: &errb})
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if got := strings.TrimSpace(out.String()); got != "doc,start,end,text,type,value,mod,granularity,start_date,end_date,dct,dct_source" {
		t.Errorf("header %q", got)
	}
}

func TestDatesBadFlag(t *testing.T) {
	var out, errb bytes.Buffer
	if code := Run(context.Background(), []string{"dates", "--format", "html", "x"}, IO{Stdout: &out, Stderr: &errb}); code != ExitUsage {
		t.Errorf("exit %d, want %d", code, ExitUsage)
	}
}
