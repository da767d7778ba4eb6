// Package tarikhbeam is tarikh's timeline as an Apache Beam pipeline, for
// archives too large for one machine. It is built on tarikh's own packages
// and gives the rows of one `tarikh events` run over the same articles:
//
//  1. the files of the input patterns are matched and read through Beam's
//     filesystems (local, gs://, s3://), each article with its own date as
//     tarikh reads it (input.ReadFrom: .txt, .jsonl, .jsonl.gz, .html);
//  2. the articles are reshuffled, and each article's events are found in a
//     ParDo and written as the per-article schema of `tarikh events
//     --per-article` (docs/per-article.md): the article's line, and each
//     event's line keyed by its merge shard (timeline.ShardKey);
//  3. a GroupByKey on the shard key brings each shard's events together and
//     timeline.MergeShard merges them, in their order in the run;
//  4. one last step (a ParDo on an impulse, whose side inputs are every
//     shard's merged events, every article's references and the spellings
//     of discovered names) puts the shards together, scores importance and
//     writes the timeline as one file through Beam's filesystem.
//
// Events of different shards never merge (timeline.ShardKey), so the last
// step reconciles nothing: it only orders, scores and writes. The wire
// format between steps 2 and 3 is the documented per-article schema.
package tarikhbeam

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	// The filesystems the pipeline reads and writes: local, gs://, s3://.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/tarikh/tarikh"
	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/format"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Article), error](&readFn{})
	register.DoFn4x1[context.Context, Article, func(string), func(string, string), error](&analyzeFn{})
	register.DoFn5x1[context.Context, string, func(*string) bool, func(string), func(string, int), error](&mergeShardFn{})
	register.DoFn5x1[context.Context, []byte, func(*string) bool, func(*string) bool, func(*string, *int) bool, error](&writeFn{})
	register.Emitter1[Article]()
	register.Emitter1[string]()
	register.Emitter2[string, string]()
	register.Emitter2[string, int]()
	register.Iter1[string]()
	register.Iter2[string, int]()
}

// Options say what the pipeline reads and writes, and how.
type Options struct {
	// Inputs are file patterns of Beam's filesystems: a path or glob, local
	// or gs://bucket/..., s3://bucket/... (a pattern that matches nothing
	// is an error).
	Inputs []string
	// Output is the file the timeline is written to, through Beam's
	// filesystem (written under a temporary name and renamed when the
	// filesystem can rename).
	Output string
	// Format is an output format of tarikh events: csv (default),
	// timelinejs or jsonl (format.Names; html is tarikh chart's).
	Format string
	// Lang is the language of headlines and labels: en (default) or ar.
	Lang string
	// Top keeps the Top most important events that Filter keeps (0: all).
	Top int
	// Filter keeps the events it passes, as tarikh events' filter flags.
	Filter timeline.FilterSpec
}

// Check reports options that cannot work, before anything runs.
func (o *Options) Check() error {
	if len(o.Inputs) == 0 {
		return fmt.Errorf("no input: give --input PATTERN")
	}
	if o.Output == "" {
		return fmt.Errorf("no output: give --output FILE")
	}
	if o.Format == "" {
		o.Format = "csv"
	}
	if _, err := format.Lookup(o.Format); err != nil {
		return err
	}
	if o.Format == "html" {
		return fmt.Errorf("--format html is tarikh chart's: give csv, timelinejs or jsonl")
	}
	if o.Lang == "" {
		o.Lang = "en"
	}
	if o.Lang != "en" && o.Lang != "ar" {
		return fmt.Errorf("unknown --lang %q (want en or ar)", o.Lang)
	}
	if o.Top < 0 {
		return fmt.Errorf("--top %d: want 0 (all) or more", o.Top)
	}
	e, err := tarikh.New(tarikh.Options{Lang: o.Lang, Discover: tarikh.DiscoverOff})
	if err != nil {
		return err
	}
	if _, _, err := timeline.NewFilter(o.Filter, e.Gazetteer(), e.Lexicon().Types()); err != nil {
		return err
	}
	return nil
}

