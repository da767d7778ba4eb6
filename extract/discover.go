package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

// Scope says in which sentences an Extractor discovers names the gazetteer
// lacks.
type Scope uint8

// Discovery scopes.
const (
	// DiscoverOff finds gazetteer names only.
	DiscoverOff Scope = iota
	// DiscoverAll runs the sequence labeller on every sentence.
	DiscoverAll
	// DiscoverDated runs it on the sentences that can become events: those
	// holding a dating temporal expression, and the first (a headline).
	DiscoverDated
)

// Option configures an Extractor.
type Option func(*Extractor)

// WithDiscovery makes the Extractor find the people, places and
// organizations no gazetteer lists, with the sequence labeller of the
// article's language in models (a language without one gets none), in the
// sentences scope says.
func WithDiscovery(models map[textnorm.Lang]*ner.Model, scope Scope) Option {
	return func(x *Extractor) {
		if scope == DiscoverOff || len(models) == 0 {
			return
		}
		x.models, x.scope = models, scope
		x.loose = looseIndex(x.ix.Gazetteer(), x.ix.Article())
	}
}

// WithModelLoader is WithDiscovery with the labeller of each language of
// langs loaded by load at the first article in that language, not before:
// a run on articles of one language never loads the other's (a model takes
// tens of milliseconds of CPU to load). A load error is returned by that
// article's Analyze.
func WithModelLoader(load func(textnorm.Lang) (*ner.Model, error), langs []textnorm.Lang, scope Scope) Option {
	return func(x *Extractor) {
		if scope == DiscoverOff || len(langs) == 0 {
			return
		}
		x.lazy = make(map[textnorm.Lang]func() (*ner.Model, error), len(langs))
		for _, l := range langs {
			x.lazy[l] = sync.OnceValues(func() (*ner.Model, error) { return load(l) })
		}
		x.scope = scope
		x.loose = looseIndex(x.ix.Gazetteer(), x.ix.Article())
	}
}

// discovering reports whether the extractor runs a labeller
// (WithDiscovery, WithModelLoader).
func (x *Extractor) discovering() bool { return x.models != nil || x.lazy != nil }

// model returns the labeller of language l, nil when there is none (or it
// failed to load: AnalyzeDateline has returned the error then).
func (x *Extractor) model(l textnorm.Lang) *ner.Model {
	if load := x.lazy[l]; load != nil {
		m, _ := load()
		return m
	}
	return x.models[l]
}

// looseIndex maps the loose key of every gazetteer name (see looseKey) to
// the entities that bear it.
func looseIndex(g *gazetteer.Gazetteer, article string) map[string][]*gazetteer.Entity {
	n := 0
	for _, e := range g.Entities {
		n += len(e.Names.Ar) + len(e.Names.En)
	}
	out := make(map[string][]*gazetteer.Entity, n) // sized up front: not rehashed as it grows
	for _, e := range g.Entities {
		for _, names := range [][]string{e.Names.Ar, e.Names.En} {
			for _, n := range names {
				k := looseKey(gazetteer.WordTokens(n), article)
				if k == "" {
					continue
				}
				if l := out[k]; len(l) == 0 || l[len(l)-1] != e {
					out[k] = append(l, e)
				}
			}
		}
	}
	return out
}

// looseKey folds a name's normalized words into a key that spacing and the
// article do not change: "عبد الملك الحوثي" and "عبدالملك حوثي", "al-Houthi"
// and "Houthi" give the same one.
func looseKey(words []string, article string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "al", "el", "the":
			continue
		}
		if rest, ok := strings.CutPrefix(w, article); ok && utf8.RuneCountInString(rest) >= 2 {
			w = rest
		}
		b.WriteString(w)
	}
	return b.String()
}

// gazType is the gazetteer type of a labeller type (Misc has none).
func gazType(t ner.Type) (gazetteer.Type, bool) {
	switch t {
	case ner.Person:
		return gazetteer.Person, true
	case ner.Location:
		return gazetteer.Place, true
	case ner.Organization:
		return gazetteer.Organization, true
	}
	return "", false
}

// idPrefix is the start of a discovered entity's id, by type.
var idPrefix = map[gazetteer.Type]string{gazetteer.Person: "per:", gazetteer.Place: "loc:", gazetteer.Organization: "org:"}

// IsDiscovered reports whether e was made for a discovered name rather than
// read from a gazetteer.
func IsDiscovered(e *gazetteer.Entity) bool {
	return e != nil && IsDiscoveredID(e.ID)
}

// IsDiscoveredID reports whether id is the id of a discovered name
// ("per:...", "loc:...", "org:..."; gazetteer ids have no colon).
func IsDiscoveredID(id string) bool { return strings.IndexByte(id, ':') == 3 }

// discoverer holds the state of discovery over one article.
type discoverer struct {
	x     *Extractor
	m     *ner.Model
	t     *textnorm.Text
	toks  []textnorm.Token
	ents  map[string]*gazetteer.Entity // discovered entities by id
	hints []ner.Hint
}

// discover runs the sequence labeller over the sentences in the extractor's
// scope and returns the names it finds that no gazetteer mention in ms
// overlaps. An ambiguous gazetteer mention whose candidates differ in type
// keeps only the candidates of the type the labeller gives it.
func (x *Extractor) discover(d *Document, found []gazetteer.Match, ms []Mention) ([]Mention, []bool) {
	m := x.model(d.Lang)
	if m == nil || len(d.Tokens) == 0 {
		return nil, nil
	}
	veto := make([]bool, len(ms))
	ds := &discoverer{x: x, m: m, t: d.Text, toks: d.Tokens, ents: map[string]*gazetteer.Entity{}, hints: make([]ner.Hint, len(d.Tokens))}
	nameHints(x.ix, found, ds.hints)
	covered := coveredTokens(ms, len(d.Tokens))
	inTimex := make([]bool, len(d.Tokens))
	for _, tx := range d.Timexes {
		for k := tx.Tok; k < tx.TokEnd && k < len(inTimex); k++ {
			inTimex[k] = true
		}
	}
	sents := ds.labelSentences(d, ms)
	if x.scope == DiscoverAll {
		// Pass 2: the names found become the article's own gazetteer;
		// the sentences where it says something new are labelled again,
		// so that a name found once is found where the article repeats
		// it. (Not where only dated windows are read: there are few
		// repeats to find, and the time is better saved.)
		ds.relabel(d, sents, inTimex)
	}
	var out []Mention
	for _, sl := range sents {
		sl.spans = ds.definiteOrgs(sl, covered, inTimex)
		sl.spans = ds.quotedOrgs(sl, covered, inTimex)
		sl.spans = ds.placeOrgs(sl, ms, covered, inTimex)
		sl.spans = ds.facilities(sl, ms, covered, inTimex)
		sl.spans = ds.bodyOrgs(sl, covered, inTimex)
		sl.spans = ds.companyOrgs(sl, ms, covered, inTimex)
		sl.spans = ds.orgAdjectives(sl, ms, covered, inTimex)
		ds.vetoes(sl, ms, veto)
		out = ds.newMentions(out, sl, ms, covered, inTimex, veto)
	}
	return out, veto
}

// coveredTokens returns, for each of n tokens, the index+1 of the gazetteer
// mention in ms it lies in, or 0.
func coveredTokens(ms []Mention, n int) []int32 {
	covered := make([]int32, n)
	for i, mn := range ms {
		for k := mn.Tok; k < mn.TokEnd; k++ {
			covered[k] = int32(i + 1)
		}
	}
	return covered
}

// labelSentences is discovery's first pass: it labels every sentence in
// scope (but a headline in capitals), weighing the one-word gazetteer
// matches in it.
func (ds *discoverer) labelSentences(d *Document, ms []Mention) []sentLabels {
	var sents []sentLabels
	next := 0 // first gazetteer mention not before the sentence
	lead := leadSentences(d)
	for si, s := range d.Sentences {
		if ds.shouting(s.TokStart, s.TokEnd) {
			continue // a headline in capitals: capitals say nothing of names
		}
		for _, r := range ds.x.ranges(d, s, si < lead) {
			for next < len(ms) && ms[next].Tok < r.from {
				next++
			}
			sl := ds.checks(ms, next, r.from, r.to)
			sl.rest = r.rest
			sl.spans, sl.margins = ds.m.LabelChecked(d.Text, d.Tokens, r.from, r.to, ds.hints, nil, sl.checks, nil)
			sl.spans = ds.repair(sl.spans, r.to)
			sents = append(sents, sl)
		}
	}
	return sents
}

// checks starts the labels of tokens from to to with what the labeller is
// to weigh: one check per type of the candidates of each one-word
// gazetteer mention in them (ms from next on), and the mention that owns it.
func (ds *discoverer) checks(ms []Mention, next, from, to int) sentLabels {
	sl := sentLabels{from: from, to: to}
	for gi := next; gi < len(ms) && ms[gi].Tok < to; gi++ {
		mn := &ms[gi]
		if mn.TokEnd > to || mn.Via == gazetteer.ViaRole || ds.words(mn.Tok, mn.TokEnd) > 1 {
			continue
		}
		var seen [4]bool
		for _, c := range mn.Candidates {
			if t := nerType(c.Type); !seen[t] {
				seen[t] = true
				sl.checks = append(sl.checks, ner.Span{Tok: mn.Tok, TokEnd: mn.TokEnd, Type: t})
				sl.owners = append(sl.owners, gi)
			}
		}
	}
	return sl
}

