package timeline

import (
	"slices"
	"strings"
	"unicode"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/textnorm"
)

// Differently worded reports of one event (issue 13): two papers' own
// accounts of a reception, a crash or a signing share few whole sentences
// and often no participant found under one id, but their sentences share
// the words that say what happened, where and to whom. The rules here join
// them on the same day; stop words do not count as shared wording.

// contentSig returns the word set sig without stop words: what a sentence
// says rather than how.
func (m *Merger) contentSig(sig []uint32) []uint32 {
	if len(m.stop) == 0 {
		return sig
	}
	out := make([]uint32, 0, len(sig))
	for _, h := range sig {
		if !m.stop[h] {
			out = append(out, h)
		}
	}
	return out
}

// closeShare is the Jaccard similarity of the content words (contentSig)
// of two sentences that tell one event in other words when they share a
// participant, placeShare when they share only a place; closeMin is the
// fewest content words they must share. (On SaudiNewsNet 2015-08-06, 0.3
// joined two receptions by one emir of different guests, told by one
// template; at 0.45 such pairs stay apart, see TestMergerCloseReports. On
// 2015-08-08, two weddings in one town and two Greek debt stories joined
// at 0.45-0.48 on a place alone.)
const (
	closeShare = 0.45
	placeShare = 0.5
	closeMin   = 4
)

// headlineWords is the most content words a headline has, and
// headlineShare (headlinePlaceShare on a place alone) the share of them a
// sentence telling the same event shares.
const (
	headlineWords      = 12
	headlineShare      = 0.6
	headlinePlaceShare = 0.75
)

// closeWording reports two content word sets close enough to tell one
// event: closeMin words in common at least, and a Jaccard of share or
// more, or, for a headline (headlineWords or fewer), a share of its words
// of head or more.
func closeWording(a, b []uint32, share, head float64) bool {
	if len(a) < closeMin || len(b) < closeMin {
		return false
	}
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	if n < closeMin {
		return false
	}
	if float64(n) >= share*float64(len(a)+len(b)-n) {
		return true
	}
	// A headline against the story's sentence: most of the short side's
	// words.
	short := min(len(a), len(b))
	return short <= headlineWords && float64(n) >= head*float64(short)
}

// closeReports reports that merged event x and event b (whose content
// words are csig) are one event told in other words: the same day, types
// of one family or of compatible families (both untyped or both typed),
// a place or a participant in common, and close wording (closeWording:
// closer when only a place is shared).
// When both name specific participants (people, organizations that are
// not broad actors), one of them must be shared (spellings folded,
// sameNames) and neither side may name two people the other does not: one
// emir receiving two guests on one day, told by one template, is two
// events.
func (m *Merger) closeReports(x *merged, b *Event, csig []uint32, ca, cb string) bool {
	a := &x.Event
	if a.Granularity != temporal.Day || b.Granularity != temporal.Day {
		return false
	}
	if !datesAgree(a, b) && !dayBefore(a, x.dateline, b, datelined(b)) {
		return false
	}
	if m.untyped[ca] != m.untyped[cb] || (m.untyped[ca] && ca != cb) || !m.compatible(ca, cb) {
		return false
	}
	entity := shared(a.People, b.People) > 0 || shared(a.Organizations, b.Organizations) > 0 || m.sameNames(a, b) > 0
	if !entity && shared(a.Places, b.Places) == 0 {
		return false
	}
	share, head := closeShare, headlineShare
	if !entity {
		share, head = placeShare, headlinePlaceShare
	}
	if !slices.ContainsFunc(x.content, func(w []uint32) bool { return closeWording(w, csig, share, head) }) {
		return false
	}
	sa, sb := m.specifics(a), m.specifics(b)
	if len(sa) > 0 && len(sb) > 0 && sharedIDs(sa, sb) == 0 && m.sameNames(a, b) == 0 {
		return false
	}
	return !(othersOn(a.People, b.People) && othersOn(b.People, a.People))
}

// datelined reports an event dated by its article's date alone (the
// dateline convention: no time word, time_text empty).
func datelined(e *Event) bool { return e.TimeText == "" && e.Granularity == temporal.Day }

