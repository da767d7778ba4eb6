package timeline

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/extract"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

// roleRef is a definite noun that stands for an organization the article
// named before: "الشركة" for the company, "الفريق" for the club
// (lang/<code>/events.yaml participants refs).
type roleRef struct {
	heads map[string]bool // normalized: the words that mark the organization where it is named
	after map[string]bool // normalized: definite words that may follow the noun ("الفريق الأول")
	clubs bool            // a club named bare (الهلال) is one too
	adj   []string        // normalized: the endings of a club's relative adjective (see clubAdjective)
}

// addRefs reads the language's refs: each word in its written forms (with
// a conjunction, a preposition, or a preposition fused with the article:
// والشركة, بالشركة, للشركة) and its heads.
func (ll *langLex) addRefs(rs []refData, where string) error {
	ll.refForm = map[string]int{}
	for i, r := range rs {
		if len(r.Words) == 0 || len(r.Heads) == 0 {
			return fmt.Errorf("timeline: %s: participants refs entry %d: want words and heads", where, i+1)
		}
		var adj []string
		for _, e := range r.Adjectives {
			adj = append(adj, textnorm.NormString(e))
		}
		ll.refs = append(ll.refs, roleRef{heads: normSet(r.Heads), after: normSet(r.After), clubs: r.Clubs, adj: adj})
		for _, w := range r.Words {
			w = strings.ToLower(textnorm.NormString(w))
			for _, f := range ll.morph.forms(w) {
				if j, ok := ll.refForm[f]; ok && j != len(ll.refs)-1 {
					return fmt.Errorf("timeline: %s: participants refs: %q is in two entries", where, w)
				}
				ll.refForm[f] = len(ll.refs) - 1
			}
		}
	}
	return nil
}

// addHonorifics reads the language's honorifics, each in its written forms
// (morphology.forms: with a preposition, a conjunction, or both: وسموه,
// لسموه, ولمعاليه).
func (ll *langLex) addHonorifics(ws []string) {
	ll.honorific = map[string]bool{}
	for _, w := range ws {
		for _, f := range ll.morph.forms(strings.ToLower(textnorm.NormString(w))) {
			ll.honorific[f] = true
		}
	}
}

// honorifics gives each group (honored) the person that a word of address
// with a pronoun stands for (events.yaml participants honorifics), in the
// clause of the group's date or in a clause of where right after it ("جاء
// ذلك خلال زيارته لذوي الشهيد أمس ...، حيث كان في استقبال سموه"): the person
// named first in the date's clause before the word, most often the subject
// ("استقبل ... الأمير سعود بن نايف ... بمكتب سموه"), or else the first
// person of the sentence before ("... الأمير محمد بن نايف ... . جاء هذا خلال
// ترؤس سموه في مكتبه بجدة مساء أمس اجتماعا"; see addressed). The teller of
// a clause before the date's is not it ("وأوضح د. عسيري الأحوس ... أن الهدف
// من الزيارة وقوف معاليه" is the minister's visit), and a word of another
// clause tells of another thing ("مشيدين بدور سموه -رحمه الله-"). A word of
// a dateless clause before the date is the speaker's ("وقال معاليه إن ...")
// and stays out, as the speaker does; a group that names no one and tells
// no event takes no one.
func (a *Assembler) honorifics(sw *sentWork) {
	d, s := sw.d, sw.s
	for k := s.TokStart; k < s.TokEnd; k++ {
		tok := d.Tokens[k]
		if tok.Kind != textnorm.Word || !sw.dl.of(tok.Arabic).honorific[lowerWord(d.Text.TokenText(tok))] {
			continue
		}
		gi := sw.owner[k-s.TokStart]
		if gi < 0 || sw.lead[k-s.TokStart] {
			continue
		}
		g := &sw.groups[gi]
		home, ci := clauseOf(sw.clauses, g.tx.Tok), clauseOf(sw.clauses, k)
		if home < 0 || ci != home && !(ci == home+1 && a.whereClause(sw, ci)) ||
			len(g.ents) == 0 && (g.typeIx < 0 || g.typeIx == a.lx.statementIx) {
			continue
		}
		p := a.addressed(d, sw.dl, sw.clauses[home].start, k)
		if p == nil && sw.si > 0 {
			prev := d.Sentences[sw.si-1]
			p = a.addressed(d, sw.dl, prev.TokStart, prev.TokEnd)
		}
		if p != nil {
			g.honored = addEntity(g.honored, p)
		}
	}
}

