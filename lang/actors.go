package lang

import (
	"fmt"
	"io/fs"
	"maps"
	"slices"
)

// Actors are the words of <code>/actors.yaml: the bodies through which a
// country acts (القوات, السلطات; forces, authorities) and each country's
// relative adjective. A country's adjective next to one of these nouns
// (الطائرات التركية, "Turkish jets") names the country as the actor; alone
// (طالب سعودي, "a Saudi student") it is a nationality and names nothing.
type Actors struct {
	// Nouns are the actor nouns, as written; an entry may have several
	// words (قوات الأمن, "security forces").
	Nouns []string `yaml:"actor_nouns"`
	// Adjectives are each country's relative adjectives, by ISO 3166-1
	// alpha-2 code, as written: in Arabic the masculine definite form
	// (التركي), in English as capitalized in text (Turkish).
	Adjectives map[string][]string `yaml:"country_adjectives"`
	// Feminine is the ending that makes the feminine adjective of a
	// masculine one (Arabic ة: التركية); empty where there is none.
	Feminine string `yaml:"feminine"`
	// AdjectiveFirst: the adjective comes before the noun ("Turkish jets"),
	// not after it (الطائرات التركية).
	AdjectiveFirst bool `yaml:"adjective_first"`
	// NotAfter are words that make the adjective after them part of
	// another ("West German" is no German; "North Korean").
	NotAfter []string `yaml:"not_after"`
	// NotBefore are words that make the actor noun before them a
	// modifier: "Japanese government bond" is a bond, no government.
	NotBefore []string `yaml:"not_before"`
	// StateHeads are the words that open the name of a state's body
	// (وزارة, هيئة, مجلس): a country's adjective that ends such a name
	// (وزارة الداخلية التونسية) names the state it acts for, as one that
	// ends an actor noun's name does (القوات الجوية الملكية السعودية). A
	// company's or a club's name (الخطوط السعودية, العين الإماراتي) says
	// only where it is from.
	StateHeads []string `yaml:"state_heads"`
	// FormerStates are the relative adjectives of states that have no
	// ISO 3166-1 code now, by gazetteer id: "West German" (west-germany),
	// "Soviet" (soviet-union), as Adjectives gives them.
	FormerStates map[string][]string `yaml:"former_state_adjectives"`
}

// isCountryCode reports whether c has the form of an ISO 3166-1 alpha-2
// code: two capital letters A-Z.
func isCountryCode(c string) bool {
	return len(c) == 2 && 'A' <= c[0] && c[0] <= 'Z' && 'A' <= c[1] && c[1] <= 'Z'
}

// LoadActors reads the embedded <code>/actors.yaml strictly (an unknown key
// is an error naming file:line:col). Entries are as written; a file without
// nouns or adjectives, or with a code that is no ISO alpha-2 code or an
// adjective given to two countries, is an error.
func LoadActors(code string) (*Actors, error) { return loadActors(builtin, code) }

func loadActors(fsys fs.FS, code string) (*Actors, error) {
	var a Actors
	name := code + "/actors.yaml"
	if err := Decode(fsys, name, &a); err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	if len(a.Nouns) == 0 || len(a.Adjectives) == 0 {
		return nil, fmt.Errorf("lang: %s: actor_nouns and country_adjectives are required", name)
	}
	owner := map[string]string{}
	for _, c := range slices.Sorted(maps.Keys(a.Adjectives)) {
		adjs := a.Adjectives[c]
		if !isCountryCode(c) {
			return nil, fmt.Errorf("lang: %s: country_adjectives: %q is no ISO 3166-1 alpha-2 code", name, c)
		}
		if len(adjs) == 0 {
			return nil, fmt.Errorf("lang: %s: country_adjectives: %s has no adjective", name, c)
		}
		for _, adj := range adjs {
			if o, ok := owner[adj]; ok && o != c {
				return nil, fmt.Errorf("lang: %s: country_adjectives: %q is both %s's and %s's", name, adj, o, c)
			}
			owner[adj] = c
		}
	}
	for _, id := range slices.Sorted(maps.Keys(a.FormerStates)) {
		adjs := a.FormerStates[id]
		if id == "" || len(adjs) == 0 {
			return nil, fmt.Errorf("lang: %s: former_state_adjectives: %q has no adjective", name, id)
		}
		for _, adj := range adjs {
			if o, ok := owner[adj]; ok && o != id {
				return nil, fmt.Errorf("lang: %s: former_state_adjectives: %q is both %s's and %s's", name, adj, o, id)
			}
			owner[adj] = id
		}
	}
	return &a, nil
}
