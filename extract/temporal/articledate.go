package temporal

import (
	"time"

	"github.com/tarikh/tarikh/textnorm"
)

// leadTokens is how far into an article its lead runs for ArticleDate.
const leadTokens = 80

// ArticleDate returns the article's date as its own text gives it, when
// the date it was given (dct: a metadata date is often the day it was
// crawled) is a few days off and the text is unambiguous:
//
//   - a dateline, the given one (the JSONL "dateline" field) or the first
//     line of the text ("LONDON, March 23 -"), naming a day within three
//     days of dct;
//   - in the lead, a weekday said with today, yesterday or tomorrow
//     (اليوم السبت, أمس الجمعة) that puts the article on another day than
//     dct: the day it was written on, up to six days before dct, never
//     after (writtenOn).
//
// ok is false when the text agrees with dct, says nothing, or says two
// things; every relative date of the article should then be counted from
// the date returned (Find with it as the DCT).
func (r *Recognizer) ArticleDate(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time, dateline string) (time.Time, bool) {
	if dct.IsZero() {
		return time.Time{}, false
	}
	s := r.pool.Get().(*scanner)
	defer r.put(s)
	return s.articleDate(t, toks, lang, dct, dateline)
}

// ArticleDateFind is ArticleDate followed by Find against the date it
// returns (dct when it returns none): the same results, with the lexicon
// senses of the lead's words looked up once for both.
func (r *Recognizer) ArticleDateFind(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time, dateline string) (time.Time, bool, []Timex) {
	s := r.pool.Get().(*scanner)
	defer r.put(s)
	d, ok := time.Time{}, false
	lead := 0 // tokens whose senses s.cache holds for t
	if !dct.IsZero() {
		d, ok = s.articleDate(t, toks, lang, dct, dateline)
		lead = min(len(toks), leadTokens)
	}
	at := dct
	if ok {
		at = d
	}
	s.resetKeep(t, toks, lang, at, lead)
	return d, ok, s.find()
}

// articleDate is ArticleDate on the scanner s (dct not zero); it leaves s
// over the lead of t, its senses cached.
func (s *scanner) articleDate(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time, dateline string) (time.Time, bool) {
	dct = day(dct.Year(), int(dct.Month()), dct.Day())
	var v dateVotes
	if dateline != "" {
		dt := textnorm.Normalize(dateline)
		dtoks := dt.Tokenize()
		s.reset(dt, dtoks, lang, dct)
		s.datelineVotes(len(dtoks), &v)
	}
	n := min(len(toks), leadTokens)
	s.reset(t, toks[:n], lang, dct)
	if dateline == "" && s.commaOnFirstLine(n) {
		s.datelineVotes(n, &v)
	}
	if s.weekdayIn() {
		s.leadWeekdayVotes(&v)
	}
	return v.result(dct)
}

// dateVotes tallies what a text says of its own date.
type dateVotes struct {
	agree bool // something confirms the given date
	cands []time.Time
}

func (v *dateVotes) add(c, dct time.Time) {
	if c.Equal(dct) {
		v.agree = true
		return
	}
	for _, x := range v.cands {
		if x.Equal(c) {
			return
		}
	}
	v.cands = append(v.cands, c)
}

func (v *dateVotes) result(dct time.Time) (time.Time, bool) {
	if v.agree || len(v.cands) != 1 {
		return time.Time{}, false
	}
	return v.cands[0], true
}

// withScanner runs f with a scanner over t and toks.
func (r *Recognizer) withScanner(t *textnorm.Text, toks []textnorm.Token, lang textnorm.Lang, dct time.Time, f func(*scanner)) {
	s := r.pool.Get().(*scanner)
	defer r.put(s)
	s.reset(t, toks, lang, dct)
	f(s)
}

// put returns s to the pool, without the text it held.
func (r *Recognizer) put(s *scanner) {
	s.t, s.toks = nil, nil
	r.pool.Put(s)
}

// commaOnFirstLine reports a comma among the tokens that datelineVotes(n)
// reads before the date that may follow it (on the first line, before token
// min(n, 12)-1): without one, datelineVotes can vote for nothing, and the
// points it would parse are skipped (they are most of ArticleDate's cost).
func (s *scanner) commaOnFirstLine(n int) bool {
	for i := 1; i < n && i < 12; i++ {
		if s.lineBreak(i) {
			return false
		}
		if s.isComma(i - 1) {
			return true
		}
	}
	return false
}

// weekdayIn reports a word of s.toks that can give a point its weekday
// (point.wd): a weekday (with or without the article: يوم خميس) or a
// holiday on an nth weekday (Thanksgiving). Without one, leadWeekdayVotes
// can vote for nothing.
func (s *scanner) weekdayIn() bool {
	for i := range s.toks {
		if s.senses(i).mask&(1<<catWeekday|1<<catWdHoliday) != 0 {
			return true
		}
		if _, ok := s.lx.bareWeekday[s.text(i)]; ok {
			return true
		}
	}
	return false
}

// datelineVotes reads a dateline among the first n tokens: a place, a
// comma, a month and day (maybe a year) on the first line (up to 12
// tokens), then a dash, a bracket or the end ("SALVADOR, Feb 26 -",
// "LONDON, March 23 (Reuters) -").
func (s *scanner) datelineVotes(n int, v *dateVotes) {
	for i := 0; i < n && i < 12; i++ {
		if i > 0 && s.lineBreak(i) {
			return
		}
		p, e, ok := s.point(i)
		if !ok || p.rel || p.m == 0 || p.d == 0 || p.hijri {
			continue
		}
		// PLACE, DATE, then a dash, a bracket or nothing more.
		if !s.isComma(i-1) || e < n && !(s.punct(e, "-") || s.punct(e, "–") || s.punct(e, "—") || s.punct(e, "(")) {
			return
		}
		if c, ok := nearDay(p, s.dct, 3); ok {
			v.add(c, s.dct)
		}
		return
	}
}

// nearDay is the day p names (a month and day, maybe a year) when it lies
// within max days of dct.
func nearDay(p point, dct time.Time, max int) (time.Time, bool) {
	for _, y := range []int{dct.Year() - 1, dct.Year(), dct.Year() + 1} {
		if p.y != 0 && p.y != y || !validDay(y, p.m, p.d) {
			continue
		}
		if c := day(y, p.m, p.d); absDays(c, dct) <= max {
			return c, true
		}
	}
	return time.Time{}, false
}

// leadWeekdayVotes reads, in the lead, a weekday said with a relative day
// (اليوم (السبت), أمس الجمعة): the article's date is the day that makes it
// true, the given date or one of the six days before it (writtenOn).
func (s *scanner) leadWeekdayVotes(v *dateVotes) {
	for i := 0; i < len(s.toks); i++ {
		if k := s.toks[i].Kind; k == textnorm.Punct || k == textnorm.Word && !s.canStart(i) {
			continue // no expression starts here (as in Find); point is dear
		}
		p, e, ok := s.point(i)
		if !ok || !p.rel || p.relUnit != uDay || p.offset || p.wd == 0 {
			continue
		}
		v.add(writtenOn(s.dct, p.relN, p.wd-1), s.dct)
		i = e - 1
	}
}