// vetoes sets veto[gi] for the one-word gazetteer mentions checked in sl
// that the labeller, seeing the gazetteer's word on it, reads with
// confidence as no name, or as a nationality ("Iraqi", Misc): one word is
// often a common word or another's name. A longer match, or a role
// description, stays.
func (ds *discoverer) vetoes(sl sentLabels, ms []Mention, veto []bool) {
	if sl.rest {
		return
	}
	for ci, gi := range sl.owners {
		if ci > 0 && sl.owners[ci-1] == gi {
			continue // the first of a mention's checks decides for all
		}
		margin := sl.margins[ci]
		for cj := ci + 1; cj < len(sl.owners) && sl.owners[cj] == gi; cj++ {
			margin = min(margin, sl.margins[cj])
		}
		mn := &ms[gi]
		// Only for a word the labeller saw in training: of one it never
		// saw ("داعش" for a model of 2006 news) its reading is weak.
		// A bare entry (an entity known by this one word alone: no
		// other name or spelling, no role, as in a list of names)
		// that is also one of the language's frequent common words
		// (سنة "year" in a list where it stood for the Sunnis) needs
		// no margin where the labeller reads it as no name at all:
		// that it prefers that reading is enough. An entity with more
		// to it (الطائف, Taif; "السوداني" for Mohammed Shia al-Sudani)
		// keeps the margin.
		word := ds.t.TokenText(ds.toks[mn.Tok])[ds.skipOf(mn):]
		lim := int64(vetoMargin)
		if bare(mn) && ds.m.Common(word) && !spanOver(sl.spans, mn.Tok, mn.TokEnd) {
			lim = 0
		}
		veto[gi] = margin > lim && ds.m.Seen(word)
		for _, sp := range sl.spans {
			if sp.Type != ner.Misc && sp.Tok < mn.TokEnd && mn.Tok < sp.TokEnd {
				veto[gi] = false
				break
			}
		}
	}
}

// newMentions appends to out the mentions of the names the labeller found
// in sl: trimmed, extended over the gazetteer mentions they touch, and not
// where a gazetteer mention stays (which then keeps only the candidates
// of the labeller's type).
func (ds *discoverer) newMentions(out []Mention, sl sentLabels, ms []Mention, covered []int32, inTimex, veto []bool) []Mention {
	for _, sp := range sl.spans {
		sp, ok := ds.trim(sp, inTimex)
		if !ok || ds.accusativeNisba(sp, sl.spans) {
			continue
		}
		sp = ds.extend(sp, ms, covered)
		sp = ds.personAfterOrg(sp, ms, covered)
		if ds.placeAndWords(sp, ms, covered) {
			continue
		}
		typ, ok := gazType(sp.Type)
		if !ok {
			continue
		}
		if sl.rest && ds.words(sp.Tok, sp.TokEnd) < 2 {
			continue // far from the date, one word ("محمد", "ريف") is too often no party
		}
		if g := overlapping(covered, sp); len(g) > 0 {
			if sl.rest {
				continue
			}
			if !ds.widens(ms, g, sp, typ, veto) {
				for _, gi := range g {
					narrow(&ms[gi], typ)
				}
				continue
			}
		}
		out = append(out, ds.mention(sp, typ))
	}
	return out
}

// personAfterOrg cuts a span of the labeller's that runs from a gazetteer
// organization's name on into a person's: "نادي أحد حامد الأحمدي" (SNN
// 2015-08-07 00654: Ohod Club's member Hamid al-Ahmadi) is the club, which
// the gazetteer knows, and a man. The organization's mention stays, and
// the rest, from the common given name right after it, is a person's
// name. (A longer name that holds a gazetteer name, "جامعة القاهرة",
// "وزارة الخارجية التركية", has no given name after the shorter one.)
func (ds *discoverer) personAfterOrg(sp ner.Span, ms []Mention, covered []int32) ner.Span {
	c := int(covered[sp.Tok]) - 1
	if c < 0 {
		return sp
	}
	m := &ms[c]
	if m.Tok != sp.Tok || m.TokEnd >= sp.TokEnd || m.Via == gazetteer.ViaRole || !only(*m, gazetteer.Organization) {
		return sp
	}
	k := m.TokEnd
	if tok := ds.toks[k]; tok.Kind != textnorm.Word || !tok.Arabic || !tok.Space || covered[k] != 0 || !ds.m.GivenName(ds.t.TokenText(tok)) {
		return sp
	}
	return ner.Span{Tok: k, TokEnd: sp.TokEnd, Type: ner.Person}
}

// placeAndWords reports a Latin span that is a country's abbreviated
// gazetteer mention (U.S., U.K.) and one or two common words after it, or
// words before a title, none an organization's head or tail: "U.S.
// Officials", "U.S. Owned" (the wire capitalizes the word after the
// abbreviation's full stop), "U.S. Defence" of "U.S. Defence Secretary
// Caspar Weinberger" (a role). It names no one the country does not; the
// country's mention stays. (Not after a full name: "Mexico City", "US
// Sprint", "El Paso Electric".)
func (ds *discoverer) placeAndWords(sp ner.Span, ms []Mention, covered []int32) bool {
	c := int(covered[sp.Tok]) - 1
	if c < 0 || ds.toks[sp.Tok].Arabic {
		return false
	}
	m := &ms[c]
	if m.Tok != sp.Tok || m.TokEnd+1 >= sp.TokEnd || !(country(*m) || m.Entity != nil && strings.HasPrefix(m.Entity.ID, "country-")) {
		return false
	}
	if dot := ds.toks[m.TokEnd]; dot.Kind != textnorm.Punct || dot.Space || ds.t.TokenText(dot) != "." {
		return false // "Mexico City", "US Sprint": no abbreviation
	}
	role := sp.TokEnd < len(ds.toks) && ds.title(sp.TokEnd) // "Defence" of "U.S. Defence Secretary"
	words := 0
	for k := m.TokEnd; k < sp.TokEnd; k++ {
		tok := ds.toks[k]
		if tok.Kind == textnorm.Punct {
			continue
		}
		w := ds.t.TokenText(tok)
		if covered[k] != 0 || !(role || ds.m.Frequent(w) || ds.m.FunctionWord(w)) || ds.m.OrgTail(w) || ds.m.OrgHead(w) {
			return false
		}
		words++
	}
	return words > 0 && words <= 2
}

// maxDefiniteWords is how many definite words after a definite_org_heads
// word an organization's name found by definiteOrgs takes at most.
const maxDefiniteWords = 3

// definiteOrgs returns the spans of sl with the organizations that a head
// of definite_org_heads (ner.Model.DefiniteOrgHead) names with the definite
// word after it and the relational adjectives after that ("وزارة الخارجية
// التركية", "لجنة الإشراف المحلية"), where
// no gazetteer mention lies on the head and the labeller found nothing; an
// organization the labeller found right after the head takes the head.
func (ds *discoverer) definiteOrgs(sl sentLabels, covered []int32, inTimex []bool) []ner.Span {
	spans := sl.spans
	for k := sl.from; k < sl.to-1; k++ {
		tok := ds.toks[k]
		if tok.Kind != textnorm.Word || !tok.Arabic || covered[k] != 0 || inTimex[k] {
			continue
		}
		if !ds.orgHead(ds.t.TokenText(tok), ds.m.DefiniteOrgHead) {
			continue
		}
		end := k + 1
		for end < sl.to && end-k <= maxDefiniteWords && ds.definite(end, covered, inTimex) &&
			(end == k+1 || ds.m.DefiniteOrgAdjective(ds.t.TokenOrig(ds.toks[end]))) {
			end++
		}
		if end == k+1 {
			continue
		}
		i := slices.IndexFunc(spans, func(sp ner.Span) bool { return sp.Tok < end && k < sp.TokEnd })
		switch {
		case i < 0:
			spans = insertSpan(spans, k, end, ner.Organization)
		case spans[i].Tok == k+1 && spans[i].Type == ner.Organization:
			spans[i].Tok = k
		}
		k = end - 1
	}
	return spans
}

// maxOrgAdjectives is how many relational adjectives orgAdjectives adds to
// an organization's name at most.
const maxOrgAdjectives = 2

// orgAdjectives returns the spans of sl with the organizations' names that
// stop short of the relational adjectives closing them taking those
// adjectives: a name that starts with an org_heads word (ner.Model.OrgHead,
// as written or after a proclitic: لمجلس) and goes on with definite words
// only (the head's genitive chain: "منظمة المؤتمر", "مجلس الأمن"), found
// by the labeller or the gazetteer, followed by up to maxOrgAdjectives
// definite words that end as definite_org_adjectives ("منظمة المؤتمر
// الإسلامي", "مجلس الأمن القومي الفلسطيني"). (Not after a proper name:
// "نادي تشيلسي الإنجليزي" is the club and its country.) A gazetteer
// mention takes the adjectives and keeps its entity ("جريدة الحياة
// اللبنانية" is still al-Hayat).
func (ds *discoverer) orgAdjectives(sl sentLabels, ms []Mention, covered []int32, inTimex []bool) []ner.Span {
	spans := sl.spans
	grow := func(tok, end int) int {
		if !ds.headChain(tok, end) {
			return end
		}
		n := end
		for n < sl.to && n-end < maxOrgAdjectives && ds.definite(n, covered, inTimex) && ds.m.DefiniteOrgAdjective(ds.t.TokenOrig(ds.toks[n])) {
			n++
		}
		return n
	}
	gi, _ := slices.BinarySearchFunc(ms, sl.from, func(m Mention, t int) int { return m.Tok - t })
	for ; gi < len(ms) && ms[gi].TokEnd < sl.to; gi++ {
		mn := &ms[gi]
		if mn.Via == gazetteer.ViaRole || !only(*mn, gazetteer.Organization) {
			continue
		}
		end := grow(mn.Tok, mn.TokEnd)
		if end == mn.TokEnd || spanOver(spans, mn.TokEnd, end) {
			continue
		}
		for k := mn.TokEnd; k < end; k++ {
			covered[k] = int32(gi + 1)
		}
		mn.TokEnd, mn.End = end, int(ds.toks[end-1].End)
		mn.Text = ds.t.Slice(mn.Start, mn.End)
	}
	// After the gazetteer's: a span on a gazetteer mention gives way to it.
	for i := range spans {
		if spans[i].Type == ner.Organization && spans[i].TokEnd < sl.to {
			spans[i].TokEnd = grow(spans[i].Tok, spans[i].TokEnd)
		}
	}
	return spans
}