// dayBefore reports that one of two day-dated events is dated by its
// article alone (al) and the other, told with a time word, the day
// before: a paper of the 6th tells without a time word what another
// paper of the 6th dates "yesterday".
func dayBefore(a *Event, al bool, b *Event, bl bool) bool {
	if al == bl {
		return false
	}
	if bl {
		a, b = b, a
	}
	return a.StartDate.Equal(a.EndDate) && b.StartDate.Equal(b.EndDate) && b.StartDate.AddDate(0, 0, 1).Equal(a.StartDate)
}

// sameNames counts the people and organizations of a that b names under
// another id with a folded spelling that agrees (foldedMatch): a name
// discovered in one article and known to the gazetteer in the other, or
// discovered in both under two spellings (ناصر الغفيص, علي بن ناصر الغفيص).
// Broad actors do not count.
func (m *Merger) sameNames(a, b *Event) int {
	if !hasDiscovered(a) && !hasDiscovered(b) {
		return 0
	}
	n := 0
	for _, la := range [][]Entity{a.People, a.Organizations} {
		for _, x := range la {
			if m.broad[x.ID] {
				continue
			}
			fx := m.fold(x.NameAr)
			if len(fx) < 2 {
				continue
			}
			for _, y := range [][]Entity{b.People, b.Organizations} {
				if slices.ContainsFunc(y, func(z Entity) bool {
					// Two gazetteer ids are two entities (King Abdullah
					// bin Abdulaziz, Abdullah bin Abdulaziz al-Rabeeah).
					if z.ID == x.ID || m.broad[z.ID] || !(extract.IsDiscoveredID(x.ID) || extract.IsDiscoveredID(z.ID)) {
						return false
					}
					return foldedMatch(fx, m.fold(z.NameAr)) || foldedMatch(fx, m.fold(z.NameEn))
				}) {
					n++
					break
				}
			}
		}
	}
	return n
}

// hasDiscovered reports a person or organization of e found by name
// discovery.
func hasDiscovered(e *Event) bool {
	for _, l := range [][]Entity{e.People, e.Organizations} {
		for _, x := range l {
			if extract.IsDiscoveredID(x.ID) {
				return true
			}
		}
	}
	return false
}

// fold returns foldName(name), remembered: the same names come back
// event after event.
func (m *Merger) fold(name string) []string {
	if f, ok := m.folds[name]; ok {
		return f
	}
	if m.folds == nil || len(m.folds) >= maxFolds {
		m.folds = map[string][]string{}
	}
	f := foldName(name)
	m.folds[name] = f
	return f
}

// maxFolds bounds the names Merger.fold remembers (a full memo starts
// again empty).
const maxFolds = 1 << 16

// familyKey is the key under which the merger also files a participant:
// the folded last word of its name, when the name has two words or more.
func (m *Merger) familyKey(x Entity) string {
	f := m.fold(x.NameAr)
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

// foldedMatch reports two folded names with the same last word (the
// family name) of which the shorter, of two words or more, is the longer's
// words in order (Nasser al-Ghafis in Ali bin Nasser al-Ghafis).
func foldedMatch(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	j := 0
	for _, w := range b {
		if j < len(a) && w == a[j] {
			j++
		}
	}
	return j == len(a)
}

// nameLinks are the words of a name that say whose son or which family
// (bin, ibn, Al), dropped when folding.
var nameLinks = map[string]bool{"بن": true, "ابن": true, "بنت": true, "ال": true, "bin": true, "ibn": true, "bint": true, "al": true}

// foldName returns the words of a name as spellings of one name differ
// least: normalized (textnorm), without the article ال, the long vowels,
// hamza seats and Latin vowels (رفائيل and رافايل, Mohammed and Muhammad),
// and without the words that link a name to a father or family (بن, Al).
// Words that fold to nothing are dropped.
func foldName(name string) []string {
	var out []string
	for _, w := range strings.Fields(textnorm.NormString(name)) {
		if nameLinks[strings.ToLower(w)] {
			continue
		}
		if r := []rune(w); len(r) > 3 && r[0] == 'ا' && r[1] == 'ل' {
			w = string(r[2:])
		}
		var b strings.Builder
		for _, r := range strings.ToLower(w) {
			switch {
			case strings.ContainsRune("اأإآوىيءئؤaeiouy", r):
			case r == 'ة':
				b.WriteRune('ه')
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			out = append(out, b.String())
		}
	}
	return out
}
