package timeline

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/extract/temporal"
	"github.com/tarikh/tarikh/lang"
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
// at 0.45-0.48 on a place alone.) twoPeopleShare is the similarity that
// suffices when two people are named in both (namedBoth): the two
// receptions of one template had one guest each, not the same.
const (
	closeShare     = 0.45
	twoPeopleShare = 0.3
	placeShare     = 0.5
	closeMin       = 4
)

// headlineWords is the most content words a headline has, and
// headlineShare (headlinePlaceShare on a place alone) the share of them a
// sentence telling the same event shares.
const (
	headlineWords      = 12
	headlineShare      = 0.6
	headlinePlaceShare = 0.75
)

// containShare is the share of the shorter sentence's content words, and
// containMin the fewest words, that two sentences sharing a participant
// have in common when they tell one event in sentences of unequal length
// (closeWording). Not on a place alone.
const (
	containShare = 0.7
	containMin   = 15
)

// ownShare is the similarity closeReports gives a report close only to
// its own article's words: close, below any other.
const ownShare = 1e-6

// closeWording reports two content word sets close enough to tell one
// event: closeMin words in common at least, and a Jaccard of share or
// more, or, for a headline (headlineWords or fewer), a share of its words
// of head or more. sim is the share of common words that decided (0 when
// not close).
func closeWording(a, b []uint32, share, head, contain float64) (sim float64) {
	if len(a) < closeMin || len(b) < closeMin {
		return 0
	}
	n := sharedBesides(a, b, nil, nil)
	if n < closeMin {
		return 0
	}
	if jac := float64(n) / float64(len(a)+len(b)-n); jac >= share {
		return jac
	}
	// A headline against the story's sentence: most of the short side's
	// words.
	short := min(len(a), len(b))
	if short <= headlineWords && float64(n) >= head*float64(short) {
		return float64(n) / float64(short)
	}
	// A lead against another paper's longer lead: most of the shorter
	// one's words, and many of them (a sentence's word set is its first
	// 64 words: the longer one's tail only lowers the Jaccard).
	if contain > 0 && n >= containMin && float64(n) >= contain*float64(short) {
		return float64(n) / float64(short)
	}
	return 0
}

// closeReports reports, as the similarity of their wording (0 for no),
// that merged event x and the incoming event in are one event told in
// other words: the same day, types
// of one family or of compatible families (both untyped or both typed),
// a place or a participant in common, and close wording (closeWording:
// closer when only a place is shared).
// When both name specific participants (people, organizations that are
// not broad actors), one of them must be shared (spellings folded,
// sameNames) and neither side may name two people the other does not: one
// emir receiving two guests on one day, told by one template, is two
// events.
func (m *Merger) closeReports(x *merged, in *incoming, ca, cb string) (sim float64) {
	a, b, csig := &x.Event, in.Event, in.csig
	if a.Granularity != temporal.Day || b.Granularity != temporal.Day {
		return 0
	}
	if !datesAgree(a, b) && !dayBefore(a, x.dateline, b, in.articleDay) {
		return 0
	}
	if m.untyped[ca] != m.untyped[cb] || (m.untyped[ca] && ca != cb) || !m.compatible(ca, cb) {
		return 0
	}
	entity := shared(a.People, b.People) > 0 || shared(a.Organizations, b.Organizations) > 0 || m.sameNames(a, b) > 0 || m.aliasTie(a, b)
	if !entity && shared(a.Places, b.Places) == 0 {
		return 0
	}
	share, head, contain := closeShare, headlineShare, containShare
	if !entity {
		share, head, contain = placeShare, headlinePlaceShare, 0
	} else if m.namedBoth(a.People, b.People) >= 2 {
		share = twoPeopleShare
	}
	// Close to its own article's headline or lead only, the report is
	// one event with x but ranks below any other paper's close account
	// (Merger.add joins the closest): a report of "yesterday" joins the
	// row of the undated lead another paper wrote in close words rather
	// than the row its own headline went to first.
	own, selfOnly := firstDoc(b), false
	for i, w := range x.content {
		c := closeWording(w, csig, share, head, contain)
		if c > 0 && own != "" && x.sigDoc[i] == own {
			selfOnly = true
			continue
		}
		sim = max(sim, c)
	}
	if sim == 0 && selfOnly {
		sim = ownShare
	}
	if sim == 0 {
		return 0
	}
	sa, sb := m.specifics(a), m.specifics(b)
	if len(sa) > 0 && len(sb) > 0 && sharedIDs(sa, sb) == 0 && m.sameNames(a, b) == 0 && !m.aliasTie(a, b) {
		return 0
	}
	if m.othersNamed(a.People, b.People) && m.othersNamed(b.People, a.People) {
		return 0
	}
	// Each side names a company the other does not: two companies' news
	// told in one template, tied by the regulator or the agency in both
	// ("USPCI Inc said it filed a registration statement with the
	// Securities and Exchange Commission", "Boddie-Noell ... said it filed a
	// registration statement with the Securities and Exchange Commission").
	if m.otherOrg(a.Organizations, b.Organizations) && m.otherOrg(b.Organizations, a.Organizations) {
		return 0
	}
	return sim
}