// headChain reports tokens [tok, end) that are an org_heads word, as
// written or after a proclitic, and one or more Arabic words after it
// with the article and no proclitic: a name made of the head and its
// genitive chain.
func (ds *discoverer) headChain(tok, end int) bool {
	if end-tok < 2 {
		return false
	}
	first := ds.toks[tok]
	if first.Kind != textnorm.Word || !first.Arabic {
		return false
	}
	w := ds.t.TokenText(first)
	if st, _, _ := ds.m.Stem(w); !ds.m.OrgHead(w) && !ds.m.OrgHead(st) {
		return false
	}
	for k := tok + 1; k < end; k++ {
		t := ds.toks[k]
		if t.Kind != textnorm.Word || !t.Arabic {
			return false
		}
		w := ds.t.TokenText(t)
		if _, clitic, art := ds.m.Stem(w); !art || clitic {
			return false
		}
		if !ds.m.Frequent(w) && !ds.m.DefiniteOrgAdjective(ds.t.TokenOrig(t)) {
			return false // a proper name: "حزب الله", "جامعة السوربون"
		}
	}
	return true
}

// maxQuotedWords is how many words a quoted name after a quoted_org_heads
// word takes at most.
const maxQuotedWords = 5

// quotedOrgs returns the spans of sl with the organizations that a head of
// quoted_org_heads (ner.Model.QuotedOrgHead) names with the quoted words
// right after it (شركة «سابك», جمعية "إنسان"): one to maxQuotedWords words
// between quotation marks, none in a gazetteer mention or a date. The
// quoted name replaces what the labeller found inside the quotes; a span of
// the labeller's that runs out of them stays, and the quoted name is
// dropped.
func (ds *discoverer) quotedOrgs(sl sentLabels, covered []int32, inTimex []bool) []ner.Span {
	spans := sl.spans
	for k := sl.from; k < sl.to-3; k++ {
		tok := ds.toks[k]
		if tok.Kind != textnorm.Word || !tok.Arabic || covered[k] != 0 || inTimex[k] || !ds.orgHead(ds.t.TokenText(tok), ds.m.QuotedOrgHead) {
			continue
		}
		if !ds.quote(k+1, openQuotes) {
			continue
		}
		end := k + 2
		for end < sl.to && end-k-2 < maxQuotedWords && ds.toks[end].Kind == textnorm.Word && covered[end] == 0 && !inTimex[end] {
			end++
		}
		if end == k+2 || end >= sl.to || !ds.quote(end, closeQuotes) {
			continue
		}
		var ok bool
		if spans, ok = withSpan(spans, k+2, end, ner.Organization); !ok {
			continue
		}
		k = end
	}
	return spans
}

// placeOrgs returns the spans of sl with the organizations that a head of
// place_org_heads (ner.Model.PlaceOrgHead), without the article, names with
// the gazetteer place right after it (صحة جدة, شرطة الرياض) and one
// relational adjective or place_org_tails word after that (مستشفى القطيف
// المركزي, مستشفى ينبع العام). The place's mention gives way to the
// organization's (newMentions widens it); a span of the labeller's there
// gives way to it too, unless it runs out of it.
func (ds *discoverer) placeOrgs(sl sentLabels, ms []Mention, covered []int32, inTimex []bool) []ner.Span {
	spans := sl.spans
	for k := sl.from; k < sl.to-1; k++ {
		tok := ds.toks[k]
		if tok.Kind != textnorm.Word || !tok.Arabic || covered[k] != 0 || inTimex[k] || !ds.orgHead(ds.t.TokenText(tok), ds.m.PlaceOrgHead) {
			continue
		}
		g := int(covered[k+1]) - 1
		if g < 0 || !ds.toks[k+1].Space {
			continue
		}
		mn := &ms[g]
		if mn.Tok != k+1 || mn.Start > int(ds.toks[k+1].Start) || mn.Via == gazetteer.ViaRole || !allPlaces(mn) {
			continue // "صحة بجدة": a proclitic; not a place
		}
		end := mn.TokEnd
		if end < sl.to && ds.definite(end, covered, inTimex) {
			if w := ds.t.TokenText(ds.toks[end]); ds.m.PlaceOrgTail(w) || ds.m.DefiniteOrgAdjective(ds.t.TokenOrig(ds.toks[end])) {
				end++
			}
		}
		if end > sl.to {
			continue
		}
		var ok bool
		if spans, ok = withSpan(spans, k, end, ner.Organization); !ok {
			continue
		}
		k = end - 1
	}
	return spans
}

// bodyOrgs returns the spans of sl with the organizations named by a name
// of body_org_names (ner.Model.BodyOrgName: الشؤون الصحية, إدارة التعليم,
// الإدارة العامة للتعليم), as written or after a proclitic (لإدارة
// التعليم, والشؤون الصحية), where no gazetteer mention or date lies on it.
// The name is the body's words alone: the place after it (بالطائف, بمحافظة
// ينبع) stays a place mention of its own.
func (ds *discoverer) bodyOrgs(sl sentLabels, covered []int32, inTimex []bool) []ner.Span {
	spans := sl.spans
	for k := sl.from; k < sl.to; k++ {
		tok := ds.toks[k]
		if tok.Kind != textnorm.Word || !tok.Arabic || covered[k] != 0 || inTimex[k] {
			continue
		}
		end := ds.bodyName(k, sl.to, covered, inTimex)
		if end == 0 {
			continue
		}
		var ok bool
		if spans, ok = withSpan(spans, k, end, ner.Organization); !ok {
			continue
		}
		k = end - 1
	}
	return spans
}

// bodyName returns the end of the longest name of body_org_names that
// starts at token k and ends before to, or 0.
func (ds *discoverer) bodyName(k, to int, covered []int32, inTimex []bool) int {
	first, ok := ds.m.BodyOrgFirst(ds.t.TokenText(ds.toks[k]))
	if !ok {
		return 0
	}
	var b strings.Builder
	for end := min(to, k+ds.m.BodyOrgWords()); end > k; end-- {
		if !ds.bodyWords(k+1, end, covered, inTimex) {
			continue
		}
		b.Reset()
		b.WriteString(first)
		for j := k + 1; j < end; j++ {
			b.WriteByte(' ')
			b.WriteString(ds.t.TokenText(ds.toks[j]))
		}
		if ds.m.BodyOrgName(b.String()) {
			return end
		}
	}
	return 0
}

// bodyWords reports whether tokens from to to can continue a name of
// body_org_names: Arabic words after a space, in no gazetteer mention or
// date.
func (ds *discoverer) bodyWords(from, to int, covered []int32, inTimex []bool) bool {
	for j := from; j < to; j++ {
		tok := ds.toks[j]
		if tok.Kind != textnorm.Word || !tok.Arabic || !tok.Space || covered[j] != 0 || inTimex[j] {
			return false
		}
	}
	return true
}

// companyOrgs returns the spans of sl with the companies that a
// company_ends word (ner.Model.CompanyEnd: Co, Inc, Cie, Sons), written
// with its capital, closes: the capitalized Latin words before it, over a
// company_joiners word ("and", "et") when what follows the joiner is
// company_ends words and frequent words only ("Goodyear Tire and Rubber Co",
// "Merrill Lynch and Co Inc", not "IBM and Acme Corp") or when a name the
// labeller found runs over it ("Telephone and Telegraph Co"), over a full stop
// that ends a word ("Alex. Brown and Sons Inc") and over the gazetteer
// mentions of names in it ("BBC"). A name the labeller found that holds
// the company stays; the pieces it made of it ("Goodyear Tire" a person,
// "Rubber Co") give way.
func (ds *discoverer) companyOrgs(sl sentLabels, ms []Mention, covered []int32, inTimex []bool) []ner.Span {
	spans := ds.companyCuts(sl.spans, covered, inTimex)
	for k := sl.from; k < sl.to; k++ {
		if !ds.companyEnd(k, covered, inTimex) {
			continue
		}
		end := k + 1
		for end < sl.to && ds.companyEnd(end, covered, inTimex) {
			end++
		}
		start := ds.companyStart(sl.from, k, spans, ms, covered, inTimex)
		if start == k {
			k = end - 1
			continue // "Co" alone
		}
		inside := false
		for _, sp := range spans {
			inside = inside || sp.Tok <= start && sp.TokEnd >= end
		}
		if !inside {
			spans = insertSpan(spans, start, end, ner.Organization)
		}
		k = end - 1
	}
	return spans
}

// companyCuts cuts the labeller's spans that run over two companies
// joined ("Textron Inc and Boeing Co"): after a company_ends word, a
// company_joiners word and a capitalized word end one name and start
// another.
func (ds *discoverer) companyCuts(spans []ner.Span, covered []int32, inTimex []bool) []ner.Span {
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		for k := sp.Tok; k+2 < sp.TokEnd; k++ {
			if ds.companyEnd(k, covered, inTimex) && ds.m.CompanyJoiner(ds.t.TokenText(ds.toks[k+1])) && ds.capitalized(k+2) {
				spans[i].TokEnd = k + 1
				spans = slices.Insert(spans, i+1, ner.Span{Tok: k + 2, TokEnd: sp.TokEnd, Type: sp.Type})
				break
			}
		}
	}
	return spans
}

