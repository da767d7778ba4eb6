// Package tarikh is the library behind the tarikh command: it turns Arabic and
// English news articles into a dated timeline of events.
//
// An Engine holds what the work needs (the gazetteer of people, places and
// organizations, the date rules, the event lexicon) and is built once with
// New. Engine.Analyze gives one article's entity mentions, temporal
// expressions and events; a Timeline collects the events of many articles,
// merges the same event told by several of them, and returns them in date
// order with their importance — the rows of `tarikh events`. Engine.Read
// reads articles from files the way the command does (.txt, .jsonl(.gz),
// .html, directories), each with its own date.
//
// The results are the command's: a test runs the seed articles through this
// package and compares them with the command's golden files.
//
// The types in the answers (Event, Mention, Timex, Article) are those of the
// packages that make them (timeline, extract, extract/temporal, input); the
// aliases here spare a caller those imports.
package tarikh

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/input"
	"github.com/tarikh/tarikh/textnorm"
	"github.com/tarikh/tarikh/timeline"
	"github.com/tarikh/tarikh/timeline/format"
)

type (
	// Article is one news article: its text, its date (DCT; zero when
	// unknown), an id that names it in Event.Docs, and optionally its
	// address and the dateline of a wire story ("LONDON, March 23 -").
	Article = input.Article
	// Event is one dated row of the timeline.
	Event = timeline.Event
	// Mention is one place where an article names a gazetteer entity.
	Mention = extract.Mention
	// Timex is one temporal expression, resolved against the article's date.
	Timex = temporal.Timex
)

// Options say what an Engine knows. The zero value is the command's
// default: the built-in gazetteer, the built-in trigger words, headlines in
// English.
type Options struct {
	// Gazetteers are YAML gazetteer files added on top of the built-in one,
	// in order; an entity whose id is already taken replaces the earlier
	// one (with a warning). `tarikh gazetteer check FILE` checks a file.
	Gazetteers []string
	// NoBuiltin leaves the built-in gazetteer out: only Gazetteers are
	// matched.
	NoBuiltin bool
	// Triggers is a YAML file of extra trigger words and types, as the
	// command's --triggers; "" for none.
	Triggers string
	// Lang is the language of headlines and labels: "en" (the default) or
	// "ar". Articles in either language are read whatever it is.
	Lang string
	// Discover says where the Engine looks for the people, places and
	// organizations no gazetteer lists (name discovery, extract/ner):
	// DiscoverDated by default, as tarikh events does.
	Discover Discovery
	// Warn receives the gazetteer files' warnings, one line each
	// ("file:line:col warning: ..."); nil drops them.
	Warn func(string)
}

// Discovery says in which sentences an Engine discovers names the
// gazetteer lacks, with the sequence labeller of the article's language.
type Discovery uint8

// Where names are discovered.
const (
	// DiscoverDated: in the sentences that can become events (those with a
	// dating expression, and the headline), as tarikh events and chart do.
	DiscoverDated Discovery = iota
	// DiscoverAll: in every sentence, as tarikh mentions does.
	DiscoverAll
	// DiscoverOff: nowhere; only the gazetteer's names are found
	// (--no-discover).
	DiscoverOff
)

// scope is d as the extractor's scope.
func (d Discovery) scope() extract.Scope {
	switch d {
	case DiscoverAll:
		return extract.DiscoverAll
	case DiscoverOff:
		return extract.DiscoverOff
	}
	return extract.DiscoverDated
}

// Engine analyses articles. It is safe for concurrent use by several
// goroutines.
type Engine struct {
	lang string
	g    *gazetteer.Gazetteer
	lx   *timeline.Lexicon
	rec  *temporal.Recognizer
	x    *extract.Extractor
	asm  *timeline.Assembler
}

// New builds an Engine from opts. Its errors are configuration errors: a
// gazetteer or trigger file that does not load (with file:line:col), an
// empty gazetteer, an unknown language.
func New(opts Options) (*Engine, error) {
	lang := opts.Lang
	if lang == "" {
		lang = "en"
	}
	if lang != "en" && lang != "ar" {
		return nil, fmt.Errorf("tarikh: unknown headline language %q (want en or ar)", opts.Lang)
	}
	g, diags, err := LoadGazetteer(opts.Gazetteers, !opts.NoBuiltin)
	if opts.Warn != nil {
		for _, d := range diags {
			opts.Warn(d.String())
		}
	}
	if err != nil {
		return nil, err
	}
	lx, err := timeline.LoadLexicon(opts.Triggers)
	if err != nil {
		return nil, err
	}
	x, rec, err := NewExtractor(g, opts.Discover.scope())
	if err != nil {
		return nil, err
	}
	return &Engine{lang: lang, g: g, lx: lx, rec: rec, x: x, asm: timeline.NewAssembler(lx, lang)}, nil
}

