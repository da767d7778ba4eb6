// Command tarikh-beam runs tarikh's timeline as an Apache Beam pipeline:
// the articles of the input patterns (local, gs://, s3://) in, the merged
// timeline out as one file, the rows of one tarikh events run over the same
// articles. It runs on Beam's in-process runner (prism) by default, and on
// Flink, Spark or Dataflow with Beam's runner flags (beam/README.md).
//
//	go run ./cmd/tarikh-beam --input 'news/*.jsonl' --output timeline.csv
//	go run ./cmd/tarikh-beam --input 'gs://bucket/news/*.jsonl.gz' --output gs://bucket/timeline.csv \
//	    --runner dataflow --project P --region europe-west1 --temp_location gs://bucket/tmp
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	tarikhbeam "github.com/tarikh/tarikh/beam"
)

// list is a flag that may be given several times, or once with commas.
type list []string

func (l *list) String() string { return strings.Join(*l, ",") }
func (l *list) Set(s string) error {
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			*l = append(*l, x)
		}
	}
	return nil
}

func main() {
	var o tarikhbeam.Options
	var inputs, entities, types list
	flag.Var(&inputs, "input", "file `PATTERN` of articles (.txt, .jsonl, .jsonl.gz, .html; local, gs://, s3://); repeatable")
	flag.StringVar(&o.Output, "output", "", "the timeline `FILE` (local, gs://, s3://)")
	flag.StringVar(&o.Format, "format", "csv", "output `FORMAT`: csv, timelinejs or jsonl")
	flag.StringVar(&o.Lang, "lang", "en", "language of headlines and labels: en or ar")
	flag.IntVar(&o.Top, "top", 0, "keep the `N` most important events the filters keep (0: all)")
	flag.Var(&entities, "entity", "keep events that name this `ID|NAME`; repeatable")
	flag.Var(&types, "type", "keep events of this `TYPE` (none: untyped); repeatable")
	flag.StringVar(&o.Filter.Since, "since", "", "keep events from `DATE` (YYYY-MM-DD, YYYY-MM, YYYY)")
	flag.StringVar(&o.Filter.Until, "until", "", "keep events up to `DATE`")
	flag.StringVar(&o.Filter.Status, "status", "", "keep events of this `STATUS`: happened or planned")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: tarikh-beam --input PATTERN --output FILE [flags] [Beam runner flags]\n\n"+
			"Examples:\n"+
			"  tarikh-beam --input 'news/*.jsonl' --output timeline.csv\n"+
			"  tarikh-beam --input 'gs://b/news/*.jsonl.gz' --output gs://b/timeline.csv --runner dataflow \\\n"+
			"      --project P --region europe-west1 --temp_location gs://b/tmp\n\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	o.Inputs, o.Filter.Entities, o.Filter.Types = inputs, entities, types
	if err := o.Check(); err != nil {
		fmt.Fprintf(os.Stderr, "tarikh-beam: %v\n", err)
		os.Exit(2)
	}
	beam.Init()
	p, s := beam.NewPipelineWithRoot()
	tarikhbeam.Build(s, o)
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintf(os.Stderr, "tarikh-beam: %v\n", err)
		os.Exit(3)
	}
}
