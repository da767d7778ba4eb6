// Package extract turns one article's text into an analysed document: its
// normalized text with the offset map, tokens, sentences, the gazetteer
// entities it mentions and its temporal expressions.
package extract

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

// TimexFinder finds and resolves temporal expressions; *temporal.Recognizer
// is the implementation.
type TimexFinder interface {
	Find(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time) []temporal.Timex
}

// Document is one analysed article.
type Document struct {
	Text      *textnorm.Text
	Tokens    []textnorm.Token
	Sentences []textnorm.Sentence
	Lang      textnorm.Lang
	Mentions  []Mention
	// Timexes are the temporal expressions, resolved against the DCT.
	Timexes []temporal.Timex
	// DCT is the article's date, zero when unknown.
	DCT time.Time
	// DCTFromText: the text corrected the date the article was given
	// (see ArticleDater); DCT is the corrected one.
	DCTFromText bool
	// Byline is the article's byline as its source gives it apart from
	// the text (the JSONL "author" field), "" when none: the assembler
	// tells an opinion column by it.
	Byline string
	// URL is the article's address (the JSONL "url", an HTML page's
	// canonical link), "" when none: the assembler tells an opinion page
	// by it too.
	URL string
	// sc is the Scratch the Document was analysed into (nil: none).
	sc *Scratch
}

// Extractor analyses articles against one gazetteer index. It is safe for
// concurrent use.
type Extractor struct {
	ix    *gazetteer.Index
	split *textnorm.Splitter
	dates TimexFinder
	// Discovery (WithDiscovery): the labeller per language, where it runs,
	// and the gazetteer's names by loose key. lazy (WithModelLoader) loads a
	// language's labeller at its first article instead: read-only after
	// New, each function loads once.
	models map[textnorm.Lang]*ner.Model
	lazy   map[textnorm.Lang]func() (*ner.Model, error)
	scope  Scope
	loose  map[string][]*gazetteer.Entity
	// titles are the definite Arabic titles of lang/ar/ner_cues.yaml
	// (الدكتور, الشيخ), normalized: a place's name right after one is a
	// person's (الدكتور أبو كمال).
	titles map[string]bool
	// actors are the actor nouns and country adjectives of
	// lang/<code>/actors.yaml (see actorCountries).
	actors *actorLexicon
	// namesakes maps a club with sports-only bare names to the other
	// countries' clubs of the same name (clubNamesakes).
	namesakes map[int32][]int32
	// clubNouns are the clubs' bare names that are also common nouns, by
	// normalized word (loadClubNouns).
	clubNouns map[string]*nounSense
}

// New returns an Extractor matching the entities of ix and, when dates is
// not nil, finding temporal expressions with it.
func New(ix *gazetteer.Index, dates TimexFinder, opts ...Option) (*Extractor, error) {
	sp, err := textnorm.NewSplitter()
	if err != nil {
		return nil, fmt.Errorf("extract: sentence model: %w", err)
	}
	titles, err := loadTitles()
	if err != nil {
		return nil, err
	}
	actors, err := loadActors(ix.Gazetteer())
	if err != nil {
		return nil, err
	}
	clubNouns, err := loadClubNouns()
	if err != nil {
		return nil, err
	}
	x := &Extractor{ix: ix, split: sp, dates: dates, titles: titles, actors: actors,
		namesakes: clubNamesakes(ix), clubNouns: clubNouns}
	for _, o := range opts {
		o(x)
	}
	return x, nil
}

// loadTitles reads the definite titles (the article ال and a word) of
// lang/ar/ner_cues.yaml, normalized.
func loadTitles() (map[string]bool, error) {
	f, err := lang.LoadNERCues("ar")
	if err != nil {
		return nil, fmt.Errorf("extract: titles: %w", err)
	}
	ar, err := lang.LoadArabic()
	if err != nil {
		return nil, fmt.Errorf("extract: titles: %w", err)
	}
	titles := map[string]bool{}
	for _, t := range f.Titles {
		if strings.HasPrefix(t, ar.Article) {
			titles[textnorm.NormString(t)] = true
		}
	}
	return titles, nil
}