// whereClause reports clause ci of sw opening with a word of where
// (events.yaml participants doer_where: حيث), which tells how the clause
// before it went on.
func (a *Assembler) whereClause(sw *sentWork, ci int) bool {
	tok := sw.d.Tokens[sw.clauses[ci].start]
	return tok.Kind == textnorm.Word && sw.dl.of(tok.Arabic).doerWhere[sw.d.Text.TokenText(tok)]
}

// behalfWords is how many tokens after a word of behalf (events.yaml
// participants behalf: نيابة) the person it names may stand, with its
// titles: "نيابة عن صاحب السمو الملكي الأمير متعب بن عبدالله بن عبدالعزيز
// وزير الحرس الوطني".
const behalfWords = 14

// addressed returns the first person named in tokens [from, to) who can be
// a word of address's: not a byline's reporter, not the principal in a
// deputy's title ("نائب خادم الحرمين الشريفين" is the deputy), not a name
// inside an institution's, and not whom someone acts for (see onBehalf).
func (a *Assembler) addressed(d *extract.Document, dl *docLex, from, to int) *gazetteer.Entity {
	return a.firstPersonBut(d, dl, from, to, func(m extract.Mention) bool {
		return a.deputyOf(d, dl, m, from) || a.inName(d, dl, m.Entity, m, from) || a.onBehalf(d, dl, m, from)
	})
}

// onBehalf reports a person, mention m, named after a word of behalf
// (events.yaml participants behalf) with no comma between, within
// behalfWords tokens: whom someone acts for, not who acts ("نيابة عن صاحب
// السمو الملكي الأمير متعب بن عبدالله بن عبدالعزيز وزير الحرس الوطني، نقل
// ... الأمير تركي بن عبدالله"). start is its sentence's first token.
func (a *Assembler) onBehalf(d *extract.Document, dl *docLex, m extract.Mention, start int) bool {
	for k := m.Tok - 1; k >= start && k >= m.Tok-behalfWords; k-- {
		tok := d.Tokens[k]
		if a.isComma(d, k) {
			return false
		}
		if tok.Kind == textnorm.Word && dl.of(tok.Arabic).behalf[d.Text.TokenText(tok)] {
			return true
		}
	}
	return false
}

// roleRefs gives each group (refs) the organization that a definite noun of
// its words stands for (see roleRef): "وقالت الشركة" after "أعلنت شركة
// ..." is that company, "واصل الفريق الأول مرانه" after "نادي الرياض" is
// the club. The noun lies in no name, and no name of a person or place
// follows it (its title: "الفريق ركن ..."), nor a word with the article
// other than the ref's after ("الشركة المصرية ...", "الفريق الهلالي" are
// other ones, or named there) unless it is the relative adjective of a
// club the article names (see clubAdjective). The organization is the
// nearest one before the noun that one of its heads marks: the first word
// of its mention or the word right before it ("شركة المراعي", "نادي
// الرياض"), or a club named bare for a club's noun. A dateless clause
// before the date counts too: "وتبقت للفريق مباراتان، حيث سيلعب أمام
// العين الإماراتي بعد غد" is the team's match; a company or a ministry
// that says ("وأكدت الوزارة أن ...") tells its own acts. A noun of a group
// that names no one and tells no event but a statement adds nothing.
func (a *Assembler) roleRefs(sw *sentWork) {
	d, s := sw.d, sw.s
	mi := 0 // the first mention that ends after token k
	for k := s.TokStart; k < s.TokEnd; k++ {
		for mi < len(d.Mentions) && d.Mentions[mi].TokEnd <= k {
			mi++
		}
		tok := d.Tokens[k]
		gi := sw.owner[k-s.TokStart]
		if gi < 0 || tok.Kind != textnorm.Word {
			continue
		}
		ll := sw.dl.of(tok.Arabic)
		ri, ok := ll.refForm[lowerWord(d.Text.TokenText(tok))]
		if !ok {
			continue
		}
		ref := &ll.refs[ri]
		if mi < len(d.Mentions) && (d.Mentions[mi].Tok <= k || d.Mentions[mi].Tok == k+1 && !isOrg(d.Mentions[mi])) {
			continue // in a name ("الشركة السعودية للكهرباء"), or a title before one ("الفريق ركن بكري حسن صالح")
		}
		g := &sw.groups[gi]
		if len(g.ents) == 0 && (g.typeIx < 0 || g.typeIx == a.lx.statementIx) {
			continue // no event's row of its own: "ما هي استعدادات الوزارة لموسم حج هذا العام؟"
		}
		var e *gazetteer.Entity
		if k+1 < s.TokEnd && d.Tokens[k+1].Kind == textnorm.Word && ll.morph != nil {
			if w := tokenWord(d, k+1); hasPrefix(w, ll.morph.article) && !ref.after[w] {
				if e = clubAdjective(d, ll, ref, w); e == nil {
					continue
				}
			}
		}
		if e == nil {
			e = a.referent(d, sw.dl, ref, mi, k)
		}
		if e != nil {
			g.refs = addEntity(g.refs, e)
		}
	}
}