// otherOrg reports that a names a company found by English name discovery
// (an organization with no Arabic name) that b does not, neither under the
// same id nor under a name of the same first word (Irving Trust Co and
// Irving Trust, BankAmerica Corp and BankAmerica). Arabic reports name a
// body in many forms (a ministry, its directorate): they are left to the
// rules above.
func (m *Merger) otherOrg(a, b []Entity) bool {
	for _, p := range a {
		if p.NameAr != "" || p.NameEn == "" {
			continue
		}
		if !slices.ContainsFunc(b, func(q Entity) bool { return q.ID == p.ID || m.sameOrgWord(p, q) }) {
			return true
		}
	}
	return false
}

// sameOrgWord reports two organizations whose English names begin with the
// same word (folded as names are).
func (m *Merger) sameOrgWord(p, q Entity) bool {
	fp, fq := m.fold(p.NameEn), m.fold(q.NameEn)
	return len(fp) > 0 && len(fq) > 0 && fp[0] == fq[0]
}

// namedBoth counts the people of a that b names too, under the same id or
// as a shorter form of the name (shortName): the emir and his guest named
// in both papers are two.
func (m *Merger) namedBoth(a, b []Entity) int {
	n := 0
	for _, p := range a {
		if slices.ContainsFunc(b, func(q Entity) bool {
			return q.ID == p.ID || shortName(m.fold(p.NameAr), m.fold(q.NameAr))
		}) {
			n++
		}
	}
	return n
}

// othersNamed reports that a names at least two people and one that b does
// not, neither under the same id nor as a shorter form of the name
// (shortName): the guest عبدالله سعيد of one paper is عبدالله بن سعيد
// المبطي of another. A person of a whose first two name words are another
// of a's is that one named twice (فيصل بن خالد يجتمع, a verb glued to
// فيصل بن خالد بن عبدالعزيز by name discovery) and is not counted.
func (m *Merger) othersNamed(a, b []Entity) bool {
	if len(a) < 2 {
		return false
	}
	for i, p := range a {
		fp := m.fold(p.NameAr)
		if slices.ContainsFunc(a[:i], func(r Entity) bool {
			fr := m.fold(r.NameAr)
			return len(fp) >= 2 && len(fr) >= 2 && fp[0] == fr[0] && fp[1] == fr[1]
		}) {
			continue
		}
		if !slices.ContainsFunc(b, func(q Entity) bool {
			return q.ID == p.ID || shortName(m.fold(p.NameAr), m.fold(q.NameAr))
		}) {
			return true
		}
	}
	return false
}

// shortName reports two folded names of which the shorter, of two words
// or more, begins the longer and is its words in order: a given name and
// a father's name without the family name.
func shortName(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 || a[0] != b[0] {
		return false
	}
	return inOrder(a, b)
}

// inOrder reports whether the words of a appear in b in the same order.
func inOrder(a, b []string) bool {
	j := 0
	for _, w := range b {
		if j < len(a) && w == a[j] {
			j++
		}
	}
	return j == len(a)
}

// articleDay reports an event dated by its article's date alone: no time
// word (datelined), or only a weak one (a bare اليوم, "today":
// weak_dates), which a paper that copies an agency's story of the day
// before keeps as it was written.
func (m *Merger) articleDay(e *Event) bool {
	return datelined(e) || dayWord(m.weak, e)
}

// relativeDay reports an event dated by a bare today or yesterday
// (relative_days), counted from its article's date.
func (m *Merger) relativeDay(e *Event) bool {
	return dayWord(m.relDays, e)
}

