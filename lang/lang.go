// Package lang is tarikh's language layer: one folder of data files per
// language (ar/, en/: names.yaml for the name matcher, dates.yaml for the
// date resolver), embedded in the binary, and one strict loader for
// them (Decode) that rejects unknown keys and reports file:line:column.
// Adding a word is an edit of a data file; adding a language is a new folder.
//
// The packages that use the words own their schemas: the gazetteer index
// reads names.yaml through LoadArabic here; other packages decode their own
// files with Decode (timeline reads <code>/events.yaml, the event words and
// type labels of each language, and <code>/morphology.yaml, its clitics).
package lang

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/tarikh/tarikh/textnorm"
)

// Every folder's YAML files are embedded: a new language is a new folder,
// with no Go change.
//
//go:embed */*.yaml
var builtin embed.FS

// Builtin returns the embedded language data: one folder per language code.
func Builtin() fs.FS { return builtin }

// Arabic is the Arabic matching data of ar/names.yaml, in normalized form.
type Arabic struct {
	Proclitics []string `yaml:"proclitics"`
	LamArticle []string `yaml:"lam_article"`
	// Conjunctions are the proclitics that join (و, ف); LikeProclitic
	// ("like", ك) is rarely stripped before the article; PlaceProclitic
	// ("in", ب) makes a long name behind it a place.
	Conjunctions   []string `yaml:"conjunctions"`
	LikeProclitic  string   `yaml:"like_proclitic"`
	PlaceProclitic string   `yaml:"place_proclitic"`
	// Enclitics are pronoun suffixes: a common word with one of them at
	// its end is not read as a proclitic + a one-word name (كلامي).
	Enclitics    []string    `yaml:"enclitics"`
	Alternations [][2]string `yaml:"alternations"`
	// CorefNever and CorefNotAfter limit which name words refer back to a
	// person named in full (see names.yaml).
	CorefNever    []string `yaml:"coref_never"`
	CorefNotAfter []string `yaml:"coref_not_after"`
	// SonOf are the words that say "son of" (بن): a name before one is a
	// person's. NameHalves begin a name written as two words or one (عبد
	// الله, عبدالله).
	SonOf      []string `yaml:"son_of"`
	NameHalves []string `yaml:"name_halves"`
	// NameLinks link a name to a father or family (بن, بنت, آل, bin).
	NameLinks []string `yaml:"name_links"`
	// NameVowels are the letters in which spellings of a name differ most
	// (long vowels, hamza and its seats, Latin vowels), one each; the
	// merger compares names without them. Normalized, duplicates dropped.
	NameVowels []string `yaml:"name_vowels"`
	// Article is the definite article (ال); NisbaSuffixes end a relative
	// adjective after it (الفرنسي, اليمنية).
	Article       string   `yaml:"article"`
	NisbaSuffixes []string `yaml:"nisba_suffixes"`
	// FeminineEnding is the feminine ending ة as written, FeminineNorm its
	// normalized form (ه); FeminineNisba ends a feminine relative
	// adjective (ية), normalized. PronounHis is the pronoun suffix "his"
	// (ه) as written. All required.
	FeminineEnding string `yaml:"feminine_ending"`
	FeminineNorm   string `yaml:"-"`
	FeminineNisba  string `yaml:"feminine_nisba"`
	PronounHis     string `yaml:"pronoun_his"`
	// AccusativeNisba ends a relative adjective in the accusative, written
	// without its tanween (فلسطينيا), normalized; AccusativeEnding ends
	// the indefinite noun before it (مواطنا). Both optional.
	AccusativeNisba  string `yaml:"accusative_nisba"`
	AccusativeEnding string `yaml:"accusative_ending"`
	// AccusativeNot are endings of a word ending in AccusativeEnding that
	// make it no accusative noun (the pronoun ها: استضافتها), normalized.
	AccusativeNot []string `yaml:"accusative_not"`
	// AccusativeTanween is the tanween of the accusative as written (not
	// normalized: normalization drops it); NisbaGap are the punctuation
	// marks that may stand between a noun and its adjective (quotation
	// marks, commas). Both optional.
	AccusativeTanween string `yaml:"accusative_tanween"`
	NisbaGap          string `yaml:"nisba_gap"`
	// ArticleLam is the article's last letter, the lam that "للـ" keeps
	// for it (للسوداني = ل + السوداني); ArticleHead is the rest of the
	// article, restored before that lam. Both derive from Article.
	ArticleLam  string `yaml:"-"`
	ArticleHead string `yaml:"-"`
	// GivenNames are common given names (see names.yaml).
	GivenNames []string `yaml:"given_names"`
	// NamedAfter are nouns that name an institution after a person, before
	// the name in Arabic, after it in English (NamedAfterEn, as written).
	NamedAfter   []string `yaml:"named_after"`
	NamedAfterEn []string `yaml:"named_after_en"`
}

// LoadArabic parses the embedded Arabic name data and normalizes every entry.
func LoadArabic() (*Arabic, error) { return loadArabic(builtin) }

