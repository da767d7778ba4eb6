package ner

import "fmt"

// Type is an entity type the labeller knows.
type Type uint8

// Entity types. Misc (nationalities, events, works) is learnt so that the
// model tells "السعودي" and "American" from places, but tarikh uses no Misc
// entity.
const (
	None Type = iota
	Person
	Location
	Organization
	Misc
	numTypes = iota - 1
)

var typeNames = [...]string{None: "O", Person: "PERS", Location: "LOC", Organization: "ORG", Misc: "MISC"}

func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", t)
}

// ParseType reads a corpus type label: PERS or PER, LOC, ORG, MISC.
func ParseType(s string) (Type, bool) {
	switch s {
	case "PERS", "PER":
		return Person, true
	case "LOC":
		return Location, true
	case "ORG":
		return Organization, true
	case "MISC":
		return Misc, true
	}
	return None, false
}

// Tag is a BIO label: 0 is O (outside a name), then B and I of each type.
type Tag uint8

// NumTags is the number of BIO tags: O, and B-/I- of four types (addRow
// is written out for nine).
const NumTags = 1 + 2*numTypes

var _ [NumTags - 9]struct{} // addRow assumes nine tags

// TagO is the tag of a token outside every name.
const TagO Tag = 0

// Begin returns the tag of a name's first token.
func Begin(t Type) Tag { return Tag(2*int(t) - 1) }

// Inside returns the tag of a name's later tokens.
func Inside(t Type) Tag { return Tag(2 * int(t)) }

// Type returns the entity type of tag (None for O).
func (g Tag) Type() Type { return Type((int(g) + 1) / 2) }

// IsBegin reports a B- tag.
func (g Tag) IsBegin() bool { return g != TagO && g%2 == 1 }

// IsInside reports an I- tag.
func (g Tag) IsInside() bool { return g != TagO && g%2 == 0 }

func (g Tag) String() string {
	switch {
	case g == TagO:
		return "O"
	case g.IsBegin():
		return "B-" + g.Type().String()
	}
	return "I-" + g.Type().String()
}

// ParseTag reads a BIO tag such as B-PERS, I-LOC or O.
func ParseTag(s string) (Tag, error) {
	if s == "O" {
		return TagO, nil
	}
	if len(s) > 2 && s[1] == '-' {
		if t, ok := ParseType(s[2:]); ok {
			switch s[0] {
			case 'B':
				return Begin(t), nil
			case 'I':
				return Inside(t), nil
			}
		}
	}
	return TagO, fmt.Errorf("unknown tag %q", s)
}

// allowed reports whether tag next may follow tag prev (BIO: an I- tag
// continues a name of its own type). prev is -1 at the start of a sequence.
func allowed(prev int, next Tag) bool {
	if !next.IsInside() {
		return true
	}
	return prev >= 0 && Tag(prev) != TagO && Tag(prev).Type() == next.Type()
}

// Span is a name found by the labeller: tokens [Tok, TokEnd) of the token
// slice it was given.
type Span struct {
	Tok, TokEnd int
	Type        Type
}

// Spans reads the names of a BIO tag sequence (tags[i] is token from+i). An
// I- tag that does not continue a name of its type starts one.
func Spans(tags []Tag, from int, out []Span) []Span {
	open := -1
	var typ Type
	for i, g := range tags {
		if open >= 0 && (g == TagO || g.IsBegin() || g.Type() != typ) {
			out = append(out, Span{Tok: from + open, TokEnd: from + i, Type: typ})
			open = -1
		}
		if g != TagO && open < 0 {
			open, typ = i, g.Type()
		}
	}
	if open >= 0 {
		out = append(out, Span{Tok: from + open, TokEnd: from + len(tags), Type: typ})
	}
	return out
}
