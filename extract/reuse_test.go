package extract

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestAnalyzeReusing: article after article, AnalyzeReusing with one
// Scratch gives the Document that AnalyzeDateline gives, longer and shorter
// texts than the one before alike, and the strings of a Document it wrote
// over stay as they were.
func TestAnalyzeReusing(t *testing.T) {
	x := discoverExtractor(t, DiscoverDated)
	dct := time.Date(2015, 7, 23, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"والطفلة التي دفنت مساء الأحد في مدينة القطيف توفيت في مستشفى القطيف المركزي.",
		strings.Repeat("وصل الوزير إلى القطيف يوم الثلاثاء 21 يوليو 2015 في زيارة رسمية. ", 40),
		"The minister arrived in Qatif on Tuesday.",
		"",
		"قال أمير القطيف إن المحادثات ستستأنف الأسبوع المقبل.",
	}
	var sc Scratch
	// The strings of the Document before, as sliced from it, and copies.
	var norm, word, normCopy, wordCopy string
	for i, text := range texts {
		want, err := x.AnalyzeDateline(context.Background(), text, "", dct)
		if err != nil {
			t.Fatal(err)
		}
		got, err := x.AnalyzeReusing(context.Background(), text, "", dct, &sc)
		if err != nil {
			t.Fatal(err)
		}
		if norm != normCopy || word != wordCopy {
			t.Errorf("text %d: the strings of the Document before changed", i)
		}
		if got.Text.Norm != want.Text.Norm || !reflect.DeepEqual(got.Tokens, want.Tokens) ||
			!reflect.DeepEqual(got.Sentences, want.Sentences) || !reflect.DeepEqual(got.Mentions, want.Mentions) ||
			!reflect.DeepEqual(got.Timexes, want.Timexes) || got.Lang != want.Lang || !got.DCT.Equal(want.DCT) {
			t.Errorf("text %d: AnalyzeReusing differs from AnalyzeDateline", i)
		}
		for _, tok := range got.Tokens {
			if got.Text.TokenOrig(tok) != want.Text.TokenOrig(tok) {
				t.Errorf("text %d: token %q: original %q, want %q", i, got.Text.TokenText(tok), got.Text.TokenOrig(tok), want.Text.TokenOrig(tok))
			}
		}
		if len(want.Mentions) == 0 && text != "" {
			t.Errorf("text %d: no mentions: the test says nothing", i)
		}
		norm, normCopy, word, wordCopy = got.Text.Norm, strings.Clone(got.Text.Norm), "", ""
		if len(got.Tokens) > 0 {
			word = got.Text.TokenOrig(got.Tokens[0])
			wordCopy = strings.Clone(word)
		}
	}
}