// todayDay reports an event dated to one day by a time text that opens
// with a word of weak_dates (اليوم, today), its weekday named or not:
// "اليوم السبت", "اليوم (الجمعة)".
func (m *Merger) todayDay(e *Event) bool {
	if e.Granularity != temporal.Day || len(m.weak) == 0 || len(e.TimeText) > maxWeakLen {
		return false
	}
	w := strings.FieldsFunc(strings.ToLower(textnorm.NormString(e.TimeText)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return len(w) > 0 && m.weak[w[0]]
}

// todayCopies reports that merged event x and the incoming event in, of
// one merge class (ca, cb), are two papers' copies of one sentence
// (nearIdentical) each dated by its today (todayDay) to two days one after
// the other: one paper wrote its today a day before the other, of a story
// both carry ("أعلن الاتحاد الدولي لكرة القدم (فيفا) تحديد رؤوس المجموعات
// الاوروبية في قرعة نهائيات مونديال 2018 في روسيا التي تسحب اليوم
// (الجمعة)" and "... التي تسحب، اليوم السبت،": SaudiNewsNet 2015-07-25
// articles 00910 and 01294). Only two outlets' copies (twoOutlets): a
// daily report in one template, the same when the figures are ("أعلنت
// وزارة الصحة، اليوم الخميس، عدم تسجيل أي حالات إصابة جديدة" and "اليوم
// الجمعة" in sabq's 07-31 articles 02107 and 02182), is two days' news.
func (m *Merger) todayCopies(x *merged, in *incoming, ca, cb string) bool {
	a, b := &x.Event, in.Event
	if ca != cb || !x.today || !in.today || !oneDay(a) || !oneDay(b) || slices.Contains(a.Docs, firstDoc(b)) ||
		!a.StartDate.AddDate(0, 0, 1).Equal(b.StartDate) && !b.StartDate.AddDate(0, 0, 1).Equal(a.StartDate) ||
		!twoOutlets(a, b) {
		return false
	}
	return slices.ContainsFunc(x.words, func(w []uint32) bool { return nearIdentical(w, in.sig) })
}

// copyGap reports two events of one day each, one dated by its article
// (al, bl: articleDay, no time word or only a weak one, a bare today) and
// the other, with a time word, one to copyDays days before it: what
// laterCopy looks at.
func copyGap(a *Event, al bool, b *Event, bl bool) bool {
	if al == bl {
		return false
	}
	if al {
		a, b = b, a // a the dated one, b the bare one
	}
	if !oneDay(a) || !oneDay(b) || !a.StartDate.Before(b.StartDate) {
		return false
	}
	return !a.StartDate.AddDate(0, 0, copyDays).Before(b.StartDate)
}

// copyDays is the most days a paper that runs an agency's story without its
// time word is behind the paper that kept it (laterCopy).
const copyDays = 7

// laterCopy reports that merged event x and the incoming event in, of one
// merge class (ca, cb), are two papers' copies of one sentence, one dated
// by its article (no time word, or a bare today: articleDay) and the other
// by its time word a few days before (copyGap): a paper that runs an
// agency's story days later often drops its "yesterday (Saturday)", or
// keeps the agency's "اليوم" of the day it was written. SaudiNewsNet 2015-07-21:
// aawsat 00102's "أمر حكام ولايات فلوريدا ولويزيانا ... يوم أمس (السبت)،
// بتسليح أفراد الحرس الوطني" and alyaum 02098's copy of it without the
// day (pair 3 of the twelfth round). Only long sentences (copyWords words
// at least in each) that share copyShare of their words: a daily report
// in one template changes its figures and its day.
func (m *Merger) laterCopy(x *merged, in *incoming, ca, cb string) bool {
	a, b := &x.Event, in.Event
	if ca != cb || !copyGap(a, x.dateline, b, in.articleDay) || slices.Contains(a.Docs, firstDoc(b)) || len(in.sig) < copyWords {
		return false
	}
	for i, w := range x.words {
		if len(w) < copyWords || x.sigDoc[i] == firstDoc(b) {
			continue
		}
		n := sharedBesides(w, in.sig, nil, nil)
		if float64(n) >= copyShare*float64(len(w)+len(in.sig)-n) {
			return true
		}
	}
	return false
}

// copyWords is the fewest words, and copyShare the least Jaccard
// similarity of their words, of two papers' copies of one sentence
// days apart (laterCopy).
const (
	copyWords = 12
	copyShare = 0.75
)

// twoOutlets reports that b's article is on a web site (the host of its
// address) that none of a's articles is on, all of them having one.
// Without addresses the outlets are unknown: one wire's two days of "The
// Federal Reserve is expected to enter the U.S. government securities
// market to add reserves ... today" (Reuters, March 26 and 27) are two
// days' news.
func twoOutlets(a, b *Event) bool {
	if len(b.URLs) == 0 || len(a.URLs) < len(a.Docs) {
		return false
	}
	h := urlHost(b.URLs[0])
	return h != "" && !slices.ContainsFunc(a.URLs, func(u string) bool { return urlHost(u) == h || urlHost(u) == "" })
}

// urlHost returns the host of the address u, without a leading www.; ""
// when it has none.
func urlHost(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// dayWord reports an event dated to a day by a time text that is one of
// words (normalized, lower-cased: weak_dates, relative_days).
func dayWord(words map[string]bool, e *Event) bool {
	if e.Granularity != temporal.Day || len(words) == 0 || len(e.TimeText) > maxWeakLen {
		return false
	}
	return words[strings.ToLower(textnorm.NormString(strings.TrimSpace(e.TimeText)))]
}

// maxWeakLen bounds the time texts dayWord looks up (in bytes): weak and
// relative dates are a word or two.
const maxWeakLen = 32

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

// datelineReports reports that merged event x and the incoming event in,
// one dated by its article for want of any time word and the other the
// day before (dayBefore), tell one event in other words, on the evidence
// the same-day rules ask for and more: two papers' reports of one type
// (not untyped: class is its merge class) that name first the same person
// or organization (sameSubject), neither naming two people the other does
// not, in close enough wording (dayWords). A paper of the 2nd tells with no time word "البراك ينقل تحيات أمير
// الشرقية للعمانيين المصابين في حادث خريص" what another paper of the 2nd
// dates yesterday ("اطمأن وكيل محافظة الأحساء، خالد البراك، يوم أمس، على
// حالة المرضى العمانيين المصابين في حادث الباص قرب مركز خريص").
func (m *Merger) datelineReports(x *merged, in *incoming, class string) bool {
	a, b := &x.Event, in.Event
	if slices.Contains(a.Docs, firstDoc(b)) {
		return false // two papers' reports, not two sentences of one
	}
	if a.Type != b.Type || m.untyped[class] || !m.sameSubject(a, b) {
		return false
	}
	if othersOn(a.People, b.People) && othersOn(b.People, a.People) {
		return false
	}
	names := m.nameWords(a, b)
	for _, w := range x.content {
		if sharedBesides(w, in.csig, names, nil) >= dayWords && closeWording(w, in.csig, dayShare, 2, 0) > 0 {
			return true
		}
	}
	return false
}

// nextDayReports reports that merged event x and the incoming event in,
// of one typed merge class (ca, cb), both told as done and each dated to
// one day, one the day after the other, are one event told by two papers:
// one paper's "اليوم الأربعاء" is another's "يوم أمس" in an article
// crawled a day later (Windows 10's launch, SaudiNewsNet 2015-07-31). Each
// must have a time word (a report dated by its article alone is
// datelineReports' case: Dixons' sale of Woolworth shares, undated, is not
// its tender offer that expired "yesterday", Reuters). The
// later one must be dated by a bare today or yesterday (relative_days:
// "اليوم الخميس" and "اليوم الجمعة" are two days), the two must share a
// participant that is no service nor busy person (personalTie; spellings
// folded: sameNames), neither naming two people the other does not, and
// dayRare rare words besides the participants' names that are dayRareShare
// of the rare words of the report that has fewer. Planned events are left
// out: talks set for Monday and further talks "this morning" are two
// sessions (Reuters, Cargill U.K.).
func (m *Merger) nextDayReports(x *merged, in *incoming, ca, cb string) bool {
	a, b := &x.Event, in.Event
	if ca != cb || m.untyped[ca] || a.Status != Happened || b.Status != Happened || !oneDay(a) || !oneDay(b) ||
		x.bare || datelined(b) || slices.Contains(a.Docs, firstDoc(b)) {
		return false
	}
	// The later one dated by a bare today or yesterday (relativeDay):
	// "اليوم الجمعة" against "اليوم الخميس" are two days' executions.
	switch {
	case a.StartDate.AddDate(0, 0, 1).Equal(b.StartDate):
		if !in.relDay {
			return false
		}
	case b.StartDate.AddDate(0, 0, 1).Equal(a.StartDate):
		if !x.relDay {
			return false
		}
	default:
		return false
	}
	return m.dayApartTie(x, in)
}

// personalTie reports a specific participant that a and b both name and
// that is neither a service nor a busy person (types.yaml): a civil
// defence spokesman tells a fire in Jeddah one day and one in Riyadh the
// next in the same words.
func (m *Merger) personalTie(a, b *Event) bool {
	sb := m.specifics(b)
	for _, id := range m.specifics(a) {
		if slices.Contains(sb, id) && !m.services[id] && !m.busy[id] {
			return true
		}
	}
	return false
}

// dayApartTie is the evidence that two papers' reports x and in of one
// event need beyond their dates and types (nextDayReports,
// otherTypeReports): a specific participant both name that is neither a
// service nor a busy person (personalTie) or a discovered spelling of one
// (sameNames, orgVariantTie), neither naming two people the other does not, and besides
// the names dayRare rare words of their sentences shared, dayRareShare of
// the rare words of the one that has fewer.
func (m *Merger) dayApartTie(x *merged, in *incoming) bool {
	a, b := &x.Event, in.Event
	if !m.personalTie(a, b) && m.sameNames(a, b) == 0 && !m.orgVariantTie(a, b) && !m.holderTie(a, b) && !m.holderTie(b, a) {
		return false
	}
	if othersOn(a.People, b.People) && othersOn(b.People, a.People) {
		return false
	}
	names := m.nameWords(a, b)
	nb := rareCount(in.csig, names, m.common)
	for _, w := range x.content {
		n := sharedBesides(w, in.csig, names, m.common)
		if n >= dayRare && float64(n) >= dayRareShare*float64(min(rareCount(w, names, m.common), nb)) {
			return true
		}
	}
	return false
}

// holderTie reports that the untyped report u (a statement, or no event
// word: types.yaml untyped), which names no specific participant, names as
// a place a country that a person or organization of the typed report t
// is of (gazetteer country): an office and its holder, the state and its
// head ("أقرت الإمارات قانونا" and "أصدر الشيخ خليفة بن زايد آل نهيان ...
// مرسوما", SaudiNewsNet 2015-07-21 articles 00050 and 02536, pair 6 of the
// twelfth round). What else the two share is dayApartTie's to ask.
func (m *Merger) holderTie(u, t *Event) bool {
	if m.gaz == nil || !m.untyped[m.classOf(u.Type)] || m.untyped[m.classOf(t.Type)] || len(m.specifics(u)) > 0 {
		return false
	}
	for _, id := range m.holderCountries(t) {
		if slices.ContainsFunc(u.Places, func(p Entity) bool { return p.ID == id }) {
			return true
		}
	}
	return false
}

// holderCountries returns the countries (gazetteer CountryOf) of the
// specific participants of e, a typed event: the states its people and
// organizations act for.
func (m *Merger) holderCountries(e *Event) []string {
	if m.gaz == nil || m.untyped[m.classOf(e.Type)] {
		return nil
	}
	var out []string
	for _, id := range m.specifics(e) {
		if c := m.gaz.CountryOf(id); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// holderKeys are the keys under which an event meets the ones holderTie
// may tie it to: a typed event under its participants' countries, an
// untyped one that names no specific participant under the countries it
// names.
func (m *Merger) holderKeys(e *Event, shard string) []string {
	if m.gaz == nil {
		return nil
	}
	pre := holderPrefix + string(e.Status) + "|" + shard + "|"
	var keys []string
	if !m.untyped[m.classOf(e.Type)] {
		for _, c := range m.holderCountries(e) {
			keys = append(keys, pre+c)
		}
		return keys
	}
	if len(m.specifics(e)) > 0 {
		return nil
	}
	for _, p := range e.Places {
		if m.gaz.CountryOf(p.ID) == p.ID {
			keys = append(keys, pre+p.ID)
		}
	}
	return keys
}

// holderPrefix begins the keys of holderKeys.
const holderPrefix = "c|"

// holderReports reports that merged event x and the incoming event in,
// met under a country (holderKeys), are one event: one typed and the other
// not, tied by an office and its holder (holderTie), on the evidence of
// otherTypeReports (one single day, two articles, no incident, dayRare rare
// words).
func (m *Merger) holderReports(x *merged, in *incoming) bool {
	a, b := &x.Event, in.Event
	if !m.placesAgree(x, in) || !m.holderTie(a, b) && !m.holderTie(b, a) {
		return false
	}
	ca, cb := m.classOf(a.Type), m.classOf(b.Type)
	return m.otherTypeReports(x, in, ca, cb)
}

// dayRare is the fewest rare words besides the participants' names, and
// dayRareShare the least share of the rare words of the report that has
// fewer, that two papers' reports of one event dated a day apart share
// (nextDayReports). On SaudiNewsNet 2015-07-27, 07-31, 08-04 and 08-07
// the reports of one event shared 4 to 32 rare words, 0.6 to 1 of the
// shorter's (Windows 10: 4, 0.67); a civil defence fire in Jeddah and one
// in Riyadh 0.17 to 0.33, the Hilal's training of two days 0.26 and
// 0.36, a Cabinet session and the same prince's reception the next day
// 0.57 (their shared words are his titles and his palace).
const (
	dayRare      = 4
	dayRareShare = 0.6
)

// dayWords is the fewest content words besides the participants' names,
// and dayShare the least Jaccard similarity of their content words (four
// words in common at least: closeMin), of two reports a day apart
// (datelineReports). On SaudiNewsNet 2015-08-02 and 08-10 the reports of
// one event shared 3 to 5 words besides the names at 0.12 to 0.28; a
// commentary and a war report naming one leader, 3 words at 0.07.
const (
	dayWords = 3
	dayShare = 0.1
)

// sameSubject reports that a and b name first the same person, or, when
// one of them names none, the same organization: who did what both tell.
// (The Jeddah governor's reception of a visiting minister and the OIC's
// reception of him the next day share the guest, named second in one and
// first in the other.)
func (m *Merger) sameSubject(a, b *Event) bool {
	if len(a.People) > 0 && len(b.People) > 0 {
		return m.oneEntity(a.People[0], b.People[0])
	}
	if len(a.Organizations) > 0 && len(b.Organizations) > 0 {
		return m.oneEntity(a.Organizations[0], b.Organizations[0])
	}
	return false
}

// oneEntity reports that p and q name one person or organization that is
// not a broad actor: the same id, or a discovered name whose folded
// spelling begins with the same given name as the other's and agrees
// with it (foldedMatch, shortName).
func (m *Merger) oneEntity(p, q Entity) bool {
	if m.broad[p.ID] || m.broad[q.ID] {
		return false
	}
	if p.ID == q.ID {
		return true
	}
	if !extract.IsDiscoveredID(p.ID) && !extract.IsDiscoveredID(q.ID) {
		return false
	}
	// The same given name first: Faisal bin Abdullah bin Abdulaziz is
	// not Abdullah bin Abdulaziz (foldedMatch alone).
	fp, fq := m.fold(p.NameAr), m.fold(q.NameAr)
	return len(fp) > 0 && len(fq) > 0 && fp[0] == fq[0] && (foldedMatch(fp, fq) || shortName(fp, fq))
}

// nameWords returns the word set (wordSig) of the names of a's and b's
// people and organizations.
func (m *Merger) nameWords(a, b *Event) []uint32 {
	var all []string
	for _, l := range [][]Entity{a.People, a.Organizations, b.People, b.Organizations} {
		for _, x := range l {
			all = append(all, x.NameAr, x.NameEn)
		}
	}
	return m.wordSig(strings.Join(all, " "))
}

// sharedBesides counts the words of the sorted sets a and b that both hold
// and that neither the sorted set skip nor the set common (each nil for
// none) holds.
func sharedBesides(a, b, skip []uint32, common map[uint32]bool) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			if _, found := slices.BinarySearch(skip, a[i]); !found && !common[a[i]] {
				n++
			}
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
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
					if foldedMatch(fx, m.fold(z.NameAr)) {
						return !m.nisbaApart(x.NameAr, z.NameAr)
					}
					return foldedMatch(fx, m.fold(z.NameEn))
				}) {
					n++
					break
				}
			}
		}
	}
	return n
}