// referent returns the organization ref stands for at token k: the
// nearest mention before the token (of mentions [0, mi)) that its heads
// mark, nil for none.
func (a *Assembler) referent(d *extract.Document, dl *docLex, ref *roleRef, mi, k int) *gazetteer.Entity {
	var buf []string
	isHead := func(j int) bool {
		tok := d.Tokens[j]
		if tok.Kind != textnorm.Word {
			return false
		}
		buf = dl.of(tok.Arabic).morph.stems(lowerWord(d.Text.TokenText(tok)), buf)
		for _, w := range buf {
			if ref.heads[w] {
				return true
			}
		}
		return false
	}
	for i := min(mi, len(d.Mentions)) - 1; i >= 0; i-- {
		m := d.Mentions[i]
		if m.Tok >= k || !isOrg(m) {
			continue
		}
		if ref.clubs && m.Entity.BareSports || isHead(m.Tok) || m.Tok > 0 && isHead(m.Tok-1) {
			return m.Entity
		}
	}
	return nil
}

// isOrg reports whether mention m names an organization. One right after a
// ref's noun is no name the noun is the title of but its object ("على أن
// يلاقي الفريق نادي النجوم"); a club's name that opens with the article
// ("النادي الأهلي") is left out by the adjective rule of roleRefs.
func isOrg(m extract.Mention) bool {
	return m.Entity != nil && m.Entity.Type == gazetteer.Organization
}

// clubAdjective returns the club that adjective w (normalized, with the
// article) after a club's noun names: a club the article names bare whose
// name, without the article, is w's stem once each loses one of ref's
// endings or none ("الاتحادي" and "الاتحاد", "الأهلاوي" and "الأهلي",
// "الهلالي" and "الهلال"); nil for none.
func clubAdjective(d *extract.Document, ll *langLex, ref *roleRef, w string) *gazetteer.Entity {
	if len(ref.adj) == 0 {
		return nil
	}
	base, _ := cut(w, ll.morph.article, 1)
	var stems []string
	for _, e := range ref.adj {
		if r, ok := strings.CutSuffix(base, e); ok && utf8.RuneCountInString(r) >= 2 {
			stems = append(stems, r)
		}
	}
	if len(stems) == 0 {
		return nil // no adjective: "الفريق الأول"
	}
	for _, m := range d.Mentions {
		if m.Entity == nil || !m.Entity.BareSports {
			continue
		}
		name := strings.ToLower(textnorm.NormString(m.Text))
		if i := strings.LastIndexByte(name, ' '); i >= 0 {
			name = name[i+1:]
		}
		if r, ok := cut(name, ll.morph.article, 1); ok {
			name = r
		}
		for _, st := range stems {
			if name == st {
				return m.Entity
			}
			for _, e := range ref.adj {
				if r, ok := strings.CutSuffix(name, e); ok && r == st {
					return m.Entity
				}
			}
		}
	}
	return nil
}

// tokenWord is the text of token k of d, lower-cased (lowerWord).
func tokenWord(d *extract.Document, k int) string {
	return lowerWord(d.Text.TokenText(d.Tokens[k]))
}

// lowerWord is strings.ToLower of a word, without its rune-by-rune case
// lookups for a word of Arabic letters (U+0600-U+06FF, which have no case)
// and ASCII that is no capital: roleRefs asks it of every word of a dated
// clause (issue #19: strings.ToLower was 0.8% of the CPU of tarikh events
// over SaudiNewsNet).
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(w)
			}
		case c >= 0xD8 && c <= 0xDB && i+1 < len(w) && w[i+1]&0xC0 == 0x80:
			i++ // a two-byte Arabic letter
		default:
			return strings.ToLower(w)
		}
	}
	return w
}
