package extract

import (
	"github.com/tarikh/tarikh/extract/ner"
	"github.com/tarikh/tarikh/gazetteer"
	"github.com/tarikh/tarikh/textnorm"
)

// nameHints writes into hints (one per token) what the gazetteer matches
// found say about each token: the types of the entities a match may name,
// whether the token continues the match, and whether it is a role
// description. It is how the sequence labeller sees the gazetteer.
func nameHints(ix *gazetteer.Index, found []gazetteer.Match, hints []ner.Hint) {
	clear(hints)
	for _, m := range found {
		var h ner.Hint
		for _, c := range m.Cands {
			if c.Via == gazetteer.ViaRole {
				h |= ner.HintRole
				continue
			}
			switch ix.Entity(c).Type {
			case gazetteer.Person:
				h |= ner.HintPerson
			case gazetteer.Place:
				h |= ner.HintPlace
			case gazetteer.Organization:
				h |= ner.HintOrg
			}
		}
		if m.TokEnd-m.Tok > 1 {
			h |= ner.HintMulti
		}
		for k := m.Tok; k < m.TokEnd && k < len(hints); k++ {
			if k == m.Tok {
				hints[k] = h
			} else {
				hints[k] = h | ner.HintInside
			}
		}
	}
}

// GazetteerHints returns, for each token of t, the gazetteer's word on it as
// the sequence labeller reads it (for training the labeller on a corpus).
func GazetteerHints(ix *gazetteer.Index, t *textnorm.Text, toks []textnorm.Token) []ner.Hint {
	hints := make([]ner.Hint, len(toks))
	nameHints(ix, ix.Find(gazetteer.PrepareWords(t, toks)), hints)
	return hints
}
