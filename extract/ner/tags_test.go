package ner

import (
	"slices"
	"testing"
)

func TestTags(t *testing.T) {
	for _, typ := range []Type{Person, Location, Organization, Misc} {
		b, i := Begin(typ), Inside(typ)
		if !b.IsBegin() || b.IsInside() || b.Type() != typ {
			t.Errorf("Begin(%v) = %v", typ, b)
		}
		if !i.IsInside() || i.IsBegin() || i.Type() != typ {
			t.Errorf("Inside(%v) = %v", typ, i)
		}
		for _, g := range []Tag{b, i} {
			if p, err := ParseTag(g.String()); err != nil || p != g {
				t.Errorf("ParseTag(%q) = %v, %v", g.String(), p, err)
			}
		}
	}
	if int(Inside(Misc)) != NumTags-1 {
		t.Errorf("NumTags %d, last tag %d", NumTags, Inside(Misc))
	}
	for _, s := range []string{"B-PER", "I-PERS"} {
		if g, err := ParseTag(s); err != nil || g.Type() != Person {
			t.Errorf("ParseTag(%q) = %v, %v", s, g, err)
		}
	}
	for _, s := range []string{"", "B-", "X-LOC", "B-DATE", "b-loc", "I"} {
		if _, err := ParseTag(s); err == nil {
			t.Errorf("ParseTag(%q): no error", s)
		}
	}
}

func TestSpans(t *testing.T) {
	bp, ip, bl, il := Begin(Person), Inside(Person), Begin(Location), Inside(Location)
	tests := []struct {
		name string
		tags []Tag
		want []Span
	}{
		{"empty", nil, nil},
		{"one", []Tag{TagO, bp, ip, TagO}, []Span{{11, 13, Person}}},
		{"adjacent B", []Tag{bp, bp, ip}, []Span{{10, 11, Person}, {11, 13, Person}}},
		{"type change", []Tag{bp, il}, []Span{{10, 11, Person}, {11, 12, Location}}},
		{"I without B starts a name", []Tag{TagO, il, il}, []Span{{11, 13, Location}}},
		{"at the end", []Tag{TagO, bl}, []Span{{11, 12, Location}}},
	}
	for _, tc := range tests {
		if got := Spans(tc.tags, 10, nil); !slices.Equal(got, tc.want) {
			t.Errorf("%s: Spans = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestMaxFeatures(t *testing.T) {
	if len(features) > maxFeatures {
		t.Fatalf("%d features, maxFeatures is %d", len(features), maxFeatures)
	}
}