// companyEnd reports a Latin company_ends word written with a capital,
// outside a gazetteer mention and a date.
func (ds *discoverer) companyEnd(k int, covered []int32, inTimex []bool) bool {
	tok := ds.toks[k]
	return tok.Kind == textnorm.Word && !tok.Arabic && covered[k] == 0 && !inTimex[k] && ds.capitalized(k) && ds.m.CompanyEnd(ds.t.TokenText(tok))
}

// capitalized reports a Latin word that starts with a capital letter.
func (ds *discoverer) capitalized(k int) bool {
	tok := ds.toks[k]
	if tok.Kind != textnorm.Word || tok.Arabic {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ds.t.TokenOrig(tok))
	return unicode.IsUpper(r)
}

// companyStart returns where the company's name whose first company_ends
// word is token k starts (k itself when no word before it belongs to it);
// see companyOrgs.
func (ds *discoverer) companyStart(from, k int, spans []ner.Span, ms []Mention, covered []int32, inTimex []bool) int {
	start := k
	onlyEnds := true // the words from start to k are frequent or company_ends words
	for j := k - 1; j >= from; j-- {
		tok := ds.toks[j]
		switch {
		case inTimex[j]:
			return start
		case covered[j] != 0:
			m := &ms[covered[j]-1]
			if m.Via == gazetteer.ViaRole || m.TokEnd != start || !ds.capitalized(m.Tok) {
				return start
			}
			start, j, onlyEnds = m.Tok, m.Tok, false
		case ds.capitalized(j) && !ds.m.CompanyEnd(ds.t.TokenText(tok)):
			if w := ds.t.TokenText(tok); ds.m.FunctionWord(w) || j == from && ds.common(j) {
				return start // "The", "Yesterday" opening the sentence
			}
			start = j
			onlyEnds = onlyEnds && ds.m.Frequent(ds.t.TokenText(tok))
		case tok.Kind == textnorm.Punct && ds.t.TokenText(tok) == "." && !tok.Space && j > from && ds.capitalized(j-1) && j+1 == start:
			// "Alex. Brown": the full stop of an abbreviated word
		case ds.m.CompanyJoiner(ds.t.TokenText(tok)) && j+1 == start && (onlyEnds || inSpan(spans, j)) && j > from && ds.capitalized(j-1) && !ds.m.CompanyEnd(ds.t.TokenText(ds.toks[j-1])):
			// "Tire and Rubber Co": the joiner, then the words before it
		case j+1 == start && ds.hyphenJoined(j, from, covered, inTimex):
			// "Coca-Cola Co": a hyphen between two capitalized words
		case j+1 == start && ds.possessiveInName(j, from, covered, inTimex):
			// "Hudson's Bay Co": the possessive and the word before it
			// open the name
			return j - 2
		default:
			return start
		}
	}
	return start
}

// hyphenJoined reports a hyphen at token k written between two
// capitalized words with no space ("Coca-Cola"), neither of them in a
// gazetteer mention or a date.
func (ds *discoverer) hyphenJoined(k, from int, covered []int32, inTimex []bool) bool {
	tok := ds.toks[k]
	if tok.Kind != textnorm.Punct || ds.t.TokenText(tok) != "-" || tok.Space || k <= from || k+1 >= len(ds.toks) || ds.toks[k+1].Space {
		return false
	}
	return covered[k-1] == 0 && !inTimex[k-1] && ds.capitalized(k-1) && ds.capitalized(k+1)
}

// possessiveInName reports that token k is the "s" of a possessive that
// belongs to a company's name ("Hudson's Bay Co", "Fireman's Fund Corp"):
// an apostrophe and "s" written onto a capitalized word that no gazetteer
// mention or date covers ("Japan's Fujitsu Ltd"), that is no company_ends
// word ("Chrysler Corp's Chrysler Motors Corp"), that no capitalized word
// comes right before ("Ivan Boesky's Seemala Corp": a man's company) and
// that the article never writes without the possessive ("Icahn's Transworld
// Airlines Inc", where Icahn is named alone too).
func (ds *discoverer) possessiveInName(k, from int, covered []int32, inTimex []bool) bool {
	if k-2 < from || ds.t.TokenText(ds.toks[k]) != "s" || ds.toks[k-1].Kind != textnorm.Punct || ds.t.TokenText(ds.toks[k-1]) != "'" ||
		ds.toks[k].Space || ds.toks[k-1].Space {
		return false
	}
	j := k - 2
	if covered[j] != 0 || inTimex[j] || !ds.capitalized(j) || j > from && ds.capitalized(j-1) {
		return false
	}
	w := ds.t.TokenText(ds.toks[j])
	if ds.m.CompanyEnd(w) || ds.m.FunctionWord(w) {
		return false
	}
	for i := range ds.toks {
		if i != j && ds.toks[i].Kind == textnorm.Word && ds.t.TokenText(ds.toks[i]) == w &&
			(i+1 >= len(ds.toks) || ds.t.TokenText(ds.toks[i+1]) != "'" || ds.toks[i+1].Space) {
			return false
		}
	}
	return true
}

// inSpan reports whether token k lies in one of spans.
func inSpan(spans []ner.Span, k int) bool {
	for _, sp := range spans {
		if sp.Tok <= k && k < sp.TokEnd {
			return true
		}
	}
	return false
}

// allPlaces reports a mention whose candidates are all places.
func allPlaces(mn *Mention) bool {
	if len(mn.Candidates) == 0 {
		return false
	}
	for _, c := range mn.Candidates {
		if c.Type != gazetteer.Place {
			return false
		}
	}
	return true
}

// Quotation marks that open and close a quoted name. The Saudi press
// writes ” on both sides as often as “ and ”.
const (
	openQuotes  = "\"«“”"
	closeQuotes = "\"»”“"
)

// quote reports whether token k is a quotation mark of marks.
func (ds *discoverer) quote(k int, marks string) bool {
	tok := ds.toks[k]
	if tok.Kind != textnorm.Punct {
		return false
	}
	o := ds.t.TokenOrig(tok)
	r, n := utf8.DecodeRuneInString(o)
	return n == len(o) && strings.ContainsRune(marks, r)
}

// withSpan returns spans with a name of type typ on [tok, end) in place
// of the spans inside it, and true; where one of spans shares a token with
// [tok, end) and has one outside it, spans as they are, and false.
func withSpan(spans []ner.Span, tok, end int, typ ner.Type) ([]ner.Span, bool) {
	for _, sp := range spans {
		if sp.Tok < end && tok < sp.TokEnd && (sp.Tok < tok || sp.TokEnd > end) {
			return spans, false
		}
	}
	return insertSpan(spans, tok, end, typ), true
}

// insertSpan returns spans, in token order, with a name of type typ on
// [tok, end) in place of the spans that share a token with it.
func insertSpan(spans []ner.Span, tok, end int, typ ner.Type) []ner.Span {
	spans = slices.DeleteFunc(spans, func(sp ner.Span) bool { return sp.Tok < end && tok < sp.TokEnd })
	i, _ := slices.BinarySearchFunc(spans, tok, func(sp ner.Span, t int) int { return sp.Tok - t })
	return slices.Insert(spans, i, ner.Span{Tok: tok, TokEnd: end, Type: typ})
}

// maxFacilityWords is how many words a name the labeller found right after
// a facility head may have for facilities to take it.
const maxFacilityWords = 4

// facilities returns the spans of sl with the names of facilities that a
// head of facility_place_heads or facility_org_heads (ner.Model.FacilityHead)
// starts, without the article (as written or after a proclitic: بجامع), with
// the name right after it (facilityName) and one relational adjective after
// that (ملعب الملك فهد الدولي): جامع الفاروق, قاعة الريان, a place; مدرسة
// ..., an organization. A gazetteer person's mention in the name gives way
// to it (newMentions widens it: the namesake of مطار الملك خالد is no party);
// a span of the labeller's there too, unless it runs out of the name. A
// person's name the labeller found that starts with the head is the
// facility's.
func (ds *discoverer) facilities(sl sentLabels, ms []Mention, covered []int32, inTimex []bool) []ner.Span {
	spans := sl.spans
	for k := sl.from; k < sl.to-1; k++ {
		tok := ds.toks[k]
		if tok.Kind != textnorm.Word || !tok.Arabic || covered[k] != 0 || inTimex[k] {
			continue
		}
		typ, _ := ds.m.FacilityHead(ds.t.TokenText(tok)) // not المسجد: the one the story is about
		if typ == ner.None {
			continue
		}
		if i := slices.IndexFunc(spans, func(sp ner.Span) bool { return sp.Tok == k }); i >= 0 {
			if spans[i].Type == ner.Person && spans[i].TokEnd > k+1 {
				spans[i].Type = typ // "ستاد جابر" read as a man's name
			}
			k = spans[i].TokEnd - 1
			continue
		}
		end := ds.facilityName(k+1, sl, spans, ms, covered, inTimex)
		if end == 0 {
			continue
		}
		if end < sl.to && ds.definite(end, covered, inTimex) && ds.m.DefiniteOrgAdjective(ds.t.TokenOrig(ds.toks[end])) {
			end++
		}
		var ok bool
		if spans, ok = withSpan(spans, k, end, typ); !ok {
			continue
		}
		k = end - 1
	}
	return spans
}