// nisbaApart reports two Arabic names whose family names (their last
// words) are not one: one is a definite relative adjective (nisbaWord:
// البكيري) and the other, without the article, does not end as one (بكر).
// Folding drops the adjective's ي as a long vowel: محمد البكيري, a
// funeral's mourner, folded as محمد بكر, an actor of Eid plays
// (SaudiNewsNet 2015-07-21, articles 02427 and 02241). The same adjective
// without its article (يحيى متعب الشاجري, يحيى متعب شاجري: 2015-08-06) and
// a foreign name's final vowel (لاكازيتي, لاكازيت) keep one name.
func (m *Merger) nisbaApart(a, b string) bool {
	fa, fb := m.familyWord(a), m.familyWord(b)
	return m.nisbaWord(fa) && !m.nisbaSuffix(fb) || m.nisbaWord(fb) && !m.nisbaSuffix(fa)
}

// familyWord returns the last word of a name, normalized ("" for none).
func (m *Merger) familyWord(name string) string {
	words := strings.Fields(textnorm.NormString(name))
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// nisbaSuffix reports a word that, without the article, ends in a nisba
// suffix (nisba_suffixes).
func (m *Merger) nisbaSuffix(w string) bool {
	nf := m.nameData()
	w = strings.TrimPrefix(w, nf.article)
	return slices.ContainsFunc(nf.nisba, func(s string) bool { return strings.HasSuffix(w, s) })
}

// surnameTie reports that one of a and b names a person by a discovered
// name of one word that is the family name (the last folded word) of a
// person of two words or more the other names: "الفنان السعودي عمر
// الجاسر" gave one paper الجاسر alone (SaudiNewsNet 2015-08-07, articles
// 01334 and 00217). A family name is many people's: the merger asks for
// rare wording too (sameEventApart).
func (m *Merger) surnameTie(a, b *Event) bool {
	return m.surnameOf(a.People, b.People) || m.surnameOf(b.People, a.People)
}

// surnameOf reports a discovered one-word name of a that is the family
// name of a longer name of b (surnameTie).
func (m *Merger) surnameOf(a, b []Entity) bool {
	for _, p := range a {
		if !extract.IsDiscoveredID(p.ID) || m.broad[p.ID] {
			continue
		}
		fp := m.fold(p.NameAr)
		if len(fp) != 1 {
			continue
		}
		for _, q := range b {
			if fq := m.fold(q.NameAr); len(fq) >= 2 && fq[len(fq)-1] == fp[0] {
				return true
			}
		}
	}
	return false
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
	f := foldName(m.nameData(), name)
	m.folds[name] = f
	return f
}

// nameData returns the name data the merger folds names with: the
// lexicon's, else the built-in one.
func (m *Merger) nameData() *nameFold {
	if m.names == nil { // no lexicon set: the built-in name data
		nf, err := loadNameFold()
		if err != nil {
			nf = &nameFold{} // the embedded data loads (TestFoldedMatch)
		}
		m.names = nf
	}
	return m.names
}

// maxFolds bounds the names Merger.fold remembers (a full memo starts
// again empty).
const maxFolds = 1 << 16

// familyKey is the key under which the merger also files a participant:
// the folded last word of its name, when the name has two words or more
// or is a discovered name of one word (a family name alone: surnameTie).
func (m *Merger) familyKey(x Entity) string {
	f := m.fold(x.NameAr)
	if len(f) == 0 || len(f) == 1 && !extract.IsDiscoveredID(x.ID) {
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
	return inOrder(a, b)
}

// nameFold is the language data foldName reads, from lang/ar/names.yaml.
type nameFold struct {
	// links are the words of a name that say whose son or which family
	// (bin, ibn, Al: name_links), dropped when folding; halves are the
	// words that begin a name written as two words or one (عبد الله,
	// عبدالله: name_halves). Both lower-cased.
	links, halves map[string]bool
	article       string // the article ال
	// vowels are the letters a name is compared without (name_vowels:
	// long vowels, hamza and its seats, Latin vowels), one string.
	vowels string
	// nisba are the endings of a relative adjective after the article
	// (nisba_suffixes, normalized: السورية, الوطنية): orgStem.
	nisba []string
}

// newNameFold returns the folding data of the Arabic name data ar.
func newNameFold(ar *lang.Arabic) *nameFold {
	set := func(l []string) map[string]bool {
		m := make(map[string]bool, len(l))
		for _, w := range l {
			m[strings.ToLower(w)] = true
		}
		return m
	}
	return &nameFold{links: set(ar.NameLinks), halves: set(ar.NameHalves), article: ar.Article,
		vowels: strings.ToLower(strings.Join(ar.NameVowels, "")), nisba: ar.NisbaSuffixes}
}

// loadNameFold returns the folding data of the built-in names.yaml.
func loadNameFold() (*nameFold, error) {
	ar, err := lang.LoadArabic()
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	return newNameFold(ar), nil
}

// foldName returns the words of a name as spellings of one name differ
// least: normalized (textnorm: ة is ه), without the article ال, the long
// vowels, hamza seats and Latin vowels of name_vowels (رفائيل and رافايل,
// Mohammed and Muhammad),
// and without the words that link a name to a father or family (bin, Al);
// a name's first half (عبد) is one word with the next (عبد الله and
// عبدالله). Words that fold to nothing are dropped.
func foldName(nf *nameFold, name string) []string {
	var out []string
	words := strings.Fields(textnorm.NormString(name))
	for i := 0; i < len(words); i++ {
		w := words[i]
		if nf.halves[strings.ToLower(w)] && i+1 < len(words) {
			i++
			w += words[i]
		}
		if nf.links[strings.ToLower(w)] {
			continue
		}
		if rest, ok := strings.CutPrefix(w, nf.article); ok && utf8.RuneCountInString(rest) > 1 {
			w = rest
		}
		var b strings.Builder
		for _, r := range strings.ToLower(w) {
			switch {
			case strings.ContainsRune(nf.vowels, r):
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

// sameSpeaker reports that the statement x and the incoming statement in,
// of one day, are one person's words told by two papers: both name the same
// people and no others (an organization more on one side is how a paper
// introduces the speaker: Mourinho, "coach of Chelsea, champion of the
// Premier League"), and besides the participants' names their sentences
// share sayRare rare words at least (rareWording: the Colombian striker
// Falcao). A speaker's title (المدير الفني لفريق ... لكرة القدم) is
// common words: two statements of one coach on two matters share it.
func (m *Merger) sameSpeaker(x *merged, in *incoming) bool {
	a, b := &x.Event, in.Event
	if len(a.People) == 0 || len(a.People) != len(b.People) || shared(a.People, b.People) != len(a.People) ||
		slices.Contains(a.Docs, firstDoc(b)) {
		return false
	}
	for _, p := range a.People {
		if m.broad[p.ID] {
			return false
		}
	}
	return m.rareWording(x, in, sayRare)
}

// spokesmanMore reports that the statements or untyped reports x and in
// (specific participants sa, sb, n of them shared) are two papers' accounts
// of one body's words, one of which names the person who gave them: the
// side that names fewer names nothing the other does not, two of them at
// least, the other only people more (a club's media officer), and besides
// the names their sentences share sayRare rare words (rareWording).
// SaudiNewsNet 2015-07-21 articles 02881 and 00734: Dinamo Zagreb's
// rejection of Al-Ahli's bid for Soudani, told from an Algerian site and by
// the club's media officer نيكولا مازنونيتش (pair 10 of the twelfth round).
func (m *Merger) spokesmanMore(x *merged, in *incoming, sa, sb []string, n int) bool {
	a, b := &x.Event, in.Event
	if n < 2 || len(sa) == len(sb) || n < min(len(sa), len(sb)) || slices.Contains(a.Docs, firstDoc(b)) {
		return false
	}
	more, moreIDs, fewer := a, sa, sb
	if len(sb) > len(sa) {
		more, moreIDs, fewer = b, sb, sa
	}
	for _, id := range moreIDs {
		if slices.Contains(fewer, id) {
			continue
		}
		if !slices.ContainsFunc(more.People, func(p Entity) bool { return p.ID == id }) {
			return false // a body more: another party to what was said
		}
	}
	return m.rareWording(x, in, sayRare)
}

// oneSpeakerRare is the fewest rare words besides the participants' names
// that two papers' statements or untyped reports of one day with a single
// participant, the same, share to be one (sameEventApart). On SaudiNewsNet
// 2015-08-07 the Ministry of Health's MERS cases and its denial that
// doctors' allowances were stopped shared none and were one row; each
// paper pair shared one or two. On eight tuning days (07-23, 07-27, 08-02,
// 08-06, 08-07, 08-09, 08-10, 08-11) this splits 23 rows: 17 joined
// different statements (Obama on South Sudan and on a teacher's award,
// the Gulf reactions to al-Maliki), 4 were one event told in other words
// (Assad's speech, Jordi Alba's injury), 2 are unclear.
const oneSpeakerRare = 1

// sayRare is the fewest rare words besides the participants' names that
// two papers' accounts of one person's statement share (sameSpeaker).
const sayRare = 3

// rareWording reports that a sentence of x shares n words at least with
// in's, besides the participants' names and the common words
// (Lexicon.common): rare wording of one event.
func (m *Merger) rareWording(x *merged, in *incoming, n int) bool {
	names := m.nameWords(&x.Event, in.Event)
	for _, w := range x.content {
		if sharedBesides(w, in.csig, names, m.common) >= n {
			return true
		}
	}
	return false
}

// serviceTie reports that the specific participants sa of x and sb of in
// that both name tie them: one of them is no service (types.yaml
// services: civil defence, a region's police), or the two reports share
// serviceRare rare words besides the participants' names (rareWording). A
// civil defence spokesman tells every fire of a region's day; his
// statements' own words (an alarm, the control centre) are common.
//
// A busy person (types.yaml busy_people: a head of state) is named in
// many stories of a day, as the one who acts, is asked or is reacted to
// (Reagan sends a treaty to the Senate; Reagan says the U.S. stands by an
// accord): shared alone, he ties two reports only when they share
// busyRare rare words besides the names. Two busy people shared tie (Chirac
// and Reagan discussing arms control, Chirac's visit with Reagan).
func (m *Merger) serviceTie(x *merged, in *incoming, sa, sb []string) bool {
	service, busy := false, 0
	for _, id := range sa {
		if !slices.Contains(sb, id) {
			continue
		}
		if !m.services[id] && !m.busy[id] {
			return true
		}
		service = service || m.services[id]
		if m.busy[id] {
			busy++
		}
	}
	if busy >= 2 {
		return true
	}
	if service {
		return m.rareWording(x, in, serviceRare)
	}
	return m.rareWording(x, in, busyRare)
}

// busyRare is the fewest rare words besides the names that two reports
// tied only by a busy person share (serviceTie).
const busyRare = 2

// serviceRare is the fewest rare words besides the names that two reports
// tied only by a service share (serviceTie).
const serviceRare = 4

// plannedDone reports that x and the incoming event in, of one day and one
// status each (planned, happened), are one event that one paper announced
// for the day and another told as done ("يرعى اليوم" and "رعى أمس"): the
// same merge class (not a statement or an untyped report), the same single
// day, a specific participant in common, and doneRare rare words besides the
// participants' names in their sentences (rareWording).
func (m *Merger) plannedDone(x *merged, in *incoming) bool {
	a, b := &x.Event, in.Event
	ca := m.classOf(a.Type)
	if ca != m.classOf(b.Type) || m.untyped[ca] || !oneDay(a) || !oneDay(b) || !a.StartDate.Equal(b.StartDate) ||
		slices.Contains(a.Docs, firstDoc(b)) {
		return false
	}
	if sharedIDs(m.specifics(a), m.specifics(b)) == 0 && m.sameNames(a, b) == 0 {
		return false
	}
	return m.rareWording(x, in, doneRare)
}

// doneRare is the fewest rare words besides the participants' names that a
// planned and a done report of one day's event share (plannedDone).
const doneRare = 5

// oneDay reports an event dated to one day.
func oneDay(e *Event) bool {
	return e.Granularity == temporal.Day && e.StartDate.Equal(e.EndDate)
}

// rareLeads reports that x and the incoming event in, both of merge class
// ca and neither naming a specific participant, are one event told by two
// papers: a typed class (not a statement or an untyped report), the same
// single day, two articles, and leadRare rare words besides the names in
// common, at least half of all the rare words the two have, or, when one
// is a headline (headlineWords rare words or fewer), headlinePlaceShare of
// its rare words. Leads that name nobody the gazetteer knows ("إصابة
// ثلاثة أشخاص في حادث تصادم") have only their words to tie them.
func (m *Merger) rareLeads(x *merged, in *incoming, ca string) bool {
	a, b := &x.Event, in.Event
	if m.untyped[ca] || !oneDay(a) || !oneDay(b) || !a.StartDate.Equal(b.StartDate) || slices.Contains(a.Docs, firstDoc(b)) {
		return false
	}
	names := m.nameWords(a, b)
	nb := rareCount(in.csig, names, m.common)
	for _, w := range x.content {
		// Most of the two's rare words, not only many: one emir's
		// receptions of two guests whose names no list knows share a
		// dozen words of their template (TestMergerCloseReports). A
		// headline against another paper's lead: most of the headline's
		// rare words ("جمرك البطحاء يحبط تهريب 33 ألف زجاجة خمر في شحنة
		// «فواكه»" and "أحبط مفتشو جمرك منفذ البطحاء عملية تهريب 33.288
		// زجاجة خمر، ضمن إرسالية "فواكه" قادمة للمملكة": 7 of 9).
		n := sharedBesides(w, in.csig, names, m.common)
		if n < leadRare {
			continue
		}
		na := rareCount(w, names, m.common)
		if short := min(na, nb); 2*n >= na+nb-n || short <= headlineWords && float64(n) >= headlinePlaceShare*float64(short) {
			return true
		}
	}
	return false
}

// rareCount counts the words of sig that are neither in skip (sorted) nor
// common.
func rareCount(sig, skip []uint32, common map[uint32]bool) int {
	n := 0
	for _, h := range sig {
		if _, found := slices.BinarySearch(skip, h); !found && !common[h] {
			n++
		}
	}
	return n
}

// leadRare is the fewest rare words besides the names that two reports
// with no specific participant share to be one event (rareLeads). At
// doneRare (5), without the share of all rare words, two clubs' first
// matches joined on SaudiNewsNet 2015-08-09; at 7 two papers' coalition
// strikes on the Islamic State did not.
const leadRare = 6

// otherTypeReports reports that x and the incoming event in, of two merge
// classes (ca, cb) that are no family of one another, are one event that
// two papers typed differently: an appointment one paper tells as a
// meeting, a signing another tells as the ceremony it took place at, or
// one paper's statement or untyped report of what another typed (al-Abadi
// announcing reforms the cabinet approved that day; a roadmap two bodies
// announced and agreed). One at least is typed (two statements are
// sameEventApart's case) and neither is an
// incident (place_merge: an attack, an accident), whose words every visit
// to the wounded, funeral prayer and reaction repeats; both happened on the same
// single day, come from two articles, share a specific participant that is
// neither a service nor a busy person (personalTie) or a discovered
// spelling of one (sameNames), neither names two people the other does
// not, and besides the names their sentences share dayRare rare words at
// least, dayRareShare of the rare words of the one that has fewer: the
// evidence two papers' reports of one event a day apart need
// (nextDayReports). A statement does not vote on the merged row's type.
func (m *Merger) otherTypeReports(x *merged, in *incoming, ca, cb string) bool {
	a, b := &x.Event, in.Event
	if m.untyped[ca] && m.untyped[cb] || m.incident(a.Type, ca) || m.incident(b.Type, cb) || a.Status != b.Status || !oneDay(a) || !oneDay(b) ||
		!a.StartDate.Equal(b.StartDate) || slices.Contains(a.Docs, firstDoc(b)) {
		return false
	}
	return m.dayApartTie(x, in)
}

// incident reports a type, or a merge class, of place_merge: an attack, an
// accident (whose class is death's).
func (m *Merger) incident(typ, class string) bool {
	return m.placeMerge[typ] || m.placeMerge[class]
}
