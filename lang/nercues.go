package lang

import (
	"fmt"
	"io/fs"
)

// NERCues is the schema of <code>/ner_cues.yaml: the words that cue the
// name types of the sequence labeller (extract/ner) and the titles that
// make the name after them a person's (extract).
type NERCues struct {
	Titles    []string `yaml:"titles"`
	OrgHeads  []string `yaml:"org_heads"`
	PlaceCues []string `yaml:"place_cues"`
	OrgTails  []string `yaml:"org_tails"`
	Given     []string `yaml:"given_names"`
	// Connectors join two names of one type into one.
	Connectors []string `yaml:"connectors"`
	// LegalForms end a company's name (AG, SA, Limited) like org_tails, but
	// only after labelling: they are no feature of the labeller, whose
	// weights were trained without them.
	LegalForms []string `yaml:"legal_forms"`
	// CompanyEnds end a company's name that is written with a joiner
	// inside it (Goodyear Tire and Rubber Co, Brown Boveri et Cie): after
	// labelling, the capitalized words before one make an organization.
	// Not features of the labeller.
	CompanyEnds []string `yaml:"company_ends"`
	// CompanyJoiners join the words of such a name ("and" of "Merrill
	// Lynch and Co Inc", "et" of "Brown Boveri et Cie").
	CompanyJoiners []string `yaml:"company_joiners"`
	// DefiniteOrgHeads start an organization's name when, without the
	// article, they stand before definite words (وزارة الخارجية التركية):
	// after labelling, where the labeller reads no name there. Not
	// features of the labeller.
	DefiniteOrgHeads []string `yaml:"definite_org_heads"`
	// DefiniteOrgStops are definite words that end such a name rather
	// than continue it (التي, الذي).
	DefiniteOrgStops []string `yaml:"definite_org_stops"`
	// DefiniteOrgAdjectives are the endings, as written, of the definite
	// words after the first that such a name takes: relational adjectives
	// (ية, ي: الخارجية التركية), not a verb's object (المواطنين).
	DefiniteOrgAdjectives []string `yaml:"definite_org_adjectives"`
	// QuotedOrgHeads start an organization's name when a quoted name
	// follows them (شركة «سابك», جمعية "إنسان"): the quoted words are the
	// name, after labelling. Not features of the labeller.
	QuotedOrgHeads []string `yaml:"quoted_org_heads"`
	// PlaceOrgHeads start an organization's name when a gazetteer place
	// follows them (صحة جدة, مستشفى القطيف المركزي): after labelling. Not
	// features of the labeller.
	PlaceOrgHeads []string `yaml:"place_org_heads"`
	// PlaceOrgTails are definite words that, after the place, continue
	// such a name besides the relational adjectives (العام of مستشفى
	// ينبع العام).
	PlaceOrgTails []string `yaml:"place_org_tails"`
	// BodyOrgNames are names of public bodies that the news writes
	// without a country or place (الشؤون الصحية, إدارة التعليم): an
	// organization's name wherever they stand, after labelling. Not
	// features of the labeller.
	BodyOrgNames []string `yaml:"body_org_names"`
	// FacilityPlaceHeads and FacilityOrgHeads start a facility's name when,
	// without the article, a name follows them: a definite word that is no
	// frequent common word (جامع الفاروق, قاعة الريان), a gazetteer
	// person's name (ملعب الملك فهد: the namesake's mention gives way) or a
	// name the labeller found. The name is a place (a mosque, a stadium, a
	// hall) or an organization (a school, a hospital). Not features of the
	// labeller.
	FacilityPlaceHeads []string `yaml:"facility_place_heads"`
	FacilityOrgHeads   []string `yaml:"facility_org_heads"`
	// FacilityPluralEnds are the endings, as written, of the plurals that
	// make a definite word after a facility head a common noun rather
	// than a name (قاعة الاجتماعات: the meeting room).
	FacilityPluralEnds []string `yaml:"facility_plural_ends"`
	// FacilityStops are definite words that after a facility head make
	// no name (قصر القامة: shortness of stature; صالة الانتظار: a
	// waiting room).
	FacilityStops []string `yaml:"facility_stops"`
	// NotNames are common nouns of the news that the labeller reads as a
	// name standing alone (ديربي "derby", كلاشنكوف): after labelling, a
	// one-word name that is one of them, as written or after a proclitic
	// (the article is part of the word: مغرب "sunset", not المغرب), is
	// dropped. Not features of the labeller.
	NotNames []string `yaml:"not_names"`
}

// LoadNERCues reads the embedded <code>/ner_cues.yaml strictly (an unknown
// key is an error naming file:line:col). Entries are as written.
func LoadNERCues(code string) (*NERCues, error) { return loadNERCues(builtin, code) }

func loadNERCues(fsys fs.FS, code string) (*NERCues, error) {
	var c NERCues
	if err := Decode(fsys, code+"/ner_cues.yaml", &c); err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	return &c, nil
}