// facilityName returns the end of the name that starts at token k, right
// after a facility head, or 0: a gazetteer person's name there (not a role
// description), a person's name of spans (the labeller's, of at most
// maxFacilityWords words: مدرسة حسان بن ثابت; a place or an organization
// stays itself: مطار الباحة, ملعب سيلتيك, the club), or one definite word (discoverer.definite) that is no frequent
// or common word of the language, no not_names or facility_stops word
// (ner.Model.NotName, FacilityStop: قصر القامة, shortness of stature) and
// no plural (ner.Model.PluralEnd: قاعة الاجتماعات, the meeting room; كلية
// المدربين).
func (ds *discoverer) facilityName(k int, sl sentLabels, spans []ner.Span, ms []Mention, covered []int32, inTimex []bool) int {
	tok := ds.toks[k]
	if tok.Kind != textnorm.Word || !tok.Arabic || !tok.Space || inTimex[k] {
		return 0
	}
	if g := int(covered[k]) - 1; g >= 0 {
		mn := &ms[g]
		if mn.Tok != k || mn.Start > int(tok.Start) || mn.Via == gazetteer.ViaRole || mn.TokEnd > sl.to || !only(*mn, gazetteer.Person) {
			return 0
		}
		return mn.TokEnd
	}
	w := ds.t.TokenText(tok)
	if _, clitic, _ := ds.m.Stem(w); clitic {
		return 0 // "مسجد للسنة": a proclitic starts no name of the head's
	}
	if i := slices.IndexFunc(spans, func(sp ner.Span) bool { return sp.Tok <= k && k < sp.TokEnd }); i >= 0 {
		sp := spans[i]
		if sp.Tok != k || sp.Type != ner.Person || ds.words(sp.Tok, sp.TokEnd) > maxFacilityWords {
			return 0 // a place or organization after the head (مطار الباحة, ملعب سيلتيك) stays itself
		}
		end := sp.TokEnd
		for end > k+1 && (ds.toks[end-1].Kind != textnorm.Word || ds.common(end-1)) {
			end-- // "إستاد جابر الدولي سيتم": the verb after the name is none of it
		}
		return end
	}
	if !ds.definite(k, covered, inTimex) || ds.m.Frequent(w) || ds.m.Common(w) || ds.m.NotName(w) || ds.m.FacilityStop(w) || ds.m.PluralEnd(ds.t.TokenOrig(tok)) {
		return 0
	}
	return k + 1
}

// orgHead reports whether the normalized word w is a head word of a list
// of lang/<code>/ner_cues.yaml (is: ner.Model.DefiniteOrgHead,
// QuotedOrgHead or PlaceOrgHead), as written ("وزارة", which the stemmer
// would cut after و) or after a proclitic ("لوزارة", "لشركة", "لصحة"), but
// not with the article: a quote after "المعهد" is mostly what it says
// (وقال المعهد “نحن محايدون”).
func (ds *discoverer) orgHead(w string, is func(string) bool) bool {
	if is(w) {
		return true
	}
	st, clitic, art := ds.m.Stem(w)
	return clitic && !art && is(st)
}

// definite reports whether token k can continue an organization's name
// after a definite_org_heads word: an Arabic word after a space, with the
// article and no proclitic, not a title, a stop word, a date or a
// gazetteer name.
func (ds *discoverer) definite(k int, covered []int32, inTimex []bool) bool {
	tok := ds.toks[k]
	if tok.Kind != textnorm.Word || !tok.Arabic || !tok.Space || covered[k] != 0 || inTimex[k] {
		return false
	}
	w := ds.t.TokenText(tok)
	if r, _ := utf8.DecodeRuneInString(ds.t.TokenOrig(tok)); r != utf8.RuneError && !strings.HasPrefix(w, string(r)) {
		return false // "ألعاب", "ألفة": a hamza that normalization made look like the article
	}
	_, clitic, art := ds.m.Stem(w)
	return art && !clitic && !ds.m.IsTitle(w) && !ds.m.DefiniteOrgStop(w)
}

// bare reports a mention whose entities are each known by one name alone,
// with no role.
func bare(mn *Mention) bool {
	if len(mn.Candidates) == 0 {
		return false
	}
	for _, c := range mn.Candidates {
		if len(c.Names.Ar)+len(c.Names.En)+len(c.ContextNames) != 1 || len(c.Roles) > 0 {
			return false
		}
	}
	return true
}

// spanOver reports whether one of spans shares a token with [tok, end).
func spanOver(spans []ner.Span, tok, end int) bool {
	for _, sp := range spans {
		if sp.Tok < end && tok < sp.TokEnd {
			return true
		}
	}
	return false
}

// vetoMargin is how much better (in the model's weight units, the largest
// weight being 127) the labeller's reading must score than one that reads a
// one-word gazetteer match as a name, for the match to be dropped. Chosen
// on the development splits and the seeds: at 100 the built-in gazetteer's
// seed mentions keep their recall (0.950, 0.952 with no veto) while the
// noisy gazetteers of corpus names lose most false matches (ANERcorp dev
// F1 73.0 against 69.9 with no veto, GMB dev 75.0 against 68.5).
const vetoMargin = 100

// ranges returns the token ranges of sentence s that discovery reads: all
// of it, or with DiscoverDated, for the lead (the first sentence, and when
// the first line is a headline of up to maxHeadlineSentences sentences
// ("... هو يوسف السليمان.. والداخلية تتعقب المخططين") those and the one
// after it: the story's first sentence, which the assembler dates by the
// article's date when it has no date of its own, and which gives the full
// names that later sentences shorten) all of it and for the others the
// tokens within datedWindow of a dating expression (none when it has
// none), and the rest of a sentence that has one, in pieces of its own.
// lead says s is one of the lead's sentences (leadSentences).
func (x *Extractor) ranges(d *Document, s textnorm.Sentence, lead bool) []tokRange {
	if x.scope == DiscoverAll || lead {
		return []tokRange{{s.TokStart, s.TokEnd, false}}
	}
	var out [][2]int
	for i := range d.Timexes {
		tx := &d.Timexes[i]
		if tx.Tok < s.TokStart || tx.TokEnd > s.TokEnd || !tx.Dating() {
			continue
		}
		out = append(out, [2]int{max(s.TokStart, tx.Tok-datedWindow), min(s.TokEnd, tx.TokEnd+datedWindow)})
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	merged := out[:0]
	for _, r := range out {
		if n := len(merged); n > 0 && r[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], r[1])
			continue
		}
		merged = append(merged, r)
	}
	if len(merged) == 0 {
		return nil
	}
	// The rest of a dated sentence, in pieces of its own: a name the
	// clause gives far from its date ("إن سليمان الأسد ... أقدم على قتل
	// ... ليلة الخميس") is the event's too, and the windows read as
	// they did.
	var out2 []tokRange
	from := s.TokStart
	for _, r := range merged {
		if r[0] > from {
			out2 = append(out2, tokRange{from, r[0], true})
		}
		out2 = append(out2, tokRange{r[0], r[1], false})
		from = r[1]
	}
	if from < s.TokEnd {
		out2 = append(out2, tokRange{from, s.TokEnd, true})
	}
	return out2
}

// tokRange is a range of tokens [from, to) that discovery labels. rest
// marks the part of a dated sentence beyond the windows of its dates
// (DiscoverDated), which only adds names where no gazetteer mention is:
// it neither vetoes nor widens nor narrows one.
type tokRange struct {
	from, to int
	rest     bool
}

// maxHeadlineSentences is how many sentences a first line may have for
// leadSentences to take it as a headline.
const maxHeadlineSentences = 3

// leadSentences returns how many sentences from the first are the lead:
// the first alone, or, when the first line (a headline) ends after at most
// maxHeadlineSentences sentences, those and the body's first sentence.
func leadSentences(d *Document) int {
	for i := 1; i < len(d.Sentences) && i <= maxHeadlineSentences; i++ {
		if st := d.Sentences[i].TokStart; st < len(d.Tokens) && d.Tokens[st].Newline {
			return i + 1
		}
	}
	return 1
}

// datedWindow is how many tokens on each side of a dating expression
// DiscoverDated reads: the clause a date governs, and the names the
// assembler gives it, lie near it.
const datedWindow = 24

// sentLabels is the labeller's reading of one range of a sentence: the
// names it found, and its margins against the one-word gazetteer matches in
// it (checks; owners are their mentions).
type sentLabels struct {
	from, to int
	rest     bool // the rest of a dated sentence (tokRange.rest)
	spans    []ner.Span
	checks   []ner.Span
	owners   []int
	margins  []int64
}

// nerType is the labeller type of a gazetteer type.
func nerType(t gazetteer.Type) ner.Type {
	switch t {
	case gazetteer.Person:
		return ner.Person
	case gazetteer.Place:
		return ner.Location
	}
	return ner.Organization
}

// relabel is discovery's second pass. The names of pass 1 (spans[i] for
// sentence scope[i]) are looked up, as a gazetteer would be, in every
// sentence in scope; where one occurs on tokens the gazetteer says nothing
// about, its type goes into the hints, and the sentence is labelled again.
func (ds *discoverer) relabel(d *Document, sents []sentLabels, inTimex []bool) {
	type name struct {
		words []string // normalized words after the first
		hint  ner.Hint
	}
	// The names by the stem of their first word (without proclitic and
	// article: "السوداني" is found in "وللسوداني" too).
	byFirst := map[string][]name{}
	for _, sl := range sents {
		for _, sp := range sl.spans {
			sp, ok := ds.trim(sp, inTimex)
			if !ok || ds.accusativeNisba(sp, sl.spans) {
				continue
			}
			var h ner.Hint
			switch sp.Type {
			case ner.Person:
				h = ner.HintPerson
			case ner.Location:
				h = ner.HintPlace
			case ner.Organization:
				h = ner.HintOrg
			default:
				continue
			}
			ws := ds.nameWords(sp.Tok, sp.TokEnd)
			if len(ws) == 0 || (len(ws) == 1 && utf8.RuneCountInString(ws[0]) < 3) {
				continue
			}
			ws[0], _, _ = ds.m.Stem(ws[0])
			dup := false
			for _, n := range byFirst[ws[0]] {
				dup = dup || (n.hint == h && slices.Equal(n.words, ws[1:]))
			}
			if !dup {
				byFirst[ws[0]] = append(byFirst[ws[0]], name{ws[1:], h})
			}
		}
	}
	if len(byFirst) == 0 {
		return
	}
	for i := range sents {
		sl := &sents[i]
		changed := false
		for k := sl.from; k < sl.to; k++ {
			if ds.hints[k] != 0 || ds.toks[k].Kind != textnorm.Word {
				continue
			}
			first, _, _ := ds.m.Stem(ds.t.TokenText(ds.toks[k]))
			best, bestEnd := ner.Hint(0), 0
			for _, nm := range byFirst[first] {
				if end, ok := ds.follows(k+1, sl.to, nm.words); ok && end > bestEnd {
					best, bestEnd = nm.hint, end
				}
			}
			if bestEnd == 0 {
				continue
			}
			ds.hints[k] = best
			for j := k + 1; j < bestEnd; j++ {
				ds.hints[j] = best | ner.HintInside
			}
			changed = true
			k = bestEnd - 1
		}
		if changed {
			sl.spans, sl.margins = ds.m.LabelChecked(d.Text, d.Tokens, sl.from, sl.to, ds.hints, sl.spans[:0], sl.checks, sl.margins[:0])
			sl.spans = ds.repair(sl.spans, sl.to)
		}
	}
}