// LoadGazetteer builds a gazetteer: the built-in one when builtin is true,
// then every file of files on top, in order. An entity of a file whose id is
// already taken replaces the earlier one, with a warning naming both
// places. The diagnostics are the files' warnings, and are returned (those
// of the files read so far) with an error too. An empty gazetteer is an
// error.
func LoadGazetteer(files []string, builtin bool) (*gazetteer.Gazetteer, gazetteer.Diagnostics, error) {
	g := gazetteer.New()
	if builtin {
		b, err := gazetteer.Builtin()
		if err != nil {
			return nil, nil, err
		}
		g = b // a fresh gazetteer, ours to add to
	}
	var all gazetteer.Diagnostics
	for _, p := range files {
		u, diags, err := gazetteer.LoadFile(p)
		if err != nil {
			return nil, all, err
		}
		all = append(all, diags...)
		all = append(all, gazetteer.Replacements(g, u)...)
		g.Merge(u)
	}
	if len(g.Entities) == 0 {
		return nil, all, errors.New("the gazetteer is empty: drop --no-builtin or add --gazetteer FILE")
	}
	return g, all, nil
}

// NewExtractor builds the extractor of mentions and dates over g, with
// name discovery in the sentences scope says, and returns it with its date
// rules.
func NewExtractor(g *gazetteer.Gazetteer, scope extract.Scope) (*extract.Extractor, *temporal.Recognizer, error) {
	// The gazetteer's index takes longest to build: the date rules load
	// beside it (start-up is most of a small run's time), each labeller at
	// the first article in its language.
	type built struct {
		ix  *gazetteer.Index
		err error
	}
	ixc := make(chan built, 1)
	go func() {
		ix, err := gazetteer.NewIndex(g)
		ixc <- built{ix, err}
	}()
	rec, err := temporal.New()
	b := <-ixc
	if b.err != nil {
		return nil, nil, b.err
	}
	if err != nil {
		return nil, nil, err
	}
	if scope == extract.DiscoverOff {
		x, err := extract.New(b.ix, rec)
		return x, rec, err
	}
	// Each language's labeller loads at its first article: a run on
	// Arabic articles only never loads the English one.
	builtin := func(l textnorm.Lang) (*ner.Model, error) { return ner.Builtin(string(l)) }
	x, err := extract.New(b.ix, rec, extract.WithModelLoader(builtin, []textnorm.Lang{textnorm.Arabic, textnorm.English}, scope))
	return x, rec, err
}

// Gazetteer returns the gazetteer the Engine matches.
func (e *Engine) Gazetteer() *gazetteer.Gazetteer { return e.g }

// Lexicon returns the event knowledge (types, trigger words, labels).
func (e *Engine) Lexicon() *timeline.Lexicon { return e.lx }

// Extractor returns the extractor of mentions and dates, for finer control.
func (e *Engine) Extractor() *extract.Extractor { return e.x }

// Recognizer returns the date rules, which also read dates written in words
// in articles' date lines (input.Options.Dates).
func (e *Engine) Recognizer() *temporal.Recognizer { return e.rec }

// Analysis is what one article gives.
type Analysis struct {
	// DCT is the article's date the analysis used: the article's own, or
	// one its text corrects it to (DCTFromText).
	DCT         time.Time
	DCTFromText bool
	// Lang is the article's dominant language: "ar" or "en".
	Lang string
	// Mentions are the gazetteer entities the article names, in text order.
	Mentions []Mention
	// Dates are its temporal expressions, in text order.
	Dates []Timex
	// Events are its own dated events, headlined, before any merging.
	Events []Event

	report timeline.Report
}

// Analyze finds one article's mentions, dates and events. Offsets in
// Mention and Timex are code points of a.Text.
func (e *Engine) Analyze(ctx context.Context, a *Article) (*Analysis, error) {
	d, r, err := Report(ctx, e.x, e.asm, a)
	if err != nil {
		return nil, err
	}
	evs := make([]Event, len(r.Events))
	for i := range r.Events {
		evs[i] = r.Events[i]
		evs[i].Headline = e.lx.Headline(&evs[i], e.lang)
	}
	return &Analysis{DCT: d.DCT, DCTFromText: d.DCTFromText, Lang: string(d.Lang),
		Mentions: d.Mentions, Dates: d.Timexes, Events: evs, report: r}, nil
}