// Index returns the gazetteer index the extractor matches against.
func (x *Extractor) Index() *gazetteer.Index { return x.ix }

// ArticleDater corrects an article's date from its text (a dateline, a
// weekday said with today in the lead); *temporal.Recognizer is one.
type ArticleDater interface {
	ArticleDate(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time, dateline string) (time.Time, bool)
}

// articleDateFinder is an ArticleDater that also finds the dates against
// the date it returns, in one pass over the lead (*temporal.Recognizer's
// ArticleDateFind: the results of ArticleDate, then Find).
type articleDateFinder interface {
	ArticleDateFind(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time, dateline string) (time.Time, bool, []temporal.Timex)
}

// Analyze normalizes, tokenizes and splits text and finds its mentions.
// dct is the article's date, the zero time when it is unknown; it decides
// which entity a role description stands for. When the date finder is an
// ArticleDater and the text corrects dct, Document.DCT is the corrected
// date and DCTFromText is set.
func (x *Extractor) Analyze(ctx context.Context, text string, dct time.Time) (*Document, error) {
	return x.AnalyzeDateline(ctx, text, "", dct)
}

// AnalyzeDateline is Analyze for an article with a dateline given apart
// from its text (the "dateline" of a Reuters JSONL line).
func (x *Extractor) AnalyzeDateline(ctx context.Context, text, dateline string, dct time.Time) (*Document, error) {
	return x.AnalyzeReusing(ctx, text, dateline, dct, nil)
}

// Scratch holds the largest arrays of a Document (its text's offset tables
// and its tokens) for AnalyzeReusing to write the next Document's over. A
// Scratch serves one goroutine at a time.
type Scratch struct {
	t    *textnorm.Text
	toks []textnorm.Token
	// The mentions' words and each token's word index (wordIndex).
	words  *gazetteer.Words
	wordOf []int
}

// AnalyzeReusing is AnalyzeDateline writing the offset tables of the text
// and the tokens over those of the Document that the last call with sc
// returned (sc nil: new ones, as AnalyzeDateline does). That Document's
// Text and Tokens, and whatever holds them, must not be used after; the
// strings sliced from them (the normalized and the original text) stay
// valid. For a caller that analyses article after article and is done with
// each Document before the next: the tables take five bytes per byte of
// text and the tokens about four, and allocated anew for every article
// they were a third of what analysing it allocates.
func (x *Extractor) AnalyzeReusing(ctx context.Context, text, dateline string, dct time.Time, sc *Scratch) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var t *textnorm.Text
	var toks []textnorm.Token
	if sc != nil {
		t = textnorm.NormalizeReusing(text, sc.t)
		toks = t.TokenizeAppend(sc.toks)
		sc.t, sc.toks = t, toks
	} else {
		t = textnorm.Normalize(text)
		toks = t.Tokenize()
	}
	d := &Document{Text: t, Tokens: toks, Lang: textnorm.DetectLang(toks, t), DCT: dct, sc: sc}
	// The dates come before the mentions: discovery leaves dates out of
	// names and may run only where a date makes an event.
	if adf, ok := x.dates.(articleDateFinder); ok {
		c, ok, found := adf.ArticleDateFind(t, toks, d.Lang, dct, dateline)
		if ok {
			d.DCT, d.DCTFromText = c, true
		}
		d.Timexes = found
	} else {
		if ad, ok := x.dates.(ArticleDater); ok {
			if c, ok := ad.ArticleDate(t, toks, d.Lang, dct, dateline); ok {
				d.DCT, d.DCTFromText, dct = c, true, c
			}
		}
		if x.dates != nil {
			d.Timexes = x.dates.Find(t, toks, d.Lang, dct)
		}
	}
	d.Sentences = x.split.Split(t, toks, d.Lang)
	if load := x.lazy[d.Lang]; load != nil {
		if _, err := load(); err != nil {
			return nil, err
		}
	}
	d.Mentions = x.mentions(d)
	d.sc = nil // the next call with sc writes over it
	return d, nil
}

// SentenceOf returns the index of the sentence holding token tok, or -1.
func (d *Document) SentenceOf(tok int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case tok < s.TokStart:
			hi = m
		case tok >= s.TokEnd:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