// skipOf returns the bytes of mention m's first token that are a proclitic.
func (ds *discoverer) skipOf(m *Mention) int {
	tok := ds.toks[m.Tok]
	if m.Start <= int(tok.Start) {
		return 0
	}
	// The mention starts inside the token: find the normalized byte that
	// stands for its first code point.
	w := ds.t.TokenText(tok)
	for b := range w {
		if s, _ := ds.t.OrigSpan(int(tok.NStart)+b, int(tok.NEnd)); s >= m.Start {
			return b
		}
	}
	return 0
}

// common reports a word token that is a common word or title (ner.Model.Common).
func (ds *discoverer) common(k int) bool {
	tok := ds.toks[k]
	return tok.Kind == textnorm.Word && ds.m.Common(ds.t.TokenText(tok))
}

// frequentWord reports an Arabic word token that, without its proclitic,
// is one of the language's frequent words (all of frequent_words.yaml,
// where Common weighs only the most frequent) and no common given name,
// or a not_names word (ner.Model.NotName): "معالي" (His Excellency),
// "الطوارئ" (emergency), "ديربي" (derby), which the labeller reads as a
// name alone.
func (ds *discoverer) frequentWord(k int) bool {
	tok := ds.toks[k]
	if tok.Kind != textnorm.Word || !tok.Arabic {
		return false
	}
	w, _ := ds.first(k)
	return ds.m.Frequent(w) && !ds.m.GivenName(w) || ds.m.NotName(w)
}

// allFrequent reports a span of Arabic words that are all frequent or
// not_names words (frequentWord).
func (ds *discoverer) allFrequent(sp ner.Span) bool {
	n := 0
	for k := sp.Tok; k < sp.TokEnd; k++ {
		if ds.toks[k].Kind == textnorm.Punct {
			continue
		}
		if !ds.frequentWord(k) {
			return false
		}
		n++
	}
	return n > 0
}

// tanween reports an Arabic word token written with a tanween.
func (ds *discoverer) tanween(k int) bool {
	tok := ds.toks[k]
	if tok.Kind != textnorm.Word || !tok.Arabic {
		return false
	}
	for _, r := range ds.t.TokenOrig(tok) {
		if textnorm.Is(r, textnorm.Tanween) {
			return true
		}
	}
	return false
}

// accusativeNisba reports a name sp of one Arabic word that is a relative
// adjective in the accusative, written without its tanween: it ends in يا
// (names.yaml accusative_nisba) and comes right after an indefinite noun in
// the accusative, a word of three letters or more without the article that
// ends in ا (with or without a tanween), no function word and in no name
// of spans: "مواطنا فلسطينيا", "نائبا برلمانيا". A place's name ending in يا
// rarely stands there; not after و either (سويسرا وتشيكيا, a list), nor
// after a name (نادي كياجنا كونكورديا) or a word with the pronoun ها
// (accusative_not: استضافتها ألمانيا).
func (ds *discoverer) accusativeNisba(sp ner.Span, spans []ner.Span) bool {
	lx, k := ds.x.actors, sp.Tok
	if sp.TokEnd-k != 1 || k < 1 || lx == nil || lx.accNisba == "" || lx.accEnding == "" || inSpan(spans, k-1) {
		return false
	}
	tok, prev := ds.toks[k], ds.toks[k-1]
	if tok.Kind != textnorm.Word || !tok.Arabic || prev.Kind != textnorm.Word || !prev.Arabic {
		return false
	}
	w, p := ds.t.TokenText(tok), ds.t.TokenText(prev)
	if utf8.RuneCountInString(w) < 4 || !strings.HasSuffix(w, lx.accNisba) || ds.conjunctionStart(w) {
		return false
	}
	if utf8.RuneCountInString(p) < 3 || !strings.HasSuffix(p, lx.accEnding) || strings.HasSuffix(p, lx.accNisba) ||
		strings.HasPrefix(p, lx.article) || ds.m.FunctionWord(p) {
		return false
	}
	for _, e := range lx.accNot {
		if strings.HasSuffix(p, e) {
			return false // استضافتها ألمانيا
		}
	}
	return true
}

// accusativeTanween reports an Arabic word token written with the tanween
// of the accusative (names.yaml accusative_tanween), an indefinite noun or adjective ("بلاغاً", a report;
// "لاجئًا سوريًا", a Syrian refugee) or an adverb, never a name alone.
// (Not the other tanweens: "عن أنسٍ" names Anas in a hadith's chain.)
func (ds *discoverer) accusativeTanween(k int) bool {
	tok := ds.toks[k]
	lx := ds.x.actors
	return lx != nil && lx.accTanween != "" && tok.Kind == textnorm.Word && tok.Arabic && strings.Contains(ds.t.TokenOrig(tok), lx.accTanween)
}

// words counts the word and number tokens in [from, to).
func (ds *discoverer) words(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if ds.toks[k].Kind != textnorm.Punct {
			n++
		}
	}
	return n
}

// nameWords returns the normalized words of tokens [from, to), the first
// without its proclitic.
func (ds *discoverer) nameWords(from, to int) []string {
	var out []string
	for k := from; k < to; k++ {
		if ds.toks[k].Kind == textnorm.Punct {
			continue
		}
		if len(out) == 0 {
			w, _ := ds.first(k)
			out = append(out, w)
			continue
		}
		out = append(out, ds.t.TokenText(ds.toks[k]))
	}
	return out
}

// first returns token k's normalized word as the first word of a name:
// without a proclitic, the article restored after لل.
func (ds *discoverer) first(k int) (string, int) {
	tok := ds.toks[k]
	w := ds.t.TokenText(tok)
	if !tok.Arabic {
		return w, 0
	}
	return ds.m.FirstWord(ds.t, tok)
}

// follows reports whether the tokens from k on are words (with only
// joining punctuation between them) that no hint covers, and returns the end
// of the match.
func (ds *discoverer) follows(k, end int, words []string) (int, bool) {
	for _, w := range words {
		for k < end && ds.toks[k].Kind == textnorm.Punct && !ds.toks[k].Space {
			k++ // "al-Sudani", "U.S."
		}
		if k >= end || ds.hints[k] != 0 || ds.toks[k].Kind == textnorm.Punct || ds.t.TokenText(ds.toks[k]) != w {
			return 0, false
		}
		k++
	}
	return k, true
}

// widens reports whether the labeller's span sp replaces the gazetteer
// mentions g it overlaps: it covers them all and is longer, so they are part
// of a longer name ("جواد ظريف" in "محمد جواد ظريف", "القاهرة" in "جامعة
// القاهرة"). They are then marked in drop. A role description is never
// replaced, nor a club whose bare name is a word (Entity.BareSports) that
// the span only lengthens at its end.
func (ds *discoverer) widens(ms []Mention, g []int, sp ner.Span, typ gazetteer.Type, drop []bool) bool {
	n := 0
	for _, gi := range g {
		m := &ms[gi]
		if m.Tok < sp.Tok || m.TokEnd > sp.TokEnd || m.Via == gazetteer.ViaRole {
			return false
		}
		if m.Tok > sp.Tok && m.Start > int(ds.toks[m.Tok].Start) {
			return false // "حسين وبلينكن": a proclitic و starts another name
		}
		if m.Tok == sp.Tok && m.Entity != nil && m.Entity.BareSports {
			return false // "نادي الاتحاد مساء": a club and the word after it
		}
		n += m.TokEnd - m.Tok
	}
	if n >= sp.TokEnd-sp.Tok {
		return false
	}
	for _, gi := range g {
		drop[gi] = true
	}
	return true
}

// overlapping returns the gazetteer mentions (indexes into ms) that share a
// token with sp.
func overlapping(covered []int32, sp ner.Span) []int {
	var out []int
	for k := sp.Tok; k < sp.TokEnd; k++ {
		if c := int(covered[k]) - 1; c >= 0 && (len(out) == 0 || out[len(out)-1] != c) {
			out = append(out, c)
		}
	}
	return out
}

// narrow keeps, of an ambiguous mention's candidates, those of type typ,
// when there are some; one left settles the mention.
func narrow(m *Mention, typ gazetteer.Type) {
	if m.Entity != nil || m.Via == gazetteer.ViaRole || len(m.Candidates) < 2 {
		return
	}
	var keep []*gazetteer.Entity
	for _, c := range m.Candidates {
		if c.Type == typ {
			keep = append(keep, c)
		}
	}
	if len(keep) == 0 || len(keep) == len(m.Candidates) {
		return
	}
	m.Candidates = keep
	if len(keep) == 1 {
		m.Entity = keep[0]
	}
}

