package lang

import (
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
		fsys := fstest.MapFS{"ar/names.yaml": {Data: []byte("article: " + tc.article + "\nlike_proclitic: ك\nplace_proclitic: ب\n")}}
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
