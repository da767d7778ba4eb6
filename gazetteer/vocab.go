package gazetteer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tarikh/tarikh/lang"
	"github.com/tarikh/tarikh/textnorm"
)

// vocab is the common vocabulary of Arabic and English (lang.Words) in the
// forms the index compares: names that are also common words match only
// with more evidence.
type vocab struct {
	// function holds the normalized function words of both languages;
	// functionSpelling the same words as spelled (textnorm.Spelling).
	function, functionSpelling map[string]bool
	// frequent holds the normalized frequent common words.
	frequent map[string]bool
	// orgBefore and orgAfter are the normalized words of each entry of
	// lang.Words.OrgBeforePlace/OrgAfterPlace, Arabic; orgBeforeEn and
	// orgAfterEn the English entries as written (case counts).
	orgBefore, orgAfter, orgBeforeEn, orgAfterEn [][]string
	// sport and placeWord: lang.Words.SportWords and PlaceWords, normalized.
	sport, placeWord map[string]bool
	// sportPlaceWord, placeWordAfter, provinceWord: the lists of the same
	// names in lang.Words, normalized.
	sportPlaceWord, placeWordAfter, provinceWord map[string]bool
	// quantity: lang.Words.QuantityWords, normalized.
	quantity map[string]bool
	// idioms: lang.Words.PlaceIdioms, Arabic, each entry's words
	// normalized.
	idioms [][]string
	// idiomsAfter: lang.Words.PlaceIdiomsAfter, Arabic, the same way.
	idiomsAfter [][]string
}

// loadVocab reads the word lists of lang/ar and lang/en.
func loadVocab() (*vocab, error) {
	v := &vocab{function: map[string]bool{}, functionSpelling: map[string]bool{}, frequent: map[string]bool{},
		sport: map[string]bool{}, placeWord: map[string]bool{}, sportPlaceWord: map[string]bool{},
		placeWordAfter: map[string]bool{}, provinceWord: map[string]bool{}, quantity: map[string]bool{}}
	for _, code := range []string{"ar", "en"} {
		w, err := lang.LoadWords(code)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		for _, s := range w.FunctionWords {
			v.function[textnorm.NormString(s)] = true
			v.functionSpelling[textnorm.Spelling(s)] = true
		}
		for _, s := range slices.Concat(w.Frequent, w.CommonWords) {
			v.frequent[textnorm.NormString(s)] = true
		}
		for _, s := range w.SportWords {
			v.sport[textnorm.NormString(s)] = true
		}
		for list, m := range map[*[]string]map[string]bool{&w.PlaceWords: v.placeWord, &w.SportPlaceWords: v.sportPlaceWord,
			&w.PlaceWordsAfter: v.placeWordAfter, &w.ProvinceWords: v.provinceWord, &w.QuantityWords: v.quantity} {
			for _, s := range *list {
				m[textnorm.NormString(s)] = true
			}
		}
		if code == "ar" {
			v.orgBefore = normEntries(w.OrgBeforePlace)
			v.orgAfter = normEntries(w.OrgAfterPlace)
			v.idioms = normEntries(w.PlaceIdioms)
			v.idiomsAfter = normEntries(w.PlaceIdiomsAfter)
			for _, id := range v.idioms {
				if len(id) != 2 {
					return nil, fmt.Errorf("gazetteer: lang/ar words.yaml place_idioms: %q: want two words, a place's name and the word after it", strings.Join(id, " "))
				}
			}
			for _, id := range v.idiomsAfter {
				if len(id) != 2 {
					return nil, fmt.Errorf("gazetteer: lang/ar words.yaml place_idioms_after: %q: want two words, the word before a place's name and the name", strings.Join(id, " "))
				}
			}
		} else {
			v.orgBeforeEn = fieldEntries(w.OrgBeforePlace)
			v.orgAfterEn = fieldEntries(w.OrgAfterPlace)
		}
	}
	return v, nil
}

func normEntries(list []string) [][]string {
	out := make([][]string, 0, len(list))
	for _, s := range list {
		if ws := nameTokens(s); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

func fieldEntries(list []string) [][]string {
	out := make([][]string, 0, len(list))
	for _, s := range list {
		if ws := strings.Fields(s); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// common reports whether the normalized word w is a function word or a
// frequent common word.
func (v *vocab) common(w string) bool { return v.function[w] || v.frequent[w] }