// trim drops punctuation and date tokens from the edges of a span and
// reports whether a name is left: a date inside it, fewer than two
// letters, or (in English) no capitalized word, leave none.
func (ds *discoverer) trim(sp ner.Span, inTimex []bool) (ner.Span, bool) {
	sp = ds.unbracket(sp)
	for sp.Tok < sp.TokEnd && (ds.toks[sp.Tok].Kind == textnorm.Punct || inTimex[sp.Tok]) {
		sp.Tok++
	}
	for sp.TokEnd > sp.Tok && (ds.toks[sp.TokEnd-1].Kind == textnorm.Punct || inTimex[sp.TokEnd-1]) {
		sp.TokEnd--
	}
	// A name does not end in a word with tanween, an indefinite noun or
	// adverb after it: "عبد اللطيف بن عبد الملك آل الشيخ قراراً" (the
	// decision he issued), "هاني الصيادي نائباً". (Not after a particle:
	// "عبد الله بن مسعودٍ" in classical text.)
	for sp.TokEnd-sp.Tok > 1 && ds.tanween(sp.TokEnd-1) && !ds.particle(sp.TokEnd-2) {
		sp.TokEnd--
	}
	if sp.TokEnd-sp.Tok == 1 && ds.accusativeTanween(sp.Tok) {
		return sp, false // "بلاغاً" (a report), "لاجئًا سوريًا": a noun or adjective in the accusative
	}
	if sp.TokEnd-sp.Tok == 1 && (ds.common(sp.Tok) || ds.frequentWord(sp.Tok)) {
		return sp, false // one common word ("العراقي", "الأمن", "معالي") is no name
	}
	if sp.Type == ner.Person && ds.allFrequent(sp) {
		return sp, false // "اطمأن معالي": a verb and an honorific, no person
	}
	if sp.Type == ner.Person {
		// A person's name neither starts nor ends with a common word or a
		// title: "الرئيس", "السوداني لرؤية", "حسين وقبيل".
		for sp.Tok < sp.TokEnd && ds.common(sp.Tok) {
			sp.Tok++
		}
		for sp.TokEnd > sp.Tok && ds.common(sp.TokEnd-1) && !(sp.TokEnd-2 >= sp.Tok && ds.particle(sp.TokEnd-2)) {
			sp.TokEnd--
		}
	}
	if sp.Type == ner.Person && ds.allCaps(sp) {
		return sp, false // "IBM", "OPEC": a ticker or an acronym is no person
	}
	if sp.Type == ner.Person && sp.TokEnd-sp.Tok > 1 && ds.m.OrgTail(ds.t.TokenText(ds.toks[sp.TokEnd-1])) {
		sp.Type = ner.Organization // "Gates Corp", "Morgan Stanley Ltd": a company
	}
	letters, capital := 0, false
	for k := sp.Tok; k < sp.TokEnd; k++ {
		tok := ds.toks[k]
		if inTimex[k] {
			return sp, false
		}
		if tok.Kind != textnorm.Word {
			continue
		}
		if tok.Arabic {
			letters += int(tok.NEnd-tok.NStart) / 2
			capital = true
			continue
		}
		letters += int(tok.NEnd - tok.NStart)
		r, _ := utf8.DecodeRuneInString(ds.t.TokenOrig(tok))
		capital = capital || unicode.IsUpper(r)
	}
	return sp, letters >= 2 && capital
}

// unbracket keeps, of a span that angle brackets cut (a wire's ticker or
// unlisted-company mark: "Shell Canada Limited <SHC>", "Princeville
// Development Corp and <Aloha Inc>"), its first piece that holds a
// lower-case letter, without the lower-case words at its edges ("and"): a
// ticker ("<DIS.N>") is no name.
func (ds *discoverer) unbracket(sp ner.Span) ner.Span {
	from, cut := sp.Tok, false
	for k := sp.Tok; k <= sp.TokEnd; k++ {
		if k < sp.TokEnd && !ds.angle(k) {
			continue
		}
		if k < sp.TokEnd {
			cut = true
		} else if !cut {
			return sp // no bracket
		}
		p := ner.Span{Tok: from, TokEnd: k, Type: sp.Type}
		for p.Tok < p.TokEnd && ds.lowerWord(p.Tok) {
			p.Tok++
		}
		for p.TokEnd > p.Tok && ds.lowerWord(p.TokEnd-1) {
			p.TokEnd--
		}
		lone := p.TokEnd-p.Tok == 1 && ds.m.OrgTail(ds.t.TokenText(ds.toks[p.Tok])) // "Co" of "Sun Co"
		for j := p.Tok; j < p.TokEnd && !lone; j++ {
			if ds.toks[j].Kind == textnorm.Word && strings.IndexFunc(ds.t.TokenOrig(ds.toks[j]), unicode.IsLower) >= 0 {
				return p
			}
		}
		from = k + 1
	}
	return ner.Span{Tok: sp.Tok, TokEnd: sp.Tok, Type: sp.Type} // tickers only
}

// angle reports a token that is an angle bracket.
func (ds *discoverer) angle(k int) bool {
	if ds.toks[k].Kind != textnorm.Punct {
		return false
	}
	o := ds.t.TokenOrig(ds.toks[k])
	return strings.ContainsAny(o, "<>")
}

// lowerWord reports a Latin word that starts with a lower-case letter
// ("and", "unit").
func (ds *discoverer) lowerWord(k int) bool {
	tok := ds.toks[k]
	if tok.Kind != textnorm.Word || tok.Arabic {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ds.t.TokenOrig(tok))
	return unicode.IsLower(r)
}

// mention makes the mention of a discovered name: linked to the gazetteer
// entity of the same type that bears the name under a variant (spacing, the
// article), else to the article's entity for its id. A name that a country
// shares with another gazetteer place (عمان: Oman and Amman) is an ambiguous
// mention of them, which resolvePlaces settles as it settles the
// gazetteer's own (a name that only towns or a town and its region share,
// أبوظبي, stays the discovered name).
func (ds *discoverer) mention(sp ner.Span, typ gazetteer.Type) Mention {
	key, skip := ds.m.Name(ds.t, ds.toks, sp)
	first := ds.toks[sp.Tok]
	if w := ds.t.TokenText(first); skip == 0 && (typ == gazetteer.Organization || typ == gazetteer.Place) && first.Arabic && !ds.nameHead(w) {
		// "لوزارة الصحة", "بصحة جدة", "بجامع الفاروق": the proclitic
		// before a definite_org_heads, place_org_heads or facility head
		// word, which Name keeps (it strips one only before a name word).
		if st, clitic, art := ds.m.Stem(w); clitic && !art && ds.nameHead(st) && strings.HasSuffix(w, st) {
			skip = len(w) - len(st)
			key = key[skip:]
		}
	}
	start, _ := ds.t.OrigSpan(int(first.NStart)+skip, int(first.NEnd))
	end := int(ds.toks[sp.TokEnd-1].End)
	mn := Mention{Start: start, End: end, Text: ds.t.Slice(start, end), Tok: sp.Tok, TokEnd: sp.TokEnd, Via: gazetteer.ViaDiscovered}
	if es := ds.linked(key, typ); len(es) == 1 {
		mn.Entity = es[0]
	} else if len(es) > 1 && typ == gazetteer.Place && country(Mention{Candidates: es}) {
		mn.Candidates = es
		return mn
	} else {
		id := idPrefix[typ] + key
		e := ds.ents[id]
		if e == nil {
			e = &gazetteer.Entity{ID: id, Type: typ}
			if first.Arabic {
				e.Names.Ar = []string{strings.Clone(mn.Text)} // not a slice of the article, which it would keep in memory
			} else {
				e.Names.En = []string{strings.Clone(mn.Text)}
			}
			ds.ents[id] = e
		}
		mn.Entity = e
	}
	mn.Candidates = []*gazetteer.Entity{mn.Entity}
	return mn
}

// nameHead reports whether the normalized word w is a definite_org_heads,
// place_org_heads or facility head word as written (not "بجامع"), which
// starts a name as a word of it.
func (ds *discoverer) nameHead(w string) bool {
	if ds.m.DefiniteOrgHead(w) || ds.m.PlaceOrgHead(w) {
		return true
	}
	typ, clitic := ds.m.FacilityHead(w)
	return typ != ner.None && !clitic
}

