// Package lang holds the language data the gazetteer index uses to match
// names in running text: Arabic proclitics and spelling alternations. The
// data is embedded YAML, so adding a clitic or a spelling is a data edit.
package lang

import (
	_ "embed"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/tarikh/tarikh/extract/textnorm"
)

//go:embed arabic.yaml
var arabicYAML []byte

// Arabic is the Arabic matching data, in normalized form.
type Arabic struct {
	Proclitics   []string    `yaml:"proclitics"`
	LamArticle   []string    `yaml:"lam_article"`
	Alternations [][2]string `yaml:"alternations"`
	// CorefNever and CorefNotAfter limit which name words refer back to a
	// person named in full (see arabic.yaml).
	CorefNever    []string `yaml:"coref_never"`
	CorefNotAfter []string `yaml:"coref_not_after"`
	// GivenNames are common given names (see arabic.yaml).
	GivenNames []string `yaml:"given_names"`
	// NamedAfter are nouns that name an institution after a person, before
	// the name in Arabic, after it in English (NamedAfterEn, as written).
	NamedAfter   []string `yaml:"named_after"`
	NamedAfterEn []string `yaml:"named_after_en"`
}

// LoadArabic parses the embedded Arabic data and normalizes every entry.
func LoadArabic() (*Arabic, error) {
	var a Arabic
	if err := yaml.Unmarshal(arabicYAML, &a); err != nil {
		return nil, fmt.Errorf("lang/arabic.yaml: %w", err)
	}
	for i, p := range a.Proclitics {
		a.Proclitics[i] = textnorm.NormString(p)
	}
	for i, p := range a.LamArticle {
		a.LamArticle[i] = textnorm.NormString(p)
	}
	for i, p := range a.CorefNever {
		a.CorefNever[i] = textnorm.NormString(p)
	}
	for i, p := range a.CorefNotAfter {
		a.CorefNotAfter[i] = textnorm.NormString(p)
	}
	for i, p := range a.GivenNames {
		a.GivenNames[i] = textnorm.NormString(p)
	}
	for i, p := range a.NamedAfter {
		a.NamedAfter[i] = textnorm.NormString(p)
	}
	for i, p := range a.Alternations {
		a.Alternations[i] = [2]string{textnorm.NormString(p[0]), textnorm.NormString(p[1])}
	}
	return &a, nil
}