// Build adds the pipeline of o to s. Call o.Check first.
func Build(s beam.Scope, o Options) {
	var files []beam.PCollection
	for _, in := range o.Inputs {
		files = append(files, fileio.MatchFiles(s.Scope("match"), in, fileio.MatchEmptyDisallow()))
	}
	matched := beam.Flatten(s, files...)
	// Gzip is undone by input.ReadFrom, which knows .jsonl.gz.
	readable := fileio.ReadMatches(s, matched, fileio.ReadUncompressed())
	articles := beam.ParDo(s.Scope("read"), &readFn{}, readable)
	articles = beam.Reshuffle(s, articles)
	refs, events := beam.ParDo2(s.Scope("events"), &analyzeFn{Lang: o.Lang}, articles)
	shards := beam.GroupByKey(s, events)
	merged, spellings := beam.ParDo2(s.Scope("merge"), &mergeShardFn{}, shards)
	beam.ParDo0(s.Scope("write"), &writeFn{Output: o.Output, Format: o.Format, Lang: o.Lang, Top: o.Top, Filter: o.Filter},
		beam.Impulse(s), beam.SideInput{Input: merged}, beam.SideInput{Input: refs}, beam.SideInput{Input: spellings})
}

// Article is one article between the reading and the analysis: an
// input.Article whose date is text, so that Beam's coders carry it.
type Article struct {
	ID, Path  string
	Line      int
	Text      string
	Title     string
	URL       string
	Dateline  string
	Author    string // the byline (JSONL "author"): it tells an opinion column
	DCT       string // RFC 3339, "" when unknown
	DCTSource string
}

func fromInput(a *input.Article) Article {
	x := Article{ID: a.ID, Path: a.Path, Line: a.Line, Text: a.Text, Title: a.Title, URL: a.URL,
		Dateline: a.Dateline, Author: a.Author, DCTSource: string(a.DCTSource)}
	if !a.DCT.IsZero() {
		x.DCT = a.DCT.Format(time.RFC3339Nano)
	}
	return x
}

func (x Article) input() (*input.Article, error) {
	a := &input.Article{ID: x.ID, Path: x.Path, Line: x.Line, Text: x.Text, Title: x.Title, URL: x.URL,
		Dateline: x.Dateline, Author: x.Author, DCTSource: input.DCTSource(x.DCTSource)}
	if x.DCT != "" {
		t, err := time.Parse(time.RFC3339Nano, x.DCT)
		if err != nil {
			return nil, fmt.Errorf("%s: bad date %q: %w", x.ID, x.DCT, err)
		}
		a.DCT = t
	}
	return a, nil
}

var (
	articlesRead   = beam.NewCounter("tarikh", "articles_read")
	articlesFailed = beam.NewCounter("tarikh", "articles_failed")
	eventsFound    = beam.NewCounter("tarikh", "events")
	linesBad       = beam.NewCounter("tarikh", "per_article_lines_bad")
)

// readFn reads the articles of one file, as tarikh reads a file of its
// name. An article that cannot be read is logged and counted, and the
// reading goes on.
type readFn struct {
	dates input.DateReader
}

func (f *readFn) Setup() error {
	// The date rules read dates written in words in date lines and pages.
	e, err := tarikh.New(tarikh.Options{Discover: tarikh.DiscoverOff})
	if err != nil {
		return err
	}
	f.dates = e.Recognizer()
	return nil
}

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Article)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		articlesFailed.Inc(ctx, 1)
		log.Errorf(ctx, "tarikh: %s: %v", file.Metadata.Path, err)
		return nil
	}
	defer rc.Close()
	opt := input.Options{Dates: f.dates, Warn: func(e *input.Error) { log.Warnf(ctx, "tarikh: warning: %v", e) }}
	return input.ReadFrom(ctx, rc, file.Metadata.Path, opt, func(a *input.Article, e *input.Error) error {
		if e != nil {
			articlesFailed.Inc(ctx, 1)
			log.Errorf(ctx, "tarikh: %v", e)
			return nil
		}
		articlesRead.Inc(ctx, 1)
		emit(fromInput(a))
		return nil
	})
}

// analyzeFn finds one article's events, as tarikh events does, and emits
// the article's per-article line (with what it refers to) and each event's
// line keyed by the event's merge shard.
type analyzeFn struct {
	Lang string

	x   *extract.Extractor
	asm *timeline.Assembler
}

func (f *analyzeFn) Setup() error {
	e, err := tarikh.New(tarikh.Options{Lang: f.Lang})
	if err != nil {
		return err
	}
	f.x, f.asm = e.Extractor(), timeline.NewAssembler(e.Lexicon(), f.Lang)
	return nil
}