// linked returns the gazetteer entities of type typ whose name has the
// loose key of the discovered name key.
func (ds *discoverer) linked(key string, typ gazetteer.Type) []*gazetteer.Entity {
	lk := looseKey(strings.Split(key, "_"), ds.x.ix.Article())
	var out []*gazetteer.Entity
	for _, e := range ds.x.loose[lk] {
		if e.Type == typ && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// repair mends what the labeller gets wrong at the edges of names, in the
// spans of tokens [from, to): a person's span that runs over "و" into the
// next person ("هادي ورياض ياسين") is cut there; one that ends with a
// particle ("عبد", "أبو") takes the next word, and the name after it;
// two names of one type with a connector between ("Syrian Observatory for
// Human Rights") are one; and so are two people's names side by side
// (adjoins: "سالفاتوري" + "رينودو").
func (ds *discoverer) repair(spans []ner.Span, to int) []ner.Span {
	var out []ner.Span
	for _, sp := range spans {
		if sp.Type != ner.Person {
			out = append(out, sp)
			continue
		}
		start := sp.Tok
		for k := sp.Tok + 1; k < sp.TokEnd; k++ {
			if ds.conjoined(k) {
				out = append(out, ner.Span{Tok: start, TokEnd: k, Type: sp.Type})
				start = k
			}
		}
		out = append(out, ner.Span{Tok: start, TokEnd: sp.TokEnd, Type: sp.Type})
	}
	merged := out[:0]
	for i := 0; i < len(out); i++ {
		sp := out[i]
		if sp.Type == ner.Person {
			for sp.TokEnd < to && ds.particle(sp.TokEnd-1) && ds.toks[sp.TokEnd].Kind == textnorm.Word {
				sp.TokEnd++
				if i+1 < len(out) && out[i+1].Tok < sp.TokEnd+1 && out[i+1].Type == ner.Person {
					sp.TokEnd = max(sp.TokEnd, out[i+1].TokEnd)
					i++
				}
			}
		}
		if n := len(merged); n > 0 && merged[n-1].Type == sp.Type && sp.Tok == merged[n-1].TokEnd+1 && ds.connector(merged[n-1].TokEnd) {
			merged[n-1].TokEnd = sp.TokEnd
			continue
		}
		if n := len(merged); n > 0 && ds.adjoins(merged[n-1], sp) {
			merged[n-1].TokEnd = sp.TokEnd
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// adjoins reports a person's name sp that starts right after the person's
// name prev, after a space: one name the labeller cut in two ("كرم جابر"
// read as B-PERS B-PERS). Not where a word of either starts with a
// conjunction (two people side by side are joined by و, which repair cuts
// at where it knows the name after it: "وجولييت" it does not), nor after a
// nationality read as a name ("اليوناني").
func (ds *discoverer) adjoins(prev, sp ner.Span) bool {
	if prev.Type != ner.Person || sp.Type != ner.Person || sp.Tok != prev.TokEnd {
		return false
	}
	if !ds.nameWord(prev.TokEnd-1) || !ds.nameWord(sp.Tok) ||
		strings.TrimSpace(ds.t.Slice(int(ds.toks[sp.Tok-1].End), int(ds.toks[sp.Tok].Start))) != "" {
		return false // "حسين شيعان ـ متعب شراحيلي": a list cut by tatweels, which are no tokens
	}
	for k := prev.Tok + 1; k < sp.TokEnd; k++ {
		if t := ds.toks[k]; t.Arabic && t.Kind == textnorm.Word && ds.conjunctionStart(ds.t.TokenText(t)) {
			return false
		}
	}
	if first := ds.toks[prev.Tok]; prev.TokEnd-prev.Tok == 1 && first.Arabic {
		if _, _, art := ds.m.Stem(ds.t.TokenText(first)); art && ds.m.DefiniteOrgAdjective(ds.t.TokenOrig(first)) {
			return false
		}
	}
	return true
}

// nameWord reports a word token of two letters or more.
func (ds *discoverer) nameWord(k int) bool {
	tok := ds.toks[k]
	return tok.Kind == textnorm.Word && utf8.RuneCountInString(ds.t.TokenText(tok)) >= 2
}

// conjunctionStart reports a normalized Arabic word that starts with a
// conjunction and is no given name as a whole (as "وليد" is). (Not
// KnownNameWord: ANERcorp's names take the conjunction in, "ولويس".)
func (ds *discoverer) conjunctionStart(w string) bool {
	return ds.m.ConjunctionStart(w) && !ds.m.GivenName(w)
}

// conjoined reports an Arabic word that starts with a conjunction before a
// name ("ورياض"): ner.Model.Conjoined.
func (ds *discoverer) conjoined(k int) bool { return ds.m.Conjoined(ds.t, ds.toks[k]) }

func (ds *discoverer) particle(k int) bool {
	tok := ds.toks[k]
	return tok.Kind == textnorm.Word && ds.m.Particle(ds.t.TokenText(tok))
}

func (ds *discoverer) connector(k int) bool {
	tok := ds.toks[k]
	return tok.Kind == textnorm.Word && ds.m.Connector(ds.t.TokenText(tok))
}

// extend mends where a name the labeller found starts. A person's name that
// starts with a particle ("بن زايد آل نهيان") takes the given name before it
// ("خليفة"), which a gazetteer may have matched alone; the gazetteer
// mention then gives way (see widens). A person's name right after the head
// of an organization's name ("مستشفى الملك فيصل", "جامعة الملك سعود"), or an
// organization's name that starts with a title ("الملك فهد" after "مجمع"), is
// part of the organization's name. (Not a place's: ANERcorp dev says "جامعة
// القاهرة" is as often the place alone, ORG F1 falling 7 points.)
func (ds *discoverer) extend(sp ner.Span, ms []Mention, covered []int32) ner.Span {
	prev := sp.Tok - 1
	if prev < 0 || ds.toks[prev].Kind != textnorm.Word || !ds.toks[sp.Tok].Space || !ds.toks[prev].Arabic {
		return sp
	}
	w := ds.t.TokenText(ds.toks[prev])
	if sp.Type == ner.Person && ds.particle(sp.Tok) {
		if c := int(covered[prev]) - 1; c >= 0 {
			if m := &ms[c]; m.TokEnd == sp.Tok && m.Via != gazetteer.ViaRole && (m.Entity != nil && m.Entity.Type == gazetteer.Person || len(m.Candidates) > 0 && m.Candidates[0].Type == gazetteer.Person) {
				sp.Tok = m.Tok
			}
			return sp
		}
		if st, _, _ := ds.m.Stem(w); ds.m.GivenName(w) || ds.m.GivenName(st) {
			sp.Tok = prev
		}
		return sp
	}
	if covered[prev] == 0 && (sp.Type == ner.Person || sp.Type == ner.Organization && ds.title(sp.Tok)) {
		// The head in construct, without the article: "جامعة الملك سعود",
		// but not "زعيم التنظيم أبوبكر البغدادي".
		if st, _, art := ds.m.Stem(w); !art && (ds.m.OrgHead(w) || ds.m.OrgHead(st)) {
			sp.Tok, sp.Type = prev, ner.Organization
		}
	}
	return sp
}

// shouting reports an English sentence written mostly in capitals (a
// headline, a ticker line): three words or more, most of them all capitals.
func (ds *discoverer) shouting(from, to int) bool {
	words, caps := 0, 0
	for k := from; k < to; k++ {
		tok := ds.toks[k]
		if tok.Kind != textnorm.Word || tok.Arabic {
			continue
		}
		o := ds.t.TokenOrig(tok)
		if utf8.RuneCountInString(o) < 2 {
			continue
		}
		words++
		if strings.ToUpper(o) == o && strings.ToLower(o) != o {
			caps++
		}
	}
	return words >= 3 && caps*5 >= words*3
}

// allCaps reports a span of Latin words all written in capitals.
func (ds *discoverer) allCaps(sp ner.Span) bool {
	n := 0
	for k := sp.Tok; k < sp.TokEnd; k++ {
		tok := ds.toks[k]
		if tok.Kind != textnorm.Word {
			continue
		}
		o := ds.t.TokenOrig(tok)
		if tok.Arabic || utf8.RuneCountInString(o) < 2 || strings.ToUpper(o) != o || strings.ToLower(o) == o {
			return false
		}
		n++
	}
	return n > 0
}

// title reports a word token that is a title (ner.Model.IsTitle).
func (ds *discoverer) title(k int) bool {
	tok := ds.toks[k]
	if tok.Kind != textnorm.Word {
		return false
	}
	w := ds.t.TokenText(tok)
	st, _, _ := ds.m.Stem(w)
	return ds.m.IsTitle(w) || ds.m.IsTitle(st)
}

// companyShortForms gives a company's short form, which the labeller read
// as a person or a place of its own, to the company: where an article
// names "Fairchild Industries Inc" and then "Fairchild", "Hudson's Bay Co"
// and "Hudson", or "Gabelli and Co Inc" and "Gabelli", the one-name
// mention is a discovered name (not a gazetteer's) whose words begin an
// organization's name in the same article that ends with a company_ends
// word (Inc, Corp, Co, AG, ...). It then stands for that organization:
// the nearest one before it, else the first after it. A word that is also
// the last word of a person's longer name in the article ("Phillips" where
// Susan Phillips is named) is left as it is. Latin script only.
func (x *Extractor) companyShortForms(d *Document, ms []Mention) {
	m := x.model(d.Lang)
	if m == nil {
		return
	}
	type org struct {
		key string
		tok int
		e   *gazetteer.Entity
	}
	var orgs []org
	var people []string // keys of people named in two words or more
	key := func(mn *Mention) string {
		k, _ := m.Name(d.Text, d.Tokens, ner.Span{Tok: mn.Tok, TokEnd: mn.TokEnd})
		return k
	}
	for i := range ms {
		mn := &ms[i]
		if mn.Entity == nil || d.Tokens[mn.Tok].Arabic {
			continue
		}
		switch mn.Entity.Type {
		case gazetteer.Organization:
			k := key(mn)
			if last := k[strings.LastIndexByte(k, '_')+1:]; strings.IndexByte(k, '_') > 0 && m.CompanyEnd(last) {
				orgs = append(orgs, org{k, mn.Tok, mn.Entity})
			}
		case gazetteer.Person:
			if k := key(mn); strings.IndexByte(k, '_') > 0 {
				people = append(people, k)
			}
		}
	}
	if len(orgs) == 0 {
		return
	}
	for i := range ms {
		mn := &ms[i]
		if mn.Via != gazetteer.ViaDiscovered || !IsDiscovered(mn.Entity) || d.Tokens[mn.Tok].Arabic {
			continue
		}
		if t := mn.Entity.Type; t != gazetteer.Person && t != gazetteer.Place {
			continue
		}
		k := key(mn)
		if k == "" || slices.ContainsFunc(people, func(p string) bool { return p != k && strings.HasSuffix(p, "_"+k) }) {
			continue
		}
		var pick *gazetteer.Entity
		before, pickTok := false, 0
		for _, o := range orgs {
			if !strings.HasPrefix(o.key, k+"_") {
				continue
			}
			if o.tok < mn.Tok && (!before || o.tok > pickTok) || !before && (pick == nil || o.tok < pickTok) {
				pick, pickTok, before = o.e, o.tok, o.tok < mn.Tok
			}
		}
		if pick != nil {
			mn.Entity, mn.Candidates = pick, []*gazetteer.Entity{pick}
		}
	}
}
