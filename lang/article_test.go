package lang

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestArticleParts checks that the lam "للـ" keeps for the article and the
// letters restored before it derive from names.yaml's article, so that
// "للسوداني" reads as ل + السوداني with no letter written in Go.
func TestArticleParts(t *testing.T) {
	for _, tc := range []struct {
		article, head, lam string
	}{
		{"ال", "ا", "ل"},
		{"أل", "ا", "ل"}, // normalized: the hamza on alef folds
	} {
		fsys := fstest.MapFS{"ar/names.yaml": {Data: []byte("article: " + tc.article + "\nlike_proclitic: ك\nplace_proclitic: ب\nname_vowels: [ا]\nfeminine_ending: ة\nfeminine_nisba: ية\npronoun_his: ه\n")}}
		a, err := loadArabic(fsys)
		if err != nil {
			t.Fatalf("%s: %v", tc.article, err)
		}
		if a.ArticleHead != tc.head || a.ArticleLam != tc.lam {
			t.Errorf("article %s: head %q lam %q, want %q %q", tc.article, a.ArticleHead, a.ArticleLam, tc.head, tc.lam)
		}
	}
	a, err := LoadArabic()
	if err != nil {
		t.Fatal(err)
	}
	if got := a.ArticleHead + a.ArticleLam; got != a.Article {
		t.Errorf("builtin: head+lam %q, article %q", got, a.Article)
	}
}

// TestNameVowels: name_vowels is normalized with duplicates dropped (أ إ
// آ are ا), and an entry of two letters or a missing list is an error.
func TestNameVowels(t *testing.T) {
	load := func(v string) (*Arabic, error) {
		return loadArabic(fstest.MapFS{"ar/names.yaml": {Data: []byte("article: ال\nlike_proclitic: ك\nplace_proclitic: ب\nfeminine_ending: ة\nfeminine_nisba: ية\npronoun_his: ه\n" + v)}})
	}
	a, err := load("name_vowels: [ا, أ, إ, ى, ي, e]\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.NameVowels, " "); got != "ا ي e" {
		t.Errorf("got %q, want %q", got, "ا ي e")
	}
	for _, bad := range []string{"name_vowels: [او]\n", ""} {
		if _, err := load(bad); err == nil || !strings.Contains(err.Error(), "name_vowels") {
			t.Errorf("%q: got %v, want a name_vowels error", bad, err)
		}
	}
}