func loadArabic(fsys fs.FS) (*Arabic, error) {
	var a Arabic
	if err := Decode(fsys, "ar/names.yaml", &a); err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	for _, list := range [][]string{a.Proclitics, a.LamArticle, a.Conjunctions, a.Enclitics, a.CorefNever, a.CorefNotAfter, a.SonOf, a.NameLinks, a.NameHalves, a.NisbaSuffixes, a.GivenNames, a.NamedAfter} {
		for i, p := range list {
			list[i] = textnorm.NormString(p)
		}
	}
	if err := normLetters(&a.NameVowels); err != nil {
		return nil, fmt.Errorf("lang: ar/names.yaml: name_vowels: %w", err)
	}
	a.FeminineNorm = textnorm.NormString(a.FeminineEnding)
	a.FeminineNisba = textnorm.NormString(a.FeminineNisba)
	a.AccusativeNisba = textnorm.NormString(a.AccusativeNisba)
	a.AccusativeEnding = textnorm.NormString(a.AccusativeEnding)
	for i, e := range a.AccusativeNot {
		a.AccusativeNot[i] = textnorm.NormString(e)
	}
	if a.FeminineNorm == "" || a.FeminineNisba == "" || a.PronounHis == "" {
		return nil, fmt.Errorf("lang: ar/names.yaml: feminine_ending, feminine_nisba and pronoun_his are required")
	}
	a.Article = textnorm.NormString(a.Article)
	if a.Article == "" {
		return nil, fmt.Errorf("lang: ar/names.yaml: no article")
	}
	a.LikeProclitic = textnorm.NormString(a.LikeProclitic)
	a.PlaceProclitic = textnorm.NormString(a.PlaceProclitic)
	if a.LikeProclitic == "" || a.PlaceProclitic == "" {
		return nil, fmt.Errorf("lang: ar/names.yaml: like_proclitic and place_proclitic are required")
	}
	_, n := utf8.DecodeLastRuneInString(a.Article)
	a.ArticleHead, a.ArticleLam = a.Article[:len(a.Article)-n], a.Article[len(a.Article)-n:]
	for i, p := range a.Alternations {
		a.Alternations[i] = [2]string{textnorm.NormString(p[0]), textnorm.NormString(p[1])}
	}
	return &a, nil
}

// normLetters normalizes a required list of single letters in place and
// drops the duplicates normalization makes (أ and ا are both ا).
func normLetters(list *[]string) error {
	if len(*list) == 0 {
		return fmt.Errorf("missing or empty")
	}
	seen := map[string]bool{}
	out := (*list)[:0]
	for _, l := range *list {
		n := textnorm.NormString(l)
		if utf8.RuneCountInString(n) != 1 {
			return fmt.Errorf("%q is not one letter", l)
		}
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	*list = out
	return nil
}

// Words is one language's common vocabulary, which names must not be
// confused with: ar/words.yaml (hand-written) and ar/frequent_words.yaml
// (generated from a tagged corpus), and the same for en. Entries are as
// written; their users normalize them.
type Words struct {
	// FunctionWords are prepositions, conjunctions, particles and pronouns,
	// in every spelling news text uses.
	FunctionWords []string `yaml:"function_words"`
	// OrgBeforePlace and OrgAfterPlace are words that, right before or
	// after a place name, make it part of an organization's name (وكالة
	// أنباء الشرق الأوسط, Port Sudan, Jerusalem Post). An entry may have
	// several words.
	OrgBeforePlace []string `yaml:"org_before_place"`
	OrgAfterPlace  []string `yaml:"org_after_place"`
	// CommonWords are hand-listed common words that are also the names of
	// places, beside the generated Frequent list.
	CommonWords []string `yaml:"common_words"`
	// SportWords mark a sports article, where a town named without one of
	// PlaceWords before it is a team.
	SportWords []string `yaml:"sport_words"`
	PlaceWords []string `yaml:"place_words"`
	// SportPlaceWords are the place words that still count in a sports
	// article; PlaceWordsAfter those that count after a name;
	// ProvinceWords make the following name a province's.
	SportPlaceWords []string `yaml:"sport_place_words"`
	PlaceWordsAfter []string `yaml:"place_words_after"`
	ProvinceWords   []string `yaml:"province_words"`
	// QuantityWords count what follows them (مليون, آلاف): a name right
	// after one, or after a number, is a unit or a thing counted (90 ميلا,
	// 2.2 مليون أكرا: miles and acres), not a place.
	QuantityWords []string `yaml:"quantity_words"`
	// PlaceIdioms are set phrases that begin with a place's name, each
	// "NAME NEXT": the name followed by a word that begins with NEXT is
	// no place (مسقط رأسه, his birthplace, is not Muscat).
	PlaceIdioms []string `yaml:"place_idioms"`
	// PlaceIdiomsAfter are set phrases that end with a place's name, each
	// "BEFORE NAME": the name right after a word that ends with BEFORE is
	// no place (صلاة المغرب, the sunset prayer, is not Morocco).
	PlaceIdiomsAfter []string `yaml:"place_idioms_after"`
	// ClubNounSenses are the clubs' bare names that are also common nouns
	// (الاتفاق, the agreement), with the neighbours that make them the
	// noun even in a sports passage.
	ClubNounSenses []NounSense `yaml:"club_noun_senses"`
	// Frequent are the frequent common words of frequent_words.yaml, most
	// frequent first.
	Frequent []string `yaml:"-"`
}

// NounSense is a word that names a club and is also a common noun: it is
// the noun right before one of Before (الاتفاق مع اللاعب, the agreement
// with the player) or right after one of After (تم الاتفاق, the agreement
// was reached).
type NounSense struct {
	Words  []string `yaml:"words"`
	Before []string `yaml:"before"`
	After  []string `yaml:"after"`
}

// LoadWords reads the word lists of language code ("ar", "en").
func LoadWords(code string) (*Words, error) { return loadWords(builtin, code) }

func loadWords(fsys fs.FS, code string) (*Words, error) {
	var w Words
	if err := Decode(fsys, code+"/words.yaml", &w); err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	var f struct {
		Words string `yaml:"words"` // one word per line
	}
	if err := Decode(fsys, code+"/frequent_words.yaml", &f); err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	w.Frequent = strings.Fields(f.Words)
	return &w, nil
}