func (f *analyzeFn) ProcessElement(ctx context.Context, x Article, emitArticle func(string), emitEvent func(string, string)) error {
	a, err := x.input()
	if err != nil {
		articlesFailed.Inc(ctx, 1)
		log.Errorf(ctx, "tarikh: %v", err)
		return nil
	}
	lines, keys, err := perArticle(ctx, f.x, f.asm, a)
	if err != nil {
		articlesFailed.Inc(ctx, 1)
		log.Errorf(ctx, "tarikh: %s: %v", a.ID, err)
		return nil
	}
	emitArticle(lines[0])
	for i, k := range keys {
		emitEvent(k, lines[i+1])
	}
	eventsFound.Inc(ctx, int64(len(keys)))
	return nil
}

// perArticle finds the events of a and returns its per-article lines (the
// article's, then one per event) and each event's shard key.
func perArticle(ctx context.Context, x *extract.Extractor, asm *timeline.Assembler, a *input.Article) (lines, keys []string, err error) {
	_, r, err := tarikh.Report(ctx, x, asm, a)
	if err != nil {
		return nil, nil, err
	}
	var buf bytes.Buffer
	w := format.NewPerArticleWriter(&buf)
	if err := w.Write(format.ArticleInfo{Doc: a.ID, Src: a.Path, Line: a.Line, URL: a.URL, Title: a.Title,
		DCT: a.DCT, DCTSource: string(a.DCTSource)}, r); err != nil {
		return nil, nil, err
	}
	if err := w.Close(); err != nil {
		return nil, nil, err
	}
	lines = strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 1+len(r.Events) {
		return nil, nil, fmt.Errorf("per-article lines: %d for %d events", len(lines), len(r.Events))
	}
	keys = make([]string, len(r.Events))
	for i := range r.Events {
		keys[i] = timeline.ShardKey(&r.Events[i])
	}
	return lines, keys, nil
}

// mergeShardFn merges the events of one shard (timeline.MergeShard) and
// emits the merged events and the spellings of their discovered names.
type mergeShardFn struct {
	lx     *timeline.Lexicon
	places timeline.Places
}

func (f *mergeShardFn) Setup() error {
	e, err := tarikh.New(tarikh.Options{Discover: tarikh.DiscoverOff})
	if err != nil {
		return err
	}
	f.lx, f.places = e.Lexicon(), e.Gazetteer()
	return nil
}

func (f *mergeShardFn) ProcessElement(ctx context.Context, key string, lines func(*string) bool,
	emitMerged func(string), emitSpelling func(string, int)) error {
	arrivals, err := readArrivals(ctx, key, lines)
	if err != nil {
		return err
	}
	spellings := map[string]int{}
	for i := range arrivals {
		e := &arrivals[i].Event
		for _, l := range [][]timeline.Entity{e.People, e.Places, e.Organizations} {
			for _, x := range l {
				if extract.IsDiscoveredID(x.ID) {
					spellings[x.ID+"\x00"+x.NameAr]++
				}
			}
		}
	}
	for k, n := range spellings {
		emitSpelling(k, n)
	}
	for _, x := range timeline.MergeShard(arrivals, f.lx, f.places) {
		b, err := encodeMerged(&x)
		if err != nil {
			return err
		}
		emitMerged(b)
	}
	return nil
}