// Report finds the events of one article with x and asm: its text read
// with its dateline and date, its byline told to the assembler (an opinion
// column's), each event stamped with its URL. It returns the analysed
// document too. The Engine, `tarikh events` and the Beam pipeline all call
// it, so that a field of the article the assembler reads reaches it on
// every path.
func Report(ctx context.Context, x *extract.Extractor, asm *timeline.Assembler, a *Article) (*extract.Document, timeline.Report, error) {
	return ReportReusing(ctx, x, asm, a, nil)
}

// ReportReusing is Report analysing the article with
// extract.Extractor.AnalyzeReusing: the Document it returns holds arrays of
// sc, which the next call with sc writes over (nil: none, as Report).
func ReportReusing(ctx context.Context, x *extract.Extractor, asm *timeline.Assembler, a *Article, sc *extract.Scratch) (*extract.Document, timeline.Report, error) {
	d, err := x.AnalyzeReusing(ctx, a.Text, a.Dateline, a.DCT, sc)
	if err != nil {
		return nil, timeline.Report{}, err
	}
	d.Byline, d.URL = a.Author, a.URL
	r := asm.Report(d, a.ID)
	if a.URL != "" {
		for i := range r.Events {
			r.Events[i].URLs = []string{a.URL}
		}
	}
	return d, r, nil
}

// Read reads the articles of paths (files or directories of .txt,
// .jsonl(.gz), .html; "-" is stdin) in a stable order, each with its date as
// the command finds it, and calls fn with each article, or with the error of
// one that cannot be read (an *input.Error naming file and line); a bad
// article does not stop the reading, an error fn returns does. dct is the
// date of the articles whose date is found nowhere else (zero for none).
func (e *Engine) Read(ctx context.Context, paths []string, stdin io.Reader, dct time.Time, fn func(*Article, error) error) error {
	opt := input.Options{DCT: dct, Dates: e.rec}
	return input.Walk(ctx, paths, stdin, opt, func(a *input.Article, ie *input.Error) error {
		if ie != nil {
			return fn(nil, ie)
		}
		return fn(a, nil)
	})
}

// Timeline collects the events of many articles and merges the same event
// told by several of them. It is not safe for concurrent use: analyse
// articles concurrently with Engine.Analyze and add the analyses in input
// order with AddAnalysis for results that do not depend on scheduling.
type Timeline struct {
	e *Engine
	m *timeline.Merger
}

// NewTimeline returns an empty Timeline held in memory.
func (e *Engine) NewTimeline() *Timeline {
	m := timeline.NewMerger()
	m.SetLexicon(e.lx)
	m.SetPlaces(e.g)
	return &Timeline{e: e, m: m}
}

// Add analyses a and adds its events.
func (t *Timeline) Add(ctx context.Context, a *Article) (*Analysis, error) {
	an, err := t.e.Analyze(ctx, a)
	if err != nil {
		return nil, err
	}
	t.AddAnalysis(an)
	return an, nil
}

// AddAnalysis adds the events of an article the Timeline's Engine analysed.
func (t *Timeline) AddAnalysis(an *Analysis) { t.m.AddReport(an.report) }

// Len returns the number of distinct events so far.
func (t *Timeline) Len() int { return t.m.Len() }

// Events returns the merged events in date order, headlined in the Engine's
// language, with their importance (0–100).
func (t *Timeline) Events() ([]Event, error) {
	var out []Event
	err := t.m.Each(func(ev *Event) error {
		ev.Headline = t.e.lx.Headline(ev, t.e.lang)
		out = append(out, *ev)
		return nil
	})
	return out, err
}

// Write writes the merged events to w in one of the command's formats:
// "csv", "timelinejs", "jsonl" or "html" (see format.Names).
func (t *Timeline) Write(w io.Writer, formatName string) error {
	f, err := format.Lookup(formatName)
	if err != nil {
		return err
	}
	fw, err := f.New(w, format.Options{Lang: t.e.lang, Lexicon: t.e.lx})
	if err != nil {
		return err
	}
	if err := t.m.Each(func(ev *Event) error {
		ev.Headline = t.e.lx.Headline(ev, t.e.lang)
		return fw.Write(ev)
	}); err != nil {
		return err
	}
	return fw.Close()
}