// readArrivals reads the per-article event lines of one shard; an event
// given twice (the same article read twice) counts once.
func readArrivals(ctx context.Context, key string, lines func(*string) bool) ([]timeline.Arrival, error) {
	seen := map[timeline.Order]bool{}
	var out []timeline.Arrival
	var line string
	for lines(&line) {
		err := format.ReadPerArticle(strings.NewReader(line), "shard "+key, func(rec format.PerArticleRecord) error {
			if rec.Event == nil {
				return fmt.Errorf("shard %s: an article line among the events", key)
			}
			if !seen[rec.Event.Order] {
				seen[rec.Event.Order] = true
				out = append(out, *rec.Event)
			}
			return nil
		}, func(e *format.LineError) {
			linesBad.Inc(ctx, 1)
			log.Errorf(ctx, "tarikh: %v", e)
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// wireMerged is a merged event between the shard merge and the last step.
type wireMerged struct {
	Event      timeline.Event `json:"event"`
	Start      string         `json:"start"`
	End        string         `json:"end"`
	Order      timeline.Order `json:"order"`
	Prominence []uint8        `json:"prominence"`
}

func encodeMerged(x *timeline.MergedEvent) (string, error) {
	b, err := json.Marshal(wireMerged{Event: x.Event, Start: x.StartDate.Format(time.RFC3339Nano),
		End: x.EndDate.Format(time.RFC3339Nano), Order: x.Order, Prominence: x.Prominence})
	return string(b), err
}

func decodeMerged(s string) (timeline.MergedEvent, error) {
	var w wireMerged
	if err := json.Unmarshal([]byte(s), &w); err != nil {
		return timeline.MergedEvent{}, fmt.Errorf("merged event: %w", err)
	}
	x := timeline.MergedEvent{Event: w.Event, Order: w.Order, Prominence: w.Prominence}
	var err error
	if x.StartDate, err = time.Parse(time.RFC3339Nano, w.Start); err != nil {
		return x, fmt.Errorf("merged event: %w", err)
	}
	if x.EndDate, err = time.Parse(time.RFC3339Nano, w.End); err != nil {
		return x, fmt.Errorf("merged event: %w", err)
	}
	return x, nil
}

// writeFn is the last step: it puts every shard's merged events together
// with every article's references (for the importance score) and the
// spellings of discovered names, and writes the timeline to Output.
type writeFn struct {
	Output string
	Format string
	Lang   string
	Top    int
	Filter timeline.FilterSpec

	e *tarikh.Engine
}

func (f *writeFn) Setup() error {
	e, err := tarikh.New(tarikh.Options{Lang: f.Lang, Discover: tarikh.DiscoverOff})
	f.e = e
	return err
}

func (f *writeFn) ProcessElement(ctx context.Context, _ []byte, merged, articles func(*string) bool, spellings func(*string, *int) bool) error {
	m, err := timeline.NewSpillingMerger("")
	if err != nil {
		return err
	}
	defer m.Close()
	lx := f.e.Lexicon()
	m.SetLexicon(lx)
	m.SetPlaces(f.e.Gazetteer())
	seen := map[timeline.Order]bool{}
	var line string
	for articles(&line) {
		err := format.ReadPerArticle(strings.NewReader(line), "articles", func(rec format.PerArticleRecord) error {
			if rec.Article == nil {
				return fmt.Errorf("an event line among the articles")
			}
			k := timeline.Order{Src: rec.Article.Src, Line: rec.Article.Line}
			if !seen[k] { // an article read twice counts once
				seen[k] = true
				m.AddRefs(rec.Refs)
			}
			return nil
		}, func(e *format.LineError) {
			linesBad.Inc(ctx, 1)
			log.Errorf(ctx, "tarikh: %v", e)
		})
		if err != nil {
			return err
		}
	}
	var key string
	var n int
	for spellings(&key, &n) {
		id, name, _ := strings.Cut(key, "\x00")
		m.AddSpellings(id, name, n)
	}
	for merged(&line) {
		x, err := decodeMerged(line)
		if err != nil {
			return err
		}
		m.Put(x)
	}
	filter, _, err := timeline.NewFilter(f.Filter, f.e.Gazetteer(), lx.Types())
	if err != nil {
		return err
	}
	return writeFile(ctx, f.Output, func(w io.Writer) error {
		return writeTimeline(w, m, lx, filter, f.Format, f.Lang, f.Top)
	})
}

// writeTimeline writes the merged events of m that filter keeps (the top
// most important of them when top > 0) in the format called name, as
// tarikh events writes them.
func writeTimeline(w io.Writer, m *timeline.Merger, lx *timeline.Lexicon, filter *timeline.Filter, name, lang string, top int) error {
	f, err := format.Lookup(name)
	if err != nil {
		return err
	}
	fw, err := f.New(w, format.Options{Lang: lang, Lexicon: lx})
	if err != nil {
		return err
	}
	err = m.EachTop(top, filter.Keep, func(e *timeline.Event) error {
		e.Headline = lx.Headline(e, lang)
		return fw.Write(e)
	})
	if err != nil {
		return err
	}
	return fw.Close()
}

// writeFile writes path through Beam's filesystem: under a temporary name
// renamed to path when the filesystem can rename, so that the file is
// complete or absent.
func writeFile(ctx context.Context, path string, write func(io.Writer) error) (err error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	rn, canRename := fs.(filesystem.Renamer)
	name := path
	if canRename {
		name = fmt.Sprintf("%s.tmp-%d", path, time.Now().UnixNano())
	}
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := write(w); err != nil {
		w.Close()
		removeFile(ctx, fs, name)
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := w.Close(); err != nil {
		removeFile(ctx, fs, name)
		return fmt.Errorf("%s: %w", name, err)
	}
	if canRename {
		if err := rn.Rename(ctx, name, path); err != nil {
			removeFile(ctx, fs, name)
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}

func removeFile(ctx context.Context, fs filesystem.Interface, name string) {
	if r, ok := fs.(filesystem.Remover); ok {
		r.Remove(ctx, name)
	}
}
